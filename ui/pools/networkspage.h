#pragma once

// Dedicated Resource Pools > Network (pools_monitoring.md §2.1): the project's ModelArts
// networks with their status, CIDR block, interconnected VPC subnets, the pools on each and
// the addresses left; Create (the Create Network dialog), Interconnect VPC, Migrate
// Workspace and Delete as the console's Network tab offers them.

#include "models/networklistmodel.h"
#include "ui/resourcelistpage.h"

class QAction;

namespace ma::models
{
class ListFilterModel;
} // namespace ma::models

namespace ma::ui
{
class NetworksPage final : public ResourceListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksPage)

public:
    explicit NetworksPage(QWidget *parent = nullptr);
    ~NetworksPage() override;

    models::NetworkListModel *model() const { return m_model; }
    models::ListFilterModel *filterModel() const { return m_filter; }
    QAction *interconnectAction() const { return m_interconnectAction; }
    QAction *migrateAction() const { return m_migrateAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /** Network ids (metadata.name) of the selected rows, in view order. */
    QStringList selectedNetworkNames() const;

    /** Runs the Create Network dialog; @p run shows it (tests drive it), by default exec(). */
    void setDialogRunner(std::function<void(QDialog *)> run) { m_runDialog = std::move(run); }

public slots:
    void createNetwork();
    /** Reads the VPC catalogue, asks which subnets (InterconnectVpcDialog), then sends the PATCH. */
    void interconnectSelected();
    /** Reads the workspaces, asks for the target (PoolMigrateDialog), then sends the PATCH. */
    void migrateSelected();
    void deleteSelected();

signals:
    /** The pools on each network have been read (the Resource Pools column is up to date). */
    void poolsLoaded();
    /** The VPC catalogue for Interconnect VPC has been read; the dialog opens right after. */
    void vpcsLoaded();
    /** The workspaces for Migrate Workspace have been read; the dialog opens right after. */
    void workspacesLoaded();

protected:
    void bindModels(models::Connection *connection) override;
    void applySearch(const QString &text) override;
    bool isFiltered() const override;
    QString countText(int total) const override;
    void updateRowActions() override;
    void refreshSections(bool reload) override;

private:
    static Texts texts();
    /** The one selected network, or nothing. */
    std::optional<api::Network> selectedNetwork() const;
    void runDialog(QDialog *dialog);

    models::NetworkListModel *m_model;
    models::ListFilterModel *m_filter;
    QAction *m_interconnectAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    std::function<void(QDialog *)> m_runDialog;
    bool m_reading = false; // a catalogue or workspace read for a dialog is in flight
};
} // namespace ma::ui
