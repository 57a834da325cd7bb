#include "transitionnotifier.h"

#include "api/apiclient.h"
#include "models/notebookstatus.h"
#include "models/notebookwatcher.h"
#include "models/poolstatus.h"
#include "models/poolwatcher.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobwatcher.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>
#include <QStringBuilder>

namespace ma::models
{
namespace
{
constexpr int kMaxTimerMs = 60 * 60 * 1000; // a far deadline is looked at again within the hour

QString keyOf(WatchKind kind, const QString &id)
{
    return watchKindKey(kind) % u'|' % id;
}
} // namespace

/** What one read says about an item. */
struct TransitionNotifier::Observation
{
    QString status; // the wire word
    QString name;
    qint64 deadline = 0; // a running notebook's auto stop (ms epoch); 0 when none counts down
    QString detail; // for the body: the duration of a job, a failure's reason
};

struct TransitionNotifier::Followed
{
    WatchItem item;
    ResourceWatcherBase *watcher = nullptr;
    bool seen = false; // the first read only records the state
    QString status;
    qint64 deadline = 0;
    qint64 warnedDeadline = 0; // the deadline a warning was given for (or that was near at the first read)
};

TransitionNotifier::TransitionNotifier(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &TransitionNotifier::checkDeadlines);
}

TransitionNotifier::~TransitionNotifier()
{
    unfollowAll();
}

void TransitionNotifier::setClient(api::ApiClient *client)
{
    if (client == m_client)
        return;
    unfollowAll();
    m_client = client;
    followAll();
}

void TransitionNotifier::setWatchList(WatchList *list)
{
    if (list == m_list)
        return;
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    unfollowAll();
    m_list = list;
    if (list)
    {
        connect(list, &WatchList::watchChanged, this,
            [this](WatchKind kind, const QString &id, bool watched)
            {
                if (!watched)
                {
                    unfollow(kind, id);
                    return;
                }
                for (const WatchItem &item : m_list->items())
                {
                    if (item.kind == kind && item.id == id)
                        follow(item);
                }
            });
        connect(list, &QObject::destroyed, this, [this] { setWatchList(nullptr); });
    }
    followAll();
}

void TransitionNotifier::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // Off forgets every state; on reads each item afresh, so what changed meanwhile is not a burst.
    unfollowAll();
    followAll();
}

void TransitionNotifier::setInterval(int ms)
{
    m_intervalMs = std::max(ms, 1);
    for (const auto &[key, followed] : m_followed)
        followed->watcher->setInterval(m_intervalMs);
}

void TransitionNotifier::setAutoStopLead(qint64 ms)
{
    m_leadMs = std::max<qint64>(ms, 0);
    scheduleDeadlineCheck();
}

void TransitionNotifier::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    scheduleDeadlineCheck();
}

QString TransitionNotifier::lastStatus(WatchKind kind, const QString &id) const
{
    const auto it = m_followed.find(keyOf(kind, id));
    return it == m_followed.end() ? QString() : it->second->status;
}

qint64 TransitionNotifier::autoStopDeadline(WatchKind kind, const QString &id) const
{
    const auto it = m_followed.find(keyOf(kind, id));
    return it == m_followed.end() ? 0 : it->second->deadline;
}

void TransitionNotifier::followAll()
{
    if (!m_list)
        return;
    for (const WatchItem &item : m_list->items())
        follow(item);
}

void TransitionNotifier::unfollowAll()
{
    while (!m_followed.empty())
    {
        const WatchItem item = m_followed.begin()->second->item;
        unfollow(item.kind, item.id);
    }
    m_deadlineTimer.stop();
}

void TransitionNotifier::follow(const WatchItem &item)
{
    const QString key = keyOf(item.kind, item.id);
    if (!m_enabled || !m_client || m_followed.count(key))
        return;
    auto followed = std::make_unique<Followed>();
    followed->item = item;
    switch (item.kind)
    {
    case WatchKind::TrainingJob:
        followed->watcher = new TrainingJobWatcher(this);
        break;
    case WatchKind::Pool:
        followed->watcher = new PoolWatcher(this);
        break;
    case WatchKind::Notebook:
        followed->watcher = new NotebookWatcher(this);
        break;
    }
    Followed *raw = followed.get();
    ResourceWatcherBase *watcher = raw->watcher;
    watcher->setInterval(m_intervalMs);
    watcher->setClient(m_client);
    watcher->setResourceId(item.id);
    connect(watcher, &ResourceWatcherBase::updated, this, [this, raw] { onRead(raw); });
    connect(watcher, &ResourceWatcherBase::errorOccurred, this,
        [this, raw](const api::ApiError &error) { onError(raw, error); });
    m_followed.emplace(key, std::move(followed));
    watcher->setActive(true); // reads now, then at the interval while the item is live
}

