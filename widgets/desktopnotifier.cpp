#include "desktopnotifier.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QTimer>

namespace ma::widgets
{
namespace
{
Q_LOGGING_CATEGORY(lcNotify, "ma.notifications")

constexpr int kTrayMessageMs = 10000;
// The tray icon exists for the balloon; it leaves a while after the last one.
constexpr int kTrayLingerMs = 60000;

uchar urgencyByte(DesktopNotification::Urgency urgency)
{
    switch (urgency)
    {
    case DesktopNotification::Urgency::Low:
        return 0;
    case DesktopNotification::Urgency::Normal:
        return 1;
    case DesktopNotification::Urgency::Critical:
        return 2;
    }
    return 1;
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
    , m_trayProbe([] { return QSystemTrayIcon::isSystemTrayAvailable(); })
    , m_appName(QGuiApplication::applicationDisplayName())
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : DesktopNotifier(parent)
{
    m_bus = bus;
}

DesktopNotifier::~DesktopNotifier()
{
    if (m_signalsConnected && m_bus)
    {
        m_bus->disconnect(
            QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
        m_bus->disconnect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
            SLOT(onNotificationClosed(uint, uint)));
    }
}

QDBusConnection &DesktopNotifier::bus()
{
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    return *m_bus;
}

QSystemTrayIcon *DesktopNotifier::trayIcon() const
{
    return m_tray;
}

void DesktopNotifier::setTrayProbe(std::function<bool()> probe)
{
    m_trayProbe = std::move(probe);
    m_decided = false;
}

DesktopNotifier::Backend DesktopNotifier::chooseBackend(bool serviceAvailable, bool trayAvailable)
{
    if (serviceAvailable)
        return Backend::Freedesktop;
    if (trayAvailable)
        return Backend::SystemTray;
    return Backend::None;
}

bool DesktopNotifier::serviceAvailable() const
{
    QDBusConnection &connection = const_cast<DesktopNotifier *>(this)->bus();
    if (!connection.isConnected() || !connection.interface())
        return false;
    QDBusConnectionInterface *daemon = connection.interface();
    if (daemon->isServiceRegistered(kService).value())
        return true;
    // A notification daemon started on demand by the bus is as good as a running one.
    return daemon->activatableServiceNames().value().contains(kService);
}

DesktopNotifier::Backend DesktopNotifier::backend()
{
    if (m_decided)
        return m_backend;
    m_decided = true;
    const bool service = serviceAvailable();
    m_backend = chooseBackend(service, m_trayProbe && m_trayProbe());
    if (m_backend == Backend::Freedesktop)
        connectSignals();
    if (m_backend == Backend::None && !m_loggedNone)
    {
        m_loggedNone = true;
        qCInfo(lcNotify) << "No desktop notifications: no org.freedesktop.Notifications service on the session bus"
                         << "and no system tray";
    }
    return m_backend;
}

void DesktopNotifier::connectSignals()
{
    if (m_signalsConnected)
        return;
    // Any sender on the path: the service may be restarted under another unique name.
    m_signalsConnected = bus().connect(QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                             SLOT(onActionInvoked(uint, QString)))
        && bus().connect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
            SLOT(onNotificationClosed(uint, uint)));
}

bool DesktopNotifier::show(const DesktopNotification &notification)
{
    switch (backend())
    {
    case Backend::Freedesktop:
        return showFreedesktop(notification);
    case Backend::SystemTray:
        return showInTray(notification);
    case Backend::None:
        break;
    }
    return false;
}

bool DesktopNotifier::showFreedesktop(const DesktopNotification &notification)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgencyByte(notification.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << m_appName << uint(0) << m_desktopEntry << notification.summary << notification.body
         << QStringList { kDefaultAction, tr("Open") } << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, notification](QDBusPendingCallWatcher *finished)
        {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError())
            {
                // The service went away or refused: decide again, and let the fallback show this one.
                qCWarning(lcNotify) << "Notify failed:" << reply.error().message();
                m_decided = false;
                if (backend() == Backend::SystemTray)
                    showInTray(notification);
                return;
            }
            m_keyById.insert(reply.value(), notification.key);
            emit shown(notification.key, Backend::Freedesktop);
        });
    return true;
}

bool DesktopNotifier::showInTray(const DesktopNotification &notification)
{
    if (!m_tray)
    {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(m_appName);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this]
            {
                if (!m_trayKey.isEmpty())
                    emit activated(m_trayKey);
            });
        auto *linger = new QTimer(m_tray);
        linger->setObjectName(QStringLiteral("trayLinger"));
        linger->setSingleShot(true);
        linger->setInterval(kTrayLingerMs);
        connect(linger, &QTimer::timeout, m_tray, &QSystemTrayIcon::hide);
    }
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.urgency == DesktopNotification::Urgency::Critical)
        icon = QSystemTrayIcon::Critical;
    m_trayKey = notification.key;
    m_tray->show();
    m_tray->showMessage(notification.summary, notification.body, icon, kTrayMessageMs);
    if (auto *linger = m_tray->findChild<QTimer *>(QStringLiteral("trayLinger")))
        linger->start();
    emit shown(notification.key, Backend::SystemTray);
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_keyById.constFind(id);
    if (it == m_keyById.constEnd())
        return; // another application's notification, or another window's
    if (actionKey == kDefaultAction)
        emit activated(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_keyById.remove(id);
}
} // namespace ma::widgets
