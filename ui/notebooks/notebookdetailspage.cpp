#include "notebookdetailspage.h"

#include "api/apiclient.h"
#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/notebookeventmodel.h"
#include "models/notebooklistmodel.h"
#include "models/notebookstatus.h"
#include "ui/errorbanner.h"
#include "ui/notebooks/notebookoperations.h"
#include "ui/notebooks/notebookpageids.h"
#include "widgets/consoletable.h"
#include "widgets/overviewpanel.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/tagstab.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringBuilder>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
namespace nbs = models::notebookstatus;
using EventModel = models::NotebookEventModel;

QString timeText(const std::optional<qint64> &ms)
{
    return ms && *ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

QVBoxLayout *tabLayout(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    return layout;
}

QLabel *mutedLabel(QWidget *parent, const QString &objectName, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setProperty("tone", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QString mountStatusText(const QString &status)
{
    if (status == u"MOUNTED")
        return NotebookDetailsPage::tr("Mounted");
    if (status == u"MOUNTING")
        return NotebookDetailsPage::tr("Mounting");
    if (status == u"MOUNT_FAILED")
        return NotebookDetailsPage::tr("Mount failed");
    if (status == u"UNMOUNTING")
        return NotebookDetailsPage::tr("Unmounting");
    if (status == u"UNMOUNT_FAILED")
        return NotebookDetailsPage::tr("Unmount failed");
    if (status == u"UNMOUNTED")
        return NotebookDetailsPage::tr("Unmounted");
    return status;
}

/** The URL without its query: the token is a secret and stays out of the page. */
QString publicUrl(const QString &url)
{
    QUrl u(url);
    u.setQuery(QString());
    return u.toString();
}
} // namespace

NotebookDetailsPage::NotebookDetailsPage(QWidget *parent)
    : ResourceDetailsPage(texts(), parent)
    , m_watcher(new models::NotebookWatcher(this))
    , m_runner(new models::ActionRunner(this))
    , m_ops(new NotebookOperations(this))
    , m_tickTimer(new QTimer(this))
    , m_eventTimer(new QTimer(this))
    , m_tabTimer(new QTimer(this))
    , m_events(new models::NotebookEventModel(this))
    , m_eventProxy(new QSortFilterProxyModel(this))
{
    m_watcher->setInterval(kPollMs);
    m_tabTimer->setInterval(kPollMs);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &NotebookDetailsPage::updateCountdown);
    connect(m_eventTimer, &QTimer::timeout, m_events, &models::NotebookEventModel::refresh);
    connect(m_tabTimer, &QTimer::timeout, this, &NotebookDetailsPage::refreshCurrentTab);
    m_eventProxy->setSourceModel(m_events);
    m_eventProxy->setSortRole(EventModel::TimeRole);

    buildLayout();

    connect(m_watcher, &models::NotebookWatcher::updated, this, &NotebookDetailsPage::onUpdated);
    connect(m_watcher, &models::NotebookWatcher::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error); });
    connect(
        m_ops, &NotebookOperations::errorOccurred, this, [this](const api::ApiError &error) { reportError(error); });
    connect(m_events, &EventModel::errorOccurred, this, [this](const api::ApiError &error) { reportError(error); });

    connect(m_runner, &models::ActionRunner::confirmationRequested, this,
        [this](const QString &, const QString &text) { confirm(text) ? m_runner->confirm() : m_runner->reject(); });
    connect(m_runner, &models::ActionRunner::started, this, &NotebookDetailsPage::updateActions);
    connect(m_runner, &models::ActionRunner::finished, this,
        [this](const models::ActionOutcome &outcome)
        {
            if (!outcome.failures.empty())
            {
                if (outcome.failures.size() == 1)
                    reportError(outcome.failures.front().error);
                else
                    banner()->showMessage(outcome.message());
            }
            else if (outcome.succeeded > 0)
            {
                banner()->dismiss();
                emit statusMessage(outcome.title % QStringLiteral(": ") % outcome.message(), 5000);
            }
            updateActions();
        });
    connect(m_runner, &models::ActionRunner::refreshRequested, this, &NotebookDetailsPage::refresh);
    connect(this, &NotebookDetailsPage::backRequested, this, [this] { emit navigationRequested(kNotebooksPageId); });
    connect(this, &NotebookDetailsPage::notebookDeleted, this,
        [this] { emit navigationRequested(kNotebooksPageId, kReloadNotebooksArgument); });

    const auto updateEventCount = [this]
    {
        m_eventCount->setText(
            m_eventProxy->rowCount() == 1 ? tr("1 event") : tr("%1 events").arg(m_eventProxy->rowCount()));
    };
    connect(m_eventProxy, &QAbstractItemModel::rowsInserted, this, updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::rowsRemoved, this, updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::modelReset, this, updateEventCount);

    updateHeader();
    updateActions();
}

