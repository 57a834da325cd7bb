#pragma once

// "Change priority" for a training job queued in a dedicated pool (training.md §5, C8:22255):
// priorities 1..3, 3 the highest and only with the modelarts:trainJob:setHighPriority permission.

#include <memory>
#include <optional>
#include <QDialog>

class QButtonGroup;

namespace Ui
{
class PriorityDialog;
}

namespace ma::ui
{
class PriorityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityDialog)

public:
    static constexpr int kMinPriority = 1;
    static constexpr int kMaxPriority = 3;

    /**
     * @p current is preselected (clamped to 1..3); without @p mayUseHighest the highest
     * priority (3) is shown but disabled.
     */
    PriorityDialog(const QString &jobName, int current, bool mayUseHighest, QWidget *parent = nullptr);
    ~PriorityDialog() override;

    /** The chosen priority, 1..3. */
    int priority() const;
    void setPriority(int priority);

    /** Runs the dialog; the new priority, or nothing when canceled or unchanged. */
    static std::optional<int> ask(QWidget *parent, const QString &jobName, int current, bool mayUseHighest);

private:
    void updateOk();

    std::unique_ptr<Ui::PriorityDialog> m_ui;
    QButtonGroup *m_group;
    int m_initial;
};
} // namespace ma::ui
