#include "overviewtopjobsmodel.h"

#include "api/types/training.h"

#include <algorithm>
#include <cmath>

namespace ma::models
{
namespace
{
struct TopJobRow final : RemoteRow
{
    OverviewTopJob job;
};

std::shared_ptr<const TopJobRow> makeRow(OverviewTopJob job)
{
    auto row = std::make_shared<TopJobRow>();
    row->id = job.id;
    row->job = std::move(job);
    return row;
}

const OverviewTopJob &jobOf(const RowPtr &row)
{
    return static_cast<const TopJobRow &>(*row).job;
}

ColumnMask changedColumns(const RemoteRow &before, const RemoteRow &after)
{
    const OverviewTopJob &a = static_cast<const TopJobRow &>(before).job;
    const OverviewTopJob &b = static_cast<const TopJobRow &>(after).job;
    ColumnMask mask = 0;
    if (a.name != b.name)
        mask |= columnBit(OverviewTopJobsModel::Name);
    if (a.poolId != b.poolId || a.poolName != b.poolName)
        mask |= columnBit(OverviewTopJobsModel::Pool);
    if (a.accelerators != b.accelerators || a.acceleratorKind != b.acceleratorKind || a.cpuCores != b.cpuCores
        || a.nodes != b.nodes)
        mask |= columnBit(OverviewTopJobsModel::Resources);
    if (a.usagePercent != b.usagePercent)
        mask |= columnBit(OverviewTopJobsModel::Usage);
    if (a.durationMs / 1000 != b.durationMs / 1000)
        mask |= columnBit(OverviewTopJobsModel::Duration);
    return mask;
}

/** Ranks by what a job holds: cards first (they are what pools run out of), then cores. */
bool holdsMore(const OverviewTopJob &a, const OverviewTopJob &b)
{
    if (a.accelerators != b.accelerators)
        return a.accelerators > b.accelerators;
    if (a.cpuCores != b.cpuCores)
        return a.cpuCores > b.cpuCores;
    return a.name < b.name;
}

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

OverviewTopJob OverviewTopJob::fromJob(const api::TrainingJob &job, const QString &poolName)
{
    OverviewTopJob out;
    out.id = job.metadata.id.value_or(QString());
    out.name = job.metadata.name;
    out.durationMs = job.status.duration.value_or(0);
    if (!job.spec || !job.spec->resource)
        return out;
    const api::TrainingResource &resource = *job.spec->resource;
    out.poolId = resource.poolId.value_or(QString());
    out.poolName = poolName.isEmpty() ? out.poolId : poolName;
    out.flavor = resource.flavorId.value_or(QString());
    out.nodes = std::max(1, resource.nodeCount.value_or(1));
    if (!resource.flavorDetail || !resource.flavorDetail->flavorInfo)
        return out;
    const api::FlavorInfo &info = *resource.flavorDetail->flavorInfo;
    if (info.cpu && info.cpu->coreNum)
        out.cpuCores = double(*info.cpu->coreNum) * out.nodes;
    if (info.gpu && info.gpu->unitNum.value_or(0) > 0)
    {
        out.acceleratorKind = QStringLiteral("GPU");
        out.accelerators = *info.gpu->unitNum * out.nodes;
    }
    else if (info.npu && info.npu->unitNum)
    {
        const int cards = static_cast<int>(info.npu->unitNum->toInt());
        if (cards > 0)
        {
            out.acceleratorKind = QStringLiteral("NPU");
            out.accelerators = cards * out.nodes;
        }
    }
    return out;
}

OverviewTopJobsModel::OverviewTopJobsModel(QObject *parent)
    : ListDiffTableModel(parent)
{
}

OverviewTopJobsModel::~OverviewTopJobsModel() = default;

void OverviewTopJobsModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
}

void OverviewTopJobsModel::setJobs(std::vector<OverviewTopJob> jobs)
{
    std::sort(jobs.begin(), jobs.end(), holdsMore);
    if (jobs.size() > static_cast<std::size_t>(m_limit))
        jobs.resize(static_cast<std::size_t>(m_limit));
    std::vector<RowPtr> fresh;
    fresh.reserve(jobs.size());
    for (OverviewTopJob &job : jobs)
    {
        // The usage comes from another query: a job that stays keeps its figure until that answers.
        const auto shown = m_index.constFind(job.id);
        if (!job.usagePercent && shown != m_index.cend())
            job.usagePercent = jobOf(m_rows[static_cast<std::size_t>(*shown)]).usagePercent;
        fresh.push_back(makeRow(std::move(job)));
    }
    apply(std::move(fresh));
}

void OverviewTopJobsModel::setUsage(const QHash<QString, double> &usageByJobId)
{
    std::vector<RowPtr> fresh;
    fresh.reserve(m_rows.size());
    for (const RowPtr &row : m_rows)
    {
        OverviewTopJob job = jobOf(row);
        const auto usage = usageByJobId.constFind(job.id);
        job.usagePercent = usage == usageByJobId.cend() ? std::nullopt : std::optional<double>(*usage);
        fresh.push_back(makeRow(std::move(job)));
    }
    apply(std::move(fresh));
}

void OverviewTopJobsModel::clear()
{
    apply({});
}

void OverviewTopJobsModel::apply(std::vector<RowPtr> fresh)
{
    ListDiff diff = ListDiff::compute(
        ListDiff::pointersOf(m_rows), m_index, static_cast<int>(m_rows.size()), std::move(fresh), changedColumns);
    replay(diff, m_rows, m_index);
}

const OverviewTopJob &OverviewTopJobsModel::job(int row) const
{
    return jobOf(m_rows.at(static_cast<std::size_t>(row)));
}

QStringList OverviewTopJobsModel::jobIds() const
{
    QStringList ids;
    for (const RowPtr &row : m_rows)
        ids.append(row->id);
    return ids;
}

int OverviewTopJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverviewTopJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewTopJobsModel::resourcesText(const OverviewTopJob &job)
{
    const QString perNodes = job.nodes > 1 ? tr(" on %1 nodes").arg(job.nodes) : QString();
    if (job.accelerators > 0)
        return tr("%1 × %2", "cards × GPU or NPU").arg(job.accelerators).arg(job.acceleratorKind) + perNodes;
    if (job.cpuCores > 0)
        return tr("%1 vCPUs").arg(job.cpuCores) + perNodes;
    return job.flavor;
}

QVariant OverviewTopJobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OverviewTopJob &j = job(index.row());
    switch (role)
    {
    case JobIdRole:
        return j.id;
    case UsageRole:
        return j.usagePercent ? QVariant(*j.usagePercent) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Resources ? j.flavor : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Usage || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column())
        {
        case Name:
            return j.name;
        case Pool:
            return j.poolName;
        case Resources:
            return j.accelerators * 10000.0 + j.cpuCores;
        case Usage:
            return j.usagePercent.value_or(-1);
        case Duration:
            return j.durationMs;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column())
        {
        case Name:
            return j.name;
        case Pool:
            return j.poolName.isEmpty() ? tr("Public resource pool") : j.poolName;
        case Resources:
            return resourcesText(j);
        case Usage:
            if (!j.usagePercent)
                return QStringLiteral("–");
            return tr("%1 %", "usage in percent").arg(*j.usagePercent, 0, 'f', 1);
        case Duration:
            return durationText(j.durationMs);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OverviewTopJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case Name:
        return tr("Job");
    case Pool:
        return tr("Resource Pool");
    case Resources:
        return tr("Resources");
    case Usage:
        return tr("Usage", "average GPU/NPU (or CPU) usage of a job");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}
} // namespace ma::models
