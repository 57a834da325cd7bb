// modelarts-local against hostile callers, over real HTTP: JSON nested too deep, bodies too
// large, fields of the wrong type, and its secrets at rest (private files, expiring tokens,
// throttled wrong passwords). Every refusal must be a 4xx with a ModelArts error body, and the
// server must keep serving afterwards.

#include "api/apierror.h"
#include "api/jsoncodec.h"
#include "localbackend.h"
#include "server/storecodec.h"

#include <limits>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using ma::test::LocalBackend;

namespace
{
struct RawReply
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

RawReply rawCall(const QUrl &base, const QString &path, const QByteArray &method, const QByteArray &token,
    const QByteArray &body = QByteArray())
{
    const QUrl url = base.resolved(QUrl(path)); // path may carry a query
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(30000);
    RawReply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Retry-After") };
    reply->deleteLater();
    return r;
}

QByteArray nested(int depth, const QByteArray &open = "[", const QByteArray &close = "]")
{
    return open.repeated(depth) + close.repeated(depth);
}

QByteArray signInBody(const QString &user, const QString &password)
{
    api::Json j;
    j["auth"]["identity"]["methods"] = { "password" };
    j["auth"]["identity"]["password"]["user"] = { { "name", user.toStdString() },
        { "password", password.toStdString() }, { "domain", { { "name", "local" } } } };
    j["auth"]["scope"]["project"]["name"] = "local";
    return api::dumpJson(j);
}

/** The ModelArts (or IAM) error code of a 4xx body; empty when the body is not one. */
QString errorCode(const RawReply &r)
{
    return api::ApiError::fromHttp(r.status, {}, r.body).code;
}

bool stillServes(LocalBackend &backend)
{
    return rawCall(backend.url(), QStringLiteral("/v3/projects"), "GET", backend.server().issueToken()).status == 200;
}

QString jobsPath(LocalBackend &backend)
{
    return QStringLiteral("/v2/%1/training-jobs").arg(backend.projectId());
}

int jobCount(LocalBackend &backend)
{
    return backend.server().store().count(QStringLiteral("training_job"));
}

/** A job of the "local" pool reading @p inputUrl (dataset://id or obs://...) and writing @p outputUrl. */
QByteArray localJobWithPaths(const QString &name, const QString &inputUrl, const QString &outputUrl = QString())
{
    api::Json j = { { "kind", "job" }, { "metadata", { { "name", name.toStdString() } } },
        { "algorithm", { { "command", "true" } } },
        { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    if (inputUrl.startsWith(u"dataset://"))
        j["algorithm"]["inputs"] = { { { "name", "data_url" },
            { "remote", { { "dataset", { { "id", inputUrl.mid(10).toStdString() } } } } } } };
    else if (!inputUrl.isEmpty())
        j["algorithm"]["inputs"]
            = { { { "name", "data_url" }, { "remote", { { "obs", { { "obs_url", inputUrl.toStdString() } } } } } } };
    if (!outputUrl.isEmpty())
        j["algorithm"]["outputs"]
            = { { { "name", "train_url" }, { "remote", { { "obs", { { "obs_url", outputUrl.toStdString() } } } } } } };
    return api::dumpJson(j);
}

/** Every file and folder name below @p dir, recursively (to see that nothing appeared). */
QStringList treeOf(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QFile::Permissions ownerOnlyFile()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void nestingDepthScan_data();
    void nestingDepthScan();
    void deepJsonIsA400_data();
    void deepJsonIsA400();
    void bodyOverTheLimitIsA413();
    void wrongTypesOnSignInAre400();
    void wrongTypesOnJobCreateAre400();
    void dataDirAndFilesArePrivate();
    void secretsAreNotInTheDatabase();
    void tokensExpireAndArePurged();
    void wrongPasswordsAreThrottled();
    void pathsStayInTheDataDir_data();
    void pathsStayInTheDataDir();
    void symlinkInABucketDoesNotEscape();
    void namesRejectNewlinesAndControls_data();
    void namesRejectNewlinesAndControls();
    void tagsRejectControlCharacters();
    void offsetsNearIntMaxDoNotWrap();
    void hugeOrNonFiniteDurationsAre400_data();
    void hugeOrNonFiniteDurationsAre400();
    void numbersOutOfRangeAreRefused_data();
    void numbersOutOfRangeAreRefused();
};

void TestHostileInput::nestingDepthScan_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::newRow("scalar") << QByteArray("42") << 0;
    QTest::newRow("object") << QByteArray(R"({"a":[1,{"b":2}]})") << 3;
    QTest::newRow("brackets in strings") << QByteArray(R"({"a":"[[[{{{"})") << 1;
    QTest::newRow("escaped quote") << QByteArray(R"(["\"[[[", [1]])") << 2;
    QTest::newRow("escaped backslash") << QByteArray(R"(["\\", [[1]]])") << 3;
    QTest::newRow("unbalanced close") << QByteArray("]]][") << 1;
}

void TestHostileInput::nestingDepthScan()
{
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    QCOMPARE(api::jsonNestingDepth(text, 1000), depth);
}

void TestHostileInput::deepJsonIsA400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    // 50,000 levels crashed the server (stack overflow in nlohmann's recursive copies).
    QTest::newRow("sign-in, arrays") << QStringLiteral("/v3/auth/tokens") << nested(50000);
    QTest::newRow("sign-in, objects") << QStringLiteral("/v3/auth/tokens") << nested(50000, R"({"a":)", "}");
    QTest::newRow("sign-in, 65 levels") << QStringLiteral("/v3/auth/tokens") << nested(65);
    QTest::newRow("job create") << QStringLiteral(
        "jobs") << QByteArray(R"({"kind":"job","metadata":{"name":"deep","x":)") + nested(100000) + "}}";
    QTest::newRow("job search") << QStringLiteral("searches") << nested(70, R"({"filters":)", "}");
    QTest::newRow("pool create") << QStringLiteral("pools") << nested(3000, R"({"spec":)", "}");
}

void TestHostileInput::deepJsonIsA400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    if (path == u"jobs")
        path = jobsPath(backend);
    else if (path == u"searches")
        path = QStringLiteral("/v2/%1/training-job-searches").arg(backend.projectId());
    else if (path == u"pools")
        path = QStringLiteral("/v2/%1/pools").arg(backend.projectId());
    const int jobsBefore = jobCount(backend);
    const RawReply r = rawCall(backend.url(), path, "POST", backend.server().issueToken(), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(!errorCode(r).isEmpty(), r.body.constData());
    QVERIFY2(r.body.contains("levels deep"), r.body.constData());
    QCOMPARE(jobCount(backend), jobsBefore);
    QVERIFY(stillServes(backend));
}

void TestHostileInput::bodyOverTheLimitIsA413()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const qsizetype limit = backend.server().config().maxBodyBytes;
    QVERIFY(limit > 0);
    // A valid job with one extra field just over the limit: refused, not stored.
    api::Json job
        = { { "kind", "job" }, { "metadata", { { "name", "big" } } }, { "algorithm", { { "command", "true" } } },
              { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    job["metadata"]["padding"] = std::string(static_cast<std::size_t>(limit), 'x');
    const RawReply big
        = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(), api::dumpJson(job));
    QCOMPARE(big.status, 413);
    QCOMPARE(errorCode(big), QStringLiteral("ModelArts.0101"));
    QCOMPARE(jobCount(backend), 0);
    // Unauthenticated callers get the same answer before their credentials are looked at.
    const RawReply anonymous
        = rawCall(backend.url(), QStringLiteral("/v3/auth/tokens"), "POST", {}, QByteArray(limit + 1, ' '));
    QCOMPARE(anonymous.status, 413);
    // The same job without the padding is accepted.
    job["metadata"].erase("padding");
    const RawReply ok
        = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(), api::dumpJson(job));
    QCOMPARE(ok.status, 201);
    QCOMPARE(jobCount(backend), 1);
}

void TestHostileInput::wrongTypesOnSignInAre400()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QList<QByteArray> bodies = {
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":7,"password":"x"}}}}})",
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","password":["x"]}}}}})",
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"name":{}}}}}}})",
        R"({"auth":{"identity":{"methods":"password"}}})",
        R"({"auth":{"identity":[1,2]}})",
        R"({"auth":{"identity":{"methods":["password"]},"scope":{"project":{"name":1.5}}}})",
        R"([1,2,3])",
        R"("auth")",
    };
    for (const QByteArray &body : bodies)
    {
        const RawReply r = rawCall(backend.url(), QStringLiteral("/v3/auth/tokens"), "POST", {}, body);
        QVERIFY2(r.status == 400, body.constData());
        QCOMPARE(errorCode(r), QStringLiteral("IAM.0011"));
        QVERIFY2(!r.body.contains("json.exception") && !r.body.contains("type_error"), r.body.constData());
    }
    QVERIFY(stillServes(backend));
}

