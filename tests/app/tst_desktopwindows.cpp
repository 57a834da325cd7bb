// Regions side by side: several windows, each with its own connection, one shared
// embedded backend, and the profile and region visible on every page of each window.

#include "api/trainingrequests.h"
#include "desktopwindows.h"
#include "localbackend.h"
#include "localbackendhost.h"
#include "models/connection.h"
#include "profile.h"
#include "profilespanel.h"
#include "secretstore.h"
#include "server/localserver.h"
#include "ui/mainwindow.h"

#include <memory>
#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ma;
using namespace ma::desktop;
using namespace Qt::StringLiterals;

class TestDesktopWindows final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowsOnLocalShareOneBackend();
    void eachWindowShowsItsOwnProfile();
    void profileAddedInOneWindowIsListedInTheOthers();

private:
    static models::Connection *connectedWithin(DesktopWindow *window);
    DesktopServices services() { return { m_profiles.get(), m_secrets.get(), m_host.get(), true }; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LocalBackendHost> m_host;
};

void TestDesktopWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopWindows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
    m_host = std::make_unique<LocalBackendHost>();
    m_host->setDataDir(m_dir->filePath(u"local-backend"_s));
}

void TestDesktopWindows::cleanup()
{
    m_host.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

models::Connection *TestDesktopWindows::connectedWithin(DesktopWindow *window)
{
    // The window's pages got the connection and its probe call was answered.
    if (!QTest::qWaitFor([window] { return window->window()->connection() != nullptr; }, 20000))
        return nullptr;
    models::Connection *connection = window->window()->connection();
    if (!QTest::qWaitFor([connection] { return connection->state() != models::Connection::State::Connecting; }, 20000))
        return nullptr;
    return connection;
}

void TestDesktopWindows::windowsOnLocalShareOneBackend()
{
    DesktopWindows windows(services());
    DesktopWindow *first = windows.open(Profile::local());
    models::Connection *firstConnection = connectedWithin(first);
    QVERIFY(firstConnection);
    QCOMPARE(firstConnection->state(), models::Connection::State::Connected);
    QVERIFY(m_host->isRunning());
    const QUrl url = m_host->backend()->url();

    // File > New Window (Ctrl+Shift+N): another window on the same profile.
    QCOMPARE(first->window()->newWindowAction()->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    first->window()->newWindowAction()->trigger();
    QCOMPARE(windows.windows().size(), 2U);
    DesktopWindow *second = windows.windows().back();
    models::Connection *secondConnection = connectedWithin(second);
    QVERIFY(secondConnection);
    QVERIFY(secondConnection != firstConnection);
    QCOMPARE(secondConnection->profileName(), Profile::localName());
    // One server for both: two would fight over the same SQLite store.
    QCOMPARE(secondConnection->client()->endpoints().modelArts, url);
    QCOMPARE(m_host->userCount(), 2);
    QVERIFY(second->window()->pos() != first->window()->pos()); // cascaded, not on top

    // Closing one window leaves the other connected to the running backend.
    QPointer<DesktopWindow> firstGuard(first);
    first->window()->close();
    QTRY_VERIFY(firstGuard.isNull());
    QCOMPARE(windows.windows().size(), 1U);
    QTRY_COMPARE(m_host->userCount(), 1);
    QVERIFY(m_host->isRunning());
    const api::ApiResult result = test::callAndWait(*secondConnection->client(), api::training::flavors());
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));

    // The last window closed: nothing uses the backend, it stops.
    QSignalSpy stopped(m_host.get(), &LocalBackendHost::stopped);
    second->window()->close();
    QTRY_COMPARE(stopped.count(), 1);
    QVERIFY(!m_host->backend());
    QVERIFY(windows.windows().empty());
}

