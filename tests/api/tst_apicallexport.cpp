// Copy as API call (api/apicallexport.h): the curl, Python and ma-cli renderings of a
// request, that no credential ever appears in them, and the copied curl command of a
// training job GET replayed against the real local backend.

#include "api/apicallexport.h"
#include "api/authenticators.h"
#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "localbackend.h"
#include "shellreplay.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace ma::api;

namespace
{
const QByteArray kSecretKey = QByteArrayLiteral("SK-very-secret-0123456789");
const QByteArray kAccessKey = QByteArrayLiteral("AKEXAMPLE42");
const QString kPassword = QStringLiteral("Pa55-word-secret");

Endpoints endpoints()
{
    return { QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com")),
        QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")) };
}

std::unique_ptr<ApiClient> accessKeyClient()
{
    auto client = std::make_unique<ApiClient>(endpoints());
    client->setAuthenticator(new AccessKeyAuthenticator(
        AccessKeyCredentials { kAccessKey, kSecretKey, {} }, QStringLiteral("cn-north-4"), QStringLiteral("0123abcd")));
    return client;
}

std::unique_ptr<ApiClient> passwordClient()
{
    auto client = std::make_unique<ApiClient>(endpoints());
    client->setAuthenticator(new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), kPassword }, QStringLiteral("cn-north-4")));
    return client;
}

void verifyNoSecret(const QString &text)
{
    QVERIFY2(!text.contains(QString::fromLatin1(kSecretKey)), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(kAccessKey)), qPrintable(text));
    QVERIFY2(!text.contains(kPassword), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive), qPrintable(text));
}

} // namespace

class TestApiCallExport : public QObject
{
    Q_OBJECT

private slots:
    void curlWithAccessKeyProfile()
    {
        const auto client = accessKeyClient();
        const ExportedCall call
            = exportCall(*client, training::show(QStringLiteral("job-1")), QStringLiteral("cn-north-4"));
        QCOMPARE(call.auth, ExportAuth::AccessKey);
        const QString curl = toCurl(call);
        verifyNoSecret(curl);
        QVERIFY(curl.contains(QStringLiteral("curl -sS --fail-with-body -X GET "
                                             "'https://modelarts.cn-north-4.myhuaweicloud.com/v2/0123abcd/"
                                             "training-jobs/job-1'")));
        QVERIFY(curl.contains(QStringLiteral("-H \"X-Auth-Token: $TOKEN\"")));
        // The note says why there is a token and how to get one, with placeholders only.
        QVERIFY(curl.contains(QStringLiteral("AK/SK")));
        QVERIFY(curl.contains(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/tokens")));
        QVERIFY(curl.contains(QStringLiteral("$IAM_PASSWORD")));
        QVERIFY(!curl.contains(QStringLiteral("--data-raw"))); // a GET has no body
        // Every line but the last command lines is a comment: pasting it runs only the call.
        const QStringList lines = curl.trimmed().split(u'\n');
        QVERIFY(lines.first().startsWith(u'#'));
        QVERIFY(lines.last().startsWith(QStringLiteral("  -H ")));
    }

    void curlWithTokenProfileAndBody()
    {
        const auto client = passwordClient();
        TrainingJobSearchRequest search;
        search.limit = 10;
        search.offset = 0;
        const ExportedCall call = exportCall(*client, training::search(search), QStringLiteral("cn-north-4"));
        QCOMPARE(call.auth, ExportAuth::Token);
        const QString curl = toCurl(call);
        verifyNoSecret(curl);
        QVERIFY(curl.contains(QStringLiteral("-X POST")));
        QVERIFY(curl.contains(QStringLiteral("-H 'Content-Type: application/json'")));
        QVERIFY(curl.contains(u"--data-raw " + shellQuoted(QString::fromUtf8(training::search(search).body))));
        QVERIFY(!curl.contains(QStringLiteral("AK/SK")));
    }

    void credentialHeadersAreNeverCopied()
    {
        const auto client = accessKeyClient();
        ApiRequest request = training::show(QStringLiteral("job-1"));
        request.headers.append({ QByteArrayLiteral("X-Auth-Token"), QByteArrayLiteral("real-token-value") });
        request.headers.append({ QByteArrayLiteral("X-Language"), QByteArrayLiteral("en-us") });
        const ExportedCall call = exportCall(*client, request, QStringLiteral("cn-north-4"));
        for (const QString &text : { toCurl(call), toPython(call) })
        {
            QVERIFY2(!text.contains(QStringLiteral("real-token-value")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("X-Language")) || text.contains(QStringLiteral("ShowTraining")),
                qPrintable(text));
        }
    }

    void pythonUsesTheSdkWhereItHasTheCall_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("training job") << "GET"
                                      << "/v2/{project_id}/training-jobs/job-1"
                                      << "client.show_training_job_details(ShowTrainingJobDetailsRequest("
                                         "training_job_id=\"job-1\"))";
        QTest::newRow("delete job")
            << "DELETE"
            << "/v2/{project_id}/training-jobs/job-1"
            << "client.delete_training_job(DeleteTrainingJobRequest(training_job_id=\"job-1\"))";
        QTest::newRow("pool") << "GET"
                              << "/v2/{project_id}/pools/pool-abc"
                              << "client.show_pool(ShowPoolRequest(pool_name=\"pool-abc\"))";
        QTest::newRow("pools") << "GET"
                               << "/v2/{project_id}/pools"
                               << "client.list_pools(ListPoolsRequest())";
        QTest::newRow("notebook") << "GET"
                                  << "/v1/{project_id}/notebooks/nb-1"
                                  << "client.show_notebook(ShowNotebookRequest(id=\"nb-1\"))";
    }

    void pythonUsesTheSdkWhereItHasTheCall()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto client = accessKeyClient();
        const QString python
            = toPython(exportCall(*client, plainRequest(method.toLatin1(), path), QStringLiteral("cn-north-4")));
        verifyNoSecret(python);
        QVERIFY2(python.contains(expected), qPrintable(python));
        QVERIFY(python.contains(QStringLiteral("from huaweicloudsdkmodelarts.v1 import ModelArtsClient")));
        QVERIFY(python.contains(QStringLiteral("os.environ[\"HUAWEICLOUD_SDK_SK\"]")));
        QVERIFY(python.contains(QStringLiteral("\"0123abcd\""))); // the project id
        QVERIFY(
            python.contains(QStringLiteral(".with_endpoints([\"https://modelarts.cn-north-4.myhuaweicloud.com\"])")));
    }

