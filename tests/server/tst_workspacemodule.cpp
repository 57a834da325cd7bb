// Workspaces of modelarts-local (api.md §2.5, W-1..W-6) over real HTTP with the api/ client:
// CRUD, the default workspace, name rules, paging by page number, asynchronous deletion
// ending in ModelArts.7005, and quotas (including the notebook quota they enforce).

#include "api/types/notebook.h"
#include "api/types/workspace.h"
#include "localbackend.h"

#include <QRegularExpression>
#include <QTest>

using namespace ma;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
using Query = QList<std::pair<QString, QString>>;
const QString kWorkspaces = QStringLiteral("/v1/{project_id}/workspaces");

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

api::Workspace createWorkspace(api::ApiClient &client, const Json &body)
{
    const api::ApiResult r = call(client, "POST", kWorkspaces, dump(body));
    if (!r.ok())
        qWarning("create failed: %s", r.body.constData());
    return r.ok() ? api::fromBody<api::Workspace>(r.body) : api::Workspace();
}

QStringList names(const api::WorkspaceList &list)
{
    QStringList out;
    for (const auto &w : list.workspaces)
        out << w.name;
    return out;
}

/** The status of a workspace, or the error code GET answers with. */
QString statusOf(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = call(client, "GET", kWorkspaces + u'/' + id);
    return r.ok() ? api::fromBody<api::Workspace>(r.body).status.value_or(QString()) : r.error.code;
}

Json notebookBody(const QString &name, const QString &workspace)
{
    return { { "name", name.toStdString() }, { "flavor", "modelarts.vm.cpu.2u" },
        { "image_id", "0117d4c8-4d9d-4333-b0f3-dbeb19a298e1" }, { "workspace_id", workspace.toStdString() },
        { "volume", { { "category", "EVS" }, { "ownership", "MANAGED" } } } };
}
} // namespace

class TestWorkspaceModule : public QObject
{
    Q_OBJECT

private slots:
    void defaultWorkspaceRules();
    void createShowUpdate();
    void nameRules_data();
    void nameRules();
    void listPagesByPageNumber();
    void deletionIsAsynchronous();
    void quotas();
    void malformedJsonIs400();
    void persistsAcrossRestart();
    void demoData();
};

