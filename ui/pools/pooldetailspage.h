#pragma once

// The details page of a dedicated resource pool (pools_monitoring.md §3): the header with the
// pool's name, status badge and operations (Resize, Set Job Type, Delete; More: Upgrade Driver,
// Migrate Workspace), Basic Information and Network on the left, and the Nodes (Restart, Reset,
// Replace, Delete; More: Enable/Disable HA Redundancy), Specifications, Jobs, Events and Tags tabs.
//
// The pool is read by a PoolWatcher and the tabs refreshed on one timer, both only while the
// page is on screen. Node and pool operations go through an ActionRunner with the console's
// conditions (§4): buttons are enabled by the pool's and the selected nodes' states.

#include "api/types/network.h"
#include "api/types/pool.h"
#include "models/actionrunner.h"
#include "models/poolwatcher.h"
#include "ui/pools/pooldriverupgradedialog.h"
#include "ui/pools/poolmigratedialog.h"
#include "ui/pools/poolresizedialog.h"
#include "ui/resourcedetailspage.h"

#include <functional>
#include <optional>
#include <QPointer>
#include <QStringList>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace ma::models
{
class Connection;
class PoolEventModel;
class PoolNodeListModel;
class PoolWorkloadModel;
} // namespace ma::models

namespace ma::widgets
{
class TagsTab;
}

namespace ma::ui
{
class PoolMonitoringTab;
class PoolDetailsPage final : public ResourceDetailsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolDetailsPage)

