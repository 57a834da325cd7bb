#pragma once

// Resource Management > Dedicated Resource Pools > Buy AI Dedicated Cluster
// (pools_monitoring.md §1.1, Table 3-1): the console's form in its order (Billing Mode,
// Cluster Specifications, Network, Default Setting with several flavors, Resource scheduling,
// HA redundancy, Advanced Options, Required Duration), a bottom bar with Buy Now.
//
// The form edits a models::PoolDraft; validatePoolField() checks each field as it is edited
// and validatePoolDraft() everything on Buy Now, the messages under their fields. Buy Now
// checks the pool quota (P-19) in a Confirm dialog, then POSTs the pool (P-1) and its tags.
// A server error stays on the form with every field kept. After the order the window goes
// to the pool list; the page watches the new pool, and if its creation fails (a flavor sold
// out, L1143) the form comes back with the server's reason and the draft. An unfinished form
// is autosaved (models::DraftStore) and restored.

#include "api/types/network.h"
#include "api/types/pool.h"
#include "models/draftstore.h"
#include "models/poolformvalidator.h"
#include "models/poolwatcher.h"
#include "models/presubmitchecks.h"
#include "ui/apicallmenu.h"
#include "ui/consolepage.h"
#include "ui/pools/createpoolconfirmdialog.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QPointer>
#include <QSet>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTimer;

namespace Ui
{
class CreatePoolPage;
} // namespace Ui

namespace ma::ui
{
class CreatePoolFlavorEditor;

class CreatePoolPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePoolPage)

public:
    /** Answers the Confirm dialog (tests): gets the summary HTML and the quota check, returns true for Buy Now. */
    using ConfirmHandler = std::function<bool(const QString &summaryHtml, const CreatePoolConfirmDialog::Quota &)>;
    /** Answers the Create Network dialog (tests); gets the dialog before it is shown. */
    using NetworkDialogHandler = std::function<void(class CreateNetworkDialog *)>;

    explicit CreatePoolPage(QWidget *parent = nullptr);
    ~CreatePoolPage() override;

    /** Loads the flavors (P-13), networks (P-16) and pool names (P-2) of @p connection (not owned). */
    void setConnection(models::Connection *connection) override;
    /** Opens a fresh form: the autosaved draft when there is one (with a banner), else the defaults. */
    void open(const QVariant &argument) override;

    models::PoolDraft draft() const { return m_draft; }
    void setDraft(const models::PoolDraft &draft);

    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    /** The pre-submit checks of the last Confirm step (quota, flavors on sale, cost), or nullptr. */
    models::PreSubmitChecks *preSubmitChecks() const { return m_checks; }
    void setNetworkDialogHandler(NetworkDialogHandler handler) { m_networkDialog = std::move(handler); }

    /** The messages shown for @p field (and @p row for row fields), joined by new lines. */
    QString fieldMessage(models::PoolField field, int row = -1) const;
    QList<models::PoolIssue> visibleIssues() const { return m_issues; }
    /** The server error shown at the top of the form, empty when none. */
    QString submitError() const;
    bool isSubmitting() const { return m_submitting; }
    /** The pool ordered last (metadata.name) while the page watches it; empty otherwise. */
    QString watchedPool() const { return m_watchedPool; }
    const models::DraftStore &draftStore() const { return m_store; }
    models::PoolFormContext formContext() const;
    /** True once the flavors, networks and pools have arrived. */
    bool isCatalogLoaded() const { return m_pendingLoads == 0 && m_loadedOnce; }

    CreatePoolFlavorEditor *flavorEditor() const;

    /** The create request (P-1) Buy Now sends for the draft as it is (the tags follow in a call of their own). */
    api::ApiRequest createRequest() const;
    /**
     * What Copy as API Call copies: createRequest() of the fields as they are now, with the
     * first error when the form has one; nullopt without a connection.
     */
    std::optional<ApiCallSource> createCall();
    /** The bottom bar's Copy as API Call button. */
    QPushButton *apiCallButton() const { return m_apiCallButton; }

public slots:
    void submit();
    void cancel();
    void saveDraftNow();
    void discardDraft();
    /** Opens the Create Network dialog; the network created is selected. */
    void createNetwork();
    void reloadCatalog();

signals:
    /** The order was accepted: the pool @p poolName (metadata.name) is being created. */
    void submitted(const QString &poolName);
    /** The pool ordered last reached Running (true) or failed (false). */
    void creationFinished(const QString &poolName, bool running);
    void catalogLoaded();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct FlavorInfo
    {
        QString id;
        QString text; // "GPU: 4*T4(16GB) | CPU: 32 vCPUs 128GB"
        QString cpuArch; // x86 | arm64
        QString type; // CPU | GPU | Ascend
        bool soldOut = false;
        bool haRedundancy = false;
        int containerDiskGiB = 0; // 0: unknown
        QStringList zones;
    };
    void setupWidgets();
    void connectEdits();

    void populateFromDraft();
    void collectIntoDraft();
    void onEdited(std::optional<models::PoolField> field);
    void updateVisibility();
    void updateSummary();
    void populateFlavorChoices();
    void populateNetworks();
    void populateDrivers();

    void loadFlavors();
    void loadNetworks();
    void loadPools();
    void finishLoad();
    const FlavorInfo *flavor(const QString &id) const;
    bool gpuDriver() const;

    void revalidateTouched();
    /** Every rule over the draft, as Buy Now checks it. */
    QList<models::PoolIssue> draftIssues() const;
    void showIssues(const QList<models::PoolIssue> &issues);
    void scrollToFirstError();
    QString summaryHtml() const;
    void confirmAndSend(const CreatePoolConfirmDialog::Quota &quota);
    void sendCreate();
    void onOrdered(const QString &poolName);
    void onWatchedPoolUpdated();
    void showSubmitError(const QString &text, const QString &reference = QString());
    void clearSubmitError();
    void setSubmitting(bool submitting, const QString &buttonText = QString());
    void scheduleSave();
    void startNew();

    QPointer<models::Connection> m_connection;
    models::PoolDraft m_draft;
    models::DraftStore m_store;
    ConfirmHandler m_confirm;
    QPointer<models::PreSubmitChecks> m_checks;
    NetworkDialogHandler m_networkDialog;

    QList<FlavorInfo> m_flavors;
    std::vector<api::Network> m_networks;
    QStringList m_poolNames;
    int m_pendingLoads = 0;
    bool m_loadedOnce = false;

    QList<models::PoolIssue> m_issues;
    QSet<models::PoolField> m_touched;
    QHash<models::PoolField, QLabel *> m_messages; // under each field's row in the .ui

    std::unique_ptr<Ui::CreatePoolPage> m_ui;
    // Segmented choices of the .ui; the ids are the indexes of their buttons.
    QButtonGroup *m_billing = nullptr;
    QButtonGroup *m_poolType = nullptr;
    QButtonGroup *m_cpuArch = nullptr;
    QButtonGroup *m_instanceType = nullptr;
    QButtonGroup *m_azMode = nullptr;
    QButtonGroup *m_writeMode = nullptr;
    QButtonGroup *m_cidrMode = nullptr;
    QPushButton *m_apiCallButton = nullptr;

    models::PoolWatcher *m_watcher;
    QString m_watchedPool;
    models::PoolDraft m_orderedDraft; // what was ordered, given back to the form if creation fails
    QString m_failure; // why the last order failed, shown until the next order
    QTimer *m_saveTimer;
    QTimer *m_networkPoll;
    bool m_updating = false;
    bool m_dirty = false;
    bool m_submitting = false;
};
} // namespace ma::ui
