#include "channeleditor.h"

#include "widgets/obspathedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

namespace ma::ui
{
namespace
{
enum Column
{
    NameColumn,
    PathColumn,
    DeliveryColumn,
    PredownloadColumn,
};
} // namespace

ChannelEditor::ChannelEditor(Kind kind, QWidget *parent)
    : RowListEditor({ tr("Parameter name"), tr("Data path"), tr("Obtained from"),
                        kind == Kind::Output ? tr("Predownload") : QString() },
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
    return cellAs<widgets::ObsPathEdit>(row, PathColumn);
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
    return { name, path, delivery, predownload };
}
} // namespace ma::ui
