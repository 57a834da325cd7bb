#include "createnotebookpage.h"

#include "api/apiclient.h"
#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/notebookprechecks.h"
#include "ui/errorbanner.h"
#include "ui/notebooks/createnotebookconfirmdialog.h"
#include "ui/notebooks/notebookextendedstorageeditor.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/training/confirmjobdialog.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimer>

namespace ma::ui
{
namespace
{
using models::NotebookDraft;
using models::NotebookField;

constexpr int kSaveDelayMs = 1000;
const int kPresetHours[] = { 1, 2, 4, 6, 0 }; // 0: Custom
const QStringList &typeWords()
{
    static const QStringList words = { QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("ASCEND") };
    return words;
}

QString flavorText(const api::NotebookFlavor &f)
{
    QString text = f.name.value_or(f.id);
    if (text != f.id)
        text += QStringLiteral(" · ") + f.id;
    if (f.soldOut.value_or(false))
        text += CreateNotebookPage::tr(" (sold out)");
    return text;
}
} // namespace

CreateNotebookPage::CreateNotebookPage(QWidget *parent)
    : ConsolePage(parent)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("createNotebookPage"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &CreateNotebookPage::saveDraftNow);
    buildUi();
    connectEdits();
    populateFromDraft();
}

CreateNotebookPage::~CreateNotebookPage()
{
    if (m_dirty)
        saveDraftNow();
}

// ---------------------------------------------------------------------------------------
// construction

QFormLayout *CreateNotebookPage::addCard(QVBoxLayout *column, const QString &title, const QString &objectName)
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

QWidget *CreateNotebookPage::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &hint,
    std::optional<models::NotebookField> messageFor, bool notSent)
{
    auto *container = new QWidget;
    container->setObjectName(field->objectName() + QStringLiteral("Row"));
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
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
    const auto note = [&](const QString &text, const QString &tone, const QString &name)
    {
        auto *hintLabel = new QLabel(text, container);
        hintLabel->setObjectName(field->objectName() + name);
        hintLabel->setTextFormat(Qt::PlainText);
        hintLabel->setWordWrap(true);
        hintLabel->setProperty("tone", tone);
        QFont f = hintLabel->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        hintLabel->setFont(f);
        layout->addWidget(hintLabel);
    };
    if (!hint.isEmpty())
        note(hint, QStringLiteral("muted"), QStringLiteral("Hint"));
    if (notSent)
        note(tr("Not sent: the v1 create API has no field for it."), QStringLiteral("warning"),
            QStringLiteral("NotSent"));
    auto *labelWidget = new QLabel(label);
    labelWidget->setMinimumWidth(170);
    labelWidget->setAlignment(Qt::AlignRight | Qt::AlignTop);
    labelWidget->setContentsMargins(0, 5, 0, 0);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, container);
    m_rows.insert(field, row);
    return container;
}

QWidget *CreateNotebookPage::segments(QButtonGroup *group, const QStringList &texts, const QString &objectName)
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

