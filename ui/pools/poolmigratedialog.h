#pragma once

// Migrate Workspace of a dedicated pool or of a network (pools_monitoring.md §4.6, console
// "Migrate Dedicated Resource Pool", Network tab > More > Migrate Workspace): the target
// workspace, chosen among the project's workspaces (W-2). The choice becomes the PATCH of
// P-4 (pool) or P-17 (network) that sets the label os.modelarts/workspace.id.

#include "api/types/pool.h"
#include "api/types/workspace.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QList>

namespace Ui
{
class PoolMigrateDialog;
}

namespace ma::ui
{
class PoolMigrateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolMigrateDialog)

public:
    struct WorkspaceEntry
    {
        QString id; // "0" is the default workspace
        QString name;
    };

    /** What moves: the words of the dialog follow it. */
    enum class Subject
    {
        Pool,
        Network
    };

    PoolMigrateDialog(const QString &poolName, const QString &currentWorkspaceId,
        const QList<WorkspaceEntry> &workspaces, QWidget *parent = nullptr, Subject subject = Subject::Pool);
    ~PoolMigrateDialog() override;

    /** The workspace chosen. */
    WorkspaceEntry target() const;
    void setTarget(const QString &workspaceId);

    /** The rule broken by the choice, shown under it; empty when it can be sent. */
    QString message() const { return m_message; }

    /** The PATCH body (P-4) that moves a pool to @p workspaceId. */
    static api::PoolPatch patchFor(const QString &workspaceId);
    /** The targets @p list offers (W-2), with the default workspace "0" first when the list leaves it out. */
    static QList<WorkspaceEntry> entriesOf(const api::WorkspaceList &list);
    /** "default" for the default workspace "0", else its name, else its id. */
    static QString workspaceName(const QList<WorkspaceEntry> &workspaces, const QString &id);

    /** Runs the dialog; the target workspace, or nothing when canceled. */
    static std::optional<WorkspaceEntry> ask(QWidget *parent, const QString &poolName,
        const QString &currentWorkspaceId, const QList<WorkspaceEntry> &workspaces, Subject subject = Subject::Pool);

private:
    void validate();

    std::unique_ptr<Ui::PoolMigrateDialog> m_ui;
    QString m_current;
    QList<WorkspaceEntry> m_workspaces;
    QString m_message;
    Subject m_subject;
};
} // namespace ma::ui
