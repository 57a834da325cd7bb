#include "statuspalette.h"

#include "widgets/theme.h"

#include <QCoreApplication>
#include <QHash>

namespace ma::widgets
{
StatusTone toneOf(const QString &status)
{
    static const QHash<QString, StatusTone> tones = {
        { QStringLiteral("running"), StatusTone::Running },
        { QStringLiteral("completed"), StatusTone::Success },
        { QStringLiteral("available"), StatusTone::Success },
        { QStringLiteral("active"), StatusTone::Success },
        { QStringLiteral("normal"), StatusTone::Success },
        { QStringLiteral("mounted"), StatusTone::Success },
        { QStringLiteral("failed"), StatusTone::Failure },
        { QStringLiteral("error"), StatusTone::Failure },
        { QStringLiteral("create_failed"), StatusTone::Failure },
        { QStringLiteral("start_failed"), StatusTone::Failure },
        { QStringLiteral("creationfailed"), StatusTone::Failure },
        { QStringLiteral("scalingfailed"), StatusTone::Failure },
        { QStringLiteral("abnormal"), StatusTone::Warning },
        { QStringLiteral("warning"), StatusTone::Warning }, // pool event type
        { QStringLiteral("terminated"), StatusTone::Warning },
        { QStringLiteral("creating"), StatusTone::Progress },
        { QStringLiteral("pending"), StatusTone::Progress },
        { QStringLiteral("queuing"), StatusTone::Progress },
        { QStringLiteral("starting"), StatusTone::Progress },
        { QStringLiteral("stopping"), StatusTone::Progress },
        { QStringLiteral("terminating"), StatusTone::Progress },
        { QStringLiteral("deleting"), StatusTone::Progress },
        { QStringLiteral("waiting"), StatusTone::Progress },
        { QStringLiteral("init"), StatusTone::Progress },
        { QStringLiteral("mounting"), StatusTone::Progress },
        // Node operations of dedicated pools (Rebooting → Available, ...).
        { QStringLiteral("rebooting"), StatusTone::Progress },
        { QStringLiteral("resetting"), StatusTone::Progress },
        { QStringLiteral("replacing"), StatusTone::Progress },
        { QStringLiteral("checking"), StatusTone::Progress },
        // Networks of dedicated pools and their VPC interconnections.
        { QStringLiteral("connecting"), StatusTone::Progress },
        // Notebook statuses the words above do not cover.
        { QStringLiteral("snapshotting"), StatusTone::Progress },
        { QStringLiteral("delete_failed"), StatusTone::Failure },
        { QStringLiteral("frozen"), StatusTone::Warning },
    };
    return tones.value(status.toLower(), StatusTone::Neutral);
}

QColor badgeColor(StatusTone tone)
{
    return Theme::statusColor(tone);
}

QString statusText(const QString &status)
{
    // Marked for translation here; the API words stay the keys.
    static const char *const words[][2] = {
        { "Creating", QT_TRANSLATE_NOOP("Status", "Creating") },
        { "Pending", QT_TRANSLATE_NOOP("Status", "Pending") },
        { "Queuing", QT_TRANSLATE_NOOP("Status", "Queuing") },
        { "Running", QT_TRANSLATE_NOOP("Status", "Running") },
        { "Completed", QT_TRANSLATE_NOOP("Status", "Completed") },
        { "Failed", QT_TRANSLATE_NOOP("Status", "Failed") },
        { "Terminating", QT_TRANSLATE_NOOP("Status", "Stopping") },
        { "Terminated", QT_TRANSLATE_NOOP("Status", "Stopped") },
        { "Abnormal", QT_TRANSLATE_NOOP("Status", "Abnormal") },
        { "CREATING", QT_TRANSLATE_NOOP("Status", "Creating") },
        { "STARTING", QT_TRANSLATE_NOOP("Status", "Starting") },
        { "RUNNING", QT_TRANSLATE_NOOP("Status", "Running") },
        { "STOPPING", QT_TRANSLATE_NOOP("Status", "Stopping") },
        { "STOPPED", QT_TRANSLATE_NOOP("Status", "Stopped") },
        { "DELETING", QT_TRANSLATE_NOOP("Status", "Deleting") },
        { "ERROR", QT_TRANSLATE_NOOP("Status", "Error") },
        { "CREATE_FAILED", QT_TRANSLATE_NOOP("Status", "Creation failed") },
        { "START_FAILED", QT_TRANSLATE_NOOP("Status", "Start failed") },
        { "Available", QT_TRANSLATE_NOOP("Status", "Available") },
        { "Deleting", QT_TRANSLATE_NOOP("Status", "Deleting") },
    };
    for (const auto &w : words)
    {
        if (status == QLatin1String(w[0]))
            return QCoreApplication::translate("Status", w[1]);
    }
    return status;
}
} // namespace ma::widgets