void CreateNotebookPage::buildUi()
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

    auto *title = new QLabel(tr("Create Notebook"), contents);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    title->setFont(tf);
    column->addWidget(title);

    m_draftBanner = new QFrame(contents);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    auto *draftRow = new QHBoxLayout(m_draftBanner);
    draftRow->setContentsMargins(12, 6, 8, 6);
    m_draftBannerLabel = new QLabel(m_draftBanner);
    m_draftBannerLabel->setTextFormat(Qt::PlainText);
    auto *discard = new QPushButton(tr("Discard Draft"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    connect(discard, &QPushButton::clicked, this, &CreateNotebookPage::discardDraft);
    draftRow->addWidget(m_draftBannerLabel, 1);
    draftRow->addWidget(discard);
    m_draftBanner->hide();
    column->addWidget(m_draftBanner);

    m_errorBanner = new ErrorBanner(contents);
    m_errorBanner->setObjectName(QStringLiteral("submitErrorBanner"));
    m_errorBanner->hide();
    column->addWidget(m_errorBanner);

    // Basic information (Table 6-1).
    QFormLayout *basic = addCard(column, tr("Basic Information"), QStringLiteral("basicCard"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaximumWidth(420);
    addField(basic, tr("Name"), m_name,
        tr("Max. 128 characters. Only digits, letters, underscores (_), and hyphens (-) are allowed."),
        NotebookField::Name);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumWidth(620);
    m_description->setFixedHeight(64);
    // A fixed height keeps the Expanding policy: the row would take the card's spare height.
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description->setTabChangesFocus(true);
    addField(basic, tr("Description"), m_description, tr("Max. 512 characters. Cannot contain &<>\"'/"),
        NotebookField::Description);
    m_autoStop = new QCheckBox(tr("Stop as scheduled"));
    m_autoStop->setObjectName(QStringLiteral("autoStopCheck"));
    auto *autoStopBox = new QWidget;
    autoStopBox->setObjectName(QStringLiteral("autoStopBox"));
    auto *autoStopRow = new QHBoxLayout(autoStopBox);
    autoStopRow->setContentsMargins(0, 0, 0, 0);
    autoStopRow->setSpacing(12);
    m_autoStopPreset = new QButtonGroup(this);
    QWidget *presets = segments(m_autoStopPreset,
        { tr("1 hour"), tr("2 hours"), tr("4 hours"), tr("6 hours"), tr("Custom") }, QStringLiteral("autoStopPreset"));
    m_autoStopCustom = new QLineEdit;
    m_autoStopCustom->setObjectName(QStringLiteral("autoStopCustomEdit"));
    m_autoStopCustom->setPlaceholderText(tr("1-72"));
    m_autoStopCustom->setFixedWidth(80);
    auto *hoursLabel = new QLabel(tr("hours"));
    hoursLabel->setObjectName(QStringLiteral("autoStopHoursLabel"));
    autoStopRow->addWidget(m_autoStop);
    autoStopRow->addWidget(presets);
    autoStopRow->addWidget(m_autoStopCustom);
    autoStopRow->addWidget(hoursLabel);
    autoStopRow->addStretch();
    addField(basic, tr("Auto Stop"), autoStopBox,
        tr("When enabled, the instance stops once it has run for the chosen time (custom: an integer from 1 to 72 "
           "hours). It is stopped 2 to 5 minutes later, so you can still renew it."),
        NotebookField::AutoStop);

    // Notebook parameters (Table 6-2).
    QFormLayout *params = addCard(column, tr("Notebook Parameters"), QStringLiteral("paramsCard"));
    auto *imageBox = new QWidget;
    imageBox->setObjectName(QStringLiteral("imageBox"));
    auto *imageLayout = new QVBoxLayout(imageBox);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->setSpacing(6);
    auto *imageTop = new QHBoxLayout;
    m_imageSource = new QButtonGroup(this);
    imageTop->addWidget(
        segments(m_imageSource, { tr("Public image"), tr("Private image") }, QStringLiteral("imageSource")));
    imageTop->addStretch();
    m_imageSearch = new QLineEdit(imageBox);
    m_imageSearch->setObjectName(QStringLiteral("imageSearchEdit"));
    m_imageSearch->setPlaceholderText(tr("Search by name"));
    m_imageSearch->setClearButtonEnabled(true);
    m_imageSearch->setFixedWidth(260);
    imageTop->addWidget(m_imageSearch);
    imageLayout->addLayout(imageTop);
    m_imageTable = new QTableWidget(0, 3, imageBox);
    m_imageTable->setObjectName(QStringLiteral("imageTable"));
    m_imageTable->setHorizontalHeaderLabels({ tr("Image"), tr("Type"), tr("Description") });
    m_imageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imageTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imageTable->verticalHeader()->hide();
    m_imageTable->setWordWrap(false);
    m_imageTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_imageTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_imageTable->horizontalHeader()->setStretchLastSection(true);
    m_imageTable->setColumnWidth(0, 380);
    m_imageTable->setFixedHeight(210);
    m_imageTable->setMaximumWidth(1060);
    imageLayout->addWidget(m_imageTable);
    addField(params, tr("Image"), imageBox,
        tr("Public images come with ModelArts' AI engines; private images are saved from instances or registered "
           "in Image Management. The image decides which types are offered."),
        NotebookField::Image);

    m_poolKind = new QButtonGroup(this);
    addField(params, tr("Resource Type"),
        segments(m_poolKind, { tr("Public resource pool"), tr("Dedicated resource pool") }, QStringLiteral("poolKind")),
        tr("Public resource pools are billed on running time. A dedicated pool must accept DevEnviron jobs; the "
           "local pool is this computer and runs a real Jupyter."));
    m_pool = new QComboBox;
    m_pool->setObjectName(QStringLiteral("poolCombo"));
    m_pool->setMinimumWidth(360);
    addField(params, tr("Dedicated Resource Pool"), m_pool, QString(), NotebookField::Pool);
    m_type = new QButtonGroup(this);
    addField(params, tr("Type"), segments(m_type, { tr("CPU"), tr("GPU"), tr("Ascend") }, QStringLiteral("type")),
        tr("The chips vary depending on the selected image."));
    m_flavor = new QComboBox;
    m_flavor->setObjectName(QStringLiteral("flavorCombo"));
    m_flavor->setMinimumWidth(420);
    m_flavor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addField(params, tr("Flavor"), m_flavor, QString(), NotebookField::Flavor);

    m_storage = new QButtonGroup(this);
    addField(params, tr("Storage"),
        segments(m_storage, { tr("EVS"), tr("SFS"), tr("OBS"), tr("PFS") }, QStringLiteral("storage")),
        tr("EVS is billed per GB from creation until the instance is deleted. SFS needs a dedicated pool. OBS and "
           "PFS are whitelist features."));
    m_evsSize = new QSpinBox;
    m_evsSize->setObjectName(QStringLiteral("evsSizeSpin"));
    m_evsSize->setRange(1, 2 * api::kMaxEvsGb); // the validator names the limits
    m_evsSize->setSuffix(tr(" GB"));
    m_evsSize->setMinimumWidth(120);
    addField(params, tr("Disk Size"), m_evsSize, tr("5 to 4,096 GB. It can be expanded later while the instance runs."),
        NotebookField::EvsSize);
    m_sfsId = new QLineEdit;
    m_sfsId->setObjectName(QStringLiteral("sfsIdEdit"));
    m_sfsId->setMaximumWidth(420);
    m_sfsId->setPlaceholderText(tr("SFS Turbo file system ID"));
    addField(params, tr("Scalable File Service"), m_sfsId,
        tr("An existing SFS Turbo file system that the dedicated pool can reach."), NotebookField::SfsFileSystem);
    m_sfsMountPath = new QLabel(QStringLiteral("/home/ma-user/work/"));
    m_sfsMountPath->setObjectName(QStringLiteral("sfsMountPathLabel"));
    m_sfsMountPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(params, tr("Cloud Mount Path"), m_sfsMountPath);
    m_sfsSubdirectory = new QLineEdit;
    m_sfsSubdirectory->setObjectName(QStringLiteral("sfsSubdirectoryEdit"));
    m_sfsSubdirectory->setMaximumWidth(420);
    m_sfsSubdirectory->setPlaceholderText(QStringLiteral("/"));
    addField(params, tr("Mounted Subdirectory"), m_sfsSubdirectory, QString(), NotebookField::SfsSubdirectory);
    m_sfsMountMethod = new QButtonGroup(this);
    addField(params, tr("Mount Method"),
        segments(m_sfsMountMethod, { tr("Read/Write"), tr("Read-only") }, QStringLiteral("sfsMountMethod")),
        tr("Follows the permission of the SFS Turbo directory."), std::nullopt, true);
    m_storagePath = new QLineEdit;
    m_storagePath->setObjectName(QStringLiteral("storagePathEdit"));
    m_storagePath->setMaximumWidth(520);
    m_storagePath->setPlaceholderText(QStringLiteral("obs://bucket/folder/"));
    addField(params, tr("Storage Path"), m_storagePath,
        tr("A directory in a bucket, not the bucket root. Upload your data there first."), NotebookField::StoragePath);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setMaximumWidth(420);
    addField(params, tr("Secret"), m_secret, tr("A DEW secret with the keys accessKeyId and secretAccessKey."),
        NotebookField::Secret, true);
    m_extendedStorage = new NotebookExtendedStorageEditor;
    m_extendedStorage->setMaximumWidth(1060);
    addField(params, tr("Extended Storage"), m_extendedStorage,
        tr("Whitelist feature. At most 5 directories per type, each mount directory unique; it cannot start with "
           "/data/, /cache/, /dev/, /etc/, /bin/, /lib/, /sbin/, /modelarts/, /train-worker1-log/, /var/, "
           "/resource_info/, /usr/, /sys/, /run/, /tmp/, /infer/ or /opt/."),
        NotebookField::ExtendedStorage, true);
    m_remoteSsh = new QCheckBox(tr("Enable remote SSH"));
    m_remoteSsh->setObjectName(QStringLiteral("remoteSshCheck"));
    addField(params, tr("Remote SSH"), m_remoteSsh,
        tr("Connect from a local IDE such as VS Code. The VS Code plug-ins and server use about 1 GB of storage."));
    m_keyPair = new QLineEdit;
    m_keyPair->setObjectName(QStringLiteral("keyPairEdit"));
    m_keyPair->setMaximumWidth(420);
    m_keyPair->setPlaceholderText(QStringLiteral("KeyPair-9a64"));
    addField(params, tr("Key Pair"), m_keyPair,
        tr("Download the key pair and keep it safe: local IDEs need it to authenticate."), NotebookField::KeyPair);
    m_whitelist = new QLineEdit;
    m_whitelist->setObjectName(QStringLiteral("whitelistEdit"));
    m_whitelist->setMaximumWidth(520);
    m_whitelist->setPlaceholderText(QStringLiteral("192.168.1.10,10.0.0.0/24"));
    addField(params, tr("Whitelist"), m_whitelist,
        tr("At most 5 public IP addresses or CIDR blocks, separated by commas (,). Empty: all IP addresses are "
           "allowed."),
        NotebookField::Whitelist);

    // Tags (Table 6-3).
    QFormLayout *tagsForm = addCard(column, tr("Tags"), QStringLiteral("tagsCard"));
    m_tags = new widgets::KeyValueEditor;
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_tags->setHeaders(tr("Tag key"), tr("Tag value"));
    m_tags->setMaximumRows(api::kMaxNotebookTags);
    m_tags->setMaximumWidth(720);
    addField(tagsForm, tr("Tags"), m_tags,
        tr("Predefined TMS tags are visible to every service; custom tags only to your resources. At most 20 tags."),
        NotebookField::Tags);
    column->addStretch();

    // Bottom bar: summary, Cancel, Next.
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("bottomBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 10, 24, 10);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_nextButton = new QPushButton(tr("Next"), bar);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setProperty("primary", true);
    m_nextButton->setDefault(true);
    for (QPushButton *b : { m_cancelButton, m_nextButton })
        b->setMinimumWidth(96);
    // Copy as API Call, next to Next: the request Submit would send, without sending it.
    m_apiCallButton = createApiCallButton(
        bar, [this] { return createCall(); }, [this](const QString &note) { emit statusMessage(note, 10000); });
    barLayout->addWidget(m_summary, 1);
    barLayout->addWidget(m_apiCallButton);
    barLayout->addWidget(m_cancelButton);
    barLayout->addWidget(m_nextButton);
    outer->addWidget(bar);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateNotebookPage::cancel);
    connect(m_nextButton, &QPushButton::clicked, this, &CreateNotebookPage::submit);

    setStyleSheet(widgets::Theme::styleSheet());
}

void CreateNotebookPage::connectEdits()
{
    const auto edited = [this](NotebookField field)
    {
        return [this, field]
        {
            onEdited(field);
        };
    };
    connect(m_name, &QLineEdit::textChanged, this, edited(NotebookField::Name));
    connect(m_description, &QPlainTextEdit::textChanged, this, edited(NotebookField::Description));
    connect(m_autoStop, &QCheckBox::toggled, this, edited(NotebookField::AutoStop));
    connect(m_autoStopPreset, &QButtonGroup::idClicked, this, edited(NotebookField::AutoStop));
    connect(m_autoStopCustom, &QLineEdit::textChanged, this, edited(NotebookField::AutoStop));
    connect(m_imageSource, &QButtonGroup::idClicked, this,
        [this]
        {
            populateImages();
            onEdited(NotebookField::Image);
        });
    connect(m_imageSearch, &QLineEdit::textChanged, this, [this] { populateImages(); });
    connect(m_imageTable, &QTableWidget::itemSelectionChanged, this,
        [this]
        {
            if (m_updating)
                return;
            const QList<QTableWidgetItem *> selected = m_imageTable->selectedItems();
            if (selected.isEmpty())
                return; // a search hiding the image keeps the choice
            m_draft.imageId = m_imageTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
            updateTypeChoices();
            onEdited(NotebookField::Image);
        });
    connect(m_poolKind, &QButtonGroup::idClicked, this,
        [this]
        {
            onEdited(NotebookField::Pool);
            populateFlavors();
            onEdited(NotebookField::Flavor);
        });
    connect(m_pool, &QComboBox::currentIndexChanged, this, edited(NotebookField::Pool));
    connect(m_type, &QButtonGroup::idClicked, this,
        [this]
        {
            collectIntoDraft();
            populateFlavors();
            onEdited(NotebookField::Image);
            onEdited(NotebookField::Flavor);
        });
    connect(m_flavor, &QComboBox::currentIndexChanged, this, edited(NotebookField::Flavor));
    connect(m_storage, &QButtonGroup::idClicked, this, [this] { onEdited(std::nullopt); });
    connect(m_evsSize, &QSpinBox::valueChanged, this, edited(NotebookField::EvsSize));
    connect(m_sfsId, &QLineEdit::textChanged, this, edited(NotebookField::SfsFileSystem));
    connect(m_sfsSubdirectory, &QLineEdit::textChanged, this, edited(NotebookField::SfsSubdirectory));
    connect(m_sfsMountMethod, &QButtonGroup::idClicked, this, [this] { onEdited(std::nullopt); });
    connect(m_storagePath, &QLineEdit::textChanged, this, edited(NotebookField::StoragePath));
    connect(m_secret, &QLineEdit::textChanged, this, edited(NotebookField::Secret));
    connect(
        m_extendedStorage, &NotebookExtendedStorageEditor::rowsChanged, this, edited(NotebookField::ExtendedStorage));
    connect(m_remoteSsh, &QCheckBox::toggled, this, [this] { onEdited(std::nullopt); });
    connect(m_keyPair, &QLineEdit::textChanged, this, edited(NotebookField::KeyPair));
    connect(m_whitelist, &QLineEdit::textChanged, this, edited(NotebookField::Whitelist));
    connect(m_tags, &widgets::KeyValueEditor::rowsChanged, this, edited(NotebookField::Tags));
}

// ---------------------------------------------------------------------------------------
// draft <-> widgets

void CreateNotebookPage::populateFromDraft()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const NotebookDraft &d = m_draft;
    m_name->setText(d.name);
    m_description->setPlainText(d.description);
    m_autoStop->setChecked(d.autoStop);
    int preset = 4;
    for (int i = 0; i < 4; ++i)
    {
        if (kPresetHours[i] == d.autoStopHours)
            preset = i;
    }
    m_autoStopPreset->button(preset)->setChecked(true);
    m_autoStopCustom->setText(d.autoStopCustom);
    m_imageSource->button(d.imageSource == NotebookDraft::ImageSource::Private ? 1 : 0)->setChecked(true);
    m_poolKind->button(d.poolKind == NotebookDraft::PoolKind::Dedicated ? 1 : 0)->setChecked(true);
    m_type->button(std::max<qsizetype>(0, typeWords().indexOf(d.type.toUpper())))->setChecked(true);
    m_storage->button(int(d.storage))->setChecked(true);
    m_evsSize->setValue(d.evsGb);
    m_sfsId->setText(d.sfsId);
    m_sfsSubdirectory->setText(d.sfsSubdirectory);
    m_sfsMountMethod->button(d.sfsReadOnly ? 1 : 0)->setChecked(true);
    m_storagePath->setText(d.storagePath);
    m_secret->setText(d.secret);
    m_extendedStorage->setStorages(d.extendedStorage);
    m_remoteSsh->setChecked(d.remoteSsh);
    m_keyPair->setText(d.keyPair);
    m_whitelist->setText(d.whitelist);
    m_tags->setRows(d.tags);
    populateImages();
    populatePools();
    populateFlavors();
    updateTypeChoices();
    m_updating = wasUpdating;
    updateVisibility();
    updateSummary();
}

void CreateNotebookPage::collectIntoDraft()
{
    NotebookDraft &d = m_draft;
    d.name = m_name->text();
    d.description = m_description->toPlainText();
    d.autoStop = m_autoStop->isChecked();
    d.autoStopHours = kPresetHours[std::clamp(m_autoStopPreset->checkedId(), 0, 4)];
    d.autoStopCustom = m_autoStopCustom->text();
    d.imageSource
        = m_imageSource->checkedId() == 1 ? NotebookDraft::ImageSource::Private : NotebookDraft::ImageSource::Public;
    // imageId follows the table's selection (a search may hide the chosen row).
    d.poolKind = m_poolKind->checkedId() == 1 ? NotebookDraft::PoolKind::Dedicated : NotebookDraft::PoolKind::Public;
    if (m_pool->count() > 0)
        d.poolId = m_pool->currentData().toString();
    d.type = typeWords().value(m_type->checkedId(), typeWords().first());
    if (m_flavor->count() > 0)
        d.flavorId = m_flavor->currentData().toString();
    d.storage = NotebookDraft::Storage(std::clamp(m_storage->checkedId(), 0, 3));
    d.evsGb = m_evsSize->value();
    d.sfsId = m_sfsId->text();
    d.sfsSubdirectory = m_sfsSubdirectory->text();
    d.sfsReadOnly = m_sfsMountMethod->checkedId() == 1;
    d.storagePath = m_storagePath->text();
    d.secret = m_secret->text();
    d.extendedStorage = m_extendedStorage->storages();
    d.remoteSsh = m_remoteSsh->isChecked();
    d.keyPair = m_keyPair->text();
    d.whitelist = m_whitelist->text();
    d.tags = m_tags->rows();
}

void CreateNotebookPage::setDraft(const models::NotebookDraft &draft)
{
    m_draft = draft;
    m_touched.clear();
    populateFromDraft();
    collectIntoDraft();
    showIssues({});
}

void CreateNotebookPage::onEdited(std::optional<models::NotebookField> field)
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

void CreateNotebookPage::updateVisibility()
{
    const NotebookDraft &d = m_draft;
    const auto show = [this](QWidget *field, bool visible)
    {
        const FieldRow row = m_rows.value(field);
        if (row.form)
            row.form->setRowVisible(row.container, visible);
    };
    const bool custom = d.autoStopHours == 0;
    m_autoStopPreset->button(0)->parentWidget()->setEnabled(d.autoStop);
    m_autoStopCustom->setVisible(d.autoStop && custom);
    m_autoStopCustom->parentWidget()
        ->findChild<QLabel *>(QStringLiteral("autoStopHoursLabel"))
        ->setVisible(d.autoStop && custom);
    const bool dedicated = d.poolKind == NotebookDraft::PoolKind::Dedicated;
    show(m_pool, dedicated);
    // "SFS is available only with a dedicated resource pool."
    m_storage->button(int(NotebookDraft::Storage::Sfs))->setEnabled(dedicated);
    m_storage->button(int(NotebookDraft::Storage::Sfs))
        ->setToolTip(dedicated ? QString() : tr("SFS can be used only with a dedicated resource pool."));
    show(m_evsSize, d.storage == NotebookDraft::Storage::Evs);
    const bool sfs = d.storage == NotebookDraft::Storage::Sfs;
    show(m_sfsId, sfs);
    show(m_sfsMountPath, sfs);
    show(m_sfsSubdirectory, sfs);
    show(m_sfsMountMethod->button(0)->parentWidget(), sfs);
    const bool obs = d.storage == NotebookDraft::Storage::Obs || d.storage == NotebookDraft::Storage::Pfs;
    show(m_storagePath, obs);
    show(m_secret, obs);
    show(m_keyPair, d.remoteSsh);
    show(m_whitelist, d.remoteSsh);
}

void CreateNotebookPage::updateSummary()
{
    QStringList parts;
    if (const FlavorInfo *f = flavor(m_draft.flavorId))
        parts << f->text;
    if (const ImageInfo *i = image(m_draft.imageId))
        parts << i->name;
    parts << (m_draft.autoStop && m_draft.effectiveAutoStopHours() > 0
            ? tr("Auto stop after %n hour(s)", nullptr, m_draft.effectiveAutoStopHours())
            : tr("No auto stop"));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

void CreateNotebookPage::populateImages()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const bool wantPrivate = m_imageSource->checkedId() == 1;
    const QString search = m_imageSearch->text().trimmed();
    m_imageTable->setRowCount(0);
    for (const ImageInfo &info : std::as_const(m_images))
    {
        if (info.isPrivate != wantPrivate || (!search.isEmpty() && !info.name.contains(search, Qt::CaseInsensitive)))
            continue;
        const int row = m_imageTable->rowCount();
        m_imageTable->insertRow(row);
        auto *name = new QTableWidgetItem(info.name);
        name->setData(Qt::UserRole, info.id);
        name->setToolTip(info.name);
        m_imageTable->setItem(row, 0, name);
        QStringList types = info.categories;
        for (QString &t : types)
            t = t.compare(QStringLiteral("ASCEND"), Qt::CaseInsensitive) == 0 ? tr("Ascend") : t.toUpper();
        m_imageTable->setItem(row, 1, new QTableWidgetItem(types.join(QStringLiteral(", "))));
        auto *description = new QTableWidgetItem(info.description);
        description->setToolTip(info.description);
        m_imageTable->setItem(row, 2, description);
        if (info.id == m_draft.imageId)
            m_imageTable->selectRow(row);
    }
    m_updating = wasUpdating;
}

void CreateNotebookPage::updateTypeChoices()
{
    // The chips vary with the image: types it does not support are offered disabled.
    const ImageInfo *info = image(m_draft.imageId);
    for (int i = 0; i < typeWords().size(); ++i)
    {
        const bool supported = !info || info->categories.contains(typeWords().at(i), Qt::CaseInsensitive);
        m_type->button(i)->setEnabled(supported);
        m_type->button(i)->setToolTip(supported ? QString() : tr("The selected image does not support this type."));
    }
    if (info && !info->categories.isEmpty() && !info->categories.contains(m_draft.type, Qt::CaseInsensitive))
    {
        const QString first = info->categories.first().toUpper();
        if (const int index = int(typeWords().indexOf(first)); index >= 0)
        {
            const bool wasUpdating = m_updating;
            m_updating = true;
            m_type->button(index)->setChecked(true);
            m_draft.type = first;
            populateFlavors();
            m_updating = wasUpdating;
            m_touched.insert(NotebookField::Flavor);
        }
    }
}

void CreateNotebookPage::populateFlavors()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString type = typeWords().value(m_type->checkedId(), typeWords().first());
    m_flavor->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_flavor->model());
    int selected = -1;
    int firstFree = -1;
    for (const FlavorInfo &f : std::as_const(m_flavors))
    {
        if (f.category.compare(type, Qt::CaseInsensitive) != 0)
            continue;
        m_flavor->addItem(f.text, f.id);
        const int index = m_flavor->count() - 1;
        if (f.soldOut && model)
            model->item(index)->setEnabled(false);
        else if (firstFree < 0)
            firstFree = index;
        if (f.id == m_draft.flavorId)
            selected = index;
    }
    if (m_flavor->count() == 0 && m_loadedOnce)
        m_flavor->addItem(tr("No %1 flavor is available").arg(type), QString());
    m_flavor->setCurrentIndex(selected >= 0 ? selected : std::max(0, firstFree));
    m_updating = wasUpdating;
    if (m_flavor->count() > 0)
        m_draft.flavorId = m_flavor->currentData().toString();
}

