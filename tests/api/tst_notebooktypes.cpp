// Notebook resource types (api/types/notebook.h): own fixtures, round trips, strict
// error paths, tolerance, helpers, and the published examples EX031-EX049.

#include "api/types/notebook.h"
#include "specexamples.h"
#include "typetesthelpers.h"

#include <functional>
#include <QRegularExpression>
#include <QTest>

using namespace ma::api;
using namespace ma::test;
using namespace Qt::StringLiterals;

using RoundTripFn = std::function<Json(const Json &)>;
using ProbeFn = std::function<QString(const Json &)>;

namespace
{
Json fixture(const QString &name)
{
    return parseJson(ma::test::readTestData(QStringLiteral("notebook/") + name));
}

void checkNotebook(const Json &raw)
{
    const Notebook nb = fromJson<Notebook>(raw);
    const std::pair<const char *, const std::optional<QString> *> fields[] = { { "id", &nb.id }, { "name", &nb.name },
        { "status", &nb.status }, { "flavor", &nb.flavor }, { "description", &nb.description } };
    for (const auto &[key, field] : fields)
    {
        if (raw.contains(key))
            QVERIFY2(*field && **field == text(raw[key]), key);
    }
    if (raw.contains("lease"))
    {
        QVERIFY(nb.lease);
        QCOMPARE(nb.lease->duration.value_or(-1), raw["lease"]["duration"].get<qint64>());
        QCOMPARE(nb.lease->enable.value_or(false), raw["lease"]["enable"].get<bool>());
    }
    if (raw.contains("image"))
    {
        QVERIFY(nb.image);
        QCOMPARE(nb.image->id, text(raw["image"]["id"]));
        QCOMPARE(nb.image->swrPath.value_or(QString()), text(raw["image"]["swr_path"]));
    }
    if (raw.contains("volume"))
    {
        QVERIFY(nb.volume);
        QCOMPARE(nb.volume->capacity.value_or(-1), raw["volume"]["capacity"].get<int>());
    }
    if (raw.contains("endpoints"))
        QCOMPARE(int(nb.endpoints->size()), int(raw["endpoints"].size()));
    checkRoundTrip(nb, raw);
}

void checkLease(const Json &raw)
{
    const Lease lease = fromJson<Lease>(raw);
    QCOMPARE(lease.createAt.value_or(-1), raw["create_at"].get<qint64>());
    QCOMPARE(lease.duration.value_or(-1), raw["duration"].get<qint64>());
    QCOMPARE(lease.type.value_or(QString()), text(raw["type"]));
    QCOMPARE(leaseExpiresAtMs(lease).value_or(-1), raw["create_at"].get<qint64>() + raw["duration"].get<qint64>());
    checkRoundTrip(lease, raw);
}

void checkFlavorList(const Json &raw)
{
    const NotebookFlavorList list = fromJson<NotebookFlavorList>(raw);
    QCOMPARE(int(list.data.size()), int(raw["data"].size()));
    QCOMPARE(list.total.value_or(-1), raw["total"].get<qint64>());
    QCOMPARE(list.flavors.has_value(), raw.contains("flavors"));
    for (size_t i = 0; i < list.data.size(); ++i)
    {
        const Json &item = raw["data"][i];
        QCOMPARE(list.data[i].id, text(item["id"]));
        QCOMPARE(list.data[i].vcpus.value_or(-1), item["vcpus"].get<int>());
        QCOMPARE(notebookFlavorMemoryBytes(list.data[i]), item["memory"].get<qint64>() * 1024);
        QCOMPARE(list.data[i].billing->unitNum.value_or(-1), item["billing"]["unit_num"].get<int>());
    }
    checkRoundTrip(list, raw);
}

void checkDataVolume(const Json &raw)
{
    const DataVolume v = fromJson<DataVolume>(raw);
    QCOMPARE(v.id, text(raw["id"]));
    QCOMPARE(v.status.value_or(QString()), text(raw["status"]));
    QCOMPARE(v.mountPath.value_or(QString()), text(raw["mount_path"]));
    checkRoundTrip(v, raw);
}
} // namespace

