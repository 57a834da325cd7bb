#include "privatesessionbus.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QStandardPaths>

namespace ma::test
{
namespace
{
// A session bus that listens on a private socket, lets anyone own and call anything, and has
// no service directories (the system's session.conf would make installed daemons activatable).
const char kConfig[] = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

PrivateSessionBus::PrivateSessionBus()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
    {
        m_error = QStringLiteral("dbus-daemon is not installed (Debian package dbus-daemon)");
        return;
    }
    if (!m_dir.isValid())
    {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString configPath = m_dir.filePath(QStringLiteral("session.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(QString::fromLatin1(kConfig).arg(m_dir.path()).toUtf8()) < 0)
    {
        m_error = QStringLiteral("cannot write %1").arg(configPath);
        return;
    }
    config.close();
    m_daemon.setProgram(daemon);
    m_daemon.setArguments({ QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
        QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1") });
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(10000))
    {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return;
    }
    // It prints its address once it listens.
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10000))
    {
    }
    const QString address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (address.isEmpty())
    {
        m_error
            = QStringLiteral("dbus-daemon printed no address: ") + QString::fromUtf8(m_daemon.readAllStandardError());
        return;
    }
    m_address = address;
}

PrivateSessionBus::~PrivateSessionBus()
{
    for (const QString &name : std::as_const(m_connectionNames))
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon.state() != QProcess::NotRunning)
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

QDBusConnection PrivateSessionBus::connect(const QString &name) const
{
    const_cast<PrivateSessionBus *>(this)->m_connectionNames.append(name);
    return QDBusConnection::connectToBus(m_address, name);
}

FakeNotificationService::FakeNotificationService(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots);
}

FakeNotificationService::~FakeNotificationService()
{
    unregisterService();
    m_bus.unregisterObject(kPath);
}

bool FakeNotificationService::registerService()
{
    return m_bus.registerService(kService);
}

void FakeNotificationService::unregisterService()
{
    if (m_bus.isConnected() && m_bus.interface()->isServiceRegistered(kService).value())
        m_bus.unregisterService(kService);
}

uint FakeNotificationService::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    NotifyCall call { appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, ++m_nextId };
    m_calls.append(call);
    emit notified();
    return call.id;
}

QStringList FakeNotificationService::GetCapabilities()
{
    return { QStringLiteral("actions"), QStringLiteral("body") };
}

void FakeNotificationService::CloseNotification(uint id)
{
    close(id, 3);
}

void FakeNotificationService::invokeAction(uint id, const QString &actionKey)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    signal << id << actionKey;
    m_bus.send(signal);
}

void FakeNotificationService::close(uint id, uint reason)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("NotificationClosed"));
    signal << id << reason;
    m_bus.send(signal);
}
} // namespace ma::test
