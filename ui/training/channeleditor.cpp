#include "channeleditor.h"

#include "models/datasetcatalog.h"
#include "widgets/obspathedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace ma::ui
{
namespace
{
enum Column
{
    NameColumn,
    SourceColumn, // inputs: Dataset | Data path
    PathColumn, // outputs: the OBS path; inputs: a stack of the OBS path and the dataset pickers
    DeliveryColumn,
    PredownloadColumn,
};

enum DataPage
{
    PathPage,
    DatasetPage,
};

QString idOf(const QComboBox *combo)
{
    return combo && combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}
} // namespace

ChannelEditor::ChannelEditor(Kind kind, QWidget *parent)
    : RowListEditor({ tr("Parameter name"),
                        kind == Kind::Input ? tr("Source", "where an input channel's data comes from") : QString(),
                        kind == Kind::Input ? tr("Data", "an input channel's dataset or OBS path") : tr("Data path"),
                        tr("Obtained from"), kind == Kind::Output ? tr("Predownload") : QString() },
        { kind == Kind::Input ? tr("Add Input") : tr("Add Output"), tr("Remove this channel"),
            kind == Kind::Input ? tr("No input channel.") : tr("No output channel."), QString(),
            QStringLiteral("channel") },
        parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Input ? QStringLiteral("inputChannels") : QStringLiteral("outputChannels"));
    grid()->setColumnStretch(PathColumn, 1);
    // Same columns for inputs and outputs, so the two editors line up.
    grid()->setColumnMinimumWidth(DeliveryColumn, 190);
    grid()->setColumnMinimumWidth(PredownloadColumn, 100);
}

ChannelEditor::~ChannelEditor() = default;

void ChannelEditor::setChannels(const QList<models::DataChannel> &channels)
{
    QVariantList items;
    for (const models::DataChannel &channel : channels)
        items.append(QVariant::fromValue(channel));
    resetRows(items);
}

QList<models::DataChannel> ChannelEditor::channels() const
{
    QList<models::DataChannel> out;
    out.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
    {
        auto c = rowItem(r).value<models::DataChannel>();
        c.name = nameEdit(r)->text();
        c.obsPath = pathEdit(r)->path();
        if (const QAbstractButton *dataset = datasetSourceButton(r))
        {
            c.source
                = dataset->isChecked() ? models::DataChannel::Source::Dataset : models::DataChannel::Source::DataPath;
            c.datasetId = idOf(datasetCombo(r));
            c.datasetVersionId = idOf(datasetVersionCombo(r));
        }
        c.delivery = deliveryCombo(r)->currentIndex() == 1 ? models::DataChannel::Delivery::EnvironmentVariable
                                                           : models::DataChannel::Delivery::Hyperparameter;
        const QCheckBox *predownload = predownloadCheck(r);
        c.predownload = predownload && predownload->isChecked();
        out.append(c);
    }
    return out;
}

void ChannelEditor::setLocalStoreRoot(const QString &root)
{
    m_storeRoot = root;
    for (int r = 0; r < rowCount(); ++r)
        pathEdit(r)->setLocalStoreRoot(root);
}

QLineEdit *ChannelEditor::nameEdit(int row) const
{
    return cellAs<QLineEdit>(row, NameColumn);
}

widgets::ObsPathEdit *ChannelEditor::pathEdit(int row) const
{
    QWidget *c = cell(row, PathColumn);
    if (auto *path = qobject_cast<widgets::ObsPathEdit *>(c))
        return path;
    return c ? c->findChild<widgets::ObsPathEdit *>() : nullptr;
}

QAbstractButton *ChannelEditor::datasetSourceButton(int row) const
{
    QWidget *c = cell(row, SourceColumn);
    return c ? c->findChild<QAbstractButton *>(QStringLiteral("channelSourceDataset")) : nullptr;
}

QAbstractButton *ChannelEditor::dataPathSourceButton(int row) const
{
    QWidget *c = cell(row, SourceColumn);
    return c ? c->findChild<QAbstractButton *>(QStringLiteral("channelSourceDataPath")) : nullptr;
}

QComboBox *ChannelEditor::datasetCombo(int row) const
{
    QWidget *c = cell(row, PathColumn);
    return c ? c->findChild<QComboBox *>(QStringLiteral("channelDataset")) : nullptr;
}

QComboBox *ChannelEditor::datasetVersionCombo(int row) const
{
    QWidget *c = cell(row, PathColumn);
    return c ? c->findChild<QComboBox *>(QStringLiteral("channelDatasetVersion")) : nullptr;
}

void ChannelEditor::setRowSources(int row, bool datasetAllowed, bool dataPathAllowed)
{
    const QString refused = tr("The algorithm's input does not accept this source.");
    if (QAbstractButton *dataset = datasetSourceButton(row))
    {
        dataset->setEnabled(datasetAllowed);
        dataset->setToolTip(datasetAllowed ? tr("A dataset version of ModelArts data management. New users should "
                                                "store training data in OBS.")
                                           : refused);
    }
    if (QAbstractButton *path = dataPathSourceButton(row))
    {
        path->setEnabled(dataPathAllowed);
        path->setToolTip(dataPathAllowed ? tr("An OBS folder") : refused);
    }
}