void TestHostileInput::wrongTypesOnJobCreateAre400()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QList<QByteArray> bodies = {
        R"({"kind":"job","metadata":{"name":["a"]},"algorithm":{"command":"true"},"spec":{"resource":{"pool_id":"local","node_count":1}}})",
        R"({"kind":"job","metadata":{"name":"a"},"algorithm":{"command":"true"},"spec":{"resource":{"pool_id":"local","node_count":"many"}}})",
        R"({"kind":"job","metadata":{"name":"a"},"algorithm":{"command":"true","environments":{"A":[1]}},"spec":{"resource":{"pool_id":"local","node_count":1}}})",
        R"({"kind":"job","metadata":"a","algorithm":7,"spec":[]})",
    };
    for (const QByteArray &body : bodies)
    {
        const RawReply r = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(), body);
        QVERIFY2(r.status == 400, QByteArray(body + " -> " + QByteArray::number(r.status) + " " + r.body).constData());
        QVERIFY(!errorCode(r).isEmpty());
        QVERIFY2(!r.body.contains("json.exception") && !r.body.contains("internal"), r.body.constData());
    }
    QCOMPARE(jobCount(backend), 0);
    QVERIFY(stillServes(backend));
}

void TestHostileInput::dataDirAndFilesArePrivate()
{
    // A data dir that does not exist yet, under a parent the umask made world-readable.
    QTemporaryDir parent;
    QVERIFY(
        QFile::setPermissions(parent.path(), QFile::permissions(parent.path()) | QFile::ReadOther | QFile::ExeOther));
    const QString dataDir = QDir(parent.path()).filePath(QStringLiteral("data"));
    LocalBackend::Options options;
    options.dataDir = dataDir;
    LocalBackend backend(options);
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    backend.server().issueToken(); // a write, so the WAL exists

    const QFile::Permissions ownerOnlyDir
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    QCOMPARE(QFile::permissions(dataDir), ownerOnlyDir);
    const QString db = QDir(dataDir).filePath(QStringLiteral("modelarts-local.sqlite"));
    for (const QString &file : QStringList { db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
             QDir(dataDir).filePath(QStringLiteral("credentials.json")) })
    {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file), ownerOnlyFile());
    }

    // An existing data dir left open by an earlier version is closed on the next start.
    QVERIFY(QFile::setPermissions(dataDir, ownerOnlyDir | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(db, ownerOnlyFile() | QFile::ReadOther));
    QVERIFY(backend.restart());
    QCOMPARE(QFile::permissions(dataDir), ownerOnlyDir);
    QCOMPARE(QFile::permissions(db), ownerOnlyFile());
}

