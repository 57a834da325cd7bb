#include "poolareatabs.h"

#include "ui/consolepage.h"
#include "ui/pools/poolpageids.h"

#include <QSignalBlocker>

namespace ma::ui
{
PoolAreaTabs::PoolAreaTabs(ConsolePage *page, Tab current)
    : QTabBar(page)
    , m_page(page)
    , m_current(current)
{
    setObjectName(QStringLiteral("poolAreaTabs"));
    setDrawBase(true);
    setExpanding(false);
    addTab(tr("Standard Resource Pool"));
    addTab(tr("Network"));
    setCurrentIndex(current);
    connect(this, &QTabBar::currentChanged, this, &PoolAreaTabs::onCurrentChanged);
}

void PoolAreaTabs::onCurrentChanged(int index)
{
    if (index == m_current)
        return;
    {
        // This page keeps showing its own tab; the other page has a strip of its own.
        const QSignalBlocker blocker(this);
        setCurrentIndex(m_current);
    }
    emit m_page->navigationRequested(index == Networks ? kNetworksPageId : kPoolsPageId);
}
} // namespace ma::ui
