// IAM bodies (api/types/iam.h): token request builders, token reply, timestamps,
// project lists; own fixtures, round trips, strict errors, and the published examples
// EX079-EX082.

#include "api/types/iam.h"
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
    return parseJson(ma::test::readTestData(QStringLiteral("iam/") + name));
}

Json mutated(const QString &file, const QString &change)
{
    return ma::test::withChange(fixture(file), change);
}

void checkProjects(const Json &raw)
{
    const IamProjectList list = fromJson<IamProjectList>(raw);
    QCOMPARE(int(list.projects.size()), int(raw["projects"].size()));
    QCOMPARE(list.links->self.value_or(QString()), text(raw["links"]["self"]));
    QCOMPARE(list.links->next.has_value(), !raw["links"]["next"].is_null());
    for (size_t i = 0; i < list.projects.size(); ++i)
    {
        const Json &p = raw["projects"][i];
        QCOMPARE(list.projects[i].id, text(p["id"]));
        QCOMPARE(list.projects[i].name, text(p["name"]));
        QCOMPARE(list.projects[i].domainId.value_or(QString()), text(p["domain_id"]));
        QCOMPARE(list.projects[i].enabled.value_or(false), p["enabled"].get<bool>());
        QCOMPARE(list.projects[i].links->self.value_or(QString()), text(p["links"]["self"]));
        const IamProject *found = findProject(list, text(p["name"]));
        QVERIFY(found);
        QCOMPARE(found->id, text(p["id"]));
    }
    checkRoundTrip(list, raw);
}
} // namespace

class TestIamTypes final : public QObject
{
    Q_OBJECT

private slots:
    void passwordBuilder();
    void akSkBuilder();
    void tokenResponse();
    void projects();
    void timestamps_data();
    void timestamps();
    void roundTrip_data();
    void roundTrip();
    void strictErrors_data();
    void strictErrors();
    void publishedExamples();
};

void TestIamTypes::passwordBuilder()
{
    const IamTokenRequest req = passwordTokenRequest(u"acme-cloud"_s, u"alice"_s, u"fixture-secret"_s, u"cn-north-4"_s);
    QVERIFY(sameJson(encode(req), fixture(u"token_password_request.json"_s)));
    QCOMPARE(req.auth.identity.methods, std::vector<QString> { u"password"_s });
    QVERIFY(!req.auth.identity.hwAkSk);
    QVERIFY(!req.auth.scope->domain);

    const IamTokenRequest back = fromJson<IamTokenRequest>(fixture(u"token_password_request.json"_s));
    QCOMPARE(back.auth.identity.password->user.name.value_or(QString()), u"alice"_s);
    QCOMPARE(back.auth.identity.password->user.password, u"fixture-secret"_s);
    QCOMPARE(back.auth.identity.password->user.domain->name.value_or(QString()), u"acme-cloud"_s);
    QCOMPARE(back.auth.scope->project->name.value_or(QString()), u"cn-north-4"_s);

    // Characters that need JSON escaping survive.
    const IamTokenRequest odd = passwordTokenRequest(u"acc"_s, u"u"_s, u"p\"w\\d\n€"_s, u"cn-north-4"_s);
    const IamTokenRequest oddBack = fromBody<IamTokenRequest>(dumpJson(encode(odd)));
    QCOMPARE(oddBack.auth.identity.password->user.password, u"p\"w\\d\n€"_s);
}

void TestIamTypes::akSkBuilder()
{
    const IamTokenRequest req = akSkTokenRequest(
        u"AKFIXTURE000000000000"_s, u"SKfixture0000000000000000000000000000000"_s, u"ap-southeast-3"_s);
    QVERIFY(sameJson(encode(req), fixture(u"token_aksk_request.json"_s)));
    QVERIFY(!req.auth.identity.password);

    const IamTokenRequest back = fromJson<IamTokenRequest>(fixture(u"token_aksk_request.json"_s));
    QCOMPARE(back.auth.identity.methods.front(), u"hw_ak_sk"_s);
    QCOMPARE(back.auth.identity.hwAkSk->access.key, u"AKFIXTURE000000000000"_s);
    QCOMPARE(back.auth.identity.hwAkSk->secret.key, u"SKfixture0000000000000000000000000000000"_s);
}

