#include "createtrainingjobpage.h"

#include "api/algorithmrequests.h"
#include "api/jsoncodec.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "api/trainingv1requests.h"
#include "api/typedcall.h"
#include "api/types/trainingv1.h"
#include "models/connection.h"
#include "models/datasetcatalog.h"
#include "models/inputsizecheck.h"
#include "models/presubmitchecks.h"
#include "models/trainingjobprechecks.h"
#include "ui/training/algorithmpickerdialog.h"
#include "ui/training/channeleditor.h"
#include "ui/training/confirmjobdialog.h"
#include "ui/training/searchrangeeditor.h"
#include "ui/training/sfsturboeditor.h"
#include "ui/training/trainingpageids.h"
#include "ui_createtrainingjobpage.h"
#include "widgets/consoletable.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/obspathedit.h"
#include "widgets/theme.h"

#include <algorithm>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace ma::ui
{
namespace
{
/**
 * Whether the algorithm's input @p name accepts a dataset and an OBS path (S001: a source the
 * algorithm's remote_constraints leave out cannot be chosen); both without constraints.
 */
std::pair<bool, bool> acceptedSources(const api::AlgorithmJobConfig &config, const QString &name)
{
    for (const api::AlgorithmInputSpec &in : config.inputs.value_or(std::vector<api::AlgorithmInputSpec>()))
    {
        if (in.name != name || !in.remoteConstraints || in.remoteConstraints->empty())
            continue;
        bool dataset = false;
        bool path = false;
        for (const api::RemoteConstraint &c : *in.remoteConstraints)
        {
            const QString type = c.dataType.value_or(QString());
            dataset = dataset || type == u"dataset";
            path = path || type == u"obs";
        }
        if (dataset || path)
            return { dataset, path };
    }
    return { true, true };
}

using models::DraftField;

// Plural forms without a loaded translation: "1 node", "3 nodes".
QString plural(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}
using models::TrainingJobDraft;

constexpr int kSaveDelayMs = 1000;

enum PoolColumn
{
    PoolNameColumn,
    PoolStatusColumn,
    PoolFlavorColumn,
    PoolNodesColumn,
    PoolColumnCount,
};

// Every field in form order (validation order and "first error" order).
const QList<DraftField> &allFields()
{
    static const QList<DraftField> fields = {
        DraftField::Name,
        DraftField::Description,
        DraftField::AlgorithmId,
        DraftField::SubscriptionId,
        DraftField::ItemVersionId,
        DraftField::Engine,
        DraftField::EngineVersion,
        DraftField::Image,
        DraftField::CodeDir,
        DraftField::BootFile,
        DraftField::UserId,
        DraftField::BootCommand,
        DraftField::LocalCodeDir,
        DraftField::WorkDir,
        DraftField::Inputs,
        DraftField::Outputs,
        DraftField::Hyperparameters,
        DraftField::AutoSearchMetric,
        DraftField::AutoSearchAlgorithms,
        DraftField::AutoSearchParameters,
        DraftField::AutoSearchRanges,
        DraftField::Environment,
        DraftField::RestartCount,
        DraftField::Pool,
        DraftField::ResourceType,
        DraftField::Flavor,
        DraftField::NodeCount,
        DraftField::Priority,
        DraftField::SfsTurbo,
        DraftField::LogPath,
        DraftField::NotificationTopic,
        DraftField::NotificationEvents,
        DraftField::AutoStopHours,
        DraftField::SshKeyDir,
        DraftField::Tags,
    };
    return fields;
}

bool isRowField(DraftField field)
{
    switch (field)
    {
    case DraftField::Inputs:
    case DraftField::Outputs:
    case DraftField::Hyperparameters:
    case DraftField::AutoSearchParameters:
    case DraftField::AutoSearchRanges:
    case DraftField::Environment:
    case DraftField::SfsTurbo:
    case DraftField::Tags:
        return true;
    default:
        return false;
    }
}

// flavor_info.disk {size, unit}: GB (also GiB, Gi) or TB, 1024-based as the console shows them.
qint64 bytesOf(const api::FlavorSize &size)
{
    const QString unit = size.unit.value_or(QStringLiteral("GB")).toUpper();
    const qint64 gb = qint64(size.size.value_or(0)) << 30;
    return unit.startsWith(u'T') ? gb << 10 : unit.startsWith(u'M') ? gb >> 10 : gb;
}

QString sizeText(const std::optional<api::FlavorSize> &size)
{
    if (!size || !size->size)
        return QString();
    QString unit = size->unit.value_or(QStringLiteral("GB"));
    if (unit.compare(QStringLiteral("GiB"), Qt::CaseInsensitive) == 0
        || unit.compare(QStringLiteral("Gi"), Qt::CaseInsensitive) == 0)
        unit = QStringLiteral("GB");
    return QStringLiteral("%1 %2").arg(*size->size).arg(unit);
}

// "8 vCPUs · 32 GB memory · 1 × NVIDIA-T4 (16GB)"
QString flavorDetails(const api::TrainingFlavor &flavor)
{
    QStringList parts;
    if (!flavor.flavorInfo)
        return QString();
    const api::FlavorInfo &info = *flavor.flavorInfo;
    if (info.cpu && info.cpu->coreNum)
        parts << CreateTrainingJobPage::tr("%1 vCPUs").arg(*info.cpu->coreNum);
    const QString memory = sizeText(info.memory);
    if (!memory.isEmpty())
        parts << CreateTrainingJobPage::tr("%1 memory").arg(memory);
    const auto accelerator
        = [&](int count, const std::optional<QString> &product, const std::optional<api::LooseScalar> &mem)
    {
        QString text = QStringLiteral("%1 × %2").arg(count).arg(product.value_or(QString()));
        if (mem && !mem->isNull())
            text += QStringLiteral(" (%1)").arg(mem->toString());
        parts << text.trimmed();
    };
    if (info.gpu && info.gpu->unitNum.value_or(0) > 0)
        accelerator(*info.gpu->unitNum, info.gpu->productName, info.gpu->memory);
    if (info.npu && info.npu->unitNum)
    {
        const int n = static_cast<int>(info.npu->unitNum->toInt());
        if (n > 0)
            accelerator(n, info.npu->productName, info.npu->memory);
    }
    const QString disk = sizeText(info.disk);
    if (!disk.isEmpty())
        parts << CreateTrainingJobPage::tr("%1 disk").arg(disk);
    return parts.join(QStringLiteral(" · "));
}

QString typeFromId(const QString &id)
{
    const QString lower = id.toLower();
    if (lower.contains(QStringLiteral("ascend")) || lower.contains(QStringLiteral("snt"))
        || lower.contains(QStringLiteral("kat")) || lower.contains(QStringLiteral("npu"))
        || lower.contains(QStringLiteral("d910")))
        return QStringLiteral("Ascend");
    if (lower.contains(QStringLiteral("gpu")) || lower.contains(QStringLiteral("p3"))
        || lower.contains(QStringLiteral("v100")) || lower.contains(QStringLiteral("t4")))
        return QStringLiteral("GPU");
    return QStringLiteral("CPU");
}

QString resourceTypeText(const QString &type)
{
    if (type == u"Ascend")
        return CreateTrainingJobPage::tr("Ascend");
    return type; // CPU, GPU
}

void selectComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

// ---------------------------------------------------------------------------------------
// construction

CreateTrainingJobPage::CreateTrainingJobPage(QWidget *parent)
    : ConsolePage(parent)
    , m_ui(std::make_unique<Ui::CreateTrainingJobPage>())
    , m_draft(TrainingJobDraft::withDefaults())
    , m_datasets(new models::DatasetCatalog(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &CreateTrainingJobPage::saveDraftNow);

    buildUi();
    connectEdits();
    populateFromDraft();

    connect(this, &CreateTrainingJobPage::cancelled, this, [this] { emit navigationRequested(kTrainingJobsPageId); });
    connect(this, &CreateTrainingJobPage::submitted, this,
        [this](const QString &jobId)
        {
            // As in the console the list comes back with the new job; opening it is one click away.
            emit navigationRequested(kTrainingJobsPageId, kReloadArgument);
            emit statusMessage(tr("Training job submitted (ID %1).").arg(jobId), 8000);
        });
}

void CreateTrainingJobPage::open(const QVariant &argument)
{
    if (argument.metaType() == QMetaType::fromType<api::TrainingJob>())
    {
        startRebuild(argument.value<api::TrainingJob>());
    }
    else if (argument.metaType() == QMetaType::fromType<api::Algorithm>())
    {
        startNew();
        useAlgorithm(argument.value<api::Algorithm>());
    }
    else
    {
        startNew();
    }
}

CreateTrainingJobPage::~CreateTrainingJobPage()
{
    // An edit less than a second old is not lost when the page goes away.
    if (m_dirty)
        saveDraftNow();
}

void CreateTrainingJobPage::buildUi()
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createTrainingJobPage"));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    const QList<QLabel *> titles = { m_ui->basicTitle, m_ui->algorithmTitle, m_ui->parametersTitle, m_ui->resourceTitle,
        m_ui->trainingModeTitle, m_ui->advancedTitle };
    for (QLabel *title : titles)
    {
        QFont f = title->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        f.setBold(true);
        title->setFont(f);
    }

    m_ui->draftBanner->hide();
    m_ui->submitErrorBox->hide();
    m_ui->submitErrorLabel->setTextFormat(Qt::PlainText);
    m_ui->submitErrorReference->setTextFormat(Qt::PlainText);
    m_ui->draftBannerLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, &CreateTrainingJobPage::discardDraft);

    const auto group = [this](std::initializer_list<QAbstractButton *> buttons)
    {
        auto *g = new QButtonGroup(this);
        int id = 0;
        for (QAbstractButton *b : buttons)
            g->addButton(b, id++);
        g->setExclusive(true);
        return g;
    };
    m_algorithmType = group({ m_ui->customAlgorithmButton, m_ui->myAlgorithmButton, m_ui->mySubscriptionButton });
    m_bootMode = group({ m_ui->presetImageButton, m_ui->customImageButton });
    m_codeSource = group({ m_ui->codeSourceObsRadio, m_ui->codeSourceSfsRadio });
    m_poolType = group({ m_ui->publicPoolButton, m_ui->dedicatedPoolButton });
    m_trainingMode = group({ m_ui->commonModeRadio, m_ui->highPerformanceModeRadio, m_ui->faultDiagnosisModeRadio });
    m_resourceTypes = new QButtonGroup(this);
    m_resourceTypes->setExclusive(true);

    m_ui->nameEdit->setMaxLength(1000); // the validator reports lengths; typing is not cut
    m_ui->descriptionEdit->setFixedHeight(m_ui->descriptionEdit->fontMetrics().lineSpacing() * 3 + 14);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->bootCommandEdit->setFont(mono);
    m_ui->bootCommandEdit->setFixedHeight(QFontMetrics(mono).lineSpacing() * 5 + 14);
    m_ui->bootCommandEdit->setTabChangesFocus(true);
    m_ui->engineCombo->setMinimumWidth(200);
    m_ui->engineCombo->setMaximumWidth(260);
    m_ui->engineVersionCombo->setMinimumWidth(420);
    m_ui->engineVersionCombo->setMaximumWidth(560);
    static_cast<QHBoxLayout *>(m_ui->engineBox->layout())->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->restartCountSpin, m_ui->nodeCountSpin,
             m_ui->autoStopHoursSpin, m_ui->priorityCombo, m_ui->autoStopCombo })
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->engineVersionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_ui->priorityCombo->addItem(tr("1 (low)"), 1);
    m_ui->priorityCombo->addItem(tr("2 (medium)"), 2);
    m_ui->priorityCombo->addItem(tr("3 (high)"), 3);
    m_ui->priorityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_ui->autoStopCombo->addItem(tr("1 hour"), 1);
    m_ui->autoStopCombo->addItem(tr("2 hours"), 2);
    m_ui->autoStopCombo->addItem(tr("4 hours"), 4);
    m_ui->autoStopCombo->addItem(tr("6 hours"), 6);
    m_ui->autoStopCombo->addItem(tr("Customize"), 0);
    m_ui->autoStopHoursSpin->setSuffix(tr(" hours"));
    m_ui->restartCountSpin->setMinimumWidth(100);
    m_ui->nodeCountSpin->setMinimumWidth(100);
    m_ui->autoStopHoursSpin->setMinimumWidth(110);

    // Pool table (dedicated pools).
    QTableWidget *pools = m_ui->poolTable;
    pools->setColumnCount(PoolColumnCount);
    pools->setHorizontalHeaderLabels(
        { tr("Resource pool"), tr("Status"), tr("Specifications"), tr("Available / total nodes") });
    widgets::applyConsoleTableLook(pools);
    pools->setSelectionMode(QAbstractItemView::SingleSelection);
    pools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pools->horizontalHeader()->setStretchLastSection(true);
    pools->verticalHeader()->setDefaultSectionSize(pools->fontMetrics().height() + 12);
    widgets::setColumnWidths(pools, { { PoolNameColumn, 220 }, { PoolStatusColumn, 110 }, { PoolFlavorColumn, 300 } });
    pools->setMaximumWidth(1000);
    pools->setFixedHeight(
        pools->horizontalHeader()->sizeHint().height() + 4 * (pools->fontMetrics().height() + 12) + 4);

    buildDynamicWidgets();

    // Hints (grey text under fields) and message labels for every field.
    wrapField(m_ui->nameEdit, tr("1 to 64 characters: letters, digits, hyphens (-) and underscores (_)."));
    wrapField(m_ui->descriptionEdit, tr("At most 256 characters. The description is shown in the training job list."));
    wrapField(m_ui->algorithmTypeBox,
        tr("If an algorithm is available in algorithm management, choose My algorithm. "
           "If no algorithm is available, choose Custom algorithm."));
    wrapField(m_ui->algorithmBox, tr("Select… lists your algorithms; the job runs the algorithm's code or command."));
    m_ui->algorithmBox->setFocusProxy(m_ui->algorithmIdEdit);
    // AI Gallery's subscription list is not part of the ModelArts API this app calls: the ids
    // are typed as AI Gallery shows them.
    wrapField(m_ui->subscriptionIdEdit,
        tr("The subscription of an algorithm in AI Gallery > My Subscriptions. This app cannot list "
           "subscriptions: copy the ID from AI Gallery."));
    wrapField(m_ui->itemVersionIdEdit,
        tr("The version of the subscribed algorithm to run; its code, image and engine come with it."));
    wrapField(m_ui->bootModeBox);
    wrapField(m_ui->engineBox);
    wrapField(m_ui->imageEdit, tr("An SWR image path without the domain: organization/image:tag."));
    wrapField(m_ui->codeSourceBox);
    wrapField(m_ui->codeDirHost,
        tr("Total size ≤ 5 GB, at most 1,000 files, folder depth ≤ 32. The code is "
           "downloaded to ${MA_JOB_DIR}/<last folder>."));
    wrapField(m_ui->bootFileHost, tr("A Python file (.py) in the code directory."));
    wrapField(m_ui->userIdEdit);
    wrapField(m_ui->bootCommandEdit,
        tr("Runs after the code directory is downloaded, e.g. bash ${MA_JOB_DIR}/demo-code/main.sh. Join "
           "commands with ; or &&. Do not enter plaintext passwords."));
    wrapField(m_ui->localCodeDirEdit, tr("Folder in the container the code is downloaded to."));
    wrapField(m_ui->workDirEdit, tr("The system changes to this folder before it runs the boot file."));
    wrapField(m_ui->inputsHost, tr("Data path: total size ≤ 10 GB, at most 1,000 files, each file ≤ 1 GB."));
    wrapField(
        m_ui->outputsHost, tr("Choose an empty folder. Total size ≤ 1 GB, at most 128 files, each file ≤ 128 MB."));
    wrapField(m_ui->hyperparametersHost, tr("At most 100 hyperparameters. Do not enter plaintext passwords."));
    wrapField(m_ui->autoSearchCheck,
        tr("The algorithm supports auto search: the job tries values of its Float hyperparameters and keeps "
           "the best."));
    wrapField(m_ui->autoSearchMetricEdit, tr("The name of the search metric the code prints."));
    wrapField(m_ui->autoSearchAlgorithmsBox,
        tr("Bayesian optimization (SMAC), Tree-structured Parzen Estimator, simulated annealing."));
    wrapField(m_ui->autoSearchParametersHost,
        tr("num_samples: value groups to try (10 to 20). The values default to the algorithm's."));
    wrapField(m_ui->autoSearchRangesHost, tr("Each Float hyperparameter the search varies, lower ~ upper."));
    wrapField(m_ui->environmentHost,
        tr("At most 100 variables. Names starting with MA_ may conflict with system variables."));
    wrapField(m_ui->autoRestartCheck, tr("Handles environment faults automatically and restarts the job."));
    wrapField(m_ui->restartCountSpin, tr("1 to 128. Cannot be changed after the job is created."));
    wrapField(m_ui->unconditionalRestartCheck, tr("Restart on any detected exception, at most 3 times in a row."));
    wrapField(m_ui->restartOnSuspensionCheck,
        tr("Restart the processes of a suspended job, at most 3 times in a row. Detection may give false positives."));
    wrapField(m_ui->poolTypeBox, tr("A dedicated resource pool is recommended for optimal performance."));
    wrapField(m_ui->poolTable);
    wrapField(m_ui->resourceTypeHost);
    wrapField(m_ui->flavorBox);
    wrapField(m_ui->nodeCountSpin);
    wrapField(m_ui->priorityCombo);
    wrapField(m_ui->sfsTurboHost,
        tr("At most 5 mounts. Mount paths must differ and must not be /, /cache or "
           "/home/ma-user/modelarts."));
    wrapField(
        m_ui->persistentLogCheck, tr("Off: logs are kept for 30 days and can be downloaded from the job details."));
    wrapField(m_ui->logPathHost, tr("An empty OBS folder with read and write permission."));
    wrapField(m_ui->notificationCheck, tr("Notifications are sent through SMN and billed per message."));
    wrapField(m_ui->topicEdit);
    wrapField(m_ui->eventsBox);
    wrapField(m_ui->autoStopBox, tr("Customize: 1 to 720 hours. Paused time does not count."));
    wrapField(m_ui->sshTrustCheck, tr("Password-free SSH between the nodes of a distributed job (MPI, Horovod)."));
    wrapField(m_ui->sshKeyDirEdit, tr("authorized_keys, config, id_rsa and id_rsa.pub are generated here."));
    wrapField(m_ui->trainingModeBox,
        tr("High performance mode adjusts or disables some O&M functions; fault "
           "diagnosis mode collects more information."));
    wrapField(m_ui->advancedCheck);
    wrapField(m_ui->tagsHost, tr("At most 20 tags."));

    // Fields of the console that the v2 CreateTrainingJob body has no member for (JobEngine,
    // Input, Output, spec.volumes[].nfs and the body itself, as Huawei Cloud documents them).
    markNotSent(m_ui->userIdEdit);
    markNotSent(m_ui->outputsHost, tr("Predownload"));
    markNotSent(m_ui->sfsTurboHost, tr("Mount options"));
    markNotSent(m_ui->sshTrustCheck);
    markNotSent(m_ui->trainingModeBox);

    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->algorithmIdEdit, m_ui->imageEdit, m_ui->userIdEdit,
             m_ui->localCodeDirEdit, m_ui->workDirEdit, m_ui->topicEdit, m_ui->sshKeyDirEdit, m_ui->subscriptionIdEdit,
             m_ui->itemVersionIdEdit, m_ui->autoSearchMetricEdit })
        edit->setMaximumWidth(560);
    m_ui->userIdEdit->setMaximumWidth(160);
    m_ui->descriptionEdit->setMaximumWidth(760);
    m_ui->bootCommandEdit->setMaximumWidth(900);
    m_codeDir->setMaximumWidth(760);
    m_bootFile->setMaximumWidth(760);
    m_logPath->setMaximumWidth(760);

    alignLabelColumn();
    styleForm();

    // Copy as API Call, next to Submit: the same request, without sending it.
    m_apiCallButton = createApiCallButton(
        m_ui->bottomBar, [this] { return createCall(); },
        [this](const QString &note) { emit statusMessage(note, 10000); });
    m_ui->bottomBarLayout->insertWidget(m_ui->bottomBarLayout->indexOf(m_ui->cancelButton), m_apiCallButton);

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateTrainingJobPage::cancel);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &CreateTrainingJobPage::submit);
    m_ui->submitButton->setDefault(true);
    m_ui->submitButton->setMinimumWidth(96);
    m_ui->cancelButton->setMinimumWidth(96);
}