NotebookDetailsPage::~NotebookDetailsPage() = default;

ResourceDetailsPage::Texts NotebookDetailsPage::texts()
{
    Texts t;
    t.listTitle = tr("Notebooks");
    t.backToolTip = tr("Back to the list of notebooks");
    t.refreshToolTip = tr("Reload the notebook and the tab shown");
    return t;
}

// ---------------------------------------------------------------------------------------
// Layout

void NotebookDetailsPage::buildLayout()
{
    nameLabel()->setObjectName(QStringLiteral("notebookName"));
    m_open = addHeaderButton(tr("Open"), QStringLiteral("openButton"), QStyle::SP_DialogOpenButton,
        tr("Open JupyterLab in the browser; only a running notebook can be opened"));
    m_start = addHeaderButton(
        tr("Start"), QStringLiteral("startButton"), QStyle::SP_MediaPlay, tr("Start the stopped notebook"));
    m_stop = addHeaderButton(
        tr("Stop"), QStringLiteral("stopButton"), QStyle::SP_MediaStop, tr("Stop the running notebook"));
    m_renew = addHeaderButton(tr("Renew"), QStringLiteral("renewButton"), QStyle::SP_BrowserReload,
        tr("Stop automatically one hour from now (More > Renew for… offers longer)"));
    m_connect = addHeaderButton(tr("Connect…"), QStringLiteral("connectButton"), QStyle::SP_ComputerIcon,
        tr("Connect with VS Code / SSH (remote SSH must be enabled)"));
    m_more = addHeaderButton(tr("More"), QStringLiteral("moreButton"), QStyle::SP_FileDialogDetailedView,
        tr("More operations on the notebook"));
    m_delete = addHeaderButton(tr("Delete"), QStringLiteral("deleteButton"), QStyle::SP_TrashIcon,
        tr("Delete the notebook and release its EVS disk"));
    m_moreMenu = new QMenu(this);
    m_renewFor = m_moreMenu->addAction(tr("Renew for…"));
    m_saveImage = m_moreMenu->addAction(tr("Save Image…"));
    m_changeImage = m_moreMenu->addAction(tr("Change Image…"));
    m_modifyFlavor = m_moreMenu->addAction(tr("Modify Specifications…"));
    m_edit = m_moreMenu->addAction(tr("Edit Name and Description…"));
    m_ssh = m_moreMenu->addAction(tr("Remote SSH…"));
    m_renewFor->setObjectName(QStringLiteral("renewForAction"));
    m_saveImage->setObjectName(QStringLiteral("saveImageAction"));
    m_changeImage->setObjectName(QStringLiteral("changeImageAction"));
    m_modifyFlavor->setObjectName(QStringLiteral("modifyFlavorAction"));
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_ssh->setObjectName(QStringLiteral("sshAction"));
    m_more->setMenu(m_moreMenu);

    connect(m_open, &QPushButton::clicked, this, &NotebookDetailsPage::openNotebook);
    connect(m_start, &QPushButton::clicked, this, &NotebookDetailsPage::startNotebook);
    connect(m_stop, &QPushButton::clicked, this, &NotebookDetailsPage::stopNotebook);
    connect(m_renew, &QPushButton::clicked, this, &NotebookDetailsPage::renewNotebook);
    connect(m_delete, &QPushButton::clicked, this, &NotebookDetailsPage::deleteNotebook);
    connect(m_connect, &QPushButton::clicked, this,
        [this]
        {
            if (const auto &n = m_watcher->value())
                m_ops->connectSsh(*n);
        });
    // One plain lambda per action: a generic lambda returning lambdas over member pointers
    // read past its closure with GCC 12 (ASan: stack-buffer-overflow when the action fired).
    connect(m_renewFor, &QAction::triggered, this, [this] { askAndRun(&NotebookOperations::renewFor); });
    connect(m_saveImage, &QAction::triggered, this, [this] { askAndRun(&NotebookOperations::saveImage); });
    connect(m_edit, &QAction::triggered, this, [this] { askAndRun(&NotebookOperations::editDetails); });
    connect(m_ssh, &QAction::triggered, this, [this] { askAndRun(&NotebookOperations::updateSsh); });
    connect(m_changeImage, &QAction::triggered, this,
        [this]
        {
            if (const auto &n = m_watcher->value())
                m_ops->changeImage(*n, [this](const models::Action &a) { runAction(a); });
        });
    connect(m_modifyFlavor, &QAction::triggered, this,
        [this]
        {
            if (const auto &n = m_watcher->value())
                m_ops->modifyFlavor(*n, [this](const models::Action &a) { runAction(a); });
        });

    m_basicGroup = overview()->addGroup(tr("Basic Information"));
    m_accessGroup = overview()->addGroup(tr("Access"));
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("detailsSplitter")))
        splitter->setSizes({ 470, 610 }); // image names and the JupyterLab address are long
    addTab(buildStorageTab(), tr("Storage"));
    addTab(buildEventsTab(), tr("Events"));
    m_tagsTab = new widgets::TagsTab(api::kMaxNotebookTags, tr("A notebook has at most %1 tags; delete one first."));
    connect(m_tagsTab, &widgets::TagsTab::addRequested, this, &NotebookDetailsPage::addTag);
    connect(m_tagsTab, &widgets::TagsTab::deleteRequested, this, &NotebookDetailsPage::deleteTags);
    addTagsTab(m_tagsTab);
    connect(tabs(), &QTabWidget::currentChanged, this, [this] { refreshCurrentTab(); });
}