void TestHostileInput::secretsAreNotInTheDatabase()
{
    // With the demo data, so the database holds documents and logs to scan.
    LocalBackend backend(LocalBackend::Options { 50.0, true, QString() });
    QVERIFY(backend.isRunning());
    const QByteArray sk = backend.server().config().secretKey;
    const QString password = backend.server().config().password;
    QVERIFY(!sk.isEmpty());
    QVERIFY(!password.isEmpty());
    QVERIFY(backend.server().store().meta(QStringLiteral("secret_key")).isEmpty());
    QVERIFY(backend.server().store().meta(QStringLiteral("password")).isEmpty());

    // The secrets survive a restart, from the private file.
    QVERIFY(backend.restart());
    QCOMPARE(backend.server().config().secretKey, sk);
    QCOMPARE(backend.server().config().password, password);
    QFile credentials(QDir(backend.dataDir()).filePath(QStringLiteral("credentials.json")));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    QVERIFY(credentials.readAll().contains(sk));

    // Documents and log chunks are stored compressed: read them unpacked, as the server does,
    // so a secret inside one would still be seen.
    const QString dbPath = QDir(backend.dataDir()).filePath(QStringLiteral("modelarts-local.sqlite"));
    backend.server().store().close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secrets-scan"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        const auto unpacked = [](const QByteArray &bytes, bool packed)
        {
            if (server::storecodec::isPacked(bytes))
                return server::storecodec::unpack(bytes).value_or(QByteArray());
            return packed || (!bytes.isEmpty() && bytes.front() == '\0') ? qUncompress(bytes) : bytes;
        };
        int texts = 0;
        QSqlQuery docs(QStringLiteral("SELECT doc FROM resources"), db);
        while (docs.next())
        {
            const QByteArray doc = unpacked(docs.value(0).toByteArray(), false);
            QVERIFY(doc.startsWith('{'));
            QVERIFY(!doc.contains(sk) && !doc.contains(password.toUtf8()));
            ++texts;
        }
        QSqlQuery logs(QStringLiteral("SELECT text, size FROM logs"), db);
        while (logs.next())
        {
            const QByteArray text = unpacked(logs.value(0).toByteArray(), !logs.value(1).isNull());
            QVERIFY(!text.contains(sk) && !text.contains(password.toUtf8()));
        }
        // Events, live and sealed.
        QSqlQuery events(QStringLiteral("SELECT message FROM events"), db);
        while (events.next())
        {
            const QByteArray message = events.value(0).toString().toUtf8();
            QVERIFY(!message.contains(sk) && !message.contains(password.toUtf8()));
        }
        QSqlQuery sealed(QStringLiteral("SELECT data FROM event_archive"), db);
        while (sealed.next())
        {
            const std::optional<QByteArray> text = server::storecodec::unpack(sealed.value(0).toByteArray());
            QVERIFY(text.has_value());
            QVERIFY(!text->contains(sk) && !text->contains(password.toUtf8()));
        }
        QVERIFY(texts > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("secrets-scan"));
    // No file of the database holds them.
    const QDir dir(backend.dataDir());
    for (const QString &name : dir.entryList({ QStringLiteral("modelarts-local.sqlite*") }, QDir::Files))
    {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(sk), qPrintable(name));
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(name));
    }
}

