#pragma once

// The filter and sort proxy of a list whose API has no server-side search (pools, nodes):
// a search text matched against some roles, and for one role the set of values shown (a
// status filter). Sorting reads the model's sort role, so numbers and times sort as such.

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace ma::models
{
class ListFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFilterModel)

public:
    explicit ListFilterModel(QObject *parent = nullptr);
    ~ListFilterModel() override;

    /** Rows whose @p roles (of column 0) contain @p text, case-insensitively; empty text shows all. */
    void setSearch(const QString &text, const QList<int> &roles);
    QString searchText() const { return m_search; }
    /**
     * Rows whose @p role (of column 0) is one of @p values; an empty set shows all. Several
     * roles filter together (status and pool, for instance): a row must pass each.
     */
    void setAllowedValues(int role, const QSet<QString> &values);
    bool isFiltering() const { return !m_search.isEmpty() || !m_allowed.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QList<int> m_searchRoles;
    QHash<int, QSet<QString>> m_allowed; // role → values shown; roles without a set are not filtered
};
} // namespace ma::models
