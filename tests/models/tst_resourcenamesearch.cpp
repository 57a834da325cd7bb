// ResourceNameSearch (the command palette's search of the server) against the real local
// backend over HTTP: training jobs, notebooks and pools whose names contain the text are
// found through the list endpoints and nothing else is; a newer search drops the older one's
// answers; an unreachable server fails each kind and still finishes.

#include "api/authenticators.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/resourcenamesearch.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace ma;
using models::FoundResource;
using models::ResourceNameSearch;
using models::WatchKind;
using test::createNotebook;
using test::createPool;

namespace
{
constexpr int kWaitMs = 20000;

/** What one search delivered: the resources per kind, failures, and how often it finished. */
struct Collected
{
    QStringList texts; // the text every signal carried
    std::map<WatchKind, std::vector<FoundResource>> found;
    std::vector<WatchKind> failed;
    int finished = 0;
};

void collect(ResourceNameSearch &search, Collected &into)
{
    QObject::connect(&search, &ResourceNameSearch::found,
        [&into](const QString &text, const std::vector<FoundResource> &resources)
        {
            into.texts << text;
            for (const FoundResource &r : resources)
                into.found[r.kind].push_back(r);
        });
    QObject::connect(&search, &ResourceNameSearch::failed,
        [&into](const QString &text, WatchKind kind, const api::ApiError &)
        {
            into.texts << text;
            into.failed.push_back(kind);
        });
    QObject::connect(&search, &ResourceNameSearch::finished,
        [&into](const QString &text)
        {
            into.texts << text;
            ++into.finished;
        });
}

QStringList names(const std::vector<FoundResource> &resources)
{
    QStringList out;
    for (const FoundResource &r : resources)
        out << r.name;
    out.sort();
    return out;
}
} // namespace

class TestResourceNameSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findsEachKindByName();
    void newerSearchDropsTheOlder();
    void unreachableServerFailsEachKind();
};

void TestResourceNameSearch::findsEachKindByName()
{
    test::LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    const QString jobA = test::createLocalJob(*client, QStringLiteral("needle-train-a"), QStringLiteral("true"));
    const QString jobB = test::createLocalJob(*client, QStringLiteral("Needle-Train-B"), QStringLiteral("true"));
    QVERIFY(!test::createLocalJob(*client, QStringLiteral("haystack-job"), QStringLiteral("true")).isEmpty());
    const QString notebook = createNotebook(*client, QStringLiteral("needle-notebook"));
    QVERIFY(!createNotebook(*client, QStringLiteral("other-notebook")).isEmpty());
    const QString pool = createPool(*client, QStringLiteral("needle-pool"));
    QVERIFY(!jobA.isEmpty() && !jobB.isEmpty() && !notebook.isEmpty() && !pool.isEmpty());

    models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
        backend.accessKeyClient().release());
    ResourceNameSearch search(&connection);
    Collected got;
    collect(search, got);
    QSignalSpy finished(&search, &ResourceNameSearch::finished);
    search.search(QStringLiteral("  needle "));
    QVERIFY(search.isSearching());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!search.isSearching());

    QCOMPARE(got.finished, 1);
    QVERIFY(got.failed.empty());
    QCOMPARE(got.texts, QStringList(4, QStringLiteral("needle")));
    QCOMPARE(names(got.found[WatchKind::TrainingJob]),
        QStringList({ QStringLiteral("Needle-Train-B"), QStringLiteral("needle-train-a") }));
    for (const FoundResource &job : got.found[WatchKind::TrainingJob])
    {
        QCOMPARE(job.id, job.name == u"needle-train-a" ? jobA : jobB);
        QVERIFY(!job.status.isEmpty());
        QVERIFY(!job.statusText.isEmpty());
    }
    QCOMPARE(got.found[WatchKind::Notebook].size(), size_t(1));
    QCOMPARE(got.found[WatchKind::Notebook].front().id, notebook);
    QCOMPARE(got.found[WatchKind::Notebook].front().name, QStringLiteral("needle-notebook"));
    QCOMPARE(got.found[WatchKind::Pool].size(), size_t(1));
    QCOMPARE(got.found[WatchKind::Pool].front().id, pool);
    QCOMPARE(got.found[WatchKind::Pool].front().name, QStringLiteral("needle-pool"));

    // A name nobody has: every kind answers with nothing.
    Collected none;
    ResourceNameSearch other(&connection);
    collect(other, none);
    QSignalSpy otherFinished(&other, &ResourceNameSearch::finished);
    other.search(QStringLiteral("zzz-nothing"));
    QVERIFY(otherFinished.wait(kWaitMs));
    QVERIFY(none.found.empty());
    QVERIFY(none.failed.empty());
}

void TestResourceNameSearch::newerSearchDropsTheOlder()
{
    test::LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const auto client = backend.accessKeyClient();
    QVERIFY(!test::createLocalJob(*client, QStringLiteral("first-word"), QStringLiteral("true")).isEmpty());
    QVERIFY(!test::createLocalJob(*client, QStringLiteral("second-word"), QStringLiteral("true")).isEmpty());
    models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
        backend.accessKeyClient().release());

    ResourceNameSearch search(&connection);
    Collected got;
    collect(search, got);
    QSignalSpy finished(&search, &ResourceNameSearch::finished);
    search.search(QStringLiteral("first"));
    search.search(QStringLiteral("second"));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(got.finished, 1);
    QCOMPARE(got.texts, QStringList(4, QStringLiteral("second")));
    QCOMPARE(names(got.found[WatchKind::TrainingJob]), QStringList { QStringLiteral("second-word") });

    // Cancelled: nothing more comes.
    search.search(QStringLiteral("first"));
    search.cancel();
    QVERIFY(!search.isSearching());
    QVERIFY(!finished.wait(1000));
    QCOMPARE(got.finished, 1);
}

void TestResourceNameSearch::unreachableServerFailsEachKind()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto *client = new api::ApiClient(api::Endpoints { nowhere, nowhere });
    client->setAuthenticator(new api::AccessKeyAuthenticator(
        api::AccessKeyCredentials { "AK", "SK", {} }, QStringLiteral("local"), QStringLiteral("project")));
    models::Connection connection(
        models::Connection::Kind::HuaweiCloud, QStringLiteral("Gone"), QStringLiteral("nowhere"), client);

    ResourceNameSearch search(&connection);
    Collected got;
    collect(search, got);
    QSignalSpy finished(&search, &ResourceNameSearch::finished);
    search.search(QStringLiteral("anything"));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(got.finished, 1);
    QCOMPARE(got.failed.size(), size_t(3));
    QVERIFY(got.found.empty());
}

QTEST_MAIN(TestResourceNameSearch)
#include "tst_resourcenamesearch.moc"
