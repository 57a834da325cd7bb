#include "tagstab.h"

#include "consoletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ma::widgets
{
TagsTab::TagsTab(int limit, QString limitMessage, QWidget *parent)
    : QWidget(parent)
    , m_limit(limit)
    , m_limitMessage(std::move(limitMessage))
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_delete(new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this))
    , m_message(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("tagsTab"));
    m_key->setObjectName(QStringLiteral("tagKey"));
    m_key->setPlaceholderText(tr("Enter a tag key"));
    m_key->setMaxLength(kMaxKeyLength);
    m_value->setObjectName(QStringLiteral("tagValue"));
    m_value->setPlaceholderText(tr("Enter a tag value"));
    m_value->setMaxLength(kMaxValueLength);
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_delete->setObjectName(QStringLiteral("deleteTagButton"));
    m_delete->setToolTip(tr("Delete the selected tags"));
    m_message->setObjectName(QStringLiteral("tagMessage"));
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->hide();
    m_counter->setObjectName(QStringLiteral("tagCounter"));
    m_counter->setProperty("tone", QStringLiteral("muted"));

    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    applyConsoleTableLook(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);

    auto *inputs = new QHBoxLayout;
    inputs->setSpacing(8);
    inputs->addWidget(m_key, 1);
    inputs->addWidget(m_value, 1);
    inputs->addWidget(m_add);
    inputs->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(inputs);
    layout->addWidget(m_message);
    layout->addWidget(m_counter);
    layout->addWidget(m_table, 1);

    connect(m_key, &QLineEdit::textChanged, this, &TagsTab::updateInputs);
    connect(m_add, &QPushButton::clicked, this,
        [this]
        {
            if (m_add->isEnabled())
                emit addRequested(m_key->text().trimmed(), m_value->text().trimmed());
        });
    connect(m_key, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_value, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this,
        [this]
        {
            const QStringList keys = selectedKeys();
            if (!keys.isEmpty())
                emit deleteRequested(keys);
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagsTab::updateInputs);
    updateInputs();
}

TagsTab::~TagsTab() = default;

void TagsTab::setTags(const QMap<QString, QString> &tags)
{
    if (tags != m_tags || m_table->rowCount() != tags.size())
    {
        // Keep the selection of keys still there across a poll.
        const QStringList selected = selectedKeys();
        m_tags = tags;
        m_table->setRowCount(int(tags.size()));
        int row = 0;
        for (auto it = tags.cbegin(); it != tags.cend(); ++it, ++row)
        {
            m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
            if (selected.contains(it.key()))
                m_table->selectRow(row);
        }
    }
    updateInputs();
}

void TagsTab::clear()
{
    m_tags.clear();
    m_table->setRowCount(0);
    updateInputs();
}

void TagsTab::setReady(bool ready)
{
    m_ready = ready;
    updateInputs();
}

void TagsTab::clearInputs()
{
    m_key->clear();
    m_value->clear();
}

QStringList TagsTab::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(0))
        keys << index.data().toString();
    return keys;
}

bool TagsTab::hasRoomFor(const QString &key) const
{
    return m_tags.contains(key) || m_tags.size() < m_limit;
}

QString TagsTab::deleteConfirmation(const QStringList &keys)
{
    if (keys.size() == 1)
        return tr("Delete the tag “%1”?").arg(keys.front());
    return tr("Delete these %1 tags?").arg(keys.size()) + QStringLiteral("\n\n• ") + keys.join(QStringLiteral("\n• "));
}

void TagsTab::updateInputs()
{
    const int left = m_limit - int(m_tags.size());
    m_counter->setText(
        left == 1 ? tr("1 tag available for addition.") : tr("%1 tags available for addition.").arg(std::max(0, left)));
    const QString key = m_key->text().trimmed();
    QString message;
    if (!key.isEmpty() && !hasRoomFor(key))
        message = m_limitMessage.arg(m_limit);
    else if (key.startsWith(QStringLiteral("_sys_")))
        message = tr("Keys starting with _sys_ are reserved.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_add->setEnabled(m_ready && !key.isEmpty() && message.isEmpty());
    m_delete->setEnabled(m_ready && m_table->selectionModel()->hasSelection());
}
} // namespace ma::widgets
