// The pre-submit checks of Create Notebook against a real modelarts-local: the instance
// limit per account, the workspace quota (W-6), the image and the cost.

#include "api/jsoncodec.h"
#include "api/notebookrequests.h"
#include "api/types/notebook.h"
#include "api/types/workspace.h"
#include "api/workspacerequests.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/notebookdraft.h"
#include "models/notebookprechecks.h"
#include "models/presubmitchecks.h"
#include "server/localserver.h"

#include <memory>
#include <QSignalSpy>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using Outcome = models::PreSubmitCheck::Outcome;

class TestNotebookPrechecks final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instanceLimitPerAccount();
    void workspaceQuota();
    void imageMustExist();
    void costIsUnknownWithTheBillingCode();

private:
    std::unique_ptr<models::PreSubmitChecks> run(
        const models::NotebookDraft &draft, const models::NotebookFlavorFacts &facts = {});
    static const models::PreSubmitCheck *find(const models::PreSubmitChecks &checks, const QString &title);
    models::NotebookDraft draft() const;
    bool createNotebook(const QString &name);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    QString m_imageId;
    QString m_flavorId;
};

void TestNotebookPrechecks::init()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, u"Local"_s,
        m_backend->server().config().region, m_backend->accessKeyClient().release());
    // A CPU image and flavor of modelarts-local's catalog (mindspore 1.7.0 CPU).
    m_imageId = u"0117d4c8-4d9d-4333-b0f3-dbeb19a298e1"_s;
    m_flavorId = u"modelarts.vm.cpu.2u"_s;
    QVERIFY(test::callAndWait(*m_connection->client(), api::notebooks::image(m_imageId)).ok());
    QVERIFY(!m_imageId.isEmpty() && !m_flavorId.isEmpty());
}

void TestNotebookPrechecks::cleanup()
{
    m_connection.reset();
    m_backend.reset();
}

std::unique_ptr<models::PreSubmitChecks> TestNotebookPrechecks::run(
    const models::NotebookDraft &draft, const models::NotebookFlavorFacts &facts)
{
    auto checks = std::make_unique<models::PreSubmitChecks>();
    models::addNotebookChecks(*checks, m_connection.get(), draft, facts);
    QSignalSpy finished(checks.get(), &models::PreSubmitChecks::finished);
    checks->start();
    if (!checks->isFinished())
        finished.wait(15000);
    return checks;
}

const models::PreSubmitCheck *TestNotebookPrechecks::find(const models::PreSubmitChecks &checks, const QString &title)
{
    for (const models::PreSubmitCheck &check : checks.checks())
    {
        if (check.title == title)
            return &check;
    }
    return nullptr;
}

models::NotebookDraft TestNotebookPrechecks::draft() const
{
    models::NotebookDraft d;
    d.name = u"notebook-precheck"_s;
    d.imageId = m_imageId;
    d.flavorId = m_flavorId;
    return d;
}

bool TestNotebookPrechecks::createNotebook(const QString &name)
{
    api::NotebookCreate body;
    body.name = name;
    body.flavor = m_flavorId;
    body.imageId = m_imageId;
    body.volume = api::fromJson<api::NotebookVolume>(
        api::Json { { "category", "EVS" }, { "ownership", "MANAGED" }, { "capacity", 5 } });
    const api::ApiResult r = test::callAndWait(*m_connection->client(), api::notebooks::create(body));
    if (!r.ok())
        qWarning("create: %s", qPrintable(r.error.displayText()));
    return r.ok();
}

void TestNotebookPrechecks::instanceLimitPerAccount()
{
    auto checks = run(draft());
    const models::PreSubmitCheck *limit = find(*checks, u"Notebook instances"_s);
    QVERIFY(limit);
    QCOMPARE(limit->outcome, Outcome::Passed);
    QVERIFY2(limit->detail.startsWith(u"0 of 10"_s), qPrintable(limit->detail));

    for (int i = 0; i < 10; ++i)
        QVERIFY(createNotebook(u"nb-%1"_s.arg(i)));
    checks = run(draft());
    limit = find(*checks, u"Notebook instances"_s);
    QCOMPARE(limit->outcome, Outcome::Blocking);
    QVERIFY(limit->detail.startsWith(u"10 notebooks exist"_s));
    QVERIFY(checks->blocks());
    // The service agrees: an eleventh is refused.
    QVERIFY(!createNotebook(u"nb-eleven"_s));
}

void TestNotebookPrechecks::workspaceQuota()
{
    auto checks = run(draft());
    QCOMPARE(find(*checks, u"Workspace quota"_s)->outcome, Outcome::Passed);

    QVERIFY(createNotebook(u"nb-first"_s));
    // Limit the default workspace to the one notebook it has (W-6 PUT).
    const api::ApiResult read = test::callAndWait(*m_connection->client(), api::workspaces::quotas(u"0"_s));
    QVERIFY2(read.ok(), qPrintable(read.error.displayText()));
    api::WorkspaceQuotas quotas = api::fromBody<api::WorkspaceQuotas>(read.body);
    bool found = false;
    for (api::WorkspaceQuota &quota : quotas.quotas)
    {
        if (quota.resource == u"notebook")
        {
            quota.quota = 1;
            found = true;
        }
    }
    if (!found)
        QSKIP("modelarts-local's workspace quotas have no notebook entry");
    const api::ApiResult written
        = test::callAndWait(*m_connection->client(), api::workspaces::updateQuotas(u"0"_s, quotas));
    QVERIFY2(written.ok(), qPrintable(written.error.displayText()));

    checks = run(draft());
    const models::PreSubmitCheck *quota = find(*checks, u"Workspace quota"_s);
    QCOMPARE(quota->outcome, Outcome::Blocking);
    QVERIFY2(quota->detail.contains(u"allows 1 notebooks"_s), qPrintable(quota->detail));
    QVERIFY(!createNotebook(u"nb-second"_s));
}

void TestNotebookPrechecks::imageMustExist()
{
    auto checks = run(draft());
    QCOMPARE(find(*checks, u"Image"_s)->outcome, Outcome::Passed);

    models::NotebookDraft gone = draft();
    gone.imageId = u"00000000-0000-0000-0000-000000000000"_s;
    checks = run(gone);
    QCOMPARE(find(*checks, u"Image"_s)->outcome, Outcome::Blocking);
    QVERIFY(find(*checks, u"Image"_s)->detail.contains(gone.imageId));
}

void TestNotebookPrechecks::costIsUnknownWithTheBillingCode()
{
    const api::ApiResult flavors = test::callAndWait(*m_connection->client(), api::notebooks::flavors());
    QString code;
    for (const api::NotebookFlavor &flavor : api::fromBody<api::NotebookFlavorList>(flavors.body).data)
    {
        if (flavor.id == m_flavorId && flavor.billing)
            code = flavor.billing->code.value_or(QString());
    }
    auto checks = run(draft(), { code, 1 });
    const models::PreSubmitCheck *cost = find(*checks, u"Cost per hour"_s);
    QVERIFY(cost);
    QCOMPARE(cost->outcome, Outcome::Unknown);
    if (!code.isEmpty())
        QVERIFY(cost->detail.contains(code));
}

QTEST_MAIN(TestNotebookPrechecks)
#include "tst_notebookprechecks.moc"
