#pragma once

// One wording for every destructive action of every console area (stop, delete, restart,
// reset), so a user reads the same question for a training job, a pool or a notebook.

#include <QString>
#include <QStringList>

namespace ma::ui
{
enum class DestructiveAction
{
    Stop,
    Delete,
    Restart, // pool nodes (console: "Restart")
    Reset, // pool nodes: reinstalls the OS (console: "Reset")
};

/** How an area names its resources in a question: "training job" / "training jobs". */
struct ResourceNoun
{
    QString one;
    QString many;
};

/**
 * @brief "Stop the training job “a”?", "Delete these 3 notebooks? This cannot be undone."
 * with the names listed (at most five, else their count), then @p consequence on its own
 * paragraph when given ("Billing stops once the job is stopped.").
 */
QString destructiveQuestion(DestructiveAction action, const ResourceNoun &noun, const QStringList &names,
    const QString &consequence = QString());
} // namespace ma::ui