class TestNotebookTypes final : public QObject
{
    Q_OBJECT

private slots:
    void fullNotebookValues();
    void requestValues();
    void listValues();
    void roundTrip_data();
    void roundTrip();
    void strictErrors_data();
    void strictErrors();
    void tolerance();
    void statusHelpers();
    void publishedExamples();
    void tagsAndImageSave();
};

void TestNotebookTypes::fullNotebookValues()
{
    const Notebook nb = fromJson<Notebook>(fixture(QStringLiteral("notebook_full.json")));
    QCOMPARE(nb.id.value_or(QString()), u"0b6c2a8e-7d1f-4c3a-9e55-1f2a3b4c5d6e"_s);
    QCOMPARE(nb.status.value_or(QString()), NotebookStatus::Running.toString());
    QCOMPARE(nb.workspaceId.value_or(QString()), u"5a1c9e2b7d3f4e6a8b0c1d2e3f4a5b6c"_s);
    QCOMPARE(nb.createAt.value_or(0), 1700000000000LL);
    QVERIFY(nb.image);
    QCOMPARE(nb.image->name.value_or(QString()), u"pytorch2.1-cuda12.1-ubuntu22.04"_s);
    QVERIFY(nb.image->extra["image_layer_digest"] == Json("sha256:abc"));
    QVERIFY(nb.lease);
    QCOMPARE(nb.lease->duration.value_or(0), 7200000LL);
    QCOMPARE(leaseExpiresAtMs(*nb.lease).value_or(0), 1700007200000LL);
    QCOMPARE(nb.pool->name.value_or(QString()), u"gpu-pool-a"_s);
    QCOMPARE(nb.volume->capacity.value_or(0), 20);
    QCOMPARE(nb.volume->mountPath.value_or(QString()), u"/home/ma-user/work/"_s);
    QCOMPARE(nb.volume->status.value_or(QString()), u"RESIZING"_s);
    QCOMPARE(int(nb.endpoints->size()), 1);
    const NotebookEndpoint &ssh = nb.endpoints->front();
    QCOMPARE(ssh.uri.value_or(QString()), u"ssh://dev.example.test:30022"_s);
    QCOMPARE(int(ssh.allowedAccessIps->size()), 2);
    QCOMPARE(ssh.sshKeys->front(), u"KeyPair-fixture"_s);
    QCOMPARE(int(nb.actionProgress->size()), 2);
    QCOMPARE(nb.actionProgress->at(1).status.value_or(QString()), NotebookProgressStatus::Processing.toString());
    QCOMPARE(nb.actionProgress->at(1).step.value_or(0), 2);
    QCOMPARE(nb.billingItems->size(), size_t(2));
    QCOMPARE(nb.user->domain->name.value_or(QString()), u"acme-cloud"_s);
    QVERIFY(nb.user->domain->extra["tier"] == Json("gold"));
    QCOMPARE(nb.tags->size(), size_t(1)); // SDK field, read since the notebook tags API
    QCOMPARE(nb.tags->front().value.value_or(QString()), u"vision"_s);
    QVERIFY(!nb.extra.contains("tags"));
    QVERIFY(nb.extra["jupyter_version"].is_null());
}

