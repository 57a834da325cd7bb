#include "overviewpanel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::widgets
{
namespace
{
const QString kNoValue = QStringLiteral("–");

bool sameLabels(const QList<OverviewRow> &a, const QList<OverviewRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].label != b[i].label || a[i].editName != b[i].editName)
            return false;
    return true;
}

/** Sentences wrap; paths, ids and "key = value" lists keep their lines (no break inside a path). */
bool isProse(const QString &value)
{
    for (const QString &line : value.split(u'\n'))
        if (line.count(u' ') >= 3 && !line.contains(QStringLiteral(" = ")))
            return true;
    return false;
}
} // namespace

OverviewPanel::OverviewPanel(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("overviewScroll"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overview"));
    m_column = new QVBoxLayout(content);
    m_column->setContentsMargins(0, 0, 6, 0);
    m_column->setSpacing(10);
    m_column->addStretch(1);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Paths and ids do not wrap (they stay copyable as they are): a long one scrolls.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // No hard minimum: the overview scrolls, so a narrow window stays usable.
    setMinimumWidth(200);
}

OverviewPanel::~OverviewPanel() = default;

int OverviewPanel::addGroup(const QString &title)
{
    auto *box = new QGroupBox(title, widget());
    Group group;
    group.grid = new QGridLayout(box);
    group.grid->setHorizontalSpacing(14);
    group.grid->setVerticalSpacing(8);
    group.grid->setColumnStretch(1, 1);
    m_column->insertWidget(m_column->count() - 1, box); // above the stretch
    m_groups.append(group);
    return int(m_groups.size()) - 1;
}

void OverviewPanel::setRows(int index, const QList<OverviewRow> &rows)
{
    if (index < 0 || index >= m_groups.size())
        return;
    Group &group = m_groups[index];
    if (sameLabels(rows, group.rows) && group.values.size() == rows.size())
    {
        // Same rows: only texts that changed, so a selection in another value survives.
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows[i].value != group.rows[i].value && group.values[i])
                group.values[i]->setText(rows[i].value.isEmpty() ? kNoValue : rows[i].value);
        group.rows = rows;
        return;
    }
    rebuild(group, rows);
    reindex();
}

void OverviewPanel::clear()
{
    for (Group &group : m_groups)
        rebuild(group, {});
    m_byLabel.clear();
}

void OverviewPanel::setValue(const QString &label, const QString &text)
{
    for (Group &group : m_groups)
        for (qsizetype i = 0; i < group.rows.size(); ++i)
            if (group.rows[i].label == label)
            {
                group.rows[i].value = text;
                if (QLabel *value = group.values.value(i))
                    value->setText(text.isEmpty() ? kNoValue : text);
                return;
            }
}

QString OverviewPanel::value(const QString &label) const
{
    const QLabel *value = m_byLabel.value(label).data();
    return value ? value->text() : QString();
}

QStringList OverviewPanel::labels() const
{
    QStringList labels;
    for (const Group &group : m_groups)
        for (const OverviewRow &row : group.rows)
            labels << row.label;
    return labels;
}

QLabel *OverviewPanel::valueLabel(const OverviewRow &row) const
{
    auto *value = new QLabel(row.value.isEmpty() ? kNoValue : row.value);
    value->setObjectName(QStringLiteral("value"));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setCursor(Qt::IBeamCursor);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const bool prose = isProse(row.value);
    value->setWordWrap(prose);
    if (prose)
        value->setMinimumWidth(160);
    return value;
}

void OverviewPanel::rebuild(Group &group, const QList<OverviewRow> &rows)
{
    QGridLayout *grid = group.grid;
    while (QLayoutItem *item = grid->takeAt(0))
    {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    group.values.clear();
    group.rows = rows;
    for (int r = 0; r < int(rows.size()); ++r)
    {
        const OverviewRow &row = rows[r];
        QLabel *value = valueLabel(row);
        group.values.append(value);
        auto *label = new QLabel(row.label);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const bool editable = !row.editName.isEmpty();
        grid->addWidget(label, r, 0, Qt::AlignLeft | (editable ? Qt::AlignVCenter : Qt::AlignTop));
        if (!editable)
        {
            grid->addWidget(value, r, 1);
            continue;
        }
        auto *field = new QWidget;
        auto *line = new QHBoxLayout(field);
        line->setContentsMargins(0, 0, 0, 0);
        line->setSpacing(4);
        auto *edit = new QToolButton(field);
        edit->setObjectName(row.editName);
        edit->setText(tr("Edit"));
        edit->setAutoRaise(true);
        edit->setToolTip(row.editToolTip);
        connect(edit, &QToolButton::clicked, this, [this, name = row.editName] { emit editRequested(name); });
        // The edit button follows the text, so it stays in view however wide the panel grows.
        line->addWidget(value, value->wordWrap() ? 1 : 0, Qt::AlignVCenter);
        line->addWidget(edit, 0, Qt::AlignVCenter);
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        if (!value->wordWrap())
            line->addStretch(1);
        grid->addWidget(field, r, 1);
    }
}

void OverviewPanel::reindex()
{
    m_byLabel.clear();
    for (const Group &group : std::as_const(m_groups))
        for (qsizetype i = 0; i < group.rows.size(); ++i)
            if (!m_byLabel.contains(group.rows[i].label)) // several inputs share a label: the first answers
                m_byLabel.insert(group.rows[i].label, group.values.value(i));
}
} // namespace ma::widgets
