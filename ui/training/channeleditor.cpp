#include "channeleditor.h"

#include "widgets/obspathedit.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

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
    RemoveColumn,
};

void setMessageStyle(QLabel *label, bool warning)
{
    widgets::Theme::setStyleProperty(label, "tone", warning ? QStringLiteral("warning") : QStringLiteral("error"));
}
} // namespace

ChannelEditor::ChannelEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(this))
{
    setObjectName(kind == Kind::Input ? QStringLiteral("inputChannels") : QStringLiteral("outputChannels"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(PathColumn, 1);
    // Same columns for inputs and outputs, so the two editors line up.
    m_grid->setColumnMinimumWidth(DeliveryColumn, 190);
    m_grid->setColumnMinimumWidth(PredownloadColumn, 100);
    layout->addLayout(m_grid);

    m_empty->setText(kind == Kind::Input ? tr("No input channel.") : tr("No output channel."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_add->setObjectName(QStringLiteral("addChannelButton"));
    m_add->setText(kind == Kind::Input ? tr("Add Input") : tr("Add Output"));
    connect(m_add, &QPushButton::clicked, this, &ChannelEditor::addRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);

    const QStringList headers = { tr("Parameter name"), tr("Data path"), tr("Obtained from"),
        kind == Kind::Output ? tr("Predownload") : QString() };
    for (int c = 0; c < headers.size(); ++c)
    {
        auto *label = new QLabel(headers.at(c), this);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_headers.append(label);
    }
    rebuildGrid();
}

ChannelEditor::~ChannelEditor() = default;

void ChannelEditor::setChannels(const QList<models::DataChannel> &channels)
{
    m_updating = true;
    for (Row &row : m_rows)
    {
        delete row.name;
        delete row.path;
        delete row.delivery;
        delete row.predownload;
        delete row.remove;
        delete row.message;
    }
    m_rows.clear();
    for (const models::DataChannel &channel : channels)
        appendRow(channel);
    rebuildGrid();
    m_updating = false;
}

QList<models::DataChannel> ChannelEditor::channels() const
{
    QList<models::DataChannel> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
    {
        models::DataChannel c = row.channel;
        c.name = row.name->text();
        c.obsPath = row.path->path();
        c.delivery = row.delivery->currentIndex() == 1 ? models::DataChannel::Delivery::EnvironmentVariable
                                                       : models::DataChannel::Delivery::Hyperparameter;
        c.predownload = row.predownload && row.predownload->isChecked();
        out.append(c);
    }
    return out;
}

void ChannelEditor::setLocalStoreRoot(const QString &root)
{
    m_storeRoot = root;
    for (Row &row : m_rows)
        row.path->setLocalStoreRoot(root);
}

void ChannelEditor::setRowMessage(int row, const QString &message, bool warning)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLabel *label = m_rows[row].message;
    label->setText(message);
    setMessageStyle(label, warning);
    label->setVisible(!message.isEmpty());
}

QString ChannelEditor::rowMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message->text() : QString();
}

void ChannelEditor::clearMessages()
{
    for (int r = 0; r < m_rows.size(); ++r)
        setRowMessage(r, QString());
}

QLineEdit *ChannelEditor::nameEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : nullptr;
}

widgets::ObsPathEdit *ChannelEditor::pathEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).path : nullptr;
}

QComboBox *ChannelEditor::deliveryCombo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).delivery : nullptr;
}

QCheckBox *ChannelEditor::predownloadCheck(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).predownload : nullptr;
}

void ChannelEditor::addRow()
{
    models::DataChannel channel;
    if (m_rows.isEmpty())
        channel.name = m_kind == Kind::Input ? QStringLiteral("data_url") : QStringLiteral("train_url");
    appendRow(channel);
    rebuildGrid();
    m_rows.last().name->setFocus();
    emit channelsChanged();
}

void ChannelEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row r = m_rows.takeAt(row);
    delete r.name;
    delete r.path;
    delete r.delivery;
    delete r.predownload;
    delete r.remove;
    delete r.message;
    rebuildGrid();
    emit channelsChanged();
}