QWidget *NotebookDetailsPage::buildStorageTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);
    auto *evsTitle = new QLabel(tr("<b>Storage</b>"), tab);
    layout->addWidget(evsTitle);
    auto *evsRow = new QHBoxLayout;
    m_evsSize = new QLabel(tab);
    m_evsSize->setObjectName(QStringLiteral("evsSize"));
    m_evsSize->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expand = new QPushButton(tr("Expand…"), tab);
    m_expand->setObjectName(QStringLiteral("expandButton"));
    m_expand->setToolTip(tr("Grow the EVS disk while the notebook runs: at most %1 GB a step, %2 GB in all")
                             .arg(api::kMaxEvsStepGb)
                             .arg(api::kMaxEvsGb));
    evsRow->addWidget(m_evsSize, 1);
    evsRow->addWidget(m_expand);
    layout->addLayout(evsRow);
    connect(m_expand, &QPushButton::clicked, this,
        [this]
        {
            if (const auto &n = m_watcher->value())
                runAsked(m_ops->expandStorage(*n));
        });

    auto *obsTitle = new QLabel(tr("<b>Mounted OBS Storage</b>"), tab);
    layout->addSpacing(8);
    layout->addWidget(obsTitle);
    layout->addWidget(mutedLabel(tab, QStringLiteral("mountHint"),
        tr("OBS folders mounted into the running notebook under /data/. The data stays in OBS when a folder is "
           "unmounted.")));
    auto *bar = new QHBoxLayout;
    m_mount = new QPushButton(tr("Mount…"), tab);
    m_mount->setObjectName(QStringLiteral("mountButton"));
    m_unmount = new QPushButton(tr("Unmount"), tab);
    m_unmount->setObjectName(QStringLiteral("unmountButton"));
    bar->addWidget(m_mount);
    bar->addWidget(m_unmount);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_mounts = widgets::makeReadOnlyTable(
        tab, QStringLiteral("mountTable"), { tr("Mount Path"), tr("Storage Path"), tr("Status") });
    m_mounts->setColumnWidth(0, 170);
    m_mounts->setColumnWidth(1, 260);
    layout->addWidget(m_mounts, 1);
    connect(m_mount, &QPushButton::clicked, this,
        [this]
        {
            if (const auto &n = m_watcher->value())
                runAsked(m_ops->mountObs(*n));
        });
    connect(m_unmount, &QPushButton::clicked, this,
        [this]
        {
            const auto &n = m_watcher->value();
            const QModelIndexList rows = m_mounts->selectionModel()->selectedRows();
            if (!n || rows.isEmpty() || rows.front().row() >= int(m_mountList.size()))
                return;
            runAction(m_ops->unmountObs(*n, m_mountList[size_t(rows.front().row())]));
        });
    connect(
        m_mounts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotebookDetailsPage::updateActions);
    return tab;
}