void TestHostileInput::tokensExpireAndArePurged()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    backend.server().context().config().tokenLifetimeMs = 300;
    const QByteArray token = backend.server().issueToken();
    QCOMPARE(rawCall(backend.url(), QStringLiteral("/v3/projects"), "GET", token).status, 200);
    // Expired: refused as expired while the server still knows it...
    QTRY_COMPARE_WITH_TIMEOUT(errorCode(rawCall(backend.url(), QStringLiteral("/v3/projects"), "GET", token)),
        QStringLiteral("ModelArts.0202"), 5000);
    // ...and unknown once a new sign-in has purged the expired ones.
    backend.server().context().config().tokenLifetimeMs = 60000;
    const QByteArray fresh = backend.server().issueToken();
    QCOMPARE(errorCode(rawCall(backend.url(), QStringLiteral("/v3/projects"), "GET", token)),
        QStringLiteral("ModelArts.0203"));
    QCOMPARE(rawCall(backend.url(), QStringLiteral("/v3/projects"), "GET", fresh).status, 200);
}

void TestHostileInput::wrongPasswordsAreThrottled()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    server::ServerConfig &cfg = backend.server().context().config();
    cfg.freeLoginFailures = 3;
    cfg.loginThrottleMs = 400;
    const QString user = cfg.userName;
    const QString right = cfg.password;
    const auto signIn = [&](const QString &password)
    {
        return rawCall(backend.url(), QStringLiteral("/v3/auth/tokens"), "POST", {}, signInBody(user, password));
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(signIn(QStringLiteral("wrong%1").arg(i)).status, 401);
    // Now even the right password waits, with Retry-After.
    const RawReply throttled = signIn(right);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(errorCode(throttled), QStringLiteral("APIGW.0308"));
    QVERIFY(throttled.retryAfter.toInt() >= 1);
    // Once the wait is over the right password works, and resets the count.
    QTRY_COMPARE_WITH_TIMEOUT(signIn(right).status, 201, 5000);
    QCOMPARE(signIn(QStringLiteral("wrong")).status, 401);
    QCOMPARE(signIn(right).status, 201);
}

