#include "listfiltermodel.h"

namespace ma::models
{
ListFilterModel::ListFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows that change (a status) move to their sorted place and are filtered again.
    setDynamicSortFilter(true);
}

ListFilterModel::~ListFilterModel() = default;

void ListFilterModel::setSearch(const QString &text, const QList<int> &roles)
{
    if (text == m_search && roles == m_searchRoles)
        return;
    m_search = text;
    m_searchRoles = roles;
    invalidateRowsFilter();
}

void ListFilterModel::setAllowedValues(int role, const QSet<QString> &values)
{
    if (m_allowed.value(role) == values)
        return;
    if (values.isEmpty())
        m_allowed.remove(role);
    else
        m_allowed.insert(role, values);
    invalidateRowsFilter();
}

bool ListFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it)
        if (!it.value().contains(index.data(it.key()).toString()))
            return false;
    if (m_search.isEmpty())
        return true;
    for (const int role : m_searchRoles)
        if (index.data(role).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace ma::models
