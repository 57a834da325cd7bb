#pragma once

// The five ModelArts Grafana views (pools_monitoring.md §5.7: Cluster, Node, User, Task, Task
// details) as data: panels with a PromQL expression over the AOM catalog (§5.9, labels §5.10),
// a unit and the catalog's alarm thresholds (§5.8). Expressions use the variables $pool
// (pool_id), $node (node_ip), $user (user_name), $job (service_id) and $task (instance_name).

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief An alarm line of a panel: "raw data > value for two consecutive periods" (§5.8). */
struct PanelThreshold
{
    enum class Severity
    {
        Suggestion,
        Major,
        Critical,
    };
    double value = 0;
    Severity severity = Severity::Suggestion;
};

struct PanelDefinition
{
    QString id; // stable, e.g. "cluster.cpu"
    const char *titleSource = ""; // untranslated; use title()
    QString expr; // with $variables
    QString legend; // "{{host_name}}"
    QString unit; // "%", "MB", "Cores", ""
    QList<PanelThreshold> thresholds;
    double minimum = 0; // axis hint
    double maximum = qQNaN(); // axis hint: 100 for percentages, NaN when open

    QString title() const { return QCoreApplication::translate("DashboardDefinitions", titleSource); }
};

/** @brief A selector of a dashboard: which label it picks and where its values come from. */
struct VariableDefinition
{
    QString name; // "pool" -> $pool
    QString label; // "pool_id"
    QString source; // match[] selector for /api/v1/label/<label>/values, with earlier variables
    const char *titleSource = "";
    /** Several values may be chosen at once (jobs overlaid on one chart to compare runs). */
    bool multi = false;

    QString title() const { return QCoreApplication::translate("DashboardDefinitions", titleSource); }
};

struct DashboardDefinition
{
    QString id; // "cluster", "node", "user", "task", "task-details"
    const char *titleSource = "";
    QList<VariableDefinition> variables;
    QList<PanelDefinition> panels;

    QString title() const { return QCoreApplication::translate("DashboardDefinitions", titleSource); }
};

namespace dashboards
{
/** The five views in the console's order. */
const QList<DashboardDefinition> &all();
/** A view by id; nullptr when unknown. */
const DashboardDefinition *find(const QString &id);

/**
 * Replaces $name in @p expr by the value of @p values (regex-escaped for the =~ matchers the
 * panels use); an absent or empty value, or "*", matches everything (".*").
 */
QString expand(const QString &expr, const QHash<QString, QString> &values);

/**
 * The training list's low-utilisation alarm (§5.3): average GPU (or NPU) usage of worker-0 of
 * job @p jobId over @p rangeMs. The alarm is on when the value is below lowUtilizationPercent.
 */
QString lowUtilizationQuery(const QString &jobId, bool npu, qint64 rangeMs);
constexpr double lowUtilizationPercent = 50.0;
/** The range a job's alarm averages over: how long it has run, at least a minute, at most 3 days. */
qint64 lowUtilizationRangeMs(qint64 durationMs);

/** "5m", "1h30m": a duration as PromQL writes it. */
QString promDuration(qint64 ms);
} // namespace dashboards
} // namespace ma::models
