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
#include "ui_createnotebookpage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
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
#include <QVBoxLayout>

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
    , m_ui(std::make_unique<Ui::CreateNotebookPage>())
    , m_saveTimer(new QTimer(this))
{
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

void CreateNotebookPage::buildUi()
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createNotebookPage"));
    // Before the fonts below: a style sheet set afterwards puts the labels' fonts back.
    setStyleSheet(widgets::Theme::styleSheet());

    // Sizes relative to the application font, which a .ui cannot express.
    const auto scaleFont = [](QWidget *widget, qreal factor, bool bold)
    {
        QFont f = widget->font();
        f.setPointSizeF(f.pointSizeF() * factor);
        if (bold)
            f.setBold(true);
        widget->setFont(f);
    };
    scaleFont(m_ui->titleLabel, 1.4, true);
    for (QLabel *title : { m_ui->basicTitle, m_ui->paramsTitle, m_ui->tagsTitle })
        scaleFont(title, 1.15, true);
    for (int i = 0; i < m_ui->paramsForm->rowCount(); ++i)
        m_paramsRows.append(std::pair { m_ui->paramsForm->itemAt(i, QFormLayout::LabelRole)->widget(),
            m_ui->paramsForm->itemAt(i, QFormLayout::FieldRole)->widget() });
    for (QFormLayout *form : { m_ui->basicForm, m_ui->paramsForm, m_ui->tagsForm })
    {
        for (int i = 0; i < form->rowCount(); ++i)
        {
            // The label on the field's first line: QLabel has no property for a top margin alone.
            form->itemAt(i, QFormLayout::LabelRole)->widget()->setContentsMargins(0, 5, 0, 0);
            const QWidget *row = form->itemAt(i, QFormLayout::FieldRole)->widget();
            for (QLabel *note : row->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
            {
                if (note->property("tone").isValid()) // hints and not-sent notes
                    scaleFont(note, 0.92, false);
            }
        }
    }

    m_ui->draftBanner->hide();
    m_ui->submitErrorBanner->hide();
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, &CreateNotebookPage::discardDraft);

    // Segmented choices: the button's index in its group is its id.
    const auto group = [this](std::initializer_list<QAbstractButton *> buttons)
    {
        auto *g = new QButtonGroup(this);
        int id = 0;
        for (QAbstractButton *b : buttons)
            g->addButton(b, id++);
        return g;
    };
    m_autoStopPreset = group({ m_ui->autoStopPreset0, m_ui->autoStopPreset1, m_ui->autoStopPreset2,
        m_ui->autoStopPreset3, m_ui->autoStopPreset4 });
    m_imageSource = group({ m_ui->imageSource0, m_ui->imageSource1 });
    m_poolKind = group({ m_ui->poolKind0, m_ui->poolKind1 });
    m_type = group({ m_ui->type0, m_ui->type1, m_ui->type2 });
    m_storage = group({ m_ui->storage0, m_ui->storage1, m_ui->storage2, m_ui->storage3 });
    m_sfsMountMethod = group({ m_ui->sfsMountMethod0, m_ui->sfsMountMethod1 });

    // A .ui has no per-column sizes.
    m_ui->imageTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->imageTable->setColumnWidth(0, 380);
    m_ui->evsSizeSpin->setRange(1, 2 * api::kMaxEvsGb); // the validator names the limits
    m_ui->tagsEditor->setHeaders(tr("Tag key"), tr("Tag value"));
    m_ui->tagsEditor->setMaximumRows(api::kMaxNotebookTags);

    const std::pair<NotebookField, QWidget *> messageFields[] = {
        { NotebookField::Name, m_ui->nameEdit },
        { NotebookField::Description, m_ui->descriptionEdit },
        { NotebookField::AutoStop, m_ui->autoStopBox },
        { NotebookField::Image, m_ui->imageBox },
        { NotebookField::Pool, m_ui->poolCombo },
        { NotebookField::Flavor, m_ui->flavorCombo },
        { NotebookField::EvsSize, m_ui->evsSizeSpin },
        { NotebookField::SfsFileSystem, m_ui->sfsIdEdit },
        { NotebookField::SfsSubdirectory, m_ui->sfsSubdirectoryEdit },
        { NotebookField::StoragePath, m_ui->storagePathEdit },
        { NotebookField::Secret, m_ui->secretEdit },
        { NotebookField::ExtendedStorage, m_ui->extendedStorageEditor },
        { NotebookField::KeyPair, m_ui->keyPairEdit },
        { NotebookField::Whitelist, m_ui->whitelistEdit },
        { NotebookField::Tags, m_ui->tagsEditor },
    };
    for (const auto &[field, widget] : messageFields)
        attachMessage(widget, field);

    // Copy as API Call, next to Next: the request Submit would send, without sending it. Not in
    // the .ui: createApiCallButton() builds it with its callbacks.
    m_apiCallButton = createApiCallButton(
        m_ui->bottomBar, [this] { return createCall(); },
        [this](const QString &note) { emit statusMessage(note, 10000); });
    m_ui->bottomBarLayout->insertWidget(m_ui->bottomBarLayout->indexOf(m_ui->cancelButton), m_apiCallButton);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateNotebookPage::cancel);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &CreateNotebookPage::submit);
}

