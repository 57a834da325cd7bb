// Notebooks of modelarts-local (api.md §2.3, N-1..N-17) over real HTTP with the api/ client:
// lifecycle at a high time scale, lists, state rules, lease and auto stop, OBS mounts,
// validation codes, flavors and images, dedicated pools, persistence and published bodies.

#include "api/notebookrequests.h"
#include "api/types/notebook.h"
#include "localbackend.h"
#include "specexamples.h"

#include <QTest>

using namespace ma;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
const QString kCpuImage = QStringLiteral("0117d4c8-4d9d-4333-b0f3-dbeb19a298e1"); // mindspore1.7.0 CPU
const QString kAscendImage = QStringLiteral("7efabf0e-6dd8-4882-87e5-ebb83fbf77d3"); // pytorch 2.1 Ascend
const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.2u");
const int kWaitMs = 15000;

using Query = QList<std::pair<QString, QString>>;

api::ApiResult call(api::ApiClient &client, const char *method, const QString &path, const QByteArray &body = {},
    const Query &query = {})
{
    api::ApiRequest r;
    r.method = QByteArray(method);
    r.path = path;
    r.body = body;
    r.query = query;
    return callAndWait(client, r);
}

QByteArray dump(const Json &j)
{
    return api::dumpJson(j);
}

Json createBody(const QString &name, const QString &flavor = kCpuFlavor, const QString &image = kCpuImage)
{
    return { { "name", name.toStdString() }, { "flavor", flavor.toStdString() }, { "image_id", image.toStdString() },
        { "volume", { { "category", "EVS" }, { "ownership", "MANAGED" }, { "capacity", 10 } } } };
}

QString nbPath(const QString &id, const QString &tail = QString())
{
    return QStringLiteral("/v1/{project_id}/notebooks/") + id + tail;
}

api::Notebook create(api::ApiClient &client, const Json &body)
{
    const api::ApiResult r = call(client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(body));
    if (!r.ok())
        qWarning("create failed: %s", r.body.constData());
    return r.ok() ? api::fromBody<api::Notebook>(r.body) : api::Notebook();
}

QString statusOf(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = call(client, "GET", nbPath(id));
    if (!r.ok())
        return r.error.code;
    return api::fromBody<api::Notebook>(r.body).status.value_or(QString());
}

QStringList eventNames(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = call(client, "GET", nbPath(id, QStringLiteral("/events")));
    QStringList names;
    if (!r.ok())
        return names;
    const Json body = api::parseJson(r.body);
    for (const Json &e : body.at("events"))
        names << QString::fromStdString(e.value("event", std::string()));
    return names;
}

QString eventText(api::ApiClient &client, const QString &id)
{
    return QString::fromUtf8(call(client, "GET", nbPath(id, QStringLiteral("/events"))).body);
}

/** Inserts a running dedicated pool with @p nodes Available nodes, as the pool module stores them. */
void addPool(LocalBackend &backend, const QString &name, const QStringList &scope, const QString &flavor, int nodes)
{
    Json scopeJson = Json::array();
    for (const QString &s : scope)
        scopeJson.push_back(s.toStdString());
    const Json pool
        = { { "metadata",
                { { "name", name.toStdString() }, { "labels", { { "os.modelarts/name", name.toStdString() } } } } },
              { "spec",
                  { { "scope", scopeJson },
                      { "resources", { { { "flavor", flavor.toStdString() }, { "count", nodes } } } } } },
              { "status", { { "phase", "Running" } } } };
    server::ResourceIndex index;
    index.name = name;
    index.status = QStringLiteral("Running");
    index.createdMs = QDateTime::currentMSecsSinceEpoch();
    backend.server().store().put(QStringLiteral("pool"), name, pool, index);
    for (int i = 0; i < nodes; ++i)
    {
        const QString node = QStringLiteral("%1-node-%2").arg(name).arg(i);
        const Json doc
            = { { "metadata", { { "name", node.toStdString() } } }, { "status", { { "phase", "Available" } } } };
        server::ResourceIndex ni;
        ni.name = node;
        ni.status = QStringLiteral("Available");
        ni.parent = name;
        ni.createdMs = index.createdMs;
        backend.server().store().put(QStringLiteral("node"), node, doc, ni);
    }
}
} // namespace

class TestNotebookModule : public QObject
{
    Q_OBJECT

private slots:
    void createReachesRunning();
    void listPagingAndFilters();
    void viewAllListsEveryUsersNotebooks();
    void stopStartAndStateRules();
    void leaseGetAndProlong();
    void autoStopWhenLeaseRunsOut();
    void obsStorageMountAndUnmount();
    void deleteThenNotFound();
    void validationErrors_data();
    void validationErrors();
    void accountLimit();
    void flavorsAndImages();
    void dedicatedPoolHoldsAUnit();
    void malformedJsonIs400();
    void persistsAcrossRestart();
    void publishedBodies();
    void demoData();
    void tagsCreateListDeleteAndSummary();
    void saveImageSnapshotsThenListsItPrivate();
    void saveImageFailsWhenTheLeaseRunsOut();
    void evsExpansionWhileRunning();
    void failedStatusesAreServed();
    void cleanupTestCase();

private:
    // One server for the data-driven validation rows (none of them creates anything).
    std::unique_ptr<LocalBackend> m_shared;
    std::unique_ptr<api::ApiClient> m_sharedClient;
};

void TestNotebookModule::createReachesRunning()
{
    LocalBackend backend({ 100.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto client = backend.accessKeyClient();

    Json body = createBody(QStringLiteral("nb-lifecycle"));
    body["description"] = "first notebook";
    const api::ApiResult r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(body));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(r.httpStatus, 200);
    const auto nb = api::fromBody<api::Notebook>(r.body);
    QVERIFY(nb.id && nb.id->size() == 36);
    QCOMPARE(nb.status, QStringLiteral("CREATING"));
    QCOMPARE(nb.workspaceId, QStringLiteral("0"));
    QCOMPARE(nb.feature, QStringLiteral("NOTEBOOK"));
    QVERIFY(nb.image && nb.image->id == kCpuImage && nb.image->swrPath);
    QVERIFY(nb.lease && nb.lease->enable == true);
    QCOMPARE(nb.lease->duration, 3600000);
    QCOMPARE(nb.lease->type, QStringLiteral("TIMING"));
    QCOMPARE(nb.volume->category, QStringLiteral("EVS"));
    QCOMPARE(nb.volume->capacity, 10);
    QCOMPARE(nb.volume->mountPath, QStringLiteral("/home/ma-user/work/"));
    QVERIFY(nb.actionProgress);
    QCOMPARE(nb.actionProgress->size(), size_t(4));
    QCOMPARE(nb.actionProgress->at(0).step, 1);
    QCOMPARE(nb.actionProgress->at(0).status, QStringLiteral("PROCESSING"));
    for (size_t i = 1; i < 4; ++i)
        QCOMPARE(nb.actionProgress->at(i).status, QStringLiteral("WAITING"));

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, *nb.id), QStringLiteral("RUNNING"), kWaitMs);
    const auto running = api::fromBody<api::Notebook>(call(*client, "GET", nbPath(*nb.id)).body);
    QVERIFY(running.url && running.url->contains(*nb.id));
    QVERIFY(running.token && !running.token->isEmpty());
    QVERIFY(running.actionProgress);
    for (const auto &p : *running.actionProgress)
        QCOMPARE(p.status, QStringLiteral("COMPLETED"));
    const QStringList events = eventNames(*client, *nb.id);
    for (const char *expected : { "CreateNotebook", "Scheduled", "PullingImage", "PulledImage", "NotebookHealthy" })
        QVERIFY2(events.contains(QString::fromLatin1(expected)), qPrintable(events.join(u',')));
    // Public pool: no pool object, and the notebook holds one unit on "" while running.
    QVERIFY(!running.pool);
}