QWidget *NotebookDetailsPage::buildEventsTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_eventRefresh = new QComboBox(tab);
    m_eventRefresh->setObjectName(QStringLiteral("eventRefreshCombo"));
    m_eventRefresh->addItem(tr("Every 30 seconds"), 30000);
    m_eventRefresh->addItem(tr("Every minute"), 60000);
    m_eventRefresh->addItem(tr("Every 5 minutes"), 300000);
    m_eventRefresh->addItem(tr("Off", "auto-refresh"), 0);
    m_eventRefresh->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_eventRefresh, &QComboBox::currentIndexChanged, this, &NotebookDetailsPage::updateEventTimer);
    m_eventCount = mutedLabel(tab, QStringLiteral("eventCount"));
    m_eventCount->setWordWrap(false);
    bar->addWidget(new QLabel(tr("Auto refresh"), tab));
    bar->addWidget(m_eventRefresh);
    bar->addStretch(1);
    bar->addWidget(m_eventCount);

    auto *view = new QTableView(tab);
    view->setObjectName(QStringLiteral("eventView"));
    view->setModel(m_eventProxy);
    widgets::applyConsoleTableLook(view);
    view->setSortingEnabled(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setItemDelegateForColumn(
        EventModel::Severity, new widgets::StatusBadgeDelegate(EventModel::SeverityRole, view));
    view->sortByColumn(EventModel::Occurred, Qt::DescendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(EventModel::Event, 170);
    header->setSectionResizeMode(EventModel::Description, QHeaderView::Stretch);
    header->resizeSection(EventModel::Severity, 90);
    header->resizeSection(
        EventModel::Occurred, view->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return tab;
}

// ---------------------------------------------------------------------------------------
// Connection and notebook

void NotebookDetailsPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_runner->cancel();
    m_connection = connection;
    api::ApiClient *client = connection ? connection->client() : nullptr;
    m_watcher->setClient(client);
    m_runner->setClient(client);
    m_events->setClient(client);
    m_ops->setConnection(connection);
    if (!m_id.isEmpty())
    {
        const QString id = m_id;
        m_id.clear();
        showNotebook(id);
    }
    updateActions();
}

void NotebookDetailsPage::open(const QVariant &argument)
{
    const QString id = argument.toString();
    if (!id.isEmpty())
        showNotebook(id);
}

void NotebookDetailsPage::showNotebook(const QString &id)
{
    if (id != m_id)
    {
        m_id = id;
        resetForNotebook();
    }
    refresh();
}

std::optional<api::Notebook> NotebookDetailsPage::notebook() const
{
    return m_watcher->value();
}

void NotebookDetailsPage::setPollInterval(int ms)
{
    m_watcher->setInterval(ms);
    m_tabTimer->setInterval(ms);
}

void NotebookDetailsPage::resetForNotebook()
{
    newGeneration();
    m_mountList.clear();
    banner()->dismiss();
    overview()->clear();
    m_watcher->setResourceId(m_id);
    m_events->setNotebook(m_id);
    m_mounts->setRowCount(0);
    m_tagsTab->clear();
    m_evsSize->clear();
    updateHeader();
    updateActions();
}

void NotebookDetailsPage::refresh()
{
    if (!m_connection || m_id.isEmpty())
        return;
    m_watcher->refreshNow();
    refreshCurrentTab();
}

void NotebookDetailsPage::refreshCurrentTab()
{
    if (!m_connection || m_id.isEmpty() || !isActive())
        return;
    switch (tabs()->currentIndex())
    {
    case StorageTab:
        loadMounts();
        break;
    case EventsTab:
        m_events->refresh();
        break;
    case TagsTab:
        loadTags();
        break;
    default:
        break;
    }
}

void NotebookDetailsPage::activeChanged(bool active)
{
    m_watcher->setActive(active);
    if (active)
    {
        m_tickTimer->start();
        m_tabTimer->start();
        refreshCurrentTab();
    }
    else
    {
        m_tickTimer->stop();
        m_tabTimer->stop();
    }
    updateEventTimer();
}

int NotebookDetailsPage::eventRefreshMs() const
{
    return m_eventRefresh->currentData().toInt();
}

void NotebookDetailsPage::updateEventTimer()
{
    const int ms = eventRefreshMs();
    if (isActive() && ms > 0)
        m_eventTimer->start(ms);
    else
        m_eventTimer->stop();
}

void NotebookDetailsPage::onUpdated(const QStringList &fields)
{
    updateHeader();
    updateOverview();
    updateStorage();
    updateActions();
    // A status change (a mount becomes possible, an expansion ends) shows at once on the Storage tab.
    if (fields.contains(QStringLiteral("status")) || fields.contains(QStringLiteral("volume")))
        refreshCurrentTab();
    if (m_watcher->isFinal())
        emit notebookDeleted(m_id);
    emit notebookLoaded();
}

QString NotebookDetailsPage::status() const
{
    const auto &n = m_watcher->value();
    return n ? n->status.value_or(QString()) : QString();
}

void NotebookDetailsPage::updateHeader()
{
    const auto &n = m_watcher->value();
    setWatchTarget(m_connection, models::WatchKind::Notebook, m_id, n ? NotebookOperations::nameOf(*n) : QString());
    if (!n)
    {
        setDisplayName(m_id.isEmpty() ? QString() : tr("Loading…"));
        clearStatus();
        return;
    }
    setDisplayName(NotebookOperations::nameOf(*n));
    const models::StatusWord word = nbs::word(status());
    setStatus(word.text, widgets::Theme::badgeName(static_cast<widgets::StatusTone>(word.badge)));
}

qint64 NotebookDetailsPage::remainingMs() const
{
    const auto &n = m_watcher->value();
    if (!n || status() != u"RUNNING" || !n->lease || !n->lease->enable.value_or(false))
        return -1;
    const auto expires = api::leaseExpiresAtMs(*n->lease);
    return expires ? *expires - QDateTime::currentMSecsSinceEpoch() : -1;
}

void NotebookDetailsPage::updateCountdown()
{
    const qint64 left = remainingMs();
    overview()->setValue(tr("Auto Stop"),
        left >= 0
            ? tr("%1 left").arg(models::NotebookListModel::countdownText(left))
            : (m_watcher->value() && m_watcher->value()->lease && !m_watcher->value()->lease->enable.value_or(true)
                    ? tr("Off")
                    : tr("Not counting (the notebook is not running)")));
}

void NotebookDetailsPage::updateOverview()
{
    const auto &value = m_watcher->value();
    if (!value)
        return;
    const api::Notebook &n = *value;
    QList<widgets::OverviewRow> rows;
    rows.append({ tr("Name"), NotebookOperations::nameOf(n) });
    rows.append({ tr("ID"), n.id.value_or(QString()) });
    rows.append({ tr("Status"), nbs::word(status()).text });
    if (n.failReason && !n.failReason->isEmpty())
        rows.append({ tr("Failure Reason"), *n.failReason });
    rows.append({ tr("Auto Stop"), QString() });
    rows.append({ tr("Description"), n.description.value_or(QString()) });
    rows.append({ tr("Image"), models::NotebookListModel::imageText(n) });
    rows.append({ tr("Flavor"), n.flavor.value_or(QString()) });
    rows.append({ tr("Resource Pool"), models::NotebookListModel::poolText(n) });
    if (n.volume)
        rows.append({ tr("Storage"),
            tr("%1, %2 GB")
                .arg(n.volume->category.value_or(QStringLiteral("EVS")))
                .arg(n.volume->capacity.value_or(0)) });
    rows.append({ tr("Created"), timeText(n.createAt) });
    rows.append({ tr("Updated"), timeText(n.updateAt) });
    overview()->setRows(m_basicGroup, rows);

    QList<widgets::OverviewRow> access;
    const QString url = n.url.value_or(QString());
    access.append({ tr("JupyterLab"), url.isEmpty() ? tr("Available while running") : publicUrl(url) });
    QString host;
    int port = 0;
    if (NotebookOperations::sshEndpoint(n, &host, &port))
        access.append({ tr("Remote SSH"), tr("ma-user@%1, port %2").arg(host).arg(port) });
    else
    {
        bool sshOn = false;
        for (const api::NotebookEndpoint &e : n.endpoints.value_or(std::vector<api::NotebookEndpoint>()))
            sshOn = sshOn || e.service.value_or(QString()).compare(u"SSH", Qt::CaseInsensitive) == 0;
        access.append({ tr("Remote SSH"), sshOn ? tr("Enabled") : tr("Disabled") });
    }
    overview()->setRows(m_accessGroup, access);
    updateCountdown();
}

void NotebookDetailsPage::updateStorage()
{
    const auto &n = m_watcher->value();
    if (!n || !n->volume)
    {
        m_evsSize->setText(tr("No EVS disk"));
        return;
    }
    const api::NotebookVolume &v = *n->volume;
    const QString category = v.category.value_or(QString()).toUpper();
    if (category != u"EVS")
    {
        m_evsSize->setText(
            tr("%1 storage at %2").arg(category, v.mountPath.value_or(QStringLiteral("/home/ma-user/work/"))));
        return;
    }
    QString text = tr("EVS disk: %1 GB at %2")
                       .arg(v.capacity.value_or(0))
                       .arg(v.mountPath.value_or(QStringLiteral("/home/ma-user/work/")));
    if (v.status.value_or(QString()) == u"RESIZING")
        text += tr(" (expanding)");
    m_evsSize->setText(text);
}

void NotebookDetailsPage::loadMounts()
{
    api::ApiCall *call = m_connection->client()->send(api::notebooks::storage(m_id));
    const quint64 sent = generation();
    api::whenDecoded<api::DataVolumeList>(call, this,
        [this, sent](const api::Typed<api::DataVolumeList> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                return;
            }
            const int selected = m_mounts->selectionModel()->hasSelection()
                ? m_mounts->selectionModel()->selectedRows().front().row()
                : -1;
            m_mountList = result.value.data;
            m_mounts->setRowCount(int(m_mountList.size()));
            for (int row = 0; row < int(m_mountList.size()); ++row)
            {
                const api::DataVolume &v = m_mountList[size_t(row)];
                m_mounts->setItem(row, 0, new QTableWidgetItem(v.mountPath.value_or(QString())));
                m_mounts->setItem(row, 1, new QTableWidgetItem(v.uri.value_or(QString())));
                m_mounts->setItem(row, 2, new QTableWidgetItem(mountStatusText(v.status.value_or(QString()))));
            }
            if (selected >= 0 && selected < m_mounts->rowCount())
                m_mounts->selectRow(selected);
            updateActions();
            emit mountsLoaded();
        });
}

