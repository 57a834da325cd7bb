#pragma once

// Resize a dedicated pool (pools_monitoring.md §4.1, console "Scaling"): the target number of
// instances per flavor of the pool. Higher than now scales out, lower scales in; no flavor
// goes to 0 (L1296) and the pool keeps at least the nodes its jobs use.

#include <memory>
#include <optional>
#include <QDialog>
#include <QList>

class QSpinBox;

namespace Ui
{
class PoolResizeDialog;
}

namespace ma::ui
{
class PoolResizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolResizeDialog)

public:
    /** One flavor of the pool and its instance count. */
    struct FlavorCount
    {
        QString flavor;
        int count = 0;
    };

    /** Most instances of one flavor the dialog offers (modelarts-local's pools stop at 100). */
    static constexpr int kMaxInstances = 100;

    PoolResizeDialog(
        const QString &poolName, const QList<FlavorCount> &current, int nodesInUse, QWidget *parent = nullptr);
    ~PoolResizeDialog() override;

    /** The target counts, in the order given. */
    QList<FlavorCount> targets() const;
    void setTarget(const QString &flavor, int count);
    QSpinBox *spinBox(const QString &flavor) const;

    /** The rule broken by the targets, shown under them; empty when they can be sent. */
    QString message() const { return m_message; }
    bool isChanged() const;

    /** Runs the dialog; the new counts, or nothing when canceled or unchanged. */
    static std::optional<QList<FlavorCount>> ask(
        QWidget *parent, const QString &poolName, const QList<FlavorCount> &current, int nodesInUse);

private:
    void validate();

    std::unique_ptr<Ui::PoolResizeDialog> m_ui;
    QList<FlavorCount> m_current;
    QList<QSpinBox *> m_spins;
    int m_inUse;
    QString m_message;
};
} // namespace ma::ui
