#pragma once

// The tabs of the console's Elastic Clusters page (pools_monitoring.md §0): Standard Resource
// Pool (the pool list) and Network (the network list). Each tab is a page of its own in the
// registry; the strip on top of each switches between them as the console's tabs do.

#include <QTabBar>

namespace ma::ui
{
class ConsolePage;

class PoolAreaTabs final : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolAreaTabs)

public:
    enum Tab
    {
        Pools,
        Networks
    };

    /** The strip of @p page, which shows tab @p current; the other tab opens its page. */
    PoolAreaTabs(ConsolePage *page, Tab current);

private:
    void onCurrentChanged(int index);

    ConsolePage *m_page;
    Tab m_current;
};
} // namespace ma::ui