    void pythonFallsBackToRequestsWithTheSameBody()
    {
        const auto client = accessKeyClient();
        ApiRequest request = jsonRequest("POST", QStringLiteral("/v2/{project_id}/training-jobs/j/actions"),
            Json { { "action_type", "terminate" }, { "note", "say \"hi\"\n" } });
        const QString python = toPython(exportCall(*client, request, QStringLiteral("cn-north-4")));
        verifyNoSecret(python);
        QVERIFY(python.contains(QStringLiteral("import requests")));
        QVERIFY(python.contains(QStringLiteral("\"X-Auth-Token\": os.environ[\"TOKEN\"]")));
        // The body as a Python literal of the exact bytes sent (quotes and newlines escaped).
        QVERIFY2(
            python.contains(QStringLiteral(
                "body = \"{\\\"action_type\\\":\\\"terminate\\\",\\\"note\\\":\\\"say \\\\\\\"hi\\\\\\\"\\\\n\\\"}\"")),
            qPrintable(python));
        QVERIFY(python.contains(QStringLiteral(
            "requests.request(\"POST\", \"https://modelarts.cn-north-4.myhuaweicloud.com/v2/0123abcd/training-jobs/j/"
            "actions\", headers=headers, data=body.encode(\"utf-8\"), timeout=30)")));
    }