void TestDesktopWindows::eachWindowShowsItsOwnProfile()
{
    // A second "region": another modelarts-local reached as a Huawei Cloud profile with AK/SK.
    test::LocalBackend cloud;
    QVERIFY2(cloud.isRunning(), qPrintable(cloud.error()));
    const server::ServerConfig &config = cloud.server().config();
    Profile work;
    work.name = u"Work account"_s;
    work.kind = Profile::Kind::HuaweiCloud;
    work.region = u"ap-southeast-3"_s;
    work.auth = Profile::AuthMethod::AccessKey;
    work.accessKeyId = QString::fromLatin1(config.accessKey);
    work.modelArtsEndpoint = cloud.url();
    work.iamEndpoint = cloud.url();
    work.projectId = cloud.projectId();
    QString error;
    QVERIFY2(m_profiles->save(work, &error), qPrintable(error));
    bool written = false;
    m_secrets->write(work.secretKey(), Secret { QString::fromLatin1(config.secretKey), QString() }, this,
        [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);

    DesktopWindows windows(services());
    DesktopWindow *local = windows.open(Profile::local());
    QVERIFY(connectedWithin(local));

    // File > New Window with Profile lists every profile; choosing one opens it beside this one.
    QMenu *menu = local->window()->newWindowMenu();
    emit menu->aboutToShow();
    QAction *workAction = nullptr;
    QStringList listed;
    for (QAction *action : menu->actions())
    {
        listed << action->data().toString();
        if (action->data().toString() == work.name)
            workAction = action;
    }
    QCOMPARE(listed, (QStringList { Profile::localName(), work.name }));
    QVERIFY(workAction);
    QCOMPARE(workAction->text(), u"Work account (ap-southeast-3)"_s);
    workAction->trigger();
    QCOMPARE(windows.windows().size(), 2U);
    DesktopWindow *remote = windows.windows().back();
    models::Connection *remoteConnection = connectedWithin(remote);
    QVERIFY(remoteConnection);
    QCOMPARE(remoteConnection->state(), models::Connection::State::Connected);
    QCOMPARE(remoteConnection->client()->endpoints().modelArts, cloud.url());
    QVERIFY(local->window()->connection()->client()->endpoints().modelArts != cloud.url());

    // Each window says which profile and region it shows: header, title and status bar.
    QVERIFY2(
        remote->window()->profileHeaderText().contains(work.name), qPrintable(remote->window()->profileHeaderText()));
    QVERIFY(remote->window()->profileHeaderText().contains(u"ap-southeast-3"_s));
    QVERIFY(remote->window()->windowTitle().contains(work.name));
    QVERIFY(remote->window()->regionText().contains(u"ap-southeast-3"_s));
    QVERIFY(local->window()->profileHeaderText().contains(Profile::localName()));
    QVERIFY(!local->window()->profileHeaderText().contains(work.name));
    QVERIFY(remote->window()->profileHeader()->isVisibleTo(remote->window()));
    // The Settings page of each window marks its own profile as the current one.
    QCOMPARE(remote->profilesPanel()->currentProfile(), work.name);
    QCOMPARE(local->profilesPanel()->currentProfile(), Profile::localName());
}

void TestDesktopWindows::profileAddedInOneWindowIsListedInTheOthers()
{
    DesktopWindows windows(services());
    DesktopWindow *first = windows.open(Profile::local());
    first->window()->newWindowAction()->trigger();
    QCOMPARE(windows.windows().size(), 2U);
    DesktopWindow *second = windows.windows().back();
    const int before = second->profilesPanel()->view()->topLevelItemCount();

    Profile extra;
    extra.name = u"Staging"_s;
    extra.kind = Profile::Kind::HuaweiCloud;
    extra.region = u"cn-east-3"_s;
    QVERIFY(m_profiles->save(extra));
    emit first->profilesPanel()->profilesChanged();
    QCOMPARE(second->profilesPanel()->view()->topLevelItemCount(), before + 1);
}

QTEST_MAIN(TestDesktopWindows)
#include "tst_desktopwindows.moc"