void NotebookDetailsPage::loadTags()
{
    api::ApiCall *call = m_connection->client()->send(api::notebooks::tags(m_id));
    const quint64 sent = generation();
    api::whenDecoded<api::NotebookTagList>(call, this,
        [this, sent](const api::Typed<api::NotebookTagList> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                return;
            }
            QMap<QString, QString> now;
            for (const api::NotebookTag &tag : result.value.tags)
                if (tag.key)
                    now.insert(*tag.key, tag.value.value_or(QString()));
            m_tagsTab->setTags(now);
            emit tagsLoaded();
        });
}

void NotebookDetailsPage::addTag(const QString &key, const QString &value)
{
    if (key.isEmpty() || !m_tagsTab->hasRoomFor(key))
        return;
    api::NotebookTag tag;
    tag.key = key;
    tag.value = value;
    api::NotebookTagList body;
    body.tags.push_back(tag);
    models::Action action;
    action.title = tr("Add tag");
    action.calls.push_back({ key, api::notebooks::addTags(m_id, body) });
    if (runAction(action))
        m_tagsTab->clearInputs();
}

void NotebookDetailsPage::deleteTags(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    api::NotebookTagList body;
    for (const QString &key : keys)
    {
        api::NotebookTag tag;
        tag.key = key;
        body.tags.push_back(tag);
    }
    models::Action action;
    action.title = tr("Delete tags");
    action.confirmation = widgets::TagsTab::deleteConfirmation(keys);
    action.calls.push_back({ keys.join(QStringLiteral(", ")), api::notebooks::removeTags(m_id, body) });
    runAction(action);
}

