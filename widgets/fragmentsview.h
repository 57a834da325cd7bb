#pragma once

// The GPU/NPU fragments snapshot of a pool (models/FragmentsModel) as the console's Monitoring
// tab shows it: a title, a sentence on the idle cards and the table, as tall as its rows. Used by
// the pool's Monitoring tab and the Cluster dashboard.

#include <QWidget>

class QLabel;
class QTableView;

namespace ma::models
{
class FragmentsModel;
} // namespace ma::models

namespace ma::widgets
{
class FragmentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FragmentsView)

public:
    /** Shows @p model (not owned). */
    explicit FragmentsView(models::FragmentsModel *model, QWidget *parent = nullptr);
    ~FragmentsView() override;

    QString summary() const;
    QTableView *table() const { return m_table; }

private:
    void update();

    models::FragmentsModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};
} // namespace ma::widgets