void CreateTrainingJobPage::buildDynamicWidgets()
{
    const auto hostLayout = [](QWidget *host)
    {
        auto *l = new QVBoxLayout(host);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(4);
        return l;
    };
    m_codeDir = new widgets::ObsPathEdit(widgets::ObsPathEdit::Mode::Folder, m_ui->codeDirHost);
    m_codeDir->setObjectName(QStringLiteral("codeDirEdit"));
    m_codeDir->setPlaceholderText(QStringLiteral("obs://bucket/code/"));
    hostLayout(m_ui->codeDirHost)->addWidget(m_codeDir);

    m_bootFile = new widgets::ObsPathEdit(widgets::ObsPathEdit::Mode::File, m_ui->bootFileHost);
    m_bootFile->setObjectName(QStringLiteral("bootFileEdit"));
    m_bootFile->setPlaceholderText(QStringLiteral("obs://bucket/code/train.py"));
    hostLayout(m_ui->bootFileHost)->addWidget(m_bootFile);

    m_logPath = new widgets::ObsPathEdit(widgets::ObsPathEdit::Mode::Folder, m_ui->logPathHost);
    m_logPath->setObjectName(QStringLiteral("logPathEdit"));
    m_logPath->setPlaceholderText(QStringLiteral("obs://bucket/logs/"));
    hostLayout(m_ui->logPathHost)->addWidget(m_logPath);

    m_inputs = new ChannelEditor(ChannelEditor::Kind::Input, m_ui->inputsHost);
    m_inputs->setMaximumWidth(1000);
    hostLayout(m_ui->inputsHost)->addWidget(m_inputs);
    m_inputs->setDatasetCatalog(m_datasets);
    m_outputs = new ChannelEditor(ChannelEditor::Kind::Output, m_ui->outputsHost);
    m_outputs->setMaximumWidth(1000);
    hostLayout(m_ui->outputsHost)->addWidget(m_outputs);

    const auto keyValue
        = [&](QWidget *host, const QString &name, const QString &keyHeader, const QString &valueHeader, int max)
    {
        auto *editor = new widgets::KeyValueEditor(host);
        editor->setObjectName(name);
        editor->setHeaders(keyHeader, valueHeader);
        editor->setMaximumRows(max);
        editor->setMaximumWidth(760);
        hostLayout(host)->addWidget(editor);
        return editor;
    };
    m_hyperparameters = keyValue(m_ui->hyperparametersHost, QStringLiteral("hyperparametersEditor"), tr("Name"),
        tr("Value"), models::kMaxHyperparameters);
    m_autoSearchParameters = keyValue(m_ui->autoSearchParametersHost, QStringLiteral("autoSearchParametersEditor"),
        tr("Parameter"), tr("Value"), models::kMaxHyperparameters);
    m_searchRanges = new SearchRangeEditor(m_ui->autoSearchRangesHost);
    m_searchRanges->setMaximumWidth(760);
    hostLayout(m_ui->autoSearchRangesHost)->addWidget(m_searchRanges);
    m_environment = keyValue(m_ui->environmentHost, QStringLiteral("environmentEditor"), tr("Variable"), tr("Value"),
        models::kMaxEnvironmentVariables);
    m_tags = keyValue(m_ui->tagsHost, QStringLiteral("tagsEditor"), tr("Tag key"), tr("Tag value"), models::kMaxTags);

    m_sfsTurbo = new SfsTurboEditor(m_ui->sfsTurboHost);
    m_sfsTurbo->setMaximumRows(models::kMaxSfsTurboMounts);
    m_sfsTurbo->setMaximumWidth(1000);
    hostLayout(m_ui->sfsTurboHost)->addWidget(m_sfsTurbo);

    auto *types = new QHBoxLayout(m_ui->resourceTypeHost);
    types->setContentsMargins(0, 0, 0, 0);
    types->setSpacing(0);
    types->addStretch();

    m_flavorCombo = new QComboBox(m_ui->flavorBox);
    m_flavorCombo->setObjectName(QStringLiteral("flavorCombo"));
    m_flavorCombo->setMinimumWidth(420);
    m_flavorCombo->setMaximumWidth(760);
    m_flavorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flavorDetails = new QLabel(m_ui->flavorBox);
    m_flavorDetails->setObjectName(QStringLiteral("flavorDetailsLabel"));
    m_flavorDetails->setTextFormat(Qt::PlainText);
    m_flavorDetails->setWordWrap(true);
    m_flavorDetails->setForegroundRole(QPalette::PlaceholderText);
    auto *flavorLayout = hostLayout(m_ui->flavorBox);
    // Check Input Size sits beside the flavor, as on the console.
    auto *flavorLine = new QHBoxLayout;
    flavorLine->setContentsMargins(0, 0, 0, 0);
    flavorLine->addWidget(m_flavorCombo);
    m_checkInputSize = new QPushButton(tr("Check Input Size"), m_ui->flavorBox);
    m_checkInputSize->setObjectName(QStringLiteral("checkInputSizeButton"));
    m_checkInputSize->setToolTip(tr("Checks that the input data fits the storage of the flavor's nodes"));
    flavorLine->addWidget(m_checkInputSize);
    flavorLine->addStretch();
    flavorLayout->addLayout(flavorLine);
    flavorLayout->addWidget(m_flavorDetails);
    m_inputSize = new QLabel(m_ui->flavorBox);
    m_inputSize->setObjectName(QStringLiteral("inputSizeLabel"));
    m_inputSize->setTextFormat(Qt::PlainText);
    m_inputSize->setWordWrap(true);
    m_inputSize->hide();
    flavorLayout->addWidget(m_inputSize);
    connect(m_checkInputSize, &QPushButton::clicked, this, &CreateTrainingJobPage::checkInputSize);
}