void TestNotebookModule::listPagingAndFilters()
{
    LocalBackend backend({ 1.0, false, {} }); // slow: everything stays CREATING
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    for (const char *name : { "alpha-one", "alpha-two", "beta" })
        QVERIFY(create(*client, createBody(QString::fromLatin1(name))).id);

    const QString path = QStringLiteral("/v1/{project_id}/notebooks");
    auto page = api::fromBody<api::NotebookList>(
        call(*client, "GET", path, {}, { { QStringLiteral("limit"), QStringLiteral("2") } }).body);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.data.size(), size_t(2));
    QCOMPARE(page.size, 2);
    QCOMPARE(page.pages, 2);
    QCOMPARE(page.current, 0);
    page = api::fromBody<api::NotebookList>(call(*client, "GET", path, {},
        { { QStringLiteral("limit"), QStringLiteral("2") }, { QStringLiteral("offset"), QStringLiteral("2") } })
                                                .body);
    QCOMPARE(page.data.size(), size_t(1));
    QCOMPARE(page.current, 1);

    page = api::fromBody<api::NotebookList>(
        call(*client, "GET", path, {}, { { QStringLiteral("name"), QStringLiteral("ALPHA") } }).body);
    QCOMPARE(page.total, 2);
    page = api::fromBody<api::NotebookList>(
        call(*client, "GET", path, {}, { { QStringLiteral("status"), QStringLiteral("CREATING") } }).body);
    QCOMPARE(page.total, 3);
    page = api::fromBody<api::NotebookList>(
        call(*client, "GET", path, {}, { { QStringLiteral("status"), QStringLiteral("RUNNING") } }).body);
    QCOMPARE(page.total, 0);
    page = api::fromBody<api::NotebookList>(call(*client, "GET", path, {},
        { { QStringLiteral("sort_key"), QStringLiteral("name") },
            { QStringLiteral("sort_dir"),
                QStringLiteral("ASC") } }).body);
    QCOMPARE(page.data.size(), size_t(3));
    QCOMPARE(page.data[0].name, QStringLiteral("alpha-one"));
    QCOMPARE(page.data[2].name, QStringLiteral("beta"));
    // /notebooks/all answers the same list (one local user).
    page
        = api::fromBody<api::NotebookList>(call(*client, "GET", QStringLiteral("/v1/{project_id}/notebooks/all")).body);
    QCOMPARE(page.total, 3);

    api::ApiResult r = call(*client, "GET", path, {}, { { QStringLiteral("sort_key"), QStringLiteral("flavour") } });
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6303"));
    r = call(*client, "GET", path, {}, { { QStringLiteral("status"), QStringLiteral("SLEEPING") } });
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "GET", path, {}, { { QStringLiteral("limit"), QStringLiteral("0") } });
    QCOMPARE(r.error.httpStatus, 400);
}

void TestNotebookModule::viewAllListsEveryUsersNotebooks()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const auto mine = create(*client, createBody(QStringLiteral("mine")));
    QVERIFY(mine.id);
    QCOMPARE(mine.user->name, QStringLiteral("admin"));
    const QString alice
        = test::copyNotebookOfOtherUser(backend, *mine.id, QStringLiteral("alices"), QStringLiteral("alice"));
    const QString bob = test::copyNotebookOfOtherUser(backend, *mine.id, QStringLiteral("bobs"), QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());

    const auto names = [&](const QString &path, const Query &query = {})
    {
        const api::ApiResult r = call(*client, "GET", path, {}, query);
        QStringList out;
        if (!r.ok())
            return QStringList { QString::fromUtf8(r.body) };
        for (const api::Notebook &n : api::fromBody<api::NotebookList>(r.body).data)
            out << n.name.value_or(QString());
        out.sort();
        return out;
    };
    const QString own = QStringLiteral("/v1/{project_id}/notebooks");
    const QString all = QStringLiteral("/v1/{project_id}/notebooks/all");
    // N-2: the caller's own; N-3: every user's, with `total` counting what is listed.
    QCOMPARE(names(own), QStringList { QStringLiteral("mine") });
    QCOMPARE(names(all), (QStringList { QStringLiteral("alices"), QStringLiteral("bobs"), QStringLiteral("mine") }));
    QCOMPARE(api::fromBody<api::NotebookList>(call(*client, "GET", all).body).total, 3);
    QCOMPARE(api::fromBody<api::NotebookList>(call(*client, "GET", own).body).total, 1);
    // owner narrows to one user, by name or by id; N-2 never shows another user's.
    QCOMPARE(
        names(all, { { QStringLiteral("owner"), QStringLiteral("alice") } }), QStringList { QStringLiteral("alices") });
    QCOMPARE(
        names(all, { { QStringLiteral("owner"), QStringLiteral("iam-bob") } }), QStringList { QStringLiteral("bobs") });
    QCOMPARE(names(own, { { QStringLiteral("owner"), QStringLiteral("alice") } }), QStringList());
    // The other filters still apply to N-3.
    QCOMPARE(names(all, { { QStringLiteral("name"), QStringLiteral("BOB") } }), QStringList { QStringLiteral("bobs") });
    // Another user's notebook is still readable by id.
    QCOMPARE(
        api::fromBody<api::Notebook>(call(*client, "GET", nbPath(alice)).body).user->name, QStringLiteral("alice"));
}

