#pragma once

// "Show differences only" over a JobComparisonModel: keeps the settings the jobs differ in
// and the section rows above them; off, it shows every row.

#include <QSortFilterProxyModel>

namespace ma::models
{
class JobComparisonFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobComparisonFilterModel)

public:
    explicit JobComparisonFilterModel(QObject *parent = nullptr);
    ~JobComparisonFilterModel() override;

    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_differencesOnly = false;
};
} // namespace ma::models