void TestNotebookTypes::requestValues()
{
    const NotebookCreate create = fromJson<NotebookCreate>(fixture(QStringLiteral("notebook_create.json")));
    QCOMPARE(create.name, u"train_debug_02"_s);
    QCOMPARE(create.imageId, u"0f0e0d0c-0b0a-4909-8807-060504030201"_s);
    QCOMPARE(create.volume.category.value_or(QString()), u"EFS"_s);
    QCOMPARE(create.volume.ownership.value_or(QString()), u"DEDICATED"_s);
    QCOMPARE(create.volume.uri.value_or(QString()), u"192.0.2.10:/share-01"_s);
    QCOMPARE(create.volume.capacity.value_or(0), 100);
    QCOMPARE(create.endpoints->front().keyPairNames->front(), u"KeyPair-fixture"_s);
    QCOMPARE(create.lease->duration.value_or(0), 14400000LL);
    QCOMPARE(create.lease->type.value_or(QString()).compare(LeaseType::Timing, Qt::CaseInsensitive), 0);
    QVERIFY((*create.hooks)["container_hooks"]["post_start"]["type"] == Json("COMMAND"));
    QVERIFY(create.extra["affinity"]["zone"] == Json("b"));
    QVERIFY(!create.duration);

    const NotebookUpdate update = fromJson<NotebookUpdate>(fixture(QStringLiteral("notebook_update.json")));
    QCOMPARE(update.storageNewSize.value_or(0), 80);
    QCOMPARE(update.endpoints->front().allowedAccessIps->size(), size_t(0));
    QVERIFY(update.extra["dew_secret_name"] == Json("secret-x"));

    // A minimal update sends only what changed.
    NotebookUpdate rename;
    rename.description = QStringLiteral("x");
    QCOMPARE(encode(rename).dump(), std::string(R"({"description":"x"})"));

    const DataVolumeMountRequest mount
        = fromJson<DataVolumeMountRequest>(fixture(QStringLiteral("storage_mount.json")));
    QCOMPARE(mount.mountPath, u"/data/datasets/"_s);
    QCOMPARE(mount.uri, u"obs://fixture-bucket/datasets/"_s);

    LeaseRequest renew;
    renew.duration = 3600000;
    renew.type = LeaseType::Timing.toString();
    QCOMPARE(encode(renew).dump(), std::string(R"({"duration":3600000,"type":"TIMING"})"));
}

void TestNotebookTypes::listValues()
{
    const NotebookList list = fromJson<NotebookList>(fixture(QStringLiteral("notebook_list.json")));
    QCOMPARE(list.current.value_or(-1), 1);
    QCOMPARE(list.pages.value_or(-1), 3);
    QCOMPARE(list.size.value_or(-1), 2);
    QCOMPARE(list.total.value_or(-1), 5LL);
    QCOMPARE(int(list.data.size()), 2);
    QCOMPARE(list.data[0].lease->type.value_or(QString()), LeaseType::Idle.toString());
    QCOMPARE(list.data[1].failReason.value_or(QString()), u"flavor sold out"_s);
    QVERIFY(notebookStatusIsFailure(list.data[1].status.value_or(QString())));
    QVERIFY(list.extra["request_id"] == Json("req-fixture-01"));

    const NotebookFlavorList flavors = fromJson<NotebookFlavorList>(fixture(QStringLiteral("flavors.json")));
    QCOMPARE(int(flavors.data.size()), 2);
    QVERIFY(!flavors.flavors);
    QCOMPARE(flavors.data[0].memory.value_or(0), 16777216LL); // KiB
    QCOMPARE(notebookFlavorMemoryBytes(flavors.data[0]), 16LL * 1024 * 1024 * 1024);
    QCOMPARE(flavors.data[1].gpu->gpu.value_or(0), 1);
    QCOMPARE(flavors.data[1].gpu->gpuMemory.value_or(QString()), u"16GB"_s);
    QCOMPARE(flavors.data[1].soldOut.value_or(false), true);
    QVERIFY(flavors.data[1].billing->extra["currency"] == Json("CNY"));

    const NotebookImageList images = fromJson<NotebookImageList>(fixture(QStringLiteral("images.json")));
    QCOMPARE(int(images.data.size()), 1);
    const NotebookImage &img = images.data[0];
    QCOMPARE(img.namespace_.value_or(QString()), u"team-vision"_s);
    QCOMPARE(img.size.value_or(0), 10485760LL);
    QCOMPARE(img.status.value_or(QString()), NotebookImageStatus::Active.toString());
    QCOMPARE(img.devServices->size(), size_t(2));
    QCOMPARE(img.visibility.value_or(QString()), u"PRIVATE"_s);

    const DataVolumeList mounts = fromJson<DataVolumeList>(fixture(QStringLiteral("storage_list.json")));
    QCOMPARE(int(mounts.data.size()), 2);
    QCOMPARE(mounts.data[0].status.value_or(QString()), DataVolumeStatus::Mounted.toString());
    QCOMPARE(mounts.data[1].status.value_or(QString()), DataVolumeStatus::MountFailed.toString());
    QVERIFY(mounts.data[1].extra["reason"] == Json("no permission"));

    const Lease lease = fromJson<Lease>(fixture(QStringLiteral("lease.json")));
    QCOMPARE(lease.type.value_or(QString()).compare(LeaseType::Idle, Qt::CaseInsensitive), 0);
    QCOMPARE(lease.enable.value_or(false), true);
}

void TestNotebookTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RoundTripFn>("run");
    QTest::newRow("notebook") << u"notebook_full.json"_s << RoundTripFn(reencode<Notebook>);
    QTest::newRow("list") << u"notebook_list.json"_s << RoundTripFn(reencode<NotebookList>);
    QTest::newRow("create") << u"notebook_create.json"_s << RoundTripFn(reencode<NotebookCreate>);
    QTest::newRow("update") << u"notebook_update.json"_s << RoundTripFn(reencode<NotebookUpdate>);
    QTest::newRow("flavors") << u"flavors.json"_s << RoundTripFn(reencode<NotebookFlavorList>);
    QTest::newRow("images") << u"images.json"_s << RoundTripFn(reencode<NotebookImageList>);
    QTest::newRow("lease") << u"lease.json"_s << RoundTripFn(reencode<Lease>);
    QTest::newRow("mounts") << u"storage_list.json"_s << RoundTripFn(reencode<DataVolumeList>);
    QTest::newRow("mount request") << u"storage_mount.json"_s << RoundTripFn(reencode<DataVolumeMountRequest>);
}

void TestNotebookTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(RoundTripFn, run);
    const Json raw = fixture(file);
    QVERIFY(sameJson(run(raw), raw));
}

void TestNotebookTypes::strictErrors_data()
{
    using Probe = ProbeFn;
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer"); // JSON pointer to delete, or "<ptr>=<json>" to replace
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<QString>("path");

    const Probe create = errorPath<NotebookCreate>;
    QTest::newRow("create without image_id") << u"notebook_create.json"_s << u"/image_id"_s << create << u"image_id"_s;
    QTest::newRow("create without name") << u"notebook_create.json"_s << u"/name"_s << create << u"name"_s;
    QTest::newRow("create without flavor") << u"notebook_create.json"_s << u"/flavor"_s << create << u"flavor"_s;
    QTest::newRow("create without volume") << u"notebook_create.json"_s << u"/volume"_s << create << u"volume"_s;
    QTest::newRow("create without volume.category")
        << u"notebook_create.json"_s << u"/volume/category"_s << create << u"volume.category"_s;
    QTest::newRow("create without volume.ownership")
        << u"notebook_create.json"_s << u"/volume/ownership"_s << create << u"volume.ownership"_s;
    QTest::newRow("create with null image_id")
        << u"notebook_create.json"_s << u"/image_id=null"_s << create << u"image_id"_s;
    QTest::newRow("create endpoint ips not a list")
        << u"notebook_create.json"_s << u"/endpoints/0/allowed_access_ips=\"1.2.3.4\""_s << create
        << u"endpoints[0].allowed_access_ips"_s;
    QTest::newRow("create lease duration text")
        << u"notebook_create.json"_s << u"/lease/duration=\"soon\""_s << create << u"lease.duration"_s;
    QTest::newRow("notebook image without id")
        << u"notebook_full.json"_s << u"/image/id"_s << Probe(errorPath<Notebook>) << u"image.id"_s;
    QTest::newRow("notebook progress step fraction") << u"notebook_full.json"_s << u"/action_progress/1/step=2.5"_s
                                                     << Probe(errorPath<Notebook>) << u"action_progress[1].step"_s;
    QTest::newRow("list lease duration text") << u"notebook_list.json"_s << u"/data/1/lease={\"duration\":\"x\"}"_s
                                              << Probe(errorPath<NotebookList>) << u"data[1].lease.duration"_s;
    QTest::newRow("list item not an object")
        << u"notebook_list.json"_s << u"/data/0=42"_s << Probe(errorPath<NotebookList>) << u"data[0]"_s;
    QTest::newRow("flavor without id") << u"flavors.json"_s << u"/data/1/id"_s << Probe(errorPath<NotebookFlavorList>)
                                       << u"data[1].id"_s;
    QTest::newRow("image without id") << u"images.json"_s << u"/data/0/id"_s << Probe(errorPath<NotebookImageList>)
                                      << u"data[0].id"_s;
    QTest::newRow("mount without uri") << u"storage_mount.json"_s << u"/uri"_s
                                       << Probe(errorPath<DataVolumeMountRequest>) << u"uri"_s;
    QTest::newRow("mount without mount_path")
        << u"storage_mount.json"_s << u"/mount_path"_s << Probe(errorPath<DataVolumeMountRequest>) << u"mount_path"_s;
    QTest::newRow("mount list item without id")
        << u"storage_list.json"_s << u"/data/1/id"_s << Probe(errorPath<DataVolumeList>) << u"data[1].id"_s;
}

void TestNotebookTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(ProbeFn, probe);
    QFETCH(QString, path);
    Json j = fixture(file);
    QCOMPARE(probe(j), u"<no error>"_s);
    const qsizetype eq = pointer.indexOf(u'=');
    if (eq < 0)
        erasePointer(j, pointer);
    else
        j[Json::json_pointer(pointer.left(eq).toStdString())] = parseJson(pointer.mid(eq + 1).toUtf8());
    QCOMPARE(probe(j), path);
}

void TestNotebookTypes::tolerance()
{
    // Numbers as strings, explicit nulls, lower-case enum text.
    Json j = fixture(QStringLiteral("notebook_full.json"));
    j["create_at"] = "1700000000000";
    j["lease"]["duration"] = " 7200000 ";
    j["lease"]["enable"] = "true";
    j["lease"]["type"] = "timing";
    j["volume"]["capacity"] = "20";
    j["action_progress"][0]["step"] = 1.0;
    j["description"] = nullptr;
    const Notebook nb = fromJson<Notebook>(j);
    QCOMPARE(nb.createAt.value_or(0), 1700000000000LL);
    QCOMPARE(nb.lease->duration.value_or(0), 7200000LL);
    QCOMPARE(nb.lease->enable.value_or(false), true);
    QCOMPARE(nb.lease->type->compare(LeaseType::Timing, Qt::CaseInsensitive), 0);
    QCOMPARE(nb.volume->capacity.value_or(0), 20);
    QCOMPARE(nb.actionProgress->at(0).step.value_or(0), 1);
    QVERIFY(!nb.description);
    // The explicit null survives the round trip through `extra`.
    QVERIFY(encode(nb)["description"].is_null());

    // A list with null / missing data decodes as empty.
    QVERIFY(fromJson<NotebookList>(parseJson(R"({"current":0,"data":null,"total":0})")).data.empty());
    QVERIFY(fromJson<NotebookList>(parseJson(R"({"total":0})")).data.empty());

    // The partial PUT reply (no id) is still a Notebook.
    const Notebook partial = fromJson<Notebook>(parseJson(R"({"name":"n","endpoints":[{"allowed_access_ips":[]}]})"));
    QVERIFY(!partial.id);
    QCOMPARE(partial.endpoints->size(), size_t(1));

    // A flavor memory sent as text.
    const NotebookFlavor f = fromJson<NotebookFlavor>(parseJson(R"({"id":"x","memory":"8388608"})"));
    QCOMPARE(notebookFlavorMemoryBytes(f), 8LL * 1024 * 1024 * 1024);
}