// ---------------------------------------------------------------------------------------
// Operations

bool NotebookDetailsPage::runAction(const models::Action &action)
{
    if (!m_connection || action.calls.empty())
        return false;
    return m_runner->request(action);
}

void NotebookDetailsPage::askAndRun(Operation operation)
{
    if (const auto &n = m_watcher->value())
        runAsked((m_ops->*operation)(*n));
}

void NotebookDetailsPage::runAsked(const std::optional<models::Action> &action)
{
    if (action)
        runAction(*action);
}

void NotebookDetailsPage::openNotebook()
{
    if (const auto &n = m_watcher->value())
        m_ops->open(*n);
}

void NotebookDetailsPage::startNotebook()
{
    if (const auto &n = m_watcher->value())
        runAction(m_ops->start({ *n }));
}

void NotebookDetailsPage::stopNotebook()
{
    if (const auto &n = m_watcher->value())
        runAction(m_ops->stop({ *n }));
}

void NotebookDetailsPage::renewNotebook()
{
    const auto &n = m_watcher->value();
    if (n && nbs::canRenew(status()))
        runAction(m_ops->renew(*n));
}

void NotebookDetailsPage::deleteNotebook()
{
    const auto &n = m_watcher->value();
    if (!n || !m_connection || m_runner->isBusy())
        return;
    const auto action = m_ops->remove({ *n });
    if (!action)
        return;
    const QString id = m_id;
    const QString name = NotebookOperations::nameOf(*n);
    m_delete->setEnabled(false);
    sendAction(m_connection->client()->send(action->calls.front().request),
        [this, id, name]
        {
            emit statusMessage(tr("Deleting the notebook “%1”").arg(name), 5000);
            m_id.clear();
            resetForNotebook();
            emit notebookDeleted(id);
        });
}

