#pragma once

// The pace every lifecycle of modelarts-local advances at: training jobs, pools with their
// nodes and networks, notebooks and workspaces. A tick comes each nominal second, between
// 20 and 500 ms of real time, so scaled steps end on time at any --time-scale without busy
// looping. Lifecycles keep when each step began in the store, so a late tick or a restart
// catches up; a step that fails is logged and tried again a second later, not in a loop.

#include "servercontext.h"

#include <functional>
#include <QObject>
#include <QTimer>

namespace ma::server
{
class LifecycleTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleTicker)

public:
    static constexpr int kMinIntervalMs = 20;
    static constexpr int kMaxIntervalMs = 500;
    /** After a failed step (the store closed or failing). */
    static constexpr int kRetryMs = 1000;

    /** @p step advances what is due; @p area names it in the log ("pool", "notebook"). */
    LifecycleTicker(const Clock &clock, QString area, std::function<void()> step, QObject *parent = nullptr);

    /** The real milliseconds between two ticks at @p clock's scale. */
    static int intervalFor(const Clock &clock);

    /** Runs a step now (resuming what a restart interrupted) and then at the pace. */
    void start();
    /**
     * Ticks at the pace while @p running; a lifecycle with nothing in flight (no training job
     * active) stops its ticks and starts them again when work comes.
     */
    void setRunning(bool running);
    bool isRunning() const { return m_timer.isActive(); }
    int interval() const { return m_timer.interval(); }

    /** Runs one step now; a failure is logged and the next step comes after kRetryMs. */
    void tick();

private:
    QString m_area;
    std::function<void()> m_step;
    const int m_pace;
    bool m_wanted = false;
    QTimer m_timer;
};
} // namespace ma::server
