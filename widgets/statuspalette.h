#pragma once

// Colours and words for the status badges of jobs, notebooks and pools, in one place so
// every list and details page shows a status the same way.

#include <QColor>
#include <QString>

namespace ma::widgets
{
enum class StatusTone
{
    Neutral, // created, stopped, unknown
    Progress, // creating, pending, starting, stopping
    Running,
    Success,
    Warning, // abnormal, terminated
    Failure,
};

/** The tone of an API status word (training phase, notebook status, pool phase...). */
StatusTone toneOf(const QString &status);
/** Badge background for a tone, readable with white text in light and dark themes. */
QColor badgeColor(StatusTone tone);
/** The status word as users read it, translated ("Running", "Queuing", "Stopped"...). */
QString statusText(const QString &status);
} // namespace ma::widgets
