#pragma once

// Follows the watched items of a WatchList (issue 15) and says, once per transition, when a
// training job, a dedicated pool or a notebook reaches a final or failed state, and once per
// auto-stop deadline when a running notebook is about to stop.
//
// Each watched item is read by the area's ResourceWatcher (TrainingJobWatcher, PoolWatcher,
// NotebookWatcher), active whatever page is shown, at a background interval; a job's watcher
// stops at its final phase. The state an item has when it is first read is only recorded
// (no burst of notifications on start, on a profile switch or when Watch is switched on), and
// so is an auto-stop deadline that is already near then. What counts as final comes from the
// areas' status words: api::isTerminalPhase for jobs, poolstatus and notebookstatus badges.

#include "models/watchlist.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <vector>

namespace ma::api
{
class ApiClient;
struct ApiError;
} // namespace ma::api

namespace ma::models
{
class ResourceWatcherBase;

enum class NotificationSeverity
{
    Info, // stopped, deleted
    Success, // completed, running (ready)
    Warning, // terminated, abnormal, auto stop ahead
    Failure, // failed, error
};

/** @brief One notification: what it is about, its words, and the transition it reports. */
struct WatchNotification
{
    WatchKind kind = WatchKind::TrainingJob;
    QString id;
    QString name;
    QString title; // translated: "Training job “mnist”: Completed"
    QString body; // translated, may be empty
    NotificationSeverity severity = NotificationSeverity::Info;
    /** "status:Completed", "autostop:<deadline ms>", "gone": the transition, for de-duplication. */
    QString event;
};

class TransitionNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionNotifier)

public:
    static constexpr int kDefaultIntervalMs = 15000;
    static constexpr int kDefaultAutoStopLeadMinutes = 10;

    explicit TransitionNotifier(QObject *parent = nullptr);
    ~TransitionNotifier() override;

    /** Not owned. Reads go through @p client; another client starts every item afresh. */
    void setClient(api::ApiClient *client);
    /** Not owned. Follows its items and its changes; nullptr follows nothing. */
    void setWatchList(WatchList *list);

    /** Off: nothing is read or said. On again: every item is read afresh (its state then is not news). */
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /** Milliseconds between two reads of a live item (kDefaultIntervalMs). */
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    /** How long before a notebook's auto stop the warning comes (kDefaultAutoStopLeadMinutes). */
    void setAutoStopLead(qint64 ms);
    qint64 autoStopLead() const { return m_leadMs; }

    /** The clock the auto-stop deadlines are compared with (ms since the epoch); tests set their own. */
    void setClock(std::function<qint64()> nowMs);

    /** Checks the auto-stop deadlines now (a timer does it on its own when one comes near). */
    void checkDeadlines();

    /** The items followed now (watched, with a client, enabled). */
    int followedCount() const { return int(m_followed.size()); }
    /** The status word last read of an item; empty before its first read. */
    QString lastStatus(WatchKind kind, const QString &id) const;
    /** The auto-stop deadline (ms epoch) last read of a running notebook; 0 when none counts down. */
    qint64 autoStopDeadline(WatchKind kind, const QString &id) const;
    /** The translated word of @p status of an item of @p kind, as the lists show it. */
    static QString statusText(WatchKind kind, const QString &status);
    /** The severity of reaching @p status, or nullopt when reaching it is not news (a transient state). */
    static std::optional<NotificationSeverity> severityOf(WatchKind kind, const QString &status);

signals:
    /** An item reached a final or failed state, or a notebook's auto stop is near; once per transition. */
    void notify(const ma::models::WatchNotification &notification);
    /** An item was read (every read, also the first one): for status lines and tests. */
    void statusRead(ma::models::WatchKind kind, const QString &id, const QString &status);

private:
    struct Followed;
    struct Observation;

    void follow(const WatchItem &item);
    void unfollow(WatchKind kind, const QString &id);
    void followAll();
    void unfollowAll();
    void onRead(Followed *followed);
    void onError(Followed *followed, const api::ApiError &error);
    void observe(Followed *followed, const Observation &observation);
    bool checkDeadline(Followed *followed);
    void scheduleDeadlineCheck();
    /** Queues a notification; flush() emits the queue once no Followed is in use. */
    void emitNotification(const Followed &followed, const QString &title, const QString &body,
        NotificationSeverity severity, const QString &event);
    void flush();
    Observation observationOf(const Followed &followed) const;
    qint64 now() const { return m_now(); }

    QPointer<api::ApiClient> m_client;
    QPointer<WatchList> m_list;
    bool m_enabled = true;
    int m_intervalMs = kDefaultIntervalMs;
    qint64 m_leadMs = qint64(kDefaultAutoStopLeadMinutes) * 60 * 1000;
    std::function<qint64()> m_now;
    std::map<QString, std::unique_ptr<Followed>> m_followed; // by kind and id
    QTimer m_deadlineTimer;
    std::vector<WatchNotification> m_pending;
};
} // namespace ma::models

Q_DECLARE_METATYPE(ma::models::WatchNotification)
