#pragma once

// Status words of dedicated resource pools and their nodes (api.md §3, pools_monitoring.md
// §2-§4: pool status.phase, status.scope[].state, driver state, node status.phase) mapped
// to translated display text and a badge kind, so every pool page shows the same word.
// Translation context "PoolStatus"; unknown words are shown as sent with a Neutral badge.

#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief How a status badge is coloured; the widgets layer maps it to its palette (one to one with StatusTone). */
enum class BadgeKind
{
    Neutral, // unknown, disabled
    Progress, // creating, deleting, rebooting, upgrading...
    Running,
    Success, // available, enabled
    Warning, // abnormal
    Failure, // creation failed, error
};

struct StatusWord
{
    QString text; // translated
    BadgeKind badge = BadgeKind::Neutral;
};

namespace poolstatus
{
/** Pool status.phase: Creating, Running, Abnormal, Deleting, Error, CreationFailed, ScalingFailed, Waiting. */
StatusWord pool(const QString &phase);
/** Node status.phase: Available, Creating, Deleting, Abnormal, Checking, Rebooting, Resetting, Replacing... */
StatusWord node(const QString &phase);
/** Network status.phase: Creating, Connecting, Active, Abnormal. */
StatusWord network(const QString &phase);
/** status.scope[].state of a job type: Enabling, Enabled, EnableFailed, Disabling, Disabled. */
StatusWord scope(const QString &state);
/** Driver state of a pool or node: Creating, Running, Upgrading, UpgradeFailed, Waiting... */
StatusWord driver(const QString &state);
/** The job type of spec.scope as the console names it (Train → "Training Job"). */
QString jobType(const QString &scopeWord);

/** Every word the tables know, in the API's order (for filters). */
QStringList poolPhases();
QStringList nodePhases();
QStringList networkPhases();
} // namespace poolstatus
} // namespace ma::models