void CreateNotebookPage::attachMessage(QWidget *field, models::NotebookField which)
{
    // Right under the field (each sits in its <name>Row box in the .ui), above its hint.
    QWidget *row = field->parentWidget();
    auto *layout = qobject_cast<QVBoxLayout *>(row->layout());
    Q_ASSERT(layout);
    auto *message = new QLabel(row);
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->hide();
    layout->insertWidget(layout->indexOf(field) + 1, message);
    m_fieldRows.insert(which, { row, message });
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
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, edited(NotebookField::Name));
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, edited(NotebookField::Description));
    connect(m_ui->autoStopCheck, &QCheckBox::toggled, this, edited(NotebookField::AutoStop));
    connect(m_autoStopPreset, &QButtonGroup::idClicked, this, edited(NotebookField::AutoStop));
    connect(m_ui->autoStopCustomEdit, &QLineEdit::textChanged, this, edited(NotebookField::AutoStop));
    connect(m_imageSource, &QButtonGroup::idClicked, this,
        [this]
        {
            populateImages();
            onEdited(NotebookField::Image);
        });
    connect(m_ui->imageSearchEdit, &QLineEdit::textChanged, this, [this] { populateImages(); });
    connect(m_ui->imageTable, &QTableWidget::itemSelectionChanged, this,
        [this]
        {
            if (m_updating)
                return;
            const QList<QTableWidgetItem *> selected = m_ui->imageTable->selectedItems();
            if (selected.isEmpty())
                return; // a search hiding the image keeps the choice
            m_draft.imageId = m_ui->imageTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
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
    connect(m_ui->poolCombo, &QComboBox::currentIndexChanged, this, edited(NotebookField::Pool));
    connect(m_type, &QButtonGroup::idClicked, this,
        [this]
        {
            collectIntoDraft();
            populateFlavors();
            onEdited(NotebookField::Image);
            onEdited(NotebookField::Flavor);
        });
    connect(m_ui->flavorCombo, &QComboBox::currentIndexChanged, this, edited(NotebookField::Flavor));
    connect(m_storage, &QButtonGroup::idClicked, this, [this] { onEdited(std::nullopt); });
    connect(m_ui->evsSizeSpin, &QSpinBox::valueChanged, this, edited(NotebookField::EvsSize));
    connect(m_ui->sfsIdEdit, &QLineEdit::textChanged, this, edited(NotebookField::SfsFileSystem));
    connect(m_ui->sfsSubdirectoryEdit, &QLineEdit::textChanged, this, edited(NotebookField::SfsSubdirectory));
    connect(m_sfsMountMethod, &QButtonGroup::idClicked, this, [this] { onEdited(std::nullopt); });
    connect(m_ui->storagePathEdit, &QLineEdit::textChanged, this, edited(NotebookField::StoragePath));
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, edited(NotebookField::Secret));
    connect(m_ui->extendedStorageEditor, &NotebookExtendedStorageEditor::rowsChanged, this,
        edited(NotebookField::ExtendedStorage));
    connect(m_ui->remoteSshCheck, &QCheckBox::toggled, this, [this] { onEdited(std::nullopt); });
    connect(m_ui->keyPairEdit, &QLineEdit::textChanged, this, edited(NotebookField::KeyPair));
    connect(m_ui->whitelistEdit, &QLineEdit::textChanged, this, edited(NotebookField::Whitelist));
    connect(m_ui->tagsEditor, &widgets::KeyValueEditor::rowsChanged, this, edited(NotebookField::Tags));
}

