#pragma once

// Create Training Job (training.md §1): the console's form section by section (Basic
// Information, Algorithm, Training Parameters, Resource, Training Mode, Advanced
// Configuration) in one scroll area, with a fixed bottom bar (summary, Cancel, Submit).
// The form edits a models::TrainingJobDraft; models::validateField() checks each field as
// it is edited and validateDraft() everything on Submit; the messages appear under their
// fields. Submit asks for confirmation (ConfirmJobDialog), then POSTs once (v2, or v1 in
// legacy mode). An unfinished form is autosaved (models::DraftStore) and restored.

#include "api/apierror.h"
#include "api/types/algorithm.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "models/draftstore.h"
#include "models/presubmitchecks.h"
#include "models/trainingjobdraft.h"
#include "models/trainingjobvalidator.h"
#include "ui/apicallmenu.h"
#include "ui/consolepage.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QTimer;
class QPushButton;

namespace Ui
{
class CreateTrainingJobPage;
} // namespace Ui

namespace ma::models
{
class Connection;
class DatasetCatalog;
} // namespace ma::models

namespace ma::widgets
{
class KeyValueEditor;
class ObsPathEdit;
} // namespace ma::widgets

namespace ma::ui
{
class ChannelEditor;
class SearchRangeEditor;
class SfsTurboEditor;

class CreateTrainingJobPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateTrainingJobPage)

public:
    /** Answers the Confirm dialog (tests); gets the summary HTML, returns true for OK. */
    using ConfirmHandler = std::function<bool(const QString &summaryHtml)>;

    explicit CreateTrainingJobPage(QWidget *parent = nullptr);
    ~CreateTrainingJobPage() override;

    /**
     * @brief Loads flavors (T2-11), engines (T2-12) and pools (P-2) of @p connection (not
     * owned; may be nullptr); in legacy mode the v1 resource specs and AI engines instead.
     */
    void setConnection(models::Connection *connection) override;
    /**
     * A job (api::TrainingJob) to rebuild from; an algorithm (api::Algorithm) starts a new job
     * with it as My algorithm (useAlgorithm()); anything else starts a new job.
     */
    void open(const QVariant &argument) override;
    models::Connection *connection() const;

    /** A fresh form: the autosaved draft when there is one (with a banner), else the defaults. */
    void startNew();
    /** The form pre-filled from @p job (Rebuild). */
    void startRebuild(const api::TrainingJob &job);

    /**
     * @brief Algorithm Type = My algorithm with @p algorithm: its id, its input and output
     * channels (paths already typed for the same names are kept) and its hyperparameters with
     * their defaults fill the form; what the algorithm fixes (channel names, a hyperparameter's
     * name, a value it does not let jobs edit, a required hyperparameter's row) cannot be changed.
     */
    void useAlgorithm(const api::Algorithm &algorithm);
    /** The algorithm the form was filled from (My algorithm), if any. */
    const std::optional<api::Algorithm> &chosenAlgorithm() const { return m_algorithm; }
    /** My algorithm's Select… button (opens AlgorithmPickerDialog). */
    QPushButton *selectAlgorithmButton() const;

    models::TrainingJobDraft draft() const;
    void setDraft(const models::TrainingJobDraft &draft);

    void setConfirmHandler(ConfirmHandler handler);
    /**
     * The pre-submit checks of the last Confirm step (quota, pool nodes and queue, OBS paths,
     * image, cost), or nullptr before the first; the Confirm dialog lists them as they finish.
     */
    models::PreSubmitChecks *preSubmitChecks() const { return m_checks; }

    /** What is shown next to the fields now. */
    QList<models::DraftIssue> visibleIssues() const { return m_issues; }
    /** The messages shown for @p field (and @p row for row fields), joined by new lines. */
    QString fieldMessage(models::DraftField field, int row = -1) const;
    /** The server error shown at the top of the form, empty when none. */
    QString submitError() const;
    /** True while the create request is in flight. */
    bool isSubmitting() const { return m_submitting; }
    /** The validation context the form uses now (chosen flavor, pool, permissions). */
    models::ValidationContext validationContext() const;
    /** The store the form autosaves to (per profile). */
    const models::DraftStore &draftStore() const { return m_store; }

    /** The create request Submit sends for the draft as it is (v2, or v1 on a legacy profile). */
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
    /** Check Input Size: measures the data-path inputs and compares them with the node storage. */
    void checkInputSize();
    /** Writes the autosaved draft now (the page does so a second after each edit and when hidden). */
    void saveDraftNow();
    /** Drops the autosaved draft and resets the form to the defaults. */
    void discardDraft();

