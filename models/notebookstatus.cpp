#include "notebookstatus.h"

#include <QCoreApplication>

namespace ma::models::notebookstatus
{
namespace
{
struct Entry
{
    const char *word;
    struct
    {
        const char *source;
        const char *comment;
    } text;
    BadgeKind badge;
};

// Notebook.status (the API's enumeration; the console's words where the guide names them:
// "Startup failed", "Saving as a snapshot" shown as "Saving image").
constexpr Entry kStatuses[] = {
    { "INIT", QT_TRANSLATE_NOOP3("NotebookStatus", "Initializing", "notebook status"), BadgeKind::Progress },
    { "CREATING", QT_TRANSLATE_NOOP3("NotebookStatus", "Creating", "notebook status"), BadgeKind::Progress },
    { "STARTING", QT_TRANSLATE_NOOP3("NotebookStatus", "Starting", "notebook status"), BadgeKind::Progress },
    { "STOPPING", QT_TRANSLATE_NOOP3("NotebookStatus", "Stopping", "notebook status"), BadgeKind::Progress },
    { "DELETING", QT_TRANSLATE_NOOP3("NotebookStatus", "Deleting", "notebook status"), BadgeKind::Progress },
    { "RUNNING", QT_TRANSLATE_NOOP3("NotebookStatus", "Running", "notebook status"), BadgeKind::Running },
    { "STOPPED", QT_TRANSLATE_NOOP3("NotebookStatus", "Stopped", "notebook status"), BadgeKind::Neutral },
    { "SNAPSHOTTING", QT_TRANSLATE_NOOP3("NotebookStatus", "Saving image", "notebook status"), BadgeKind::Progress },
    { "CREATE_FAILED", QT_TRANSLATE_NOOP3("NotebookStatus", "Creation failed", "notebook status"), BadgeKind::Failure },
    { "START_FAILED", QT_TRANSLATE_NOOP3("NotebookStatus", "Startup failed", "notebook status"), BadgeKind::Failure },
    { "DELETE_FAILED", QT_TRANSLATE_NOOP3("NotebookStatus", "Deletion failed", "notebook status"), BadgeKind::Failure },
    { "ERROR", QT_TRANSLATE_NOOP3("NotebookStatus", "Error", "notebook status"), BadgeKind::Failure },
    { "DELETED", QT_TRANSLATE_NOOP3("NotebookStatus", "Deleted", "notebook status"), BadgeKind::Neutral },
    { "FROZEN", QT_TRANSLATE_NOOP3("NotebookStatus", "Frozen", "notebook status"), BadgeKind::Warning },
};

bool is(const QString &status, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (status == QLatin1String(w))
            return true;
    return false;
}
} // namespace

StatusWord word(const QString &status)
{
    for (const Entry &e : kStatuses)
    {
        if (status == QLatin1String(e.word))
            return { QCoreApplication::translate("NotebookStatus", e.text.source, e.text.comment), e.badge };
    }
    return { status, BadgeKind::Neutral };
}

QStringList statuses()
{
    QStringList out;
    for (const Entry &e : kStatuses)
        out << QLatin1String(e.word);
    return out;
}

bool canOpen(const QString &status)
{
    return status == u"RUNNING";
}

bool canStart(const QString &status)
{
    return is(status, { "STOPPED", "START_FAILED", "ERROR" });
}

bool canStop(const QString &status)
{
    return status == u"RUNNING";
}

bool canDelete(const QString &status)
{
    return !status.isEmpty() && !is(status, { "DELETING", "DELETED", "SNAPSHOTTING" });
}

bool canChangeImage(const QString &status)
{
    return status == u"STOPPED";
}

bool canModifyFlavor(const QString &status)
{
    return is(status, { "STOPPED", "RUNNING", "START_FAILED" });
}

bool canSaveImage(const QString &status)
{
    return status == u"RUNNING";
}

bool canUpdateSsh(const QString &status)
{
    return status == u"STOPPED";
}

bool canEditDetails(const QString &status)
{
    return is(status, { "STOPPED", "START_FAILED", "ERROR" });
}

bool canExpandStorage(const QString &status)
{
    return status == u"RUNNING";
}

bool canMountStorage(const QString &status)
{
    return status == u"RUNNING";
}

bool canRenew(const QString &status)
{
    return is(status, { "RUNNING", "STARTING" });
}
} // namespace ma::models::notebookstatus
