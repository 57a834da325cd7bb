#pragma once

// One pool of the Overview's pools card: its name (a link to the pool), status badge, and
// two bars: nodes in use / free / abnormal, and GPU/NPU cards allocated of the pool's total.
// Updated in place on each refresh.

#include "models/overviewsummary.h"

#include <QWidget>

class QLabel;

namespace ma::ui
{
class UsageBar;

class PoolUsageRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolUsageRow)

public:
    explicit PoolUsageRow(QWidget *parent = nullptr);

    void setPool(const models::OverviewPool &pool);
    const models::OverviewPool &pool() const { return m_pool; }

    QLabel *nameLabel() const { return m_name; }
    QString nodesText() const;
    QString acceleratorsText() const;
    UsageBar *nodesBar() const { return m_nodesBar; }
    UsageBar *acceleratorsBar() const { return m_cardsBar; }

signals:
    /** The pool's name was clicked. */
    void openRequested(const QString &poolId);

private:
    models::OverviewPool m_pool;
    QLabel *m_name;
    QLabel *m_badge;
    QLabel *m_nodes;
    QLabel *m_cards;
    UsageBar *m_nodesBar;
    UsageBar *m_cardsBar;
};
} // namespace ma::ui
