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
#include "ui_createpoolpage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
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
    , m_ui(std::make_unique<Ui::CreatePoolPage>())
    , m_watcher(new models::PoolWatcher(this))
    , m_saveTimer(new QTimer(this))
    , m_networkPoll(new QTimer(this))
{
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

    setupWidgets();
    connectEdits();
    populateFromDraft();
}

CreatePoolPage::~CreatePoolPage()
{
    if (m_dirty)
        saveDraftNow();
}

CreatePoolFlavorEditor *CreatePoolPage::flavorEditor() const
{
    return m_ui->flavorEditor;
}

// ---------------------------------------------------------------------------------------
// construction

void CreatePoolPage::setupWidgets()
{
    m_ui->setupUi(this);
    setStyleSheet(widgets::Theme::styleSheet());

    // Designer takes only absolute font sizes and no label margins; these follow the system font.
    const auto scaleFont = [](QLabel *label, qreal factor, bool bold)
    {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * factor);
        if (bold)
            f.setBold(true);
        label->setFont(f);
    };
    scaleFont(m_ui->titleLabel, 1.4, true);
    for (QLabel *title : { m_ui->billingTitle, m_ui->clusterTitle, m_ui->networkTitle, m_ui->specTitle,
             m_ui->driverTitle, m_ui->haTitle, m_ui->advancedTitle, m_ui->durationTitle })
        scaleFont(title, 1.15, true);
    for (QLabel *label : m_ui->scrollContents->findChildren<QLabel *>())
    {
        if (label->objectName().endsWith(u"Hint"))
            scaleFont(label, 0.92, false);
        else if (label->buddy() && label->parentWidget()->property("card").toBool())
            label->setContentsMargins(0, 5, 0, 0); // a row label, on the line of its field's text
    }

    m_messages = {
        { PoolField::Name, m_ui->nameEditMessage },
        { PoolField::JobTypes, m_ui->jobTypesBoxMessage },
        { PoolField::Network, m_ui->networkBoxMessage },
        { PoolField::Flavors, m_ui->flavorEditorMessage },
        { PoolField::Os, m_ui->osComboMessage },
        { PoolField::SystemDisk, m_ui->systemDiskMessage },
        { PoolField::ContainerDisk, m_ui->containerDiskMessage },
        { PoolField::DataDisks, m_ui->dataDiskEditorMessage },
        { PoolField::ContainerEngineSpace, m_ui->containerEngineSpinMessage },
        { PoolField::DriverVersion, m_ui->driverVersionComboMessage },
        { PoolField::HaRedundancy, m_ui->haRedundancyCheckMessage },
        { PoolField::Description, m_ui->descriptionEditMessage },
        { PoolField::Tags, m_ui->tagsEditorMessage },
        { PoolField::ContainerCidr, m_ui->containerCidrEditMessage },
        { PoolField::ServiceCidr, m_ui->serviceCidrEditMessage },
    };
    for (QLabel *message : std::as_const(m_messages))
        message->hide();
    m_ui->draftBanner->hide();
    m_ui->submitErrorBox->hide();

    const auto group = [this](std::initializer_list<QAbstractButton *> buttons)
    {
        auto *g = new QButtonGroup(this);
        int id = 0;
        for (QAbstractButton *b : buttons)
            g->addButton(b, id++);
        g->setExclusive(true);
        return g;
    };
    m_billing = group({ m_ui->billingMode0, m_ui->billingMode1 });
    // Logical (poolType1) is disabled in the .ui: no resource flavor of the API is a logical one (L1095).
    m_poolType = group({ m_ui->poolType0, m_ui->poolType1 });
    m_cpuArch = group({ m_ui->cpuArch0, m_ui->cpuArch1 });
    m_instanceType = group({ m_ui->instanceType0, m_ui->instanceType1, m_ui->instanceType2 });
    m_azMode = group({ m_ui->azMode0, m_ui->azMode1 });
    m_writeMode = group({ m_ui->writeMode0, m_ui->writeMode1 });
    m_cidrMode = group({ m_ui->cidrMode0, m_ui->cidrMode1 });

    // Choices that carry data.
    m_ui->osCombo->addItem(tr("Select an operating system"), QString());
    for (const char *os : { "EulerOS 2.10 64bit", "HCE 2.0 64bit", "Ubuntu 20.04 64bit", "Ubuntu 22.04 64bit" })
        m_ui->osCombo->addItem(QString::fromLatin1(os), QString::fromLatin1(os));
    CreatePoolDiskEditor::fillVolumeTypes(m_ui->systemDiskType);
    CreatePoolDiskEditor::fillVolumeTypes(m_ui->containerDiskType);
    for (int m = 1; m <= 9; ++m)
        m_ui->durationCombo->addItem(m == 1 ? tr("1 month") : tr("%1 months").arg(m), m);
    for (int y = 1; y <= 3; ++y)
        m_ui->durationCombo->addItem(y == 1 ? tr("1 year") : tr("%1 years").arg(y), y * 12);
    m_ui->tagsEditor->setHeaders(tr("Tag key"), tr("Tag value"));
    m_ui->tagsEditor->setMaximumRows(api::kMaxPoolTags);
    m_ui->descriptionEdit->setFixedHeight(m_ui->descriptionEdit->fontMetrics().lineSpacing() * 3 + 14);

    // Made by createApiCallButton() around the page's request: it cannot be a promoted widget.
    m_apiCallButton = createApiCallButton(
        m_ui->apiCallHost, [this] { return createCall(); },
        [this](const QString &note) { emit statusMessage(note, 10000); });
    m_ui->apiCallHostLayout->addWidget(m_apiCallButton);

    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, &CreatePoolPage::discardDraft);
    connect(m_ui->refreshNetworksButton, &QToolButton::clicked, this, &CreatePoolPage::loadNetworks);
    connect(m_ui->createNetworkButton, &QPushButton::clicked, this, &CreatePoolPage::createNetwork);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreatePoolPage::cancel);
    connect(m_ui->buyButton, &QPushButton::clicked, this, &CreatePoolPage::submit);
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
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, edited(PoolField::Name));
    connect(m_poolType, &QButtonGroup::idClicked, this, edited(PoolField::Network));
    for (QCheckBox *box : { m_ui->jobTypeNotebook, m_ui->jobTypeTrain, m_ui->jobTypeInfer })
        connect(box, &QCheckBox::toggled, this, edited(PoolField::JobTypes));
    connect(m_ui->networkCombo, &QComboBox::currentIndexChanged, this, edited(PoolField::Network));
    connect(m_ui->ipv6Check, &QCheckBox::toggled, this, structural);
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
    connect(m_ui->flavorEditor, &CreatePoolFlavorEditor::rowsChanged, this, edited(PoolField::Flavors));
    connect(m_ui->advancedNodeCheck, &QCheckBox::toggled, this, edited(PoolField::Os));
    connect(m_ui->osCombo, &QComboBox::currentIndexChanged, this, edited(PoolField::Os));
    connect(m_ui->storageCheck, &QCheckBox::toggled, this, edited(PoolField::ContainerEngineSpace));
    connect(m_ui->systemDiskType, &QComboBox::currentIndexChanged, this, edited(PoolField::SystemDisk));
    connect(m_ui->systemDiskSize, &QSpinBox::valueChanged, this, edited(PoolField::SystemDisk));
    connect(m_ui->containerDiskType, &QComboBox::currentIndexChanged, this, edited(PoolField::ContainerDisk));
    connect(m_ui->containerDiskSize, &QSpinBox::valueChanged, this,
        [this]
        {
            onEdited(PoolField::ContainerDisk);
            onEdited(PoolField::ContainerEngineSpace);
        });
    connect(m_ui->dataDiskEditor, &CreatePoolDiskEditor::rowsChanged, this, edited(PoolField::DataDisks));
    connect(m_ui->containerEngineSpin, &QSpinBox::valueChanged, this, edited(PoolField::ContainerEngineSpace));
    connect(m_writeMode, &QButtonGroup::idClicked, this, structural);
    connect(m_ui->customDriverCheck, &QCheckBox::toggled, this, edited(PoolField::DriverVersion));
    connect(m_ui->driverVersionCombo, &QComboBox::currentIndexChanged, this, edited(PoolField::DriverVersion));
    connect(m_ui->haRedundancyCheck, &QCheckBox::toggled, this, edited(PoolField::HaRedundancy));
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, edited(PoolField::Description));
    connect(m_ui->tagsEditor, &widgets::KeyValueEditor::rowsChanged, this, edited(PoolField::Tags));
    connect(m_cidrMode, &QButtonGroup::idClicked, this, structural);
    connect(m_ui->containerCidrEdit, &QLineEdit::textChanged, this, edited(PoolField::ContainerCidr));
    connect(m_ui->serviceCidrEdit, &QLineEdit::textChanged, this, edited(PoolField::ServiceCidr));
    connect(m_ui->durationCombo, &QComboBox::currentIndexChanged, this, structural);
    connect(m_ui->autoRenewCheck, &QCheckBox::toggled, this, structural);
}