    void maCliCommands_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // empty: no ma-cli command
        QTest::newRow("get job") << "GET"
                                 << "/v2/{project_id}/training-jobs/j-1" << QByteArray()
                                 << "ma-cli ma-job get-job -i 'j-1'\n";
        QTest::newRow("events") << "GET"
                                << "/v2/{project_id}/training-jobs/j-1/events" << QByteArray()
                                << "ma-cli ma-job get-event -i 'j-1'\n";
        QTest::newRow("log") << "GET"
                             << "/v2/{project_id}/training-jobs/j-1/tasks/worker-0/logs/preview" << QByteArray()
                             << "ma-cli ma-job get-log -i 'j-1' -t 'worker-0'\n";
        QTest::newRow("stop") << "POST"
                              << "/v2/{project_id}/training-jobs/j-1/actions"
                              << QByteArray("{\"action_type\":\"terminate\"}") << "ma-cli ma-job stop -i 'j-1' -y\n";
        QTest::newRow("delete") << "DELETE"
                                << "/v2/{project_id}/training-jobs/j-1" << QByteArray()
                                << "ma-cli ma-job delete -i 'j-1'\n";
        QTest::newRow("engines") << "GET"
                                 << "/v2/{project_id}/training-job-engines" << QByteArray()
                                 << "ma-cli ma-job get-engine\n";
        QTest::newRow("pool") << "GET"
                              << "/v2/{project_id}/pools/p-1" << QByteArray() << "";
        QTest::newRow("notebook") << "GET"
                                  << "/v1/{project_id}/notebooks/n-1" << QByteArray() << "";
        QTest::newRow("tags") << "GET"
                              << "/v2/{project_id}/modelarts-training-job/j-1/tags" << QByteArray() << "";
    }

    void maCliCommands()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ApiRequest request = plainRequest(method.toLatin1(), path);
        request.body = body;
        const auto client = accessKeyClient();
        const std::optional<QString> command = toMaCli(exportCall(*client, request, QStringLiteral("cn-north-4")));
        QCOMPARE(command.value_or(QString()), expected);
    }

    // Both Python renderings are valid Python (parsed by python3's ast, nothing run).
    void pythonParses()
    {
        const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python3.isEmpty())
            QSKIP("python3 is not installed");
        const auto client = accessKeyClient();
        const ApiRequest withSdk = training::show(QStringLiteral("job-\"1\""));
        const ApiRequest withoutSdk = jsonRequest(
            "POST", QStringLiteral("/v2/{project_id}/training-jobs"), Json { { "kind", "job" }, { "n", "a'b\"c\\d" } });
        for (const ApiRequest &request : { withSdk, withoutSdk })
        {
            const QString script = toPython(exportCall(*client, request, QStringLiteral("cn-north-4")));
            QProcess process;
            process.start(
                python3, { QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())") });
            process.write(script.toUtf8());
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(20000));
            QVERIFY2(process.exitCode() == 0, qPrintable(script + QString::fromUtf8(process.readAllStandardError())));
        }
    }

    void shellQuoting()
    {
        QCOMPARE(shellQuoted(QStringLiteral("plain")), QStringLiteral("'plain'"));
        QCOMPARE(shellQuoted(QStringLiteral("it's $HOME")), QStringLiteral("'it'\\''s $HOME'"));
    }

    // The copied curl command of a training job GET, run by sh with the real token in $TOKEN,
    // returns the job from modelarts-local; the command itself holds no credential.
    void copiedCurlReplaysAgainstTheLocalBackend()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        ma::test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto signing = backend.accessKeyClient();
        const QString id = ma::test::createLocalJob(*signing, QStringLiteral("replayed"), QStringLiteral("echo hi"));
        QVERIFY(!id.isEmpty());

        // The app's Local profile signs with AK/SK; the token comes from the IAM password flow.
        const auto tokenClient = backend.passwordClient();
        QVERIFY(ma::test::callAndWait(*tokenClient, training::show(id)).ok());
        const QByteArray token = static_cast<PasswordTokenAuthenticator *>(tokenClient->authenticator())->token();
        QVERIFY(!token.isEmpty());
        const ma::server::ServerConfig &config = backend.server().config();

        for (ApiClient *client : { signing.get(), tokenClient.get() })
        {
            const QString curl = toCurl(exportCall(*client, training::show(id), config.region));
            QVERIFY2(!curl.contains(QString::fromLatin1(token)), qPrintable(curl));
            QVERIFY2(!curl.contains(QString::fromLatin1(config.secretKey)), qPrintable(curl));
            QVERIFY2(!curl.contains(config.password), qPrintable(curl));

            const ma::test::ShellResult replayed = ma::test::runShellWithToken(curl, token);
            QCOMPARE(replayed.exitCode, 0);
            const Json job = parseJson(replayed.out);
            QCOMPARE(QString::fromStdString(job["metadata"]["id"].get<std::string>()), id);
            QCOMPARE(QString::fromStdString(job["metadata"]["name"].get<std::string>()), QStringLiteral("replayed"));

            // Without the token the same command fails (the backend checks it).
            QVERIFY(ma::test::runShellWithToken(curl, QByteArrayLiteral("wrong")).exitCode != 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiCallExport)
#include "tst_apicallexport.moc"