void TestNotebookModule::stopStartAndStateRules()
{
    // Slow enough that STARTING (12 s nominal) lasts 600 ms: the test stops it meanwhile.
    LocalBackend backend({ 20.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-states"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);

    api::ApiResult r = call(*client, "POST", nbPath(id, QStringLiteral("/start")));
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6305"));
    r = call(*client, "PUT", nbPath(id), dump({ { "description", "while running" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6305"));

    r = call(*client, "POST", nbPath(id, QStringLiteral("/stop")));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Notebook>(r.body).status, QStringLiteral("STOPPING"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kWaitMs);
    r = call(*client, "POST", nbPath(id, QStringLiteral("/stop")));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6307"));

    // Update while stopped: name, description, a switchable flavor and a bigger disk.
    r = call(*client, "PUT", nbPath(id),
        dump({ { "name", "nb-renamed" }, { "description", "tuned" }, { "flavor", "modelarts.vm.cpu.8u" },
            { "storage_new_size", 20 } }));
    QVERIFY2(r.ok(), r.body.constData());
    auto nb = api::fromBody<api::Notebook>(r.body);
    QCOMPARE(nb.name, QStringLiteral("nb-renamed"));
    QCOMPARE(nb.description, QStringLiteral("tuned"));
    QCOMPARE(nb.flavor, QStringLiteral("modelarts.vm.cpu.8u"));
    QCOMPARE(nb.volume->capacity, 20);
    QCOMPARE(nb.status, QStringLiteral("STOPPED"));
    r = call(*client, "PUT", nbPath(id), dump({ { "storage_new_size", 10 } })); // shrinking is refused
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "PUT", nbPath(id), dump({ { "flavor", "modelarts.vm.gpu.t4" } })); // another category
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY(eventNames(*client, id).contains(QStringLiteral("UpdateFlavor")));

    r = call(*client, "POST", nbPath(id, QStringLiteral("/start")), {},
        { { QStringLiteral("duration"), QStringLiteral("7200000") },
            { QStringLiteral("type"), QStringLiteral("timing") } });
    QVERIFY2(r.ok(), r.body.constData());
    nb = api::fromBody<api::Notebook>(r.body);
    QCOMPARE(nb.status, QStringLiteral("STARTING"));
    QVERIFY(nb.lease->duration.value_or(0) >= 7200000);
    QCOMPARE(nb.lease->enable, true);
    // The lease ends two hours (nominal) after the start; duration counts from create_at in
    // nominal time, so at scale 20 the real time since create_at weighs 200 times.
    const qint64 nominalElapsed = (*nb.lease->updateAt - *nb.lease->createAt) * 20;
    const qint64 remaining = *nb.lease->duration - nominalElapsed;
    QVERIFY2(qAbs(remaining - 7200000) <= 1000, qPrintable(QString::number(remaining)));
    r = call(*client, "POST", nbPath(id, QStringLiteral("/stop")));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6306"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);
    r = call(*client, "POST", nbPath(id, QStringLiteral("/start")), {},
        { { QStringLiteral("duration"), QStringLiteral("60000") } });
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6305"));
}

void TestNotebookModule::leaseGetAndProlong()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-lease"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());

    api::ApiResult r = call(*client, "GET", nbPath(id, QStringLiteral("/lease")));
    QVERIFY(r.ok());
    const auto lease = api::fromBody<api::Lease>(r.body);
    QCOMPARE(lease.duration, 3600000);
    QCOMPARE(lease.enable, true);
    QVERIFY(lease.createAt);

    // Prolonging needs a running (or starting) instance.
    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")), dump({ { "duration", 7200000 } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6306"));

    // Mark it running in the store: at scale 1 the lease arithmetic is exact to the second.
    server::Store &store = backend.server().store();
    Json doc = *store.get(QStringLiteral("notebook"), id);
    doc["status"] = "RUNNING";
    server::ResourceIndex index;
    index.name = QStringLiteral("nb-lease");
    index.status = QStringLiteral("RUNNING");
    index.createdMs = doc["create_at"].get<qint64>();
    index.units = 1;
    store.put(QStringLiteral("notebook"), id, doc, index);

    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")),
        dump({ { "duration", 7200000 }, { "type", "timing" } }));
    QVERIFY2(r.ok(), r.body.constData());
    auto renewed = api::fromBody<api::Lease>(r.body);
    const qint64 end = *renewed.createAt + *renewed.duration;
    QVERIFY(end >= QDateTime::currentMSecsSinceEpoch() + 7200000 - 5000);
    QVERIFY(end <= QDateTime::currentMSecsSinceEpoch() + 7200000 + 5000);
    QCOMPARE(renewed.type, QStringLiteral("TIMING"));

    // A duration in the query wins over the body.
    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")), dump({ { "duration", 3600000 } }),
        { { QStringLiteral("duration"), QStringLiteral("10800000") } });
    QVERIFY2(r.ok(), r.body.constData());
    renewed = api::fromBody<api::Lease>(r.body);
    QVERIFY(*renewed.createAt + *renewed.duration >= QDateTime::currentMSecsSinceEpoch() + 10800000 - 5000);
    const auto shown = api::fromBody<api::Lease>(call(*client, "GET", nbPath(id, QStringLiteral("/lease"))).body);
    QCOMPARE(shown.duration, renewed.duration);

    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")), dump({ { "duration", 100 } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")),
        dump({ { "duration", 3600000 }, { "type", "forever" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY(eventNames(*client, id).contains(QStringLiteral("RenewLease")));
}

void TestNotebookModule::autoStopWhenLeaseRunsOut()
{
    // 1 h nominal is 1.8 s at this scale; creation takes a few ms.
    LocalBackend backend({ 2000.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    Json shortBody = createBody(QStringLiteral("nb-short"));
    shortBody["duration"] = 3600000;
    const QString shortId = create(*client, shortBody).id.value_or(QString());
    const QString longId = create(*client, createBody(QStringLiteral("nb-prolonged"))).id.value_or(QString());
    QVERIFY(!shortId.isEmpty() && !longId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, longId), QStringLiteral("RUNNING"), kWaitMs);
    const api::ApiResult r = call(*client, "PATCH", nbPath(longId, QStringLiteral("/lease")), {},
        { { QStringLiteral("duration"), QStringLiteral("259200000") } });
    QVERIFY2(r.ok(), r.body.constData());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, shortId), QStringLiteral("STOPPED"), kWaitMs);
    QCOMPARE(statusOf(*client, longId), QStringLiteral("RUNNING"));
    const QString events = eventText(*client, shortId);
    QVERIFY2(events.contains(QStringLiteral("auto-stop duration has expired")), qPrintable(events));
    QVERIFY(events.contains(QStringLiteral("The instance has been stopped.")));
}

void TestNotebookModule::obsStorageMountAndUnmount()
{
    LocalBackend backend({ 50.0, false, {} }); // creation takes 880 ms: the first mount meets CREATING
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-obs"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    const QString storage = nbPath(id, QStringLiteral("/storage"));
    const Json mount
        = { { "category", "OBS" }, { "mount_path", "/data/demo/" }, { "uri", "obs://my-bucket/datasets/demo/" } };

    api::ApiResult r = call(*client, "POST", storage, dump(mount)); // still CREATING
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6306"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);

    r = call(*client, "POST", storage, dump(mount));
    QVERIFY2(r.ok(), r.body.constData());
    const auto volume = api::fromBody<api::DataVolume>(r.body);
    QCOMPARE(volume.status, QStringLiteral("MOUNTING"));
    QCOMPARE(volume.category, QStringLiteral("OBSFS"));
    QCOMPARE(volume.mountPath, QStringLiteral("/data/demo/"));
    QCOMPARE(volume.uri, QStringLiteral("obs://my-bucket/datasets/demo/"));
    QVERIFY(!api::parseJson(r.body).contains("_since"));

    const auto volumeStatus = [&]
    {
        const api::ApiResult s = call(*client, "GET", storage + u'/' + volume.id);
        return s.ok() ? api::fromBody<api::DataVolume>(s.body).status.value_or(QString()) : s.error.code;
    };
    QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(), QStringLiteral("MOUNTED"), kWaitMs);
    auto list = api::fromBody<api::DataVolumeList>(call(*client, "GET", storage).body);
    QCOMPARE(list.total, 1);
    QCOMPARE(list.data.front().id, volume.id);

    r = call(*client, "POST", storage, dump(mount)); // same folder twice
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "POST", storage,
        dump({ { "category", "OBS" }, { "mount_path", "/home/ma-user/x/" }, { "uri", "obs://b1/x/" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "POST", storage,
        dump({ { "category", "OBS" }, { "mount_path", "/data/x/" }, { "uri", "s3://bucket/x/" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "GET", storage + QStringLiteral("/no-such-storage"));
    QCOMPARE(r.error.httpStatus, 404);
    QVERIFY(r.error.isNotFound());

    r = call(*client, "DELETE", storage + u'/' + volume.id);
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::DataVolume>(r.body).status, QStringLiteral("UNMOUNTING"));
    QTRY_COMPARE_WITH_TIMEOUT(api::fromBody<api::DataVolumeList>(call(*client, "GET", storage).body).total, 0, kWaitMs);
    const QStringList events = eventNames(*client, id);
    QVERIFY(events.contains(QStringLiteral("DynamicMountStorage")));
    QVERIFY(events.contains(QStringLiteral("DynamicUnmountStorage")));

    QVERIFY(call(*client, "POST", nbPath(id, QStringLiteral("/stop"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kWaitMs);
    r = call(*client, "POST", storage, dump(mount));
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6307"));
}

void TestNotebookModule::deleteThenNotFound()
{
    // DELETING lasts 6 s nominal, 300 ms here: long enough to see it twice.
    LocalBackend backend({ 20.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-delete"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());

    api::ApiResult r = call(*client, "DELETE", nbPath(id));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(api::fromBody<api::Notebook>(r.body).status, QStringLiteral("DELETING"));
    r = call(*client, "DELETE", nbPath(id));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ModelArts.6309"), kWaitMs);

    r = call(*client, "GET", nbPath(id));
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.message, QStringLiteral("The instance does not exist."));
    QVERIFY(r.error.isNotFound());
    QCOMPARE(call(*client, "POST", nbPath(id, QStringLiteral("/start"))).error.code, QStringLiteral("ModelArts.6309"));
    QCOMPARE(call(*client, "GET", nbPath(id, QStringLiteral("/lease"))).error.code, QStringLiteral("ModelArts.6309"));
    QCOMPARE(backend.server().store().events(QStringLiteral("notebook"), id).size(), size_t(0));
}

void TestNotebookModule::validationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const auto with = [](const std::function<void(Json &)> &edit)
    {
        Json body = createBody(QStringLiteral("nb-valid"));
        edit(body);
        return dump(body);
    };
    const QString invalid = QStringLiteral("ModelArts.0101");
    QTest::newRow("name with spaces") << with([](Json &b) { b["name"] = "bad name!"; }) << invalid;
    QTest::newRow("name too long") << with([](Json &b) { b["name"] = std::string(129, 'a'); }) << invalid;
    QTest::newRow("empty name") << with([](Json &b) { b["name"] = ""; }) << invalid;
    QTest::newRow("description with <") << with([](Json &b) { b["description"] = "a <b>"; }) << invalid;
    QTest::newRow("unknown flavor") << with([](Json &b) { b["flavor"] = "modelarts.vm.cpu.999u"; }) << invalid;
    QTest::newRow("unknown image") << with([](Json &b) { b["image_id"] = "00000000-0000-0000-0000-000000000000"; })
                                   << invalid;
    QTest::newRow("image without the flavor's chip")
        << with([](Json &b) { b["image_id"] = kAscendImage.toStdString(); }) << invalid;
    QTest::newRow("capacity below 5") << with([](Json &b) { b["volume"]["capacity"] = 4; }) << invalid;
    QTest::newRow("capacity above 4096") << with([](Json &b) { b["volume"]["capacity"] = 5000; }) << invalid;
    QTest::newRow("OBS storage") << with([](Json &b) { b["volume"]["category"] = "OBS"; }) << invalid;
    QTest::newRow("EFS without a pool") << with([](Json &b) { b["volume"]["category"] = "EFS"; }) << invalid;
    QTest::newRow("bad ownership") << with([](Json &b) { b["volume"]["ownership"] = "SHARED"; }) << invalid;
    QTest::newRow("missing volume") << with([](Json &b) { b.erase("volume"); }) << invalid;
    QTest::newRow("missing flavor") << with([](Json &b) { b.erase("flavor"); }) << invalid;
    QTest::newRow("six whitelist IPs") << with(
        [](Json &b)
        {
            b["endpoints"] = { { { "service", "NOTEBOOK" },
                { "allowed_access_ips", { "1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.5", "1.1.1.6" } } } };
        }) << invalid;
    QTest::newRow("not an IP") << with(
        [](Json &b) {
            b["endpoints"] = { { { "service", "NOTEBOOK" }, { "allowed_access_ips", { "one.two" } } } };
        }) << invalid;
    QTest::newRow("SSH without key pair") << with(
        [](Json &b) {
            b["endpoints"] = { { { "service", "SSH" } } };
        }) << invalid;
    QTest::newRow("duration below 1 h") << with([](Json &b) { b["duration"] = 60000; }) << invalid;
    QTest::newRow("lease above 72 h") << with([](Json &b) { b["lease"] = { { "duration", 259200001 } }; }) << invalid;
    QTest::newRow("unknown pool") << with([](Json &b) { b["pool_id"] = "pool-nowhere"; }) << invalid;
    QTest::newRow("unknown workspace") << with([](Json &b) { b["workspace_id"] = "0123456789abcdef0123456789abcdef"; })
                                       << QStringLiteral("ModelArts.0102");
}

void TestNotebookModule::validationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    if (!m_shared)
    {
        m_shared = std::make_unique<LocalBackend>(LocalBackend::Options { 1.0, false, {} });
        m_sharedClient = m_shared->accessKeyClient();
    }
    LocalBackend *backend = m_shared.get();
    QVERIFY(backend->isRunning());
    const api::ApiResult r = call(*m_sharedClient, "POST", QStringLiteral("/v1/{project_id}/notebooks"), body);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, code);
    QVERIFY2(!r.error.message.isEmpty(), r.body.constData());
    QCOMPARE(backend->server().store().count(QStringLiteral("notebook")), 0);
}

void TestNotebookModule::accountLimit()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    for (int i = 0; i < 10; ++i)
        QVERIFY(create(*client, createBody(QStringLiteral("nb-%1").arg(i))).id);
    const api::ApiResult r = call(
        *client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(createBody(QStringLiteral("nb-eleven"))));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6302"));
}

void TestNotebookModule::flavorsAndImages()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();

    api::ApiResult r = call(*client, "GET", QStringLiteral("/v1/{project_id}/notebooks/flavors"));
    QVERIFY2(r.ok(), r.body.constData());
    auto flavors = api::fromBody<api::NotebookFlavorList>(r.body);
    QCOMPARE(flavors.total, 5);
    QVERIFY(flavors.flavors && flavors.flavors->size() == flavors.data.size());
    const auto cpu2
        = std::find_if(flavors.data.begin(), flavors.data.end(), [](const auto &f) { return f.id == kCpuFlavor; });
    QVERIFY(cpu2 != flavors.data.end());
    QCOMPARE(cpu2->memory, 8388608); // KiB, like the published flavor of the same size
    QCOMPARE(cpu2->category, QStringLiteral("CPU"));
    QCOMPARE(cpu2->vcpus, 2);
    QCOMPARE(cpu2->soldOut, false);
    QCOMPARE(cpu2->arch, QStringLiteral("x86_64"));
    flavors = api::fromBody<api::NotebookFlavorList>(call(*client, "GET",
        QStringLiteral("/v1/{project_id}/notebooks/flavors"), {},
        { { QStringLiteral("category"),
            QStringLiteral("GPU") } }).body);
    QCOMPARE(flavors.total, 1);
    QVERIFY(flavors.data.front().gpu && flavors.data.front().gpu->gpu == 1);
    flavors = api::fromBody<api::NotebookFlavorList>(call(*client, "GET",
        QStringLiteral("/v1/{project_id}/notebooks/flavors"), {},
        { { QStringLiteral("category"),
            QStringLiteral("ascend") } }).body);
    QCOMPARE(flavors.total, 1);
    QCOMPARE(flavors.data.front().arch, QStringLiteral("aarch64"));
    r = call(*client, "GET", QStringLiteral("/v1/{project_id}/notebooks/flavors"), {},
        { { QStringLiteral("category"), QStringLiteral("TPU") } });
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));

    const QString id = create(*client, createBody(QStringLiteral("nb-flavors"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    flavors = api::fromBody<api::NotebookFlavorList>(call(*client, "GET", nbPath(id, QStringLiteral("/flavors"))).body);
    QCOMPARE(flavors.total, 2); // the other CPU flavors
    for (const auto &f : flavors.data)
    {
        QCOMPARE(f.category, QStringLiteral("CPU"));
        QVERIFY(f.id != kCpuFlavor);
    }
    QCOMPARE(call(*client, "GET", nbPath(QStringLiteral("nope"), QStringLiteral("/flavors"))).error.code,
        QStringLiteral("ModelArts.6309"));

    r = call(*client, "GET", QStringLiteral("/v1/{project_id}/images"));
    QVERIFY2(r.ok(), r.body.constData());
    auto images = api::fromBody<api::NotebookImageList>(r.body);
    QCOMPARE(images.total, 8);
    QCOMPARE(images.size, 200);
    for (const auto &image : images.data)
    {
        QCOMPARE(image.type, QStringLiteral("BUILD_IN"));
        QCOMPARE(image.status, QStringLiteral("ACTIVE"));
        QVERIFY(image.swrPath && image.tag && image.arch);
        QVERIFY(image.devServices && image.devServices->size() == 2);
        QVERIFY(image.resourceCategories && !image.resourceCategories->empty());
    }
    images = api::fromBody<api::NotebookImageList>(call(*client, "GET", QStringLiteral("/v1/{project_id}/images"), {},
        { { QStringLiteral("name"),
            QStringLiteral("pytorch") } }).body);
    QCOMPARE(images.total, 2);
    images = api::fromBody<api::NotebookImageList>(call(*client, "GET", QStringLiteral("/v1/{project_id}/images"), {},
        { { QStringLiteral("limit"), QStringLiteral("3") }, { QStringLiteral("offset"), QStringLiteral("6") } })
                                                       .body);
    QCOMPARE(images.data.size(), size_t(2));
    QCOMPARE(images.pages, 3);
    images = api::fromBody<api::NotebookImageList>(call(*client, "GET", QStringLiteral("/v1/{project_id}/images"), {},
        { { QStringLiteral("type"),
            QStringLiteral("DEDICATED") } }).body);
    QCOMPARE(images.total, 0);
    // Ids are fixed in code: the same on every data dir.
    LocalBackend other({ 1.0, false, {} });
    auto otherClient = other.accessKeyClient();
    const auto again = api::fromBody<api::NotebookImageList>(
        call(*otherClient, "GET", QStringLiteral("/v1/{project_id}/images")).body);
    QCOMPARE(again.data.front().id, api::fromBody<api::NotebookImageList>(r.body).data.front().id);
}

void TestNotebookModule::dedicatedPoolHoldsAUnit()
{
    LocalBackend backend({ 200.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString pool = QStringLiteral("pool-nb-test");
    addPool(backend, pool, { QStringLiteral("Train"), QStringLiteral("Notebook") },
        QStringLiteral("modelarts.vm.cpu.8ud"), 1);
    addPool(backend, QStringLiteral("pool-train-only"), { QStringLiteral("Train") },
        QStringLiteral("modelarts.vm.cpu.8ud"), 1);
    server::Store &store = backend.server().store();

    Json body = createBody(QStringLiteral("nb-dedicated"));
    body["pool_id"] = pool.toStdString();
    const auto nb = create(*client, body);
    QVERIFY(nb.id);
    QVERIFY(nb.pool && nb.pool->id == pool);
    QCOMPARE(store.unitsHeld(pool), 0); // CREATING holds nothing yet
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, *nb.id), QStringLiteral("RUNNING"), kWaitMs);
    QCOMPARE(store.unitsHeld(pool), 1);

    body["name"] = "nb-no-room";
    api::ApiResult r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(body));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY2(r.error.message.contains(QStringLiteral("no free node")), qPrintable(r.error.message));
    body["pool_id"] = "pool-train-only";
    r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(body));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY2(r.error.message.contains(QStringLiteral("Notebook")), qPrintable(r.error.message));
    Json gpu = createBody(QStringLiteral("nb-gpu"), QStringLiteral("modelarts.vm.gpu.t4"),
        QStringLiteral("278e88d1-5b71-4766-8502-b3ba72e824d9"));
    gpu["pool_id"] = pool.toStdString();
    r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(gpu));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));

    // Filter by pool, then stop: the unit goes back to the pool.
    const auto list = api::fromBody<api::NotebookList>(call(*client, "GET",
        QStringLiteral("/v1/{project_id}/notebooks"), {},
        { { QStringLiteral("pool_id"), pool } }).body);
    QCOMPARE(list.total, 1);
    QVERIFY(call(*client, "POST", nbPath(*nb.id, QStringLiteral("/stop"))).ok());
    QCOMPARE(store.unitsHeld(pool), 0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, *nb.id), QStringLiteral("STOPPED"), kWaitMs);
    QCOMPARE(store.unitsHeld(pool), 0);
    QVERIFY(call(*client, "POST", nbPath(*nb.id, QStringLiteral("/start"))).ok());
    QCOMPARE(store.unitsHeld(pool), 1);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, *nb.id), QStringLiteral("RUNNING"), kWaitMs);
    // Deleting a running notebook is allowed and gives the node back at once.
    const api::ApiResult r2 = call(*client, "DELETE", nbPath(*nb.id));
    QVERIFY2(r2.ok(), r2.body.constData());
    QCOMPARE(store.unitsHeld(pool), 0);
}