// ---------------------------------------------------------------------------------------
// draft <-> widgets

void CreatePoolPage::populateFromDraft()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const PoolDraft &d = m_draft;
    m_billing->button(d.billing == PoolDraft::Billing::YearlyMonthly ? 1 : 0)->setChecked(true);
    m_ui->nameEdit->setText(d.name);
    m_poolType->button(d.poolType == PoolDraft::PoolType::Logical ? 1 : 0)->setChecked(true);
    m_ui->jobTypeNotebook->setChecked(d.jobTypes.contains(kNotebook));
    m_ui->jobTypeTrain->setChecked(d.jobTypes.contains(kTrain));
    m_ui->jobTypeInfer->setChecked(d.jobTypes.contains(kInfer));
    populateNetworks();
    m_ui->ipv6Check->setChecked(d.ipv6);
    m_cpuArch->button(d.cpuArch == u"arm64" ? 1 : 0)->setChecked(true);
    m_instanceType->button(d.instanceType == u"Ascend" ? 2 : (d.instanceType == u"GPU" ? 1 : 0))->setChecked(true);
    m_azMode->button(d.manualAz ? 1 : 0)->setChecked(true);
    m_ui->flavorEditor->setManualAz(d.manualAz);
    m_ui->flavorEditor->setFlavorRows(d.flavors);
    populateFlavorChoices();
    m_ui->advancedNodeCheck->setChecked(d.advancedNode);
    m_ui->osCombo->setCurrentIndex(std::max(0, m_ui->osCombo->findData(d.os)));
    m_ui->storageCheck->setChecked(d.storage);
    m_ui->systemDiskType->setCurrentIndex(std::max(0, m_ui->systemDiskType->findData(d.systemDiskType)));
    m_ui->systemDiskSize->setValue(d.systemDiskGiB);
    m_ui->containerDiskType->setCurrentIndex(std::max(0, m_ui->containerDiskType->findData(d.containerDiskType)));
    m_ui->containerDiskSize->setValue(d.containerDiskGiB);
    m_ui->dataDiskEditor->setDisks(d.dataDisks);
    m_ui->containerEngineSpin->setValue(d.containerEngineGiB);
    m_writeMode->button(d.stripedWriteMode ? 1 : 0)->setChecked(true);
    m_ui->customDriverCheck->setChecked(d.customDriver);
    populateDrivers();
    m_ui->haRedundancyCheck->setChecked(d.haRedundancy);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_ui->tagsEditor->setRows(d.tags);
    m_cidrMode->button(d.customCidr ? 1 : 0)->setChecked(true);
    m_ui->containerCidrEdit->setText(d.containerCidr);
    m_ui->serviceCidrEdit->setText(d.serviceCidr);
    m_ui->durationCombo->setCurrentIndex(std::max(0, m_ui->durationCombo->findData(d.durationMonths)));
    m_ui->autoRenewCheck->setChecked(d.autoRenew);
    m_updating = wasUpdating;
    updateVisibility();
    updateSummary();
}