void CreateNotebookPage::populatePools()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_pool->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_pool->model());
    int selected = -1;
    int firstUsable = -1;
    for (const PoolInfo &p : std::as_const(m_pools))
    {
        if (!p.notebooks && p.id != m_draft.poolId)
            continue; // the console lists the pools that accept DevEnviron
        QString text = p.name == p.id ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.id);
        if (!p.running)
            text += tr(" · not running");
        m_pool->addItem(text, p.id);
        const int index = m_pool->count() - 1;
        if (!p.running && model)
            model->item(index)->setEnabled(false);
        else if (firstUsable < 0)
            firstUsable = index;
        if (p.id == m_draft.poolId)
            selected = index;
    }
    if (m_pool->count() == 0 && m_loadedOnce)
        m_pool->addItem(tr("No dedicated resource pool accepts notebooks"), QString());
    m_pool->setCurrentIndex(selected >= 0 ? selected : std::max(0, firstUsable));
    m_updating = wasUpdating;
}

// ---------------------------------------------------------------------------------------
// lists from the API

void CreateNotebookPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    if (m_dirty)
        saveDraftNow();
    m_connection = connection;
    m_store = models::DraftStore(
        QStringLiteral("create-notebook-") + (connection ? connection->profileName() : QStringLiteral("none")));
    m_images.clear();
    m_flavors.clear();
    m_pools.clear();
    m_loadedOnce = false;
    startNew();
    reloadCatalog();
}