void TestNotebookModule::malformedJsonIs400()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    api::ApiResult r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), "{\"name\": ");
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), "[1, 2]");
    QCOMPARE(r.error.httpStatus, 400);
    r = call(
        *client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump({ { "name", 5 }, { "flavor", { 1 } } }));
    QCOMPARE(r.error.httpStatus, 400);

    const QString id = create(*client, createBody(QStringLiteral("nb-json"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    QCOMPARE(call(*client, "PUT", nbPath(id), "not json").error.code, QStringLiteral("ModelArts.0101"));
    QCOMPARE(call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")), "{").error.httpStatus, 400);
    QCOMPARE(call(*client, "POST", nbPath(id, QStringLiteral("/storage")), "{]").error.httpStatus, 400);
}

void TestNotebookModule::persistsAcrossRestart()
{
    LocalBackend backend({ 100.0, false, {} });
    QVERIFY(backend.isRunning());
    QString stoppedId;
    QString creatingId;
    {
        auto client = backend.accessKeyClient();
        stoppedId = create(*client, createBody(QStringLiteral("nb-kept"))).id.value_or(QString());
        QVERIFY(!stoppedId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, stoppedId), QStringLiteral("RUNNING"), kWaitMs);
        QVERIFY(call(*client, "POST", nbPath(stoppedId, QStringLiteral("/stop"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, stoppedId), QStringLiteral("STOPPED"), kWaitMs);
        creatingId = create(*client, createBody(QStringLiteral("nb-interrupted"))).id.value_or(QString());
        QVERIFY(!creatingId.isEmpty());
    }
    QVERIFY2(backend.restart(), qPrintable(backend.error()));
    auto client = backend.accessKeyClient();
    const auto kept = api::fromBody<api::Notebook>(call(*client, "GET", nbPath(stoppedId)).body);
    QCOMPARE(kept.status, QStringLiteral("STOPPED"));
    QCOMPARE(kept.name, QStringLiteral("nb-kept"));
    QCOMPARE(kept.volume->capacity, 10);
    QVERIFY(eventNames(*client, stoppedId).contains(QStringLiteral("NotebookHealthy")));
    // The creation interrupted by the restart resumes from its stored timestamps.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, creatingId), QStringLiteral("RUNNING"), kWaitMs);
}

void TestNotebookModule::publishedBodies()
{
    const QList<test::SpecExample> examples = test::loadSpecExamples();
    if (examples.isEmpty())
        QSKIP("api_examples.md is not available");
    LocalBackend backend({ 200.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();

    // EX031: its image id is the documented id of a preset image, which this server has too.
    const test::SpecExample ex031 = test::specExample(examples, QStringLiteral("EX031"));
    QVERIFY(ex031.validJson);
    api::ApiResult r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), ex031.body);
    QVERIFY2(r.ok(), r.body.constData());
    const auto nb = api::fromBody<api::Notebook>(r.body);
    QCOMPARE(nb.status, QStringLiteral("CREATING"));
    QCOMPARE(nb.name, QStringLiteral("notebooks_test"));
    QCOMPARE(nb.volume->category, QStringLiteral("EVS")); // sent as "evs"
    QCOMPARE(nb.volume->ownership, QStringLiteral("MANAGED"));
    QCOMPARE(nb.volume->capacity, 50);
    QCOMPARE(nb.image->name, QStringLiteral("notebook2.0-mul-kernel-cpu-cp36"));
    const QString id = *nb.id;
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);

    // EX035 is refused while running, accepted once stopped.
    const test::SpecExample ex035 = test::specExample(examples, QStringLiteral("EX035"));
    r = call(*client, "PUT", nbPath(id), ex035.body);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6305"));

    // EX041 (PATCH lease) and EX046 (mount OBS) on the running instance.
    const test::SpecExample ex041 = test::specExample(examples, QStringLiteral("EX041"));
    r = call(*client, "PATCH", nbPath(id, QStringLiteral("/lease")), ex041.body);
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Lease>(r.body).type, QStringLiteral("TIMING"));
    const test::SpecExample ex046 = test::specExample(examples, QStringLiteral("EX046"));
    r = call(*client, "POST", nbPath(id, QStringLiteral("/storage")), ex046.body);
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::DataVolume>(r.body).mountPath, QStringLiteral("/data/wang/"));

    QVERIFY(call(*client, "POST", nbPath(id, QStringLiteral("/stop"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kWaitMs);
    r = call(*client, "PUT", nbPath(id), ex035.body);
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Notebook>(r.body).description, QStringLiteral("update"));
}

void TestNotebookModule::demoData()
{
    LocalBackend backend({ 1.0, true, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const auto list
        = api::fromBody<api::NotebookList>(call(*client, "GET", QStringLiteral("/v1/{project_id}/notebooks")).body);
    QStringList statuses;
    for (const auto &nb : list.data)
    {
        statuses << nb.status.value_or(QString());
        QVERIFY(!eventNames(*client, *nb.id).isEmpty());
    }
    QVERIFY2(statuses.contains(QStringLiteral("RUNNING")), qPrintable(statuses.join(u',')));
    QVERIFY(statuses.contains(QStringLiteral("STOPPED")));
    const auto running
        = std::find_if(list.data.begin(), list.data.end(), [](const auto &nb) { return nb.status == u"RUNNING"; });
    QVERIFY(running->flavor->startsWith(QStringLiteral("modelarts.vm.cpu")));
    QVERIFY(!running->pool);
}

void TestNotebookModule::tagsCreateListDeleteAndSummary()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    Json body = createBody(QStringLiteral("nb-tags"));
    body["tags"] = Json::array({ { { "key", "team" }, { "value", "cv" } } });
    const QString id = create(*client, body).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    const QString other = create(*client, createBody(QStringLiteral("nb-other"))).id.value_or(QString());

    const auto tagsOf = [&](const QString &nb)
    {
        const api::ApiResult r = callAndWait(*client, api::notebooks::tags(nb));
        QMap<QString, QString> out;
        if (!r.ok())
            return out;
        for (const api::NotebookTag &t : api::fromBody<api::NotebookTagList>(r.body).tags)
            out.insert(t.key.value_or(QString()), t.value.value_or(QString()));
        return out;
    };
    QCOMPARE(tagsOf(id), (QMap<QString, QString> { { QStringLiteral("team"), QStringLiteral("cv") } }));

    api::NotebookTagList add;
    add.tags = { api::NotebookTag { QStringLiteral("env"), QStringLiteral("dev"), {} },
        api::NotebookTag { QStringLiteral("team"), QStringLiteral("nlp"), {} } };
    api::ApiResult r = callAndWait(*client, api::notebooks::addTags(id, add));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(r.httpStatus, 204); // as Terraform expects
    QCOMPARE(tagsOf(id),
        (QMap<QString, QString> {
            { QStringLiteral("env"), QStringLiteral("dev") }, { QStringLiteral("team"), QStringLiteral("nlp") } }));
    QCOMPARE(api::fromBody<api::Notebook>(call(*client, "GET", nbPath(id)).body).tags->size(), size_t(2));
    api::NotebookTagList otherTags;
    otherTags.tags = { api::NotebookTag { QStringLiteral("env"), QStringLiteral("prod"), {} } };
    QVERIFY(callAndWait(*client, api::notebooks::addTags(other, otherTags)).ok());

    // The project's keys with every value in use.
    r = callAndWait(*client, api::notebooks::tagSummary());
    QVERIFY2(r.ok(), r.body.constData());
    const auto summary = api::fromBody<api::NotebookTagSummary>(r.body);
    QCOMPARE(summary.tags.size(), size_t(2));
    QCOMPARE(summary.tags[0].key, QStringLiteral("env"));
    QCOMPARE(summary.tags[0].values, (std::vector<QString> { QStringLiteral("dev"), QStringLiteral("prod") }));
    QCOMPARE(summary.tags[1].key, QStringLiteral("team"));

    api::NotebookTagList remove;
    remove.tags = { api::NotebookTag { QStringLiteral("team"), std::nullopt, {} } };
    r = callAndWait(*client, api::notebooks::removeTags(id, remove));
    QCOMPARE(r.httpStatus, 204);
    QCOMPARE(tagsOf(id), (QMap<QString, QString> { { QStringLiteral("env"), QStringLiteral("dev") } }));

    // Bad requests: 400 with the ModelArts body naming the field.
    const auto refused = [&](const Json &tags, const char *needle)
    {
        const api::ApiResult bad
            = call(*client, "POST", nbPath(id, QStringLiteral("/tags/create")), dump({ { "tags", tags } }));
        if (bad.error.httpStatus != 400 || bad.error.code != u"ModelArts.0101"
            || !bad.error.message.contains(QString::fromLatin1(needle)))
        {
            qWarning("%s", bad.body.constData());
            return false;
        }
        return true;
    };
    QVERIFY(refused(Json::array(), "at least one tag"));
    QVERIFY(refused(Json::array({ { { "key", "" }, { "value", "x" } } }), "1 to 128"));
    QVERIFY(refused(Json::array({ { { "key", "a<b" }, { "value", "x" } } }), "may contain only"));
    QVERIFY(refused(Json::array({ { { "key", "_sys_x" }, { "value", "x" } } }), "reserved"));
    QVERIFY(refused(
        Json::array({ { { "key", "k" }, { "value", "1" } }, { { "key", "k" }, { "value", "2" } } }), "given twice"));
    QVERIFY(refused(Json::array({ { { "key", "k" }, { "value", std::string(256, 'v') } } }), "255"));
    Json many = Json::array();
    for (int i = 0; i < 20; ++i)
        many.push_back({ { "key", "k" + std::to_string(i) }, { "value", "v" } });
    QVERIFY(refused(many, "at most 20 tags")); // 20 new + env
    r = call(*client, "POST",
        nbPath(QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("/tags/create")),
        dump({ { "tags", Json::array({ { { "key", "a" }, { "value", "b" } } }) } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6309"));
    body = createBody(QStringLiteral("nb-badtag"));
    body["tags"] = Json::array({ { { "key", "a/b" }, { "value", "x" } } });
    r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(body));
    QCOMPARE(r.error.httpStatus, 400);
}

void TestNotebookModule::saveImageSnapshotsThenListsItPrivate()
{
    // Scale 100: SNAPSHOTTING (5 min nominal) lasts 3 s.
    LocalBackend backend({ 100.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-snapshot"))).id.value_or(QString());
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);

    api::NotebookImageSave save;
    save.name = QStringLiteral("my-env");
    save.tag = QStringLiteral("v1");
    save.description = QStringLiteral("with my packages");
    api::ApiResult r = callAndWait(*client, api::notebooks::saveImage(id, save));
    QVERIFY2(r.ok(), r.body.constData());
    const auto image = api::fromBody<api::NotebookImage>(r.body);
    QCOMPARE(image.status, QStringLiteral("CREATING"));
    QCOMPARE(image.visibility, QStringLiteral("PRIVATE"));
    QCOMPARE(image.type, QStringLiteral("DEDICATED"));
    QCOMPARE(image.origin, QStringLiteral("IMAGE_SAVE"));
    QCOMPARE(image.swrPath, QStringLiteral("swr.local.myhuaweicloud.com/modelarts-local/my-env:v1"));
    QCOMPARE(statusOf(*client, id), QStringLiteral("SNAPSHOTTING"));

    // "Do not perform any operations on the instance" meanwhile.
    r = call(*client, "POST", nbPath(id, QStringLiteral("/stop")));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357"));
    r = call(*client, "DELETE", nbPath(id));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357"));
    r = callAndWait(*client, api::notebooks::saveImage(id, save));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357"));
    // Not usable before it is saved.
    r = call(*client, "POST", QStringLiteral("/v1/{project_id}/notebooks"),
        dump(createBody(QStringLiteral("nb-too-early"), kCpuFlavor, image.id)));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);
    const QStringList events = eventNames(*client, id);
    QVERIFY(events.contains(QStringLiteral("ContainerCommitStarted")));
    QVERIFY(events.contains(QStringLiteral("SaveImage")));

    // Listed by the images API as a private image, and usable for a new notebook.
    r = callAndWait(*client, api::notebooks::images({ { QStringLiteral("type"), QStringLiteral("DEDICATED") } }));
    const auto images = api::fromBody<api::NotebookImageList>(r.body);
    const auto it = std::find_if(
        images.data.begin(), images.data.end(), [&](const api::NotebookImage &i) { return i.id == image.id; });
    QVERIFY(it != images.data.end());
    QCOMPARE(it->status, QStringLiteral("ACTIVE"));
    QCOMPARE(it->visibility, QStringLiteral("PRIVATE"));
    QCOMPARE(it->resourceCategories, (std::vector<QString> { QStringLiteral("CPU") }));
    const api::Notebook fromImage = create(*client, createBody(QStringLiteral("nb-from-image"), kCpuFlavor, image.id));
    QCOMPARE(fromImage.image->id, image.id);
    QCOMPARE(fromImage.image->name, QStringLiteral("my-env"));
    r = callAndWait(*client, api::notebooks::image(image.id));
    QVERIFY2(r.ok(), r.body.constData());

    // Bad requests.
    save.name = QStringLiteral("My Env");
    r = callAndWait(*client, api::notebooks::saveImage(id, save));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    save.name = QStringLiteral("my-env");
    r = callAndWait(*client, api::notebooks::saveImage(id, save));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101")); // already exists
    QVERIFY(r.error.message.contains(QStringLiteral("already exists")));
    r = call(*client, "POST", nbPath(id, QStringLiteral("/create-image")), "{}");
    QCOMPARE(r.error.httpStatus, 400);

    // A built-in image cannot be deleted; the private one can.
    r = callAndWait(*client, api::notebooks::removeImage(kCpuImage));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357"));
    QVERIFY(callAndWait(*client, api::notebooks::removeImage(image.id)).ok());
    r = callAndWait(*client, api::notebooks::image(image.id));
    QCOMPARE(r.error.httpStatus, 404);
}

void TestNotebookModule::saveImageFailsWhenTheLeaseRunsOut()
{
    LocalBackend backend({ 100.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-late"))).id.value_or(QString());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);
    api::NotebookImageSave save;
    save.name = QStringLiteral("late");
    const api::ApiResult r = callAndWait(*client, api::notebooks::saveImage(id, save));
    QVERIFY2(r.ok(), r.body.constData());
    const QString imageId = api::fromBody<api::NotebookImage>(r.body).id;

    // The lease began two real hours ago (200 nominal hours at this scale): it has run out.
    server::Store &store = backend.server().store();
    Json doc = *store.get(QStringLiteral("notebook"), id);
    doc["lease"]["create_at"] = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
    server::ResourceIndex index;
    index.name = QStringLiteral("nb-late");
    index.status = QStringLiteral("SNAPSHOTTING");
    index.createdMs = doc["create_at"].get<qint64>();
    store.put(QStringLiteral("notebook"), id, doc, index);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("STOPPED"), kWaitMs);
    QVERIFY(eventNames(*client, id).contains(QStringLiteral("SavedImageFailed")));
    const auto image = api::fromBody<api::NotebookImage>(callAndWait(*client, api::notebooks::image(imageId)).body);
    QCOMPARE(image.status, QStringLiteral("CREATE_FAILED"));
    QVERIFY(image.statusMessage.value_or(QString()).contains(QStringLiteral("timeout")));
}

void TestNotebookModule::evsExpansionWhileRunning()
{
    // Scale 20: the expansion (20 s nominal) shows RESIZING for a second.
    LocalBackend backend({ 20.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = create(*client, createBody(QStringLiteral("nb-expand"))).id.value_or(QString());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("RUNNING"), kWaitMs);

    api::NotebookUpdate grow;
    grow.storageNewSize = 111; // 10 + 101: more than +100 GB at a time
    api::ApiResult r = callAndWait(*client, api::notebooks::update(id, grow));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY2(r.error.message.contains(QStringLiteral("at most 100 GB at a time")), qPrintable(r.error.message));
    grow.storageNewSize = 5000;
    r = callAndWait(*client, api::notebooks::update(id, grow));
    QVERIFY2(r.error.message.contains(QStringLiteral("at most 4096 GB")), qPrintable(r.error.message));
    api::NotebookUpdate rename; // anything else still needs a stopped instance
    rename.storageNewSize = 20;
    rename.name = QStringLiteral("nb-renamed");
    r = callAndWait(*client, api::notebooks::update(id, rename));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6305"));

    grow.storageNewSize = 110;
    r = callAndWait(*client, api::notebooks::update(id, grow));
    QVERIFY2(r.ok(), r.body.constData());
    auto nb = api::fromBody<api::Notebook>(r.body);
    QCOMPARE(nb.status, QStringLiteral("RUNNING"));
    QCOMPARE(nb.volume->capacity, 110);
    QCOMPARE(nb.volume->status, QStringLiteral("RESIZING"));
    r = callAndWait(*client, api::notebooks::update(id, grow));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6357")); // one expansion at a time
    api::NotebookImageSave save;
    save.name = QStringLiteral("while-resizing");
    QCOMPARE(callAndWait(*client, api::notebooks::saveImage(id, save)).error.code, QStringLiteral("ModelArts.6357"));

    QTRY_VERIFY_WITH_TIMEOUT(
        !api::fromBody<api::Notebook>(call(*client, "GET", nbPath(id)).body).volume->status.has_value(), kWaitMs);
    QCOMPARE(statusOf(*client, id), QStringLiteral("RUNNING"));
    const QString events = eventText(*client, id);
    QVERIFY(events.contains(QStringLiteral("is updating storage size from 10 GB to 110 GB")));
    QVERIFY(events.contains(QStringLiteral("updated the storage size to 110 GB")));
}

void TestNotebookModule::failedStatusesAreServed()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    for (const char *status : { "SNAPSHOTTING", "ERROR", "DELETE_FAILED" })
    {
        const api::ApiResult r = call(*client, "GET", QStringLiteral("/v1/{project_id}/notebooks"), {},
            { { QStringLiteral("status"), QString::fromLatin1(status) } });
        QVERIFY2(r.ok(), r.body.constData());
    }
    // An instance in ERROR can be started again, updated and deleted.
    const QString id = create(*client, createBody(QStringLiteral("nb-error"))).id.value_or(QString());
    server::Store &store = backend.server().store();
    Json doc = *store.get(QStringLiteral("notebook"), id);
    doc["status"] = "ERROR";
    server::ResourceIndex index;
    index.name = QStringLiteral("nb-error");
    index.status = QStringLiteral("ERROR");
    index.createdMs = doc["create_at"].get<qint64>();
    store.put(QStringLiteral("notebook"), id, doc, index);
    QVERIFY(call(*client, "PUT", nbPath(id), dump({ { "description", "fixed" } })).ok());
    const api::ApiResult started = call(*client, "POST", nbPath(id, QStringLiteral("/start")));
    QVERIFY2(started.ok(), started.body.constData());
    QCOMPARE(api::fromBody<api::Notebook>(started.body).status, QStringLiteral("STARTING"));
}

void TestNotebookModule::cleanupTestCase()
{
    m_sharedClient.reset();
    m_shared.reset();
}

QTEST_GUILESS_MAIN(TestNotebookModule)
#include "tst_notebookmodule.moc"
