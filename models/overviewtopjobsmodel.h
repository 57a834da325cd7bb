#pragma once

// The Overview's "top resource users": the running training jobs that hold the most
// accelerators (cards per node × nodes), then the most CPU cores, with their usage from the
// profile's Prometheus source when it has one. A refresh is replayed as row inserts,
// removes, moves and changed cells (ListDiff), never a reset.

#include "listdiff.h"

#include <optional>
#include <vector>

namespace ma::api
{
struct TrainingJob;
} // namespace ma::api

namespace ma::models
{
/** @brief One running job as the top table shows it. */
struct OverviewTopJob
{
    QString id;
    QString name;
    QString poolId;
    QString poolName;
    QString flavor;
    int nodes = 0;
    QString acceleratorKind; // "GPU", "NPU"; empty: a CPU job
    int accelerators = 0; // cards per node × nodes
    double cpuCores = 0; // cores per node × nodes
    qint64 durationMs = 0;
    std::optional<double> usagePercent; // average GPU/NPU usage (CPU usage for a CPU job)

    bool operator==(const OverviewTopJob &) const = default;

    /** The entry of @p job (spec.resource and its flavor_detail); @p poolName: the pool's display name if known. */
    static OverviewTopJob fromJob(const api::TrainingJob &job, const QString &poolName = QString());
};

class OverviewTopJobsModel final : public ListDiffTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTopJobsModel)

public:
    enum Column
    {
        Name,
        Pool,
        Resources,
        Usage,
        Duration,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole,
        SortRole, // raw value of the column
        UsageRole, // usagePercent, invalid when unknown
    };

    explicit OverviewTopJobsModel(QObject *parent = nullptr);
    ~OverviewTopJobsModel() override;

    /** How many jobs the table keeps (5 by default). */
    void setLimit(int limit);
    int limit() const { return m_limit; }

    /**
     * @brief Ranks @p jobs (accelerators, then CPU cores, then name), keeps the first limit()
     * and replays the difference with the rows shown. Usage figures already known are kept
     * for jobs that stay.
     */
    void setJobs(std::vector<OverviewTopJob> jobs);
    /** Usage per job id (from a metrics query); jobs not named lose theirs. */
    void setUsage(const QHash<QString, double> &usageByJobId);
    void clear();

    const OverviewTopJob &job(int row) const;
    QStringList jobIds() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "32 × GPU" / "8 vCPUs" as the Resources column shows it. */
    static QString resourcesText(const OverviewTopJob &job);

private:
    void apply(std::vector<RowPtr> fresh);

    std::vector<RowPtr> m_rows;
    QHash<QString, int> m_index;
    int m_limit = 5;
};
} // namespace ma::models