void TestWorkspaceModule::defaultWorkspaceRules()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto client = backend.accessKeyClient();

    api::ApiResult r = call(*client, "GET", kWorkspaces + QStringLiteral("/0"));
    QVERIFY2(r.ok(), r.body.constData());
    const auto ws = api::fromBody<api::Workspace>(r.body);
    QVERIFY(api::isDefaultWorkspace(ws));
    QCOMPARE(ws.name, QStringLiteral("default"));
    QCOMPARE(ws.status, QStringLiteral("NORMAL"));
    QCOMPARE(ws.authType, QStringLiteral("PUBLIC"));
    QCOMPARE(ws.owner, backend.server().config().userName);

    const auto list = api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces).body);
    QCOMPARE(list.totalCount, 1);
    QCOMPARE(list.workspaces.front().id, QStringLiteral("0"));
    QVERIFY(!list.workspaces.front().grants); // list items carry no grants

    r = call(*client, "DELETE", kWorkspaces + QStringLiteral("/0"));
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "PUT", kWorkspaces + QStringLiteral("/0"), dump({ { "name", "renamed" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "PUT", kWorkspaces + QStringLiteral("/0"), dump({ { "description", "the shared space" } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::WorkspaceIdResponse>(r.body).workspaceId, QStringLiteral("0"));
    QCOMPARE(statusOf(*client, QStringLiteral("0")), QStringLiteral("NORMAL"));
}

void TestWorkspaceModule::createShowUpdate()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();

    api::ApiResult r = call(*client, "POST", kWorkspaces,
        dump({ { "name", "team-a" }, { "description", "first team" }, { "auth_type", "private" } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(r.httpStatus, 200);
    auto ws = api::fromBody<api::Workspace>(r.body);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(ws.id).hasMatch(), qPrintable(ws.id));
    QCOMPARE(ws.name, QStringLiteral("team-a"));
    QCOMPARE(ws.authType, QStringLiteral("PRIVATE")); // accepted in lower case, answered as documented
    QCOMPARE(ws.status, QStringLiteral("NORMAL"));
    QVERIFY(ws.createTime && ws.updateTime);
    QVERIFY(ws.grants && ws.grants->empty());

    const auto shown = api::fromBody<api::Workspace>(call(*client, "GET", kWorkspaces + u'/' + ws.id).body);
    QCOMPARE(shown.description, QStringLiteral("first team"));

    r = call(*client, "PUT", kWorkspaces + u'/' + ws.id,
        dump({ { "name", "team-b" }, { "description", "renamed" }, { "auth_type", "internal" },
            { "grants", { { { "user_name", "alice" } } } } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::WorkspaceIdResponse>(r.body).workspaceId, ws.id);
    ws = api::fromBody<api::Workspace>(call(*client, "GET", kWorkspaces + u'/' + ws.id).body);
    QCOMPARE(ws.name, QStringLiteral("team-b"));
    QCOMPARE(ws.authType, QStringLiteral("INTERNAL"));
    QVERIFY(ws.grants && ws.grants->size() == 1);
    QCOMPARE(ws.grants->front().userName, QStringLiteral("alice"));

    // Grants take effect only with INTERNAL: a PUBLIC workspace drops them.
    const auto open = createWorkspace(*client, { { "name", "open-space" }, { "grants", { { { "user_id", "u1" } } } } });
    QCOMPARE(open.authType, QStringLiteral("PUBLIC"));
    QVERIFY(open.grants && open.grants->empty());
    r = call(*client, "POST", kWorkspaces, dump({ { "name", "bad-auth" }, { "auth_type", "secret" } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    r = call(*client, "POST", kWorkspaces,
        dump({ { "name", "bad-grant" }, { "auth_type", "INTERNAL" }, { "grants", { Json::object() } } }));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QCOMPARE(call(*client, "PUT", kWorkspaces + QStringLiteral("/0123456789abcdef0123456789abcdef"),
                 dump({ { "description", "x" } }))
                 .error.code,
        QStringLiteral("ModelArts.7005"));
}

void TestWorkspaceModule::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("4 characters") << QStringLiteral("abcd") << true;
    QTest::newRow("64 characters") << QString(64, u'w') << true;
    QTest::newRow("Chinese, digits, - and _") << QStringLiteral(u"视觉_team-01") << true;
    QTest::newRow("3 characters") << QStringLiteral("abc") << false;
    QTest::newRow("65 characters") << QString(65, u'w') << false;
    QTest::newRow("reserved default") << QStringLiteral("default") << false;
    QTest::newRow("space") << QStringLiteral("my team") << false;
    QTest::newRow("dot") << QStringLiteral("team.a") << false;
}

void TestWorkspaceModule::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const api::ApiResult r = call(*client, "POST", kWorkspaces, dump({ { "name", name.toStdString() } }));
    if (accepted)
    {
        QVERIFY2(r.ok(), r.body.constData());
        QCOMPARE(api::fromBody<api::Workspace>(r.body).name, name);
        // A second workspace with the same name is refused.
        const api::ApiResult again = call(*client, "POST", kWorkspaces, dump({ { "name", name.toStdString() } }));
        QCOMPARE(again.error.httpStatus, 400);
        QCOMPARE(again.error.code, QStringLiteral("ModelArts.0101"));
        QVERIFY2(again.error.message.contains(QStringLiteral("already exists")), qPrintable(again.error.message));
    }
    else
    {
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    }
}

void TestWorkspaceModule::listPagesByPageNumber()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!createWorkspace(
            *client, { { "name", QStringLiteral("ws-%1").arg(i, 2, 10, QLatin1Char('0')).toStdString() } })
                     .id.isEmpty());

    const auto page = [&](int offset)
    {
        return api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces, {},
            { { QStringLiteral("offset"), QString::number(offset) }, { QStringLiteral("limit"), QStringLiteral("2") },
                { QStringLiteral("sort_by"), QStringLiteral("name") },
                { QStringLiteral("order"),
                    QStringLiteral("asc") } }).body);
    };
    auto list = page(0);
    QCOMPARE(list.totalCount, 6);
    QCOMPARE(list.count, 2);
    QCOMPARE(names(list), (QStringList { QStringLiteral("default"), QStringLiteral("ws-01") }));
    QCOMPARE(
        names(page(1)), (QStringList { QStringLiteral("ws-02"), QStringLiteral("ws-03") })); // offset 1 = second page
    QCOMPARE(names(page(2)), (QStringList { QStringLiteral("ws-04"), QStringLiteral("ws-05") }));
    list = page(3);
    QCOMPARE(list.count, 0);
    QCOMPARE(list.totalCount, 6);

    // Defaults: sort by name, descending, limit 1000.
    list = api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces).body);
    QCOMPARE(list.count, 6);
    QCOMPARE(list.workspaces.front().name, QStringLiteral("ws-05"));
    list = api::fromBody<api::WorkspaceList>(
        call(*client, "GET", kWorkspaces, {}, { { QStringLiteral("name"), QStringLiteral("WS-0") } }).body);
    QCOMPARE(list.totalCount, 5);
    list = api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces, {},
        { { QStringLiteral("sort_by"), QStringLiteral("update_time") },
            { QStringLiteral("order"),
                QStringLiteral("desc") } }).body);
    QCOMPARE(list.workspaces.front().name, QStringLiteral("ws-05"));

    QCOMPARE(
        call(*client, "GET", kWorkspaces, {}, { { QStringLiteral("sort_by"), QStringLiteral("owner") } }).error.code,
        QStringLiteral("ModelArts.0101"));
    QCOMPARE(call(*client, "GET", kWorkspaces, {}, { { QStringLiteral("order"), QStringLiteral("up") } }).error.code,
        QStringLiteral("ModelArts.0101"));
    QCOMPARE(
        call(*client, "GET", kWorkspaces, {}, { { QStringLiteral("limit"), QStringLiteral("0") } }).error.httpStatus,
        400);
}

