#include "shortcutsdialog.h"

#include <algorithm>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ma::ui
{
ShortcutsDialog::ShortcutsDialog(const std::vector<ShortcutRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const int rowHeight = m_tree->fontMetrics().height() + 10;
    m_tree->header()->setMinimumSectionSize(110);
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutRow &row : rows)
    {
        if (!group || group->text(0) != row.group)
        {
            group = new QTreeWidgetItem(m_tree, { row.group });
            group->setSizeHint(0, QSize(0, rowHeight + 8)); // a little air above each group
            group->setFirstColumnSpanned(true);
            group->setFont(0, groupFont);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, { row.action, row.keys });
        item->setFlags(Qt::ItemIsEnabled);
        item->setSizeHint(0, QSize(0, rowHeight));
    }
    m_tree->expandAll();
    m_tree->setItemsExpandable(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    // Tall enough for every row up to a screenful; no empty space under a short list.
    const int groups = m_tree->topLevelItemCount();
    const int height
        = m_tree->header()->sizeHint().height() + int(rows.size()) * rowHeight + groups * (rowHeight + 8) + 90;
    resize(560, std::min(height, 700));
}

ShortcutsDialog::~ShortcutsDialog() = default;
} // namespace ma::ui
