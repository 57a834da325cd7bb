#pragma once

// Client-side search, status filter and column sorting over TrainingJobListModel (or any
// model offering its roles). Sorting uses TrainingJobListModel::SortRole, so dates and
// durations sort by their raw values whatever their display format.

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace ma::models
{
class TrainingJobFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobFilterModel)

public:
    explicit TrainingJobFilterModel(QObject *parent = nullptr);

    /** Rows whose name or description contains @p text, case-insensitive; empty = all. */
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    /** Rows whose status.phase (wire name, e.g. "Running") is one of @p phases; empty = all. */
    void setPhases(const QSet<QString> &phases);
    QSet<QString> phases() const { return m_phases; }
    /** Rows on the pool @p poolId; empty = all; TrainingJobFilterModel::kPublicPool = the public pool. */
    void setPool(const QString &poolId);
    QString pool() const { return m_pool; }

    /** The row of the job @p jobId (metadata.id, exact) only; empty = all. */
    void setJobId(const QString &jobId);
    QString jobId() const { return m_jobId; }

    /** setPool() value selecting the jobs of the public resource pool (no pool_id). */
    static const QString kPublicPool;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /** Over a TrainingJobListModel: its raw values directly (no QVariant per comparison). */
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QSet<QString> m_phases;
    QString m_pool;
    QString m_jobId;
};
} // namespace ma::models
