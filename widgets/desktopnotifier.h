#pragma once

// Shows a desktop notification (issue 15): through the freedesktop notification service
// (org.freedesktop.Notifications over D-Bus) when one is on the session bus, through the
// system tray's balloon otherwise, and not at all (said once in the log) when neither
// exists. A click on a notification (the service's "default" action, or the tray balloon)
// comes back as activated() with the key it was shown with.

#include <functional>
#include <optional>
#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace ma::widgets
{
struct DesktopNotification
{
    enum class Urgency
    {
        Low,
        Normal,
        Critical,
    };

    QString key; // opaque: handed back by activated()
    QString summary;
    QString body; // plain text
    Urgency urgency = Urgency::Normal;
};

class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Backend
    {
        None,
        Freedesktop, // org.freedesktop.Notifications on the session bus
        SystemTray, // QSystemTrayIcon::showMessage
    };
    Q_ENUM(Backend)

    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
    /** The action key a click on the notification's body invokes (Desktop Notifications spec). */
    static inline const QString kDefaultAction = QStringLiteral("default");

    /** Talks to the session bus (connected at the first backend() call). */
    explicit DesktopNotifier(QObject *parent = nullptr);
    /** Talks to @p bus (tests give a private bus). */
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /** The freedesktop service when it is there, the tray when there is one, otherwise nothing. */
    static Backend chooseBackend(bool serviceAvailable, bool trayAvailable);

    /**
     * @brief What show() uses: decided at the first call from the bus (a running or an
     * activatable service) and the tray, and again after the service failed a call.
     * Synchronous: one short call to the bus daemon.
     */
    Backend backend();

    /** The name given as app_name (default: the application's display name). */
    void setAppName(const QString &name) { m_appName = name; }
    /** The icon name and desktop entry hint ("modelarts-desktop"). */
    void setDesktopEntry(const QString &name) { m_desktopEntry = name; }
    /** Replaces the tray probe (QSystemTrayIcon::isSystemTrayAvailable): tests decide. */
    void setTrayProbe(std::function<bool()> probe);

    /** Shows @p notification; false when nothing can show it (see backend()). */
    bool show(const DesktopNotification &notification);

    /** The tray icon the fallback made (nullptr before its first use). */
    QSystemTrayIcon *trayIcon() const;

signals:
    /** The user clicked the notification shown with @p key. */
    void activated(const QString &key);
    /** @p key was handed to @p backend (for the freedesktop service: it answered with an id). */
    void shown(const QString &key, ma::widgets::DesktopNotifier::Backend backend);

private Q_SLOTS:
    // QDBusConnection::connect takes only SLOT() names (Qt 6.4): these two are its targets.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    bool serviceAvailable() const;
    bool showFreedesktop(const DesktopNotification &notification);
    bool showInTray(const DesktopNotification &notification);
    void connectSignals();

    QDBusConnection &bus();

    std::optional<QDBusConnection> m_bus; // the session bus until first needed
    bool m_signalsConnected = false;
    bool m_decided = false;
    Backend m_backend = Backend::None;
    bool m_loggedNone = false;
    std::function<bool()> m_trayProbe;
    QString m_appName;
    QString m_desktopEntry = QStringLiteral("modelarts-desktop");
    QHash<uint, QString> m_keyById; // notifications the service still shows
    QPointer<QSystemTrayIcon> m_tray;
    QString m_trayKey; // the tray shows one balloon at a time
};
} // namespace ma::widgets
