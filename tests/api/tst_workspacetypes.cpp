// Workspace resource types (api/types/workspace.h): fixtures rebuilt from the described
// Huawei examples HW-01 / HW-02 (api_examples.md §7), round trips, strict errors, the
// documented quirks (id 0 as a number, lower-case auth_type), helpers.

#include "api/types/workspace.h"
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
    return parseJson(ma::test::readTestData(QStringLiteral("workspace/") + name));
}

Json mutated(const QString &file, const QString &change)
{
    return ma::test::withChange(fixture(file), change);
}

// Picks the type of a workspace example from its method and path (W-1..W-6).
void checkWorkspaceExample(const ma::test::SpecExample &ex, const Json &raw)
{
    const bool quotas = ex.path.endsWith(u"/quotas");
    const bool item = ex.path.contains(u"{workspace_id}");
    if (quotas)
    {
        checkRoundTrip(fromJson<WorkspaceQuotas>(raw), raw);
    }
    else if (ex.isRequest)
    {
        if (ex.method == u"POST")
            checkRoundTrip(fromJson<WorkspaceCreateRequest>(raw), raw);
        else
            checkRoundTrip(fromJson<WorkspaceUpdateRequest>(raw), raw);
    }
    else if (ex.method == u"GET" && !item)
    {
        const WorkspaceList list = fromJson<WorkspaceList>(raw);
        QCOMPARE(int(list.workspaces.size()), int(raw["workspaces"].size()));
    }
    else if (ex.method == u"PUT" || ex.method == u"DELETE")
    {
        QCOMPARE(fromJson<WorkspaceIdResponse>(raw).workspaceId, text(raw["workspace_id"]));
    }
    else
    {
        QCOMPARE(fromJson<Workspace>(raw).name, text(raw["name"]));
    }
}
} // namespace

class TestWorkspaceTypes final : public QObject
{
    Q_OBJECT

private slots:
    void describedListHw01();
    void describedCreateHw02();
    void workspaceValues();
    void requestsAndQuotas();
    void roundTrip_data();
    void roundTrip();
    void strictErrors_data();
    void strictErrors();
    void tolerance();
    void authType_data();
    void authType();
    void publishedExamples();
};

void TestWorkspaceTypes::describedListHw01()
{
    // HW-01: total_count 10, count 1, the default workspace with id the number 0 and
    // auth_type "public".
    const Json raw = fixture(u"workspace_list.json"_s);
    QVERIFY(raw["workspaces"][0]["id"].is_number());
    const WorkspaceList list = fromJson<WorkspaceList>(raw);
    QCOMPARE(list.totalCount.value_or(0), 10LL);
    QCOMPARE(list.count.value_or(0), 1LL);
    QCOMPARE(int(list.workspaces.size()), 1);
    const Workspace &ws = list.workspaces[0];
    QCOMPARE(ws.id, u"0"_s);
    QVERIFY(isDefaultWorkspace(ws));
    QCOMPARE(ws.name, u"default"_s);
    QCOMPARE(ws.description.value_or(u"x"_s), QString());
    QCOMPARE(ws.owner.value_or(QString()), u"testUser"_s);
    QCOMPARE(ws.enterpriseProjectName.value_or(QString()), u"default"_s);
    QCOMPARE(ws.authType.value_or(QString()), u"public"_s); // kept as sent
    QCOMPARE(workspaceAuthType(ws.authType), WorkspaceAuthType::Public);
    QCOMPARE(ws.createTime.value_or(0), 1460000010000LL);
    QCOMPARE(ws.updateTime.value_or(0), 1460000010000LL);
    QCOMPARE(ws.status.value_or(QString()), WorkspaceStatus::Normal.toString());
    QCOMPARE(ws.statusInfo.value_or(u"x"_s), QString());
    // The id goes back out as the documented string type.
    QVERIFY(encode(ws)["id"] == Json("0"));
}

