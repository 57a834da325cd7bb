#include "shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <algorithm>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>

namespace ma::ui
{
ShortcutsDialog::ShortcutsDialog(const std::vector<ShortcutRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->shortcutsTree;
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int rowHeight = tree->fontMetrics().height() + 10;
    QFont groupFont = tree->font();
    groupFont.setBold(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutRow &row : rows)
    {
        if (!group || group->text(0) != row.group)
        {
            group = new QTreeWidgetItem(tree, { row.group });
            group->setSizeHint(0, QSize(0, rowHeight + 8)); // a little air above each group
            group->setFirstColumnSpanned(true);
            group->setFont(0, groupFont);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, { row.action, row.keys });
        item->setFlags(Qt::ItemIsEnabled);
        item->setSizeHint(0, QSize(0, rowHeight));
    }
    tree->expandAll();
    tree->setItemsExpandable(false);

    // Tall enough for every row up to a screenful; no empty space under a short list.
    const int groups = tree->topLevelItemCount();
    const int height
        = tree->header()->sizeHint().height() + int(rows.size()) * rowHeight + groups * (rowHeight + 8) + 90;
    resize(560, std::min(height, 700));
}

ShortcutsDialog::~ShortcutsDialog() = default;

QTreeWidget *ShortcutsDialog::tree() const
{
    return m_ui->shortcutsTree;
}
} // namespace ma::ui
