#pragma once

// Delete Dedicated Resource Pool (pools_monitoring.md §4.10): the pool cannot be restored and
// the jobs that use it become unavailable, so the user types the pool's name before OK is
// enabled (the console asks for DELETE; a name also guards against the wrong pool).

#include "ui/typedconfirmationdialog.h"

namespace ma::ui
{
class PoolDeleteDialog final : public TypedConfirmationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolDeleteDialog)

public:
    /** @p question is the destructive question (ui/confirmation.h) naming the pool. */
    PoolDeleteDialog(const QString &poolName, const QString &question, QWidget *parent = nullptr);
    ~PoolDeleteDialog() override;

    /** Runs the dialog; true when the name was typed and Delete pressed. */
    static bool ask(QWidget *parent, const QString &poolName, const QString &question);
};
} // namespace ma::ui
