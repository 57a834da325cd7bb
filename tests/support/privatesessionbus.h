#pragma once

// A private D-Bus session bus for tests (dbus-daemon started with a minimal configuration:
// nothing activatable, so only what a test registers is there), and a fake
// org.freedesktop.Notifications service that records Notify calls and can send the
// service's signals (ActionInvoked, NotificationClosed).

#include <memory>
#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

namespace ma::test
{
class PrivateSessionBus final
{
public:
    /** Starts dbus-daemon; isRunning() says whether it did (error() why not). */
    PrivateSessionBus();
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    bool isRunning() const { return !m_address.isEmpty(); }
    const QString &error() const { return m_error; }
    /** The bus address (as DBUS_SESSION_BUS_ADDRESS would hold it). */
    const QString &address() const { return m_address; }
    /** A new connection to the bus named @p name (QDBusConnection::connectToBus). */
    QDBusConnection connect(const QString &name) const;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    QStringList m_connectionNames;
};

/** One Notify call as the service received it. */
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; // what the service answered
};

class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /** Exports itself on @p bus (not yet under the service name: see registerService()). */
    explicit FakeNotificationService(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FakeNotificationService() override;

    bool registerService();
    void unregisterService();

    const QList<NotifyCall> &calls() const { return m_calls; }
    /** Sends ActionInvoked(@p id, @p actionKey) as a notification server does on a click. */
    void invokeAction(uint id, const QString &actionKey);
    /** Sends NotificationClosed(@p id, @p reason). */
    void close(uint id, uint reason = 2);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);

signals:
    void notified();

private:
    QDBusConnection m_bus;
    QList<NotifyCall> m_calls;
    uint m_nextId = 41;
};
} // namespace ma::test