void NotebookDetailsPage::updateActions()
{
    if (!m_open || !m_mounts || !m_tagsTab)
        return; // still being built
    const auto &n = m_watcher->value();
    const bool ready = m_connection && !m_id.isEmpty() && n && !m_runner->isBusy();
    const QString s = status();
    m_open->setEnabled(n && nbs::canOpen(s) && !n->url.value_or(QString()).isEmpty());
    m_start->setEnabled(ready && nbs::canStart(s));
    m_stop->setEnabled(ready && nbs::canStop(s));
    m_renew->setEnabled(ready && nbs::canRenew(s));
    QString host;
    int port = 0;
    m_connect->setEnabled(n && nbs::canOpen(s) && NotebookOperations::sshEndpoint(*n, &host, &port));
    m_delete->setEnabled(ready && nbs::canDelete(s));
    m_more->setEnabled(ready);
    m_renewFor->setEnabled(ready && nbs::canRenew(s));
    m_saveImage->setEnabled(ready && nbs::canSaveImage(s));
    m_changeImage->setEnabled(ready && nbs::canChangeImage(s));
    m_modifyFlavor->setEnabled(ready && nbs::canModifyFlavor(s));
    m_edit->setEnabled(ready && nbs::canEditDetails(s));
    m_ssh->setEnabled(ready && nbs::canUpdateSsh(s));
    const bool evs
        = n && n->volume && n->volume->category.value_or(QString()).compare(u"EVS", Qt::CaseInsensitive) == 0;
    const int size = evs ? n->volume->capacity.value_or(0) : 0;
    const bool resizing = evs && n->volume->status.value_or(QString()) == u"RESIZING";
    m_expand->setEnabled(ready && evs && nbs::canExpandStorage(s) && size < api::kMaxEvsGb && !resizing);
    m_expand->setToolTip(!evs        ? tr("Only EVS storage can be expanded")
            : size >= api::kMaxEvsGb ? tr("The disk has reached %1 GB, the largest EVS disk").arg(api::kMaxEvsGb)
            : !nbs::canExpandStorage(s)
            ? tr("Storage can be expanded only while the notebook is running")
            : tr("Grow the EVS disk: at most %1 GB a step, %2 GB in all").arg(api::kMaxEvsStepGb).arg(api::kMaxEvsGb));
    m_mount->setEnabled(ready && nbs::canMountStorage(s));
    m_unmount->setEnabled(ready && nbs::canMountStorage(s) && m_mounts->selectionModel()->hasSelection());
    m_tagsTab->setReady(m_connection && !m_id.isEmpty() && !m_runner->isBusy());
}

QString NotebookDetailsPage::overviewValue(const QString &label) const
{
    return overview()->value(label);
}

std::optional<ApiCallSource> NotebookDetailsPage::resourceCall() const
{
    if (!m_connection || m_id.isEmpty())
        return std::nullopt;
    return ApiCallSource { m_connection, api::notebooks::show(m_id), QString() };
}
} // namespace ma::ui