void TestNotebookTypes::statusHelpers()
{
    QVERIFY(notebookStatusIsTransient(NotebookStatus::Creating));
    QVERIFY(notebookStatusIsTransient(u"SNAPSHOTTING"));
    QVERIFY(!notebookStatusIsTransient(NotebookStatus::Running));
    QVERIFY(!notebookStatusIsTransient(NotebookStatus::StartFailed));
    QVERIFY(notebookStatusIsFailure(NotebookStatus::StartFailed));
    QVERIFY(notebookStatusIsFailure(u"ERROR"));
    QVERIFY(!notebookStatusIsFailure(NotebookStatus::Stopped));
    QVERIFY(!notebookStatusIsFailure(NotebookStatus::Frozen));
    QVERIFY(!leaseExpiresAtMs(Lease()));
    QCOMPARE(notebookFlavorMemoryBytes(NotebookFlavor()), 0LL);
}

void TestNotebookTypes::publishedExamples()
{
    const QList<ExampleCase> cases = {
        { u"EX031"_s, true,
            [](const Json &raw)
            {
                const NotebookCreate c = fromJson<NotebookCreate>(raw);
                QCOMPARE(c.name, text(raw["name"]));
                QCOMPARE(c.imageId, text(raw["image_id"]));
                QCOMPARE(c.flavor, text(raw["flavor"]));
                QCOMPARE(c.volume.category.value_or(QString()), text(raw["volume"]["category"]));
                QCOMPARE(c.volume.capacity.value_or(-1), raw["volume"]["capacity"].get<int>());
                checkRoundTrip(c, raw);
            } },
        { u"EX032"_s, false, checkNotebook },
        { u"EX033"_s, false,
            [](const Json &raw)
            {
                const NotebookList list = fromJson<NotebookList>(raw);
                QCOMPARE(int(list.data.size()), int(raw["data"].size()));
                QCOMPARE(list.total.value_or(-1), raw["total"].get<qint64>());
                QCOMPARE(list.current.value_or(-1), raw["current"].get<int>());
                for (size_t i = 0; i < list.data.size(); ++i)
                {
                    QCOMPARE(list.data[i].id.value_or(QString()), text(raw["data"][i]["id"]));
                    QCOMPARE(list.data[i].volume->mountPath.value_or(QString()),
                        text(raw["data"][i]["volume"]["mount_path"]));
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX034"_s, false, checkNotebook },
        { u"EX035"_s, true,
            [](const Json &raw)
            {
                const NotebookUpdate u = fromJson<NotebookUpdate>(raw);
                QCOMPARE(u.description.value_or(QString()), text(raw["description"]));
                QVERIFY(!u.name);
                checkRoundTrip(u, raw);
            } },
        { u"EX036"_s, false, checkNotebook },
        { u"EX037"_s, false, checkNotebook },
        { u"EX038"_s, false, checkNotebook },
        { u"EX039"_s, false, checkNotebook },
        { u"EX040"_s, false, checkLease },
        { u"EX041"_s, true,
            [](const Json &raw)
            {
                const LeaseRequest r = fromJson<LeaseRequest>(raw);
                QCOMPARE(r.duration.value_or(-1), raw["duration"].get<qint64>());
                QCOMPARE(r.type.value_or(QString()), text(raw["type"]));
                checkRoundTrip(r, raw);
            } },
        { u"EX042"_s, false, checkLease },
        { u"EX043"_s, false, checkFlavorList },
        { u"EX044"_s, false, checkFlavorList },
        { u"EX045"_s, false,
            [](const Json &raw)
            {
                const NotebookImageList list = fromJson<NotebookImageList>(raw);
                QCOMPARE(int(list.data.size()), int(raw["data"].size()));
                QCOMPARE(list.pages.value_or(-1), raw["pages"].get<int>());
                for (size_t i = 0; i < list.data.size(); ++i)
                {
                    QCOMPARE(list.data[i].id, text(raw["data"][i]["id"]));
                    QCOMPARE(list.data[i].swrPath.value_or(QString()), text(raw["data"][i]["swr_path"]));
                    QCOMPARE(int(list.data[i].devServices->size()), int(raw["data"][i]["dev_services"].size()));
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX046"_s, true,
            [](const Json &raw)
            {
                const DataVolumeMountRequest m = fromJson<DataVolumeMountRequest>(raw);
                QCOMPARE(m.category, text(raw["category"]));
                QCOMPARE(m.mountPath, text(raw["mount_path"]));
                QCOMPARE(m.uri, text(raw["uri"]));
                checkRoundTrip(m, raw);
            } },
        { u"EX047"_s, false, checkDataVolume },
        { u"EX048"_s, false,
            [](const Json &raw)
            {
                const DataVolumeList list = fromJson<DataVolumeList>(raw);
                QCOMPARE(int(list.data.size()), int(raw["data"].size()));
                QCOMPARE(list.data.front().uri.value_or(QString()), text(raw["data"][0]["uri"]));
                checkRoundTrip(list, raw);
            } },
        { u"EX049"_s, false, checkDataVolume },
    };
    if (!runExamples(cases, "notebook"))
        QSKIP("api_examples.md not found (set MA_SPEC_DIR)");
}

void TestNotebookTypes::tagsAndImageSave()
{
    // TMS-style bodies of tags/create and tags/delete; the reply of GET /notebooks/tags.
    const auto list = fromJson<NotebookTagList>(
        Json::parse(R"({"tags":[{"key":"team","value":"cv"},{"key":"env"}],"workspace_id":"0"})"));
    QCOMPARE(list.tags.size(), size_t(2));
    QCOMPARE(list.tags[0].value.value_or(QString()), u"cv"_s);
    QVERIFY(!list.tags[1].value);
    QVERIFY(list.extra["workspace_id"] == Json("0"));
    QVERIFY(fromJson<NotebookTagList>(Json::parse(R"({"tags":null})")).tags.empty());
    QVERIFY(encode(list.tags[1]) == Json::parse(R"({"key":"env"})"));
    const auto summary
        = fromJson<NotebookTagSummary>(Json::parse(R"({"tags":[{"key":"env","values":["dev","prod"]}]})"));
    QCOMPARE(summary.tags.front().values, (std::vector<QString> { u"dev"_s, u"prod"_s }));
    QVERIFY_THROWS_EXCEPTION(DecodeError, fromJson<NotebookTagSummary>(Json::parse(R"({"tags":[{"values":[]}]})")));

    const Notebook nb = fromJson<Notebook>(Json::parse(R"({"id":"n","tags":[{"key":"a","value":"b"}]})"));
    QCOMPARE(nb.tags->front().key.value_or(QString()), u"a"_s);

    NotebookImageSave save;
    save.name = u"my-env"_s;
    save.namespace_ = u"team-a"_s;
    QVERIFY(encode(save) == Json::parse(R"({"name":"my-env","namespace":"team-a"})"));
    QVERIFY_THROWS_EXCEPTION(DecodeError, fromJson<NotebookImageSave>(Json::parse(R"({"tag":"v1"})")));
}

QTEST_APPLESS_MAIN(TestNotebookTypes)
#include "tst_notebooktypes.moc"
