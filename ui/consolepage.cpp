#include "consolepage.h"

#include <QHideEvent>
#include <QShowEvent>

namespace ma::ui
{
ConsolePage::ConsolePage(QWidget *parent)
    : QWidget(parent)
{
}

ConsolePage::~ConsolePage() = default;

void ConsolePage::open(const QVariant &) {}

void ConsolePage::applySettings() {}

void ConsolePage::activeChanged(bool) {}

void ConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setActive(true);
}

void ConsolePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A minimised window keeps its pages "visible" to Qt; only a real hide stops polling.
    setActive(isVisible());
}

void ConsolePage::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    activeChanged(active);
}
} // namespace ma::ui
