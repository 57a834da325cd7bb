// The pre-submit checks of Buy AI Dedicated Cluster against a real modelarts-local: the
// quota line as the form got it, the chosen flavors on sale now, and no invented price.

#include "api/poolrequests.h"
#include "api/types/pool.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/pooldraft.h"
#include "models/poolprechecks.h"
#include "models/presubmitchecks.h"
#include "server/localserver.h"

#include <memory>
#include <QSignalSpy>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using Outcome = models::PreSubmitCheck::Outcome;

class TestPoolPrechecks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quotaLineIsTheFormsAnswer();
    void offeredFlavorIsOnSale();
    void unknownFlavorBlocks();
    void soldOutZoneBlocks();

private:
    std::unique_ptr<models::PreSubmitChecks> run(const models::PoolDraft &draft,
        const models::PoolQuotaFacts &quota = { Outcome::Passed, u"Quota: 0 of 15 resource pools used"_s });
    static const models::PreSubmitCheck *find(const models::PreSubmitChecks &checks, const QString &title);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::vector<api::ResourceFlavor> m_flavors;
};

void TestPoolPrechecks::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, u"Local"_s,
        m_backend->server().config().region, m_backend->accessKeyClient().release());
    const api::ApiResult answer = test::callAndWait(*m_connection->client(), api::pools::resourceFlavors());
    QVERIFY(answer.ok());
    m_flavors = api::fromBody<api::ResourceFlavorList>(answer.body).items;
    QVERIFY(!m_flavors.empty());
}

std::unique_ptr<models::PreSubmitChecks> TestPoolPrechecks::run(
    const models::PoolDraft &draft, const models::PoolQuotaFacts &quota)
{
    auto checks = std::make_unique<models::PreSubmitChecks>();
    models::addPoolOrderChecks(*checks, m_connection.get(), draft, quota);
    QSignalSpy finished(checks.get(), &models::PreSubmitChecks::finished);
    checks->start();
    if (!checks->isFinished())
        finished.wait(15000);
    return checks;
}

const models::PreSubmitCheck *TestPoolPrechecks::find(const models::PreSubmitChecks &checks, const QString &title)
{
    for (const models::PreSubmitCheck &check : checks.checks())
    {
        if (check.title == title)
            return &check;
    }
    return nullptr;
}

void TestPoolPrechecks::quotaLineIsTheFormsAnswer()
{
    models::PoolDraft draft;
    draft.flavors = { models::PoolFlavorRow { m_flavors.front().metadata->name.value_or(QString()), 1, {}, 0 } };
    auto checks = run(draft, { Outcome::Blocking, u"Quota: all 15 resource pools are in use."_s });
    const models::PreSubmitCheck *quota = find(*checks, u"Resource pool quota"_s);
    QVERIFY(quota);
    QCOMPARE(quota->outcome, Outcome::Blocking);
    QCOMPARE(quota->detail, u"Quota: all 15 resource pools are in use."_s);
    QVERIFY(checks->blocks());
    const models::PreSubmitCheck *cost = find(*checks, u"Cost"_s);
    QVERIFY(cost);
    QCOMPARE(cost->outcome, Outcome::Unknown);
}

void TestPoolPrechecks::offeredFlavorIsOnSale()
{
    // A flavor with at least one zone on sale (or no stock information at all).
    QString onSale;
    for (const api::ResourceFlavor &flavor : m_flavors)
    {
        bool normal = !flavor.status || !flavor.status->phase || flavor.status->phase->empty();
        if (flavor.status && flavor.status->phase)
        {
            for (const auto &[az, phase] : *flavor.status->phase)
                normal = normal || phase != u"soldout";
        }
        if (normal)
        {
            onSale = flavor.metadata->name.value_or(QString());
            break;
        }
    }
    QVERIFY(!onSale.isEmpty());
    models::PoolDraft draft;
    draft.flavors = { models::PoolFlavorRow { onSale, 2, {}, 0 } };
    auto checks = run(draft);
    QCOMPARE(find(*checks, u"Flavors on sale"_s)->outcome, Outcome::Passed);
    QVERIFY(!checks->blocks());
}

void TestPoolPrechecks::unknownFlavorBlocks()
{
    models::PoolDraft draft;
    draft.flavors = { models::PoolFlavorRow { u"modelarts.no.such.flavor"_s, 1, {}, 0 } };
    auto checks = run(draft);
    const models::PreSubmitCheck *sale = find(*checks, u"Flavors on sale"_s);
    QCOMPARE(sale->outcome, Outcome::Blocking);
    QVERIFY(sale->detail.contains(u"modelarts.no.such.flavor is not offered"_s));
}

void TestPoolPrechecks::soldOutZoneBlocks()
{
    // Manual AZ allocation: a zone the flavor's status.phase does not list as "normal".
    const api::ResourceFlavor &flavor = m_flavors.front();
    QVERIFY(flavor.status && flavor.status->phase && !flavor.status->phase->empty());
    models::PoolDraft draft;
    draft.manualAz = true;
    models::PoolFlavorRow row { flavor.metadata->name.value_or(QString()), 1, {}, 0 };
    row.azCounts.insert(u"cn-nowhere-az9"_s, 1);
    draft.flavors = { row };
    auto checks = run(draft);
    const models::PreSubmitCheck *sale = find(*checks, u"Flavors on sale"_s);
    QCOMPARE(sale->outcome, Outcome::Blocking);
    QVERIFY2(sale->detail.contains(u"not on sale in cn-nowhere-az9"_s), qPrintable(sale->detail));

    // The zones it does list as normal pass.
    row.azCounts.clear();
    for (const auto &[az, phase] : *flavor.status->phase)
    {
        if (phase == u"normal")
            row.azCounts.insert(az, 1);
    }
    if (row.azCounts.isEmpty())
        return; // this flavor is sold out everywhere: the first part said so already
    draft.flavors = { row };
    checks = run(draft);
    QCOMPARE(find(*checks, u"Flavors on sale"_s)->outcome, Outcome::Passed);
}

QTEST_MAIN(TestPoolPrechecks)
#include "tst_poolprechecks.moc"
