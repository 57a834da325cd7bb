// The notebook request builders (api/notebookrequests.h), then the catalog and list reads
// sent to the real local backend and decoded as their types.

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestNotebookRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void readsAgainstLocalBackend();
    void newEndpointBuilders();
    void tagsAndSaveImageAgainstLocalBackend();
};

void TestNotebookRequests::builders()
{
    NotebookCreate create;
    create.name = QStringLiteral("nb-1");
    create.flavor = QStringLiteral("modelarts.vm.cpu.2u");
    create.imageId = QStringLiteral("img-1");
    create.volume.category = QStringLiteral("EFS");
    create.volume.ownership = QStringLiteral("MANAGED");
    ApiRequest r = notebooks::create(create);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks"));
    const Json body = parseJson(r.body);
    QCOMPARE(body["image_id"], Json("img-1"));
    QCOMPARE(body["volume"]["ownership"], Json("MANAGED"));
    QVERIFY(!body.contains("description"));

    QCOMPARE(notebooks::show(QStringLiteral("id-1")).path, QStringLiteral("/v1/{project_id}/notebooks/id-1"));
    r = notebooks::start(QStringLiteral("id-1"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks/id-1/start"));
    QCOMPARE(notebooks::stop(QStringLiteral("id-1")).path, QStringLiteral("/v1/{project_id}/notebooks/id-1/stop"));
    QCOMPARE(notebooks::remove(QStringLiteral("id-1")).method, QByteArray("DELETE"));
    LeaseRequest lease;
    lease.duration = 3600000;
    r = notebooks::renewLease(QStringLiteral("id-1"), lease);
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"duration":3600000})"));
    r = notebooks::list({ { QStringLiteral("limit"), QStringLiteral("5") } });
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("limit"), QStringLiteral("5")));
    QCOMPARE(notebooks::flavors().path, QStringLiteral("/v1/{project_id}/notebooks/flavors"));
    QCOMPARE(notebooks::images().path, QStringLiteral("/v1/{project_id}/images"));
    QCOMPARE(
        notebooks::storage(QStringLiteral("id-1")).path, QStringLiteral("/v1/{project_id}/notebooks/id-1/storage"));
}

void TestNotebookRequests::readsAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, true, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const auto flavors = decodeBody<NotebookFlavorList>(ma::test::callAndWait(*client, notebooks::flavors()));
    QVERIFY2(flavors.ok(), qPrintable(flavors.error.displayText()));
    QVERIFY(!flavors.value.data.empty());

    const auto images = decodeBody<NotebookImageList>(ma::test::callAndWait(*client, notebooks::images()));
    QVERIFY2(images.ok(), qPrintable(images.error.displayText()));
    QVERIFY(!images.value.data.empty());

    const auto list = decodeBody<NotebookList>(ma::test::callAndWait(*client, notebooks::list()));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    QCOMPARE(list.value.total.value_or(-1), qint64(list.value.data.size()));

    const ApiResult missing
        = ma::test::callAndWait(*client, notebooks::show(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QVERIFY(!missing.ok()); // the id is checked (400) before it is looked up
    QCOMPARE(missing.error.kind, ApiError::Kind::Http);
}

void TestNotebookRequests::newEndpointBuilders()
{
    NotebookTagList tags;
    tags.tags = { NotebookTag { QStringLiteral("team"), QStringLiteral("cv"), {} } };
    ApiRequest r = notebooks::addTags(QStringLiteral("id-1"), tags);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks/id-1/tags/create"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"tags":[{"key":"team","value":"cv"}]})"));
    r = notebooks::removeTags(QStringLiteral("id-1"), tags);
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks/id-1/tags/delete"));
    QCOMPARE(notebooks::tags(QStringLiteral("id-1")).path, QStringLiteral("/v1/{project_id}/notebooks/id-1/tags"));
    QCOMPARE(notebooks::tagSummary().path, QStringLiteral("/v1/{project_id}/notebooks/tags"));
    NotebookImageSave save;
    save.name = QStringLiteral("my-env");
    r = notebooks::saveImage(QStringLiteral("id-1"), save);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/notebooks/id-1/create-image"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"name":"my-env"})"));
    QCOMPARE(notebooks::image(QStringLiteral("img")).path, QStringLiteral("/v1/{project_id}/images/img"));
    QCOMPARE(notebooks::removeImage(QStringLiteral("img")).method, QByteArray("DELETE"));
    QCOMPARE(notebooks::events(QStringLiteral("id-1")).path, QStringLiteral("/v1/{project_id}/notebooks/id-1/events"));
}

void TestNotebookRequests::tagsAndSaveImageAgainstLocalBackend()
{
    // The demo data has a running notebook; the scale makes its snapshot take 3 s.
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 100.0, true, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();
    const auto list = decodeBody<NotebookList>(
        ma::test::callAndWait(*client, notebooks::list({ { QStringLiteral("status"), QStringLiteral("RUNNING") } })));
    QVERIFY2(list.ok() && !list.value.data.empty(), qPrintable(list.error.displayText()));
    const QString id = list.value.data.front().id.value_or(QString());

    NotebookTagList tags;
    tags.tags = { NotebookTag { QStringLiteral("team"), QStringLiteral("cv"), {} } };
    QVERIFY(ma::test::callAndWait(*client, notebooks::addTags(id, tags)).ok());
    const auto read = decodeBody<NotebookTagList>(ma::test::callAndWait(*client, notebooks::tags(id)));
    QVERIFY2(read.ok(), qPrintable(read.error.displayText()));
    QCOMPARE(read.value.tags.size(), size_t(1));
    const auto summary = decodeBody<NotebookTagSummary>(ma::test::callAndWait(*client, notebooks::tagSummary()));
    QVERIFY2(summary.ok(), qPrintable(summary.error.displayText()));
    QCOMPARE(summary.value.tags.front().key, QStringLiteral("team"));

    NotebookImageSave save;
    save.name = QStringLiteral("saved-env");
    const auto image = decodeBody<NotebookImage>(ma::test::callAndWait(*client, notebooks::saveImage(id, save)));
    QVERIFY2(image.ok(), qPrintable(image.error.displayText()));
    QCOMPARE(image.value.visibility.value_or(QString()), QStringLiteral("PRIVATE"));
    const auto shown = decodeBody<NotebookImage>(ma::test::callAndWait(*client, notebooks::image(image.value.id)));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    QCOMPARE(shown.value.tag.value_or(QString()), QStringLiteral("latest"));
    const auto events = ma::test::callAndWait(*client, notebooks::events(id));
    QVERIFY(events.ok());
    QVERIFY(events.body.contains("ContainerCommitStarted"));
}

QTEST_GUILESS_MAIN(TestNotebookRequests)
#include "tst_notebookrequests.moc"
