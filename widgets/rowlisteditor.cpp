#include "rowlisteditor.h"

#include "widgets/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::widgets
{
namespace
{
void setMessageTone(QLabel *label, bool warning)
{
    Theme::setStyleProperty(label, "tone", warning ? QStringLiteral("warning") : QStringLiteral("error"));
}
} // namespace

RowListEditor::RowListEditor(const QStringList &headers, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(texts.empty, this))
    , m_listMessage(new QLabel(this))
    , m_add(new QPushButton(texts.add, this))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);

    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_listMessage->setObjectName(texts.objectPrefix + QStringLiteral("ListMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    layout->addWidget(m_listMessage);

    m_add->setObjectName(texts.objectPrefix + QStringLiteral("AddButton"));
    connect(m_add, &QPushButton::clicked, this, &RowListEditor::addRow);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_count);
    buttons->addStretch();
    layout->addLayout(buttons);

    for (const QString &text : headers)
    {
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_headers.append(label);
    }
    layoutRows();
}

RowListEditor::~RowListEditor() = default;

void RowListEditor::setMaximumRows(int max)
{
    m_max = std::max(0, max);
    updateAddButton();
}

void RowListEditor::setRowMessage(int row, const QString &message, bool warning)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLabel *label = m_rows[row].message;
    label->setText(message);
    setMessageTone(label, warning);
    label->setVisible(!message.isEmpty());
}

QString RowListEditor::rowMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message->text() : QString();
}

void RowListEditor::setMessage(const QString &message, bool warning)
{
    m_listMessage->setText(message);
    setMessageTone(m_listMessage, warning);
    m_listMessage->setVisible(!message.isEmpty());
}

QString RowListEditor::message() const
{
    return m_listMessage->text();
}

void RowListEditor::clearMessages()
{
    for (int r = 0; r < m_rows.size(); ++r)
        setRowMessage(r, QString());
    setMessage(QString());
}

void RowListEditor::addRow()
{
    if (m_max > 0 && m_rows.size() >= m_max)
        return;
    appendRow(newItem(rowCount()));
    layoutRows();
    for (QWidget *cell : std::as_const(m_rows.last().cells))
    {
        if (cell)
        {
            cell->setFocus();
            break;
        }
    }
    emit rowsChanged();
}

void RowListEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row removed = m_rows.takeAt(row);
    deleteRow(removed);
    layoutRows();
    emit rowsChanged();
}

void RowListEditor::resetRows(const QVariantList &items)
{
    m_resetting = true;
    for (Row &row : m_rows)
        deleteRow(row);
    m_rows.clear();
    for (const QVariant &item : items)
        appendRow(item);
    layoutRows();
    setMessage(QString());
    m_resetting = false;
}

QWidget *RowListEditor::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_rows.at(row).cells.value(column);
}

QVariant RowListEditor::rowItem(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : QVariant();
}

void RowListEditor::rowEdited()
{
    if (!m_resetting)
        emit rowsChanged();
}

void RowListEditor::appendRow(const QVariant &item)
{
    Row row;
    row.item = item;
    row.cells = createRow(item);
    row.remove = new QToolButton(this);
    row.remove->setObjectName(m_texts.objectPrefix + QStringLiteral("RemoveButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(m_texts.remove);
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
    row.message->setObjectName(m_texts.objectPrefix + QStringLiteral("Message"));
    row.message->setWordWrap(true);
    row.message->hide();
    m_rows.append(row);
}

void RowListEditor::deleteRow(Row &row)
{
    qDeleteAll(row.cells);
    delete row.remove;
    delete row.message;
}

void RowListEditor::layoutRows()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    const bool any = !m_rows.isEmpty();
    const int removeColumn = int(m_headers.size());
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
        for (int c = 0; c < row.cells.size(); ++c)
            if (row.cells.at(c))
                m_grid->addWidget(row.cells.at(c), gridRow, c);
        m_grid->addWidget(row.remove, gridRow, removeColumn);
        ++gridRow;
        m_grid->addWidget(row.message, gridRow, 0, 1, removeColumn);
        ++gridRow;
    }
    m_empty->setVisible(!any && !m_texts.empty.isEmpty());
    updateAddButton();
}

void RowListEditor::updateAddButton()
{
    const bool full = m_max > 0 && m_rows.size() >= m_max;
    m_add->setEnabled(!full);
    m_add->setToolTip(full && !m_texts.limit.isEmpty() ? m_texts.limit.arg(m_max) : QString());
    m_count->setText(m_max > 0 ? QStringLiteral("%1/%2").arg(m_rows.size()).arg(m_max) : QString());
}
} // namespace ma::widgets