void ChannelEditor::setDatasetCatalog(models::DatasetCatalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
    {
        connect(catalog, &models::DatasetCatalog::datasetsChanged, this, &ChannelEditor::refreshDatasetPickers);
        connect(catalog, &models::DatasetCatalog::versionsChanged, this, &ChannelEditor::refreshDatasetPickers);
    }
    refreshDatasetPickers();
    for (int r = 0; r < rowCount(); ++r)
        requestDatasetLists(r);
}

void ChannelEditor::fillDatasets(QComboBox *combo, const QString &datasetId) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    bool found = false;
    if (m_catalog)
    {
        for (const api::Dataset &d : m_catalog->datasets())
        {
            combo->addItem(d.datasetName.isEmpty() ? d.datasetId : d.datasetName, d.datasetId);
            combo->setItemData(combo->count() - 1, d.datasetId, Qt::ToolTipRole);
            found = found || d.datasetId == datasetId;
        }
    }
    // An id the list does not have (not read yet, or gone): shown as it is so it is not lost.
    if (!datasetId.isEmpty() && !found)
        combo->addItem(datasetId, datasetId);
    combo->setCurrentIndex(datasetId.isEmpty() ? -1 : combo->findData(datasetId));
    QString placeholder = tr("Select a dataset");
    QString tip;
    if (m_catalog && m_catalog->datasetsLoading())
        placeholder = tr("Loading datasets…");
    else if (m_catalog && m_catalog->datasetsError().isError())
    {
        placeholder = tr("Datasets could not be loaded");
        tip = m_catalog->datasetsError().displayText();
    }
    else if (m_catalog && m_catalog->datasetsLoaded() && m_catalog->datasets().empty())
        placeholder = tr("No datasets");
    combo->setPlaceholderText(placeholder);
    combo->setToolTip(tip);
}

void ChannelEditor::fillVersions(QComboBox *combo, const QString &datasetId, const QString &versionId) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    bool found = false;
    if (m_catalog && !datasetId.isEmpty())
    {
        for (const api::DatasetVersion &v : m_catalog->versions(datasetId))
        {
            combo->addItem(v.versionName.value_or(v.versionId), v.versionId);
            combo->setItemData(combo->count() - 1, v.versionId, Qt::ToolTipRole);
            found = found || v.versionId == versionId;
        }
    }
    if (!versionId.isEmpty() && !found)
        combo->addItem(versionId, versionId);
    combo->setCurrentIndex(versionId.isEmpty() ? -1 : combo->findData(versionId));
    combo->setEnabled(!datasetId.isEmpty());
    combo->setPlaceholderText(datasetId.isEmpty() ? tr("Select a dataset first") : tr("Select a version"));
}

void ChannelEditor::refreshDatasetPickers()
{
    for (int r = 0; r < rowCount(); ++r)
    {
        QComboBox *dataset = datasetCombo(r);
        QComboBox *version = datasetVersionCombo(r);
        if (!dataset || !version)
            continue;
        const QString datasetId = idOf(dataset);
        fillDatasets(dataset, datasetId);
        fillVersions(version, datasetId, idOf(version));
    }
}

void ChannelEditor::requestDatasetLists(int row) const
{
    const QAbstractButton *dataset = datasetSourceButton(row);
    if (!m_catalog || !dataset || !dataset->isChecked())
        return;
    m_catalog->ensureDatasets();
    m_catalog->ensureVersions(idOf(datasetCombo(row)));
}

int ChannelEditor::rowOfCell(const QWidget *widget) const
{
    for (int r = 0; r < rowCount(); ++r)
    {
        for (int c = NameColumn; c <= PredownloadColumn; ++c)
        {
            const QWidget *w = cell(r, c);
            if (w && (w == widget || w->isAncestorOf(widget)))
                return r;
        }
    }
    return -1;
}

QComboBox *ChannelEditor::deliveryCombo(int row) const
{
    return cellAs<QComboBox>(row, DeliveryColumn);
}

QCheckBox *ChannelEditor::predownloadCheck(int row) const
{
    return cellAs<QCheckBox>(row, PredownloadColumn);
}

QVariant ChannelEditor::newItem(int rowCount) const
{
    models::DataChannel channel;
    // The console's first channel has the name its samples use.
    if (rowCount == 0)
        channel.name = m_kind == Kind::Input ? QStringLiteral("data_url") : QStringLiteral("train_url");
    return QVariant::fromValue(channel);
}

