// The workspace request builders (api/workspacerequests.h), then a workspace created,
// read, listed, its quotas read, and deleted on the real local backend.

#include "api/typedcall.h"
#include "api/workspacerequests.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestWorkspaceRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void lifecycleAgainstLocalBackend();
};

void TestWorkspaceRequests::builders()
{
    WorkspaceCreateRequest create;
    create.name = QStringLiteral("team-a");
    create.description = QStringLiteral("first");
    ApiRequest r = workspaces::create(create);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/workspaces"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"name":"team-a","description":"first"})"));

    r = workspaces::list({ { QStringLiteral("limit"), QStringLiteral("1000") } });
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/workspaces"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("limit"), QStringLiteral("1000")));

    WorkspaceUpdateRequest update;
    update.description = QStringLiteral("second");
    r = workspaces::update(QStringLiteral("w1"), update);
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/workspaces/w1"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"description":"second"})"));
    QCOMPARE(workspaces::remove(QStringLiteral("w1")).method, QByteArray("DELETE"));
    QCOMPARE(workspaces::quotas(QStringLiteral("w1")).path, QStringLiteral("/v1/{project_id}/workspaces/w1/quotas"));
    QCOMPARE(workspaces::updateQuotas(QStringLiteral("w1"), {}).method, QByteArray("PUT"));
}

void TestWorkspaceRequests::lifecycleAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    WorkspaceCreateRequest create;
    create.name = QStringLiteral("team-a");
    const auto created = decodeBody<Workspace>(ma::test::callAndWait(*client, workspaces::create(create)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString id = created.value.id;
    QVERIFY(!id.isEmpty());

    const auto shown = decodeBody<Workspace>(ma::test::callAndWait(*client, workspaces::show(id)));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    QCOMPARE(shown.value.name, QStringLiteral("team-a"));

    const auto list = decodeBody<WorkspaceList>(ma::test::callAndWait(*client, workspaces::list()));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    QVERIFY(std::any_of(
        list.value.workspaces.begin(), list.value.workspaces.end(), [&](const Workspace &w) { return w.id == id; }));

    const auto quotas = decodeBody<WorkspaceQuotas>(ma::test::callAndWait(*client, workspaces::quotas(id)));
    QVERIFY2(quotas.ok(), qPrintable(quotas.error.displayText()));

    const auto removed = decodeBody<WorkspaceIdResponse>(ma::test::callAndWait(*client, workspaces::remove(id)));
    QVERIFY2(removed.ok(), qPrintable(removed.error.displayText()));
    QCOMPARE(removed.value.workspaceId, id);
}

QTEST_GUILESS_MAIN(TestWorkspaceRequests)
#include "tst_workspacerequests.moc"
