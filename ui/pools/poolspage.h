#pragma once

// Resource Management > Dedicated Resource Pools: the console's pool list (name/ID, status,
// node status, nodes available/total, type, job types, flavors, creation time), searched and
// filtered by status here (the pool list API has no search), with Delete for one or many
// pools, Upgrade Driver for a running GPU/NPU pool, CSV export and auto-refresh that never
// resets the rows (ResourceListPage).

#include "ui/resourcelistpage.h"

class QAction;
class QComboBox;

namespace ma::models
{
class ListFilterModel;
class PoolListModel;
} // namespace ma::models

namespace ma::ui
{
class PoolsPage final : public ResourceListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolsPage)

public:
    explicit PoolsPage(QWidget *parent = nullptr);
    ~PoolsPage() override;

    models::PoolListModel *model() const { return m_model; }
    models::ListFilterModel *filterModel() const { return m_filter; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *upgradeDriverAction() const { return m_upgradeDriverAction; }

    /** Pool ids (metadata.name) of the selected rows, in view order. */
    QStringList selectedPoolNames() const;
    /** kReloadPoolsArgument loads the list again. */
    void open(const QVariant &argument) override;

public slots:
    void deleteSelected();
    /** Reads the nodes of the one selected pool, asks (PoolDriverUpgradeDialog), then sends the PATCH. */
    void upgradeDriverOfSelected();

protected:
    void bindModels(models::Connection *connection) override;
    void applySearch(const QString &text) override;
    bool isFiltered() const override;
    QString countText(int total) const override;
    void updateRowActions() override;
    void rowActivated(const QModelIndex &index) override;

private:
    static Texts texts();
    void applyStatusFilter();

    models::PoolListModel *m_model;
    models::ListFilterModel *m_filter;
    QComboBox *m_status = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upgradeDriverAction = nullptr;
};
} // namespace ma::ui