void ChannelEditor::appendRow(const models::DataChannel &channel)
{
    Row row;
    row.channel = channel;
    row.name = new QLineEdit(channel.name, this);
    row.name->setObjectName(QStringLiteral("channelName"));
    row.name->setPlaceholderText(m_kind == Kind::Input ? QStringLiteral("data_url") : QStringLiteral("train_url"));
    row.name->setFixedWidth(150);
    connect(row.name, &QLineEdit::textChanged, this, &ChannelEditor::onRowEdited);

    row.path = new widgets::ObsPathEdit(widgets::ObsPathEdit::Mode::Folder, this);
    row.path->setObjectName(QStringLiteral("channelPath"));
    row.path->setPath(channel.obsPath);
    row.path->setPlaceholderText(QStringLiteral("obs://bucket/folder/"));
    row.path->setLocalStoreRoot(m_storeRoot);
    connect(row.path, &widgets::ObsPathEdit::pathChanged, this, &ChannelEditor::onRowEdited);

    row.delivery = new QComboBox(this);
    row.delivery->setObjectName(QStringLiteral("channelDelivery"));
    row.delivery->setMinimumWidth(190);
    row.delivery->addItem(tr("Hyperparameters"));
    row.delivery->addItem(tr("Environment variables"));
    row.delivery->setCurrentIndex(channel.delivery == models::DataChannel::Delivery::EnvironmentVariable ? 1 : 0);
    row.delivery->setToolTip(tr("How the training code receives the path: as a hyperparameter "
                                "(args.%1) or an environment variable (os.getenv)."));
    connect(row.delivery, &QComboBox::currentIndexChanged, this, &ChannelEditor::onRowEdited);

    if (m_kind == Kind::Output)
    {
        row.predownload = new QCheckBox(tr("Yes"), this);
        row.predownload->setObjectName(QStringLiteral("channelPredownload"));
        row.predownload->setChecked(channel.predownload);
        row.predownload->setToolTip(tr("Download the files already in the output path into the container "
                                       "before training starts (resumable or incremental training)."));
        connect(row.predownload, &QCheckBox::toggled, this, &ChannelEditor::onRowEdited);
    }

    row.remove = new QToolButton(this);
    row.remove->setObjectName(QStringLiteral("removeChannelButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this channel"));
    connect(row.remove, &QToolButton::clicked, this,
        [this, button = row.remove]
        {
            for (int r = 0; r < m_rows.size(); ++r)
            {
                if (m_rows.at(r).remove == button)
                {
                    removeRow(r);
                    return;
                }
            }
        });

    row.message = new QLabel(this);
    row.message->setObjectName(QStringLiteral("channelMessage"));
    row.message->setWordWrap(true);
    row.message->hide();
    m_rows.append(row);
}

void ChannelEditor::rebuildGrid()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    const bool any = !m_rows.isEmpty();
    for (int c = 0; c < m_headers.size(); ++c)
    {
        if (m_headers.at(c)->text().isEmpty())
            continue;
        m_grid->addWidget(m_headers.at(c), 0, c);
        m_headers.at(c)->setVisible(any);
    }
    int gridRow = 1;
    for (const Row &row : std::as_const(m_rows))
    {
        m_grid->addWidget(row.name, gridRow, NameColumn);
        m_grid->addWidget(row.path, gridRow, PathColumn);
        m_grid->addWidget(row.delivery, gridRow, DeliveryColumn);
        if (row.predownload)
            m_grid->addWidget(row.predownload, gridRow, PredownloadColumn);
        m_grid->addWidget(row.remove, gridRow, RemoveColumn);
        ++gridRow;
        m_grid->addWidget(row.message, gridRow, NameColumn, 1, RemoveColumn);
        ++gridRow;
    }
    m_empty->setVisible(!any);
}

void ChannelEditor::onRowEdited()
{
    if (!m_updating)
        emit channelsChanged();
}
} // namespace ma::ui
