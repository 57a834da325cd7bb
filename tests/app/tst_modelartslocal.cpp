// The modelarts-local executable as a separate process: secrets given without showing them in
// ps (--sk-file, --password-file, MODELARTS_LOCAL_*), checked by signing in over HTTP.

#include "api/jsoncodec.h"

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

/** Status of POST /v3/auth/tokens as admin with @p password. */
int signIn(const QUrl &base, const QString &password)
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
    delete reply;
    return status;
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

QTEST_GUILESS_MAIN(TestModelArtsLocal)
#include "tst_modelartslocal.moc"
