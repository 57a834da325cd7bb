#include "notificationcenter.h"

#include "models/connection.h"
#include "ui/appsettings.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/pools/poolpageids.h"
#include "ui/training/trainingpageids.h"
#include "widgets/desktopnotifier.h"

#include <QDateTime>
#include <QHash>
#include <QStringBuilder>

namespace ma::ui
{
namespace
{
// Two windows on the same profile follow the same items: the second to see a transition is quiet.
constexpr qint64 kDuplicateWindowMs = 2 * 60 * 1000; // a few reads of either window

QHash<QString, qint64> &recentlyShown()
{
    static QHash<QString, qint64> shown;
    return shown;
}

/** True the first time @p key is seen within kDuplicateWindowMs (process-wide). */
bool firstTime(const QString &key)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, qint64> &shown = recentlyShown();
    for (auto it = shown.begin(); it != shown.end();)
        it = now - it.value() > kDuplicateWindowMs ? shown.erase(it) : std::next(it);
    if (shown.contains(key))
        return false;
    shown.insert(key, now);
    return true;
}

widgets::DesktopNotification::Urgency urgencyOf(models::NotificationSeverity severity)
{
    switch (severity)
    {
    case models::NotificationSeverity::Failure:
        return widgets::DesktopNotification::Urgency::Critical;
    case models::NotificationSeverity::Info:
        return widgets::DesktopNotification::Urgency::Low;
    case models::NotificationSeverity::Success:
    case models::NotificationSeverity::Warning:
        break;
    }
    return widgets::DesktopNotification::Urgency::Normal;
}
} // namespace

NotificationCenter::NotificationCenter(models::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_list(models::WatchList::of(connection))
    , m_transitions(new models::TransitionNotifier(this))
{
    setDesktopNotifier(new widgets::DesktopNotifier(this));
    connect(m_transitions, &models::TransitionNotifier::notify, this, &NotificationCenter::onNotify);
    applySettings();
    m_transitions->setClient(connection ? connection->client() : nullptr);
    m_transitions->setWatchList(m_list);
}

NotificationCenter::~NotificationCenter() = default;

QString NotificationCenter::detailsPageId(models::WatchKind kind)
{
    switch (kind)
    {
    case models::WatchKind::TrainingJob:
        return kTrainingJobDetailsPageId;
    case models::WatchKind::Pool:
        return kPoolDetailsPageId;
    case models::WatchKind::Notebook:
        return kNotebookDetailsPageId;
    }
    return QString();
}

void NotificationCenter::setDesktopNotifier(widgets::DesktopNotifier *notifier)
{
    if (notifier == m_notifier)
        return;
    delete m_notifier;
    m_notifier = notifier;
    if (!notifier)
        return;
    notifier->setParent(this);
    connect(notifier, &widgets::DesktopNotifier::activated, this, &NotificationCenter::onActivated);
}

void NotificationCenter::applySettings()
{
    const AppSettings settings;
    m_transitions->setAutoStopLead(qint64(settings.autoStopWarningMinutes()) * 60 * 1000);
    m_transitions->setEnabled(settings.notificationsEnabled());
}

void NotificationCenter::onNotify(const models::WatchNotification &notification)
{
    const QString profile = m_connection ? m_connection->profileName() : QString();
    if (!firstTime(profile % u'\n' % models::watchKindKey(notification.kind) % u'\n' % notification.id % u'\n'
            % notification.event))
        return;
    widgets::DesktopNotification shown;
    shown.key = models::watchKindKey(notification.kind) % u'\n' % notification.id;
    shown.summary = notification.title;
    // Several windows may show several profiles: the body says which one.
    const QString where = m_connection ? tr("Profile %1, region %2").arg(profile, m_connection->region()) : QString();
    shown.body = notification.body.isEmpty() ? where : notification.body % u'\n' % where;
    shown.urgency = urgencyOf(notification.severity);
    if (m_notifier)
        m_notifier->show(shown);
    ++m_shown;
    emit notified(notification);
}

void NotificationCenter::onActivated(const QString &key)
{
    const qsizetype split = key.indexOf(u'\n');
    models::WatchKind kind;
    if (split < 0 || !models::watchKindFromKey(key.left(split), &kind))
        return;
    emit navigationRequested(detailsPageId(kind), key.mid(split + 1));
}
} // namespace ma::ui