public:
    enum Tab
    {
        MonitoringTab, // first, as in the console; the page opens on Nodes
        NodesTab,
        SpecificationsTab,
        JobsTab,
        EventsTab,
        TagsTab,
    };

    /** Milliseconds between reads of the pool and of the tab shown. */
    static constexpr int kPollMs = 5000;

    explicit PoolDetailsPage(QWidget *parent = nullptr);
    ~PoolDetailsPage() override;

    /** Not owned; may be nullptr. Another connection reloads the pool shown. */
    void setConnection(models::Connection *connection) override;
    /** The argument is the pool's id (metadata.name). */
    void open(const QVariant &argument) override;

    void showPool(const QString &poolName);
    QString poolName() const { return m_poolName; }
    /** The pool's GET (P-3) for Copy as API Call. */
    std::optional<ApiCallSource> resourceCall() const override;
    std::optional<api::Pool> pool() const;
    /** Changes how often the pool and the tab shown are read (tests poll faster). */
    void setPollInterval(int ms);

    models::PoolWatcher *watcher() const { return m_watcher; }
    models::PoolNodeListModel *nodeModel() const { return m_nodes; }
    PoolMonitoringTab *monitoringTab() const { return m_monitoring; }
    QTableView *nodeView() const { return m_nodeView; }
    QLineEdit *nodeSearch() const { return m_nodeSearch; }
    models::PoolWorkloadModel *workloadModel() const { return m_workloads; }
    models::PoolEventModel *eventModel() const { return m_events; }
    QComboBox *eventTypeCombo() const { return m_eventType; }
    QTableWidget *specificationTable() const { return m_specs; }
    models::ActionRunner *actionRunner() const { return m_runner; }

    QPushButton *resizeButton() const { return m_resize; }
    QPushButton *jobTypesButton() const { return m_jobTypes; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *moreButton() const { return m_more; }
    QAction *upgradeDriverAction() const { return m_upgradeDriver; }
    QAction *migrateWorkspaceAction() const { return m_migrateWorkspace; }
    QAction *interconnectVpcAction() const { return m_interconnectVpc; }
    QAction *restartNodesAction() const { return m_restartNodes; }
    QAction *resetNodesAction() const { return m_resetNodes; }
    QAction *replaceNodeAction() const { return m_replaceNode; }
    QAction *deleteNodesAction() const { return m_deleteNodes; }
    QAction *enableHaAction() const { return m_enableHa; }
    QAction *disableHaAction() const { return m_disableHa; }
    QToolButton *nodeMoreButton() const { return m_nodeMore; }

    /** What the Upgrade Driver dialog shows: the pool's driver and its nodes' versions; nothing without a driver. */
    std::optional<PoolDriverUpgradeDialog::Input> driverUpgradeInput() const;

    /** Text of an overview row ("Status", "ID"...); empty when not shown. */
    QString overviewValue(const QString &label) const;
    /** The status counts line of the Jobs tab. */
    QString jobCountsText() const;

    /** Node names of the selected rows, in view order. */
    QStringList selectedNodeNames() const;
    /** Nodes whose CPUs or accelerators are partly allocated: the pool cannot shrink below them. */
    int nodesInUse() const;

public slots:
    void refresh() override;

    void restartSelectedNodes();
    void resetSelectedNodes();
    void deleteSelectedNodes();
    /** Replaces the one selected node (POST …/nodes/batch-replace) after a confirmation naming it. */
    void replaceSelectedNode();
    /** HA redundancy on or off for the selected nodes (POST …/nodes/batch-update, haRedundant). */
    void enableHaForSelectedNodes();
    void disableHaForSelectedNodes();
    /** Asks for the target version and mode (PoolDriverUpgradeDialog), then upgradeDriverTo(). */
    void upgradeDriver();
    /** PATCH spec.driver (and the rolling annotation), after a confirmation naming the change. */
    void upgradeDriverTo(const ma::ui::PoolDriverUpgradeDialog::Choice &choice);
    /** Reads the workspaces (W-2), asks for the target (PoolMigrateDialog), then migrateTo(). */
    void migrateWorkspace();
    /** PATCH the label os.modelarts/workspace.id, after a confirmation naming both workspaces. */
    void migrateTo(const QString &workspaceId, const QString &workspaceName = QString());
    /** Reads the VPCs and subnets, asks which to interconnect (InterconnectVpcDialog), then interconnectTo(). */
    void interconnectVpc();
    /** PATCH the network's spec.connection.peerConnectionList (empty: interconnection off), after a confirmation. */
    void interconnectTo(const std::vector<ma::api::PeerConnection> &peers);
    /** Asks for the new counts (PoolResizeDialog), then resizeTo(). */
    void resizePool();
    /** PATCH spec.resources with @p targets (after a confirmation naming the change). */
    void resizeTo(const QList<ma::ui::PoolResizeDialog::FlavorCount> &targets);
    /** Asks for the job types (PoolJobTypesDialog), then setJobTypes(). */
    void editJobTypes();
    /** PATCH spec.scope. */
    void setJobTypes(const QStringList &scope);
    /** Asks for the pool's name (PoolDeleteDialog), then deletes the pool. */
    void deletePool();
    /** Adds a tag or sets the value of an existing key (POST …/tags/create). */
    void addTag(const QString &key, const QString &value);
    /** Deletes the tags with @p keys (DELETE …/tags/delete). */
    void deleteTags(const QStringList &keys);
    /** Asks for a file, then exportNodesTo(). */
    void exportNodes();
    /** Writes the nodes shown (searched and sorted as displayed) as CSV. */
    bool exportNodesTo(const QString &path);

signals:
    /** The VPCs and subnets for Interconnect VPC have been read; the dialog opens right after. */
    void vpcsLoaded();
    /** The pool's network has been read and shown in the Network area. */
    void networkLoaded();
    /** The workspaces for Migrate Workspace have been read; the dialog opens right after. */
    void workspacesLoaded();
    /** The pool has been (re)read and shown. */
    void poolLoaded();
    /** The Tags tab shows what the server answered. */
    void tagsLoaded();
    void poolDeleted(const QString &poolName);

protected:
    void activeChanged(bool active) override;
    void updateActions() override;

private:
    static Texts texts();
    void buildLayout();
    QWidget *buildNodesTab();
    QWidget *buildSpecificationsTab();
    QWidget *buildJobsTab();
    QWidget *buildEventsTab();
    void updateMonitoringActive();

    void resetForPool();
    void onPoolUpdated(const QStringList &fields);
    void poll();
    /** The tab timer runs while the page is shown with a pool to show. */
    void updatePolling();
    void refreshCurrentTab();
    void updateHeader();
    void updateOverview();
    void updateSpecifications();
    void updateNodeCount();
    void loadFlavors();
    void loadNetwork();
    /** Reads the VPCs and subnets (names of the interconnected subnets), then calls @p then. */
    void loadVpcs(std::function<void()> then);
    QString networkName() const;
    void loadTags();
    void showTags(const std::vector<api::PoolTag> &tags);
    void loadJobCounts();
    bool runAction(const models::Action &action);
    QString phase() const;
    bool driverUpgrading() const;
    void setSelectedNodesHa(bool on);

    QPointer<models::Connection> m_connection;
    QString m_poolName;
    models::PoolWatcher *m_watcher;
    models::ActionRunner *m_runner;
    QTimer *m_pollTimer;
    std::optional<api::ResourceFlavorList> m_flavors;
    std::optional<api::Network> m_network;
    std::optional<std::vector<api::Vpc>> m_vpcs; // once read, for Interconnect VPC and the subnets' names
    std::vector<api::Subnet> m_subnets;
    QMap<QString, QString> m_tags;
    QString m_jobCounts;

    QPushButton *m_resize = nullptr;
    QPushButton *m_jobTypes = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_more = nullptr;
    QAction *m_upgradeDriver = nullptr;
    QAction *m_migrateWorkspace = nullptr;
    QAction *m_interconnectVpc = nullptr;
    QMap<QString, QString> m_workspaceNames; // id → name, once read for Migrate Workspace
    int m_basicGroup = -1;
    int m_networkGroup = -1;

    models::PoolNodeListModel *m_nodes;
    PoolMonitoringTab *m_monitoring = nullptr;
    QSortFilterProxyModel *m_nodeProxy;
    QTableView *m_nodeView = nullptr;
    QLineEdit *m_nodeSearch = nullptr;
    QLabel *m_nodeCount = nullptr;
    QAction *m_restartNodes = nullptr;
    QAction *m_resetNodes = nullptr;
    QAction *m_deleteNodes = nullptr;
    QAction *m_replaceNode = nullptr;
    QAction *m_enableHa = nullptr;
    QAction *m_disableHa = nullptr;
    QToolButton *m_nodeMore = nullptr;
    QAction *m_exportNodes = nullptr;

    QTableWidget *m_specs = nullptr;

    models::PoolWorkloadModel *m_workloads;
    QTableView *m_workloadView = nullptr;
    QLabel *m_jobCountLabel = nullptr;

    models::PoolEventModel *m_events;
    QSortFilterProxyModel *m_eventProxy;
    QComboBox *m_eventType = nullptr;
    QLabel *m_eventCount = nullptr;

    widgets::TagsTab *m_tagsTab = nullptr;
};
} // namespace ma::ui