void TestWorkspaceTypes::describedCreateHw02()
{
    const WorkspaceCreateRequest req = fromJson<WorkspaceCreateRequest>(fixture(u"workspace_create_request.json"_s));
    QCOMPARE(req.name, u"test-workspace"_s);
    QCOMPARE(req.description.value_or(QString()), u"It is a test project"_s);
    QCOMPARE(workspaceAuthType(req.authType), WorkspaceAuthType::Internal); // "internal"
    QCOMPARE(int(req.grants->size()), 1);
    QCOMPARE(req.grants->front().userName.value_or(QString()), u"test"_s);
    QVERIFY(!req.grants->front().userId);

    const Workspace ws = fromJson<Workspace>(fixture(u"workspace_create_response.json"_s));
    QCOMPARE(ws.name, u"test-workspace"_s);
    QCOMPARE(ws.description.value_or(QString()), u"It is a test project'"_s); // stray apostrophe as documented
    QCOMPARE(ws.id.size(), 32);
    QVERIFY(!isDefaultWorkspace(ws));
    QCOMPARE(ws.createTime.value_or(0), 1470000020000LL);
    QCOMPARE(ws.updateTime.value_or(0), 1470000030000LL);
    QCOMPARE(ws.enterpriseProjectName.value_or(QString()), u"test-eps"_s);
    QCOMPARE(workspaceAuthType(ws.authType), WorkspaceAuthType::Public);
    QVERIFY(!ws.grants);
}

void TestWorkspaceTypes::workspaceValues()
{
    const Workspace ws = fromJson<Workspace>(fixture(u"workspace_full.json"_s));
    QCOMPARE(ws.id, u"7c1e5a9b3d2f4e6a8b0c1d2e3f4a5b6c"_s);
    QCOMPARE(ws.owner.value_or(QString()), u"alice"_s);
    QCOMPARE(workspaceAuthType(ws.authType), WorkspaceAuthType::Internal);
    QCOMPARE(int(ws.grants->size()), 2);
    QCOMPARE(ws.grants->at(0).userId.value_or(QString()), u"u-0001"_s);
    QCOMPARE(ws.grants->at(1).userType.value_or(QString()), u"FEDERATE"_s);
    QVERIFY(ws.grants->at(1).extra["granted_at"] == Json(1700000600000LL));
    QVERIFY(ws.extra.contains("labels"));
}

void TestWorkspaceTypes::requestsAndQuotas()
{
    const WorkspaceUpdateRequest upd = fromJson<WorkspaceUpdateRequest>(fixture(u"workspace_update.json"_s));
    QCOMPARE(upd.name.value_or(QString()), u"vision-team-2"_s);
    QCOMPARE(workspaceAuthType(upd.authType), WorkspaceAuthType::Private);
    QCOMPARE(upd.grants->front().userId.value_or(QString()), u"u-0002"_s);

    // Only what changed goes out.
    WorkspaceUpdateRequest rename;
    rename.description = u"d"_s;
    QCOMPARE(encode(rename).dump(), std::string(R"({"description":"d"})"));

    WorkspaceCreateRequest create;
    create.name = u"ws-new"_s;
    QCOMPARE(encode(create).dump(), std::string(R"({"name":"ws-new"})"));

    QCOMPARE(fromJson<WorkspaceIdResponse>(fixture(u"workspace_id_response.json"_s)).workspaceId,
        u"7c1e5a9b3d2f4e6a8b0c1d2e3f4a5b6c"_s);

    const WorkspaceQuotas quotas = fromJson<WorkspaceQuotas>(fixture(u"workspace_quotas.json"_s));
    QCOMPARE(int(quotas.quotas.size()), 2);
    const WorkspaceQuota &nb = quotas.quotas[0];
    QCOMPARE(nb.resource, u"notebook.instance"_s);
    QCOMPARE(nb.quota.value_or(0), 10LL);
    QCOMPARE(nb.maxQuota.value_or(0), 100LL);
    QCOMPARE(nb.usedQuota.value_or(0), 3LL);
    QCOMPARE(nb.updateTime.value_or(0), 1700000700000LL);
    QCOMPARE(nb.nameCn.value_or(QString()), u"笔记本实例"_s);
    QVERIFY(!workspaceQuotaUnlimited(nb));
    const WorkspaceQuota &gpu = quotas.quotas[1];
    QVERIFY(workspaceQuotaUnlimited(gpu));
    QVERIFY(!gpu.usedQuota); // null
    QVERIFY(encode(gpu)["used_quota"].is_null()); // and null again on the way out
}

void TestWorkspaceTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RoundTripFn>("run");
    QTest::newRow("workspace") << u"workspace_full.json"_s << RoundTripFn(reencode<Workspace>);
    QTest::newRow("create request (HW-02)")
        << u"workspace_create_request.json"_s << RoundTripFn(reencode<WorkspaceCreateRequest>);
    QTest::newRow("create response (HW-02)") << u"workspace_create_response.json"_s << RoundTripFn(reencode<Workspace>);
    QTest::newRow("update") << u"workspace_update.json"_s << RoundTripFn(reencode<WorkspaceUpdateRequest>);
    QTest::newRow("id response") << u"workspace_id_response.json"_s << RoundTripFn(reencode<WorkspaceIdResponse>);
    QTest::newRow("quotas") << u"workspace_quotas.json"_s << RoundTripFn(reencode<WorkspaceQuotas>);
}

void TestWorkspaceTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(RoundTripFn, run);
    const Json raw = fixture(file);
    QVERIFY(sameJson(run(raw), raw));
}

void TestWorkspaceTypes::strictErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<ProbeFn>("probe");
    QTest::addColumn<QString>("path");

    const ProbeFn create = errorPath<WorkspaceCreateRequest>;
    QTest::newRow("create without name") << u"workspace_create_request.json"_s << u"/name"_s << create << u"name"_s;
    QTest::newRow("create grant without user")
        << u"workspace_create_request.json"_s << u"/grants/0={\"user_type\":\"IAM\"}"_s << create << u"grants[0]"_s;
    QTest::newRow("create grants not a list")
        << u"workspace_create_request.json"_s << u"/grants={}"_s << create << u"grants"_s;
    QTest::newRow("update grant without user") << u"workspace_update.json"_s << u"/grants/0/user_id"_s
                                               << ProbeFn(errorPath<WorkspaceUpdateRequest>) << u"grants[0]"_s;
    QTest::newRow("workspace without id")
        << u"workspace_full.json"_s << u"/id"_s << ProbeFn(errorPath<Workspace>) << u"id"_s;
    QTest::newRow("workspace null name") << u"workspace_full.json"_s << u"/name=null"_s << ProbeFn(errorPath<Workspace>)
                                         << u"name"_s;
    QTest::newRow("workspace create_time text") << u"workspace_full.json"_s << u"/create_time=\"yesterday\""_s
                                                << ProbeFn(errorPath<Workspace>) << u"create_time"_s;
    QTest::newRow("list item without id") << u"workspace_list.json"_s << u"/workspaces/0/id"_s
                                          << ProbeFn(errorPath<WorkspaceList>) << u"workspaces[0].id"_s;
    QTest::newRow("list total_count text") << u"workspace_list.json"_s << u"/total_count=\"ten\""_s
                                           << ProbeFn(errorPath<WorkspaceList>) << u"total_count"_s;
    QTest::newRow("id response empty") << u"workspace_id_response.json"_s << u"/workspace_id"_s
                                       << ProbeFn(errorPath<WorkspaceIdResponse>) << u"workspace_id"_s;
    QTest::newRow("quota without resource") << u"workspace_quotas.json"_s << u"/quotas/1/resource"_s
                                            << ProbeFn(errorPath<WorkspaceQuotas>) << u"quotas[1].resource"_s;
    QTest::newRow("quota value object") << u"workspace_quotas.json"_s << u"/quotas/0/quota={}"_s
                                        << ProbeFn(errorPath<WorkspaceQuotas>) << u"quotas[0].quota"_s;
}

void TestWorkspaceTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(ProbeFn, probe);
    QFETCH(QString, path);
    QCOMPARE(probe(fixture(file)), u"<no error>"_s);
    QCOMPARE(probe(mutated(file, change)), path);
}