void TransitionNotifier::unfollow(WatchKind kind, const QString &id)
{
    const auto it = m_followed.find(keyOf(kind, id));
    if (it == m_followed.end())
        return;
    ResourceWatcherBase *watcher = it->second->watcher;
    disconnect(watcher, nullptr, this, nullptr);
    watcher->setActive(false);
    watcher->deleteLater(); // this may run inside one of its signals
    m_followed.erase(it);
    scheduleDeadlineCheck();
}

TransitionNotifier::Observation TransitionNotifier::observationOf(const Followed &followed) const
{
    Observation o;
    switch (followed.item.kind)
    {
    case WatchKind::TrainingJob:
        if (const auto &job = static_cast<TrainingJobWatcher *>(followed.watcher)->value())
        {
            o.status = job->status.phase;
            o.name = job->metadata.name;
            if (job->status.duration && *job->status.duration > 0)
                o.detail = tr("Ran for %1.").arg(TrainingJobListModel::formatDuration(*job->status.duration));
        }
        break;
    case WatchKind::Pool:
        if (const auto &pool = static_cast<PoolWatcher *>(followed.watcher)->value())
        {
            o.status = pool->status ? pool->status->phase.value_or(QString()) : QString();
            o.name = api::poolDisplayName(*pool);
            if (pool->status && pool->status->message)
                o.detail = *pool->status->message;
        }
        break;
    case WatchKind::Notebook:
        if (const auto &notebook = static_cast<NotebookWatcher *>(followed.watcher)->value())
        {
            o.status = notebook->status.value_or(QString());
            o.name = notebook->name.value_or(QString());
            o.detail = notebook->failReason.value_or(QString());
            // The lease counts down only while the notebook runs with auto stop on (as the list shows it).
            if (o.status == api::NotebookStatus::Running && notebook->lease && notebook->lease->enable.value_or(false))
                o.deadline = api::leaseExpiresAtMs(*notebook->lease).value_or(0);
        }
        break;
    }
    return o;
}

void TransitionNotifier::onRead(Followed *followed)
{
    const Observation o = observationOf(*followed);
    if (o.status.isEmpty())
        return; // an answer without a status says nothing about a transition
    if (!o.name.isEmpty() && o.name != followed->item.name)
    {
        followed->item.name = o.name;
        if (m_list)
            m_list->updateName(followed->item.kind, followed->item.id, o.name);
    }
    const WatchKind kind = followed->item.kind;
    const QString id = followed->item.id;
    observe(followed, o);
    // Signals last: a slot may stop watching the item, which ends `followed`.
    flush();
    emit statusRead(kind, id, o.status);
}

void TransitionNotifier::observe(Followed *followed, const Observation &o)
{
    if (!followed->seen)
    {
        // The state it has now is not news, nor is an auto stop that is already near.
        followed->seen = true;
        followed->status = o.status;
        followed->deadline = o.deadline;
        if (o.deadline > 0 && o.deadline - now() <= m_leadMs)
            followed->warnedDeadline = o.deadline;
        scheduleDeadlineCheck();
        return;
    }
    followed->deadline = o.deadline; // a renewal is a new deadline, worth its own warning
    if (o.status != followed->status)
    {
        followed->status = o.status;
        if (const auto severity = severityOf(followed->item.kind, o.status))
        {
            QString title;
            const QString name = followed->item.name;
            const QString word = statusText(followed->item.kind, o.status);
            switch (followed->item.kind)
            {
            case WatchKind::TrainingJob:
                title = tr("Training job “%1”: %2").arg(name, word);
                break;
            case WatchKind::Pool:
                title = tr("Resource pool “%1”: %2").arg(name, word);
                break;
            case WatchKind::Notebook:
                title = tr("Notebook “%1”: %2").arg(name, word);
                break;
            }
            QString body = o.detail;
            if (*severity == NotificationSeverity::Failure)
                body = (body.isEmpty() ? QString() : body + u'\n') + tr("Open it for its events and logs.");
            emitNotification(*followed, title, body, *severity, QStringLiteral("status:") + o.status);
        }
    }
    if (checkDeadline(followed))
        return;
    scheduleDeadlineCheck();
}

void TransitionNotifier::onError(Followed *followed, const api::ApiError &error)
{
    if (!error.isNotFound())
        return; // the next read tries again
    // The item is gone (deleted here, elsewhere, or long ago): say so if it was seen, then stop watching it.
    const WatchItem item = followed->item;
    if (followed->seen)
    {
        QString title;
        switch (item.kind)
        {
        case WatchKind::TrainingJob:
            title = tr("Training job “%1” no longer exists").arg(item.name);
            break;
        case WatchKind::Pool:
            title = tr("Resource pool “%1” no longer exists").arg(item.name);
            break;
        case WatchKind::Notebook:
            title = tr("Notebook “%1” no longer exists").arg(item.name);
            break;
        }
        emitNotification(*followed, title, tr("It was deleted and is no longer watched."), NotificationSeverity::Info,
            QStringLiteral("gone"));
    }
    unfollow(item.kind, item.id);
    if (m_list)
        m_list->setWatched(item.kind, item.id, item.name, false);
    flush();
}