QStringList CreateTrainingJobPage::inputDataPaths() const
{
    QStringList paths;
    for (const models::DataChannel &c : m_draft.inputs)
    {
        if (c.source == models::DataChannel::Source::DataPath && !c.obsPath.trimmed().isEmpty())
            paths << c.obsPath.trimmed();
    }
    return paths;
}

void CreateTrainingJobPage::checkInputSize()
{
    const QStringList paths = inputDataPaths();
    const Flavor *flavor = currentFlavor();
    const qint64 diskBytes = flavor ? flavor->diskBytes : 0;
    const QString root = m_connection ? m_connection->localObsRoot() : QString();
    const auto show = [this](const QString &text, const char *tone)
    {
        m_inputSize->setText(text);
        widgets::Theme::setStyleProperty(m_inputSize, "tone", QString::fromLatin1(tone));
        m_inputSize->show();
    };
    if (root.isEmpty())
    {
        show(tr("OBS cannot be listed from this app for a cloud profile; ModelArts checks the input size when the "
                "job starts."),
            "muted");
        return;
    }
    // A folder walk may take a while: off the UI thread; the answer is dropped if the inputs changed.
    show(tr("Measuring the input data…"), "muted");
    m_checkInputSize->setEnabled(false);
    auto *watcher = new QFutureWatcher<models::InputSize>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, paths, diskBytes, show]
        {
            watcher->deleteLater();
            updateInputSizeButton();
            if (paths != inputDataPaths())
            {
                m_inputSize->hide();
                return;
            }
            const models::InputSizeVerdict verdict = models::inputSizeVerdict(watcher->result(), diskBytes);
            show(verdict.text, verdict.fits ? "muted" : "error");
            emit inputSizeChecked(verdict.fits);
        });
    watcher->setFuture(QtConcurrent::run(models::measureLocalInputs, root, paths));
}

void CreateTrainingJobPage::updateInputSizeButton()
{
    // Available when an input uses a data path (the console's rule).
    const bool any = !inputDataPaths().isEmpty();
    m_checkInputSize->setEnabled(any);
    m_checkInputSize->setToolTip(any ? tr("Checks that the input data fits the storage of the flavor's nodes")
                                     : tr("Available when an input uses a data path"));
}

CreateTrainingJobPage::FieldRow CreateTrainingJobPage::wrapField(QWidget *field, const QString &hint)
{
    FieldRow row;
    const QList<QFormLayout *> forms = { m_ui->basicForm, m_ui->algorithmForm, m_ui->parametersForm, m_ui->resourceForm,
        m_ui->trainingModeForm, m_ui->advancedForm };
    for (QFormLayout *form : forms)
    {
        if (form->indexOf(field) >= 0)
        {
            row.form = form;
            break;
        }
    }
    Q_ASSERT(row.form);
    row.label = qobject_cast<QLabel *>(row.form->labelForField(field));
    auto *container = new QWidget;
    container->setObjectName(field->objectName() + QStringLiteral("Row"));
    delete row.form->replaceWidget(field, container);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    row.container = container;

    row.message = new QLabel(container);
    row.message->setObjectName(field->objectName() + QStringLiteral("Message"));
    row.message->setTextFormat(Qt::PlainText);
    row.message->setWordWrap(true);
    row.message->hide();
    layout->addWidget(row.message);

    if (!hint.isEmpty())
    {
        row.hint = new QLabel(hint, container);
        row.hint->setObjectName(field->objectName() + QStringLiteral("Hint"));
        row.hint->setTextFormat(Qt::PlainText);
        row.hint->setWordWrap(true);
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        QFont f = row.hint->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        row.hint->setFont(f);
        layout->addWidget(row.hint);
    }
    if (row.label)
    {
        row.label->setProperty("baseText", row.label->text());
        row.label->setTextFormat(Qt::RichText);
        row.label->setText(row.label->text().toHtmlEscaped());
    }
    m_rows.insert(field, row);
    return row;
}

void CreateTrainingJobPage::markNotSent(QWidget *field, const QString &what)
{
    FieldRow row = m_rows.value(field);
    Q_ASSERT(row.container);
    auto *label = new QLabel(row.container);
    label->setObjectName(field->objectName() + QStringLiteral("NotSent"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(what.isEmpty() ? tr("Not sent: the ModelArts API has no field for this.")
                                  : tr("%1: not sent. The ModelArts API has no field for this.").arg(what));
    label->setToolTip(tr("The console shows this setting, but the training job API cannot carry it, so it "
                         "does not change the job that runs."));
    label->setStyleSheet(
        QStringLiteral("color: %1;").arg(widgets::Theme::color(widgets::Theme::Role::WarningText).name()));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    // Right under the field, above its messages and hint.
    auto *layout = qobject_cast<QVBoxLayout *>(row.container->layout());
    layout->insertWidget(layout->indexOf(field) + 1, label);
    row.notSent = label;
    m_rows.insert(field, row);
}

void CreateTrainingJobPage::alignLabelColumn()
{
    // One label column for all cards: every label as wide as the widest, text centred on
    // the first line of its field.
    int width = 0;
    QLineEdit probe;
    const int lineHeight = probe.sizeHint().height();
    for (const FieldRow &row : std::as_const(m_rows))
    {
        if (row.label)
            width = std::max(width,
                row.label->fontMetrics().horizontalAdvance(
                    QStringLiteral("* ") + row.label->property("baseText").toString()));
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
    {
        QLabel *label = it->label;
        if (!label)
            continue;
        label->setMinimumWidth(width + 4);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QWidget *field = it.key();
        int first = field->sizeHint().height();
        if (qobject_cast<QAbstractButton *>(field))
            first = std::min(first, lineHeight);
        else
            first = std::min(std::max(first, 1), lineHeight);
        const int top = std::max(0, (first - label->sizeHint().height()) / 2);
        label->setContentsMargins(0, top, 0, 0);
    }
}

void CreateTrainingJobPage::styleForm()
{
    // Cards, segments, banners and the bottom bar: resources/style.qss, also set on the page
    // itself so the form looks (and lays out) the same before the application applies it.
    setStyleSheet(widgets::Theme::styleSheet());
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
}

void CreateTrainingJobPage::connectEdits()
{
    const auto edited = [this](DraftField field)
    {
        return [this, field]
        {
            onEdited(field);
        };
    };
    const auto structural = [this]
    {
        onEdited(std::nullopt);
    };

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this,
        [this]
        {
            m_serverNameMessage.clear();
            onEdited(DraftField::Name);
        });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, edited(DraftField::Description));
    connect(m_algorithmType, &QButtonGroup::idClicked, this, structural);
    connect(m_ui->algorithmIdEdit, &QLineEdit::textChanged, this, edited(DraftField::AlgorithmId));
    connect(m_ui->subscriptionIdEdit, &QLineEdit::textChanged, this, edited(DraftField::SubscriptionId));
    connect(m_ui->itemVersionIdEdit, &QLineEdit::textChanged, this, edited(DraftField::ItemVersionId));
    connect(m_ui->algorithmIdEdit, &QLineEdit::textChanged, this,
        [this](const QString &id)
        {
            const bool matches = m_algorithm && m_algorithm->metadata.id.value_or(QString()) == id.trimmed();
            m_ui->algorithmNameLabel->setText(matches ? m_algorithm->metadata.name : QString());
        });
    connect(m_ui->selectAlgorithmButton, &QPushButton::clicked, this, &CreateTrainingJobPage::chooseAlgorithm);
    connect(m_bootMode, &QButtonGroup::idClicked, this, structural);
    connect(m_ui->engineCombo, &QComboBox::currentIndexChanged, this,
        [this]
        {
            if (m_updating)
                return;
            m_updating = true;
            populateEngineVersions();
            m_updating = false;
            onEdited(DraftField::Engine);
        });
    connect(m_ui->engineVersionCombo, &QComboBox::currentIndexChanged, this, edited(DraftField::EngineVersion));
    connect(m_ui->imageEdit, &QLineEdit::textChanged, this, edited(DraftField::Image));
    connect(m_codeSource, &QButtonGroup::idClicked, this, structural);
    connect(m_codeDir, &widgets::ObsPathEdit::pathChanged, this, edited(DraftField::CodeDir));
    connect(m_bootFile, &widgets::ObsPathEdit::pathChanged, this, edited(DraftField::BootFile));
    connect(m_ui->userIdEdit, &QLineEdit::textChanged, this, edited(DraftField::UserId));
    connect(m_ui->bootCommandEdit, &QPlainTextEdit::textChanged, this, edited(DraftField::BootCommand));
    connect(m_ui->localCodeDirEdit, &QLineEdit::textChanged, this, edited(DraftField::LocalCodeDir));
    connect(m_ui->workDirEdit, &QLineEdit::textChanged, this, edited(DraftField::WorkDir));

    connect(m_inputs, &ChannelEditor::rowsChanged, this, edited(DraftField::Inputs));
    connect(m_outputs, &ChannelEditor::rowsChanged, this, edited(DraftField::Outputs));
    connect(m_hyperparameters, &widgets::KeyValueEditor::rowsChanged, this, edited(DraftField::Hyperparameters));
    connect(m_environment, &widgets::KeyValueEditor::rowsChanged, this, edited(DraftField::Environment));
    connect(m_ui->autoSearchCheck, &QCheckBox::toggled, this, structural);
    connect(m_ui->autoSearchMetricEdit, &QLineEdit::textChanged, this, edited(DraftField::AutoSearchMetric));
    for (QCheckBox *box : { m_ui->bayesOptSearchCheck, m_ui->tpeSearchCheck, m_ui->annealSearchCheck })
        connect(box, &QCheckBox::toggled, this, edited(DraftField::AutoSearchAlgorithms));
    connect(
        m_autoSearchParameters, &widgets::KeyValueEditor::rowsChanged, this, edited(DraftField::AutoSearchParameters));
    connect(m_searchRanges, &SearchRangeEditor::rangesChanged, this, edited(DraftField::AutoSearchRanges));
    connect(m_ui->autoRestartCheck, &QCheckBox::toggled, this, edited(DraftField::RestartCount));
    connect(m_ui->restartCountSpin, &QSpinBox::valueChanged, this, edited(DraftField::RestartCount));
    connect(m_ui->unconditionalRestartCheck, &QCheckBox::toggled, this, structural);
    connect(m_ui->restartOnSuspensionCheck, &QCheckBox::toggled, this, structural);

    connect(m_poolType, &QButtonGroup::idClicked, this,
        [this]
        {
            m_updating = true;
            collectIntoDraft();
            populatePools(); // preselects a dedicated pool
            collectIntoDraft();
            populateFlavors();
            m_updating = false;
            onEdited(DraftField::Pool);
        });
    connect(m_ui->poolTable, &QTableWidget::itemSelectionChanged, this,
        [this]
        {
            if (m_updating)
                return;
            m_updating = true;
            collectIntoDraft();
            m_draft.flavorId.clear(); // the pool's node flavor is chosen below
            populateFlavors();
            m_updating = false;
            onEdited(DraftField::Pool);
        });
    connect(m_resourceTypes, &QButtonGroup::idClicked, this,
        [this]
        {
            m_updating = true;
            collectIntoDraft();
            m_draft.flavorId.clear();
            populateFlavors();
            m_updating = false;
            onEdited(DraftField::ResourceType);
        });
    connect(m_flavorCombo, &QComboBox::currentIndexChanged, this,
        [this]
        {
            if (m_updating)
                return;
            updateFlavorDetails();
            onEdited(DraftField::Flavor);
        });
    connect(m_ui->nodeCountSpin, &QSpinBox::valueChanged, this, edited(DraftField::NodeCount));
    connect(m_ui->priorityCombo, &QComboBox::currentIndexChanged, this, edited(DraftField::Priority));
    connect(m_sfsTurbo, &SfsTurboEditor::rowsChanged, this, edited(DraftField::SfsTurbo));
    connect(m_ui->persistentLogCheck, &QCheckBox::toggled, this, edited(DraftField::LogPath));
    connect(m_logPath, &widgets::ObsPathEdit::pathChanged, this, edited(DraftField::LogPath));
    connect(m_ui->notificationCheck, &QCheckBox::toggled, this, edited(DraftField::NotificationTopic));
    connect(m_ui->topicEdit, &QLineEdit::textChanged, this, edited(DraftField::NotificationTopic));
    for (QCheckBox *box : { m_ui->eventJobStartedCheck, m_ui->eventJobCompletedCheck, m_ui->eventJobFailedCheck,
             m_ui->eventJobTerminatedCheck, m_ui->eventJobHangedCheck })
        connect(box, &QCheckBox::toggled, this, edited(DraftField::NotificationEvents));
    connect(m_ui->autoStopCheck, &QCheckBox::toggled, this, edited(DraftField::AutoStopHours));
    connect(m_ui->autoStopCombo, &QComboBox::currentIndexChanged, this,
        [this]
        {
            if (m_updating)
                return;
            const int hours = m_ui->autoStopCombo->currentData().toInt();
            if (hours > 0)
            {
                m_updating = true;
                m_ui->autoStopHoursSpin->setValue(hours);
                m_updating = false;
            }
            onEdited(DraftField::AutoStopHours);
        });
    connect(m_ui->autoStopHoursSpin, &QSpinBox::valueChanged, this, edited(DraftField::AutoStopHours));
    connect(m_ui->sshTrustCheck, &QCheckBox::toggled, this, edited(DraftField::SshKeyDir));
    connect(m_ui->sshKeyDirEdit, &QLineEdit::textChanged, this, edited(DraftField::SshKeyDir));
    connect(m_trainingMode, &QButtonGroup::idClicked, this, structural);
    connect(m_ui->advancedCheck, &QCheckBox::toggled, this, structural);
    connect(m_tags, &widgets::KeyValueEditor::rowsChanged, this, edited(DraftField::Tags));
}

// ---------------------------------------------------------------------------------------
// draft <-> widgets

void CreateTrainingJobPage::populateFromDraft()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const TrainingJobDraft &d = m_draft;
    m_ui->nameEdit->setText(d.name);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_algorithmType->button(static_cast<int>(d.algorithmType))->setChecked(true);
    m_ui->algorithmIdEdit->setText(d.algorithmId);
    m_ui->subscriptionIdEdit->setText(d.subscriptionId);
    m_ui->itemVersionIdEdit->setText(d.itemVersionId);
    m_bootMode->button(d.bootMode == TrainingJobDraft::BootMode::CustomImage ? 1 : 0)->setChecked(true);
    m_ui->imageEdit->setText(d.image);
    m_codeSource->button(d.codeSource == TrainingJobDraft::CodeSource::Sfs ? 1 : 0)->setChecked(true);
    m_codeDir->setPath(d.codeDir);
    m_bootFile->setPath(d.bootFile);
    m_ui->userIdEdit->setText(d.userId);
    m_ui->bootCommandEdit->setPlainText(d.bootCommand);
    m_ui->localCodeDirEdit->setText(d.localCodeDir);
    m_ui->workDirEdit->setText(d.workDir);

    m_inputs->setChannels(d.inputs);
    m_outputs->setChannels(d.outputs);
    m_hyperparameters->setRows(d.hyperparameters);
    m_ui->autoSearchCheck->setChecked(d.autoSearch.enabled);
    m_ui->autoSearchMetricEdit->setText(d.autoSearch.metric);
    for (const auto &[box, name] : searchAlgorithmBoxes())
        box->setChecked(d.autoSearch.algorithms.contains(name));
    m_autoSearchParameters->setRows(d.autoSearch.parameters);
    m_searchRanges->setRanges(d.autoSearch.ranges);
    m_environment->setRows(d.environment);
    m_ui->autoRestartCheck->setChecked(d.autoRestart);
    m_ui->restartCountSpin->setValue(d.restartCount);
    m_ui->unconditionalRestartCheck->setChecked(d.unconditionalRestart);
    m_ui->restartOnSuspensionCheck->setChecked(d.restartOnSuspension);

    m_poolType->button(d.dedicatedPool ? 1 : 0)->setChecked(true);
    m_sfsTurbo->setMounts(d.sfsTurbo);
    m_ui->persistentLogCheck->setChecked(d.persistentLog);
    m_logPath->setPath(d.logPath);
    m_ui->notificationCheck->setChecked(d.notification);
    m_ui->topicEdit->setText(d.topicUrn);
    m_ui->eventJobStartedCheck->setChecked(d.notificationEvents.contains(QStringLiteral("JobStarted")));
    m_ui->eventJobCompletedCheck->setChecked(d.notificationEvents.contains(QStringLiteral("JobCompleted")));
    m_ui->eventJobFailedCheck->setChecked(d.notificationEvents.contains(QStringLiteral("JobFailed")));
    m_ui->eventJobTerminatedCheck->setChecked(d.notificationEvents.contains(QStringLiteral("JobTerminated")));
    m_ui->eventJobHangedCheck->setChecked(d.notificationEvents.contains(QStringLiteral("JobHanged")));
    m_ui->autoStopCheck->setChecked(d.autoStop);
    const int preset = m_ui->autoStopCombo->findData(d.autoStopHours);
    m_ui->autoStopCombo->setCurrentIndex(preset >= 0 ? preset : m_ui->autoStopCombo->findData(0));
    m_ui->autoStopHoursSpin->setValue(d.autoStopHours);
    m_ui->sshTrustCheck->setChecked(d.sshTrust);
    m_ui->sshKeyDirEdit->setText(d.sshKeyDir);
    m_trainingMode->button(static_cast<int>(d.trainingMode))->setChecked(true);
    m_tags->setRows(d.tags);
    m_ui->advancedCheck->setChecked(!d.tags.isEmpty() || m_ui->advancedCheck->isChecked());

    // Lists from the API: keep the draft's choices, or pick the first entries.
    populateEngines();
    populatePools();
    populateResourceTypes();
    populateFlavors();
    updatePriorityChoices();
    selectComboData(m_ui->priorityCombo, d.priority);
    updateNodeRange();
    m_ui->nodeCountSpin->setValue(d.nodeCount);
    m_updating = wasUpdating;

    applyAlgorithmConstraints();
    collectIntoDraft();
    updateVisibility();
    updateSummary();
}

