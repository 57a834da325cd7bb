#pragma once

// Delete Dedicated Resource Pool (pools_monitoring.md §4.10): the pool cannot be restored and
// the jobs that use it become unavailable, so the user types the pool's name before OK is
// enabled (the console asks for DELETE; a name also guards against the wrong pool).

#include <memory>
#include <QDialog>

namespace Ui
{
class PoolDeleteDialog;
}

namespace ma::ui
{
class PoolDeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolDeleteDialog)

public:
    /** @p question is the destructive question (ui/confirmation.h) naming the pool. */
    PoolDeleteDialog(const QString &poolName, const QString &question, QWidget *parent = nullptr);
    ~PoolDeleteDialog() override;

    QString question() const;
    /** True once the name typed is the pool's name, exactly. */
    bool isConfirmed() const;

    /** Runs the dialog; true when the name was typed and Delete pressed. */
    static bool ask(QWidget *parent, const QString &poolName, const QString &question);

private:
    void updateOk();

    std::unique_ptr<Ui::PoolDeleteDialog> m_ui;
    QString m_name;
};
} // namespace ma::ui