QList<QWidget *> ChannelEditor::createRow(const QVariant &item)
{
    const auto channel = item.value<models::DataChannel>();
    auto *name = new QLineEdit(channel.name, this);
    name->setObjectName(QStringLiteral("channelName"));
    name->setPlaceholderText(m_kind == Kind::Input ? QStringLiteral("data_url") : QStringLiteral("train_url"));
    name->setFixedWidth(150);
    connect(name, &QLineEdit::textChanged, this, &ChannelEditor::rowEdited);

    auto *path = new widgets::ObsPathEdit(widgets::ObsPathEdit::Mode::Folder, this);
    path->setObjectName(QStringLiteral("channelPath"));
    path->setPath(channel.obsPath);
    path->setPlaceholderText(QStringLiteral("obs://bucket/folder/"));
    path->setLocalStoreRoot(m_storeRoot);
    connect(path, &widgets::ObsPathEdit::pathChanged, this, &ChannelEditor::rowEdited);

    QWidget *source = nullptr;
    QWidget *data = path;
    if (m_kind == Kind::Input)
    {
        // The console's Dataset | Data path switch; Dataset swaps the OBS path for the pickers.
        source = new QWidget(this);
        source->setObjectName(QStringLiteral("channelSource"));
        auto *sourceLayout = new QHBoxLayout(source);
        sourceLayout->setContentsMargins(0, 0, 0, 0);
        sourceLayout->setSpacing(0);
        auto *fromDataset = new QPushButton(tr("Dataset"), source);
        fromDataset->setObjectName(QStringLiteral("channelSourceDataset"));
        fromDataset->setToolTip(tr("A dataset version of ModelArts data management. New users should store "
                                   "training data in OBS."));
        auto *fromPath = new QPushButton(tr("Data path"), source);
        fromPath->setObjectName(QStringLiteral("channelSourceDataPath"));
        fromPath->setToolTip(tr("An OBS folder"));
        for (QPushButton *button : { fromDataset, fromPath })
        {
            button->setCheckable(true);
            button->setAutoExclusive(true);
            button->setProperty("segment", true);
            sourceLayout->addWidget(button);
        }
        const bool isDataset = channel.source == models::DataChannel::Source::Dataset;
        (isDataset ? fromDataset : fromPath)->setChecked(true);

        auto *stack = new QStackedWidget(this);
        stack->setObjectName(QStringLiteral("channelData"));
        stack->addWidget(path);
        auto *pickers = new QWidget(stack);
        auto *pickersLayout = new QHBoxLayout(pickers);
        pickersLayout->setContentsMargins(0, 0, 0, 0);
        auto *dataset = new QComboBox(pickers);
        dataset->setObjectName(QStringLiteral("channelDataset"));
        dataset->setMinimumWidth(180);
        dataset->setAccessibleName(tr("Dataset"));
        auto *version = new QComboBox(pickers);
        version->setObjectName(QStringLiteral("channelDatasetVersion"));
        version->setMinimumWidth(110);
        version->setAccessibleName(tr("Dataset version"));
        pickersLayout->addWidget(dataset, 2);
        pickersLayout->addWidget(version, 1);
        stack->addWidget(pickers);
        stack->setCurrentIndex(isDataset ? DatasetPage : PathPage);
        fillDatasets(dataset, channel.datasetId);
        fillVersions(version, channel.datasetId, channel.datasetVersionId);
        data = stack;

        connect(fromDataset, &QPushButton::toggled, this,
            [this, stack, source](bool on)
            {
                stack->setCurrentIndex(on ? DatasetPage : PathPage);
                requestDatasetLists(rowOfCell(source));
                rowEdited();
            });
        connect(dataset, &QComboBox::currentIndexChanged, this,
            [this, dataset, version]
            {
                // Another dataset: its versions, none chosen yet.
                const QString id = idOf(dataset);
                fillVersions(version, id, QString());
                if (m_catalog)
                    m_catalog->ensureVersions(id);
                rowEdited();
            });
        connect(version, &QComboBox::currentIndexChanged, this, &ChannelEditor::rowEdited);
        if (isDataset && m_catalog)
        {
            m_catalog->ensureDatasets();
            m_catalog->ensureVersions(channel.datasetId);
        }
    }

    auto *delivery = new QComboBox(this);
    delivery->setObjectName(QStringLiteral("channelDelivery"));
    delivery->setMinimumWidth(190);
    delivery->addItem(tr("Hyperparameters"));
    delivery->addItem(tr("Environment variables"));
    delivery->setCurrentIndex(channel.delivery == models::DataChannel::Delivery::EnvironmentVariable ? 1 : 0);
    delivery->setToolTip(tr("How the training code receives the path: as a hyperparameter "
                            "(args.%1) or an environment variable (os.getenv)."));
    connect(delivery, &QComboBox::currentIndexChanged, this, &ChannelEditor::rowEdited);

    QCheckBox *predownload = nullptr;
    if (m_kind == Kind::Output)
    {
        predownload = new QCheckBox(tr("Yes"), this);
        predownload->setObjectName(QStringLiteral("channelPredownload"));
        predownload->setChecked(channel.predownload);
        // The console's option; the v2 create body's outputs have no field for it.
        predownload->setToolTip(tr("Download the files already in the output path into the container "
                                   "before training starts (resumable or incremental training). Not sent: the "
                                   "ModelArts API has no field for this."));
        connect(predownload, &QCheckBox::toggled, this, &ChannelEditor::rowEdited);
    }
    return { name, source, data, delivery, predownload };
}
} // namespace ma::ui