void CreateTrainingJobPage::collectIntoDraft()
{
    TrainingJobDraft &d = m_draft;
    d.name = m_ui->nameEdit->text();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.algorithmType = static_cast<TrainingJobDraft::AlgorithmType>(std::max(0, m_algorithmType->checkedId()));
    d.algorithmId = m_ui->algorithmIdEdit->text();
    d.subscriptionId = m_ui->subscriptionIdEdit->text();
    d.itemVersionId = m_ui->itemVersionIdEdit->text();
    d.bootMode = m_bootMode->checkedId() == 1 ? TrainingJobDraft::BootMode::CustomImage
                                              : TrainingJobDraft::BootMode::PresetImage;
    if (m_ui->engineCombo->count() > 0)
    {
        d.engineName = m_ui->engineCombo->currentData().toString();
        d.engineVersion = m_ui->engineVersionCombo->currentData().toString();
        d.engineId.clear();
        for (const Engine &e : std::as_const(m_engines))
        {
            if (e.name == d.engineName && e.version == d.engineVersion)
                d.engineId = e.id;
        }
    }
    d.image = m_ui->imageEdit->text();
    d.codeSource
        = m_codeSource->checkedId() == 1 ? TrainingJobDraft::CodeSource::Sfs : TrainingJobDraft::CodeSource::Obs;
    d.codeDir = m_codeDir->path();
    d.bootFile = m_bootFile->path();
    d.userId = m_ui->userIdEdit->text();
    d.bootCommand = m_ui->bootCommandEdit->toPlainText();
    d.localCodeDir = m_ui->localCodeDirEdit->text();
    d.workDir = m_ui->workDirEdit->text();

    d.inputs = m_inputs->channels();
    d.outputs = m_outputs->channels();
    d.hyperparameters = m_hyperparameters->rows();
    // The metric's direction and pattern come from the algorithm and stay as they were.
    d.autoSearch.enabled = m_ui->autoSearchCheck->isChecked();
    d.autoSearch.metric = m_ui->autoSearchMetricEdit->text();
    d.autoSearch.algorithms.clear();
    for (const auto &[box, name] : searchAlgorithmBoxes())
    {
        if (box->isChecked())
            d.autoSearch.algorithms << name;
    }
    d.autoSearch.parameters = m_autoSearchParameters->rows();
    d.autoSearch.ranges = m_searchRanges->ranges();
    d.environment = m_environment->rows();
    d.autoRestart = m_ui->autoRestartCheck->isChecked();
    d.restartCount = m_ui->restartCountSpin->value();
    d.unconditionalRestart = m_ui->unconditionalRestartCheck->isChecked();
    d.restartOnSuspension = m_ui->restartOnSuspensionCheck->isChecked();

    d.dedicatedPool = m_poolType->checkedId() == 1;
    if (d.dedicatedPool)
    {
        const QList<QTableWidgetItem *> selected = m_ui->poolTable->selectedItems();
        if (!selected.isEmpty())
            d.poolId = m_ui->poolTable->item(selected.first()->row(), PoolNameColumn)->data(Qt::UserRole).toString();
        else if (m_ui->poolTable->rowCount() > 0)
            d.poolId.clear();
    }
    else
    {
        d.poolId.clear();
        if (m_resourceTypes->checkedButton())
            d.resourceType = m_resourceTypes->checkedButton()->property("resourceType").toString();
    }
    if (m_flavorCombo->count() > 0)
        d.flavorId = m_flavorCombo->currentData().toString();
    d.nodeCount = m_ui->nodeCountSpin->value();
    d.priority = m_ui->priorityCombo->currentData().toInt();
    d.sfsTurbo = m_sfsTurbo->mounts();
    d.persistentLog = m_ui->persistentLogCheck->isChecked();
    d.logPath = m_logPath->path();
    d.notification = m_ui->notificationCheck->isChecked();
    d.topicUrn = m_ui->topicEdit->text();
    d.notificationEvents.clear();
    const QList<std::pair<QCheckBox *, QString>> events = {
        { m_ui->eventJobStartedCheck, QStringLiteral("JobStarted") },
        { m_ui->eventJobCompletedCheck, QStringLiteral("JobCompleted") },
        { m_ui->eventJobFailedCheck, QStringLiteral("JobFailed") },
        { m_ui->eventJobTerminatedCheck, QStringLiteral("JobTerminated") },
        { m_ui->eventJobHangedCheck, QStringLiteral("JobHanged") },
    };
    for (const auto &[box, name] : events)
    {
        if (box->isChecked())
            d.notificationEvents.append(name);
    }
    d.autoStop = m_ui->autoStopCheck->isChecked();
    const int preset = m_ui->autoStopCombo->currentData().toInt();
    d.autoStopHours = preset > 0 ? preset : m_ui->autoStopHoursSpin->value();
    d.sshTrust = m_ui->sshTrustCheck->isChecked();
    d.sshKeyDir = m_ui->sshKeyDirEdit->text();
    d.trainingMode = static_cast<TrainingJobDraft::TrainingMode>(std::max(0, m_trainingMode->checkedId()));
    d.tags = m_tags->rows();
}

models::TrainingJobDraft CreateTrainingJobPage::draft() const
{
    return m_draft;
}

void CreateTrainingJobPage::setDraft(const models::TrainingJobDraft &draft)
{
    m_draft = draft;
    m_touched.clear();
    m_serverNameMessage.clear();
    populateFromDraft();
    showIssues({});
}

void CreateTrainingJobPage::onEdited(std::optional<models::DraftField> field)
{
    if (m_updating)
        return;
    collectIntoDraft();
    m_dirty = true;
    if (field)
        m_touched.insert(*field);
    updateVisibility();
    revalidateTouched();
    updateSummary();
    scheduleSave();
}

// ---------------------------------------------------------------------------------------
// visibility (training.md §1.9)

void CreateTrainingJobPage::setRowVisible(QWidget *field, bool visible)
{
    const auto it = m_rows.constFind(field);
    if (it == m_rows.cend() || !it->form)
        return;
    it->form->setRowVisible(it->container, visible);
}

void CreateTrainingJobPage::setMandatory(QWidget *field, bool mandatory)
{
    const auto it = m_rows.constFind(field);
    if (it == m_rows.cend() || !it->label)
        return;
    const QString base = it->label->property("baseText").toString().toHtmlEscaped();
    it->label->setText(mandatory ? QStringLiteral("<span style=\"color:%1\">*</span>&nbsp;")
                                       .arg(widgets::Theme::color(widgets::Theme::Role::ErrorText).name())
                + base
                                 : base);
}

