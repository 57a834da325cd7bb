#include "poolstatus.h"

#include <QCoreApplication>

namespace ma::models::poolstatus
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
    } text; // QT_TRANSLATE_NOOP3 gives { source, comment }
    BadgeKind badge;
};

// Pool status.phase (api.md §3; console "Status" column, pools_monitoring.md §2).
constexpr Entry kPool[] = {
    { "Creating", QT_TRANSLATE_NOOP3("PoolStatus", "Creating", "pool status"), BadgeKind::Progress },
    { "Running", QT_TRANSLATE_NOOP3("PoolStatus", "Running", "pool status"), BadgeKind::Running },
    { "Abnormal", QT_TRANSLATE_NOOP3("PoolStatus", "Abnormal", "pool status"), BadgeKind::Warning },
    { "Deleting", QT_TRANSLATE_NOOP3("PoolStatus", "Deleting", "pool status"), BadgeKind::Progress },
    { "Error", QT_TRANSLATE_NOOP3("PoolStatus", "Error", "pool status"), BadgeKind::Failure },
    { "CreationFailed", QT_TRANSLATE_NOOP3("PoolStatus", "Creation failed", "pool status"), BadgeKind::Failure },
    { "ScalingFailed", QT_TRANSLATE_NOOP3("PoolStatus", "Scaling failed", "pool status"), BadgeKind::Warning },
    { "Waiting", QT_TRANSLATE_NOOP3("PoolStatus", "Waiting", "pool status"), BadgeKind::Progress },
};

// Node status.phase (Nodes tab, pools_monitoring.md §3.5: "Unavailable" is the console's Abnormal).
constexpr Entry kNode[] = {
    { "Available", QT_TRANSLATE_NOOP3("PoolStatus", "Available", "node status"), BadgeKind::Success },
    { "Creating", QT_TRANSLATE_NOOP3("PoolStatus", "Creating", "node status"), BadgeKind::Progress },
    { "Deleting", QT_TRANSLATE_NOOP3("PoolStatus", "Deleting", "node status"), BadgeKind::Progress },
    { "Abnormal", QT_TRANSLATE_NOOP3("PoolStatus", "Unavailable", "node status"), BadgeKind::Warning },
    { "Checking", QT_TRANSLATE_NOOP3("PoolStatus", "Checking", "node status"), BadgeKind::Progress },
    { "Rebooting", QT_TRANSLATE_NOOP3("PoolStatus", "Rebooting", "node status"), BadgeKind::Progress },
    { "Resetting", QT_TRANSLATE_NOOP3("PoolStatus", "Resetting", "node status"), BadgeKind::Progress },
    { "Replacing", QT_TRANSLATE_NOOP3("PoolStatus", "Replacing", "node status"), BadgeKind::Progress },
};

// Network status.phase (Network tab; a peer connection's phase uses Connecting and Active too).
constexpr Entry kNetwork[] = {
    { "Creating", QT_TRANSLATE_NOOP3("PoolStatus", "Creating", "network status"), BadgeKind::Progress },
    { "Connecting", QT_TRANSLATE_NOOP3("PoolStatus", "Connecting", "network status"), BadgeKind::Progress },
    { "Active", QT_TRANSLATE_NOOP3("PoolStatus", "Active", "network status"), BadgeKind::Success },
    { "Abnormal", QT_TRANSLATE_NOOP3("PoolStatus", "Abnormal", "network status"), BadgeKind::Warning },
};

// status.scope[].state (Set Job Type, pools_monitoring.md §4).
constexpr Entry kScope[] = {
    { "Enabling", QT_TRANSLATE_NOOP3("PoolStatus", "Enabling", "job type state"), BadgeKind::Progress },
    { "Enabled", QT_TRANSLATE_NOOP3("PoolStatus", "Enabled", "job type state"), BadgeKind::Success },
    { "EnableFailed", QT_TRANSLATE_NOOP3("PoolStatus", "Enabling failed", "job type state"), BadgeKind::Failure },
    { "Disabling", QT_TRANSLATE_NOOP3("PoolStatus", "Disabling", "job type state"), BadgeKind::Progress },
    { "Disabled", QT_TRANSLATE_NOOP3("PoolStatus", "Disabled", "job type state"), BadgeKind::Neutral },
};

// Driver state (Upgrade Driver, pools_monitoring.md §4.2).
constexpr Entry kDriver[] = {
    { "Creating", QT_TRANSLATE_NOOP3("PoolStatus", "Installing", "driver state"), BadgeKind::Progress },
    { "Running", QT_TRANSLATE_NOOP3("PoolStatus", "Running", "driver state"), BadgeKind::Success },
    { "Waiting", QT_TRANSLATE_NOOP3("PoolStatus", "Waiting for upgrade", "driver state"), BadgeKind::Progress },
    { "Upgrading", QT_TRANSLATE_NOOP3("PoolStatus", "Upgrading", "driver state"), BadgeKind::Progress },
    { "UpgradeFailed", QT_TRANSLATE_NOOP3("PoolStatus", "Upgrade failed", "driver state"), BadgeKind::Failure },
    { "Abnormal", QT_TRANSLATE_NOOP3("PoolStatus", "Abnormal", "driver state"), BadgeKind::Warning },
};

template <std::size_t N> StatusWord lookup(const Entry (&table)[N], const QString &word)
{
    for (const Entry &e : table)
    {
        if (word == QLatin1String(e.word))
            return { QCoreApplication::translate("PoolStatus", e.text.source, e.text.comment), e.badge };
    }
    return { word, BadgeKind::Neutral };
}

template <std::size_t N> QStringList words(const Entry (&table)[N])
{
    QStringList out;
    for (const Entry &e : table)
        out << QLatin1String(e.word);
    return out;
}
} // namespace

StatusWord pool(const QString &phase)
{
    return lookup(kPool, phase);
}

StatusWord node(const QString &phase)
{
    return lookup(kNode, phase);
}

StatusWord network(const QString &phase)
{
    return lookup(kNetwork, phase);
}

StatusWord scope(const QString &state)
{
    return lookup(kScope, state);
}

StatusWord driver(const QString &state)
{
    return lookup(kDriver, state);
}

QString jobType(const QString &scopeWord)
{
    if (scopeWord == u"Train")
        return QCoreApplication::translate("PoolStatus", "Training Job", "pool job type");
    if (scopeWord == u"Infer")
        return QCoreApplication::translate("PoolStatus", "Inference Service", "pool job type");
    if (scopeWord == u"Notebook")
        return QCoreApplication::translate("PoolStatus", "Notebook", "pool job type");
    return scopeWord;
}

QStringList poolPhases()
{
    return words(kPool);
}

QStringList networkPhases()
{
    return words(kNetwork);
}

QStringList nodePhases()
{
    return words(kNode);
}
} // namespace ma::models::poolstatus
