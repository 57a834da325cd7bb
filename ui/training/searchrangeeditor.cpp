#include "ui/training/searchrangeeditor.h"

#include "widgets/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ma::ui
{
SearchRangeEditor::SearchRangeEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchRangeEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    outer->addLayout(m_grid);
    m_empty = new QLabel(tr("The algorithm defines no hyperparameter to search."), this);
    widgets::Theme::setStyleProperty(m_empty, "tone", QStringLiteral("muted"));
    outer->addWidget(m_empty);
}

void SearchRangeEditor::setRanges(const QList<models::SearchRange> &ranges)
{
    for (const Row &row : std::as_const(m_rows))
    {
        delete row.nameLabel;
        delete row.lower;
        delete row.separator;
        delete row.upper;
        delete row.message;
    }
    m_rows.clear();
    // Grid rows: two per range (the fields, then its message).
    for (qsizetype i = 0; i < ranges.size(); ++i)
    {
        const models::SearchRange &range = ranges.at(i);
        Row row;
        row.name = range.name;
        row.nameLabel = new QLabel(range.name, this);
        row.nameLabel->setTextFormat(Qt::PlainText);
        row.lower = new QLineEdit(range.lower, this);
        row.lower->setObjectName(QStringLiteral("searchLower_%1").arg(range.name));
        row.lower->setPlaceholderText(tr("Lower bound"));
        row.lower->setAccessibleName(tr("Lower bound of %1").arg(range.name));
        row.upper = new QLineEdit(range.upper, this);
        row.upper->setObjectName(QStringLiteral("searchUpper_%1").arg(range.name));
        row.upper->setPlaceholderText(tr("Upper bound"));
        row.upper->setAccessibleName(tr("Upper bound of %1").arg(range.name));
        for (QLineEdit *edit : { row.lower, row.upper })
        {
            edit->setMaximumWidth(160);
            connect(edit, &QLineEdit::textEdited, this, &SearchRangeEditor::rangesChanged);
        }
        row.message = new QLabel(this);
        row.message->setTextFormat(Qt::PlainText);
        row.message->setWordWrap(true);
        row.message->hide();
        const int gridRow = static_cast<int>(i) * 2;
        m_grid->addWidget(row.nameLabel, gridRow, 0);
        m_grid->addWidget(row.lower, gridRow, 1);
        row.separator = new QLabel(QStringLiteral("~"), this);
        m_grid->addWidget(row.separator, gridRow, 2);
        m_grid->addWidget(row.upper, gridRow, 3);
        m_grid->addWidget(row.message, gridRow + 1, 1, 1, 3);
        m_rows.append(row);
    }
    m_grid->setColumnStretch(4, 1);
    m_empty->setVisible(m_rows.isEmpty());
}

QList<models::SearchRange> SearchRangeEditor::ranges() const
{
    QList<models::SearchRange> out;
    for (const Row &row : m_rows)
        out.append({ row.name, row.lower->text(), row.upper->text() });
    return out;
}

QLineEdit *SearchRangeEditor::lowerEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lower : nullptr;
}

QLineEdit *SearchRangeEditor::upperEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).upper : nullptr;
}

void SearchRangeEditor::setRowMessage(int row, const QString &message, bool warning)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLabel *label = m_rows.at(row).message;
    label->setText(message);
    widgets::Theme::setStyleProperty(label, "tone", warning ? QStringLiteral("warning") : QStringLiteral("error"));
    label->setVisible(!message.isEmpty());
}

void SearchRangeEditor::clearMessages()
{
    for (const Row &row : std::as_const(m_rows))
    {
        row.message->clear();
        row.message->hide();
    }
}
} // namespace ma::ui
