#pragma once

// Set Job Type (pools_monitoring.md §4.5): which kinds of work a running pool accepts,
// Training Job, Inference Service and DevEnviron (spec.scope Train, Infer, Notebook).
// At least one stays selected.

#include <memory>
#include <optional>
#include <QDialog>
#include <QStringList>

namespace Ui
{
class PoolJobTypesDialog;
}

namespace ma::ui
{
class PoolJobTypesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolJobTypesDialog)

public:
    /** @p current holds spec.scope words (Train, Infer, Notebook). */
    PoolJobTypesDialog(const QString &poolName, const QStringList &current, QWidget *parent = nullptr);
    ~PoolJobTypesDialog() override;

    /** The scope words checked, in the API's order. */
    QStringList scope() const;
    void setScope(const QStringList &scope);
    QString message() const;

    /** Runs the dialog; the new scope, or nothing when canceled or unchanged. */
    static std::optional<QStringList> ask(QWidget *parent, const QString &poolName, const QStringList &current);

private:
    void updateOk();

    std::unique_ptr<Ui::PoolJobTypesDialog> m_ui;
    QStringList m_initial;
};
} // namespace ma::ui