void TestWorkspaceModule::deletionIsAsynchronous()
{
    // 10 s nominal at scale 10: a second in DELETING.
    LocalBackend backend({ 10.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = createWorkspace(*client, { { "name", "short-lived" } }).id;
    QVERIFY(!id.isEmpty());

    api::ApiResult r = call(*client, "DELETE", kWorkspaces + u'/' + id);
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::WorkspaceIdResponse>(r.body).workspaceId, id);
    QCOMPARE(statusOf(*client, id), QStringLiteral("DELETING"));
    // No new notebooks in a workspace being deleted.
    r = call(
        *client, "POST", QStringLiteral("/v1/{project_id}/notebooks"), dump(notebookBody(QStringLiteral("late"), id)));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0102"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*client, id), QStringLiteral("ModelArts.7005"), 15000);

    r = call(*client, "GET", kWorkspaces + u'/' + id);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.message, QStringLiteral("workspace:%1 not existed").arg(id));
    QVERIFY(r.error.isNotFound());
    QCOMPARE(call(*client, "DELETE", kWorkspaces + u'/' + id).error.code, QStringLiteral("ModelArts.7005"));
    // The name is free again.
    QVERIFY(!createWorkspace(*client, { { "name", "short-lived" } }).id.isEmpty());
}

void TestWorkspaceModule::quotas()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const QString id = createWorkspace(*client, { { "name", "quota-space" } }).id;
    QVERIFY(!id.isEmpty());
    const QString path = kWorkspaces + u'/' + id + QStringLiteral("/quotas");

    api::ApiResult r = call(*client, "GET", path);
    QVERIFY2(r.ok(), r.body.constData());
    auto quotas = api::fromBody<api::WorkspaceQuotas>(r.body);
    QVERIFY(quotas.quotas.size() >= 2);
    const auto find = [](const api::WorkspaceQuotas &q, const QString &resource)
    {
        return *std::find_if(q.quotas.begin(), q.quotas.end(), [&](const auto &x) { return x.resource == resource; });
    };
    auto notebook = find(quotas, QStringLiteral("notebook"));
    QVERIFY(api::workspaceQuotaUnlimited(notebook));
    QVERIFY(!notebook.usedQuota);
    QVERIFY(api::parseJson(r.body)["quotas"][0].contains("used_quota")); // null while unlimited
    QVERIFY(notebook.nameEn && notebook.unitEn && notebook.maxQuota && notebook.updateTime);
    QVERIFY(find(quotas, QStringLiteral("train_job")).quota);

    r = call(*client, "PUT", path, dump({ { "quotas", { { { "resource", "notebook" }, { "quota", 1 } } } } }));
    QVERIFY2(r.ok(), r.body.constData());
    quotas = api::fromBody<api::WorkspaceQuotas>(r.body);
    QCOMPARE(quotas.quotas.size(), size_t(1));
    QCOMPARE(quotas.quotas.front().quota, 1);

    // The quota binds notebook creation in that workspace (and only there).
    const QString notebooks = QStringLiteral("/v1/{project_id}/notebooks");
    r = call(*client, "POST", notebooks, dump(notebookBody(QStringLiteral("first"), id)));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Notebook>(r.body).workspaceId, id);
    r = call(*client, "POST", notebooks, dump(notebookBody(QStringLiteral("second"), id)));
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0113"));
    QVERIFY(
        call(*client, "POST", notebooks, dump(notebookBody(QStringLiteral("elsewhere"), QStringLiteral("0")))).ok());
    notebook = find(api::fromBody<api::WorkspaceQuotas>(call(*client, "GET", path).body), QStringLiteral("notebook"));
    QCOMPARE(notebook.quota, 1);
    QCOMPARE(notebook.usedQuota, 1);

    QCOMPARE(call(*client, "PUT", path, dump({ { "quotas", { { { "resource", "gpu_hours" }, { "quota", 1 } } } } }))
                 .error.code,
        QStringLiteral("ModelArts.0101"));
    QCOMPARE(call(*client, "PUT", path, dump({ { "quotas", { { { "resource", "notebook" }, { "quota", 0 } } } } }))
                 .error.code,
        QStringLiteral("ModelArts.0101"));
    QCOMPARE(
        call(*client, "PUT", path, dump({ { "quotas", { { { "resource", "notebook" }, { "quota", 1000000 } } } } }))
            .error.code,
        QStringLiteral("ModelArts.0101"));
    QVERIFY(
        call(*client, "PUT", path, dump({ { "quotas", { { { "resource", "notebook" }, { "quota", -1 } } } } })).ok());
    QVERIFY(call(*client, "POST", notebooks, dump(notebookBody(QStringLiteral("second"), id))).ok());
    QCOMPARE(call(*client, "GET", kWorkspaces + QStringLiteral("/0123456789abcdef0123456789abcdef/quotas")).error.code,
        QStringLiteral("ModelArts.7005"));
}

