#include "jobcomparisonpage.h"

#include "models/connection.h"
#include "models/jobcomparisonfiltermodel.h"
#include "models/jobcomparisonmodel.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingmetrics.h"
#include "ui/training/trainingpageids.h"
#include "widgets/chartwidget.h"
#include "widgets/consoletable.h"
#include "widgets/theme.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using Model = models::JobComparisonModel;
using widgets::Theme;

constexpr int kChartColumns = 2;
constexpr int kChartMinimumHeight = 210;
constexpr int kMarkerBarWidth = 3;

bool isSectionRow(const QModelIndex &index)
{
    return index.data(Model::RowKindRole).value<Model::RowKind>() == Model::RowKind::Section;
}

/**
 * The comparison's cells: section rows bold on the window colour; the settings that differ
 * tinted, their name bold with an accent bar and a "≠" (so the mark does not rest on colour
 * alone); a job's missing value dimmed.
 */
class ComparisonDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() != Model::FieldColumn || !index.data(Model::DiffersRole).toBool())
            return;
        const QColor marker = Theme::color(Theme::Role::WarningText);
        painter->save();
        painter->fillRect(
            QRect(option.rect.left() + 4, option.rect.top() + 4, kMarkerBarWidth, option.rect.height() - 8), marker);
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(marker);
        painter->drawText(option.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("≠"));
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSectionRow(index))
        {
            option->font.setBold(true);
            option->backgroundBrush = option->palette.brush(QPalette::Window);
            return;
        }
        if (index.column() == Model::FieldColumn)
            option->text.prepend(QStringLiteral("    ")); // settings sit under their section, the bar in the indent
        if (index.data(Model::DiffersRole).toBool())
        {
            option->backgroundBrush = Theme::color(Theme::Role::DiffTint);
            if (index.column() == Model::FieldColumn)
                option->font.setBold(true);
        }
        const bool dim = index.data(Model::MissingRole).toBool()
            || (index.column() == Model::FieldColumn && !index.data(Model::ComparedRole).toBool());
        if (dim)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};
} // namespace

JobComparisonPage::JobComparisonPage(QWidget *parent)
    : ConsolePage(parent)
    , m_loader(new models::JobComparisonLoader(this))
    , m_model(new models::JobComparisonModel(this))
    , m_filter(new models::JobComparisonFilterModel(this))
    , m_liveTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &JobComparisonPage::refresh);

    buildLayout();

    connect(m_loader, &models::JobComparisonLoader::jobsLoaded, this, &JobComparisonPage::onJobsLoaded);
    connect(m_loader, &models::JobComparisonLoader::metricsLoaded, this, &JobComparisonPage::onMetricsLoaded);
    connect(m_loader, &models::JobComparisonLoader::metricsFinished, this, &JobComparisonPage::onMetricsFinished);
    connect(m_loader, &models::JobComparisonLoader::errorOccurred, this, &JobComparisonPage::errorOccurred);
    connect(m_loader, &models::JobComparisonLoader::loadingChanged, this,
        [this](bool loading)
        {
            updateActions();
            if (loading && m_model->jobCount() == 0)
            {
                m_tablePlaceholder->setText(tr("Loading the jobs…"));
                m_tableStack->setCurrentWidget(m_tablePlaceholder);
            }
        });

    // Section rows span the table; the proxy's rows move when "differences only" changes.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JobComparisonPage::updateSpans);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &JobComparisonPage::updateSpans);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &JobComparisonPage::updateSpans);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &JobComparisonPage::updateSpans);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobComparisonPage::fitColumns);
}

JobComparisonPage::~JobComparisonPage() = default;