void CreateTrainingJobPage::updateVisibility()
{
    const TrainingJobDraft &d = m_draft;
    const bool custom = d.algorithmType == TrainingJobDraft::AlgorithmType::CustomAlgorithm;
    const bool preset = custom && d.bootMode == TrainingJobDraft::BootMode::PresetImage;
    const bool customImage = custom && d.bootMode == TrainingJobDraft::BootMode::CustomImage;
    const bool sfs = d.codeSource == TrainingJobDraft::CodeSource::Sfs;
    const bool customize = d.engineVersion == TrainingJobDraft::customizeVersion();
    const bool dedicated = d.dedicatedPool;
    const QString type = validationContext().flavorType;
    const bool cpuOrGpu = type.isEmpty() || type == u"CPU" || type == u"GPU";
    const bool accelerated = type == u"GPU" || type == u"Ascend";

    const bool subscription = d.algorithmType == TrainingJobDraft::AlgorithmType::MySubscription;
    setRowVisible(m_ui->algorithmBox, !custom && !subscription);
    setRowVisible(m_ui->subscriptionIdEdit, subscription);
    setRowVisible(m_ui->itemVersionIdEdit, subscription);
    setRowVisible(m_ui->bootModeBox, custom);
    setRowVisible(m_ui->engineBox, preset);
    setRowVisible(m_ui->imageEdit, customImage || (preset && customize));
    setRowVisible(m_ui->codeSourceBox, preset);
    setRowVisible(m_ui->codeDirHost, preset || customImage);
    // Code Source = SFS: a folder of the SFS file system as mounted in the container.
    m_codeDir->setPlaceholderText(
        preset && sfs ? QStringLiteral("/mnt/sfs_turbo/code/") : QStringLiteral("obs://bucket/code/"));
    if (const FieldRow row = m_rows.value(m_ui->codeDirHost); row.hint)
        row.hint->setText(preset && sfs ? tr("The code folder in the SFS file system, as mounted in the container. "
                                             "It is sent as file://<folder>.")
                                        : tr("Total size ≤ 5 GB, at most 1,000 files, folder depth ≤ 32. The code is "
                                             "downloaded to ${MA_JOB_DIR}/<last folder>."));
    setRowVisible(m_ui->bootFileHost, preset);
    setRowVisible(m_ui->userIdEdit, customImage);
    setRowVisible(m_ui->bootCommandEdit, customImage);
    setRowVisible(m_ui->localCodeDirEdit, (preset && !sfs) || customImage);
    setRowVisible(m_ui->workDirEdit, custom);

    // Hyperparameter search: an algorithm with the autoSearch policy, or a job rebuilt with one.
    const bool searchable = d.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm
        && (algorithmSupportsSearch() || d.autoSearch.enabled);
    const bool searching = searchable && d.autoSearch.enabled;
    setRowVisible(m_ui->autoSearchCheck, searchable);
    setRowVisible(m_ui->autoSearchMetricEdit, searching);
    setRowVisible(m_ui->autoSearchAlgorithmsBox, searching);
    setRowVisible(m_ui->autoSearchParametersHost, searching);
    setRowVisible(m_ui->autoSearchRangesHost, searching);

    updateInputSizeButton();
    setRowVisible(m_ui->restartCountSpin, d.autoRestart);
    setRowVisible(m_ui->unconditionalRestartCheck, d.autoRestart);
    setRowVisible(m_ui->restartOnSuspensionCheck, d.autoRestart);

    setRowVisible(m_ui->poolTable, dedicated);
    setRowVisible(m_ui->resourceTypeHost, !dedicated);
    setRowVisible(m_ui->priorityCombo, dedicated);
    setRowVisible(m_ui->sfsTurboHost, dedicated);
    setRowVisible(m_ui->persistentLogCheck, cpuOrGpu);
    setRowVisible(m_ui->logPathHost, (cpuOrGpu && d.persistentLog) || type == u"Ascend");
    setRowVisible(m_ui->topicEdit, d.notification);
    setRowVisible(m_ui->eventsBox, d.notification);
    m_ui->eventJobHangedCheck->setVisible(accelerated);
    m_ui->autoStopCombo->setVisible(d.autoStop);
    m_ui->autoStopHoursSpin->setVisible(d.autoStop && m_ui->autoStopCombo->currentData().toInt() == 0);
    setRowVisible(m_ui->sshKeyDirEdit, d.sshTrust);

    // Training Mode: only the preset MindSpore engine on Ascend (§1.6).
    m_ui->trainingModeCard->setVisible(preset && engineIsMindSpore() && type == u"Ascend");
    setRowVisible(m_ui->tagsHost, m_ui->advancedCheck->isChecked());

    const QString uidHint = dedicated ? tr("Recommended: 1000. Dedicated resource pool: 0 to 65535.")
                                      : tr("Recommended: 1000. Public resource pool: 1000 to 65535.");
    if (FieldRow row = m_rows.value(m_ui->userIdEdit); row.container)
    {
        if (!row.hint)
        {
            row.hint = new QLabel(row.container);
            row.hint->setObjectName(QStringLiteral("userIdEditHint"));
            row.hint->setForegroundRole(QPalette::PlaceholderText);
            QFont f = row.hint->font();
            f.setPointSizeF(f.pointSizeF() * 0.92);
            row.hint->setFont(f);
            row.container->layout()->addWidget(row.hint);
            m_rows.insert(m_ui->userIdEdit, row);
        }
        row.hint->setText(uidHint);
    }
    updateMandatoryMarks();
}

void CreateTrainingJobPage::updateMandatoryMarks()
{
    const TrainingJobDraft &d = m_draft;
    const QString type = validationContext().flavorType;
    const bool cpuOrGpu = type.isEmpty() || type == u"CPU" || type == u"GPU";
    const bool customImage = d.bootMode == TrainingJobDraft::BootMode::CustomImage;
    setMandatory(m_ui->nameEdit, true);
    setMandatory(m_ui->algorithmTypeBox, true);
    setMandatory(m_ui->algorithmBox, true);
    setMandatory(m_ui->subscriptionIdEdit, true);
    setMandatory(m_ui->itemVersionIdEdit, true);
    setMandatory(m_ui->bootModeBox, true);
    setMandatory(m_ui->engineBox, true);
    setMandatory(m_ui->imageEdit, true);
    setMandatory(m_ui->codeDirHost, !customImage);
    setMandatory(m_ui->bootFileHost, true);
    setMandatory(m_ui->bootCommandEdit, true);
    setMandatory(m_ui->autoSearchMetricEdit, true);
    setMandatory(m_ui->autoSearchAlgorithmsBox, true);
    setMandatory(m_ui->autoSearchParametersHost, true);
    setMandatory(m_ui->autoSearchRangesHost, true);
    setMandatory(m_ui->poolTypeBox, true);
    setMandatory(m_ui->poolTable, true);
    setMandatory(m_ui->resourceTypeHost, true);
    setMandatory(m_ui->flavorBox, true);
    setMandatory(m_ui->nodeCountSpin, true);
    setMandatory(m_ui->logPathHost, cpuOrGpu && d.persistentLog);
    setMandatory(m_ui->topicEdit, true);
    setMandatory(m_ui->eventsBox, true);
}

void CreateTrainingJobPage::updateSummary()
{
    QStringList parts;
    const Flavor *flavor = currentFlavor();
    parts << (flavor ? flavor->name : (m_draft.flavorId.isEmpty() ? tr("No flavor selected") : m_draft.flavorId));
    parts << plural(m_draft.nodeCount, tr("1 node"), tr("%1 nodes"));
    if (m_draft.dedicatedPool)
    {
        const api::Pool *pool = currentPool();
        parts << (pool ? tr("Pool %1").arg(api::poolDisplayName(*pool))
                       : (m_draft.poolId.isEmpty() ? tr("No pool selected") : tr("Pool %1").arg(m_draft.poolId)));
    }
    else
    {
        parts << tr("Public resource pool");
    }
    m_ui->summaryLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

// ---------------------------------------------------------------------------------------
// lists from the API

void CreateTrainingJobPage::populateEngines()
{
    QComboBox *combo = m_ui->engineCombo;
    combo->clear();
    QStringList names;
    for (const Engine &e : std::as_const(m_engines))
    {
        if (!names.contains(e.name))
            names << e.name;
    }
    for (const QString &name : names)
        combo->addItem(name, name);
    if (names.isEmpty())
    {
        m_ui->engineVersionCombo->clear();
        return;
    }
    const int index = combo->findData(m_draft.engineName);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    populateEngineVersions();
}

void CreateTrainingJobPage::populateEngineVersions()
{
    QComboBox *versions = m_ui->engineVersionCombo;
    const QString name = m_ui->engineCombo->currentData().toString();
    const QString wanted = name == m_draft.engineName ? m_draft.engineVersion : QString();
    versions->clear();
    for (const Engine &e : std::as_const(m_engines))
    {
        if (e.name == name)
            versions->addItem(e.version, e.version);
    }
    versions->addItem(tr("Customize"), TrainingJobDraft::customizeVersion());
    const int index = versions->findData(wanted);
    versions->setCurrentIndex(index >= 0 ? index : 0);
}

void CreateTrainingJobPage::populateResourceTypes()
{
    QStringList types;
    for (const Flavor &f : std::as_const(m_flavors))
    {
        if (!types.contains(f.type))
            types << f.type;
    }
    auto *layout = static_cast<QHBoxLayout *>(m_ui->resourceTypeHost->layout());
    for (QAbstractButton *b : m_resourceTypes->buttons())
    {
        m_resourceTypes->removeButton(b);
        delete b;
    }
    int id = 0;
    for (const QString &type : std::as_const(types))
    {
        auto *b = new QPushButton(resourceTypeText(type), m_ui->resourceTypeHost);
        b->setObjectName(QStringLiteral("resourceType") + type);
        b->setCheckable(true);
        b->setProperty("segment", true);
        b->setProperty("resourceType", type);
        m_resourceTypes->addButton(b, id);
        layout->insertWidget(id, b);
        ++id;
    }
    if (types.isEmpty())
        return;
    QString wanted = m_draft.resourceType;
    if (!types.contains(wanted))
    {
        const QString ofFlavor = flavorTypeOf(m_draft.flavorId);
        wanted = types.contains(ofFlavor) ? ofFlavor : types.first();
    }
    m_resourceTypes->button(static_cast<int>(types.indexOf(wanted)))->setChecked(true);
    m_draft.resourceType = wanted;
}

void CreateTrainingJobPage::populateFlavors()
{
    m_flavorCombo->clear();
    if (m_draft.dedicatedPool)
    {
        const api::Pool *pool = currentPool();
        if (pool)
        {
            QStringList seen;
            for (const api::PoolResource &r : pool->spec.resources)
            {
                if (seen.contains(r.flavor))
                    continue;
                seen << r.flavor;
                QString name = r.flavor;
                for (const Flavor &f : std::as_const(m_flavors))
                {
                    if (f.id == r.flavor)
                        name = f.details.isEmpty() ? f.name : f.name + QStringLiteral(" | ") + f.details;
                }
                m_flavorCombo->addItem(name, r.flavor);
            }
        }
    }
    else
    {
        const QString type = m_resourceTypes->checkedButton()
            ? m_resourceTypes->checkedButton()->property("resourceType").toString()
            : m_draft.resourceType;
        for (const Flavor &f : std::as_const(m_flavors))
        {
            if (f.type == type)
                m_flavorCombo->addItem(f.details.isEmpty() ? f.name : f.name + QStringLiteral(" | ") + f.details, f.id);
        }
    }
    const int index = m_flavorCombo->findData(m_draft.flavorId);
    if (m_flavorCombo->count() > 0)
        m_flavorCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (m_flavorCombo->count() > 0)
        m_draft.flavorId = m_flavorCombo->currentData().toString();
    updateFlavorDetails();
    updateNodeRange();
}

void CreateTrainingJobPage::populatePools()
{
    QTableWidget *table = m_ui->poolTable;
    table->clearContents();
    table->setRowCount(static_cast<int>(m_pools.size()));
    int selectRow = -1;
    for (int row = 0; row < static_cast<int>(m_pools.size()); ++row)
    {
        const api::Pool &pool = m_pools.at(row);
        const QString id = pool.metadata.name.value_or(QString());
        const QString phase = pool.status ? pool.status->phase.value_or(QString()) : QString();
        const QStringList scope
            = pool.spec.scope ? QStringList(pool.spec.scope->begin(), pool.spec.scope->end()) : QStringList();
        const bool usable
            = phase == api::PoolPhase::Running && (scope.isEmpty() || scope.contains(QStringLiteral("Train")));
        QStringList flavors;
        for (const api::PoolResource &r : pool.spec.resources)
            flavors << r.flavor;
        const int available = api::poolNodeCount(pool, api::PoolResourceState::Available);
        const int total = api::poolTotalNodeCount(pool);

        const QString name = api::poolDisplayName(pool);
        const QStringList cells = { name, phase.isEmpty() ? tr("Unknown") : phase, flavors.join(QStringLiteral(", ")),
            QStringLiteral("%1 / %2").arg(available).arg(total) };
        for (int c = 0; c < PoolColumnCount; ++c)
        {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!usable)
            {
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setToolTip(tr("Only running pools that accept training jobs can be used."));
            }
            table->setItem(row, c, item);
        }
        table->item(row, PoolNameColumn)->setData(Qt::UserRole, id);
        if (usable)
            table->item(row, PoolNameColumn)->setToolTip(tr("ID: %1").arg(id));
        if (id == m_draft.poolId && usable)
            selectRow = row;
        if (selectRow < 0 && usable && m_draft.poolId.isEmpty() && m_draft.dedicatedPool)
            selectRow = row;
    }
    if (selectRow >= 0)
    {
        // Not selectRow(): it selects nothing while the table is hidden (public pool chosen).
        table->selectionModel()->setCurrentIndex(table->model()->index(selectRow, PoolNameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_draft.poolId = table->item(selectRow, PoolNameColumn)->data(Qt::UserRole).toString();
    }
}

void CreateTrainingJobPage::updateFlavorDetails()
{
    const Flavor *flavor = currentFlavor();
    QStringList parts;
    const QString id = m_flavorCombo->currentData().toString();
    if (!id.isEmpty())
        parts << id;
    if (m_draft.dedicatedPool)
    {
        if (const api::Pool *pool = currentPool(); pool && !id.isEmpty())
            parts << plural(api::poolNodeCount(*pool, api::PoolResourceState::Available),
                tr("1 node available in the pool"), tr("%1 nodes available in the pool"));
    }
    else if (flavor && flavor->maxNodes > 0)
    {
        parts << plural(flavor->maxNodes, tr("up to 1 node"), tr("up to %1 nodes"));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_flavorCombo->count() == 0 && m_connection)
        text = m_draft.dedicatedPool && m_draft.poolId.isEmpty() ? tr("Select a resource pool first.")
                                                                 : tr("No specifications available.");
    if (id.contains(QStringLiteral("tnt004")))
        text += QLatin1Char('\n') + tr("This flavor does not support multi-process training.");
    m_flavorDetails->setText(text);
    m_flavorDetails->setVisible(!text.isEmpty());
}

void CreateTrainingJobPage::updatePriorityChoices()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->priorityCombo->model());
    if (!model)
        return;
    const bool allowed = mayUseHighestPriority();
    QStandardItem *highest = model->item(2);
    highest->setEnabled(allowed);
    highest->setToolTip(allowed ? QString() : tr("Needs the modelarts:trainJob:setHighPriority permission."));
    if (!allowed && m_ui->priorityCombo->currentIndex() == 2)
        m_ui->priorityCombo->setCurrentIndex(1);
}

