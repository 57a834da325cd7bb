#include "jobcomparisonfiltermodel.h"

#include "models/jobcomparisonmodel.h"

namespace ma::models
{
JobComparisonFilterModel::JobComparisonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the comparison's order (sections, then their settings); no sorting.
    setDynamicSortFilter(true);
}

JobComparisonFilterModel::~JobComparisonFilterModel() = default;

void JobComparisonFilterModel::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    invalidateRowsFilter();
}

bool JobComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_differencesOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(JobComparisonModel::RowKindRole).value<JobComparisonModel::RowKind>()
        == JobComparisonModel::RowKind::Section)
        return index.data(JobComparisonModel::SectionDifferencesRole).toInt() > 0;
    return index.data(JobComparisonModel::DiffersRole).toBool();
}
} // namespace ma::models
