#pragma once

// Resource Management > Node Map (issue 10, beyond the console): every node of one or all
// dedicated pools as a tile (NodeMapWidget) grouped by pool and AZ, coloured by status or by
// CPU / GPU-NPU utilisation, with the jobs on it in its tooltip; tiles selected by click,
// Ctrl+click or a rubber band take the Nodes tab's batch operations (NodeOperations: Restart,
// Reset, Replace, Enable/Disable HA Redundancy; one call per pool) after a confirmation.
// Polls only while shown.

#include "ui/consolepage.h"
#include "ui/pools/nodeoperations.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace ma::models
{
class ActionRunner;
class NodeMapModel;
struct Action;
} // namespace ma::models

namespace ma::widgets
{
class NodeMapWidget;
} // namespace ma::widgets

namespace ma::ui
{
class NodeMapPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMapPage)

public:
    explicit NodeMapPage(QWidget *parent = nullptr);
    ~NodeMapPage() override;

    void setConnection(models::Connection *connection) override;
    /** Opens on the pool whose id (metadata.name) is @p argument; none: all pools. */
    void open(const QVariant &argument) override;
    void applySettings() override;

    models::NodeMapModel *model() const { return m_model; }
    widgets::NodeMapWidget *map() const { return m_map; }
    models::ActionRunner *actionRunner() const { return m_runner; }
    QAction *restartAction() const { return m_restartAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *enableHaAction() const { return m_enableHaAction; }
    QAction *disableHaAction() const { return m_disableHaAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    /** Selects the pool filter entry of @p poolId (empty: All pools). */
    void setPoolFilter(const QString &poolId);

public slots:
    void restartSelected();
    void resetSelected();
    /** Replaces the one selected node (it must be Available or Abnormal). */
    void replaceSelected();
    void enableHaForSelected();
    void disableHaForSelected();
    /** Deletes the selected nodes, keeping the last node of each pool (as the Nodes tab does). */
    void deleteSelected();
    void reload();

protected:
    void activeChanged(bool active) override;

private:
    void buildLayout();
    void rebuildTiles();
    void updatePoolFilter();
    void updateSummary();
    void updateActions();
    void runNodeOperation(ma::ui::NodeOperations::Kind kind);
    /** The selected nodes @p kind applies to, by pool; @p skipped counts the others. */
    QList<NodeOperations::PoolNodes> targetsFor(NodeOperations::Kind kind, int &skipped) const;
    void scheduleRebuild();

    QPointer<models::Connection> m_connection;
    models::NodeMapModel *m_model;
    models::ActionRunner *m_runner;
    widgets::NodeMapWidget *m_map = nullptr;
    QScrollArea *m_scroll = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QComboBox *m_poolFilter = nullptr;
    QComboBox *m_colourMode = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_enableHaAction = nullptr;
    QAction *m_disableHaAction = nullptr;
    QToolButton *m_moreButton = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_refreshTimer;
    QTimer *m_rebuildTimer;
    QString m_wantedPool; // asked for by open() before the pool list came
};
} // namespace ma::ui
