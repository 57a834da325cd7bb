#include "createpoolpage.h"

#include "api/apiclient.h"
#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/poolprechecks.h"
#include "ui/pools/createnetworkdialog.h"
#include "ui/pools/createpooldiskeditor.h"
#include "ui/pools/createpoolflavoreditor.h"
#include "ui/pools/poolpageids.h"
#include "ui/training/confirmjobdialog.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace ma::ui
{
namespace
{
using models::PoolDraft;
using models::PoolField;

constexpr int kSaveDelayMs = 1000;
constexpr int kWatchIntervalMs = 2000;
constexpr int kNetworkPollMs = 3000;

// API scope words (api.md P-1 spec.scope) in the console's order of the Job Type choices (L1096).
const QString kNotebook = QStringLiteral("Notebook");
const QString kTrain = QStringLiteral("Train");
const QString kInfer = QStringLiteral("Infer");

int gibOf(const std::optional<QString> &size)
{
    if (!size)
        return 0;
    bool ok = false;
    const double bytes = api::parseKubernetesQuantity(*size, &ok);
    if (!ok)
        return 0;
    // "500Gi" -> bytes; a bare number is already GiB (the pool API writes sizes as "100").
    return bytes > 1024.0 * 1024 ? int(bytes / (1024.0 * 1024 * 1024)) : int(bytes);
}

QString typeOfFlavor(const api::ResourceFlavor &f)
{
    const QString label
        = f.metadata ? api::k8sLabel(*f.metadata, QStringLiteral("os.modelarts.flavor/type")) : QString();
    if (!label.isEmpty())
        return label;
    if (f.spec && f.spec->npu && f.spec->npu->size.value_or(0) > 0)
        return QStringLiteral("Ascend");
    if (f.spec && f.spec->gpu && f.spec->gpu->size.value_or(0) > 0)
        return QStringLiteral("GPU");
    return QStringLiteral("CPU");
}

// Driver versions the form offers per accelerator (GPU: NVIDIA, Ascend: NPU firmware and driver).
QStringList driverVersions(bool gpu)
{
    return gpu ? QStringList { QStringLiteral("535.54.03"), QStringLiteral("525.105.17"), QStringLiteral("470.57.02") }
               : QStringList { QStringLiteral("23.0.6"), QStringLiteral("23.0.rc3"), QStringLiteral("24.1.rc2") };
}
} // namespace

CreatePoolPage::CreatePoolPage(QWidget *parent)
    : ConsolePage(parent)
    , m_watcher(new models::PoolWatcher(this))
    , m_saveTimer(new QTimer(this))
    , m_networkPoll(new QTimer(this))
{
    setObjectName(QStringLiteral("createPoolPage"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &CreatePoolPage::saveDraftNow);
    // A network just created is Creating for a while: its state is read again until it is Active.
    m_networkPoll->setInterval(kNetworkPollMs);
    connect(m_networkPoll, &QTimer::timeout, this, &CreatePoolPage::loadNetworks);
    m_watcher->setInterval(kWatchIntervalMs);
    connect(m_watcher, &models::PoolWatcher::updated, this, &CreatePoolPage::onWatchedPoolUpdated);
    connect(m_watcher, &models::PoolWatcher::errorOccurred, this,
        [this](const api::ApiError &error)
        {
            if (!error.isNotFound())
                return; // read again at the next interval
            // Deleted while it was being created: nothing left to report on.
            m_watcher->setActive(false);
            m_watchedPool.clear();
        });

    buildUi();
    connectEdits();
    populateFromDraft();
}

CreatePoolPage::~CreatePoolPage()
{
    if (m_dirty)
        saveDraftNow();
}

// ---------------------------------------------------------------------------------------
// construction

QFormLayout *CreatePoolPage::addCard(QVBoxLayout *column, const QString &title, const QString &objectName)
{
    auto *card = new QFrame;
    card->setObjectName(objectName);
    card->setProperty("card", true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, card);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    layout->addLayout(form);
    column->addWidget(card);
    return form;
}

QWidget *CreatePoolPage::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &hint,
    std::optional<models::PoolField> messageFor)
{
    auto *container = new QWidget;
    container->setObjectName(field->objectName() + QStringLiteral("Row"));
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    // Small controls keep their size; the hint and message under them use the whole row.
    const bool compact = qobject_cast<QAbstractButton *>(field) || qobject_cast<QAbstractSpinBox *>(field)
        || qobject_cast<QComboBox *>(field);
    layout->addWidget(field, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    FieldRow row { form, container, nullptr };
    if (messageFor)
    {
        row.message = new QLabel(container);
        row.message->setObjectName(field->objectName() + QStringLiteral("Message"));
        row.message->setTextFormat(Qt::PlainText);
        row.message->setWordWrap(true);
        row.message->hide();
        layout->addWidget(row.message);
        m_fieldRows.insert(*messageFor, row);
    }
    if (!hint.isEmpty())
    {
        auto *hintLabel = new QLabel(hint, container);
        hintLabel->setObjectName(field->objectName() + QStringLiteral("Hint"));
        hintLabel->setTextFormat(Qt::PlainText);
        hintLabel->setWordWrap(true);
        hintLabel->setProperty("tone", QStringLiteral("muted"));
        QFont f = hintLabel->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        hintLabel->setFont(f);
        layout->addWidget(hintLabel);
    }
    auto *labelWidget = new QLabel(label);
    labelWidget->setMinimumWidth(170);
    labelWidget->setAlignment(Qt::AlignRight | Qt::AlignTop);
    labelWidget->setContentsMargins(0, 5, 0, 0);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, container);
    m_rows.insert(field, row);
    return container;
}

QWidget *CreatePoolPage::segments(QButtonGroup *group, const QStringList &texts, const QString &objectName)
{
    auto *box = new QWidget;
    box->setObjectName(objectName);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 0; i < texts.size(); ++i)
    {
        auto *button = new QPushButton(texts.at(i), box);
        button->setObjectName(objectName + QString::number(i));
        button->setCheckable(true);
        button->setProperty("segment", true);
        group->addButton(button, i);
        layout->addWidget(button);
    }
    group->setExclusive(true);
    group->button(0)->setChecked(true);
    layout->addStretch();
    return box;
}

void CreatePoolPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *contents = new QWidget;
    contents->setObjectName(QStringLiteral("scrollContents"));
    auto *column = new QVBoxLayout(contents);
    column->setContentsMargins(24, 16, 24, 24);
    column->setSpacing(14);
    m_scroll->setWidget(contents);
    outer->addWidget(m_scroll, 1);

    auto *title = new QLabel(tr("Buy AI Dedicated Cluster"), contents);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    title->setFont(tf);
    column->addWidget(title);

    // Draft banner and server error box.
    m_draftBanner = new QFrame(contents);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    auto *draftRow = new QHBoxLayout(m_draftBanner);
    draftRow->setContentsMargins(12, 6, 8, 6);
    m_draftBannerLabel = new QLabel(m_draftBanner);
    m_draftBannerLabel->setTextFormat(Qt::PlainText);
    auto *discard = new QPushButton(tr("Discard Draft"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    connect(discard, &QPushButton::clicked, this, &CreatePoolPage::discardDraft);
    draftRow->addWidget(m_draftBannerLabel, 1);
    draftRow->addWidget(discard);
    m_draftBanner->hide();
    column->addWidget(m_draftBanner);

    m_errorBox = new QFrame(contents);
    m_errorBox->setObjectName(QStringLiteral("submitErrorBox"));
    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(12, 8, 12, 8);
    m_errorLabel = new QLabel(m_errorBox);
    m_errorLabel->setObjectName(QStringLiteral("submitErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorReference = new QLabel(m_errorBox);
    m_errorReference->setObjectName(QStringLiteral("submitErrorReference"));
    m_errorReference->setTextFormat(Qt::PlainText);
    m_errorReference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_errorReference);
    m_errorBox->hide();
    column->addWidget(m_errorBox);

    // Billing Mode (row 1).
    QFormLayout *billingForm = addCard(column, tr("Billing Mode"), QStringLiteral("billingCard"));
    m_billing = new QButtonGroup(this);
    addField(billingForm, tr("Billing Mode"),
        segments(m_billing, { tr("Pay-per-use"), tr("Yearly/Monthly") }, QStringLiteral("billingMode")),
        tr("Pay-per-use: billed for the time the nodes exist; the pool can be deleted at any time. Yearly/Monthly: "
           "prepaid for the required duration."));

    // Cluster Specifications (rows 2-5).
    QFormLayout *clusterForm = addCard(column, tr("Cluster Specifications"), QStringLiteral("clusterCard"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaximumWidth(420);
    m_name->setPlaceholderText(tr("Enter a cluster name"));
    addField(clusterForm, tr("Cluster Name"), m_name,
        tr("4 to 25 characters: lowercase letters, digits and hyphens (-). Starts with a lowercase letter and cannot "
           "end with a hyphen."),
        PoolField::Name);
    m_poolType = new QButtonGroup(this);
    QWidget *poolType = segments(m_poolType, { tr("Physical"), tr("Logical") }, QStringLiteral("poolType"));
    // "If there is no logical specification, Logical is not displayed" (L1095): no resource
    // flavor of the API is a logical one, so the choice is shown disabled with the reason.
    m_poolType->button(1)->setEnabled(false);
    m_poolType->button(1)->setToolTip(tr("No logical specification is offered in this region."));
    addField(clusterForm, tr("Resource Pool Type"), poolType,
        tr("Physical: dedicated nodes with physical isolation and a dedicated network."));
    auto *jobTypes = new QWidget;
    jobTypes->setObjectName(QStringLiteral("jobTypesBox"));
    auto *jobLayout = new QHBoxLayout(jobTypes);
    jobLayout->setContentsMargins(0, 0, 0, 0);
    jobLayout->setSpacing(18);
    m_jobNotebook = new QCheckBox(tr("DevEnviron"), jobTypes);
    m_jobNotebook->setObjectName(QStringLiteral("jobTypeNotebook"));
    m_jobTrain = new QCheckBox(tr("Training Job"), jobTypes);
    m_jobTrain->setObjectName(QStringLiteral("jobTypeTrain"));
    m_jobInfer = new QCheckBox(tr("Inference Service"), jobTypes);
    m_jobInfer->setObjectName(QStringLiteral("jobTypeInfer"));
    for (QCheckBox *box : { m_jobNotebook, m_jobTrain, m_jobInfer })
        jobLayout->addWidget(box);
    jobLayout->addStretch();
    addField(clusterForm, tr("Job Type"), jobTypes,
        tr("Only the selected job types can run in the pool. Each type installs plug-ins that use pool resources, "
           "so select only what you need."),
        PoolField::JobTypes);

    // Network (rows 8-9).
    QFormLayout *networkForm = addCard(column, tr("Network"), QStringLiteral("networkCard"));
    auto *networkBox = new QWidget;
    networkBox->setObjectName(QStringLiteral("networkBox"));
    auto *networkRow = new QHBoxLayout(networkBox);
    networkRow->setContentsMargins(0, 0, 0, 0);
    m_network = new QComboBox(networkBox);
    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_network->setMinimumWidth(360);
    auto *refresh = new QToolButton(networkBox);
    refresh->setObjectName(QStringLiteral("refreshNetworksButton"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Reload the networks"));
    connect(refresh, &QToolButton::clicked, this, &CreatePoolPage::loadNetworks);
    auto *createNetwork = new QPushButton(tr("Create Network…"), networkBox);
    createNetwork->setObjectName(QStringLiteral("createNetworkButton"));
    connect(createNetwork, &QPushButton::clicked, this, &CreatePoolPage::createNetwork);
    networkRow->addWidget(m_network);
    networkRow->addWidget(refresh);
    networkRow->addWidget(createNetwork);
    networkRow->addStretch();
    addField(networkForm, tr("ModelArts Network"), networkBox,
        tr("The network interconnects the nodes of the pool. It is set only for physical resource pools."),
        PoolField::Network);
    m_ipv6 = new QCheckBox(tr("Enable IPv6"));
    m_ipv6->setObjectName(QStringLiteral("ipv6Check"));
    addField(networkForm, tr("IPv6 Network"), m_ipv6,
        tr("IPv6 must be enabled on the network. It cannot be disabled once enabled."));

    // Default Setting (rows 10-23).
    QFormLayout *specForm = addCard(column, tr("Specifications"), QStringLiteral("specCard"));
    m_cpuArch = new QButtonGroup(this);
    addField(specForm, tr("CPU Architecture"),
        segments(m_cpuArch, { tr("x86"), tr("Arm64") }, QStringLiteral("cpuArch")),
        tr("All specifications of a pool share one CPU architecture."));
    m_instanceType = new QButtonGroup(this);
    addField(specForm, tr("Instance Specifications Type"),
        segments(m_instanceType, { tr("CPU"), tr("GPU"), tr("Ascend") }, QStringLiteral("instanceType")),
        tr("Mixing GPU or NPU specifications affects distributed training; one type is advised."));
    m_azMode = new QButtonGroup(this);
    addField(specForm, tr("AZ"),
        segments(m_azMode, { tr("Automatically allocated"), tr("Specifies AZ") }, QStringLiteral("azMode")),
        tr("Specifies AZ: set the number of instances in each AZ. For disaster recovery, deploy all nodes in the same "
           "AZ."));
    m_flavorEditor = new CreatePoolFlavorEditor;
    m_flavorEditor->setMaximumWidth(1060);
    addField(specForm, tr("Specifications"), m_flavorEditor,
        tr("Each specification at most once, at most 10 per pool. Create at most 30 instances at a time; available "
           "resources are lower than nominal because of system components."),
        PoolField::Flavors);
    m_advancedNode = new QCheckBox(tr("Set the operating system of the instances"));
    m_advancedNode->setObjectName(QStringLiteral("advancedNodeCheck"));
    addField(specForm, tr("Advanced Node Configuration"), m_advancedNode);
    m_os = new QComboBox;
    m_os->setObjectName(QStringLiteral("osCombo"));
    m_os->addItem(tr("Select an operating system"), QString());
    for (const char *os : { "EulerOS 2.10 64bit", "HCE 2.0 64bit", "Ubuntu 20.04 64bit", "Ubuntu 22.04 64bit" })
        m_os->addItem(QString::fromLatin1(os), QString::fromLatin1(os));
    m_os->setMaximumWidth(360);
    addField(specForm, tr("Operating System"), m_os, QString(), PoolField::Os);
    m_storage = new QCheckBox(tr("Configure the disks of the instances"));
    m_storage->setObjectName(QStringLiteral("storageCheck"));
    addField(specForm, tr("Storage Configuration"), m_storage,
        tr("Off: each instance gets the disks of its specification."));
    const auto diskBox = [](const QString &name, QComboBox *&type, QSpinBox *&size, int min, int max)
    {
        auto *box = new QWidget;
        box->setObjectName(name);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        type = new QComboBox(box);
        type->setObjectName(name + QStringLiteral("Type"));
        CreatePoolDiskEditor::fillVolumeTypes(type);
        size = new QSpinBox(box);
        size->setObjectName(name + QStringLiteral("Size"));
        size->setRange(min, max);
        size->setSuffix(tr(" GiB"));
        size->setMinimumWidth(110);
        row->addWidget(type);
        row->addWidget(size);
        row->addStretch();
        return box;
    };
    addField(specForm, tr("System Disk"),
        diskBox(QStringLiteral("systemDisk"), m_systemDiskType, m_systemDiskSize, 1, 4096),
        tr("40 to 1,024 GiB per instance."), PoolField::SystemDisk);
    addField(specForm, tr("Container Disk"),
        diskBox(QStringLiteral("containerDisk"), m_containerDiskType, m_containerDiskSize, 1, 65536),
        tr("EVS disk for container images and working directories: 10 to 32,768 GiB."), PoolField::ContainerDisk);
    m_dataDisks = new CreatePoolDiskEditor;
    m_dataDisks->setMaximumWidth(700);
    addField(specForm, tr("Container Data Disks"), m_dataDisks, tr("Extra EVS disks per instance, billed separately."),
        PoolField::DataDisks);
    m_containerEngine = new QSpinBox;
    m_containerEngine->setObjectName(QStringLiteral("containerEngineSpin"));
    m_containerEngine->setRange(0, 65536);
    m_containerEngine->setSuffix(tr(" GiB"));
    m_containerEngine->setMinimumWidth(110);
    m_containerEngine->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(specForm, tr("Container Engine Space Size"), m_containerEngine,
        tr("Integer, at least 50 GiB (the default), at most the container disk. It limits the disk a single pod "
           "can use; no extra cost."),
        PoolField::ContainerEngineSpace);

    m_writeMode = new QButtonGroup(this);
    addField(specForm, tr("Write Mode"),
        segments(m_writeMode, { tr("Linear"), tr("Stripe") }, QStringLiteral("writeMode")),
        tr("Stripe spreads writes over the disks for speed; a storage pool of striped volumes cannot be scaled out."));

    // Resource scheduling and allocation (rows 24-25).
    QFormLayout *driverForm = addCard(column, tr("Resource Scheduling and Allocation"), QStringLiteral("driverCard"));
    m_driverCard = qobject_cast<QFrame *>(driverForm->parentWidget());
    m_customDriver = new QCheckBox(tr("Choose the GPU or Ascend driver version"));
    m_customDriver->setObjectName(QStringLiteral("customDriverCheck"));
    addField(driverForm, tr("Custom Driver"), m_customDriver, tr("Off: the driver is installed automatically."));
    m_driverVersion = new QComboBox;
    m_driverVersion->setObjectName(QStringLiteral("driverVersionCombo"));
    m_driverVersion->setMaximumWidth(300);
    addField(driverForm, tr("Driver Version"), m_driverVersion, QString(), PoolField::DriverVersion);

    // Enabling HA redundancy (rows 26-28): the redundant counts are in the specification rows.
    QFormLayout *haForm = addCard(column, tr("HA Redundancy"), QStringLiteral("haCard"));
    m_haCard = qobject_cast<QFrame *>(haForm->parentWidget());
    m_haRedundancy = new QCheckBox(tr("Enable HA redundancy"));
    m_haRedundancy->setObjectName(QStringLiteral("haRedundancyCheck"));
    addField(haForm, tr("Enable HA Redundancy"), m_haRedundancy,
        tr("Redundant nodes stand by and replace a faulty node automatically; distribution: step-based even "
           "distribution. Set the redundant instances in the specification rows."),
        PoolField::HaRedundancy);

    // Advanced Options (rows 29-31).
    QFormLayout *advancedForm = addCard(column, tr("Advanced Options"), QStringLiteral("advancedCard"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumWidth(700);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    m_description->setTabChangesFocus(true);
    addField(advancedForm, tr("Cluster Description"), m_description, tr("Optional, at most 256 characters."),
        PoolField::Description);
    m_tags = new widgets::KeyValueEditor;
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_tags->setHeaders(tr("Tag key"), tr("Tag value"));
    m_tags->setMaximumRows(api::kMaxPoolTags);
    m_tags->setMaximumWidth(700);
    addField(advancedForm, tr("Tags"), m_tags,
        tr("At most 20 tags; keys up to 128 and values up to 255 characters. Tags can also be set later on the Tags "
           "tab."),
        PoolField::Tags);
    m_cidrMode = new QButtonGroup(this);
    addField(advancedForm, tr("CIDR Block"),
        segments(m_cidrMode, { tr("Default"), tr("Custom") }, QStringLiteral("cidrMode")),
        tr("Default: the system picks available blocks, which cannot be changed later. For commercial use, customize "
           "them."));
    m_containerCidr = new QLineEdit;
    m_containerCidr->setObjectName(QStringLiteral("containerCidrEdit"));
    m_containerCidr->setPlaceholderText(QStringLiteral("172.16.0.0/16"));
    m_containerCidr->setMaximumWidth(300);
    addField(advancedForm, tr("K8S Container Network"), m_containerCidr,
        tr("Caps the number of containers. Cannot be changed after creation."), PoolField::ContainerCidr);
    m_serviceCidr = new QLineEdit;
    m_serviceCidr->setObjectName(QStringLiteral("serviceCidrEdit"));
    m_serviceCidr->setPlaceholderText(QStringLiteral("10.247.0.0/16"));
    m_serviceCidr->setMaximumWidth(300);
    addField(advancedForm, tr("Kubernetes Service CIDR Block"), m_serviceCidr,
        tr("Caps the number of Services. Cannot be changed after creation."), PoolField::ServiceCidr);

    // Required Duration (rows 32-33), Yearly/Monthly only.
    QFormLayout *durationForm = addCard(column, tr("Required Duration"), QStringLiteral("durationCard"));
    m_durationCard = qobject_cast<QFrame *>(durationForm->parentWidget());
    m_duration = new QComboBox;
    m_duration->setObjectName(QStringLiteral("durationCombo"));
    for (int m = 1; m <= 9; ++m)
        m_duration->addItem(m == 1 ? tr("1 month") : tr("%1 months").arg(m), m);
    for (int y = 1; y <= 3; ++y)
        m_duration->addItem(y == 1 ? tr("1 year") : tr("%1 years").arg(y), y * 12);
    m_duration->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addField(durationForm, tr("Required Duration"), m_duration);
    m_autoRenew = new QCheckBox(tr("Auto-renew"));
    m_autoRenew->setObjectName(QStringLiteral("autoRenewCheck"));
    addField(durationForm, tr("Auto-renewal"), m_autoRenew,
        tr("Monthly subscriptions renew each month, yearly subscriptions each year."));
    column->addStretch();

    // Bottom bar: summary, Cancel, Buy Now.
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("bottomBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 10, 24, 10);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_buyButton = new QPushButton(tr("Buy Now"), bar);
    m_buyButton->setObjectName(QStringLiteral("buyButton"));
    m_buyButton->setProperty("primary", true);
    m_buyButton->setDefault(true);
    for (QPushButton *b : { m_cancelButton, m_buyButton })
        b->setMinimumWidth(96);
    // Copy as API Call, next to Buy Now: the order's request, without placing it.
    m_apiCallButton = createApiCallButton(
        bar, [this] { return createCall(); }, [this](const QString &note) { emit statusMessage(note, 10000); });
    barLayout->addWidget(m_summary, 1);
    barLayout->addWidget(m_apiCallButton);
    barLayout->addWidget(m_cancelButton);
    barLayout->addWidget(m_buyButton);
    outer->addWidget(bar);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreatePoolPage::cancel);
    connect(m_buyButton, &QPushButton::clicked, this, &CreatePoolPage::submit);

    setStyleSheet(widgets::Theme::styleSheet());
}

void CreatePoolPage::connectEdits()
{
    const auto edited = [this](PoolField field)
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
    connect(m_billing, &QButtonGroup::idClicked, this, structural);
    connect(m_name, &QLineEdit::textChanged, this, edited(PoolField::Name));
    connect(m_poolType, &QButtonGroup::idClicked, this, edited(PoolField::Network));
    for (QCheckBox *box : { m_jobNotebook, m_jobTrain, m_jobInfer })
        connect(box, &QCheckBox::toggled, this, edited(PoolField::JobTypes));
    connect(m_network, &QComboBox::currentIndexChanged, this, edited(PoolField::Network));
    connect(m_ipv6, &QCheckBox::toggled, this, structural);
    connect(m_cpuArch, &QButtonGroup::idClicked, this,
        [this]
        {
            collectIntoDraft();
            populateFlavorChoices();
            onEdited(PoolField::Flavors);
        });
    connect(m_instanceType, &QButtonGroup::idClicked, this,
        [this]
        {
            collectIntoDraft();
            populateFlavorChoices();
            populateDrivers();
            onEdited(PoolField::DriverVersion);
        });
    connect(m_azMode, &QButtonGroup::idClicked, this, edited(PoolField::Flavors));
    connect(m_flavorEditor, &CreatePoolFlavorEditor::rowsChanged, this, edited(PoolField::Flavors));
    connect(m_advancedNode, &QCheckBox::toggled, this, edited(PoolField::Os));
    connect(m_os, &QComboBox::currentIndexChanged, this, edited(PoolField::Os));
    connect(m_storage, &QCheckBox::toggled, this, edited(PoolField::ContainerEngineSpace));
    connect(m_systemDiskType, &QComboBox::currentIndexChanged, this, edited(PoolField::SystemDisk));
    connect(m_systemDiskSize, &QSpinBox::valueChanged, this, edited(PoolField::SystemDisk));
    connect(m_containerDiskType, &QComboBox::currentIndexChanged, this, edited(PoolField::ContainerDisk));
    connect(m_containerDiskSize, &QSpinBox::valueChanged, this,
        [this]
        {
            onEdited(PoolField::ContainerDisk);
            onEdited(PoolField::ContainerEngineSpace);
        });
    connect(m_dataDisks, &CreatePoolDiskEditor::rowsChanged, this, edited(PoolField::DataDisks));
    connect(m_containerEngine, &QSpinBox::valueChanged, this, edited(PoolField::ContainerEngineSpace));
    connect(m_writeMode, &QButtonGroup::idClicked, this, structural);
    connect(m_customDriver, &QCheckBox::toggled, this, edited(PoolField::DriverVersion));
    connect(m_driverVersion, &QComboBox::currentIndexChanged, this, edited(PoolField::DriverVersion));
    connect(m_haRedundancy, &QCheckBox::toggled, this, edited(PoolField::HaRedundancy));
    connect(m_description, &QPlainTextEdit::textChanged, this, edited(PoolField::Description));
    connect(m_tags, &widgets::KeyValueEditor::rowsChanged, this, edited(PoolField::Tags));
    connect(m_cidrMode, &QButtonGroup::idClicked, this, structural);
    connect(m_containerCidr, &QLineEdit::textChanged, this, edited(PoolField::ContainerCidr));
    connect(m_serviceCidr, &QLineEdit::textChanged, this, edited(PoolField::ServiceCidr));
    connect(m_duration, &QComboBox::currentIndexChanged, this, structural);
    connect(m_autoRenew, &QCheckBox::toggled, this, structural);
}

// ---------------------------------------------------------------------------------------
// draft <-> widgets

void CreatePoolPage::populateFromDraft()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const PoolDraft &d = m_draft;
    m_billing->button(d.billing == PoolDraft::Billing::YearlyMonthly ? 1 : 0)->setChecked(true);
    m_name->setText(d.name);
    m_poolType->button(d.poolType == PoolDraft::PoolType::Logical ? 1 : 0)->setChecked(true);
    m_jobNotebook->setChecked(d.jobTypes.contains(kNotebook));
    m_jobTrain->setChecked(d.jobTypes.contains(kTrain));
    m_jobInfer->setChecked(d.jobTypes.contains(kInfer));
    populateNetworks();
    m_ipv6->setChecked(d.ipv6);
    m_cpuArch->button(d.cpuArch == u"arm64" ? 1 : 0)->setChecked(true);
    m_instanceType->button(d.instanceType == u"Ascend" ? 2 : (d.instanceType == u"GPU" ? 1 : 0))->setChecked(true);
    m_azMode->button(d.manualAz ? 1 : 0)->setChecked(true);
    m_flavorEditor->setManualAz(d.manualAz);
    m_flavorEditor->setFlavorRows(d.flavors);
    populateFlavorChoices();
    m_advancedNode->setChecked(d.advancedNode);
    m_os->setCurrentIndex(std::max(0, m_os->findData(d.os)));
    m_storage->setChecked(d.storage);
    m_systemDiskType->setCurrentIndex(std::max(0, m_systemDiskType->findData(d.systemDiskType)));
    m_systemDiskSize->setValue(d.systemDiskGiB);
    m_containerDiskType->setCurrentIndex(std::max(0, m_containerDiskType->findData(d.containerDiskType)));
    m_containerDiskSize->setValue(d.containerDiskGiB);
    m_dataDisks->setDisks(d.dataDisks);
    m_containerEngine->setValue(d.containerEngineGiB);
    m_writeMode->button(d.stripedWriteMode ? 1 : 0)->setChecked(true);
    m_customDriver->setChecked(d.customDriver);
    populateDrivers();
    m_haRedundancy->setChecked(d.haRedundancy);
    m_description->setPlainText(d.description);
    m_tags->setRows(d.tags);
    m_cidrMode->button(d.customCidr ? 1 : 0)->setChecked(true);
    m_containerCidr->setText(d.containerCidr);
    m_serviceCidr->setText(d.serviceCidr);
    m_duration->setCurrentIndex(std::max(0, m_duration->findData(d.durationMonths)));
    m_autoRenew->setChecked(d.autoRenew);
    m_updating = wasUpdating;
    updateVisibility();
    updateSummary();
}

void CreatePoolPage::collectIntoDraft()
{
    PoolDraft &d = m_draft;
    d.billing = m_billing->checkedId() == 1 ? PoolDraft::Billing::YearlyMonthly : PoolDraft::Billing::PayPerUse;
    d.durationMonths = m_duration->currentData().toInt();
    d.autoRenew = m_autoRenew->isChecked();
    d.name = m_name->text();
    d.poolType = m_poolType->checkedId() == 1 ? PoolDraft::PoolType::Logical : PoolDraft::PoolType::Physical;
    d.jobTypes.clear();
    if (m_jobNotebook->isChecked())
        d.jobTypes << kNotebook;
    if (m_jobTrain->isChecked())
        d.jobTypes << kTrain;
    if (m_jobInfer->isChecked())
        d.jobTypes << kInfer;
    if (m_network->count() > 0 && m_network->isEnabled())
        d.network = m_network->currentData().toString();
    d.ipv6 = m_ipv6->isChecked();
    d.cpuArch = m_cpuArch->checkedId() == 1 ? QStringLiteral("arm64") : QStringLiteral("x86");
    static const QStringList types = { QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("Ascend") };
    d.instanceType = types.value(m_instanceType->checkedId(), types.first());
    d.manualAz = m_azMode->checkedId() == 1;
    d.flavors = m_flavorEditor->flavorRows();
    d.advancedNode = m_advancedNode->isChecked();
    d.os = m_os->currentData().toString();
    d.storage = m_storage->isChecked();
    d.systemDiskType = m_systemDiskType->currentData().toString();
    d.systemDiskGiB = m_systemDiskSize->value();
    d.containerDiskType = m_containerDiskType->currentData().toString();
    d.containerDiskGiB = m_containerDiskSize->value();
    d.dataDisks = m_dataDisks->disks();
    d.containerEngineGiB = m_containerEngine->value();
    d.stripedWriteMode = m_writeMode->checkedId() == 1;
    d.customDriver = m_customDriver->isChecked();
    if (m_driverVersion->count() > 0)
        d.driverVersion = m_driverVersion->currentData().toString();
    d.haRedundancy = m_haRedundancy->isChecked();
    d.description = m_description->toPlainText();
    d.tags = m_tags->rows();
    d.customCidr = m_cidrMode->checkedId() == 1;
    d.containerCidr = m_containerCidr->text();
    d.serviceCidr = m_serviceCidr->text();
}

void CreatePoolPage::setDraft(const models::PoolDraft &draft)
{
    m_draft = draft;
    m_touched.clear();
    populateFromDraft();
    collectIntoDraft();
    showIssues({});
}

void CreatePoolPage::onEdited(std::optional<models::PoolField> field)
{
    if (m_updating)
        return;
    collectIntoDraft();
    m_dirty = true;
    if (field)
        m_touched.insert(*field);
    m_flavorEditor->setManualAz(m_draft.manualAz);
    updateVisibility();
    revalidateTouched();
    updateSummary();
    scheduleSave();
}

void CreatePoolPage::updateVisibility()
{
    const PoolDraft &d = m_draft;
    const auto show = [this](QWidget *field, bool visible)
    {
        const FieldRow row = m_rows.value(field);
        if (row.form)
            row.form->setRowVisible(row.container, visible);
    };
    const bool physical = d.poolType == PoolDraft::PoolType::Physical;
    show(m_network->parentWidget(), physical);
    show(m_ipv6, physical);
    show(m_os, d.advancedNode);
    show(m_systemDiskType->parentWidget(), d.storage);
    show(m_containerDiskType->parentWidget(), d.storage);
    show(m_dataDisks, d.storage);
    show(m_writeMode->button(0)->parentWidget(), d.storage);
    // The driver applies to GPU and Ascend pools only (L1122).
    m_driverCard->setVisible(d.instanceType != u"CPU");
    show(m_driverVersion, d.customDriver);
    // HA redundancy: only flavors that support it (Snt9C, L1126).
    QSet<QString> haFlavors;
    bool anyHa = false;
    for (const FlavorInfo &f : std::as_const(m_flavors))
    {
        if (f.haRedundancy)
            haFlavors.insert(f.id);
    }
    for (const models::PoolFlavorRow &row : d.flavors)
        anyHa = anyHa || haFlavors.contains(row.flavorId);
    m_haCard->setVisible(anyHa);
    m_flavorEditor->setHaRedundancy(haFlavors, anyHa && d.haRedundancy);
    show(m_containerCidr, d.customCidr);
    show(m_serviceCidr, d.customCidr);
    m_durationCard->setVisible(d.billing == PoolDraft::Billing::YearlyMonthly);
}

void CreatePoolPage::updateSummary()
{
    const int instances = m_draft.totalInstances();
    const int flavors = int(m_draft.flavors.size());
    QStringList parts;
    parts << (instances == 1 ? tr("1 instance") : tr("%1 instances").arg(instances));
    parts << (flavors == 1 ? tr("1 specification") : tr("%1 specifications").arg(flavors));
    parts << (m_draft.billing == PoolDraft::Billing::YearlyMonthly ? tr("Yearly/Monthly") : tr("Pay-per-use"));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

void CreatePoolPage::populateFlavorChoices()
{
    QList<CreatePoolFlavorEditor::Choice> choices;
    QStringList zones;
    for (const FlavorInfo &f : std::as_const(m_flavors))
    {
        for (const QString &z : f.zones)
        {
            if (!zones.contains(z))
                zones << z;
        }
        if (f.cpuArch != m_draft.cpuArch || f.type != m_draft.instanceType)
            continue;
        choices.append({ f.id, f.soldOut ? tr("%1 (sold out)").arg(f.text) : f.text });
    }
    zones.sort();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_flavorEditor->setZones(zones);
    m_flavorEditor->setChoices(choices);
    m_updating = wasUpdating;
}

void CreatePoolPage::populateNetworks()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_network->clear();
    m_network->addItem(tr("Select a network"), QString());
    bool anyCreating = false;
    for (const api::Network &n : m_networks)
    {
        const QString id = n.metadata ? n.metadata->name.value_or(QString()) : QString();
        const QString phase = n.status ? n.status->phase.value_or(QString()) : QString();
        const QString cidr = n.spec ? n.spec->cidr.value_or(QString()) : QString();
        anyCreating = anyCreating || phase != u"Active";
        QString text = QStringLiteral("%1 (%2)").arg(api::networkDisplayName(n), cidr);
        if (phase != u"Active")
            text += QStringLiteral(" · ") + (phase.isEmpty() ? tr("Creating") : phase);
        m_network->addItem(text, id);
    }
    if (!m_draft.network.isEmpty() && m_network->findData(m_draft.network) < 0)
        m_network->addItem(m_draft.network, m_draft.network);
    m_network->setCurrentIndex(std::max(0, m_network->findData(m_draft.network)));
    m_updating = wasUpdating;
    if (anyCreating && isActive())
        m_networkPoll->start();
    else
        m_networkPoll->stop();
}

void CreatePoolPage::populateDrivers()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_driverVersion->clear();
    m_driverVersion->addItem(tr("Select a driver version"), QString());
    for (const QString &v : driverVersions(gpuDriver()))
        m_driverVersion->addItem(v, v);
    m_driverVersion->setCurrentIndex(std::max(0, m_driverVersion->findData(m_draft.driverVersion)));
    m_updating = wasUpdating;
}

bool CreatePoolPage::gpuDriver() const
{
    return m_draft.instanceType != u"Ascend";
}

// ---------------------------------------------------------------------------------------
// lists from the API

void CreatePoolPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    if (m_dirty)
        saveDraftNow();
    m_connection = connection;
    m_store = models::DraftStore(
        QStringLiteral("create-pool-") + (connection ? connection->profileName() : QStringLiteral("none")));
    m_watcher->setActive(false);
    m_watcher->setClient(connection ? connection->client() : nullptr);
    m_watchedPool.clear();
    m_flavors.clear();
    m_networks.clear();
    m_poolNames.clear();
    m_loadedOnce = false;
    startNew();
    reloadCatalog();
}

void CreatePoolPage::reloadCatalog()
{
    if (!m_connection)
        return;
    m_pendingLoads = 3;
    loadFlavors();
    loadNetworks();
    loadPools();
}

void CreatePoolPage::loadFlavors()
{
    api::whenDecoded<api::ResourceFlavorList>(m_connection->client()->send(api::pools::resourceFlavors()), this,
        [this](const api::Typed<api::ResourceFlavorList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            m_flavors.clear();
            for (const api::ResourceFlavor &item : result.value.items)
            {
                FlavorInfo f;
                f.id = item.metadata ? item.metadata->name.value_or(QString()) : QString();
                if (f.id.isEmpty())
                    continue;
                QString description; // "GPU: 4*T4(16GB) | CPU: 32 vCPUs 128GB"
                if (item.metadata && item.metadata->annotations)
                {
                    const auto it = item.metadata->annotations->find(api::PoolLabel::Description.toString());
                    if (it != item.metadata->annotations->end())
                        description = it->second;
                }
                f.text = description.isEmpty() ? f.id : QStringLiteral("%1 · %2").arg(description, f.id);
                f.cpuArch = item.spec ? item.spec->cpuArch.value_or(QStringLiteral("x86")) : QStringLiteral("x86");
                f.type = typeOfFlavor(item);
                f.haRedundancy = f.id.contains(QStringLiteral("snt9c"), Qt::CaseInsensitive);
                if (item.spec && item.spec->dataVolumes && !item.spec->dataVolumes->empty())
                    f.containerDiskGiB = gibOf(item.spec->dataVolumes->front().size);
                bool anyNormal = false;
                if (item.status && item.status->phase)
                {
                    for (const auto &[az, phase] : *item.status->phase)
                    {
                        f.zones << az;
                        anyNormal = anyNormal || phase != u"soldout";
                    }
                }
                f.soldOut = !f.zones.isEmpty() && !anyNormal;
                m_flavors.append(f);
            }
            finishLoad();
        });
}

void CreatePoolPage::loadNetworks()
{
    if (!m_connection)
        return;
    const bool initial = m_pendingLoads > 0;
    api::QueryItems query;
    if (!m_connection->workspaceId().isEmpty())
        query.append({ QStringLiteral("workspaceId"), m_connection->workspaceId() });
    api::whenDecoded<api::NetworkList>(m_connection->client()->send(api::networks::list(query)), this,
        [this, initial](const api::Typed<api::NetworkList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            if (result.ok())
                m_networks = result.value.items;
            if (initial)
            {
                finishLoad();
                return;
            }
            populateNetworks();
            collectIntoDraft();
            revalidateTouched();
        });
}

void CreatePoolPage::loadPools()
{
    api::whenDecoded<api::PoolList>(m_connection->client()->send(api::pools::list()), this,
        [this](const api::Typed<api::PoolList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            m_poolNames.clear();
            for (const api::Pool &pool : result.value.items)
                m_poolNames << api::poolDisplayName(pool);
            finishLoad();
        });
}

void CreatePoolPage::finishLoad()
{
    if (--m_pendingLoads > 0)
        return;
    m_pendingLoads = 0;
    m_loadedOnce = true;
    const bool wasDirty = m_dirty;
    m_updating = true;
    populateFlavorChoices();
    populateNetworks();
    m_updating = false;
    collectIntoDraft();
    m_dirty = wasDirty;
    updateVisibility();
    revalidateTouched();
    updateSummary();
    emit catalogLoaded();
}

const CreatePoolPage::FlavorInfo *CreatePoolPage::flavor(const QString &id) const
{
    for (const FlavorInfo &f : m_flavors)
    {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

models::PoolFormContext CreatePoolPage::formContext() const
{
    models::PoolFormContext c;
    for (const FlavorInfo &f : m_flavors)
        c.flavors.insert(f.id, { f.cpuArch, f.type, f.soldOut, f.haRedundancy });
    for (const api::Network &n : m_networks)
    {
        const QString id = n.metadata ? n.metadata->name.value_or(QString()) : QString();
        c.networks.insert(id,
            { n.status ? n.status->phase.value_or(QString()) : QString(),
                n.spec ? n.spec->cidr.value_or(QString()) : QString() });
    }
    c.existingPoolNames = m_poolNames;
    // Without Storage Configuration the container disk is the flavor's: the smallest of the chosen ones.
    for (const models::PoolFlavorRow &row : m_draft.flavors)
    {
        if (const FlavorInfo *f = flavor(row.flavorId); f && f->containerDiskGiB > 0)
            c.containerDiskMaxGiB = std::min(c.containerDiskMaxGiB.value_or(f->containerDiskGiB), f->containerDiskGiB);
    }
    return c;
}

// ---------------------------------------------------------------------------------------
// messages

void CreatePoolPage::revalidateTouched()
{
    QList<models::PoolIssue> issues;
    const models::PoolFormContext context = formContext();
    for (const models::PoolIssue &issue : models::validatePoolDraft(m_draft, context))
    {
        if (m_touched.contains(issue.field))
            issues.append(issue);
    }
    showIssues(issues);
}

void CreatePoolPage::showIssues(const QList<models::PoolIssue> &issues)
{
    m_issues = issues;
    for (const FieldRow &row : std::as_const(m_fieldRows))
    {
        row.message->clear();
        row.message->hide();
    }
    m_flavorEditor->clearMessages();
    m_dataDisks->clearMessages();
    m_tags->clearMessages();

    QHash<QLabel *, QStringList> texts;
    QHash<QLabel *, bool> errors;
    QMap<std::pair<int, int>, QStringList> rowTexts;
    QMap<std::pair<int, int>, bool> rowErrors;
    for (const models::PoolIssue &issue : std::as_const(m_issues))
    {
        const bool rowField = issue.field == PoolField::Flavors || issue.field == PoolField::DataDisks
            || issue.field == PoolField::Tags || issue.field == PoolField::HaRedundancy;
        if (rowField && issue.row >= 0)
        {
            const std::pair<int, int> key {
                int(issue.field == PoolField::HaRedundancy ? PoolField::Flavors : issue.field), issue.row
            };
            if (!rowTexts[key].contains(issue.message))
                rowTexts[key] << issue.message;
            rowErrors[key] = rowErrors.value(key) || !issue.warning;
            continue;
        }
        QLabel *label = m_fieldRows.value(issue.field).message;
        if (!label)
            continue;
        if (!texts[label].contains(issue.message))
            texts[label] << issue.message;
        errors[label] = errors.value(label) || !issue.warning;
    }
    for (auto it = rowTexts.cbegin(); it != rowTexts.cend(); ++it)
    {
        const QString text = it->join(QLatin1Char('\n'));
        const bool warning = !rowErrors.value(it.key());
        switch (PoolField(it.key().first))
        {
        case PoolField::Flavors:
            m_flavorEditor->setRowMessage(it.key().second, text, warning);
            break;
        case PoolField::DataDisks:
            m_dataDisks->setRowMessage(it.key().second, text, warning);
            break;
        case PoolField::Tags:
            m_tags->setRowMessage(it.key().second, text, warning);
            break;
        default:
            break;
        }
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
    {
        it.key()->setText(it->join(QLatin1Char('\n')));
        widgets::Theme::setStyleProperty(
            it.key(), "tone", errors.value(it.key()) ? QStringLiteral("error") : QStringLiteral("warning"));
        it.key()->show();
    }
}

QString CreatePoolPage::fieldMessage(models::PoolField field, int row) const
{
    QStringList texts;
    for (const models::PoolIssue &issue : m_issues)
    {
        if (issue.field == field && issue.row == row && !texts.contains(issue.message))
            texts << issue.message;
    }
    return texts.join(QLatin1Char('\n'));
}

void CreatePoolPage::scrollToFirstError()
{
    for (const models::PoolIssue &issue : std::as_const(m_issues))
    {
        if (issue.warning)
            continue;
        const FieldRow row
            = m_fieldRows.value(issue.field == PoolField::HaRedundancy ? PoolField::Flavors : issue.field);
        if (!row.container)
            continue;
        m_scroll->ensureWidgetVisible(row.container, 0, 40);
        if (QWidget *first = row.container->nextInFocusChain(); first && row.container->isAncestorOf(first))
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
}

// ---------------------------------------------------------------------------------------
// submit

QString CreatePoolPage::summaryHtml() const
{
    const PoolDraft &d = m_draft;
    using Row = ConfirmJobDialog::Row;
    QList<Row> rows;
    const bool prepaid = d.billing == PoolDraft::Billing::YearlyMonthly;
    rows << Row { tr("Billing Mode"), prepaid ? tr("Yearly/Monthly") : tr("Pay-per-use") };
    if (prepaid)
        rows << Row { tr("Required Duration"),
            QStringLiteral("%1%2").arg(m_duration->currentText(), d.autoRenew ? tr(", auto-renewed") : QString()) };
    rows << Row { tr("Cluster Name"), d.name };
    rows << Row { tr("Resource Pool Type"),
        d.poolType == PoolDraft::PoolType::Logical ? tr("Logical") : tr("Physical") };
    QStringList jobs;
    if (d.jobTypes.contains(kNotebook))
        jobs << tr("DevEnviron");
    if (d.jobTypes.contains(kTrain))
        jobs << tr("Training Job");
    if (d.jobTypes.contains(kInfer))
        jobs << tr("Inference Service");
    rows << Row { tr("Job Type"), jobs.join(QStringLiteral(", ")) };
    if (d.poolType == PoolDraft::PoolType::Physical)
        rows << Row { tr("Network"), m_network->currentText() + (d.ipv6 ? tr(", IPv6") : QString()) };
    rows << Row { tr("CPU Architecture"), d.cpuArch == u"arm64" ? tr("Arm64") : tr("x86") };
    QStringList flavors;
    for (const models::PoolFlavorRow &row : d.flavors)
    {
        const FlavorInfo *f = flavor(row.flavorId);
        QString line = tr("%1 × %2").arg(row.instances(d.manualAz)).arg(f ? f->text : row.flavorId);
        if (d.manualAz)
        {
            QStringList split;
            for (auto it = row.azCounts.cbegin(); it != row.azCounts.cend(); ++it)
            {
                if (it.value() > 0)
                    split << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            }
            line += QStringLiteral(" (%1)").arg(split.join(QStringLiteral(", ")));
        }
        if (d.haRedundancy && f && f->haRedundancy && row.haRedundantCount > 0)
            line += tr(", %1 HA redundant").arg(row.haRedundantCount);
        flavors << line;
    }
    rows << Row { tr("Specifications"), flavors.join(QLatin1Char('\n')) };
    rows << Row { tr("AZ"), d.manualAz ? tr("Specified") : tr("Automatically allocated") };
    if (d.advancedNode)
        rows << Row { tr("Operating System"), d.os };
    if (d.storage)
    {
        QStringList disks;
        disks << tr("System disk: %1, %2 GiB").arg(m_systemDiskType->currentText()).arg(d.systemDiskGiB);
        disks << tr("Container disk: %1, %2 GiB").arg(m_containerDiskType->currentText()).arg(d.containerDiskGiB);
        for (const models::PoolDataDisk &disk : d.dataDisks)
            disks << tr("Data disk: %1 × %2 GiB (%3)").arg(disk.count).arg(disk.sizeGiB).arg(disk.volumeType);
        disks << (d.stripedWriteMode ? tr("Write mode: stripe") : tr("Write mode: linear"));
        rows << Row { tr("Storage"), disks.join(QLatin1Char('\n')) };
    }
    rows << Row { tr("Container Engine Space"), tr("%1 GiB").arg(d.containerEngineGiB) };
    if (d.instanceType != u"CPU")
        rows << Row { tr("Driver"), d.customDriver ? d.driverVersion : tr("Installed automatically") };
    if (!d.description.isEmpty())
        rows << Row { tr("Cluster Description"), d.description };
    if (!d.tags.isEmpty())
    {
        QStringList tags;
        for (const models::KeyValue &t : d.tags)
            tags << QStringLiteral("%1=%2").arg(t.key, t.value);
        rows << Row { tr("Tags"), tags.join(QStringLiteral(", ")) };
    }
    rows << Row { tr("CIDR Block"),
        d.customCidr ? tr("Container %1, service %2").arg(d.containerCidr, d.serviceCidr) : tr("Default") };
    return ConfirmJobDialog::summaryHtml(rows);
}

void CreatePoolPage::submit()
{
    if (m_submitting)
        return;
    collectIntoDraft();
    for (const PoolField field : { PoolField::Name, PoolField::JobTypes, PoolField::Network, PoolField::Flavors,
             PoolField::Os, PoolField::SystemDisk, PoolField::ContainerDisk, PoolField::DataDisks,
             PoolField::ContainerEngineSpace, PoolField::DriverVersion, PoolField::HaRedundancy, PoolField::Description,
             PoolField::Tags, PoolField::ContainerCidr, PoolField::ServiceCidr })
        m_touched.insert(field);
    showIssues(draftIssues());
    if (!models::isPoolDraftSubmittable(m_issues))
    {
        scrollToFirstError();
        return;
    }
    if (!m_connection)
        return;
    // The quota check of the Confirm step (P-19).
    setSubmitting(true, tr("Checking quota…"));
    api::whenDecoded<api::OsQuotas>(m_connection->client()->send(api::pools::quotas()), this,
        [this](const api::Typed<api::OsQuotas> &result)
        {
            setSubmitting(false);
            CreatePoolConfirmDialog::Quota quota;
            quota.text = tr("The quota could not be checked: %1").arg(result.error.displayText());
            if (result.ok())
            {
                quota.text = tr("The resource pool quota could not be found; the order is checked when it is placed.");
                for (const api::OsQuotaResource &r : result.value.quotas.resources)
                {
                    if (r.type != u"pool" || !r.quota)
                        continue;
                    const qint64 used = r.used.value_or(0);
                    quota.fits = used < *r.quota;
                    quota.checked = true;
                    quota.text = quota.fits
                        ? tr("Quota: %1 of %2 resource pools used; this order uses 1.").arg(used).arg(*r.quota)
                        : tr("Quota: all %1 resource pools are in use. Delete a pool or ask for a higher quota "
                             "first.")
                              .arg(*r.quota);
                }
            }
            confirmAndSend(quota);
        });
}

void CreatePoolPage::confirmAndSend(const CreatePoolConfirmDialog::Quota &quota)
{
    const QString summary = summaryHtml();
    // The quota answer is one of the pre-submit checks; the others run while the step is open.
    delete m_checks.data();
    m_checks = new models::PreSubmitChecks(this);
    models::PoolQuotaFacts quotaFacts {
        quota.fits ? models::PreSubmitCheck::Outcome::Passed : models::PreSubmitCheck::Outcome::Blocking, quota.text
    };
    if (quota.fits && !quota.checked)
        quotaFacts.outcome = models::PreSubmitCheck::Outcome::Unknown;
    models::addPoolOrderChecks(*m_checks, m_connection, m_draft, quotaFacts);
    m_checks->start();
    bool confirmed = false;
    if (m_confirm)
    {
        confirmed = m_confirm(summary, quota) && quota.fits;
    }
    else
    {
        CreatePoolConfirmDialog dialog(
            summary, quota, m_draft.billing == PoolDraft::Billing::YearlyMonthly, m_checks, this);
        confirmed = dialog.exec() == QDialog::Accepted;
    }
    if (confirmed)
        sendCreate();
}

void CreatePoolPage::sendCreate()
{
    clearSubmitError();
    m_failure.clear();
    setSubmitting(true, tr("Submitting…"));
    const PoolDraft ordered = m_draft;
    api::whenDecoded<api::Pool>(m_connection->client()->send(createRequest()), this,
        [this, ordered](const api::Typed<api::Pool> &result)
        {
            if (!result.ok())
            {
                setSubmitting(false);
                if (result.error.kind == api::ApiError::Kind::Canceled)
                    return;
                showSubmitError(tr("The resource pool was not created: %1").arg(result.error.displayText()),
                    result.error.reference());
                emit errorOccurred(result.error);
                return;
            }
            const QString poolName = result.value.metadata.name.value_or(QString());
            m_orderedDraft = ordered;
            if (ordered.tags.isEmpty() || !m_connection)
            {
                onOrdered(poolName);
                return;
            }
            // The pool tags are set through the pool tag API (POST /v1/{project_id}/pools/{name}/tags/create).
            api::ApiCall *call = m_connection->client()->send(api::pools::createTags(poolName, ordered.tagList()));
            connect(call, &api::ApiCall::finished, this,
                [this, poolName](const api::ApiResult &tagged)
                {
                    if (tagged.error.isError() && tagged.error.kind != api::ApiError::Kind::Canceled)
                    {
                        api::ApiError error = tagged.error;
                        error.message = tr("The resource pool was created, but its tags were not added: %1")
                                            .arg(tagged.error.message);
                        emit errorOccurred(error);
                    }
                    onOrdered(poolName);
                });
        });
}

QList<models::PoolIssue> CreatePoolPage::draftIssues() const
{
    PoolDraft checked = m_draft;
    if (checked.instanceType == u"CPU")
        checked.customDriver = false; // the driver card is hidden for CPU pools
    return models::validatePoolDraft(checked, formContext());
}

api::ApiRequest CreatePoolPage::createRequest() const
{
    api::Pool body = m_draft.toCreateRequest(m_connection ? m_connection->workspaceId() : QString(), gpuDriver());
    if (m_draft.instanceType == u"CPU")
        body.spec.driver.reset(); // CPU nodes have no GPU/NPU driver
    return api::pools::create(body);
}

std::optional<ApiCallSource> CreatePoolPage::createCall()
{
    if (!m_connection)
        return std::nullopt;
    collectIntoDraft(); // as Buy Now does: the fields as they are now
    return ApiCallSource { m_connection, createRequest(), firstRefusal(draftIssues()) };
}

void CreatePoolPage::onOrdered(const QString &poolName)
{
    setSubmitting(false);
    m_saveTimer->stop();
    m_store.clear();
    m_dirty = false;
    m_draftBanner->hide();
    // The form starts afresh next time; the order is kept until the pool runs, in case it fails.
    setDraft(PoolDraft());
    m_watchedPool = poolName;
    m_watcher->setResourceId(poolName);
    m_watcher->setActive(true);
    emit submitted(poolName);
    emit navigationRequested(kPoolsPageId, kReloadPoolsArgument);
    emit statusMessage(tr("The resource pool %1 is being created.").arg(m_orderedDraft.name), 8000);
}

void CreatePoolPage::onWatchedPoolUpdated()
{
    const std::optional<api::Pool> &pool = m_watcher->value();
    if (!pool || m_watchedPool.isEmpty())
        return;
    const QString phase = pool->status ? pool->status->phase.value_or(QString()) : QString();
    const QString name = m_orderedDraft.name;
    if (phase == api::PoolPhase::Running)
    {
        m_watcher->setActive(false);
        const QString poolName = m_watchedPool;
        m_watchedPool.clear();
        emit statusMessage(tr("The resource pool %1 is running.").arg(name), 8000);
        emit creationFinished(poolName, true);
        return;
    }
    if (phase != api::PoolPhase::CreationFailed && phase != api::PoolPhase::Error)
        return;
    m_watcher->setActive(false);
    const QString poolName = m_watchedPool;
    m_watchedPool.clear();
    // Nothing is lost: the order comes back as the form's draft with the server's reason.
    const QString reason = pool->status->message.value_or(tr("no reason given"));
    m_failure = tr("The resource pool %1 could not be created: %2 Change the order (for example choose another "
                   "specification or fewer instances) and buy again.")
                    .arg(name, reason.endsWith(u'.') ? reason : reason + u'.');
    m_store.saveJson(m_orderedDraft.toJson());
    m_orderedDraft.name = name;
    setDraft(m_orderedDraft);
    m_touched.insert(PoolField::Name);
    m_poolNames << name; // the failed pool still holds its name until it is deleted
    revalidateTouched();
    showSubmitError(m_failure);
    emit statusMessage(m_failure, 15000);
    emit creationFinished(poolName, false);
}

void CreatePoolPage::showSubmitError(const QString &text, const QString &reference)
{
    m_errorLabel->setText(text);
    m_errorReference->setText(reference);
    m_errorReference->setVisible(!reference.isEmpty());
    m_errorBox->show();
    m_scroll->verticalScrollBar()->setValue(0);
}

void CreatePoolPage::clearSubmitError()
{
    m_errorLabel->clear();
    m_errorReference->clear();
    m_errorBox->hide();
}

QString CreatePoolPage::submitError() const
{
    if (m_errorBox->isHidden())
        return QString();
    QString text = m_errorLabel->text();
    if (!m_errorReference->text().isEmpty())
        text += QLatin1Char('\n') + m_errorReference->text();
    return text;
}

void CreatePoolPage::setSubmitting(bool submitting, const QString &buttonText)
{
    m_submitting = submitting;
    m_buyButton->setEnabled(!submitting);
    m_buyButton->setText(submitting ? buttonText : tr("Buy Now"));
}

void CreatePoolPage::cancel()
{
    if (m_dirty)
        saveDraftNow();
    emit navigationRequested(kPoolsPageId);
}

void CreatePoolPage::createNetwork()
{
    if (!m_connection)
        return;
    CreateNetworkDialog dialog(m_connection->client(), m_connection->workspaceId(), this);
    connect(&dialog, &CreateNetworkDialog::networkCreated, this,
        [this](const QString &network)
        {
            m_draft.network = network;
            m_touched.insert(PoolField::Network);
            m_dirty = true;
            scheduleSave();
            loadNetworks();
        });
    if (m_networkDialog)
        m_networkDialog(&dialog);
    else
        dialog.exec();
}

// ---------------------------------------------------------------------------------------
// drafts

void CreatePoolPage::open(const QVariant &argument)
{
    Q_UNUSED(argument);
    startNew();
    if (m_connection && m_loadedOnce)
        reloadCatalog(); // pools and networks may have changed since
}

void CreatePoolPage::startNew()
{
    m_draftBanner->hide();
    clearSubmitError();
    if (const auto saved = m_store.loadJson())
    {
        setDraft(PoolDraft::fromJson(saved->first));
        if (m_failure.isEmpty())
        {
            m_draftBannerLabel->setText(
                tr("Draft restored from %1.")
                    .arg(QLocale().toString(saved->second.toLocalTime(), QLocale::ShortFormat)));
            m_draftBanner->show();
        }
    }
    else
    {
        setDraft(PoolDraft());
    }
    if (!m_failure.isEmpty())
    {
        m_touched.insert(PoolField::Name);
        revalidateTouched();
        showSubmitError(m_failure);
    }
    m_dirty = false;
    m_scroll->verticalScrollBar()->setValue(0);
}

void CreatePoolPage::discardDraft()
{
    m_saveTimer->stop();
    m_store.clear();
    m_failure.clear();
    m_draftBanner->hide();
    clearSubmitError();
    setDraft(PoolDraft());
    m_dirty = false;
}

void CreatePoolPage::scheduleSave()
{
    m_saveTimer->start();
}

void CreatePoolPage::saveDraftNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_submitting)
        return;
    if (m_store.saveJson(m_draft.toJson()))
        m_dirty = false;
}

void CreatePoolPage::hideEvent(QHideEvent *event)
{
    if (m_dirty)
        saveDraftNow();
    m_networkPoll->stop();
    ConsolePage::hideEvent(event);
}
} // namespace ma::ui
