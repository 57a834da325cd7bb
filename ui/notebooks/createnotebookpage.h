#pragma once

// Development Environment > Notebooks > Create Notebook: the console's form in its order
// (basic information: name, description, auto stop; notebook parameters: image, resource
// pool, type, flavor, storage, extended storage, remote SSH; tags), a bottom bar with Next.
//
// The form edits a models::NotebookDraft; validateNotebookDraft() checks it with every
// message next to its field. Next shows what will be sent (and what the v1 create API cannot
// carry) in a confirm dialog; Submit POSTs the notebook (N-1). A server error stays on the
// form in the shared error banner with every field kept. After a create the window opens the
// notebook list, reloaded. An unfinished form is autosaved (models::DraftStore) and restored.

#include "api/types/notebook.h"
#include "models/draftstore.h"
#include "models/notebookformvalidator.h"
#include "models/presubmitchecks.h"
#include "ui/apicallmenu.h"
#include "ui/consolepage.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QPointer>
#include <QSet>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTimer;

namespace Ui
{
class CreateNotebookPage;
} // namespace Ui

namespace ma::ui
{
class CreateNotebookPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNotebookPage)

public:
    /** Answers the confirm dialog (tests): gets the summary HTML and the not-sent note, returns true for Submit. */
    using SubmitConfirmHandler = std::function<bool(const QString &summaryHtml, const QString &notSent)>;

    explicit CreateNotebookPage(QWidget *parent = nullptr);
    ~CreateNotebookPage() override;

    /** Loads the images, flavors and pools of @p connection (not owned). */
    void setConnection(models::Connection *connection) override;
    /** Opens the form: the autosaved draft when there is one (with a banner), else the defaults. */
    void open(const QVariant &argument) override;

    models::NotebookDraft draft() const { return m_draft; }
    void setDraft(const models::NotebookDraft &draft);

    void setSubmitConfirmHandler(SubmitConfirmHandler handler) { m_confirmSubmit = std::move(handler); }
    /** The pre-submit checks of the last confirmation step, or nullptr before the first. */
    models::PreSubmitChecks *preSubmitChecks() const { return m_checks; }

    /** The messages shown for @p field (and @p row for row fields), joined by new lines. */
    QString fieldMessage(models::NotebookField field, int row = -1) const;
    QList<models::NotebookIssue> visibleIssues() const { return m_issues; }
    /** The server error shown at the top of the form, empty when none. */
    QString submitError() const;
    bool isSubmitting() const { return m_submitting; }
    const models::DraftStore &draftStore() const { return m_store; }
    models::NotebookFormContext formContext() const;
    /** True once the images, flavors and pools have arrived. */
    bool isCatalogLoaded() const { return m_pendingLoads == 0 && m_loadedOnce; }
    /** What the confirm dialog lists as not sent for the current draft (empty: everything is sent). */
    QString notSentText() const;

    /** The create request (N-1) Submit sends for the draft as it is. */
    api::ApiRequest createRequest() const;
    /**
     * What Copy as API Call copies: createRequest() of the fields as they are now, with the
     * first error when the form has one; nullopt without a connection.
     */
    std::optional<ApiCallSource> createCall();
    /** The bottom bar's Copy as API Call button. */
    QPushButton *apiCallButton() const { return m_apiCallButton; }

public slots:
    /** Next: checks every field, then confirms and sends. */
    void submit();
    void cancel();
    void saveDraftNow();
    void discardDraft();
    void reloadCatalog();

signals:
    /** The notebook @p id was created. */
    void submitted(const QString &id);
    void catalogLoaded();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct ImageInfo
    {
        QString id;
        QString name;
        QString description;
        QStringList categories; // CPU | GPU | ASCEND
        bool isPrivate = false;
    };
    struct FlavorInfo
    {
        QString id;
        QString text;
        QString category;
        bool soldOut = false;
        QString billingCode; // billing.code, for the pre-submit cost line
        int billingUnits = 0;
    };
    struct PoolInfo
    {
        QString id; // metadata.name
        QString name; // display name
        bool running = false;
        bool notebooks = false;
    };
    struct FieldRow
    {
        QWidget *container = nullptr; // the field's <name>Row box
        QLabel *message = nullptr;
    };

    void buildUi();
    /** Adds the message label of @p which under @p field, in the field's row box of the .ui. */
    void attachMessage(QWidget *field, models::NotebookField which);
    void connectEdits();

    void populateFromDraft();
    void collectIntoDraft();
    void onEdited(std::optional<models::NotebookField> field);
    void updateVisibility();
    void setParamsRowShown(QWidget *row, bool shown);
    void updateSummary();
    void populateImages();
    void populateFlavors();
    void populatePools();
    void updateTypeChoices();

    void loadImages();
    void loadFlavors();
    void loadPools();
    void finishLoad();
    const ImageInfo *image(const QString &id) const;
    const FlavorInfo *flavor(const QString &id) const;

    void revalidateTouched();
    void showIssues(const QList<models::NotebookIssue> &issues);
    void scrollToFirstError();
    QString summaryHtml() const;
    void sendCreate();
    void setSubmitting(bool submitting);
    void scheduleSave();
    void startNew();

    std::unique_ptr<Ui::CreateNotebookPage> m_ui;
    QPointer<models::Connection> m_connection;
    models::NotebookDraft m_draft;
    models::DraftStore m_store;
    SubmitConfirmHandler m_confirmSubmit;
    QPointer<models::PreSubmitChecks> m_checks;

    QList<ImageInfo> m_images;
    QList<FlavorInfo> m_flavors;
    QList<PoolInfo> m_pools;
    int m_pendingLoads = 0;
    bool m_loadedOnce = false;

    QList<models::NotebookIssue> m_issues;
    QSet<models::NotebookField> m_touched;
    QHash<models::NotebookField, FieldRow> m_fieldRows;
    QList<std::pair<QWidget *, QWidget *>> m_paramsRows; // label and row box, in the .ui's order

    QButtonGroup *m_autoStopPreset = nullptr;
    QButtonGroup *m_imageSource = nullptr;
    QButtonGroup *m_poolKind = nullptr;
    QButtonGroup *m_type = nullptr;
    QButtonGroup *m_storage = nullptr;
    QButtonGroup *m_sfsMountMethod = nullptr;
    QPushButton *m_apiCallButton = nullptr;

    QTimer *m_saveTimer;
    bool m_updating = false;
    bool m_dirty = false;
    bool m_submitting = false;
};
} // namespace ma::ui
