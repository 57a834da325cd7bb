// DesktopNotifier on a private session bus (dbus-daemon started by the test) with an
// in-process fake org.freedesktop.Notifications: the Notify call carries the app name, icon,
// summary, body, the "default" action, the urgency and desktop-entry hints; ActionInvoked
// "default" of its own notification comes back as activated(key), other ids and actions do
// not, nor does a closed notification. Without the service it falls back to the tray (the
// tray is forced available: offscreen has none, so the balloon itself cannot be seen here),
// and with neither it shows nothing and says so once in the log.

#include "privatesessionbus.h"
#include "widgets/desktopnotifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace ma;
using widgets::DesktopNotification;
using widgets::DesktopNotifier;

namespace
{
constexpr int kWaitMs = 10000;

int g_notifyLogLines = 0;
QtMessageHandler g_previousHandler = nullptr;

void countNotifyLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "ma.notifications")
        ++g_notifyLogLines;
    g_previousHandler(type, context, message);
}
} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void decision_data();
    void decision();
    void notifyCarriesTheNotification();
    void defaultActionActivates();
    void closedNotificationIsForgotten();
    void trayWithoutService();
    void nothingAvailableLogsOnce();

private:
    std::unique_ptr<test::PrivateSessionBus> m_bus;
    std::unique_ptr<test::FakeNotificationService> m_service;
    int m_connections = 0;
    QDBusConnection newConnection() { return m_bus->connect(QStringLiteral("client-%1").arg(++m_connections)); }
};

void TestDesktopNotifier::initTestCase()
{
    QApplication::setApplicationDisplayName(QStringLiteral("ModelArts Desktop"));
    QPixmap icon(16, 16);
    icon.fill(Qt::blue);
    QApplication::setWindowIcon(QIcon(icon)); // the tray icon's
    m_bus = std::make_unique<test::PrivateSessionBus>();
    if (!m_bus->isRunning())
        QSKIP(qPrintable(m_bus->error())); // no bus daemon to talk to: nothing here can run
    m_service = std::make_unique<test::FakeNotificationService>(m_bus->connect(QStringLiteral("service")));
}

void TestDesktopNotifier::init()
{
    QVERIFY(m_service->registerService());
}

void TestDesktopNotifier::cleanupTestCase()
{
    m_service.reset();
    m_bus.reset();
}

void TestDesktopNotifier::decision_data()
{
    QTest::addColumn<bool>("service");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<DesktopNotifier::Backend>("backend");
    QTest::newRow("service and tray") << true << true << DesktopNotifier::Backend::Freedesktop;
    QTest::newRow("service only") << true << false << DesktopNotifier::Backend::Freedesktop;
    QTest::newRow("tray only") << false << true << DesktopNotifier::Backend::SystemTray;
    QTest::newRow("neither") << false << false << DesktopNotifier::Backend::None;
}

void TestDesktopNotifier::decision()
{
    QFETCH(bool, service);
    QFETCH(bool, tray);
    QFETCH(DesktopNotifier::Backend, backend);
    QCOMPARE(DesktopNotifier::chooseBackend(service, tray), backend);
}

void TestDesktopNotifier::notifyCarriesTheNotification()
{
    DesktopNotifier notifier(newConnection());
    notifier.setTrayProbe([] { return true; }); // the service wins over a tray
    QCOMPARE(notifier.backend(), DesktopNotifier::Backend::Freedesktop);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy notified(m_service.get(), &test::FakeNotificationService::notified);
    const int before = int(m_service->calls().size());
    QVERIFY(notifier.show({ QStringLiteral("training-job\njob-1"), QStringLiteral("Training job “mnist”: Failed"),
        QStringLiteral("Open it for its events and logs.\nProfile Local, region local"),
        DesktopNotification::Urgency::Critical }));
    QVERIFY(notified.wait(kWaitMs));
    QCOMPARE(m_service->calls().size(), before + 1);
    const test::NotifyCall &call = m_service->calls().last();
    QCOMPARE(call.appName, QStringLiteral("ModelArts Desktop"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.appIcon, QStringLiteral("modelarts-desktop"));
    QCOMPARE(call.summary, QStringLiteral("Training job “mnist”: Failed"));
    QCOMPARE(call.body, QStringLiteral("Open it for its events and logs.\nProfile Local, region local"));
    QCOMPARE(call.actions, (QStringList { QStringLiteral("default"), QStringLiteral("Open") }));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("modelarts-desktop"));
    QCOMPARE(call.expireTimeout, -1);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("training-job\njob-1"));
    QCOMPARE(shown.at(0).at(1).value<DesktopNotifier::Backend>(), DesktopNotifier::Backend::Freedesktop);
}