void TestWorkspaceModule::malformedJsonIs400()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    api::ApiResult r = call(*client, "POST", kWorkspaces, "{\"name\":");
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0101"));
    QCOMPARE(call(*client, "POST", kWorkspaces, dump({ { "description", "no name" } })).error.httpStatus, 400);
    QCOMPARE(call(*client, "PUT", kWorkspaces + QStringLiteral("/0"), "[").error.httpStatus, 400);
    QCOMPARE(call(*client, "PUT", kWorkspaces + QStringLiteral("/0/quotas"), "{}x").error.httpStatus, 400);
}

void TestWorkspaceModule::persistsAcrossRestart()
{
    LocalBackend backend({ 1.0, false, {} });
    QVERIFY(backend.isRunning());
    QString id;
    {
        auto client = backend.accessKeyClient();
        id = createWorkspace(*client, { { "name", "kept-space" }, { "auth_type", "PRIVATE" } }).id;
        QVERIFY(!id.isEmpty());
        QVERIFY(call(*client, "PUT", kWorkspaces + u'/' + id + QStringLiteral("/quotas"),
            dump({ { "quotas", { { { "resource", "train_job" }, { "quota", 20 } } } } }))
                    .ok());
    }
    QVERIFY2(backend.restart(), qPrintable(backend.error()));
    auto client = backend.accessKeyClient();
    const auto ws = api::fromBody<api::Workspace>(call(*client, "GET", kWorkspaces + u'/' + id).body);
    QCOMPARE(ws.name, QStringLiteral("kept-space"));
    QCOMPARE(ws.authType, QStringLiteral("PRIVATE"));
    const auto list = api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces).body);
    QCOMPARE(list.totalCount, 2); // still exactly one default workspace
    const auto quotas = api::fromBody<api::WorkspaceQuotas>(
        call(*client, "GET", kWorkspaces + u'/' + id + QStringLiteral("/quotas")).body);
    const auto train = std::find_if(
        quotas.quotas.begin(), quotas.quotas.end(), [](const auto &q) { return q.resource == u"train_job"; });
    QVERIFY(train != quotas.quotas.end());
    QCOMPARE(train->quota, 20);
}

void TestWorkspaceModule::demoData()
{
    LocalBackend backend({ 1.0, true, {} });
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const auto list = api::fromBody<api::WorkspaceList>(call(*client, "GET", kWorkspaces).body);
    QVERIFY2(list.totalCount.value_or(0) >= 2, qPrintable(names(list).join(u',')));
    QVERIFY(names(list).contains(QStringLiteral("default")));
}

QTEST_GUILESS_MAIN(TestWorkspaceModule)
#include "tst_workspacemodule.moc"