void TestIamTypes::tokenResponse()
{
    const IamTokenResponse resp = fromJson<IamTokenResponse>(fixture(u"token_response.json"_s));
    const IamToken &t = resp.token;
    QCOMPARE(t.methods->front(), u"password"_s);
    QCOMPARE(tokenExpiresAt(t), QDateTime(QDate(2024, 5, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(
        parseIamTimestamp(t.issuedAt.value_or(QString())), QDateTime(QDate(2024, 5, 1), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(parseIamTimestamp(t.issuedAt.value_or(QString())).secsTo(tokenExpiresAt(t)), 24 * 3600);
    QCOMPARE(t.user->name.value_or(QString()), u"alice"_s);
    QCOMPARE(t.user->domain->name.value_or(QString()), u"acme-cloud"_s);
    QCOMPARE(t.user->passwordExpiresAt.value_or(u"x"_s), QString());
    QCOMPARE(t.project->id.value_or(QString()), u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(t.project->name.value_or(QString()), u"cn-north-4"_s);
    QVERIFY(!t.domain);
    QCOMPARE(t.catalog->front().type.value_or(QString()), u"modelarts"_s);
    const IamCatalogEndpoint &ep = t.catalog->front().endpoints->front();
    QCOMPARE(ep.interface_.value_or(QString()), u"public"_s);
    QCOMPARE(ep.regionId.value_or(QString()), u"cn-north-4"_s);
    QVERIFY(ep.extra["weight"] == Json(1));
    QCOMPARE(int(t.roles->size()), 2);
    QCOMPARE(t.roles->at(1).name.value_or(QString()), u"op_fine_grained"_s);
    QVERIFY(t.extra.contains("assumed_by"));

    // ?nocatalog and a domain-scoped token.
    const IamTokenResponse bare = fromJson<IamTokenResponse>(
        parseJson(R"({"token":{"expires_at":"2024-01-01T00:00:00.000Z","domain":{"id":"d","name":"acme"}}})"));
    QVERIFY(!bare.token.catalog && !bare.token.project);
    QCOMPARE(bare.token.domain->name.value_or(QString()), u"acme"_s);
    QCOMPARE(tokenExpiresAt(bare.token), QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestIamTypes::projects()
{
    const IamProjectList list = fromJson<IamProjectList>(fixture(u"projects.json"_s));
    QVERIFY(list.links && !list.links->next && !list.links->previous);
    QCOMPARE(int(list.projects.size()), 2);
    const IamProject *p = findProject(list, u"cn-north-4"_s);
    QVERIFY(p);
    QCOMPARE(p->id, u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(p->isDomain.value_or(true), false);
    QCOMPARE(p->enabled.value_or(false), true);
    QCOMPARE(p->parentId.value_or(QString()), u"domain-id-fixture"_s);
    QVERIFY(p->extra.contains("tags"));
    QCOMPARE(list.projects[1].enabled.value_or(true), false);
    QVERIFY(!findProject(list, u"cn-north"_s)); // exact names only
    // The explicit nulls of links come back as nulls.
    QVERIFY(encode(list)["links"]["next"].is_null());
    QVERIFY(fromJson<IamProjectList>(parseJson(R"({"projects":[]})")).projects.empty());
}

void TestIamTypes::timestamps_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("6 digits (IAM doc)") << u"2015-11-09T01:42:57.527363Z"_s << utc(2015, 11, 9, 1, 42, 57, 527);
    QTest::newRow("6 digits, trailing zeros") << u"2019-02-13T06:52:13.855000Z"_s << utc(2019, 2, 13, 6, 52, 13, 855);
    QTest::newRow("3 digits") << u"2019-02-13T06:52:13.855Z"_s << utc(2019, 2, 13, 6, 52, 13, 855);
    QTest::newRow("1 digit") << u"2019-02-13T06:52:13.8Z"_s << utc(2019, 2, 13, 6, 52, 13, 800);
    QTest::newRow("9 digits truncated") << u"2019-02-13T06:52:13.999999999Z"_s << utc(2019, 2, 13, 6, 52, 13, 999);
    QTest::newRow("no fraction") << u"2024-05-02T03:04:05Z"_s << utc(2024, 5, 2, 3, 4, 5, 0);
    QTest::newRow("no zone is UTC") << u"2016-11-06T15:32:17.000000"_s << utc(2016, 11, 6, 15, 32, 17, 0);
    QTest::newRow("positive offset") << u"2024-05-02T11:04:05.5+08:00"_s << utc(2024, 5, 2, 3, 4, 5, 500);
    QTest::newRow("offset over midnight") << u"2024-05-02T01:00:00+02:00"_s << utc(2024, 5, 1, 23, 0, 0, 0);
    QTest::newRow("negative offset, no colon") << u"2024-05-01T22:00:00-0530"_s << utc(2024, 5, 2, 3, 30, 0, 0);
    QTest::newRow("space separator") << u"2024-05-02 03:04:05.678901Z"_s << utc(2024, 5, 2, 3, 4, 5, 678);
    QTest::newRow("lower-case z, padded") << u" 2024-05-02T03:04:05z "_s << utc(2024, 5, 2, 3, 4, 5, 0);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("date only") << u"2024-05-02"_s << QDateTime();
    QTest::newRow("bad month") << u"2024-13-02T03:04:05Z"_s << QDateTime();
    QTest::newRow("bad hour") << u"2024-05-02T25:04:05Z"_s << QDateTime();
    QTest::newRow("words") << u"tomorrow"_s << QDateTime();
}

void TestIamTypes::timestamps()
{
    QFETCH(QString, input);
    QFETCH(QDateTime, expected);
    const QDateTime got = parseIamTimestamp(input);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid())
    {
        QCOMPARE(got, expected);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }
}

void TestIamTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RoundTripFn>("run");
    QTest::newRow("password request") << u"token_password_request.json"_s << RoundTripFn(reencode<IamTokenRequest>);
    QTest::newRow("aksk request") << u"token_aksk_request.json"_s << RoundTripFn(reencode<IamTokenRequest>);
    QTest::newRow("token response") << u"token_response.json"_s << RoundTripFn(reencode<IamTokenResponse>);
    QTest::newRow("projects") << u"projects.json"_s << RoundTripFn(reencode<IamProjectList>);
}

void TestIamTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(RoundTripFn, run);
    const Json raw = fixture(file);
    QVERIFY(sameJson(run(raw), raw));
}

void TestIamTypes::strictErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<ProbeFn>("probe");
    QTest::addColumn<QString>("path");

    const ProbeFn req = errorPath<IamTokenRequest>;
    QTest::newRow("request without auth") << u"token_password_request.json"_s << u"/auth"_s << req << u"auth"_s;
    QTest::newRow("request without identity")
        << u"token_password_request.json"_s << u"/auth/identity"_s << req << u"auth.identity"_s;
    QTest::newRow("request without methods")
        << u"token_password_request.json"_s << u"/auth/identity/methods"_s << req << u"auth.identity.methods"_s;
    QTest::newRow("request with no methods")
        << u"token_password_request.json"_s << u"/auth/identity/methods=[]"_s << req << u"auth.identity.methods"_s;
    QTest::newRow("password method without section")
        << u"token_password_request.json"_s << u"/auth/identity/password"_s << req << u"auth.identity.password"_s;
    QTest::newRow("password without password")
        << u"token_password_request.json"_s << u"/auth/identity/password/user/password"_s << req
        << u"auth.identity.password.user.password"_s;
    QTest::newRow("password user without name or id")
        << u"token_password_request.json"_s << u"/auth/identity/password/user/name"_s << req
        << u"auth.identity.password.user.name"_s;
    QTest::newRow("aksk method without section")
        << u"token_aksk_request.json"_s << u"/auth/identity/hw_ak_sk"_s << req << u"auth.identity.hw_ak_sk"_s;
    QTest::newRow("aksk without secret key") << u"token_aksk_request.json"_s << u"/auth/identity/hw_ak_sk/secret/key"_s
                                             << req << u"auth.identity.hw_ak_sk.secret.key"_s;
    QTest::newRow("aksk without access") << u"token_aksk_request.json"_s << u"/auth/identity/hw_ak_sk/access"_s << req
                                         << u"auth.identity.hw_ak_sk.access"_s;
    QTest::newRow("scope project not an object")
        << u"token_aksk_request.json"_s << u"/auth/scope/project=\"x\""_s << req << u"auth.scope.project"_s;
    QTest::newRow("response without token")
        << u"token_response.json"_s << u"/token"_s << ProbeFn(errorPath<IamTokenResponse>) << u"token"_s;
    QTest::newRow("response without expires_at") << u"token_response.json"_s << u"/token/expires_at"_s
                                                 << ProbeFn(errorPath<IamTokenResponse>) << u"token.expires_at"_s;
    QTest::newRow("response endpoint list object")
        << u"token_response.json"_s << u"/token/catalog/0/endpoints={}"_s << ProbeFn(errorPath<IamTokenResponse>)
        << u"token.catalog[0].endpoints"_s;
    QTest::newRow("project without id") << u"projects.json"_s << u"/projects/1/id"_s
                                        << ProbeFn(errorPath<IamProjectList>) << u"projects[1].id"_s;
    QTest::newRow("project without name")
        << u"projects.json"_s << u"/projects/0/name"_s << ProbeFn(errorPath<IamProjectList>) << u"projects[0].name"_s;
    QTest::newRow("project enabled text") << u"projects.json"_s << u"/projects/0/enabled=\"yes\""_s
                                          << ProbeFn(errorPath<IamProjectList>) << u"projects[0].enabled"_s;
}

void TestIamTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(ProbeFn, probe);
    QFETCH(QString, path);
    QCOMPARE(probe(fixture(file)), u"<no error>"_s);
    QCOMPARE(probe(mutated(file, change)), path);
}

void TestIamTypes::publishedExamples()
{
    const QList<ExampleCase> cases = {
        { u"EX079"_s, true,
            [](const Json &raw)
            {
                const IamTokenRequest req = fromJson<IamTokenRequest>(raw);
                const Json &identity = raw["auth"]["identity"];
                QCOMPARE(int(req.auth.identity.methods.size()), int(identity["methods"].size()));
                QCOMPARE(req.auth.identity.methods.front(), text(identity["methods"][0]));
                const Json &user = identity["password"]["user"];
                QCOMPARE(req.auth.identity.password->user.name.value_or(QString()), text(user["name"]));
                QCOMPARE(
                    req.auth.identity.password->user.domain->name.value_or(QString()), text(user["domain"]["name"]));
                const Json &scope = raw["auth"]["scope"];
                QCOMPARE(req.auth.scope->domain.has_value(), scope.contains("domain"));
                QCOMPARE(req.auth.scope->project.has_value(), scope.contains("project"));
                if (scope.contains("domain"))
                    QCOMPARE(req.auth.scope->domain->name.value_or(QString()), text(scope["domain"]["name"]));
                checkRoundTrip(req, raw);
            } },
        { u"EX080"_s, false,
            [](const Json &raw)
            {
                const IamTokenResponse resp = fromJson<IamTokenResponse>(raw);
                const Json &t = raw["token"];
                QCOMPARE(resp.token.expiresAt, text(t["expires_at"]));
                const QDateTime expires = tokenExpiresAt(resp.token);
                const QDateTime issued = parseIamTimestamp(resp.token.issuedAt.value_or(QString()));
                QVERIFY(expires.isValid() && issued.isValid());
                QCOMPARE(expires.timeSpec(), Qt::UTC);
                QVERIFY(issued < expires);
                QCOMPARE(expires.toString(Qt::ISODate).left(19), text(t["expires_at"]).left(19));
                QCOMPARE(resp.token.user->name.value_or(QString()), text(t["user"]["name"]));
                QCOMPARE(int(resp.token.roles->size()), int(t["roles"].size()));
                QCOMPARE(int(resp.token.catalog->size()), int(t["catalog"].size()));
                QCOMPARE(resp.token.catalog->front().endpoints->front().interface_.value_or(QString()),
                    text(t["catalog"][0]["endpoints"][0]["interface"]));
                QCOMPARE(resp.token.domain.has_value(), t.contains("domain"));
                checkRoundTrip(resp, raw);
            } },
        { u"EX081"_s, false, checkProjects },
        { u"EX082"_s, false, checkProjects },
    };
    if (!runExamples(cases, "IAM"))
        QSKIP("api_examples.md not found (set MA_SPEC_DIR)");
}

QTEST_APPLESS_MAIN(TestIamTypes)
#include "tst_iamtypes.moc"