void CreatePoolPage::collectIntoDraft()
{
    PoolDraft &d = m_draft;
    d.billing = m_billing->checkedId() == 1 ? PoolDraft::Billing::YearlyMonthly : PoolDraft::Billing::PayPerUse;
    d.durationMonths = m_ui->durationCombo->currentData().toInt();
    d.autoRenew = m_ui->autoRenewCheck->isChecked();
    d.name = m_ui->nameEdit->text();
    d.poolType = m_poolType->checkedId() == 1 ? PoolDraft::PoolType::Logical : PoolDraft::PoolType::Physical;
    d.jobTypes.clear();
    if (m_ui->jobTypeNotebook->isChecked())
        d.jobTypes << kNotebook;
    if (m_ui->jobTypeTrain->isChecked())
        d.jobTypes << kTrain;
    if (m_ui->jobTypeInfer->isChecked())
        d.jobTypes << kInfer;
    if (m_ui->networkCombo->count() > 0 && m_ui->networkCombo->isEnabled())
        d.network = m_ui->networkCombo->currentData().toString();
    d.ipv6 = m_ui->ipv6Check->isChecked();
    d.cpuArch = m_cpuArch->checkedId() == 1 ? QStringLiteral("arm64") : QStringLiteral("x86");
    static const QStringList types = { QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("Ascend") };
    d.instanceType = types.value(m_instanceType->checkedId(), types.first());
    d.manualAz = m_azMode->checkedId() == 1;
    d.flavors = m_ui->flavorEditor->flavorRows();
    d.advancedNode = m_ui->advancedNodeCheck->isChecked();
    d.os = m_ui->osCombo->currentData().toString();
    d.storage = m_ui->storageCheck->isChecked();
    d.systemDiskType = m_ui->systemDiskType->currentData().toString();
    d.systemDiskGiB = m_ui->systemDiskSize->value();
    d.containerDiskType = m_ui->containerDiskType->currentData().toString();
    d.containerDiskGiB = m_ui->containerDiskSize->value();
    d.dataDisks = m_ui->dataDiskEditor->disks();
    d.containerEngineGiB = m_ui->containerEngineSpin->value();
    d.stripedWriteMode = m_writeMode->checkedId() == 1;
    d.customDriver = m_ui->customDriverCheck->isChecked();
    if (m_ui->driverVersionCombo->count() > 0)
        d.driverVersion = m_ui->driverVersionCombo->currentData().toString();
    d.haRedundancy = m_ui->haRedundancyCheck->isChecked();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.tags = m_ui->tagsEditor->rows();
    d.customCidr = m_cidrMode->checkedId() == 1;
    d.containerCidr = m_ui->containerCidrEdit->text();
    d.serviceCidr = m_ui->serviceCidrEdit->text();
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
    m_ui->flavorEditor->setManualAz(m_draft.manualAz);
    updateVisibility();
    revalidateTouched();
    updateSummary();
    scheduleSave();
}