// ---------------------------------------------------------------------------------------
// draft <-> widgets

void CreateNotebookPage::populateFromDraft()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const NotebookDraft &d = m_draft;
    m_ui->nameEdit->setText(d.name);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_ui->autoStopCheck->setChecked(d.autoStop);
    int preset = 4;
    for (int i = 0; i < 4; ++i)
    {
        if (kPresetHours[i] == d.autoStopHours)
            preset = i;
    }
    m_autoStopPreset->button(preset)->setChecked(true);
    m_ui->autoStopCustomEdit->setText(d.autoStopCustom);
    m_imageSource->button(d.imageSource == NotebookDraft::ImageSource::Private ? 1 : 0)->setChecked(true);
    m_poolKind->button(d.poolKind == NotebookDraft::PoolKind::Dedicated ? 1 : 0)->setChecked(true);
    m_type->button(std::max<qsizetype>(0, typeWords().indexOf(d.type.toUpper())))->setChecked(true);
    m_storage->button(int(d.storage))->setChecked(true);
    m_ui->evsSizeSpin->setValue(d.evsGb);
    m_ui->sfsIdEdit->setText(d.sfsId);
    m_ui->sfsSubdirectoryEdit->setText(d.sfsSubdirectory);
    m_sfsMountMethod->button(d.sfsReadOnly ? 1 : 0)->setChecked(true);
    m_ui->storagePathEdit->setText(d.storagePath);
    m_ui->secretEdit->setText(d.secret);
    m_ui->extendedStorageEditor->setStorages(d.extendedStorage);
    m_ui->remoteSshCheck->setChecked(d.remoteSsh);
    m_ui->keyPairEdit->setText(d.keyPair);
    m_ui->whitelistEdit->setText(d.whitelist);
    m_ui->tagsEditor->setRows(d.tags);
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
    d.name = m_ui->nameEdit->text();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.autoStop = m_ui->autoStopCheck->isChecked();
    d.autoStopHours = kPresetHours[std::clamp(m_autoStopPreset->checkedId(), 0, 4)];
    d.autoStopCustom = m_ui->autoStopCustomEdit->text();
    d.imageSource
        = m_imageSource->checkedId() == 1 ? NotebookDraft::ImageSource::Private : NotebookDraft::ImageSource::Public;
    // imageId follows the table's selection (a search may hide the chosen row).
    d.poolKind = m_poolKind->checkedId() == 1 ? NotebookDraft::PoolKind::Dedicated : NotebookDraft::PoolKind::Public;
    if (m_ui->poolCombo->count() > 0)
        d.poolId = m_ui->poolCombo->currentData().toString();
    d.type = typeWords().value(m_type->checkedId(), typeWords().first());
    if (m_ui->flavorCombo->count() > 0)
        d.flavorId = m_ui->flavorCombo->currentData().toString();
    d.storage = NotebookDraft::Storage(std::clamp(m_storage->checkedId(), 0, 3));
    d.evsGb = m_ui->evsSizeSpin->value();
    d.sfsId = m_ui->sfsIdEdit->text();
    d.sfsSubdirectory = m_ui->sfsSubdirectoryEdit->text();
    d.sfsReadOnly = m_sfsMountMethod->checkedId() == 1;
    d.storagePath = m_ui->storagePathEdit->text();
    d.secret = m_ui->secretEdit->text();
    d.extendedStorage = m_ui->extendedStorageEditor->storages();
    d.remoteSsh = m_ui->remoteSshCheck->isChecked();
    d.keyPair = m_ui->keyPairEdit->text();
    d.whitelist = m_ui->whitelistEdit->text();
    d.tags = m_ui->tagsEditor->rows();
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
    const bool custom = d.autoStopHours == 0;
    m_ui->autoStopPreset->setEnabled(d.autoStop);
    m_ui->autoStopCustomEdit->setVisible(d.autoStop && custom);
    m_ui->autoStopHoursLabel->setVisible(d.autoStop && custom);
    const bool dedicated = d.poolKind == NotebookDraft::PoolKind::Dedicated;
    setParamsRowShown(m_ui->poolComboRow, dedicated);
    // "SFS is available only with a dedicated resource pool."
    QAbstractButton *sfsButton = m_storage->button(int(NotebookDraft::Storage::Sfs));
    sfsButton->setEnabled(dedicated);
    sfsButton->setToolTip(dedicated ? QString() : tr("SFS can be used only with a dedicated resource pool."));
    setParamsRowShown(m_ui->evsSizeSpinRow, d.storage == NotebookDraft::Storage::Evs);
    const bool sfs = d.storage == NotebookDraft::Storage::Sfs;
    for (QWidget *row :
        { m_ui->sfsIdEditRow, m_ui->sfsMountPathLabelRow, m_ui->sfsSubdirectoryEditRow, m_ui->sfsMountMethodRow })
        setParamsRowShown(row, sfs);
    const bool obs = d.storage == NotebookDraft::Storage::Obs || d.storage == NotebookDraft::Storage::Pfs;
    setParamsRowShown(m_ui->storagePathEditRow, obs);
    setParamsRowShown(m_ui->secretEditRow, obs);
    setParamsRowShown(m_ui->keyPairEditRow, d.remoteSsh);
    setParamsRowShown(m_ui->whitelistEditRow, d.remoteSsh);
}