void TestHostileInput::pathsStayInTheDataDir_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    // dataset://../.. created a folder outside the data dir (issue 9).
    QTest::newRow("dataset ..") << u"dataset://../../escaped"_s << QString();
    QTest::newRow("dataset a/../../..") << u"dataset://a/../../../escaped"_s << QString();
    QTest::newRow("dataset absolute") << u"dataset:///tmp/escaped"_s << QString();
    QTest::newRow("dataset ..") << u"dataset://.."_s << QString();
    QTest::newRow("dataset newline") << u"dataset://a\n/../../escaped"_s << QString();
    QTest::newRow("obs ..") << QString() << u"obs://bucket-a/../../escaped/"_s;
    QTest::newRow("obs absolute-style ..") << QString() << u"/bucket-a/../../../escaped/"_s;
}

void TestHostileInput::pathsStayInTheDataDir()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QTemporaryDir parent;
    LocalBackend::Options options;
    options.dataDir = QDir(parent.path()).filePath(QStringLiteral("data"));
    LocalBackend backend(options);
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const QStringList before = treeOf(parent.path());

    const RawReply r = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(),
        localJobWithPaths(QStringLiteral("escape"), input, output));
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(errorCode(r), QStringLiteral("ModelArts.0101"));
    QCOMPARE(jobCount(backend), 0);
    // Nothing new outside the data dir, nor anywhere named "escaped".
    const QStringList after = treeOf(parent.path());
    for (const QString &path : after)
    {
        QVERIFY2(!path.contains(u"escaped"), qPrintable(path));
        QVERIFY2(before.contains(path) || path.startsWith(options.dataDir + u'/'), qPrintable(path));
    }
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/escaped")));

    // A dataset id that stays inside is fine, and lands under <data>/datasets.
    const RawReply ok = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(),
        localJobWithPaths(QStringLiteral("inside"), QStringLiteral("dataset://a/../b")));
    QVERIFY2(ok.status == 201 || ok.status == 200, ok.body.constData());
    QVERIFY(QFileInfo(QDir(options.dataDir).filePath(QStringLiteral("datasets/b"))).isDir());
}

void TestHostileInput::symlinkInABucketDoesNotEscape()
{
    QTemporaryDir parent;
    LocalBackend::Options options;
    options.dataDir = QDir(parent.path()).filePath(QStringLiteral("data"));
    LocalBackend backend(options);
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    // A bucket folder that is a symlink to somewhere outside: lexically inside, really outside.
    const QString outside = QDir(parent.path()).filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QDir().mkpath(QDir(options.dataDir).filePath(QStringLiteral("obs"))));
    QVERIFY(QFile::link(outside, QDir(options.dataDir).filePath(QStringLiteral("obs/bucket-link"))));

    const RawReply r = rawCall(backend.url(), jobsPath(backend), "POST", backend.server().issueToken(),
        localJobWithPaths(QStringLiteral("link"), QString(), QStringLiteral("obs://bucket-link/out/")));
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(errorCode(r), QStringLiteral("ModelArts.0101"));
    QVERIFY(QDir(outside).isEmpty());
}

