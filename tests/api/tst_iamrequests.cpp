// The IAM request builders (api/iamrequests.h), then the project lookup sent to the real
// local backend's IAM with an AK/SK signature.

#include "api/iamrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestIamRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void projectsAgainstLocalBackend();
};

void TestIamRequests::builders()
{
    ApiRequest r = iam::projects(QStringLiteral("cn-north-4"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.service, Service::Iam);
    QCOMPARE(r.auth, AuthMode::SignOnly);
    QCOMPARE(r.path, QStringLiteral("/v3/projects"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("name"), QStringLiteral("cn-north-4")));
    QVERIFY(iam::projects().query.isEmpty());
}

void TestIamRequests::projectsAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const auto found
        = decodeBody<IamProjectList>(ma::test::callAndWait(*client, iam::projects(QStringLiteral("local"))));
    QVERIFY2(found.ok(), qPrintable(found.error.displayText()));
    QCOMPARE(found.value.projects.size(), std::size_t(1));
    QCOMPARE(found.value.projects.front().id, backend.projectId());

    const auto none
        = decodeBody<IamProjectList>(ma::test::callAndWait(*client, iam::projects(QStringLiteral("nowhere"))));
    QVERIFY2(none.ok(), qPrintable(none.error.displayText()));
    QVERIFY(none.value.projects.empty());
}

QTEST_GUILESS_MAIN(TestIamRequests)
#include "tst_iamrequests.moc"
