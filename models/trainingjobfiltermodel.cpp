#include "trainingjobfiltermodel.h"

#include "trainingjoblistmodel.h"

namespace ma::models
{
using Model = TrainingJobListModel;

const QString TrainingJobFilterModel::kPublicPool = QStringLiteral("\x01public");

TrainingJobFilterModel::TrainingJobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TrainingJobFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void TrainingJobFilterModel::setPhases(const QSet<QString> &phases)
{
    if (phases == m_phases)
        return;
    m_phases = phases;
    invalidateRowsFilter();
}

void TrainingJobFilterModel::setJobId(const QString &jobId)
{
    const QString trimmed = jobId.trimmed();
    if (trimmed == m_jobId)
        return;
    m_jobId = trimmed;
    invalidateRowsFilter();
}

void TrainingJobFilterModel::setPool(const QString &poolId)
{
    if (poolId == m_pool)
        return;
    m_pool = poolId;
    invalidateRowsFilter();
}

bool TrainingJobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (const auto *jobs = qobject_cast<const Model *>(source))
    {
        // The fast path for large lists: the row itself, no QVariant per cell.
        const TrainingJobRow *job = jobs->jobRowAt(sourceRow);
        if (!job)
            return false;
        if (!m_phases.isEmpty() && !m_phases.contains(job->phase))
            return false;
        if (!m_jobId.isEmpty() && job->id != m_jobId)
            return false;
        if (!m_pool.isEmpty() && (m_pool == kPublicPool ? !job->poolId.isEmpty() : job->poolId != m_pool))
            return false;
        if (!m_text.isEmpty() && !job->name.contains(m_text, Qt::CaseInsensitive)
            && !job->description.value_or(QString()).contains(m_text, Qt::CaseInsensitive))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    const auto cell = [&](int column)
    {
        return source->index(sourceRow, column, sourceParent);
    };
    if (!m_phases.isEmpty() && !m_phases.contains(cell(Model::Status).data(Model::PhaseRole).toString()))
        return false;
    if (!m_jobId.isEmpty() && cell(Model::Name).data(Model::JobIdRole).toString() != m_jobId)
        return false;
    if (!m_pool.isEmpty())
    {
        const QString pool = cell(Model::Pool).data(Model::PoolIdRole).toString();
        if (m_pool == kPublicPool ? !pool.isEmpty() : pool != m_pool)
            return false;
    }
    if (!m_text.isEmpty())
    {
        const bool hit = cell(Model::Name).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
            || cell(Model::Description).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
bool TrainingJobFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *jobs = qobject_cast<const Model *>(sourceModel());
    if (jobs && sortRole() == Model::SortRole && left.column() == right.column())
        return jobs->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
} // namespace ma::models
