#include "overviewpage.h"

#include "api/prometheusclient.h"
#include "models/connection.h"
#include "models/dashboarddefinitions.h"
#include "models/overviewsummary.h"
#include "models/overviewtopjobsmodel.h"
#include "overviewcard.h"
#include "poolusagerow.h"
#include "statustile.h"
#include "ui/pools/poolpageids.h"
#include "ui/resourcelistpage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/consoletable.h"
#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>

namespace ma::ui
{
namespace
{
using models::OverviewAlarm;
using models::OverviewSummary;
using TopJobs = models::OverviewTopJobsModel;

// Below this width the cards stack in one column (a narrow window or a large font).
constexpr int kTwoColumnWidth = 900;
constexpr int kJobTilesPerRow = 4;
constexpr int kNotebookTilesPerRow = 3;

const QString kJobLink = QStringLiteral("job:");
const QString kPoolLink = QStringLiteral("pool:");
const QString kAllJobsLink = QStringLiteral("jobs:all");

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString severityBadge(OverviewAlarm::Severity severity)
{
    switch (severity)
    {
    case OverviewAlarm::Severity::Critical:
        return widgets::Theme::badgeName(widgets::StatusTone::Failure);
    case OverviewAlarm::Severity::Major:
        return widgets::Theme::badgeName(widgets::StatusTone::Warning);
    case OverviewAlarm::Severity::Suggestion:
        break;
    }
    return widgets::Theme::badgeName(widgets::StatusTone::Progress);
}

QString severityText(OverviewAlarm::Severity severity)
{
    // The alarm severities of AOM (pools_monitoring.md §5.8).
    switch (severity)
    {
    case OverviewAlarm::Severity::Critical:
        return OverviewPage::tr("Critical", "alarm severity");
    case OverviewAlarm::Severity::Major:
        return OverviewPage::tr("Major", "alarm severity");
    case OverviewAlarm::Severity::Suggestion:
        break;
    }
    return OverviewPage::tr("Suggestion", "alarm severity");
}

/** The alarm's sentence; @p name is the resource's name as plain text or as a link. */
QString alarmSentence(const OverviewAlarm &alarm, const QString &name)
{
    switch (alarm.kind)
    {
    case OverviewAlarm::Kind::LowUtilization:
        return OverviewPage::tr("Low %1 usage: worker-0 of %2 averages %3 % (below %4 %)")
            .arg(alarm.acceleratorKind, name, QLocale().toString(alarm.value, 'f', 1))
            .arg(models::dashboards::lowUtilizationPercent);
    case OverviewAlarm::Kind::FailedJob:
        return OverviewPage::tr("Training job %1 failed").arg(name);
    case OverviewAlarm::Kind::AbnormalJob:
        return OverviewPage::tr("Training job %1 is abnormal").arg(name);
    case OverviewAlarm::Kind::AbnormalNodes:
        return int(alarm.value) == 1
            ? OverviewPage::tr("1 abnormal node in resource pool %1").arg(name)
            : OverviewPage::tr("%1 abnormal nodes in resource pool %2").arg(int(alarm.value)).arg(name);
    case OverviewAlarm::Kind::AbnormalPool:
        return OverviewPage::tr("Resource pool %1 is abnormal").arg(name);
    }
    return name;
}

bool isJobAlarm(const OverviewAlarm &alarm)
{
    return alarm.kind == OverviewAlarm::Kind::LowUtilization || alarm.kind == OverviewAlarm::Kind::FailedJob
        || alarm.kind == OverviewAlarm::Kind::AbnormalJob;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("tone", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : ConsolePage(parent)
    , m_summary(new OverviewSummary(this))
{
    buildLayout();
    connect(m_summary, &OverviewSummary::trainingJobCountsChanged, this, &OverviewPage::showJobCounts);
    connect(m_summary, &OverviewSummary::notebookCountsChanged, this, &OverviewPage::showNotebookCounts);
    connect(m_summary, &OverviewSummary::poolsChanged, this, &OverviewPage::showPools);
    connect(m_summary, &OverviewSummary::alarmsChanged, this, &OverviewPage::showAlarms);
    connect(m_summary, &OverviewSummary::stateChanged, this, &OverviewPage::showState);
    connect(m_summary, &OverviewSummary::refreshed, this,
        [this]
        {
            m_updated->setText(
                tr("Updated %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
        });
    connect(m_summary, &OverviewSummary::errorOccurred, this, &OverviewPage::errorOccurred);
    showJobCounts();
    showNotebookCounts();
    showPools();
    showAlarms();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::buildLayout()
{
    auto *title = new QLabel(tr("Overview"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_updated = mutedLabel(QString(), this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setWordWrap(false);
    auto *refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Read the counts, pools and alarms again"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(refresh, &QToolButton::clicked, this, &OverviewPage::refresh);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_updated);
    titleRow->addWidget(refresh);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("scrollContents"));
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 4, 0);
    m_grid->setSpacing(12);
    m_jobsCard = buildJobsCard();
    m_notebooksCard = buildNotebooksCard();
    m_poolsCard = buildPoolsCard();
    m_alarmsCard = buildAlarmsCard();
    m_topJobsCard = buildTopJobsCard();
    for (OverviewCard *card : { m_jobsCard, m_notebooksCard, m_poolsCard, m_alarmsCard, m_topJobsCard })
        card->setParent(content);
    arrangeCards(2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(scroll, 1);
}

OverviewCard *OverviewPage::buildJobsCard()
{
    auto *card = new OverviewCard(tr("Training Jobs"), this);
    card->setObjectName(QStringLiteral("jobsCard"));
    connect(card, &OverviewCard::linkActivated, this, [this](const QString &) { openJobs(QString()); });
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QStringList &phases = OverviewSummary::trainingPhases();
    for (int i = 0; i < phases.size(); ++i)
    {
        auto *tile = new StatusTile(phases.at(i), widgets::statusText(phases.at(i)), true, card);
        tile->setToolTip(tr("Open the training jobs in this status"));
        connect(tile, &QPushButton::clicked, this, [this, phase = phases.at(i)] { openJobs(phase); });
        m_jobTiles.insert(phases.at(i), tile);
        tiles->addWidget(tile, i / kJobTilesPerRow, i % kJobTilesPerRow);
    }
    card->body()->addLayout(tiles);
    card->body()->addStretch(1);
    return card;
}

OverviewCard *OverviewPage::buildNotebooksCard()
{
    auto *card = new OverviewCard(tr("Notebooks"), this);
    card->setObjectName(QStringLiteral("notebooksCard"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QStringList &statuses = OverviewSummary::notebookStatuses();
    for (int i = 0; i < statuses.size(); ++i)
    {
        // No notebook page yet: counts only, nothing to open.
        auto *tile = new StatusTile(statuses.at(i), widgets::statusText(statuses.at(i)), false, card);
        m_notebookTiles.insert(statuses.at(i), tile);
        tiles->addWidget(tile, i / kNotebookTilesPerRow, i % kNotebookTilesPerRow);
    }
    card->body()->addLayout(tiles);
    card->body()->addStretch(1);
    return card;
}

OverviewCard *OverviewPage::buildPoolsCard()
{
    auto *card = new OverviewCard(tr("Dedicated Resource Pools"), this);
    card->setObjectName(QStringLiteral("poolsCard"));
    connect(card, &OverviewCard::linkActivated, this, [this](const QString &) { openPool(QString()); });
    m_poolList = new QVBoxLayout;
    m_poolList->setSpacing(4);
    m_poolsEmpty = mutedLabel(tr("No dedicated resource pools"), card);
    m_poolList->addWidget(m_poolsEmpty);
    card->body()->addLayout(m_poolList);
    card->body()->addStretch(1);
    return card;
}

OverviewCard *OverviewPage::buildAlarmsCard()
{
    auto *card = new OverviewCard(tr("Alarms"), this);
    card->setObjectName(QStringLiteral("alarmsCard"));
    m_alarmList = new QVBoxLayout;
    m_alarmList->setSpacing(6);
    m_alarmsEmpty = mutedLabel(tr("No alarms"), card);
    m_alarmList->addWidget(m_alarmsEmpty);
    card->body()->addLayout(m_alarmList);
    card->body()->addStretch(1);
    return card;
}

OverviewCard *OverviewPage::buildTopJobsCard()
{
    auto *card = new OverviewCard(tr("Top Resource Users"), this);
    card->setObjectName(QStringLiteral("topJobsCard"));
    card->note()->setText(tr("Running training jobs holding the most GPU/NPU cards, then CPUs"));
    m_topJobs = new QTableView(card);
    m_topJobs->setObjectName(QStringLiteral("topJobsView"));
    m_topJobs->setModel(m_summary->topJobs());
    widgets::applyConsoleTableLook(m_topJobs);
    m_topJobs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topJobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topJobs->setFrameShape(QFrame::NoFrame);
    m_topJobs->setCursor(Qt::PointingHandCursor);
    m_topJobs->setToolTip(tr("Click a job to open its details"));
    const int rowHeight = m_topJobs->fontMetrics().height() + 12;
    m_topJobs->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_topJobs->horizontalHeader()->setSectionResizeMode(TopJobs::Name, QHeaderView::Stretch);
    m_topJobs->horizontalHeader()->setSectionResizeMode(TopJobs::Pool, QHeaderView::Stretch);
    widgets::setColumnWidths(
        m_topJobs, { { TopJobs::Resources, 170 }, { TopJobs::Usage, 80 }, { TopJobs::Duration, 90 } });
    m_topJobs->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_topJobs, &QTableView::clicked, this,
        [this](const QModelIndex &index) { openJob(index.data(TopJobs::JobIdRole).toString()); });
    connect(m_topJobs, &QTableView::activated, this,
        [this](const QModelIndex &index) { openJob(index.data(TopJobs::JobIdRole).toString()); });

    m_topJobsEmpty = mutedLabel(tr("No training job is running"), card);
    const auto updateEmpty = [this, rowHeight]
    {
        // As tall as its rows: no scrolling in a table of at most limit() rows.
        const int rows = m_summary->topJobs()->rowCount();
        m_topJobs->setFixedHeight(
            m_topJobs->horizontalHeader()->sizeHint().height() + rowHeight * std::max(1, rows) + 2);
        m_topJobs->setVisible(rows > 0);
        m_topJobsEmpty->setVisible(rows == 0);
    };
    connect(m_summary->topJobs(), &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_summary->topJobs(), &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    updateEmpty();
    card->body()->addWidget(m_topJobs);
    card->body()->addWidget(m_topJobsEmpty);
    return card;
}

void OverviewPage::arrangeCards(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (OverviewCard *card : { m_jobsCard, m_notebooksCard, m_poolsCard, m_alarmsCard, m_topJobsCard })
        m_grid->removeWidget(card);
    if (columns >= 2)
    {
        // Counts on top, pools beside the alarms, the top users across the page.
        m_grid->addWidget(m_jobsCard, 0, 0);
        m_grid->addWidget(m_notebooksCard, 0, 1);
        m_grid->addWidget(m_poolsCard, 1, 0);
        m_grid->addWidget(m_alarmsCard, 1, 1);
        m_grid->addWidget(m_topJobsCard, 2, 0, 1, 2);
        m_grid->setColumnStretch(0, 3);
        m_grid->setColumnStretch(1, 2);
    }
    else
    {
        const OverviewCard *order[] = { m_jobsCard, m_alarmsCard, m_poolsCard, m_topJobsCard, m_notebooksCard };
        for (int row = 0; row < 5; ++row)
            m_grid->addWidget(const_cast<OverviewCard *>(order[row]), row, 0, 1, 2);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 0);
    }
    m_grid->setRowStretch(3, 0);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    ConsolePage::resizeEvent(event);
    arrangeCards(event->size().width() >= kTwoColumnWidth ? 2 : 1);
}

void OverviewPage::setConnection(models::Connection *connection)
{
    m_connection = connection;
    m_summary->setPrometheusClient(nullptr);
    delete m_prometheus;
    m_prometheus = nullptr;
    if (connection && connection->prometheusSource().isValid())
        m_prometheus = new api::PrometheusClient(connection->client(), connection->prometheusSource(), this);
    m_summary->setWorkspaceId(connection ? connection->workspaceId() : QString());
    m_summary->setPrometheusClient(m_prometheus);
    m_summary->setClient(connection ? connection->client() : nullptr);
    m_updated->clear();
}

void OverviewPage::refresh()
{
    m_summary->refresh();
}

void OverviewPage::activeChanged(bool active)
{
    m_summary->setActive(active);
}

void OverviewPage::showJobCounts()
{
    const bool loaded = !m_summary->trainingJobCounts().isEmpty();
    for (auto it = m_jobTiles.cbegin(); it != m_jobTiles.cend(); ++it)
        it.value()->setCount(loaded ? m_summary->trainingJobCounts().value(it.key()) : -1);
    m_jobsCard->note()->setText(
        loaded ? link(kAllJobsLink, tr("All %1 jobs").arg(m_summary->trainingJobTotal())) : QString());
}

void OverviewPage::showNotebookCounts()
{
    const bool loaded = m_summary->notebooksState().complete;
    for (auto it = m_notebookTiles.cbegin(); it != m_notebookTiles.cend(); ++it)
        it.value()->setCount(loaded ? m_summary->notebookCounts().value(it.key()) : -1);
    m_notebooksCard->note()->setText(loaded ? tr("%1 instances").arg(m_summary->notebookTotal()) : QString());
}

void OverviewPage::showPools()
{
    const QList<models::OverviewPool> &pools = m_summary->pools();
    // Rows are updated in place; only a change in the number of pools adds or drops rows.
    while (m_poolRows.size() > pools.size())
        delete m_poolRows.takeLast();
    while (m_poolRows.size() < pools.size())
    {
        auto *row = new PoolUsageRow(m_poolsCard);
        connect(row, &PoolUsageRow::openRequested, this, &OverviewPage::openPool);
        m_poolList->addWidget(row);
        m_poolRows.append(row);
    }
    for (int i = 0; i < pools.size(); ++i)
        m_poolRows.at(i)->setPool(pools.at(i));
    m_poolsEmpty->setVisible(pools.isEmpty() && m_summary->poolsState().complete);

    int nodes = 0;
    int free = 0;
    for (const models::OverviewPool &pool : pools)
    {
        nodes += pool.nodesTotal;
        free += pool.nodesFree;
    }
    m_poolsCard->note()->setText(pools.isEmpty()
            ? QString()
            : link(kPoolLink, tr("%1 pools, %2 of %3 nodes free").arg(pools.size()).arg(free).arg(nodes)));
}

void OverviewPage::showAlarms()
{
    qDeleteAll(m_alarmRows);
    m_alarmRows.clear();
    const QList<OverviewAlarm> &alarms = m_summary->alarms();
    for (const OverviewAlarm &alarm : alarms)
    {
        auto *row = new QWidget(m_alarmsCard);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(8);
        auto *badge = new QLabel(severityText(alarm.severity), row);
        widgets::Theme::setStyleProperty(badge, "badge", severityBadge(alarm.severity));
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("alarmText"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        const QString href = (isJobAlarm(alarm) ? kJobLink : kPoolLink) + alarm.resourceId;
        text->setText(alarmSentence(alarm, link(href, alarm.resourceName)));
        text->setToolTip(alarmText(alarm));
        connect(text, &QLabel::linkActivated, this, &OverviewPage::activateAlarm);
        layout->addWidget(badge, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
        m_alarmList->addWidget(row);
        m_alarmRows.append(row);
    }
    m_alarmsEmpty->setVisible(alarms.isEmpty());
    m_alarmsCard->note()->setText(alarms.isEmpty() ? QString() : tr("%1 active").arg(alarms.size()));
}

void OverviewPage::showState()
{
    const auto loadingText = [](const models::LoadState &state)
    {
        return state.loading && !state.complete ? tr("Loading…") : QString();
    };
    if (!m_summary->trainingJobCounts().isEmpty() || m_summary->jobsState().hasError())
        return;
    m_jobsCard->note()->setText(loadingText(m_summary->jobsState()));
}

QString OverviewPage::alarmText(const OverviewAlarm &alarm)
{
    return alarmSentence(alarm, alarm.resourceName);
}

QList<QLabel *> OverviewPage::alarmLabels() const
{
    QList<QLabel *> labels;
    for (QWidget *row : m_alarmRows)
        labels.append(row->findChild<QLabel *>(QStringLiteral("alarmText")));
    return labels;
}

void OverviewPage::activateAlarm(const QString &href)
{
    if (href.startsWith(kJobLink))
        openJob(href.mid(kJobLink.size()));
    else if (href.startsWith(kPoolLink))
        openPool(href.mid(kPoolLink.size()));
}

void OverviewPage::openJobs(const QString &phase)
{
    emit navigationRequested(kTrainingJobsPageId, QVariant::fromValue(ListFilter { QString(), phase }));
}

void OverviewPage::openJob(const QString &jobId)
{
    if (!jobId.isEmpty())
        emit navigationRequested(kTrainingJobDetailsPageId, jobId);
}

void OverviewPage::openPool(const QString &poolId)
{
    // The pool list searched for the pool (it matches names and ids); an empty id shows all.
    emit navigationRequested(kPoolsPageId, QVariant::fromValue(ListFilter { poolId, QString() }));
}
} // namespace ma::ui