void TestWorkspaceTypes::tolerance()
{
    // Numbers as strings and strings as numbers.
    Json j = fixture(u"workspace_full.json"_s);
    j["create_time"] = "1700000000000";
    j["id"] = 12345;
    j["name"] = 7;
    const Workspace ws = fromJson<Workspace>(j);
    QCOMPARE(ws.createTime.value_or(0), 1700000000000LL);
    QCOMPARE(ws.id, u"12345"_s);
    QCOMPARE(ws.name, u"7"_s);

    // Default workspace id as text or number, with stray spaces.
    QVERIFY(isDefaultWorkspace(fromJson<Workspace>(parseJson(R"({"id":"0","name":"default"})"))));
    QVERIFY(isDefaultWorkspace(fromJson<Workspace>(parseJson(R"({"id":0,"name":"default"})"))));
    QVERIFY(isDefaultWorkspace(fromJson<Workspace>(parseJson(R"({"id":" 0","name":"default"})"))));

    // Quota counters as text; an empty or null list.
    Json q = fixture(u"workspace_quotas.json"_s);
    q["quotas"][0]["used_quota"] = "3";
    q["quotas"][1]["quota"] = "-1";
    const WorkspaceQuotas quotas = fromJson<WorkspaceQuotas>(q);
    QCOMPARE(quotas.quotas[0].usedQuota.value_or(0), 3LL);
    QVERIFY(workspaceQuotaUnlimited(quotas.quotas[1]));
    QVERIFY(fromJson<WorkspaceList>(parseJson(R"({"total_count":0,"count":0,"workspaces":null})")).workspaces.empty());
}

void TestWorkspaceTypes::authType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("absent");
    QTest::addColumn<WorkspaceAuthType>("type");
    QTest::newRow("PUBLIC") << u"PUBLIC"_s << false << WorkspaceAuthType::Public;
    QTest::newRow("public") << u"public"_s << false << WorkspaceAuthType::Public;
    QTest::newRow("Private") << u"Private"_s << false << WorkspaceAuthType::Private;
    QTest::newRow("internal") << u"internal"_s << false << WorkspaceAuthType::Internal;
    QTest::newRow("padded") << u" INTERNAL "_s << false << WorkspaceAuthType::Internal;
    QTest::newRow("empty means default") << QString() << false << WorkspaceAuthType::Public;
    QTest::newRow("absent means default") << QString() << true << WorkspaceAuthType::Public;
    QTest::newRow("unknown") << u"SHARED"_s << false << WorkspaceAuthType::Unknown;
}

void TestWorkspaceTypes::authType()
{
    QFETCH(QString, input);
    QFETCH(bool, absent);
    QFETCH(WorkspaceAuthType, type);
    const std::optional<QString> value = absent ? std::nullopt : std::optional<QString>(input);
    QCOMPARE(workspaceAuthType(value), type);
    if (type != WorkspaceAuthType::Unknown)
        QCOMPARE(workspaceAuthType(workspaceAuthTypeText(type)), type);
    else
        QCOMPARE(workspaceAuthTypeText(type), QString());
}

void TestWorkspaceTypes::publishedExamples()
{
    // The workspace bodies are only described (HW-01/HW-02, rebuilt above as fixtures);
    // should an EX block for /workspaces appear, it is decoded by method and path here.
    const QList<ma::test::SpecExample> all = ma::test::loadSpecExamples();
    if (all.isEmpty())
        QSKIP("api_examples.md not found (set MA_SPEC_DIR)");
    int valid = 0;
    int decoded = 0;
    for (const ma::test::SpecExample &ex : all)
    {
        if (!ex.path.contains(u"/workspaces") || ex.httpStatus >= 400 || ex.title.contains(u"error"))
            continue;
        if (!ex.validJson)
        {
            qInfo("%s: invalid JSON as published: skipped", qPrintable(ex.id));
            continue;
        }
        ++valid;
        const Json raw = parseJson(ex.body);
        try
        {
            checkWorkspaceExample(ex, raw);
        }
        catch (const DecodeError &e)
        {
            QFAIL(qPrintable(ex.id + u": "_s + QString::fromUtf8(e.what())));
        }
        if (QTest::currentTestFailed())
            return;
        ++decoded;
    }
    qInfo("decoded %d of %d valid workspace examples (HW-01/HW-02 are described only and rebuilt as fixtures)", decoded,
        valid);
    QCOMPARE(decoded, valid);
}

QTEST_APPLESS_MAIN(TestWorkspaceTypes)
#include "tst_workspacetypes.moc"
