#include "dashboardspage.h"

#include "models/acceleratorfragments.h"
#include "models/connection.h"
#include "models/metricsqueryrunner.h"
#include "models/poolnodelistmodel.h"
#include "widgets/dashboardgrid.h"
#include "widgets/dashboardpanel.h"
#include "widgets/dashboardpdf.h"
#include "widgets/fragmentsview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::ui
{
namespace
{
constexpr int MaxPointsPerSeries = 300;
constexpr qint64 MinStepMs = 15'000; // modelarts-local and AOM sample every 15 s
constexpr int DefaultRefreshSeconds = 15 * 60; // the ModelArts templates' default (§5.7, L34802)
constexpr int PanelColumnsMinWidth = 720; // below this the panels take one column

struct RangeChoice
{
    DashboardsPage::Range range;
    qint64 spanMs;
    const char *text;
};

const RangeChoice kRanges[] = {
    { DashboardsPage::Range::Last5Minutes, 5 * 60'000LL,
        QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 5 minutes") },
    { DashboardsPage::Range::Last15Minutes, 15 * 60'000LL,
        QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 15 minutes") },
    { DashboardsPage::Range::LastHour, 3600'000LL, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 1 hour") },
    { DashboardsPage::Range::Last3Hours, 3 * 3600'000LL, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 3 hours") },
    { DashboardsPage::Range::Last12Hours, 12 * 3600'000LL,
        QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 12 hours") },
    { DashboardsPage::Range::LastDay, 86400'000LL, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 1 day") },
    { DashboardsPage::Range::Last3Days, 3 * 86400'000LL, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 3 days") },
    { DashboardsPage::Range::Last7Days, 7 * 86400'000LL, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Last 7 days") },
    { DashboardsPage::Range::Custom, 0, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Custom range") },
};

struct RefreshChoice
{
    int seconds;
    const char *text;
};

const RefreshChoice kRefreshes[] = {
    { 0, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Auto-refresh off") },
    { 30, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Every 30 s") },
    { 60, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Every 1 min") },
    { 5 * 60, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Every 5 min") },
    { 15 * 60, QT_TRANSLATE_NOOP("ma::ui::DashboardsPage", "Every 15 min") },
};
} // namespace

DashboardsPage::DashboardsPage(QWidget *parent)
    : ConsolePage(parent)
    , m_runner(new models::MetricsQueryRunner(nullptr, this))
{
    setObjectName(u"dashboardsPage"_s);
    buildLayout();

    m_grid->showAnswersOf(m_runner);
    connect(m_runner, &models::MetricsQueryRunner::runFinished, this,
        // The runner drops the answers of cancelled runs: what arrives belongs to the current one.
        [this](int)
        {
            m_stale = false;
            m_updatedLabel->setText(
                tr("Updated %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
            emit refreshed();
        });
    connect(m_runner, &models::MetricsQueryRunner::labelValuesLoaded, this, &DashboardsPage::onChoicesLoaded);
    connect(m_runner, &models::MetricsQueryRunner::labelValuesFailed, this,
        [this](const QString &name, const QString &) { onChoicesLoaded(name, {}); });
    connect(m_grid, &widgets::DashboardGrid::timeRangeZoomed, this, &DashboardsPage::onZoomed);
    connect(&m_autoRefresh, &QTimer::timeout, this, &DashboardsPage::refresh);

    setAutoRefreshSeconds(DefaultRefreshSeconds);
    setView(models::dashboards::all().constFirst().id);
}

DashboardsPage::~DashboardsPage() = default;

void DashboardsPage::buildLayout()
{
    auto *title = new QLabel(tr("Dashboards"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The five views as the console's segmented choice.
    auto *viewRow = new QHBoxLayout;
    viewRow->setSpacing(0);
    m_viewButtons = new QButtonGroup(this);
    m_viewButtons->setExclusive(true);
    for (const models::DashboardDefinition &d : models::dashboards::all())
    {
        auto *button = new QPushButton(d.title(), this);
        button->setObjectName(u"view_"_s + d.id);
        button->setCheckable(true);
        button->setProperty("segment", true);
        button->setProperty("viewId", d.id);
        m_viewButtons->addButton(button);
        viewRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, id = d.id] { setView(id); });
    }
    viewRow->addStretch(1);

    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"rangeBox"_s);
    for (const RangeChoice &r : kRanges)
        m_rangeBox->addItem(tr(r.text), int(r.range));
    m_rangeBox->setCurrentIndex(int(m_range));
    connect(m_rangeBox, &QComboBox::activated, this, &DashboardsPage::onRangeSelected);

    const QString editFormat = u"yyyy-MM-dd HH:mm"_s;
    m_fromEdit = new QDateTimeEdit(this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_toEdit = new QDateTimeEdit(this);
    m_toEdit->setObjectName(u"toEdit"_s);
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit })
    {
        edit->setDisplayFormat(editFormat);
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::editingFinished, this,
            [this]
            {
                if (m_range == Range::Custom)
                    setCustomRange(m_fromEdit->dateTime(), m_toEdit->dateTime());
            });
    }
    m_toEdit->setToolTip(tr("End of the custom range"));
    m_fromEdit->setToolTip(tr("Start of the custom range"));

    m_refreshBox = new QComboBox(this);
    m_refreshBox->setObjectName(u"autoRefreshBox"_s);
    for (const RefreshChoice &r : kRefreshes)
        m_refreshBox->addItem(tr(r.text), r.seconds);
    connect(m_refreshBox, &QComboBox::activated, this, [this] { updateAutoRefresh(); });

    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardsPage::refresh);

    m_exportButton = new QPushButton(tr("Export PDF…"), this);
    m_exportButton->setObjectName(u"exportPdfButton"_s);
    m_exportButton->setToolTip(tr("Save every panel of this view, as shown, to a PDF document"));
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardsPage::exportPdfInteractively);

    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(u"updatedLabel"_s);
    m_updatedLabel->setProperty("tone", u"muted"_s);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(16);
    titleRow->addLayout(viewRow, 1);
    titleRow->addWidget(m_updatedLabel);

    m_selectorRow = new QHBoxLayout;
    m_selectorRow->setSpacing(6);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addLayout(m_selectorRow);
    controls->addStretch(1);
    controls->addWidget(m_rangeBox);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toEdit);
    controls->addWidget(m_refreshBox);
    controls->addWidget(m_refreshButton);
    controls->addWidget(m_exportButton);

    m_sourceNote = new QLabel(this);
    m_sourceNote->setObjectName(u"sourceNote"_s);
    m_sourceNote->setProperty("tone", u"warning"_s);
    m_sourceNote->setWordWrap(true);
    m_sourceNote->hide();

    m_grid = new widgets::DashboardGrid;
    // The console's fragments snapshot, for one pool of the Cluster view (from the pool's nodes).
    m_poolNodes = new models::PoolNodeListModel(this);
    m_fragments = new models::FragmentsModel(this);
    m_fragments->setSourceModel(m_poolNodes);
    m_fragmentsView = new widgets::FragmentsView(m_fragments);
    m_fragmentsView->hide();
    auto *contents = new QWidget;
    contents->setObjectName(u"scrollContents"_s);
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->setContentsMargins(0, 0, 4, 0);
    contentsLayout->addWidget(m_fragmentsView);
    contentsLayout->addWidget(m_grid);
    contentsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addLayout(controls);
    layout->addWidget(m_sourceNote);
    layout->addWidget(scroll, 1);
}

void DashboardsPage::setConnection(models::Connection *connection)
{
    m_connection = connection;
    m_runner->setClient(connection ? connection->prometheus() : nullptr);
    m_poolNodes->setClient(connection ? connection->client() : nullptr);
    m_values.clear();
    updateSourceNote();
    rebuildSelectors();
    m_stale = true;
    if (isActive())
        refresh();
}

void DashboardsPage::updateSourceNote()
{
    const bool missing = m_connection && !m_connection->prometheus();
    m_sourceNote->setText(missing ? tr("This profile has no Prometheus data source. The dashboards query AOM's "
                                       "Prometheus instance (AOM console: Prometheus Monitoring > Instances > "
                                       "Settings > Grafana Data Source Info).")
                                  : QString());
    m_sourceNote->setVisible(missing);
}

void DashboardsPage::open(const QVariant &argument)
{
    if (argument.typeId() == QMetaType::QString)
    {
        setView(argument.toString());
        return;
    }
    const QVariantMap map = argument.toMap();
    if (map.isEmpty())
        return;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
    {
        if (it.key() != u"view")
            m_values.insert(it.key(), it.value().toString());
    }
    setView(map.value(u"view"_s, m_viewId).toString());
}

QString DashboardsPage::exportSubtitle() const
{
    QStringList parts;
    if (const models::DashboardDefinition *definition = view())
    {
        parts << definition->title();
        for (const models::VariableDefinition &v : definition->variables)
        {
            const QString value = m_values.value(v.name);
            parts << tr("%1: %2").arg(v.title(), value.isEmpty() ? tr("All") : QString(value).replace(u'\n', u", "_s));
        }
    }
    const QLocale locale;
    parts << tr("%1 to %2")
                 .arg(locale.toString(m_queriedFrom.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(m_queriedTo.toLocalTime(), QLocale::ShortFormat));
    return parts.join(u" · "_s);
}

bool DashboardsPage::exportPdf(const QString &path, QString *error)
{
    const models::DashboardDefinition *definition = view();
    const QString title = definition ? definition->title() : tr("Dashboard");
    return widgets::writeDashboardPdf(path, title, exportSubtitle(), m_grid->panels(), error);
}

void DashboardsPage::exportPdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard as PDF"), m_viewId + u"-dashboard.pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, &error))
        emit statusMessage(tr("Dashboard saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export dashboard as PDF"), tr("Cannot export the dashboard: %1").arg(error));
}

const models::DashboardDefinition *DashboardsPage::view() const
{
    return models::dashboards::find(m_viewId);
}

void DashboardsPage::setView(const QString &viewId)
{
    const models::DashboardDefinition *definition = models::dashboards::find(viewId);
    if (!definition)
        return;
    const bool changed = viewId != m_viewId;
    m_viewId = viewId;
    for (QAbstractButton *b : m_viewButtons->buttons())
        b->setChecked(b->property("viewId").toString() == viewId);
    if (changed)
    {
        m_runner->cancel();
        m_grid->setPanels(definition->panels);
    }
    rebuildSelectors();
    updateFragments();
    m_stale = true;
    if (isActive())
        refresh();
}

void DashboardsPage::rebuildSelectors()
{
    qDeleteAll(m_selectorWidgets);
    m_selectorWidgets.clear();
    m_selectors.clear();
    m_multiSelectors.clear();
    m_multiChoices.clear();
    const models::DashboardDefinition *definition = view();
    if (!definition)
        return;
    for (const models::VariableDefinition &v : definition->variables)
    {
        auto *label = new QLabel(v.title(), this);
        if (v.multi)
        {
            auto *button = new QToolButton(this);
            button->setObjectName(u"selector_"_s + v.name);
            button->setPopupMode(QToolButton::InstantPopup);
            button->setMenu(new QMenu(button));
            button->setMinimumWidth(180);
            button->setToolTip(tr("Choose several to compare them on the same charts"));
            label->setBuddy(button);
            m_selectorRow->addWidget(label);
            m_selectorRow->addWidget(button);
            m_selectorWidgets << label << button;
            m_multiSelectors.insert(v.name, button);
            fillMultiSelector(v.name, {});
            continue;
        }
        auto *box = new QComboBox(this);
        box->setObjectName(u"selector_"_s + v.name);
        box->setMinimumContentsLength(v.name == u"job" || v.name == u"task" ? 22 : 14); // job ids are long
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->addItem(tr("All"), QString());
        const QString value = m_values.value(v.name);
        if (!value.isEmpty())
            box->addItem(value, value);
        box->setCurrentIndex(value.isEmpty() ? 0 : 1);
        label->setBuddy(box);
        connect(box, &QComboBox::activated, this,
            [this, name = v.name, box]
            {
                m_values.insert(name, box->currentData().toString());
                onSelectorChanged();
            });
        m_selectorRow->addWidget(label);
        m_selectorRow->addWidget(box);
        m_selectorWidgets << label << box;
        m_selectors.insert(v.name, box);
    }
}

void DashboardsPage::loadChoices()
{
    const models::DashboardDefinition *definition = view();
    if (!definition || !m_connection)
        return;
    for (const models::VariableDefinition &v : definition->variables)
    {
        // A selector's choices depend on the selectors before it ($pool in the node's source...).
        m_runner->fetchLabelValues(v.name, v.label, models::dashboards::expand(v.source, m_values));
    }
}

void DashboardsPage::fillMultiSelector(const QString &name, const QStringList &values)
{
    QToolButton *button = m_multiSelectors.value(name);
    if (!button)
        return;
    const QStringList selected = m_values.value(name).split(u'\n', Qt::SkipEmptyParts);
    QStringList choices = values;
    for (const QString &s : selected)
    {
        if (!choices.contains(s))
            choices.prepend(s); // keep the selection (a finished job leaves the recent series)
    }
    m_multiChoices.insert(name, choices);
    QMenu *menu = button->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All"));
    all->setCheckable(true);
    all->setChecked(selected.isEmpty());
    connect(all, &QAction::triggered, this, [this, name] { setVariableValues(name, {}); });
    menu->addSeparator();
    for (const QString &value : std::as_const(choices))
    {
        QAction *action = menu->addAction(value);
        action->setCheckable(true);
        action->setChecked(selected.contains(value));
        connect(action, &QAction::toggled, this,
            [this, name, value](bool on)
            {
                QStringList now = m_values.value(name).split(u'\n', Qt::SkipEmptyParts);
                now.removeAll(value);
                if (on)
                    now.append(value);
                setVariableValues(name, now);
            });
    }
    updateMultiSelectorText(name);
}

void DashboardsPage::updateMultiSelectorText(const QString &name)
{
    QToolButton *button = m_multiSelectors.value(name);
    if (!button)
        return;
    const QStringList selected = m_values.value(name).split(u'\n', Qt::SkipEmptyParts);
    // Checks follow the selection without signals (the actions' own toggles brought us here).
    const QList<QAction *> actions = button->menu()->actions();
    for (int i = 0; i < actions.size(); ++i)
    {
        const QSignalBlocker blocker(actions.at(i));
        if (i == 0)
            actions.at(i)->setChecked(selected.isEmpty());
        else if (!actions.at(i)->isSeparator())
            actions.at(i)->setChecked(selected.contains(actions.at(i)->text()));
    }
    if (selected.isEmpty())
        button->setText(tr("All"));
    else if (selected.size() == 1)
        button->setText(selected.constFirst());
    else
        button->setText(tr("%n selected", "jobs compared on the charts", int(selected.size())));
}

void DashboardsPage::setVariableValues(const QString &name, const QStringList &values)
{
    m_values.insert(name, values.join(u'\n'));
    if (m_multiSelectors.contains(name))
    {
        // A value not offered yet gets its entry; otherwise the menu stays as it is (it may be
        // the sender of this change).
        bool known = true;
        for (const QString &v : values)
            known = known && m_multiChoices.value(name).contains(v);
        if (known)
            updateMultiSelectorText(name);
        else
            fillMultiSelector(name, m_multiChoices.value(name));
    }
    onSelectorChanged();
}

void DashboardsPage::onChoicesLoaded(const QString &name, const QStringList &values)
{
    if (m_multiSelectors.contains(name))
    {
        QStringList current = m_multiChoices.value(name);
        if (current != values)
            fillMultiSelector(name, values);
        return;
    }
    QComboBox *box = m_selectors.value(name);
    if (!box)
        return;
    const QString current = m_values.value(name);
    QStringList choices = values;
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current); // keep the selection (a finished job leaves the recent series)
    choices.prepend(QString());
    if (choices == variableChoices(name))
        return; // unchanged: leave an open list alone
    choices.removeFirst();
    box->clear();
    box->addItem(tr("All"), QString());
    for (const QString &value : std::as_const(choices))
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

QStringList DashboardsPage::variableChoices(const QString &name) const
{
    if (m_multiSelectors.contains(name))
        return QStringList { QString() } + m_multiChoices.value(name);
    QStringList out;
    if (QComboBox *box = m_selectors.value(name))
    {
        for (int i = 0; i < box->count(); ++i)
            out << box->itemData(i).toString();
    }
    return out;
}

void DashboardsPage::setVariable(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    if (QComboBox *box = m_selectors.value(name))
    {
        int index = box->findData(value);
        if (index < 0)
        {
            box->addItem(value, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    }
    onSelectorChanged();
}

void DashboardsPage::onSelectorChanged()
{
    // refresh() reloads every selector's values too: a later selector's depend on this one.
    m_stale = true;
    if (isActive())
        refresh();
}

void DashboardsPage::onRangeSelected()
{
    const auto range = Range(m_rangeBox->currentData().toInt());
    if (range == Range::Custom)
    {
        // Start from what is on screen, so "Custom" refines the last range.
        const QDateTime to = m_queriedTo.isValid() ? m_queriedTo : QDateTime::currentDateTime();
        const QDateTime from = m_queriedFrom.isValid() ? m_queriedFrom : to.addSecs(-3600);
        setCustomRange(from, to);
        return;
    }
    setRange(range);
}

void DashboardsPage::setRange(Range range)
{
    if (range == Range::Custom)
    {
        onRangeSelected();
        return;
    }
    m_range = range;
    m_rangeBox->setCurrentIndex(int(range));
    m_fromEdit->setVisible(false);
    m_toEdit->setVisible(false);
    m_stale = true;
    if (isActive())
        refresh();
}

void DashboardsPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return;
    m_range = Range::Custom;
    m_rangeBox->setCurrentIndex(int(Range::Custom));
    m_fromEdit->setDateTime(from.toLocalTime());
    m_toEdit->setDateTime(to.toLocalTime());
    m_fromEdit->setVisible(true);
    m_toEdit->setVisible(true);
    m_queriedFrom = from;
    m_queriedTo = to;
    m_stale = true;
    if (isActive())
        refresh();
}

void DashboardsPage::onZoomed(const QDateTime &from, const QDateTime &to)
{
    // A zoom on any panel becomes the dashboard's range (Grafana's drag-to-zoom).
    setCustomRange(from, to);
}

void DashboardsPage::setAutoRefreshSeconds(int seconds)
{
    for (int i = 0; i < m_refreshBox->count(); ++i)
    {
        if (m_refreshBox->itemData(i).toInt() == seconds)
            m_refreshBox->setCurrentIndex(i);
    }
    updateAutoRefresh();
}

int DashboardsPage::autoRefreshSeconds() const
{
    return m_refreshBox->currentData().toInt();
}

void DashboardsPage::updateAutoRefresh()
{
    const int seconds = autoRefreshSeconds();
    if (seconds > 0 && isActive())
        m_autoRefresh.start(seconds * 1000);
    else
        m_autoRefresh.stop();
}

void DashboardsPage::activeChanged(bool active)
{
    // Poll only while someone looks at the page; coming back refreshes what went stale.
    updateAutoRefresh();
    if (!active)
    {
        if (m_runner->isRunning())
        {
            m_runner->cancel();
            m_stale = true;
        }
        return;
    }
    const int seconds = autoRefreshSeconds();
    const bool expired = m_lastRefresh.isValid() && seconds > 0 && m_lastRefresh.elapsed() >= seconds * 1000LL;
    if (m_stale || expired)
        refresh();
}

void DashboardsPage::refresh()
{
    const models::DashboardDefinition *definition = view();
    if (!definition)
        return;
    QDateTime from;
    QDateTime to;
    if (m_range == Range::Custom)
    {
        from = m_queriedFrom;
        to = m_queriedTo;
    }
    else
    {
        to = QDateTime::currentDateTime();
        from = to.addMSecs(-kRanges[int(m_range)].spanMs);
    }
    if (!from.isValid() || !to.isValid())
        return;
    m_queriedFrom = from;
    m_queriedTo = to;
    m_lastRefresh.start();

    const QList<models::MetricQuery> queries = m_grid->startQueries(m_values);
    m_grid->setTimeRange(from, to);
    updateFragments();
    loadChoices(); // new jobs, tasks and nodes appear in the selectors as the data does
    const qint64 step = models::MetricsQueryRunner::autoStep(from, to, MaxPointsPerSeries, MinStepMs);
    m_runner->run(queries, from, to, step);
    if (m_autoRefresh.isActive())
        m_autoRefresh.start(); // the next automatic refresh counts from this one
}

void DashboardsPage::updateFragments()
{
    const QString pool = m_values.value(u"pool"_s);
    const bool shown = m_connection && m_viewId == u"cluster" && !pool.isEmpty() && !pool.contains(u'\n');
    m_fragmentsView->setVisible(shown);
    if (!shown)
        return;
    if (m_poolNodes->pool() != pool)
    {
        m_poolNodes->setPool(pool);
        m_poolNodes->reload();
    }
    else
    {
        m_poolNodes->refresh();
    }
}

void DashboardsPage::resizeEvent(QResizeEvent *event)
{
    ConsolePage::resizeEvent(event);
    m_grid->setColumns(width() < PanelColumnsMinWidth ? 1 : 2);
}
} // namespace ma::ui