void TestHostileInput::namesRejectNewlinesAndControls_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const auto job = [](const char *name)
    {
        return api::dumpJson(
            { { "kind", "job" }, { "metadata", { { "name", name } } }, { "algorithm", { { "command", "true" } } },
                { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } });
    };
    const auto notebook = [](const std::string &name)
    {
        return api::dumpJson({ { "name", name }, { "flavor", "modelarts.vm.cpu.2u" },
            { "image_id", "0117d4c8-4d9d-4333-b0f3-dbeb19a298e1" },
            { "volume", { { "category", "EVS" }, { "ownership", "MANAGED" }, { "capacity", 10 } } } });
    };
    // "^[A-Za-z0-9_-]+$" matched "job\n": "$" also matches before a final newline.
    QTest::newRow("job, trailing newline") << u"jobs"_s << job("job\n");
    QTest::newRow("job, tab") << u"jobs"_s << job("a\tb");
    QTest::newRow("job, NUL")
        << u"jobs"_s
        << QByteArray(
               R"({"kind":"job","metadata":{"name":"a\u0000b"},"algorithm":{"command":"true"},"spec":{"resource":{"pool_id":"local","node_count":1}}})");
    QTest::newRow("notebook, trailing newline") << u"notebooks"_s << notebook("nb\n");
    QTest::newRow("notebook, DEL") << u"notebooks"_s << notebook("nb\x7f");
    // Workspace names are trimmed first, so a newline inside is the case to refuse.
    QTest::newRow("workspace, newline") << u"workspaces"_s << api::dumpJson({ { "name", "te\nam" } });
}

void TestHostileInput::namesRejectNewlinesAndControls()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QString url
        = path == u"jobs" ? jobsPath(backend) : QStringLiteral("/v1/%1/%2").arg(backend.projectId(), path);
    const RawReply r = rawCall(backend.url(), url, "POST", backend.server().issueToken(), body);
    QVERIFY2(r.status == 400, qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
    QVERIFY2(!errorCode(r).isEmpty(), r.body.constData());
    QVERIFY(stillServes(backend));
}

void TestHostileInput::tagsRejectControlCharacters()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QByteArray token = backend.server().issueToken();
    const RawReply created = rawCall(
        backend.url(), jobsPath(backend), "POST", token, localJobWithPaths(QStringLiteral("tagged"), QString()));
    QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());
    const QString id = QString::fromStdString(api::parseJson(created.body)["metadata"]["id"].get<std::string>());
    const QString tags = QStringLiteral("/v2/%1/modelarts-training-job/%2/tags").arg(backend.projectId(), id);

    for (const QByteArray &bad : { QByteArray(R"({"tags":[{"key":"a\u0000b","value":"v"}]})"),
             QByteArray(R"({"tags":[{"key":"k","value":"line\nbreak"}]})"),
             QByteArray(R"({"tags":[{"key":"k\u001b[31m","value":"v"}]})") })
    {
        const RawReply r = rawCall(backend.url(), tags + QStringLiteral("/create"), "POST", token, bad);
        QVERIFY2(r.status == 400, bad.constData());
        QCOMPARE(errorCode(r), QStringLiteral("ModelArts.0101"));
    }
    const RawReply good = rawCall(backend.url(), tags + QStringLiteral("/create"), "POST", token,
        QByteArray(R"({"tags":[{"key":"team","value":"vision"}]})"));
    QCOMPARE(good.status, 204);
    const RawReply shown = rawCall(backend.url(), tags, "GET", token);
    QCOMPARE(shown.status, 200);
    QVERIFY(!shown.body.contains("\\u0000") && shown.body.contains("vision"));
}