void TestDesktopNotifier::defaultActionActivates()
{
    DesktopNotifier notifier(newConnection());
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    QVERIFY(notifier.show({ QStringLiteral("notebook\nnb-7"), QStringLiteral("Notebook “nb”: Stopped"), QString(),
        DesktopNotification::Urgency::Low }));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
    const uint id = m_service->calls().last().id;
    QCOMPARE(m_service->calls().last().hints.value(QStringLiteral("urgency")).toInt(), 0);

    m_service->invokeAction(id + 1000, QStringLiteral("default")); // another application's
    m_service->invokeAction(id, QStringLiteral("snooze")); // an action it did not offer
    m_service->invokeAction(id, QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, kWaitMs);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("notebook\nnb-7"));
    QTest::qWait(100); // the signals went in order: nothing else is on its way
    QCOMPARE(activated.count(), 1);
}

void TestDesktopNotifier::closedNotificationIsForgotten()
{
    DesktopNotifier notifier(newConnection());
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    QVERIFY(notifier.show({ QStringLiteral("pool\np-1"), QStringLiteral("Resource pool “p”: Running"), QString() }));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
    const uint id = m_service->calls().last().id;
    m_service->close(id);
    m_service->invokeAction(id, QStringLiteral("default"));
    // A later notification's click proves both earlier signals were handled.
    QVERIFY(notifier.show({ QStringLiteral("pool\np-2"), QStringLiteral("Resource pool “q”: Running"), QString() }));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kWaitMs);
    m_service->invokeAction(m_service->calls().last().id, QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, kWaitMs);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("pool\np-2"));
}

void TestDesktopNotifier::trayWithoutService()
{
    m_service->unregisterService();
    const int calls = int(m_service->calls().size());
    DesktopNotifier notifier(newConnection());
    // Offscreen has no tray (QSystemTrayIcon::isSystemTrayAvailable() is false): say there is one.
    notifier.setTrayProbe([] { return true; });
    QCOMPARE(notifier.backend(), DesktopNotifier::Backend::SystemTray);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    QVERIFY(notifier.show({ QStringLiteral("training-job\njob-2"), QStringLiteral("Training job “b”: Completed"),
        QStringLiteral("Ran for 3 min 02 s.") }));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(1).value<DesktopNotifier::Backend>(), DesktopNotifier::Backend::SystemTray);
    QVERIFY(notifier.trayIcon());
    QVERIFY(notifier.trayIcon()->isVisible());
    QCOMPARE(notifier.trayIcon()->toolTip(), QStringLiteral("ModelArts Desktop"));
    // A click on the balloon (the platform would emit it; offscreen never shows one).
    emit notifier.trayIcon()->messageClicked();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("training-job\njob-2"));
    QCOMPARE(m_service->calls().size(), calls); // nothing went to the bus
}

void TestDesktopNotifier::nothingAvailableLogsOnce()
{
    m_service->unregisterService();
    DesktopNotifier notifier(newConnection());
    notifier.setTrayProbe([] { return false; });
    g_notifyLogLines = 0;
    g_previousHandler = qInstallMessageHandler(countNotifyLog);
    const DesktopNotifier::Backend backend = notifier.backend();
    const bool first = notifier.show({ QStringLiteral("a"), QStringLiteral("one"), QString() });
    const bool second = notifier.show({ QStringLiteral("b"), QStringLiteral("two"), QString() });
    qInstallMessageHandler(g_previousHandler);
    QCOMPARE(backend, DesktopNotifier::Backend::None);
    QVERIFY(!first);
    QVERIFY(!second);
    QCOMPARE(g_notifyLogLines, 1);
    QVERIFY(!notifier.trayIcon());
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