void CreateTrainingJobPage::updateNodeRange()
{
    const int max = validationContext().maxNodeCount;
    const bool was = m_updating;
    m_updating = true;
    const int wanted = m_draft.nodeCount;
    m_ui->nodeCountSpin->setRange(1, std::max({ 1, max, max > 0 ? 1 : 9999 }));
    m_ui->nodeCountSpin->setValue(wanted);
    m_updating = was;
    if (FieldRow row = m_rows.value(m_ui->nodeCountSpin); row.container)
    {
        if (!row.hint)
        {
            row.hint = new QLabel(row.container);
            row.hint->setObjectName(QStringLiteral("nodeCountSpinHint"));
            row.hint->setForegroundRole(QPalette::PlaceholderText);
            QFont f = row.hint->font();
            f.setPointSizeF(f.pointSizeF() * 0.92);
            row.hint->setFont(f);
            row.container->layout()->addWidget(row.hint);
            m_rows.insert(m_ui->nodeCountSpin, row);
        }
        row.hint->setText(max > 0 ? tr("1 to %1. More than 1 node runs a distributed job.").arg(max)
                                  : tr("More than 1 node runs a distributed job."));
    }
}

// ---------------------------------------------------------------------------------------
// connection and catalog

void CreateTrainingJobPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    if (m_dirty)
        saveDraftNow();
    m_connection = connection;
    m_store = models::DraftStore(
        QStringLiteral("create-training-job-") + (connection ? connection->profileName() : QStringLiteral("none")));
    const QString root = connection ? connection->localObsRoot() : QString();
    m_codeDir->setLocalStoreRoot(root);
    m_bootFile->setLocalStoreRoot(root);
    m_logPath->setLocalStoreRoot(root);
    m_inputs->setLocalStoreRoot(root);
    m_outputs->setLocalStoreRoot(root);
    m_datasets->setClient(connection ? connection->client() : nullptr);
    m_flavors.clear();
    m_engines.clear();
    m_pools.clear();
    m_updating = true;
    populateFromDraft();
    m_updating = false;
    loadCatalog();
}

models::Connection *CreateTrainingJobPage::connection() const
{
    return m_connection;
}

void CreateTrainingJobPage::loadCatalog()
{
    if (!m_connection)
        return;
    api::ApiClient *client = m_connection->client();
    m_pendingLoads = 3;
    const auto failed = [this](const api::ApiError &error)
    {
        if (error.kind != api::ApiError::Kind::Canceled)
            emit errorOccurred(error);
    };

    if (m_connection->legacyTrainingApi())
    {
        api::whenDecoded<api::v1::ResourceSpecList>(client->send(api::trainingv1::resourceSpecs()), this,
            [this, failed](const api::Typed<api::v1::ResourceSpecList> &result)
            {
                if (!result.ok())
                    failed(result.error);
                m_flavors.clear();
                for (const api::v1::ResourceSpec &spec : result.value.specs)
                {
                    Flavor f;
                    f.id = QString::number(spec.specId);
                    f.name = spec.specCode.value_or(f.id);
                    const int gpus = spec.gpuNum.value_or(0);
                    f.type = gpus > 0 ? typeFromId(spec.gpuType.value_or(QStringLiteral("gpu")) + f.name)
                                      : typeFromId(f.name);
                    QStringList parts;
                    if (spec.core && !spec.core->isNull())
                        parts << tr("%1 vCPUs").arg(spec.core->toString());
                    if (gpus > 0)
                        parts << QStringLiteral("%1 × %2").arg(gpus).arg(spec.gpuType.value_or(QString()));
                    if (spec.storage)
                        parts << tr("%1 storage").arg(*spec.storage);
                    f.details = parts.join(QStringLiteral(" · "));
                    f.maxNodes = spec.maxNum.value_or(0);
                    m_flavors.append(f);
                }
                checkCatalogLoaded();
            });
        api::whenDecoded<api::v1::AiEngineList>(client->send(api::trainingv1::aiEngines()), this,
            [this, failed](const api::Typed<api::v1::AiEngineList> &result)
            {
                if (!result.ok())
                    failed(result.error);
                m_engines.clear();
                for (const api::v1::AiEngine &e : result.value.engines)
                    m_engines.append({ QString::number(e.engineId), e.engineName.value_or(QString()),
                        e.engineVersion.value_or(QString()) });
                checkCatalogLoaded();
            });
    }
    else
    {
        api::whenDecoded<api::TrainingFlavorList>(client->send(api::training::flavors()), this,
            [this, failed](const api::Typed<api::TrainingFlavorList> &result)
            {
                if (!result.ok())
                    failed(result.error);
                m_flavors.clear();
                for (const api::TrainingFlavor &flavor : result.value.flavors)
                {
                    Flavor f;
                    f.id = flavor.flavorId;
                    f.name = flavor.flavorName.value_or(flavor.flavorId);
                    f.type = flavor.flavorType.value_or(typeFromId(flavor.flavorId));
                    f.details = flavorDetails(flavor);
                    f.maxNodes = flavor.maxNum.value_or(flavor.flavorInfo ? flavor.flavorInfo->maxNum.value_or(0) : 0);
                    if (flavor.flavorInfo && flavor.flavorInfo->disk)
                        f.diskBytes = bytesOf(*flavor.flavorInfo->disk);
                    if (flavor.billing)
                    {
                        f.billingCode = flavor.billing->code.value_or(QString());
                        f.billingUnits = flavor.billing->unitNum.value_or(0);
                    }
                    m_flavors.append(f);
                }
                checkCatalogLoaded();
            });
        api::whenDecoded<api::TrainingEngineList>(client->send(api::training::engines()), this,
            [this, failed](const api::Typed<api::TrainingEngineList> &result)
            {
                if (!result.ok())
                    failed(result.error);
                m_engines.clear();
                for (const api::TrainingEngine &e : result.value.items)
                    m_engines.append(
                        { e.engineId, e.engineName.value_or(e.engineId), e.engineVersion.value_or(e.engineId) });
                checkCatalogLoaded();
            });
    }

    api::whenDecoded<api::PoolList>(client->send(api::pools::list()), this,
        [this, failed](const api::Typed<api::PoolList> &result)
        {
            if (!result.ok())
                failed(result.error);
            m_pools = result.value.items;
            checkCatalogLoaded();
        });
}

void CreateTrainingJobPage::checkCatalogLoaded()
{
    if (--m_pendingLoads > 0)
        return;
    // Re-apply the draft's choices to the lists that just arrived.
    const bool wasDirty = m_dirty;
    m_updating = true;
    populateEngines();
    populatePools();
    populateResourceTypes();
    populateFlavors();
    updatePriorityChoices();
    selectComboData(m_ui->priorityCombo, m_draft.priority);
    m_updating = false;
    collectIntoDraft();
    m_dirty = wasDirty;
    updateVisibility();
    revalidateTouched();
    updateSummary();
    emit catalogLoaded();
}

const CreateTrainingJobPage::Flavor *CreateTrainingJobPage::currentFlavor() const
{
    for (const Flavor &f : m_flavors)
    {
        if (f.id == m_draft.flavorId)
            return &f;
    }
    return nullptr;
}

const api::Pool *CreateTrainingJobPage::currentPool() const
{
    for (const api::Pool &pool : m_pools)
    {
        if (pool.metadata.name.value_or(QString()) == m_draft.poolId)
            return &pool;
    }
    return nullptr;
}

QString CreateTrainingJobPage::flavorTypeOf(const QString &flavorId) const
{
    if (flavorId.isEmpty())
        return QString();
    for (const Flavor &f : m_flavors)
    {
        if (f.id == flavorId)
            return f.type;
    }
    return typeFromId(flavorId);
}

bool CreateTrainingJobPage::engineIsMindSpore() const
{
    return m_draft.engineName.contains(QStringLiteral("MindSpore"), Qt::CaseInsensitive);
}

bool CreateTrainingJobPage::mayUseHighestPriority() const
{
    // No IAM permission check here: only the Local profile (this computer) may use 3.
    return m_connection && m_connection->kind() == models::Connection::Kind::Local;
}

models::ValidationContext CreateTrainingJobPage::validationContext() const
{
    models::ValidationContext context;
    if (m_draft.dedicatedPool)
    {
        if (const api::Pool *pool = currentPool())
            context.maxNodeCount = std::max(1, api::poolTotalNodeCount(*pool));
    }
    else if (const Flavor *flavor = currentFlavor())
    {
        context.maxNodeCount = flavor->maxNodes;
    }
    context.flavorType = flavorTypeOf(m_draft.flavorId);
    if (context.flavorType.isEmpty() && !m_draft.dedicatedPool)
        context.flavorType = m_draft.resourceType;
    context.mayUseHighestPriority = mayUseHighestPriority();
    context.engineIsMindSpore = engineIsMindSpore();
    if (m_algorithm && m_algorithm->metadata.id.value_or(QString()) == m_draft.algorithmId.trimmed()
        && m_algorithm->jobConfig && m_algorithm->jobConfig->parameters)
        context.algorithmParameters = *m_algorithm->jobConfig->parameters;
    return context;
}

// ---------------------------------------------------------------------------------------
// validation messages

void CreateTrainingJobPage::revalidateTouched()
{
    QList<models::DraftIssue> issues;
    const models::ValidationContext context = validationContext();
    for (DraftField field : allFields())
    {
        if (m_touched.contains(field))
            issues += models::validateField(m_draft, field, context);
    }
    showIssues(issues);
}

QWidget *CreateTrainingJobPage::widgetForField(models::DraftField field) const
{
    switch (field)
    {
    case DraftField::Name:
        return m_ui->nameEdit;
    case DraftField::Description:
        return m_ui->descriptionEdit;
    case DraftField::AlgorithmId:
        return m_ui->algorithmBox;
    case DraftField::SubscriptionId:
        return m_ui->subscriptionIdEdit;
    case DraftField::ItemVersionId:
        return m_ui->itemVersionIdEdit;
    case DraftField::Engine:
    case DraftField::EngineVersion:
        return m_ui->engineBox;
    case DraftField::Image:
        return m_ui->imageEdit;
    case DraftField::CodeDir:
        return m_ui->codeDirHost;
    case DraftField::BootFile:
        return m_ui->bootFileHost;
    case DraftField::BootCommand:
        return m_ui->bootCommandEdit;
    case DraftField::UserId:
        return m_ui->userIdEdit;
    case DraftField::LocalCodeDir:
        return m_ui->localCodeDirEdit;
    case DraftField::WorkDir:
        return m_ui->workDirEdit;
    case DraftField::Inputs:
        return m_ui->inputsHost;
    case DraftField::Outputs:
        return m_ui->outputsHost;
    case DraftField::Hyperparameters:
        return m_ui->hyperparametersHost;
    case DraftField::AutoSearchMetric:
        return m_ui->autoSearchMetricEdit;
    case DraftField::AutoSearchAlgorithms:
        return m_ui->autoSearchAlgorithmsBox;
    case DraftField::AutoSearchParameters:
        return m_ui->autoSearchParametersHost;
    case DraftField::AutoSearchRanges:
        return m_ui->autoSearchRangesHost;
    case DraftField::Environment:
        return m_ui->environmentHost;
    case DraftField::RestartCount:
        return m_ui->restartCountSpin;
    case DraftField::Pool:
        return m_draft.dedicatedPool ? static_cast<QWidget *>(m_ui->poolTable) : m_ui->poolTypeBox;
    case DraftField::ResourceType:
        return m_ui->resourceTypeHost;
    case DraftField::Flavor:
        return m_ui->flavorBox;
    case DraftField::NodeCount:
        return m_ui->nodeCountSpin;
    case DraftField::Priority:
        return m_ui->priorityCombo;
    case DraftField::SfsTurbo:
        return m_ui->sfsTurboHost;
    case DraftField::LogPath:
        return m_ui->logPathHost;
    case DraftField::NotificationTopic:
        return m_ui->topicEdit;
    case DraftField::NotificationEvents:
        return m_ui->eventsBox;
    case DraftField::AutoStopHours:
        return m_ui->autoStopBox;
    case DraftField::SshKeyDir:
        return m_ui->sshKeyDirEdit;
    case DraftField::Tags:
        return m_ui->tagsHost;
    }
    return nullptr;
}