void CreatePoolPage::updateVisibility()
{
    const PoolDraft &d = m_draft;
    const bool physical = d.poolType == PoolDraft::PoolType::Physical;
    m_ui->networkForm->setRowVisible(m_ui->networkBoxRow, physical);
    m_ui->networkForm->setRowVisible(m_ui->ipv6CheckRow, physical);
    m_ui->specForm->setRowVisible(m_ui->osComboRow, d.advancedNode);
    for (QWidget *row : { m_ui->systemDiskRow, m_ui->containerDiskRow, m_ui->dataDiskEditorRow, m_ui->writeModeRow })
        m_ui->specForm->setRowVisible(row, d.storage);
    // The driver applies to GPU and Ascend pools only (L1122).
    m_ui->driverCard->setVisible(d.instanceType != u"CPU");
    m_ui->driverForm->setRowVisible(m_ui->driverVersionComboRow, d.customDriver);
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
    m_ui->haCard->setVisible(anyHa);
    m_ui->flavorEditor->setHaRedundancy(haFlavors, anyHa && d.haRedundancy);
    m_ui->advancedForm->setRowVisible(m_ui->containerCidrEditRow, d.customCidr);
    m_ui->advancedForm->setRowVisible(m_ui->serviceCidrEditRow, d.customCidr);
    m_ui->durationCard->setVisible(d.billing == PoolDraft::Billing::YearlyMonthly);
}

void CreatePoolPage::updateSummary()
{
    const int instances = m_draft.totalInstances();
    const int flavors = int(m_draft.flavors.size());
    QStringList parts;
    parts << (instances == 1 ? tr("1 instance") : tr("%1 instances").arg(instances));
    parts << (flavors == 1 ? tr("1 specification") : tr("%1 specifications").arg(flavors));
    parts << (m_draft.billing == PoolDraft::Billing::YearlyMonthly ? tr("Yearly/Monthly") : tr("Pay-per-use"));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral("  ·  ")));
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
    m_ui->flavorEditor->setZones(zones);
    m_ui->flavorEditor->setChoices(choices);
    m_updating = wasUpdating;
}