void JobComparisonPage::buildLayout()
{
    // Header: the way back, the title, Refresh.
    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("Training Jobs"));
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setToolTip(tr("Back to the list of training jobs"));
    connect(back, &QToolButton::clicked, this, [this] { emit navigationRequested(kTrainingJobsPageId); });

    auto *separator = new QLabel(QStringLiteral("/"), this);
    separator->setForegroundRole(QPalette::PlaceholderText);

    auto *title = new QLabel(tr("Compare Training Jobs"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the jobs and their resource usage again"));
    connect(m_refresh, &QAction::triggered, this, &JobComparisonPage::refresh);
    addAction(m_refresh);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(back);
    header->addWidget(separator);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(refreshButton);

    // The jobs, each in its chart colour and a link to its details.
    m_jobsLabel = new QLabel(this);
    m_jobsLabel->setObjectName(QStringLiteral("comparedJobs"));
    m_jobsLabel->setTextFormat(Qt::RichText);
    m_jobsLabel->setWordWrap(true);
    m_jobsLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_jobsLabel, &QLabel::linkActivated, this,
        [this](const QString &jobId) { emit navigationRequested(kTrainingJobDetailsPageId, jobId); });

    // Toolbar: differences only, the count, the copies.
    m_differencesOnly = new QAction(tr("Show differences only"), this);
    m_differencesOnly->setObjectName(QStringLiteral("differencesOnlyAction"));
    m_differencesOnly->setCheckable(true);
    m_differencesOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_differencesOnly->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_differencesOnly->setToolTip(tr("Hide the settings that are the same in every job"));
    connect(m_differencesOnly, &QAction::toggled, this,
        [this](bool on)
        {
            m_filter->setDifferencesOnly(on);
            updateSummary();
        });
    addAction(m_differencesOnly);

    m_copyMarkdown = new QAction(tr("Copy as Markdown"), this);
    m_copyMarkdown->setObjectName(QStringLiteral("copyMarkdownAction"));
    m_copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMarkdown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyMarkdown->setToolTip(tr("Copy the rows shown as a Markdown table (for an issue or a report)"));
    connect(m_copyMarkdown, &QAction::triggered, this, &JobComparisonPage::copyAsMarkdown);
    addAction(m_copyMarkdown);

    m_copyCsv = new QAction(tr("Copy as CSV"), this);
    m_copyCsv->setObjectName(QStringLiteral("copyCsvAction"));
    m_copyCsv->setToolTip(tr("Copy the rows shown as CSV (for a spreadsheet)"));
    connect(m_copyCsv, &QAction::triggered, this, &JobComparisonPage::copyAsCsv);
    addAction(m_copyCsv);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("comparisonToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A check box reads as the switch it is; the action carries the shortcut and the palette entry.
    m_differencesOnlyCheck = new QCheckBox(m_differencesOnly->text(), toolBar);
    m_differencesOnlyCheck->setObjectName(QStringLiteral("differencesOnlyCheck"));
    m_differencesOnlyCheck->setToolTip(QStringLiteral("%1 (%2)").arg(
        m_differencesOnly->toolTip(), m_differencesOnly->shortcut().toString(QKeySequence::NativeText)));
    connect(m_differencesOnlyCheck, &QCheckBox::toggled, m_differencesOnly, &QAction::setChecked);
    connect(m_differencesOnly, &QAction::toggled, m_differencesOnlyCheck, &QCheckBox::setChecked);
    toolBar->addWidget(m_differencesOnlyCheck);
    toolBar->addSeparator();
    toolBar->addWidget(m_summary);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_copyMarkdown);
    toolBar->addAction(m_copyCsv);

    // The table of settings.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ComparisonDelegate(m_table));
    widgets::applyConsoleTableLook(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle); // paths and images keep both ends
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setMinimumSectionSize(120);

    m_tablePlaceholder = new QLabel(this);
    m_tablePlaceholder->setObjectName(QStringLiteral("comparisonPlaceholder"));
    m_tablePlaceholder->setAlignment(Qt::AlignCenter);
    m_tablePlaceholder->setWordWrap(true);
    m_tablePlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_tablePlaceholder->setText(tr("Select two to %1 jobs in Training Jobs and choose Compare.").arg(kMaxComparedJobs));
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_tablePlaceholder);
    m_tableStack->setCurrentWidget(m_tablePlaceholder);

    // The charts: one per metric, the jobs overlaid from their starts.
    auto *chartsHeading = new QLabel(tr("Resource usage"), this);
    QFont headingFont = chartsHeading->font();
    headingFont.setBold(true);
    chartsHeading->setFont(headingFont);
    auto *chartsNote
        = new QLabel(tr("First node of each job, from its start. Click a legend entry to hide a job."), this);
    chartsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *chartsHeader = new QHBoxLayout;
    chartsHeader->setSpacing(10);
    chartsHeader->addWidget(chartsHeading);
    chartsHeader->addWidget(chartsNote, 1);

    m_chartGrid = new QWidget;
    m_chartGrid->setObjectName(QStringLiteral("comparisonCharts"));
    m_chartLayout = new QGridLayout(m_chartGrid);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(10);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chartGrid);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartPlaceholder = new QLabel(this);
    m_chartPlaceholder->setAlignment(Qt::AlignCenter);
    m_chartPlaceholder->setWordWrap(true);
    m_chartPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_chartStack = new QStackedWidget(this);
    m_chartStack->addWidget(chartScroll);
    m_chartStack->addWidget(m_chartPlaceholder);
    m_chartStack->setCurrentWidget(m_chartPlaceholder);

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 6, 0, 0);
    chartsLayout->setSpacing(6);
    chartsLayout->addLayout(chartsHeader);
    chartsLayout->addWidget(m_chartStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("comparisonSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_jobsLabel);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    updateSummary();
    updateChartsPlaceholder();
}

void JobComparisonPage::setConnection(models::Connection *connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    m_loader->setClient(connection ? connection->client() : nullptr);
    m_loader->setFineMetricSteps(connection && connection->kind() == models::Connection::Kind::Local);
    updateActions();
    // Another backend: these jobs are not there.
    const QStringList ids = m_loader->jobIds();
    m_model->clear();
    clearCharts();
    updateJobsLabel();
    updateSummary();
    if (connection && !ids.isEmpty())
        m_loader->load(ids);
}

void JobComparisonPage::open(const QVariant &argument)
{
    QStringList ids;
    for (const QString &id : argument.toStringList())
    {
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    if (ids.size() > kMaxComparedJobs)
    {
        emit statusMessage(tr("Comparing the first %1 of the %2 jobs selected: at most %1 fit side by side.")
                               .arg(kMaxComparedJobs)
                               .arg(ids.size()),
            8000);
        ids = ids.mid(0, kMaxComparedJobs);
    }
    if (ids == m_loader->jobIds() && m_model->jobCount() > 0)
    {
        refresh();
        return;
    }
    m_model->clear();
    clearCharts();
    m_metricsDone = false;
    updateJobsLabel();
    updateSummary();
    m_loader->load(ids);
}

void JobComparisonPage::refresh()
{
    m_liveTimer->stop();
    if (m_connection && !m_loader->jobIds().isEmpty())
        m_loader->reload();
}

void JobComparisonPage::updateActions()
{
    // Only while the page is on screen: the command palette offers the enabled actions of every
    // page, and these act on a comparison nobody is looking at.
    const bool shown = isActive();
    const bool any = m_model->jobCount() > 0;
    m_refresh->setEnabled(shown && m_connection && !m_loader->isLoading() && !m_loader->jobIds().isEmpty());
    m_differencesOnly->setEnabled(shown && any);
    m_differencesOnlyCheck->setEnabled(any);
    m_copyMarkdown->setEnabled(shown && any);
    m_copyCsv->setEnabled(shown && any);
}

void JobComparisonPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateJobsLabel();
}

void JobComparisonPage::activeChanged(bool active)
{
    updateActions();
    if (active)
        scheduleLiveRefresh();
    else
        m_liveTimer->stop();
}

void JobComparisonPage::scheduleLiveRefresh()
{
    bool live = false;
    for (int i = 0; i < m_model->jobCount(); ++i)
        live = live || !api::isTerminalPhase(m_model->job(i).status.phase);
    if (live && isActive() && !m_loader->isLoading())
        m_liveTimer->start();
}

void JobComparisonPage::onJobsLoaded(const std::vector<api::TrainingJob> &jobs)
{
    m_model->setJobs(jobs);
    // Charts of jobs no longer compared (one could not be read this time) go.
    for (widgets::ChartWidget *chart : std::as_const(m_charts))
    {
        for (const QString &id : chart->seriesIds())
        {
            const bool kept = std::any_of(
                jobs.begin(), jobs.end(), [&id](const api::TrainingJob &job) { return job.metadata.id == id; });
            if (!kept)
                chart->removeSeries(id);
        }
    }
    if (jobs.empty())
        m_tablePlaceholder->setText(tr("None of the jobs could be read. Refresh to try again."));
    m_tableStack->setCurrentWidget(jobs.empty() ? static_cast<QWidget *>(m_tablePlaceholder) : m_table);
    updateJobsLabel();
    updateSummary();
    updateChartsPlaceholder();
    scheduleLiveRefresh();
}

void JobComparisonPage::onMetricsLoaded(const QString &jobId, const models::JobMetricSeries &series)
{
    int jobIndex = -1;
    for (int i = 0; i < m_model->jobCount(); ++i)
    {
        if (m_model->jobId(i) == jobId)
            jobIndex = i;
    }
    if (jobIndex < 0)
        return;
    const QString name = m_model->job(jobIndex).metadata.name;
    for (const QString &metric : models::trainingMetricIds())
    {
        const auto it = series.constFind(metric);
        if (it == series.cend())
        {
            if (widgets::ChartWidget *chart = m_charts.value(metric))
                chart->removeSeries(jobId);
            continue;
        }
        models::TimeSeries ts = *it;
        ts.setName(name);
        chartFor(metric)->setSeries(jobId, ts, Theme::seriesColor(jobIndex));
    }
    updateChartsPlaceholder();
}

void JobComparisonPage::onMetricsFinished()
{
    m_metricsDone = true;
    updateChartsPlaceholder();
}

QStringList JobComparisonPage::chartMetricIds() const
{
    QStringList ids;
    for (const QString &metric : models::trainingMetricIds())
    {
        if (m_charts.contains(metric))
            ids << metric;
    }
    return ids;
}

widgets::ChartWidget *JobComparisonPage::chartFor(const QString &metricId)
{
    if (widgets::ChartWidget *chart = m_charts.value(metricId))
        return chart;
    auto *chart = new widgets::ChartWidget(m_chartGrid);
    chart->setObjectName(metricId + QStringLiteral("Chart"));
    chart->setTitle(models::trainingMetricTitle(metricId));
    chart->setValueAxis(tr("Usage"), QStringLiteral("%"), 0.0, 100.0);
    chart->setTimeAxis(widgets::ChartWidget::TimeAxis::Elapsed);
    chart->setMinimumHeight(kChartMinimumHeight);
    m_charts.insert(metricId, chart);
    // Charts in the console's metric order, two per row.
    const QStringList order = chartMetricIds();
    for (int i = 0; i < order.size(); ++i)
    {
        widgets::ChartWidget *each = m_charts.value(order.at(i));
        m_chartLayout->removeWidget(each);
        m_chartLayout->addWidget(each, i / kChartColumns, i % kChartColumns);
    }
    for (int c = 0; c < kChartColumns; ++c)
        m_chartLayout->setColumnStretch(c, 1);
    return chart;
}

void JobComparisonPage::clearCharts()
{
    for (widgets::ChartWidget *chart : std::as_const(m_charts))
    {
        m_chartLayout->removeWidget(chart);
        chart->deleteLater();
    }
    m_charts.clear();
    m_metricsDone = false;
    updateChartsPlaceholder();
}

void JobComparisonPage::updateChartsPlaceholder()
{
    bool anyData = false;
    for (const widgets::ChartWidget *chart : std::as_const(m_charts))
        anyData = anyData || chart->seriesCount() > 0;
    if (anyData)
    {
        m_chartStack->setCurrentIndex(0);
        return;
    }
    if (m_model->jobCount() == 0)
        m_chartPlaceholder->setText(QString());
    else if (!m_metricsDone)
        m_chartPlaceholder->setText(tr("Loading resource usage…"));
    else
        m_chartPlaceholder->setText(tr("No resource usage yet: none of these jobs has run."));
    m_chartStack->setCurrentWidget(m_chartPlaceholder);
}

void JobComparisonPage::updateJobsLabel()
{
    if (m_model->jobCount() == 0)
    {
        m_jobsLabel->setText(m_loader->isLoading() ? tr("Loading…") : QString());
        return;
    }
    // Colours from the palette of the moment: changeEvent() writes the text again when the theme changes.
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString link = palette().color(QPalette::Link).name();
    QStringList parts;
    for (int i = 0; i < m_model->jobCount(); ++i)
    {
        const api::TrainingJob &job = m_model->job(i);
        parts << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;<a href=\"%2\" style=\"color:%3\">%4</a>"
                                "&nbsp;<span style=\"color:%5\">%6</span>")
                     .arg(Theme::seriesColor(i).name(), m_model->jobId(i).toHtmlEscaped(), link,
                         job.metadata.name.toHtmlEscaped(), muted,
                         models::TrainingJobListModel::phaseText(job.status.phase).toHtmlEscaped());
    }
    m_jobsLabel->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")));
    m_jobsLabel->setToolTip(tr("Open a job's details"));
}