void CreateNotebookPage::setParamsRowShown(QWidget *row, bool shown)
{
    // Hidden rows leave the form instead of QFormLayout::setRowVisible(): Qt 6.4 keeps a hidden
    // row's old layout index and heightForWidth() writes past its buffer with it.
    QFormLayout *form = m_ui->paramsForm;
    int index = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(row, &index, &role);
    if ((index >= 0) == shown)
        return;
    const auto it
        = std::find_if(m_paramsRows.cbegin(), m_paramsRows.cend(), [row](const auto &r) { return r.second == row; });
    Q_ASSERT(it != m_paramsRows.cend());
    if (shown)
    {
        int position = 0; // after the rows above it that are in the form
        for (auto above = m_paramsRows.cbegin(); above != it; ++above)
        {
            int at = -1;
            form->getWidgetPosition(above->second, &at, &role);
            position += at >= 0 ? 1 : 0;
        }
        form->insertRow(position, it->first, row);
    }
    else
    {
        const QFormLayout::TakeRowResult taken = form->takeRow(row);
        delete taken.labelItem;
        delete taken.fieldItem;
    }
    it->first->setVisible(shown);
    row->setVisible(shown);
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
    m_ui->summaryLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void CreateNotebookPage::populateImages()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const bool wantPrivate = m_imageSource->checkedId() == 1;
    const QString search = m_ui->imageSearchEdit->text().trimmed();
    m_ui->imageTable->setRowCount(0);
    for (const ImageInfo &info : std::as_const(m_images))
    {
        if (info.isPrivate != wantPrivate || (!search.isEmpty() && !info.name.contains(search, Qt::CaseInsensitive)))
            continue;
        const int row = m_ui->imageTable->rowCount();
        m_ui->imageTable->insertRow(row);
        auto *name = new QTableWidgetItem(info.name);
        name->setData(Qt::UserRole, info.id);
        name->setToolTip(info.name);
        m_ui->imageTable->setItem(row, 0, name);
        QStringList types = info.categories;
        for (QString &t : types)
            t = t.compare(QStringLiteral("ASCEND"), Qt::CaseInsensitive) == 0 ? tr("Ascend") : t.toUpper();
        m_ui->imageTable->setItem(row, 1, new QTableWidgetItem(types.join(QStringLiteral(", "))));
        auto *description = new QTableWidgetItem(info.description);
        description->setToolTip(info.description);
        m_ui->imageTable->setItem(row, 2, description);
        if (info.id == m_draft.imageId)
            m_ui->imageTable->selectRow(row);
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
    m_ui->flavorCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->flavorCombo->model());
    int selected = -1;
    int firstFree = -1;
    for (const FlavorInfo &f : std::as_const(m_flavors))
    {
        if (f.category.compare(type, Qt::CaseInsensitive) != 0)
            continue;
        m_ui->flavorCombo->addItem(f.text, f.id);
        const int index = m_ui->flavorCombo->count() - 1;
        if (f.soldOut && model)
            model->item(index)->setEnabled(false);
        else if (firstFree < 0)
            firstFree = index;
        if (f.id == m_draft.flavorId)
            selected = index;
    }
    if (m_ui->flavorCombo->count() == 0 && m_loadedOnce)
        m_ui->flavorCombo->addItem(tr("No %1 flavor is available").arg(type), QString());
    m_ui->flavorCombo->setCurrentIndex(selected >= 0 ? selected : std::max(0, firstFree));
    m_updating = wasUpdating;
    if (m_ui->flavorCombo->count() > 0)
        m_draft.flavorId = m_ui->flavorCombo->currentData().toString();
}