signals:
    void submitted(const QString &jobId, const QString &jobName);
    /** Check Input Size has answered; @p fits false when the data is missing or too large. */
    void inputSizeChecked(bool fits);
    void cancelled();
    /** The lists the form offers were (re)loaded: flavors, engines and pools. */
    void catalogLoaded();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct Flavor
    {
        QString id;
        QString name;
        QString type; // CPU | GPU | Ascend
        QString details;
        int maxNodes = 0;
        QString billingCode; // billing.code, for the pre-submit cost line
        int billingUnits = 0;
        qint64 diskBytes = 0; // flavor_info.disk: the node storage Check Input Size compares with
    };
    struct Engine
    {
        QString id;
        QString name;
        QString version;
    };
    /** Where a field's hint and messages are shown. */
    struct FieldRow
    {
        QWidget *container = nullptr; // the field column widget of the form row
        QLabel *label = nullptr;
        QLabel *hint = nullptr;
        QLabel *message = nullptr;
        QLabel *notSent = nullptr;
        QFormLayout *form = nullptr;
    };

    void buildUi();
    void buildDynamicWidgets();
    FieldRow wrapField(QWidget *field, const QString &hint = QString());
    /**
     * Puts the "Not sent" marker under @p field: the form shows the console's field, but
     * the v2 create request has nowhere to put it. @p what names the part of a row editor
     * the marker is about (empty: the whole field).
     */
    void markNotSent(QWidget *field, const QString &what = QString());
    void alignLabelColumn();
    void connectEdits();
    void styleForm();

    void populateFromDraft();
    void collectIntoDraft();
    void onEdited(std::optional<models::DraftField> field);
    void updateVisibility();
    void updateMandatoryMarks();
    void updateSummary();
    void setRowVisible(QWidget *field, bool visible);
    void setMandatory(QWidget *field, bool mandatory);

    void populateEngines();
    void populateEngineVersions();
    void populateResourceTypes();
    void populateFlavors();
    void populatePools();
    void updateFlavorDetails();
    void updatePriorityChoices();
    void updateNodeRange();

    void loadCatalog();
    void checkCatalogLoaded();
    const Flavor *currentFlavor() const;
    const api::Pool *currentPool() const;
    QString flavorTypeOf(const QString &flavorId) const;
    bool engineIsMindSpore() const;
    bool mayUseHighestPriority() const;

    void revalidateTouched();
    void showIssues(const QList<models::DraftIssue> &issues);
    QWidget *widgetForField(models::DraftField field) const;
    void scrollToFirstError();
    QString buildSummaryHtml() const;
    void sendCreate();
    void onCreateFinished(const api::ApiError &error, const QString &jobId);
    void showSubmitError(const api::ApiError &error);
    void clearSubmitError();
    void scheduleSave();
    void showDraftBanner(const QDateTime &savedAt);
    /** Opens the algorithm picker; the chosen algorithm goes to useAlgorithm(). */
    void chooseAlgorithm();
    /** Dims what the chosen algorithm fixes (after the rows were set from the draft). */
    void applyAlgorithmConstraints();
    /** The OBS paths of inputs that use a data path. */
    QStringList inputDataPaths() const;
    /** Check Input Size: enabled when an input uses a data path. */
    void updateInputSizeButton();
    /** The chosen algorithm (My algorithm) has the autoSearch policy. */
    bool algorithmSupportsSearch() const;
    /** Auto Search Algorithm's check boxes with the algorithm each stands for. */
    QList<std::pair<QCheckBox *, QString>> searchAlgorithmBoxes() const;
    /** Rebuild or a restored draft names an algorithm: read it for its constraints. */
    void loadAlgorithmConstraints(const QString &id);

    std::unique_ptr<Ui::CreateTrainingJobPage> m_ui;
    QPointer<models::Connection> m_connection;
    models::TrainingJobDraft m_draft;
    models::DraftStore m_store;
    ConfirmHandler m_confirm;
    QPointer<models::PreSubmitChecks> m_checks;

    QList<Flavor> m_flavors; // public pool flavors (or v1 specs)
    QList<Engine> m_engines;
    std::vector<api::Pool> m_pools;
    int m_pendingLoads = 0;

    QList<models::DraftIssue> m_issues;
    QSet<models::DraftField> m_touched;
    QHash<QWidget *, FieldRow> m_rows; // keyed by the field widget given to wrapField()

    QButtonGroup *m_algorithmType = nullptr;
    QButtonGroup *m_bootMode = nullptr;
    QButtonGroup *m_codeSource = nullptr;
    QButtonGroup *m_poolType = nullptr;
    QButtonGroup *m_resourceTypes = nullptr;
    QButtonGroup *m_trainingMode = nullptr;
    widgets::ObsPathEdit *m_codeDir = nullptr;
    widgets::ObsPathEdit *m_bootFile = nullptr;
    widgets::ObsPathEdit *m_logPath = nullptr;
    models::DatasetCatalog *m_datasets; // the input rows' dataset and version lists
    ChannelEditor *m_inputs = nullptr;
    ChannelEditor *m_outputs = nullptr;
    widgets::KeyValueEditor *m_hyperparameters = nullptr;
    QPushButton *m_checkInputSize = nullptr;
    QLabel *m_inputSize = nullptr;
    widgets::KeyValueEditor *m_autoSearchParameters = nullptr;
    SearchRangeEditor *m_searchRanges = nullptr;
    widgets::KeyValueEditor *m_environment = nullptr;
    widgets::KeyValueEditor *m_tags = nullptr;
    SfsTurboEditor *m_sfsTurbo = nullptr;
    QComboBox *m_flavorCombo = nullptr;
    QLabel *m_flavorDetails = nullptr;
    QPushButton *m_apiCallButton = nullptr;

    QTimer *m_saveTimer;
    bool m_updating = false;
    bool m_dirty = false;
    bool m_submitting = false;
    QString m_serverNameMessage; // duplicate name reported by the server
    std::optional<api::Algorithm> m_algorithm; // My algorithm: the one the form was filled from
};
} // namespace ma::ui