void CreateNotebookPage::reloadCatalog()
{
    if (!m_connection)
        return;
    m_pendingLoads = 3;
    loadImages();
    loadFlavors();
    loadPools();
}

void CreateNotebookPage::loadImages()
{
    api::whenDecoded<api::NotebookImageList>(m_connection->client()->send(api::notebooks::images()), this,
        [this](const api::Typed<api::NotebookImageList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            m_images.clear();
            for (const api::NotebookImage &item : result.value.data)
            {
                if (item.status && *item.status != api::NotebookImageStatus::Active)
                    continue; // images being saved cannot be used yet
                if (item.devServices
                    && std::find(item.devServices->begin(), item.devServices->end(), QStringLiteral("NOTEBOOK"))
                        == item.devServices->end())
                    continue;
                ImageInfo info;
                info.id = item.id;
                info.name = item.name.value_or(item.id);
                if (item.tag && !item.tag->isEmpty() && item.type != u"BUILD_IN")
                    info.name += u':' + *item.tag;
                info.description = item.description.value_or(QString());
                for (const QString &c : item.resourceCategories.value_or(std::vector<QString>()))
                    info.categories << c.toUpper();
                info.isPrivate = item.type != u"BUILD_IN" && item.visibility != u"PUBLIC";
                m_images.append(info);
            }
            finishLoad();
        });
}