void CreateNotebookPage::populatePools()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_ui->poolCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->poolCombo->model());
    int selected = -1;
    int firstUsable = -1;
    for (const PoolInfo &p : std::as_const(m_pools))
    {
        if (!p.notebooks && p.id != m_draft.poolId)
            continue; // the console lists the pools that accept DevEnviron
        QString text = p.name == p.id ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.id);
        if (!p.running)
            text += tr(" · not running");
        m_ui->poolCombo->addItem(text, p.id);
        const int index = m_ui->poolCombo->count() - 1;
        if (!p.running && model)
            model->item(index)->setEnabled(false);
        else if (firstUsable < 0)
            firstUsable = index;
        if (p.id == m_draft.poolId)
            selected = index;
    }
    if (m_ui->poolCombo->count() == 0 && m_loadedOnce)
        m_ui->poolCombo->addItem(tr("No dedicated resource pool accepts notebooks"), QString());
    m_ui->poolCombo->setCurrentIndex(selected >= 0 ? selected : std::max(0, firstUsable));
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
    m_ui->extendedStorageEditor->clearMessages();
    m_ui->tagsEditor->clearMessages();
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
            m_ui->tagsEditor->setRowMessage(it.key().second, text);
        else
            m_ui->extendedStorageEditor->setRowMessage(it.key().second, text);
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
        m_ui->scrollArea->ensureWidgetVisible(row.container, 0, 40);
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
        d.poolKind == NotebookDraft::PoolKind::Dedicated
            ? tr("Dedicated resource pool: %1").arg(m_ui->poolCombo->currentText())
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
    m_ui->submitErrorBanner->dismiss();
    m_ui->submitErrorBanner->hide();
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
                m_ui->submitErrorBanner->showError(result.error);
                m_ui->submitErrorBanner->show();
                m_ui->scrollArea->verticalScrollBar()->setValue(0);
                saveDraftNow();
                return;
            }
            const QString id = result.value.id.value_or(QString());
            m_saveTimer->stop();
            m_store.clear();
            m_dirty = false;
            m_ui->draftBanner->hide();
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
    if (m_ui->submitErrorBanner->isHidden())
        return QString();
    QString text = m_ui->submitErrorBanner->text();
    if (!m_ui->submitErrorBanner->reference().isEmpty())
        text += QLatin1Char('\n') + m_ui->submitErrorBanner->reference();
    return text;
}

void CreateNotebookPage::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_ui->nextButton->setEnabled(!submitting);
    m_ui->nextButton->setText(submitting ? tr("Submitting…") : tr("Next"));
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
    m_ui->draftBanner->hide();
    m_ui->submitErrorBanner->hide();
    if (const auto saved = m_store.loadJson())
    {
        setDraft(NotebookDraft::fromJson(saved->first));
        m_ui->draftBannerLabel->setText(
            tr("Draft restored from %1.").arg(QLocale().toString(saved->second.toLocalTime(), QLocale::ShortFormat)));
        m_ui->draftBanner->show();
    }
    else
    {
        NotebookDraft fresh;
        fresh.name = NotebookDraft::generateName(QDate::currentDate());
        setDraft(fresh);
    }
    m_dirty = false;
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void CreateNotebookPage::discardDraft()
{
    m_saveTimer->stop();
    m_store.clear();
    m_ui->draftBanner->hide();
    m_ui->submitErrorBanner->hide();
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
