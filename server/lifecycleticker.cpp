#include "lifecycleticker.h"

#include <algorithm>

namespace ma::server
{
LifecycleTicker::LifecycleTicker(const Clock &clock, QString area, std::function<void()> step, QObject *parent)
    : QObject(parent)
    , m_area(std::move(area))
    , m_step(std::move(step))
    , m_pace(intervalFor(clock))
{
    connect(&m_timer, &QTimer::timeout, this, &LifecycleTicker::tick);
}

int LifecycleTicker::intervalFor(const Clock &clock)
{
    return static_cast<int>(std::clamp<qint64>(clock.scaled(1000), kMinIntervalMs, kMaxIntervalMs));
}

void LifecycleTicker::start()
{
    setRunning(true);
    tick();
}

void LifecycleTicker::setRunning(bool running)
{
    m_wanted = running;
    if (!running)
        m_timer.stop();
    else if (!m_timer.isActive() || m_timer.interval() != m_pace)
        m_timer.start(m_pace);
}

void LifecycleTicker::tick()
{
    try
    {
        m_step();
    }
    catch (const std::exception &e)
    {
        qWarning("modelarts-local: %s lifecycle step failed: %s", qPrintable(m_area), e.what());
        m_timer.start(kRetryMs);
        return;
    }
    // The step works again after a failure: back to the pace, or to rest.
    if (!m_wanted)
        m_timer.stop();
    else if (m_timer.interval() != m_pace)
        m_timer.start(m_pace);
}
} // namespace ma::server