void CreateTrainingJobPage::showIssues(const QList<models::DraftIssue> &issues)
{
    m_issues = issues;
    if (!m_serverNameMessage.isEmpty())
        m_issues.prepend({ DraftField::Name, -1, m_serverNameMessage, false });

    // Reset every message place.
    for (const FieldRow &row : std::as_const(m_rows))
    {
        row.message->clear();
        row.message->hide();
    }
    m_inputs->clearMessages();
    m_outputs->clearMessages();
    m_hyperparameters->clearMessages();
    m_autoSearchParameters->clearMessages();
    m_searchRanges->clearMessages();
    m_environment->clearMessages();
    m_tags->clearMessages();
    m_sfsTurbo->clearMessages();

    // Field-level texts per message label: errors first, then warnings.
    struct Shown
    {
        QStringList texts;
        bool error = false;
    };
    QHash<QLabel *, Shown> shown;
    QMap<std::pair<int, int>, Shown> rowShown; // (field, row) of row fields, row -1 for the SFS Turbo list
    for (const models::DraftIssue &issue : std::as_const(m_issues))
    {
        if ((isRowField(issue.field) && issue.row >= 0) || issue.field == DraftField::SfsTurbo
            || issue.field == DraftField::AutoSearchParameters)
        {
            Shown &s = rowShown[{ static_cast<int>(issue.field), issue.row }];
            if (!s.texts.contains(issue.message))
                s.texts << issue.message;
            s.error = s.error || !issue.warning;
            continue;
        }
        QWidget *widget = widgetForField(issue.field);
        const FieldRow row = m_rows.value(widget);
        if (!row.message)
            continue;
        Shown &s = shown[row.message];
        if (!s.texts.contains(issue.message))
            s.texts << issue.message;
        s.error = s.error || !issue.warning;
    }
    for (auto it = rowShown.cbegin(); it != rowShown.cend(); ++it)
    {
        const auto field = static_cast<DraftField>(it.key().first);
        const int row = it.key().second;
        const QString text = it->texts.join(QLatin1Char('\n'));
        const bool warning = !it->error;
        switch (field)
        {
        case DraftField::Inputs:
            m_inputs->setRowMessage(row, text, warning);
            break;
        case DraftField::Outputs:
            m_outputs->setRowMessage(row, text, warning);
            break;
        case DraftField::Hyperparameters:
            m_hyperparameters->setRowMessage(row, text, warning);
            break;
        case DraftField::Environment:
            m_environment->setRowMessage(row, text, warning);
            break;
        case DraftField::AutoSearchParameters:
            if (row < 0)
                m_autoSearchParameters->setMessage(text);
            else
                m_autoSearchParameters->setRowMessage(row, text, warning);
            break;
        case DraftField::AutoSearchRanges:
            m_searchRanges->setRowMessage(row, text, warning);
            break;
        case DraftField::Tags:
            m_tags->setRowMessage(row, text, warning);
            break;
        case DraftField::SfsTurbo:
            if (row < 0)
                m_sfsTurbo->setMessage(text, warning);
            else
                m_sfsTurbo->setRowMessage(row, text, warning);
            break;
        default:
            break;
        }
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
    {
        it.key()->setText(it->texts.join(QLatin1Char('\n')));
        widgets::Theme::setStyleProperty(
            it.key(), "tone", it->error ? QStringLiteral("error") : QStringLiteral("warning"));
        it.key()->show();
    }
}

QString CreateTrainingJobPage::fieldMessage(models::DraftField field, int row) const
{
    QStringList texts;
    for (const models::DraftIssue &issue : m_issues)
    {
        if (issue.field == field && issue.row == row && !texts.contains(issue.message))
            texts << issue.message;
    }
    return texts.join(QLatin1Char('\n'));
}

void CreateTrainingJobPage::scrollToFirstError()
{
    for (const models::DraftIssue &issue : std::as_const(m_issues))
    {
        if (issue.warning)
            continue;
        QWidget *widget = widgetForField(issue.field);
        const FieldRow row = m_rows.value(widget);
        if (!row.container)
            continue;
        m_ui->scrollArea->ensureWidgetVisible(row.container, 0, 40);
        if (widget->focusPolicy() != Qt::NoFocus)
            widget->setFocus(Qt::OtherFocusReason);
        else if (QWidget *child = widget->nextInFocusChain(); child && widget->isAncestorOf(child))
            child->setFocus(Qt::OtherFocusReason);
        return;
    }
}

// ---------------------------------------------------------------------------------------
// submit

void CreateTrainingJobPage::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

QString CreateTrainingJobPage::buildSummaryHtml() const
{
    const TrainingJobDraft &d = m_draft;
    QList<ConfirmJobDialog::Row> rows;
    rows << ConfirmJobDialog::Row { tr("Name"), d.name };
    if (!d.description.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Description"), d.description };
    if (d.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm)
    {
        rows << ConfirmJobDialog::Row { tr("Algorithm"), tr("My algorithm: %1").arg(d.algorithmId) };
    }
    else if (d.algorithmType == TrainingJobDraft::AlgorithmType::MySubscription)
    {
        rows << ConfirmJobDialog::Row { tr("Algorithm"),
            tr("My subscription: %1, version %2").arg(d.subscriptionId.trimmed(), d.itemVersionId.trimmed()) };
    }
    else if (d.bootMode == TrainingJobDraft::BootMode::PresetImage)
    {
        rows << ConfirmJobDialog::Row { tr("Algorithm"), tr("Custom algorithm, preset image") };
        const bool customize = d.engineVersion == TrainingJobDraft::customizeVersion();
        rows << ConfirmJobDialog::Row { tr("Engine"),
            QStringLiteral("%1 %2").arg(d.engineName, customize ? tr("(customized)") : d.engineVersion) };
        if (customize)
            rows << ConfirmJobDialog::Row { tr("Image"), d.image };
        rows << ConfirmJobDialog::Row { tr("Code source"),
            d.codeSource == TrainingJobDraft::CodeSource::Sfs ? tr("SFS") : tr("OBS") };
        rows << ConfirmJobDialog::Row { tr("Code directory"), d.codeDir };
        rows << ConfirmJobDialog::Row { tr("Boot file"), d.bootFile };
    }
    else
    {
        rows << ConfirmJobDialog::Row { tr("Algorithm"), tr("Custom algorithm, custom image") };
        rows << ConfirmJobDialog::Row { tr("Image"), d.image };
        if (!d.codeDir.isEmpty())
            rows << ConfirmJobDialog::Row { tr("Code directory"), d.codeDir };
        rows << ConfirmJobDialog::Row { tr("Boot command"), d.bootCommand };
    }
    QStringList channels;
    for (const models::DataChannel &c : d.inputs)
    {
        if (c.source != models::DataChannel::Source::Dataset)
        {
            channels << QStringLiteral("%1 ← %2").arg(c.name, c.obsPath);
            continue;
        }
        const api::Dataset *dataset = m_datasets->dataset(c.datasetId);
        const api::DatasetVersion *version = m_datasets->version(c.datasetId, c.datasetVersionId);
        channels << QStringLiteral("%1 ← %2").arg(c.name,
            tr("dataset %1, version %2")
                .arg(dataset && !dataset->datasetName.isEmpty() ? dataset->datasetName : c.datasetId,
                    version && version->versionName ? *version->versionName : c.datasetVersionId));
    }
    for (const models::DataChannel &c : d.outputs)
        channels << QStringLiteral("%1 → %2").arg(c.name, c.obsPath);
    if (!channels.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Input and output"), channels.join(QLatin1Char('\n')) };
    if (!d.hyperparameters.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Hyperparameters"),
            plural(d.hyperparameters.size(), tr("1 entry"), tr("%1 entries")) };
    if (d.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm && d.autoSearch.enabled)
    {
        QStringList ranges;
        for (const models::SearchRange &r : d.autoSearch.ranges)
            ranges << QStringLiteral("%1 %2 ~ %3").arg(r.name, r.lower, r.upper);
        rows << ConfirmJobDialog::Row { tr("Hyperparameter search"),
            tr("Metric %1 · %2\n%3")
                .arg(d.autoSearch.metric, d.autoSearch.algorithms.join(QStringLiteral(", ")),
                    ranges.join(QLatin1Char('\n'))) };
    }
    if (!d.environment.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Environment variables"),
            plural(d.environment.size(), tr("1 entry"), tr("%1 entries")) };
    rows << ConfirmJobDialog::Row { tr("Auto restart"),
        d.autoRestart ? plural(d.restartCount, tr("On, 1 restart"), tr("On, %1 restarts")) : tr("Off") };

    if (d.dedicatedPool)
    {
        const api::Pool *pool = currentPool();
        rows << ConfirmJobDialog::Row { tr("Resource pool"),
            tr("Dedicated: %1").arg(pool ? api::poolDisplayName(*pool) : d.poolId) };
    }
    else
    {
        rows << ConfirmJobDialog::Row { tr("Resource pool"), tr("Public resource pool") };
    }
    const Flavor *flavor = currentFlavor();
    QString flavorText = flavor ? flavor->name : d.flavorId;
    if (flavor && !flavor->details.isEmpty())
        flavorText += QLatin1Char('\n') + flavor->details;
    rows << ConfirmJobDialog::Row { tr("Specifications"), flavorText };
    rows << ConfirmJobDialog::Row { tr("Compute nodes"), QString::number(d.nodeCount) };
    if (d.dedicatedPool)
    {
        rows << ConfirmJobDialog::Row { tr("Job priority"), QString::number(d.priority) };
        if (!d.sfsTurbo.isEmpty())
            rows << ConfirmJobDialog::Row { tr("SFS Turbo"),
                plural(d.sfsTurbo.size(), tr("1 mount"), tr("%1 mounts")) };
    }
    if (m_rows.value(m_ui->persistentLogCheck).form && d.persistentLog && !d.logPath.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Job log path"), d.logPath };
    if (d.notification)
        rows << ConfirmJobDialog::Row { tr("Event notification"),
            QStringLiteral("%1\n%2").arg(d.topicUrn, d.notificationEvents.join(QStringLiteral(", "))) };
    rows << ConfirmJobDialog::Row { tr("Auto stop"),
        d.autoStop ? plural(d.autoStopHours, tr("After 1 hour"), tr("After %1 hours")) : tr("Off") };
    if (!d.tags.isEmpty())
        rows << ConfirmJobDialog::Row { tr("Tags"), plural(d.tags.size(), tr("1 tag"), tr("%1 tags")) };
    QList<ConfirmJobDialog::Row> notSent;
    for (const models::KeyValue &field : d.notSentFields(m_connection && m_connection->legacyTrainingApi()))
    {
        notSent << ConfirmJobDialog::Row { field.key, field.value };
        // Listed once, under "Not sent" (legacy v1 drops settings the summary shows above).
        rows.removeIf([&field](const ConfirmJobDialog::Row &row) { return row.first == field.key; });
    }
    return ConfirmJobDialog::summaryHtml(rows, notSent);
}

void CreateTrainingJobPage::submit()
{
    if (m_submitting)
        return;
    collectIntoDraft();
    for (DraftField field : allFields())
        m_touched.insert(field);
    const QList<models::DraftIssue> issues = models::validateDraft(m_draft, validationContext());
    showIssues(issues);
    if (!models::isSubmittable(m_issues))
    {
        scrollToFirstError();
        return;
    }
    if (!m_connection)
        return;

    const QString summary = buildSummaryHtml();
    // Asked before the Confirm step, listed in it as the answers come.
    delete m_checks.data();
    m_checks = new models::PreSubmitChecks(this);
    models::TrainingFlavorFacts facts;
    if (const Flavor *flavor = currentFlavor())
        facts = { flavor->billingCode, flavor->billingUnits };
    models::addTrainingJobChecks(*m_checks, m_connection, m_draft, facts);
    m_checks->start();
    bool confirmed = false;
    if (m_confirm)
    {
        confirmed = m_confirm(summary);
    }
    else
    {
        ConfirmJobDialog dialog(summary, m_checks, this);
        confirmed = dialog.exec() == QDialog::Accepted;
    }
    if (!confirmed)
        return;
    sendCreate();
}

void CreateTrainingJobPage::sendCreate()
{
    clearSubmitError();
    m_submitting = true;
    m_ui->submitButton->setEnabled(false);
    m_ui->submitButton->setText(tr("Submitting…"));
    api::ApiClient *client = m_connection->client();

    if (m_connection->legacyTrainingApi())
    {
        api::whenDecoded<api::v1::TrainingJobCreateResult>(client->send(createRequest()), this,
            [this](const api::Typed<api::v1::TrainingJobCreateResult> &result)
            {
                api::ApiError error = result.error;
                if (!error.isError() && !result.value.isSuccess)
                {
                    error = api::ApiError::decode(QStringLiteral("is_success is false"));
                    error.httpStatus = result.httpStatus;
                }
                onCreateFinished(error, error.isError() ? QString() : QString::number(result.value.jobId));
            });
        return;
    }
    api::whenDecoded<api::TrainingJob>(client->send(createRequest()), this,
        [this](const api::Typed<api::TrainingJob> &result)
        {
            const QString jobId = result.ok() ? result.value.metadata.id.value_or(QString()) : QString();
            if (!result.ok() || m_draft.tags.isEmpty() || !m_connection)
            {
                onCreateFinished(result.error, jobId);
                return;
            }
            // The v2 create body has no tags: they follow with CreateTrainJobTags.
            std::vector<api::TmsTag> tags;
            for (const models::KeyValue &tag : std::as_const(m_draft.tags))
                tags.push_back({ tag.key, tag.value, {} });
            api::ApiCall *call = m_connection->client()->send(api::training::createTags(jobId, tags));
            connect(call, &api::ApiCall::finished, this,
                [this, jobId](const api::ApiResult &tagged)
                {
                    if (tagged.error.isError() && tagged.error.kind != api::ApiError::Kind::Canceled)
                    {
                        // The job exists: report the tags, do not offer to submit it again.
                        api::ApiError error = tagged.error;
                        error.message = tr("The training job was created, but its tags were not added: %1")
                                            .arg(tagged.error.message);
                        emit errorOccurred(error);
                    }
                    onCreateFinished(api::ApiError(), jobId);
                });
        });
}

api::ApiRequest CreateTrainingJobPage::createRequest() const
{
    const QString workspace = m_connection ? m_connection->workspaceId() : QString();
    if (m_connection && m_connection->legacyTrainingApi())
        return api::trainingv1::create(m_draft.toV1CreateRequest(workspace));
    return api::training::create(m_draft.toCreateRequest(workspace));
}

std::optional<ApiCallSource> CreateTrainingJobPage::createCall()
{
    if (!m_connection)
        return std::nullopt;
    collectIntoDraft(); // as Submit does: the fields as they are now
    return ApiCallSource { m_connection, createRequest(),
        firstRefusal(models::validateDraft(m_draft, validationContext())) };
}

void CreateTrainingJobPage::onCreateFinished(const api::ApiError &error, const QString &jobId)
{
    m_submitting = false;
    m_ui->submitButton->setEnabled(true);
    m_ui->submitButton->setText(tr("Submit"));
    if (error.isError())
    {
        showSubmitError(error);
        emit errorOccurred(error);
        return;
    }
    m_saveTimer->stop();
    m_store.clear();
    m_dirty = false;
    m_ui->draftBanner->hide();
    emit submitted(jobId, m_draft.name);
}

void CreateTrainingJobPage::showSubmitError(const api::ApiError &error)
{
    m_ui->submitErrorLabel->setText(tr("The training job was not created: %1").arg(error.displayText()));
    m_ui->submitErrorReference->setText(error.reference());
    m_ui->submitErrorReference->setVisible(!error.reference().isEmpty());
    m_ui->submitErrorBox->show();
    // ModelArts.0103 (v1) and ModelArts.2751 (v2): the name is taken.
    if (error.code == u"ModelArts.0103" || error.code == u"ModelArts.2751")
    {
        m_serverNameMessage = tr("A training job with this name already exists.");
        revalidateTouched();
        m_ui->scrollArea->ensureWidgetVisible(m_rows.value(m_ui->nameEdit).container, 0, 40);
    }
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void CreateTrainingJobPage::clearSubmitError()
{
    m_ui->submitErrorLabel->clear();
    m_ui->submitErrorReference->clear();
    m_ui->submitErrorBox->hide();
}

QString CreateTrainingJobPage::submitError() const
{
    if (m_ui->submitErrorBox->isHidden())
        return QString();
    QString text = m_ui->submitErrorLabel->text();
    if (!m_ui->submitErrorReference->text().isEmpty())
        text += QLatin1Char('\n') + m_ui->submitErrorReference->text();
    return text;
}

void CreateTrainingJobPage::cancel()
{
    if (m_dirty)
        saveDraftNow();
    emit cancelled();
}

// ---------------------------------------------------------------------------------------
// drafts

void CreateTrainingJobPage::startNew()
{
    m_ui->draftBanner->hide();
    clearSubmitError();
    if (const std::optional<models::DraftStore::Saved> saved = m_store.load())
    {
        setDraft(saved->draft);
        showDraftBanner(saved->savedAt);
    }
    else
    {
        setDraft(TrainingJobDraft::withDefaults());
    }
    m_dirty = false;
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
    if (m_draft.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm)
        loadAlgorithmConstraints(m_draft.algorithmId);
}

void CreateTrainingJobPage::startRebuild(const api::TrainingJob &job)
{
    m_ui->draftBanner->hide();
    clearSubmitError();
    setDraft(TrainingJobDraft::fromJob(job));
    m_dirty = false;
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
    if (m_draft.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm)
        loadAlgorithmConstraints(m_draft.algorithmId);

    // Tags are not part of the job body (ShowTrainJobTags); they join the form when they
    // arrive, unless the user has started on the tags already.
    if (!m_connection || !job.metadata.id || m_connection->legacyTrainingApi())
        return;
    const QString jobId = *job.metadata.id;
    api::whenDecoded<api::TrainingJobTagList>(m_connection->client()->send(api::training::showTags(jobId)), this,
        [this, rebuiltName = m_draft.name](const api::Typed<api::TrainingJobTagList> &result)
        {
            if (!result.ok() || result.value.tags.empty() || m_draft.name != rebuiltName || !m_tags->rows().isEmpty())
                return; // failed (the form works without them), none, or another job/draft is shown
            TrainingJobDraft withTags = m_draft;
            for (const api::TmsTag &tag : result.value.tags)
                withTags.tags.append({ tag.key, tag.value.value_or(QString()) });
            const bool wasDirty = m_dirty;
            setDraft(withTags);
            m_dirty = wasDirty;
        });
}

void CreateTrainingJobPage::showDraftBanner(const QDateTime &savedAt)
{
    m_ui->draftBannerLabel->setText(
        tr("Draft restored from %1.").arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->draftBanner->show();
}

void CreateTrainingJobPage::discardDraft()
{
    m_saveTimer->stop();
    m_store.clear();
    m_ui->draftBanner->hide();
    clearSubmitError();
    setDraft(TrainingJobDraft::withDefaults());
    m_dirty = false;
}

void CreateTrainingJobPage::scheduleSave()
{
    m_saveTimer->start();
}

void CreateTrainingJobPage::saveDraftNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_submitting)
        return;
    if (m_store.save(m_draft))
        m_dirty = false;
}

void CreateTrainingJobPage::hideEvent(QHideEvent *event)
{
    if (m_dirty)
        saveDraftNow();
    QWidget::hideEvent(event);
}

// ---------------------------------------------------------------------------------------
// My algorithm

QPushButton *CreateTrainingJobPage::selectAlgorithmButton() const
{
    return m_ui->selectAlgorithmButton;
}

void CreateTrainingJobPage::chooseAlgorithm()
{
    if (!m_connection)
        return;
    auto *dialog = new AlgorithmPickerDialog(
        m_connection->client(), m_connection->workspaceId(), m_ui->algorithmIdEdit->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog]
        {
            if (const std::optional<api::Algorithm> chosen = dialog->selectedAlgorithm())
                useAlgorithm(*chosen);
        });
    dialog->open();
}

void CreateTrainingJobPage::useAlgorithm(const api::Algorithm &algorithm)
{
    m_algorithm = algorithm;
    const api::AlgorithmJobConfig config = algorithm.jobConfig.value_or(api::AlgorithmJobConfig());
    TrainingJobDraft d = m_draft;
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = algorithm.metadata.id.value_or(QString());
    // Channels as the algorithm names them; what was typed for the same name stays.
    const auto channelsFrom = [](const QList<models::DataChannel> &before, const QStringList &names)
    {
        QList<models::DataChannel> out;
        for (const QString &name : names)
        {
            models::DataChannel channel;
            for (const models::DataChannel &c : before)
            {
                if (c.name == name)
                    channel = c;
            }
            channel.name = name;
            out.append(channel);
        }
        return out;
    };
    QStringList inputNames;
    for (const api::AlgorithmInputSpec &in : config.inputs.value_or(std::vector<api::AlgorithmInputSpec>()))
        inputNames << in.name;
    QStringList outputNames;
    for (const api::AlgorithmOutputSpec &out : config.outputs.value_or(std::vector<api::AlgorithmOutputSpec>()))
        outputNames << out.name;
    d.inputs = channelsFrom(d.inputs, inputNames);
    // An input the algorithm accepts from one source only starts on that source.
    for (models::DataChannel &channel : d.inputs)
    {
        const auto [dataset, path] = acceptedSources(config, channel.name);
        if (dataset && !path)
            channel.source = models::DataChannel::Source::Dataset;
        else if (path && !dataset)
            channel.source = models::DataChannel::Source::DataPath;
    }
    d.outputs = channelsFrom(d.outputs, outputNames);
    d.hyperparameters.clear();
    for (const api::AlgorithmParameter &p : config.parameters.value_or(std::vector<api::AlgorithmParameter>()))
        d.hyperparameters.append({ p.name, p.value.value_or(QString()) });
    // The search block starts off, with the algorithm's metric, algorithms, values and ranges.
    d.autoSearch = algorithm.advancedConfig && algorithm.advancedConfig->autoSearch
        ? models::AutoSearchDraft::fromPolicy(*algorithm.advancedConfig->autoSearch, false)
        : models::AutoSearchDraft();
    setDraft(d);
    m_dirty = true;
    scheduleSave();
    emit statusMessage(tr("The form now uses the algorithm %1.").arg(algorithm.metadata.name), 5000);
}

bool CreateTrainingJobPage::algorithmSupportsSearch() const
{
    return m_algorithm && m_algorithm->metadata.id.value_or(QString()) == m_draft.algorithmId.trimmed()
        && m_algorithm->advancedConfig && m_algorithm->advancedConfig->autoSearch;
}

QList<std::pair<QCheckBox *, QString>> CreateTrainingJobPage::searchAlgorithmBoxes() const
{
    return { { m_ui->bayesOptSearchCheck, QStringLiteral("bayes_opt_search") },
        { m_ui->tpeSearchCheck, QStringLiteral("tpe_search") },
        { m_ui->annealSearchCheck, QStringLiteral("anneal_search") } };
}

void CreateTrainingJobPage::applyAlgorithmConstraints()
{
    const bool myAlgorithm = m_draft.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm;
    const bool matches = m_algorithm && m_algorithm->metadata.id.value_or(QString()) == m_draft.algorithmId.trimmed();
    m_ui->algorithmNameLabel->setText(matches ? m_algorithm->metadata.name : QString());
    if (!myAlgorithm || !matches)
        return;
    const api::AlgorithmJobConfig config = m_algorithm->jobConfig.value_or(api::AlgorithmJobConfig());
    const auto parameters = config.parameters.value_or(std::vector<api::AlgorithmParameter>());
    const QList<models::KeyValue> rows = m_hyperparameters->rows();
    for (int row = 0; row < rows.size(); ++row)
    {
        for (const api::AlgorithmParameter &p : parameters)
        {
            if (p.name != rows.at(row).key)
                continue;
            const api::ParameterConstraint c = p.constraint.value_or(api::ParameterConstraint());
            m_hyperparameters->setRowConstraints(row, false, c.editable.value_or(true), !c.required.value_or(false));
        }
    }
    const auto fixNames = [](ChannelEditor *editor, const QStringList &names)
    {
        for (int row = 0; row < editor->rowCount(); ++row)
        {
            QLineEdit *name = editor->nameEdit(row);
            if (name && names.contains(name->text()))
            {
                name->setEnabled(false);
                name->setToolTip(tr("Defined by the algorithm"));
            }
        }
    };
    QStringList inputNames;
    for (const api::AlgorithmInputSpec &in : config.inputs.value_or(std::vector<api::AlgorithmInputSpec>()))
        inputNames << in.name;
    QStringList outputNames;
    for (const api::AlgorithmOutputSpec &out : config.outputs.value_or(std::vector<api::AlgorithmOutputSpec>()))
        outputNames << out.name;
    fixNames(m_inputs, inputNames);
    fixNames(m_outputs, outputNames);
    for (int row = 0; row < m_inputs->rowCount(); ++row)
    {
        const auto [dataset, path] = acceptedSources(config, m_inputs->nameEdit(row)->text());
        m_inputs->setRowSources(row, dataset, path);
    }
}

void CreateTrainingJobPage::loadAlgorithmConstraints(const QString &id)
{
    if (!m_connection || id.trimmed().isEmpty() || m_connection->legacyTrainingApi())
        return;
    if (m_algorithm && m_algorithm->metadata.id.value_or(QString()) == id.trimmed())
    {
        applyAlgorithmConstraints();
        return;
    }
    api::whenDecoded<api::Algorithm>(m_connection->client()->send(api::algorithms::show(id.trimmed())), this,
        [this, id](const api::Typed<api::Algorithm> &result)
        {
            // A preset algorithm of the service is not in Algorithm Management: nothing to dim then.
            if (!result.ok() || m_draft.algorithmId.trimmed() != id.trimmed())
                return;
            m_algorithm = result.value;
            applyAlgorithmConstraints();
            revalidateTouched();
        });
}
} // namespace ma::ui