void CreateNotebookPage::loadFlavors()
{
    api::whenDecoded<api::NotebookFlavorList>(m_connection->client()->send(api::notebooks::flavors()), this,
        [this](const api::Typed<api::NotebookFlavorList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            m_flavors.clear();
            for (const api::NotebookFlavor &item : result.value.data)
                m_flavors.append({ item.id, flavorText(item), item.category.value_or(QString()).toUpper(),
                    item.soldOut.value_or(false), item.billing ? item.billing->code.value_or(QString()) : QString(),
                    item.billing ? item.billing->unitNum.value_or(0) : 0 });
            finishLoad();
        });
}

void CreateNotebookPage::loadPools()
{
    api::whenDecoded<api::PoolList>(m_connection->client()->send(api::pools::list()), this,
        [this](const api::Typed<api::PoolList> &result)
        {
            if (!result.ok() && result.error.kind != api::ApiError::Kind::Canceled)
                emit errorOccurred(result.error);
            m_pools.clear();
            for (const api::Pool &pool : result.value.items)
            {
                PoolInfo info;
                info.id = pool.metadata.name.value_or(QString());
                info.name = api::poolDisplayName(pool);
                info.running = pool.status && pool.status->phase == api::PoolPhase::Running;
                const std::vector<QString> scope = pool.spec.scope.value_or(std::vector<QString>());
                info.notebooks = std::find(scope.begin(), scope.end(), QStringLiteral("Notebook")) != scope.end();
                m_pools.append(info);
            }
            finishLoad();
        });
}