void JobComparisonPage::updateSummary()
{
    updateActions();
    const bool any = m_model->jobCount() > 0;
    if (!any)
    {
        m_summary->clear();
        return;
    }
    const int compared = m_model->comparedCount();
    const int differing = m_model->differenceCount();
    if (m_model->jobCount() < 2)
        m_summary->setText(tr("Only one of the jobs could be read: nothing to compare it with."));
    else if (differing == 0)
        m_summary->setText(tr("The jobs do not differ in any of the %1 settings compared.").arg(compared));
    else
        m_summary->setText(tr("%1 of %2 settings differ").arg(differing).arg(compared));
    if (m_filter->differencesOnly() && differing == 0 && m_model->jobCount() > 0)
    {
        m_tablePlaceholder->setText(tr("No differences. Turn off “Show differences only” to see every setting."));
        m_tableStack->setCurrentWidget(m_tablePlaceholder);
    }
    else if (m_model->jobCount() > 0)
    {
        m_tableStack->setCurrentWidget(m_table);
    }
}

void JobComparisonPage::updateSpans()
{
    m_table->clearSpans();
    const int columns = m_filter->columnCount();
    if (columns < 2)
        return;
    for (int row = 0; row < m_filter->rowCount(); ++row)
    {
        if (isSectionRow(m_filter->index(row, 0)))
            m_table->setSpan(row, 0, 1, columns);
    }
}

void JobComparisonPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_model->columnCount() == 0)
        return;
    // The names column fits its longest label (with room for the bold "≠" mark); the jobs share the rest.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int width = fm.horizontalAdvance(m_model->headerData(Model::FieldColumn, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const QModelIndex index = m_model->index(row, Model::FieldColumn);
        if (!isSectionRow(index))
            width = std::max(width, fm.horizontalAdvance(index.data().toString()));
    }
    header->setSectionResizeMode(Model::FieldColumn, QHeaderView::Interactive);
    header->resizeSection(
        Model::FieldColumn, std::clamp(width + fm.horizontalAdvance(QStringLiteral("    ")) + 48, 160, 340));
    for (int c = Model::FirstJobColumn; c < m_model->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
}

void JobComparisonPage::copyAsMarkdown()
{
    if (m_model->jobCount() == 0)
        return;
    QGuiApplication::clipboard()->setText(models::JobComparisonModel::toMarkdown(*m_filter));
    emit statusMessage(tr("Copied the comparison as a Markdown table."), 4000);
}

void JobComparisonPage::copyAsCsv()
{
    if (m_model->jobCount() == 0)
        return;
    QGuiApplication::clipboard()->setText(models::JobComparisonModel::toCsv(*m_filter));
    emit statusMessage(tr("Copied the comparison as CSV."), 4000);
}
} // namespace ma::ui
