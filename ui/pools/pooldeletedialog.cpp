#include "pooldeletedialog.h"

namespace ma::ui
{
PoolDeleteDialog::PoolDeleteDialog(const QString &poolName, const QString &question, QWidget *parent)
    : TypedConfirmationDialog(poolName, question,
        { tr("Delete Dedicated Resource Pool"),
            tr("To confirm, enter the name of the pool, <b>%1</b>:").arg(poolName.toHtmlEscaped()),
            tr("The name does not match the pool's name."), tr("Pool name") },
        parent)
{
}

PoolDeleteDialog::~PoolDeleteDialog() = default;

bool PoolDeleteDialog::ask(QWidget *parent, const QString &poolName, const QString &question)
{
    PoolDeleteDialog dialog(poolName, question, parent);
    return dialog.exec() == QDialog::Accepted && dialog.isConfirmed();
}
} // namespace ma::ui