void CreateNotebookPage::finishLoad()
{
    if (--m_pendingLoads > 0)
        return;
    m_pendingLoads = 0;
    m_loadedOnce = true;
    const bool wasDirty = m_dirty;
    m_updating = true;
    populateImages();
    populatePools();
    populateFlavors();
    updateTypeChoices();
    m_updating = false;
    collectIntoDraft();
    m_dirty = wasDirty;
    updateVisibility();
    revalidateTouched();
    updateSummary();
    emit catalogLoaded();
}

const CreateNotebookPage::ImageInfo *CreateNotebookPage::image(const QString &id) const
{
    for (const ImageInfo &i : m_images)
    {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const CreateNotebookPage::FlavorInfo *CreateNotebookPage::flavor(const QString &id) const
{
    for (const FlavorInfo &f : m_flavors)
    {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

models::NotebookFormContext CreateNotebookPage::formContext() const
{
    models::NotebookFormContext c;
    for (const ImageInfo &i : m_images)
        c.images.insert(i.id, { i.categories });
    for (const FlavorInfo &f : m_flavors)
        c.flavors.insert(f.id, { f.category, f.soldOut });
    for (const PoolInfo &p : m_pools)
        c.pools.insert(p.id, { p.running, p.notebooks, QString() });
    return c;
}

// ---------------------------------------------------------------------------------------
// messages

void CreateNotebookPage::revalidateTouched()
{
    QList<models::NotebookIssue> issues;
    for (const models::NotebookIssue &issue : models::validateNotebookDraft(m_draft, formContext()))
    {
        if (m_touched.contains(issue.field))
            issues.append(issue);
    }
    showIssues(issues);
}

void CreateNotebookPage::showIssues(const QList<models::NotebookIssue> &issues)
{
    m_issues = issues;
    for (const FieldRow &row : std::as_const(m_fieldRows))
    {
        row.message->clear();
        row.message->hide();
    }
    m_extendedStorage->clearMessages();
    m_tags->clearMessages();
    QHash<QLabel *, QStringList> texts;
    QMap<std::pair<int, int>, QStringList> rowTexts;
    for (const models::NotebookIssue &issue : std::as_const(m_issues))
    {
        const bool rowField = issue.field == NotebookField::ExtendedStorage || issue.field == NotebookField::Tags;
        if (rowField && issue.row >= 0)
        {
            QStringList &list = rowTexts[{ int(issue.field), issue.row }];
            if (!list.contains(issue.message))
                list << issue.message;
            continue;
        }
        QLabel *label = m_fieldRows.value(issue.field).message;
        if (label && !texts[label].contains(issue.message))
            texts[label] << issue.message;
    }
    for (auto it = rowTexts.cbegin(); it != rowTexts.cend(); ++it)
    {
        const QString text = it->join(QLatin1Char('\n'));
        if (NotebookField(it.key().first) == NotebookField::Tags)
            m_tags->setRowMessage(it.key().second, text);
        else
            m_extendedStorage->setRowMessage(it.key().second, text);
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
    {
        it.key()->setText(it->join(QLatin1Char('\n')));
        widgets::Theme::setStyleProperty(it.key(), "tone", QStringLiteral("error"));
        it.key()->show();
    }
}

QString CreateNotebookPage::fieldMessage(models::NotebookField field, int row) const
{
    QStringList texts;
    for (const models::NotebookIssue &issue : m_issues)
    {
        if (issue.field == field && issue.row == row && !texts.contains(issue.message))
            texts << issue.message;
    }
    return texts.join(QLatin1Char('\n'));
}

void CreateNotebookPage::scrollToFirstError()
{
    for (const models::NotebookIssue &issue : std::as_const(m_issues))
    {
        const FieldRow row = m_fieldRows.value(issue.field);
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

QString CreateNotebookPage::notSentText() const
{
    const NotebookDraft &d = m_draft;
    QStringList fields;
    if (d.storage == NotebookDraft::Storage::Sfs)
        fields << tr("Mount Method (%1)").arg(d.sfsReadOnly ? tr("Read-only") : tr("Read/Write"));
    if (d.storage == NotebookDraft::Storage::Obs || d.storage == NotebookDraft::Storage::Pfs)
        fields << tr("Secret");
    if (!d.extendedStorage.isEmpty())
        fields << tr("Extended Storage (%n directory(ies))", nullptr, int(d.extendedStorage.size()));
    if (fields.isEmpty())
        return QString();
    return tr("Not sent, the v1 create API has no field for them: %1.").arg(fields.join(QStringLiteral(", ")));
}

QString CreateNotebookPage::summaryHtml() const
{
    const NotebookDraft &d = m_draft;
    using Row = ConfirmJobDialog::Row;
    QList<Row> rows;
    rows << Row { tr("Name"), d.name };
    if (!d.description.isEmpty())
        rows << Row { tr("Description"), d.description };
    rows << Row { tr("Auto Stop"),
        d.autoStop ? tr("Stop after %n hour(s)", nullptr, d.effectiveAutoStopHours()) : tr("Disabled") };
    const ImageInfo *img = image(d.imageId);
    rows << Row { tr("Image"),
        QStringLiteral("%1 (%2)").arg(img ? img->name : d.imageId,
            d.imageSource == NotebookDraft::ImageSource::Private ? tr("private") : tr("public")) };
    rows << Row { tr("Resource Type"),
        d.poolKind == NotebookDraft::PoolKind::Dedicated ? tr("Dedicated resource pool: %1").arg(m_pool->currentText())
                                                         : tr("Public resource pool") };
    rows << Row { tr("Type"), d.type == u"ASCEND" ? tr("Ascend") : d.type };
    const FlavorInfo *f = flavor(d.flavorId);
    rows << Row { tr("Flavor"), f ? f->text : d.flavorId };
    switch (d.storage)
    {
    case NotebookDraft::Storage::Evs:
        rows << Row { tr("Storage"), tr("EVS, %1 GB").arg(d.evsGb) };
        break;
    case NotebookDraft::Storage::Sfs:
        rows << Row { tr("Storage"),
            tr("SFS %1, subdirectory %2, mounted at /home/ma-user/work/").arg(d.sfsId, d.sfsSubdirectory) };
        break;
    case NotebookDraft::Storage::Obs:
    case NotebookDraft::Storage::Pfs:
        rows << Row { tr("Storage"),
            QStringLiteral("%1 %2").arg(
                d.storage == NotebookDraft::Storage::Obs ? tr("OBS") : tr("PFS"), d.storagePath) };
        break;
    }
    if (d.remoteSsh)
    {
        rows << Row { tr("Remote SSH"), tr("Enabled, key pair %1").arg(d.keyPair) };
        rows << Row { tr("Whitelist"),
            d.whitelistEntries().isEmpty() ? tr("All IP addresses") : d.whitelistEntries().join(QStringLiteral(", ")) };
    }
    else
    {
        rows << Row { tr("Remote SSH"), tr("Disabled") };
    }
    if (!d.tags.isEmpty())
    {
        QStringList tags;
        for (const models::KeyValue &t : d.tags)
            tags << QStringLiteral("%1=%2").arg(t.key, t.value);
        rows << Row { tr("Tags"), tags.join(QStringLiteral(", ")) };
    }
    return ConfirmJobDialog::summaryHtml(rows);
}

void CreateNotebookPage::submit()
{
    if (m_submitting)
        return;
    collectIntoDraft();
    for (const NotebookField field :
        { NotebookField::Name, NotebookField::Description, NotebookField::AutoStop, NotebookField::Image,
            NotebookField::Pool, NotebookField::Flavor, NotebookField::EvsSize, NotebookField::SfsFileSystem,
            NotebookField::SfsSubdirectory, NotebookField::StoragePath, NotebookField::Secret,
            NotebookField::ExtendedStorage, NotebookField::KeyPair, NotebookField::Whitelist, NotebookField::Tags })
        m_touched.insert(field);
    showIssues(models::validateNotebookDraft(m_draft, formContext()));
    if (!m_issues.isEmpty())
    {
        scrollToFirstError();
        return;
    }
    if (!m_connection)
        return;
    const QString summary = summaryHtml();
    const QString notSent = notSentText();
    // Asked before the confirmation step, listed in it as the answers come.
    delete m_checks.data();
    m_checks = new models::PreSubmitChecks(this);
    models::NotebookFlavorFacts facts;
    for (const FlavorInfo &flavor : std::as_const(m_flavors))
    {
        if (flavor.id == m_draft.flavorId)
            facts = { flavor.billingCode, flavor.billingUnits };
    }
    models::addNotebookChecks(*m_checks, m_connection, m_draft, facts);
    m_checks->start();
    bool confirmed = false;
    if (m_confirmSubmit)
    {
        confirmed = m_confirmSubmit(summary, notSent);
    }
    else
    {
        CreateNotebookConfirmDialog dialog(summary, notSent, m_checks, this);
        confirmed = dialog.exec() == QDialog::Accepted;
    }
    if (confirmed)
        sendCreate();
}

void CreateNotebookPage::sendCreate()
{
    m_errorBanner->dismiss();
    m_errorBanner->hide();
    setSubmitting(true);
    const NotebookDraft sent = m_draft;
    api::whenDecoded<api::Notebook>(m_connection->client()->send(createRequest()), this,
        [this, sent](const api::Typed<api::Notebook> &result)
        {
            setSubmitting(false);
            if (!result.ok())
            {
                if (result.error.kind == api::ApiError::Kind::Canceled)
                    return;
                // Nothing is lost: the form keeps every field; the reason stays above it.
                m_errorBanner->showError(result.error);
                m_errorBanner->show();
                m_scroll->verticalScrollBar()->setValue(0);
                saveDraftNow();
                return;
            }
            const QString id = result.value.id.value_or(QString());
            m_saveTimer->stop();
            m_store.clear();
            m_dirty = false;
            m_draftBanner->hide();
            NotebookDraft fresh;
            fresh.name = NotebookDraft::generateName(QDate::currentDate());
            setDraft(fresh);
            emit submitted(id);
            emit navigationRequested(kNotebooksPageId, kReloadNotebooksArgument);
            emit statusMessage(tr("The notebook %1 is being created.").arg(sent.name), 8000);
        });
}

api::ApiRequest CreateNotebookPage::createRequest() const
{
    return api::notebooks::create(m_draft.toCreateRequest(m_connection ? m_connection->workspaceId() : QString()));
}

std::optional<ApiCallSource> CreateNotebookPage::createCall()
{
    if (!m_connection)
        return std::nullopt;
    collectIntoDraft(); // as Submit does: the fields as they are now
    return ApiCallSource { m_connection, createRequest(),
        firstRefusal(models::validateNotebookDraft(m_draft, formContext())) };
}

QString CreateNotebookPage::submitError() const
{
    if (m_errorBanner->isHidden())
        return QString();
    QString text = m_errorBanner->text();
    if (!m_errorBanner->reference().isEmpty())
        text += QLatin1Char('\n') + m_errorBanner->reference();
    return text;
}

void CreateNotebookPage::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_nextButton->setEnabled(!submitting);
    m_nextButton->setText(submitting ? tr("Submitting…") : tr("Next"));
}

void CreateNotebookPage::cancel()
{
    if (m_dirty)
        saveDraftNow();
    emit navigationRequested(kNotebooksPageId);
}

// ---------------------------------------------------------------------------------------
// drafts

void CreateNotebookPage::open(const QVariant &argument)
{
    Q_UNUSED(argument);
    startNew();
    if (m_connection && m_loadedOnce)
        reloadCatalog(); // images and pools may have changed since
}

void CreateNotebookPage::startNew()
{
    m_draftBanner->hide();
    m_errorBanner->hide();
    if (const auto saved = m_store.loadJson())
    {
        setDraft(NotebookDraft::fromJson(saved->first));
        m_draftBannerLabel->setText(
            tr("Draft restored from %1.").arg(QLocale().toString(saved->second.toLocalTime(), QLocale::ShortFormat)));
        m_draftBanner->show();
    }
    else
    {
        NotebookDraft fresh;
        fresh.name = NotebookDraft::generateName(QDate::currentDate());
        setDraft(fresh);
    }
    m_dirty = false;
    m_scroll->verticalScrollBar()->setValue(0);
}

void CreateNotebookPage::discardDraft()
{
    m_saveTimer->stop();
    m_store.clear();
    m_draftBanner->hide();
    m_errorBanner->hide();
    NotebookDraft fresh;
    fresh.name = NotebookDraft::generateName(QDate::currentDate());
    setDraft(fresh);
    m_dirty = false;
}

void CreateNotebookPage::scheduleSave()
{
    m_saveTimer->start();
}

void CreateNotebookPage::saveDraftNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_submitting)
        return;
    if (m_store.saveJson(m_draft.toJson()))
        m_dirty = false;
}

void CreateNotebookPage::hideEvent(QHideEvent *event)
{
    if (m_dirty)
        saveDraftNow();
    ConsolePage::hideEvent(event);
}
} // namespace ma::ui