void TestHostileInput::offsetsNearIntMaxDoNotWrap()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QByteArray token = backend.server().issueToken();
    const RawReply created = rawCall(
        backend.url(), jobsPath(backend), "POST", token, localJobWithPaths(QStringLiteral("only-job"), QString()));
    QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());
    const QString searches = QStringLiteral("/v2/%1/training-job-searches").arg(backend.projectId());

    // offset is a page number: INT_MAX × 10 wrapped round to page 0 and showed the job again.
    for (const QByteArray &body :
        { QByteArray(R"({"offset":2147483647,"limit":10})"), QByteArray(R"({"offset":214748365,"limit":10})") })
    {
        const RawReply r = rawCall(backend.url(), searches, "POST", token, body);
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY2(!r.body.contains("only-job"), r.body.constData());
    }
    const RawReply first = rawCall(backend.url(), searches, "POST", token, R"({"offset":0,"limit":10})");
    QVERIFY(first.body.contains("only-job"));
    // Beyond int: a 400, not a wrap.
    const RawReply beyond = rawCall(backend.url(), searches, "POST", token, R"({"offset":4294967296,"limit":10})");
    QCOMPARE(beyond.status, 400);
    const RawReply query = rawCall(
        backend.url(), QStringLiteral("/v1/%1/workspaces?offset=2147483648").arg(backend.projectId()), "GET", token);
    QCOMPARE(query.status, 400);
    const RawReply notebooks = rawCall(backend.url(),
        QStringLiteral("/v1/%1/notebooks?offset=2147483647&limit=1000").arg(backend.projectId()), "GET", token);
    QVERIFY2(notebooks.status == 200, notebooks.body.constData());
}

void TestHostileInput::hugeOrNonFiniteDurationsAre400_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::newRow("1e308") << QByteArray("1e308");
    QTest::newRow("1e400 (inf when parsed)") << QByteArray("1e400");
    QTest::newRow("-1e308") << QByteArray("-1e308");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("\"inf\"") << QByteArray(R"("inf")");
    QTest::newRow("\"NaN\"") << QByteArray(R"("NaN")");
    QTest::newRow("fraction") << QByteArray("3600000.5");
}

void TestHostileInput::hugeOrNonFiniteDurationsAre400()
{
    QFETCH(QByteArray, duration);
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QByteArray body
        = R"({"name":"nb-dur","flavor":"modelarts.vm.cpu.2u","image_id":"0117d4c8-4d9d-4333-b0f3-dbeb19a298e1",)"
          R"("volume":{"category":"EVS","ownership":"MANAGED","capacity":10},"duration":)"
        + duration + "}";
    const RawReply r = rawCall(backend.url(), QStringLiteral("/v1/%1/notebooks").arg(backend.projectId()), "POST",
        backend.server().issueToken(), body);
    QVERIFY2(r.status == 400, qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
    QVERIFY(!errorCode(r).isEmpty());
    QCOMPARE(backend.server().store().count(QStringLiteral("notebook")), 0);
    QVERIFY(stillServes(backend));
}

void TestHostileInput::numbersOutOfRangeAreRefused_data()
{
    QTest::addColumn<api::Json>("value");
    QTest::addColumn<bool>("asDouble");
    QTest::newRow("\"inf\" as a double") << api::Json("inf") << true;
    QTest::newRow("\"nan\" as a double") << api::Json("nan") << true;
    QTest::newRow("infinity as a double") << api::Json(std::numeric_limits<double>::infinity()) << true;
    // double(INT64_MAX) is 2^63: it passed "> max" and overflowed the cast to qint64.
    QTest::newRow("2^63 as an integer") << api::Json(9223372036854775808.0) << false;
    QTest::newRow("\"1e308\" as an integer") << api::Json("1e308") << false;
}

void TestHostileInput::numbersOutOfRangeAreRefused()
{
    QFETCH(api::Json, value);
    QFETCH(bool, asDouble);
    if (asDouble)
        QVERIFY_THROWS_EXCEPTION(api::DecodeError, api::fromJson<double>(value));
    else
        QVERIFY_THROWS_EXCEPTION(api::DecodeError, api::fromJson<qint64>(value));
    QCOMPARE(api::fromJson<double>(api::Json("2.5")), 2.5);
    QCOMPARE(api::fromJson<qint64>(api::Json(9223372036854774784.0)), Q_INT64_C(9223372036854774784));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