void CreatePoolPage::populateNetworks()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_ui->networkCombo->clear();
    m_ui->networkCombo->addItem(tr("Select a network"), QString());
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
        m_ui->networkCombo->addItem(text, id);
    }
    if (!m_draft.network.isEmpty() && m_ui->networkCombo->findData(m_draft.network) < 0)
        m_ui->networkCombo->addItem(m_draft.network, m_draft.network);
    m_ui->networkCombo->setCurrentIndex(std::max(0, m_ui->networkCombo->findData(m_draft.network)));
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
    m_ui->driverVersionCombo->clear();
    m_ui->driverVersionCombo->addItem(tr("Select a driver version"), QString());
    for (const QString &v : driverVersions(gpuDriver()))
        m_ui->driverVersionCombo->addItem(v, v);
    m_ui->driverVersionCombo->setCurrentIndex(std::max(0, m_ui->driverVersionCombo->findData(m_draft.driverVersion)));
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
    for (QLabel *message : std::as_const(m_messages))
    {
        message->clear();
        message->hide();
    }
    m_ui->flavorEditor->clearMessages();
    m_ui->dataDiskEditor->clearMessages();
    m_ui->tagsEditor->clearMessages();

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
        QLabel *label = m_messages.value(issue.field);
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
            m_ui->flavorEditor->setRowMessage(it.key().second, text, warning);
            break;
        case PoolField::DataDisks:
            m_ui->dataDiskEditor->setRowMessage(it.key().second, text, warning);
            break;
        case PoolField::Tags:
            m_ui->tagsEditor->setRowMessage(it.key().second, text, warning);
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
        const QLabel *message
            = m_messages.value(issue.field == PoolField::HaRedundancy ? PoolField::Flavors : issue.field);
        if (!message)
            continue;
        QWidget *row = message->parentWidget();
        m_ui->scrollArea->ensureWidgetVisible(row, 0, 40);
        if (QWidget *first = row->nextInFocusChain(); first && row->isAncestorOf(first))
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
            QStringLiteral("%1%2").arg(
                m_ui->durationCombo->currentText(), d.autoRenew ? tr(", auto-renewed") : QString()) };
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
        rows << Row { tr("Network"), m_ui->networkCombo->currentText() + (d.ipv6 ? tr(", IPv6") : QString()) };
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
        disks << tr("System disk: %1, %2 GiB").arg(m_ui->systemDiskType->currentText()).arg(d.systemDiskGiB);
        disks << tr("Container disk: %1, %2 GiB").arg(m_ui->containerDiskType->currentText()).arg(d.containerDiskGiB);
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
    m_ui->draftBanner->hide();
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
    m_ui->submitErrorLabel->setText(text);
    m_ui->submitErrorReference->setText(reference);
    m_ui->submitErrorReference->setVisible(!reference.isEmpty());
    m_ui->submitErrorBox->show();
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void CreatePoolPage::clearSubmitError()
{
    m_ui->submitErrorLabel->clear();
    m_ui->submitErrorReference->clear();
    m_ui->submitErrorBox->hide();
}

QString CreatePoolPage::submitError() const
{
    if (m_ui->submitErrorBox->isHidden())
        return QString();
    QString text = m_ui->submitErrorLabel->text();
    if (!m_ui->submitErrorReference->text().isEmpty())
        text += QLatin1Char('\n') + m_ui->submitErrorReference->text();
    return text;
}

void CreatePoolPage::setSubmitting(bool submitting, const QString &buttonText)
{
    m_submitting = submitting;
    m_ui->buyButton->setEnabled(!submitting);
    m_ui->buyButton->setText(submitting ? buttonText : tr("Buy Now"));
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
    m_ui->draftBanner->hide();
    clearSubmitError();
    if (const auto saved = m_store.loadJson())
    {
        setDraft(PoolDraft::fromJson(saved->first));
        if (m_failure.isEmpty())
        {
            m_ui->draftBannerLabel->setText(
                tr("Draft restored from %1.")
                    .arg(QLocale().toString(saved->second.toLocalTime(), QLocale::ShortFormat)));
            m_ui->draftBanner->show();
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
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void CreatePoolPage::discardDraft()
{
    m_saveTimer->stop();
    m_store.clear();
    m_failure.clear();
    m_ui->draftBanner->hide();
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
