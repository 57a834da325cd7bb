// Notebooks on the built-in "local" pool run Debian's Jupyter for real (server/notebookjupyter.*
// driven by server/notebookmodule.*), tested against the real modelarts-local over HTTP: the
// notebook's url answers while RUNNING and stops answering after Stop; delete ends the process
// and removes its folder; the lease's auto stop ends it; a Jupyter that cannot start makes the
// notebook ERROR with an event; a restarted server reaps what a crash left behind.
// Skips only when Jupyter is not installed (scripts/deps installs jupyter-notebook).

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "server/notebookjupyter.h"

#include <csignal>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ma;
using namespace Qt::StringLiterals;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
const QString kCpuImage = QStringLiteral("0117d4c8-4d9d-4333-b0f3-dbeb19a298e1"); // mindspore1.7.0 CPU
const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.2u");
constexpr int kStartMs = 90000; // a first Jupyter start on a loaded CI machine
constexpr int kStopMs = 20000;

api::Notebook createLocal(api::ApiClient &client, const QString &name)
{
    api::NotebookCreate body;
    body.name = name;
    body.flavor = kCpuFlavor;
    body.imageId = kCpuImage;
    body.volume.category = QStringLiteral("EVS");
    body.volume.ownership = QStringLiteral("MANAGED");
    body.volume.capacity = 5;
    body.poolId = QStringLiteral("local");
    const auto r = api::decodeBody<api::Notebook>(callAndWait(client, api::notebooks::create(body)));
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? r.value : api::Notebook();
}

api::Notebook show(api::ApiClient &client, const QString &id)
{
    const auto r = api::decodeBody<api::Notebook>(callAndWait(client, api::notebooks::show(id)));
    return r.ok() ? r.value : api::Notebook();
}

QString statusOf(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = callAndWait(client, api::notebooks::show(id));
    if (!r.ok())
        return r.error.code;
    return api::fromBody<api::Notebook>(r.body).status.value_or(QString());
}

QString eventText(api::ApiClient &client, const QString &id)
{
    return QString::fromUtf8(callAndWait(client, api::notebooks::events(id)).body);
}

/** The pgid modelarts-local recorded for the notebook's Jupyter; 0 when none. */
qint64 recordedPgid(LocalBackend &backend, const QString &id)
{
    const auto record = backend.server().store().get(QStringLiteral("notebook_process"), id);
    return record ? record->value("pgid", qint64(0)) : 0;
}

bool processAlive(qint64 pid)
{
    // A zombie still answers kill(0); /proc/<pid>/stat says "Z" for it.
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

/** GETs @p url without following redirects: the HTTP status, or -1 when nothing answers. */
int httpStatus(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(15000))
        return -1;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply->deleteLater();
    return status.isValid() ? status.toInt() : -1;
}

/** Starts a Python kernel through Jupyter's REST API: the HTTP status (201 when it starts). */
int startKernel(int port, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request { QUrl(QStringLiteral("http://127.0.0.1:%1/api/kernels").arg(port)) };
    request.setRawHeader("Authorization", "token " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QByteArrayLiteral(R"({"name":"python3"})"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000))
        return -1;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply->deleteLater();
    return status.isValid() ? status.toInt() : -1;
}

/** Live processes that carry the notebook's marker (Jupyter, its kernels and what they start). */
int markedProcesses(const QString &id)
{
    const QByteArray marker = "MA_CURRENT_INSTANCE_NAME=modelarts-job-" + id.toUtf8() + '-';
    int count = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
    {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || !processAlive(pid))
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(marker))
            ++count;
    }
    return count;
}

/** modelarts-local as a separate process on port 0 (only a separate process can be killed with -9). */
class ServerProcess
{
public:
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool start(const QString &dataDir)
    {
        m_banner.clear();
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(QStringLiteral(MA_LOCAL_EXECUTABLE),
            { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--empty"), QStringLiteral("--password"), QStringLiteral("jupyter-pw") });
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_banner.contains("ready in"))
        {
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(30000))
                return false;
            m_banner += m_process.readAllStandardOutput();
        }
        const QString banner = QString::fromUtf8(m_banner);
        m_url = QUrl(QRegularExpression(QStringLiteral("listening on (\\S+)")).match(banner).captured(1));
        m_project = QRegularExpression(QStringLiteral("project id: (\\S+)")).match(banner).captured(1);
        return m_url.isValid() && signIn();
    }
    /** An authenticated call: the reply body, and the HTTP status in @p status. */
    QByteArray call(const QByteArray &method, const QString &path, const QByteArray &body = {}, int *status = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_url.resolved(QUrl(QString(path).replace(u"{project_id}"_s, m_project))));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Auth-Token", m_token);
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }
    QProcess &process() { return m_process; }