bool TransitionNotifier::checkDeadline(Followed *followed)
{
    const qint64 deadline = followed->deadline;
    if (!followed->seen || deadline <= 0 || followed->warnedDeadline == deadline)
        return false;
    const qint64 remaining = deadline - now();
    if (remaining <= 0 || remaining > m_leadMs)
        return false; // passed already (the stop itself is news) or not near yet
    followed->warnedDeadline = deadline;
    const int minutes = int((remaining + 59999) / 60000);
    const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(deadline).time(), QLocale::ShortFormat);
    emitNotification(*followed,
        tr("Notebook “%1” stops in %n min", "auto stop warning", minutes).arg(followed->item.name),
        tr("Its auto stop is set for %1. Renew it to keep it running.").arg(at), NotificationSeverity::Warning,
        QStringLiteral("autostop:") + QString::number(deadline));
    scheduleDeadlineCheck();
    return true;
}

void TransitionNotifier::checkDeadlines()
{
    std::vector<Followed *> all;
    for (const auto &[key, followed] : m_followed)
        all.push_back(followed.get());
    for (Followed *followed : all)
        checkDeadline(followed);
    scheduleDeadlineCheck();
    flush();
}

void TransitionNotifier::scheduleDeadlineCheck()
{
    // One timer for the nearest deadline not yet warned of: it fires when the warning is due.
    qint64 next = -1;
    const qint64 current = now();
    for (const auto &[key, followed] : m_followed)
    {
        if (!followed->seen || followed->deadline <= 0 || followed->warnedDeadline == followed->deadline)
            continue;
        const qint64 due = std::max<qint64>(0, followed->deadline - m_leadMs - current);
        next = next < 0 ? due : std::min(next, due);
    }
    if (next < 0)
    {
        m_deadlineTimer.stop();
        return;
    }
    m_deadlineTimer.start(int(std::min<qint64>(next + 500, kMaxTimerMs)));
}

void TransitionNotifier::emitNotification(const Followed &followed, const QString &title, const QString &body,
    NotificationSeverity severity, const QString &event)
{
    WatchNotification n;
    n.kind = followed.item.kind;
    n.id = followed.item.id;
    n.name = followed.item.name;
    n.title = title;
    n.body = body;
    n.severity = severity;
    n.event = event;
    m_pending.push_back(std::move(n));
}

void TransitionNotifier::flush()
{
    std::vector<WatchNotification> pending;
    pending.swap(m_pending);
    for (const WatchNotification &n : pending)
        emit notify(n);
}

QString TransitionNotifier::statusText(WatchKind kind, const QString &status)
{
    switch (kind)
    {
    case WatchKind::TrainingJob:
        return TrainingJobListModel::phaseText(status);
    case WatchKind::Pool:
        return poolstatus::pool(status).text;
    case WatchKind::Notebook:
        return notebookstatus::word(status).text;
    }
    return status;
}

std::optional<NotificationSeverity> TransitionNotifier::severityOf(WatchKind kind, const QString &status)
{
    switch (kind)
    {
    case WatchKind::TrainingJob:
        switch (api::trainingPhaseFromString(status))
        {
        case api::TrainingPhase::Completed:
            return NotificationSeverity::Success;
        case api::TrainingPhase::Failed:
        case api::TrainingPhase::Abnormal:
            return NotificationSeverity::Failure;
        case api::TrainingPhase::Terminated:
            return NotificationSeverity::Warning;
        default:
            return std::nullopt; // on its way: Creating, Pending, Running, Terminating
        }
    case WatchKind::Pool:
        switch (poolstatus::pool(status).badge)
        {
        case BadgeKind::Running:
        case BadgeKind::Success:
            return NotificationSeverity::Success; // created, resized, back to normal
        case BadgeKind::Warning:
            return NotificationSeverity::Warning; // abnormal, scaling failed
        case BadgeKind::Failure:
            return NotificationSeverity::Failure; // creation failed, error
        case BadgeKind::Progress:
        case BadgeKind::Neutral:
            break;
        }
        return std::nullopt;
    case WatchKind::Notebook:
        if (status == api::NotebookStatus::Stopped || status == api::NotebookStatus::Deleted)
            return NotificationSeverity::Info;
        switch (notebookstatus::word(status).badge)
        {
        case BadgeKind::Running:
        case BadgeKind::Success:
            return NotificationSeverity::Success; // ready to open
        case BadgeKind::Warning:
            return NotificationSeverity::Warning; // frozen
        case BadgeKind::Failure:
            return NotificationSeverity::Failure; // creation, start or deletion failed, error
        case BadgeKind::Progress:
        case BadgeKind::Neutral:
            break;
        }
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace ma::models
