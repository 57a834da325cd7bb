// The modelarts-local executable as a separate process: secrets given without showing them in
// ps (--sk-file, --password-file, MODELARTS_LOCAL_*), checked by signing in over HTTP; and a
// kill -9 of the server that leaves no local job's process running after the restart.

#include "api/jsoncodec.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;

namespace
{
/** modelarts-local started on port 0; url() once its banner says it is ready. */
class LocalProcess
{
public:
    bool start(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(QStringLiteral(MA_LOCAL_EXECUTABLE), args + QStringList { u"--port"_s, u"0"_s, u"--empty"_s });
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_banner.contains("ready in"))
        {
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(30000))
                return false;
            m_banner += m_process.readAllStandardOutput();
        }
        const auto m = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(m_banner));
        m_url = QUrl(m.captured(1));
        return m_url.isValid();
    }
    ~LocalProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }
    QByteArray banner() const { return m_banner; }
    /** Stops the process and returns all it wrote to stderr (nothing is lost once it has ended). */
    QByteArray stopAndReadErrors()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
        return m_process.readAllStandardError();
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_banner;
    QUrl m_url;
};

/** Status of POST /v3/auth/tokens as admin with @p password; the token in @p token. */
int signIn(const QUrl &base, const QString &password, QByteArray *token = nullptr)
{
    api::Json j;
    j["auth"]["identity"]["methods"] = { "password" };
    j["auth"]["identity"]["password"]["user"]
        = { { "name", "admin" }, { "password", password.toStdString() }, { "domain", { { "name", "local" } } } };
    j["auth"]["scope"]["project"]["name"] = "local";
    QNetworkAccessManager nam;
    QNetworkRequest req(base.resolved(QUrl(u"/v3/auth/tokens"_s)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, api::dumpJson(j));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(30000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (token)
        *token = reply->rawHeader("X-Subject-Token");
    delete reply;
    return status;
}

/** An authenticated call; the reply body, and the status in @p status. */
QByteArray call(const QUrl &base, const QByteArray &token, const QByteArray &method, const QString &path,
    const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(base.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(30000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    delete reply;
    return out;
}

/** Live (not zombie) processes whose environment marks them as a task of job @p jobId. */
QList<qint64> jobProcesses(const QString &jobId)
{
    QList<qint64> out;
    const QByteArray marker = "MA_CURRENT_INSTANCE_NAME=modelarts-job-" + jobId.toUtf8() + '-';
    for (const QString &name : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
    {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/"_s + name + u"/stat"_s);
        QFile environ(u"/proc/"_s + name + u"/environ"_s);
        if (!stat.open(QIODevice::ReadOnly) || !environ.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        if (close < 0 || s.mid(close + 2, 1) == "Z")
            continue;
        if (environ.readAll().contains(marker))
            out << pid;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
} // namespace

class TestModelArtsLocal : public QObject
{
    Q_OBJECT

private slots:
    void secretsFromFilesAndEnvironment_data();
    void secretsFromFilesAndEnvironment();
    void unreadableSecretFileIsAnError();
    void restartAfterKillLeavesNoOrphan();
    void terminateClosesTheDataCleanly();
};

void TestModelArtsLocal::secretsFromFilesAndEnvironment_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("warns");
    QTest::newRow("files") << u"file"_s << false;
    QTest::newRow("environment") << u"env"_s << false;
    QTest::newRow("command line (warned)") << u"argv"_s << true;
}

void TestModelArtsLocal::secretsFromFilesAndEnvironment()
{
    QFETCH(QString, how);
    QFETCH(bool, warns);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString password = u"pw-"_s + how + u"-7f3a"_s;
    const QString sk = u"SK"_s + how.toUpper() + u"0123456789abcdef"_s;
    QStringList args { u"--data-dir"_s, dir.filePath(u"data"_s) };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MODELARTS_LOCAL_SK"_s);
    env.remove(u"MODELARTS_LOCAL_PASSWORD"_s);
    if (how == u"file")
    {
        // First line only, its newline (CRLF too) stripped.
        QVERIFY(writeFile(dir.filePath(u"sk"_s), sk.toUtf8() + "\r\nsecond line\n"));
        QVERIFY(writeFile(dir.filePath(u"pw"_s), password.toUtf8() + "\n"));
        args << u"--sk-file"_s << dir.filePath(u"sk"_s) << u"--password-file"_s << dir.filePath(u"pw"_s);
    }
    else if (how == u"env")
    {
        env.insert(u"MODELARTS_LOCAL_SK"_s, sk);
        env.insert(u"MODELARTS_LOCAL_PASSWORD"_s, password);
    }
    else
    {
        args << u"--sk"_s << sk << u"--password"_s << password;
    }
    LocalProcess local;
    if (!local.start(args, env))
        QFAIL(local.stopAndReadErrors().constData());
    QVERIFY2(local.banner().contains(QByteArray(QByteArray(" / ") + sk.toUtf8())), local.banner().constData());
    QCOMPARE(signIn(local.url(), password), 201);
    QCOMPARE(signIn(local.url(), password + u"\n"_s), 401);
    const QByteArray errors = local.stopAndReadErrors();
    QCOMPARE(errors.contains("visible to other users in ps"), warns);
}

void TestModelArtsLocal::unreadableSecretFileIsAnError()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(MA_LOCAL_EXECUTABLE),
        { u"--data-dir"_s, dir.filePath(u"data"_s), u"--port"_s, u"0"_s, u"--sk-file"_s, dir.filePath(u"missing"_s) });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--sk-file"));
}

void TestModelArtsLocal::restartAfterKillLeavesNoOrphan()
{
#ifndef Q_OS_LINUX
    QSKIP("Process groups are reaped through /proc (Linux only).");
#endif
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"pw"_s), "restart-pw\n"));
    const QStringList args { u"--data-dir"_s, dir.filePath(u"data"_s), u"--password-file"_s, dir.filePath(u"pw"_s) };
    QString jobId;
    {
        LocalProcess first;
        if (!first.start(args))
            QFAIL(first.stopAndReadErrors().constData());
        const QString project
            = QRegularExpression(u"project id: (\\S+)"_s).match(QString::fromUtf8(first.banner())).captured(1);
        QByteArray token;
        QCOMPARE(signIn(first.url(), u"restart-pw"_s, &token), 201);
        // The inner loop is a background child of the shell: PR_SET_PDEATHSIG does not reach it,
        // so only the reaping on the next start can.
        api::Json job = { { "kind", "job" }, { "metadata", { { "name", "orphan" } } },
            { "algorithm",
                { { "command", R"(sh -c 'while true; do date >> "$MA_JOB_DIR/alive"; sleep 0.2; done' & wait)" } } },
            { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
        int status = 0;
        const QByteArray created
            = call(first.url(), token, "POST", u"/v2/%1/training-jobs"_s.arg(project), api::dumpJson(job), &status);
        QVERIFY2(status == 201 || status == 200, created.constData());
        jobId = QString::fromStdString(api::parseJson(created)["metadata"]["id"].get<std::string>());
        QTRY_VERIFY_WITH_TIMEOUT(jobProcesses(jobId).size() >= 2, 15000);

        first.process().kill(); // SIGKILL: no chance to clean up
        QVERIFY(first.process().waitForFinished(5000));
        // The scenario is real: something of the job outlived the server.
        QVERIFY(!jobProcesses(jobId).isEmpty());
    }

    LocalProcess second;
    if (!second.start(args))
        QFAIL(second.stopAndReadErrors().constData());
    QCOMPARE(jobProcesses(jobId), QList<qint64>()); // reaped before it said ready
    QByteArray token;
    QCOMPARE(signIn(second.url(), u"restart-pw"_s, &token), 201);
    const QString project
        = QRegularExpression(u"project id: (\\S+)"_s).match(QString::fromUtf8(second.banner())).captured(1);
    int status = 0;
    const QByteArray shown
        = call(second.url(), token, "GET", u"/v2/%1/training-jobs/%2"_s.arg(project, jobId), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(QString::fromStdString(api::parseJson(shown)["status"]["phase"].get<std::string>()), u"Failed"_s);
}

void TestModelArtsLocal::terminateClosesTheDataCleanly()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"pw"_s), "term-pw\n"));
    const QString data = dir.filePath(u"data"_s);
    LocalProcess local;
    if (!local.start({ u"--data-dir"_s, data, u"--password-file"_s, dir.filePath(u"pw"_s) }))
        QFAIL(local.stopAndReadErrors().constData());
    QCOMPARE(signIn(local.url(), u"term-pw"_s, nullptr), 201); // a write: the database has a log now
    QVERIFY(QFileInfo::exists(data + u"/modelarts-local.sqlite-wal"_s));

    // SIGTERM ends the event loop: a normal exit, the write-ahead log folded back into the
    // database and removed, the metrics history saved.
    local.process().terminate();
    QVERIFY(local.process().waitForFinished(15000));
    QCOMPARE(local.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(local.process().exitCode(), 0);
    QVERIFY(!QFileInfo::exists(data + u"/modelarts-local.sqlite-wal"_s));
    QVERIFY(QFileInfo::exists(data + u"/metrics-history.bin"_s));
}

QTEST_GUILESS_MAIN(TestModelArtsLocal)
#include "tst_modelartslocal.moc"