private:
    bool signIn()
    {
        Json j;
        j["auth"]["identity"]["methods"] = { "password" };
        j["auth"]["identity"]["password"]["user"]
            = { { "name", "admin" }, { "password", "jupyter-pw" }, { "domain", { { "name", "local" } } } };
        j["auth"]["scope"]["project"]["name"] = "local";
        QNetworkAccessManager nam;
        QNetworkRequest req(m_url.resolved(QUrl(QStringLiteral("/v3/auth/tokens"))));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(req, api::dumpJson(j));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        m_token = reply->rawHeader("X-Subject-Token");
        reply->deleteLater();
        return !m_token.isEmpty();
    }

    QProcess m_process;
    QByteArray m_banner;
    QUrl m_url;
    QString m_project;
    QByteArray m_token;
};

/** Scoped MODELARTS_LOCAL_JUPYTER. */
class ProgramOverride
{
public:
    explicit ProgramOverride(const QByteArray &program) { qputenv(server::LocalJupyter::kProgramVariable, program); }
    ~ProgramOverride() { qunsetenv(server::LocalJupyter::kProgramVariable); }
    ProgramOverride(const ProgramOverride &) = delete;
    ProgramOverride &operator=(const ProgramOverride &) = delete;
};
} // namespace

class TestLocalJupyter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urlAnswersWhileRunningAndNotAfterStop();
    void deleteEndsTheProcess();
    void leaseAutoStopEndsTheProcess();
    void failingJupyterYieldsError();
    void missingJupyterYieldsError();
    void restartReapsAnOrphan();
    void killedServerLeavesNoJupyterBehind();
};

void TestLocalJupyter::initTestCase()
{
    qunsetenv(server::LocalJupyter::kProgramVariable);
    if (server::LocalJupyter::findProgram().isEmpty())
        QSKIP("Jupyter is not installed (none of jupyter-notebook, jupyter, jupyter-lab on PATH); scripts/deps "
              "installs Debian's jupyter-notebook.");
}

void TestLocalJupyter::urlAnswersWhileRunningAndNotAfterStop()
{
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();

    QElapsedTimer sinceCreate;
    sinceCreate.start();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-jupyter"));
    QVERIFY(created.id);
    const QString id = *created.id;
    QCOMPARE(created.pool->id.value_or(QString()), QStringLiteral("local"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kStartMs);
    qInfo("create -> RUNNING (Jupyter answering) took %lld ms", sinceCreate.elapsed());

    const api::Notebook running = show(*client, id);
    const QString url = running.url.value_or(QString());
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
    const QString token = running.token.value_or(QString());
    QVERIFY(token.size() >= 32);
    QVERIFY(url.endsWith(QStringLiteral("?token=") + token));
    const int status = httpStatus(url);
    QVERIFY2(status == 200 || status == 302, qPrintable(QString::number(status)));
    // The token is what lets one in: without it Jupyter's API refuses.
    const QUrl base(url);
    QCOMPARE(httpStatus(QStringLiteral("http://127.0.0.1:%1/api/status").arg(base.port())), 403);
    QCOMPARE(httpStatus(QStringLiteral("http://127.0.0.1:%1/api/status?token=%2").arg(base.port()).arg(token)), 200);
    // It serves the notebook's working folder under the data dir.
    QVERIFY(QDir(backend.dataDir() + QStringLiteral("/notebooks/") + id + QStringLiteral("/work")).exists());
    const qint64 pgid = recordedPgid(backend, id);
    QVERIFY(processAlive(pgid));
    QVERIFY(eventText(*client, id).contains(QStringLiteral("NotebookHealthy")));
    // A working Jupyter: it starts a Python kernel, which runs in a session of its own.
    QCOMPARE(startKernel(base.port(), token), 201);
    QTRY_VERIFY_WITH_TIMEOUT(markedProcesses(id) >= 2, 30000);

    sinceCreate.restart();
    QVERIFY(callAndWait(*client, api::notebooks::stop(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kStopMs);
    qInfo("stop -> STOPPED (process tree gone) took %lld ms", sinceCreate.elapsed());
    QCOMPARE(httpStatus(url), -1);
    QVERIFY(!processAlive(pgid));
    QCOMPARE(markedProcesses(id), 0); // the kernel too
    QCOMPARE(recordedPgid(backend, id), qint64(0));

    // Started again: a new port and a new token, answering again.
    QVERIFY(callAndWait(*client, api::notebooks::start(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kStartMs);
    const QString again = show(*client, id).url.value_or(QString());
    QVERIFY(again != url);
    const int againStatus = httpStatus(again);
    QVERIFY2(againStatus == 200 || againStatus == 302, qPrintable(QString::number(againStatus)));
}

void TestLocalJupyter::deleteEndsTheProcess()
{
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-delete"));
    QVERIFY(created.id);
    const QString id = *created.id;
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kStartMs);
    const QString url = show(*client, id).url.value_or(QString());
    const qint64 pgid = recordedPgid(backend, id);
    QVERIFY(processAlive(pgid));
    const QString dir = backend.dataDir() + QStringLiteral("/notebooks/") + id;
    QVERIFY(QDir(dir).exists());

    QVERIFY(callAndWait(*client, api::notebooks::remove(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ModelArts.6309"), kStopMs); // not found
    QVERIFY(!processAlive(pgid));
    QCOMPARE(httpStatus(url), -1);
    QVERIFY(!QDir(dir).exists());
    QCOMPARE(recordedPgid(backend, id), qint64(0));
}

void TestLocalJupyter::leaseAutoStopEndsTheProcess()
{
    // At this scale the shortest lease (1 h + the 2 min grace) runs out in about 1.2 s, so
    // the instance is stopped as soon as its Jupyter answers.
    LocalBackend::Options options;
    options.timeScale = 3000.0;
    LocalBackend backend(options);
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-lease"));
    QVERIFY(created.id);
    const QString id = *created.id;
    QTRY_VERIFY_WITH_TIMEOUT(recordedPgid(backend, id) > 0, kStartMs);
    const qint64 pgid = recordedPgid(backend, id);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kStartMs + kStopMs);
    const QString events = eventText(*client, id);
    QVERIFY2(events.contains(QStringLiteral("NotebookHealthy")), qPrintable(events));
    QVERIFY2(events.contains(QStringLiteral("auto-stop duration has expired")), qPrintable(events));
    QVERIFY(!processAlive(pgid));
    QVERIFY(show(*client, id).url.value_or(QString()).isEmpty());
}

void TestLocalJupyter::failingJupyterYieldsError()
{
    const ProgramOverride program("false"); // exits with 1 at once
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-broken"));
    QVERIFY(created.id);
    const QString id = *created.id;
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ERROR"), kStartMs);
    const api::Notebook failed = show(*client, id);
    QVERIFY2(failed.failReason.value_or(QString()).contains(QStringLiteral("Exited with code 1")),
        qPrintable(failed.failReason.value_or(QString())));
    const QString events = eventText(*client, id);
    QVERIFY2(events.contains(QStringLiteral("StartNotebookFailed")), qPrintable(events));
    QVERIFY2(events.contains(QStringLiteral("Jupyter could not be started on this computer")), qPrintable(events));

    // A failed instance can be started again (and fails again for the same reason) or deleted.
    QVERIFY(callAndWait(*client, api::notebooks::start(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ERROR"), kStartMs);
    QVERIFY(callAndWait(*client, api::notebooks::remove(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ModelArts.6309"), kStopMs);
}

void TestLocalJupyter::missingJupyterYieldsError()
{
    // A PATH without Jupyter on it: nothing is started, and the event says what to install.
    struct PathOverride
    {
        QByteArray saved = qgetenv("PATH");
        QTemporaryDir empty;
        PathOverride() { qputenv("PATH", empty.path().toLocal8Bit()); }
        ~PathOverride() { qputenv("PATH", saved); }
    };
    std::optional<PathOverride> noJupyter;
    noJupyter.emplace();
    QVERIFY(server::LocalJupyter::findProgram().isEmpty());
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-missing"));
    QVERIFY(created.id);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, *created.id), QStringLiteral("ERROR"), kStartMs);
    noJupyter.reset();
    const QString events = eventText(*client, *created.id);
    QVERIFY2(events.contains(QStringLiteral("Jupyter is not installed on this computer")), qPrintable(events));
    QVERIFY2(events.contains(QStringLiteral("scripts/deps")), qPrintable(events));
    QCOMPARE(recordedPgid(backend, *created.id), qint64(0));
}

void TestLocalJupyter::restartReapsAnOrphan()
{
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const api::Notebook created = createLocal(*client, QStringLiteral("local-orphan"));
    QVERIFY(created.id);
    const QString id = *created.id;
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kStartMs);

    // What a crash of the server leaves: a process in its own process group carrying the
    // notebook's marker, whose group the store still records; and a kernel, which Jupyter
    // starts in a session of its own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MA_CURRENT_INSTANCE_NAME"), QStringLiteral("modelarts-job-%1-notebook-0").arg(id));
    QProcess orphan;
    QProcess kernel;
    for (QProcess *p : { &orphan, &kernel })
    {
        p->setProcessEnvironment(env);
        p->setChildProcessModifier([] { ::setsid(); });
        p->start(QStringLiteral("sleep"), { QStringLiteral("300") });
        QVERIFY(p->waitForStarted());
    }
    // An unrelated process in the same kind of session, without the marker, is left alone.
    QProcess bystander;
    bystander.setChildProcessModifier([] { ::setsid(); });
    bystander.start(QStringLiteral("sleep"), { QStringLiteral("300") });
    QVERIFY(bystander.waitForStarted());
    const qint64 orphanPid = orphan.processId();
    server::ResourceIndex index;
    index.name = id;
    index.status = QStringLiteral("RUNNING");
    index.parent = id;
    backend.server().store().put(
        QStringLiteral("notebook_process"), id, Json { { "pgid", orphanPid }, { "port", 0 } }, index);

    QVERIFY2(backend.restart(), qPrintable(backend.error()));
    QVERIFY(orphan.waitForFinished(5000));
    QCOMPARE(orphan.exitStatus(), QProcess::CrashExit); // SIGKILL
    QVERIFY(kernel.waitForFinished(5000));
    QCOMPARE(kernel.exitStatus(), QProcess::CrashExit);
    QCOMPARE(bystander.state(), QProcess::Running);
    bystander.kill();
    bystander.waitForFinished(5000);
    const auto again = backend.accessKeyClient();
    QCOMPARE(statusOf(*again, id), QStringLiteral("STOPPED"));
    QVERIFY(eventText(*again, id).contains(QStringLiteral("backend restarted")));
    QCOMPARE(recordedPgid(backend, id), qint64(0));
}

void TestLocalJupyter::killedServerLeavesNoJupyterBehind()
{
    // The real crash: kill -9 of modelarts-local while a notebook's Jupyter runs a kernel.
    // PR_SET_PDEATHSIG takes Jupyter; the kernel, in a session of its own, is reaped when
    // the server starts again, and the notebook is STOPPED.
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QString id;
    {
        ServerProcess first;
        QVERIFY(first.start(dataDir));
        const Json body = { { "name", "crash" }, { "flavor", kCpuFlavor.toStdString() },
            { "image_id", kCpuImage.toStdString() }, { "pool_id", "local" },
            { "volume", { { "category", "EVS" }, { "ownership", "MANAGED" }, { "capacity", 5 } } } };
        int status = 0;
        const QByteArray created = first.call("POST", u"/v1/{project_id}/notebooks"_s, api::dumpJson(body), &status);
        QVERIFY2(status == 200, created.constData());
        id = QString::fromStdString(api::parseJson(created).value("id", std::string()));
        const auto notebook = [&]
        {
            return api::fromBody<api::Notebook>(first.call("GET", u"/v1/{project_id}/notebooks/"_s + id));
        };
        QTRY_COMPARE_WITH_TIMEOUT(notebook().status.value_or(QString()), QStringLiteral("RUNNING"), kStartMs);
        const api::Notebook running = notebook();
        QCOMPARE(startKernel(QUrl(*running.url).port(), *running.token), 201);
        QTRY_VERIFY_WITH_TIMEOUT(markedProcesses(id) >= 2, 30000);

        first.process().kill(); // SIGKILL: no chance to clean up
        QVERIFY(first.process().waitForFinished(5000));
        qInfo("processes of the notebook left right after kill -9: %d", markedProcesses(id));
    }

    ServerProcess second;
    QVERIFY(second.start(dataDir));
    QCOMPARE(markedProcesses(id), 0); // reaped before it said ready
    const auto after = api::fromBody<api::Notebook>(second.call("GET", u"/v1/{project_id}/notebooks/"_s + id));
    QCOMPARE(after.status.value_or(QString()), QStringLiteral("STOPPED"));
    QVERIFY(after.url.value_or(QString()).isEmpty());
    QVERIFY(second.call("GET", u"/v1/{project_id}/notebooks/"_s + id + u"/events"_s).contains("backend restarted"));
}

QTEST_GUILESS_MAIN(TestLocalJupyter)
#include "tst_localjupyter.moc"
