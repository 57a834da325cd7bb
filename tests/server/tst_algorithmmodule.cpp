// modelarts-local's Algorithm Management (server/algorithmmodule.h) over real HTTP: what it
// refuses with a ModelArts error body, list paging, search and order, delete, and a training
// job that names an algorithm by id running the algorithm's command on the local pool.

#include "api/algorithmrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <cmath>
#include <QSet>
#include <QtTest>

using namespace ma;
using api::Json;

namespace
{
constexpr int kWaitMs = 30000;

api::Algorithm commandAlgorithm(const QString &name, const QString &command)
{
    api::Algorithm a;
    a.metadata.name = name;
    api::AlgorithmJobConfig config;
    config.command = command;
    api::AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("team/trainer:1.0");
    config.engine = engine;
    api::AlgorithmParameter epochs;
    epochs.name = QStringLiteral("epochs");
    epochs.value = QStringLiteral("3");
    api::AlgorithmParameter rate;
    rate.name = QStringLiteral("rate");
    rate.value = QStringLiteral("0.5");
    config.parameters = std::vector<api::AlgorithmParameter> { epochs, rate };
    a.jobConfig = config;
    return a;
}
} // namespace

class TestAlgorithmModule final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void refusals_data();
    /** Bad bodies answer 400 with the ModelArts error code; nothing is stored. */
    void refusals();
    void duplicateNameRefused();
    void listPagingSearchAndOrder();
    void deleteThenNotFound();
    /** A job naming the algorithm by id runs its command with its defaults and the job's values. */
    void jobRunsTheAlgorithm();
    /**
     * A hyperparameter search job on the local pool runs its command once per trial with values
     * drawn from the ranges; autosearch-trials reads each trial's values and metric back.
     */
    void searchJobRunsTrials();
    void searchRefusals_data();
    /** Policies that cannot run answer 400 (ModelArts.0101); so do trials of a job that is no search. */
    void searchRefusals();

private:
    /** An algorithm whose command prints score = 1 - (rate - 0.3)^2, searchable over rate. */
    QString searchAlgorithm();
    static api::AutoSearchPolicy searchPolicy(const QString &lower, const QString &upper, const QString &algorithm);
    static api::TrainingJobCreate searchJob(const QString &name, const api::Algorithm &algorithm,
        const std::optional<api::AutoSearchPolicy> &policy, const QString &kind = QStringLiteral("autosearch_job"));
    api::ApiResult call(const api::ApiRequest &request) { return test::callAndWait(*m_client, request); }
    QString create(const api::Algorithm &algorithm);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestAlgorithmModule::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestAlgorithmModule::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

QString TestAlgorithmModule::create(const api::Algorithm &algorithm)
{
    const auto created = api::decodeBody<api::Algorithm>(call(api::algorithms::create(algorithm)));
    if (!created.ok())
    {
        qWarning("create failed: %s", qPrintable(created.error.displayText()));
        return QString();
    }
    return created.value.metadata.id.value_or(QString());
}

void TestAlgorithmModule::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QByteArray config = R"("job_config":{"command":"echo hi"})";
    QTest::newRow("no name") << QByteArray("{\"metadata\":{}," + config + "}") << QStringLiteral("ModelArts.0101");
    QTest::newRow("empty name") << QByteArray("{\"metadata\":{\"name\":\"\"}," + config + "}")
                                << QStringLiteral("ModelArts.0101");
    QTest::newRow("bad name") << QByteArray("{\"metadata\":{\"name\":\"a b\"}," + config + "}")
                              << QStringLiteral("ModelArts.0101");
    QTest::newRow("name too long") << QByteArray("{\"metadata\":{\"name\":\"" + QByteArray(65, 'a') + "\"}," + config
        + "}") << QStringLiteral("ModelArts.0101");
    QTest::newRow("no job_config") << QByteArray(R"({"metadata":{"name":"x1"}})") << QStringLiteral("ModelArts.0101");
    QTest::newRow("neither boot file nor command")
        << QByteArray(R"({"metadata":{"name":"x2"},"job_config":{"code_dir":"obs://b/c/"}})")
        << QStringLiteral("ModelArts.0101");
    QTest::newRow("boot file not python")
        << QByteArray(R"({"metadata":{"name":"x3"},"job_config":{"code_dir":"obs://b/c/","boot_file":"run.sh"}})")
        << QStringLiteral("ModelArts.0101");
    QTest::newRow("hyperparameter twice")
        << QByteArray(R"({"metadata":{"name":"x4"},"job_config":{"command":"true",)"
                      R"("parameters":[{"name":"a","value":"1"},{"name":"a","value":"2"}]}})")
        << QStringLiteral("ModelArts.0101");
    QTest::newRow("unknown hyperparameter type")
        << QByteArray(R"({"metadata":{"name":"x5"},"job_config":{"command":"true",)"
                      R"("parameters":[{"name":"a","value":"1","constraint":{"type":"Complex"}}]}})")
        << QStringLiteral("ModelArts.0101");
    QTest::newRow("input without name") << QByteArray(
        R"({"metadata":{"name":"x6"},"job_config":{"command":"true","inputs":[{"name":""}]}})")
                                        << QStringLiteral("ModelArts.0101");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("ModelArts.0101");
}

void TestAlgorithmModule::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    api::ApiRequest request = api::algorithms::create(api::Algorithm());
    request.body = body;
    const api::ApiResult result = call(request);
    QCOMPARE(result.httpStatus, 400);
    QCOMPARE(result.error.code, code);
    QVERIFY(!result.error.message.isEmpty());
    const auto list = api::decodeBody<api::AlgorithmList>(call(api::algorithms::list({})));
    QVERIFY(list.ok());
    for (const api::Algorithm &a : list.value.items)
        QVERIFY(a.metadata.name.startsWith(u"list-") || a.metadata.name.startsWith(u"dup"));
}

void TestAlgorithmModule::duplicateNameRefused()
{
    QVERIFY(!create(commandAlgorithm(QStringLiteral("dup"), QStringLiteral("true"))).isEmpty());
    const api::ApiResult again
        = call(api::algorithms::create(commandAlgorithm(QStringLiteral("dup"), QStringLiteral("true"))));
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.error.code, QStringLiteral("ModelArts.0101"));
    QVERIFY2(again.error.message.contains(QStringLiteral("dup")), qPrintable(again.error.message));
}

void TestAlgorithmModule::listPagingSearchAndOrder()
{
    QStringList ids;
    for (const QString &name : { QStringLiteral("list-a"), QStringLiteral("list-b"), QStringLiteral("list-c") })
        ids << create(commandAlgorithm(name, QStringLiteral("true")));
    QVERIFY(!ids.contains(QString()));

    api::algorithms::ListQuery query;
    query.nameContains = QStringLiteral("list-");
    query.limit = 2;
    query.offset = 0;
    const auto first = api::decodeBody<api::AlgorithmList>(call(api::algorithms::list(query)));
    QVERIFY2(first.ok(), qPrintable(first.error.displayText()));
    QCOMPARE(first.value.count.value_or(-1), 3);
    QCOMPARE(int(first.value.items.size()), 2);
    // Newest first by default.
    QCOMPARE(first.value.items[0].metadata.id.value_or(QString()), ids[2]);
    QCOMPARE(first.value.items[1].metadata.id.value_or(QString()), ids[1]);
    query.offset = 2;
    const auto second = api::decodeBody<api::AlgorithmList>(call(api::algorithms::list(query)));
    QVERIFY(second.ok());
    QCOMPARE(int(second.value.items.size()), 1);
    QCOMPARE(second.value.items[0].metadata.id.value_or(QString()), ids[0]);

    query.offset = 0;
    query.limit = 50;
    query.sortBy = QStringLiteral("name");
    query.order = QStringLiteral("asc");
    const auto byName = api::decodeBody<api::AlgorithmList>(call(api::algorithms::list(query)));
    QVERIFY(byName.ok());
    QStringList names;
    for (const api::Algorithm &a : byName.value.items)
        names << a.metadata.name;
    QCOMPARE(names, QStringList({ QStringLiteral("list-a"), QStringLiteral("list-b"), QStringLiteral("list-c") }));

    query.nameContains = QStringLiteral("LIST-B");
    const auto one = api::decodeBody<api::AlgorithmList>(call(api::algorithms::list(query)));
    QVERIFY(one.ok());
    QCOMPARE(int(one.value.items.size()), 1);

    query.limit = 51;
    QCOMPARE(call(api::algorithms::list(query)).httpStatus, 400);
    query.limit = 10;
    query.order = QStringLiteral("sideways");
    QCOMPARE(call(api::algorithms::list(query)).httpStatus, 400);
}

void TestAlgorithmModule::deleteThenNotFound()
{
    const QString id = create(commandAlgorithm(QStringLiteral("to-delete"), QStringLiteral("true")));
    QVERIFY(!id.isEmpty());
    const api::ApiResult removed = call(api::algorithms::remove(id));
    QCOMPARE(removed.httpStatus, 202);
    const api::ApiResult shown = call(api::algorithms::show(id));
    QCOMPARE(shown.httpStatus, 400);
    QCOMPARE(shown.error.code, QStringLiteral("ModelArts.2755"));
    QCOMPARE(call(api::algorithms::remove(id)).error.code, QStringLiteral("ModelArts.2755"));
    // The name is free again.
    QVERIFY(!create(commandAlgorithm(QStringLiteral("to-delete"), QStringLiteral("true"))).isEmpty());
}

void TestAlgorithmModule::jobRunsTheAlgorithm()
{
    const QString id = create(
        commandAlgorithm(QStringLiteral("runner"), QStringLiteral("echo \"algo-run epochs=$epochs rate=$rate\"")));
    QVERIFY(!id.isEmpty());
    const auto shown = api::decodeBody<api::Algorithm>(call(api::algorithms::show(id)));
    QVERIFY(shown.ok());

    api::TrainingJobCreate job;
    job.kind = QStringLiteral("job");
    job.metadata.name = QStringLiteral("job-of-runner");
    api::TrainingAlgorithm algorithm = api::jobAlgorithmFrom(shown.value);
    (*algorithm.parameters)[0].value = QStringLiteral("7"); // the job's value over the default 3
    job.algorithm = algorithm;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.poolId = QStringLiteral("local");
    resource.nodeCount = 1;
    spec.resource = resource;
    job.spec = spec;
    const auto created = api::decodeBody<api::TrainingJob>(call(api::training::create(job)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString jobId = created.value.metadata.id.value_or(QString());
    QCOMPARE(created.value.algorithm->id.value_or(QString()), id);
    QCOMPARE(created.value.algorithm->name.value_or(QString()), QStringLiteral("runner"));
    QVERIFY(created.value.algorithm->command.value_or(QString()).contains(QStringLiteral("algo-run")));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, jobId), QStringLiteral("Completed"), kWaitMs);
    const auto preview
        = api::decodeBody<api::TrainingLogPreview>(call(api::training::logPreview(jobId, QStringLiteral("worker-0"))));
    QVERIFY(preview.ok());
    QVERIFY2(preview.value.content.contains(QStringLiteral("algo-run epochs=7 rate=0.5")),
        qPrintable(preview.value.content));
}

api::AutoSearchPolicy TestAlgorithmModule::searchPolicy(
    const QString &lower, const QString &upper, const QString &algorithm)
{
    api::AutoSearchPolicy policy;
    api::RewardAttr reward;
    reward.name = QStringLiteral("score");
    reward.mode = QStringLiteral("max");
    policy.rewardAttrs = std::vector<api::RewardAttr> { reward };
    api::SearchParam rate;
    rate.name = QStringLiteral("rate");
    rate.paramType = QStringLiteral("continuous");
    rate.lowerBound = api::LooseScalar(lower);
    rate.upperBound = api::LooseScalar(upper);
    policy.searchParams = std::vector<api::SearchParam> { rate };
    api::AlgoConfig config;
    config.name = algorithm;
    api::AlgoConfigParam samples;
    samples.key = QStringLiteral("num_samples");
    samples.value = api::LooseScalar(QStringLiteral("4"));
    samples.type = QStringLiteral("Integer");
    config.params = std::vector<api::AlgoConfigParam> { samples };
    policy.algoConfigs = std::vector<api::AlgoConfig> { config };
    return policy;
}

QString TestAlgorithmModule::searchAlgorithm()
{
    static QString id;
    if (!id.isEmpty())
        return id;
    api::Algorithm a = commandAlgorithm(QStringLiteral("searcher"),
        QStringLiteral("awk -v r=\"$rate\" 'BEGIN { printf \"score=%.6f\\n\", 1 - (r - 0.3) * (r - 0.3) }'"));
    api::ParameterConstraint floatType;
    floatType.type = QStringLiteral("Float");
    (*a.jobConfig->parameters)[1].constraint = floatType;
    api::AlgorithmAdvancedConfig advanced;
    advanced.autoSearch = searchPolicy(QStringLiteral("0.1"), QStringLiteral("0.5"), QStringLiteral("tpe_search"));
    a.advancedConfig = advanced;
    id = create(a);
    return id;
}

api::TrainingJobCreate TestAlgorithmModule::searchJob(const QString &name, const api::Algorithm &algorithm,
    const std::optional<api::AutoSearchPolicy> &policy, const QString &kind)
{
    api::TrainingJobCreate job;
    job.kind = kind;
    job.metadata.name = name;
    api::TrainingAlgorithm jobAlgorithm = api::jobAlgorithmFrom(algorithm);
    if (policy)
    {
        api::AlgorithmPolicies policies;
        policies.autoSearch = policy;
        jobAlgorithm.policies = policies;
    }
    job.algorithm = jobAlgorithm;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.poolId = QStringLiteral("local");
    resource.nodeCount = 1;
    spec.resource = resource;
    job.spec = spec;
    return job;
}

void TestAlgorithmModule::searchJobRunsTrials()
{
    const QString id = searchAlgorithm();
    QVERIFY(!id.isEmpty());
    const auto algorithm = api::decodeBody<api::Algorithm>(call(api::algorithms::show(id)));
    QVERIFY(algorithm.ok());
    const auto created = api::decodeBody<api::TrainingJob>(
        call(api::training::create(searchJob(QStringLiteral("search-rate"), algorithm.value,
            searchPolicy(QStringLiteral("0.2"), QStringLiteral("0.4"), QStringLiteral("bayes_opt_search"))))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString jobId = created.value.metadata.id.value_or(QString());
    QCOMPARE(created.value.kind, QStringLiteral("autosearch_job"));
    const api::AutoSearchPolicy echoed = *created.value.algorithm->policies->autoSearch;
    QCOMPARE(echoed.searchParams->front().lowerBound->toString(), QStringLiteral("0.2"));
    QCOMPARE(echoed.algoConfigs->front().name.value_or(QString()), QStringLiteral("bayes_opt_search"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, jobId), QStringLiteral("Completed"), kWaitMs);

    const auto trials = api::decodeBody<api::AutoSearchTrials>(call(api::training::autosearchTrials(jobId, 10)));
    QVERIFY2(trials.ok(), qPrintable(trials.error.displayText()));
    QCOMPARE(trials.value.total.value_or(-1), 4); // num_samples
    const api::AutoSearchTrialTable &table = *trials.value.items;
    QCOMPARE(table.header,
        (std::vector<QString> { QStringLiteral("trial_id"), QStringLiteral("config"), QStringLiteral("status"),
            QStringLiteral("reward_attr"), QStringLiteral("score") }));
    QCOMPARE(table.data.size(), std::size_t(4));
    QSet<QString> values;
    for (const Json &row : table.data)
    {
        const double rate = QString::fromStdString(row[1]["rate"].get<std::string>()).toDouble();
        QVERIFY2(rate >= 0.2 && rate <= 0.4, qPrintable(QString::number(rate)));
        QCOMPARE(QString::fromStdString(row[2].get<std::string>()), QStringLiteral("TERMINATED"));
        // The metric is what the trial's own run printed for its value.
        QVERIFY2(std::abs(row[4].get<double>() - (1 - (rate - 0.3) * (rate - 0.3))) < 1e-4, row.dump().c_str());
        values.insert(QString::number(rate));
    }
    QCOMPARE(values.size(), 4); // each trial had its own value

    // Paging: offset and limit cut the same table.
    const auto page = api::decodeBody<api::AutoSearchTrials>(call(api::training::autosearchTrials(jobId, 2, 3)));
    QVERIFY(page.ok());
    QCOMPARE(page.value.count.value_or(-1), 1);
    QCOMPARE(page.value.items->data.front()[0].get<int>(), 3);
}

void TestAlgorithmModule::searchRefusals_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("upper");
    QTest::addColumn<QString>("searchAlgorithm");
    QTest::addColumn<bool>("withPolicy");
    QTest::addColumn<bool>("searchableAlgorithm");
    const auto row = [](const char *tag, const char *lower, const char *upper, const char *algorithm, bool withPolicy,
                         bool searchable)
    {
        QTest::newRow(tag) << QString::fromLatin1(lower) << QString::fromLatin1(upper) << QString::fromLatin1(algorithm)
                           << withPolicy << searchable;
    };
    row("lower not below upper", "0.4", "0.2", "tpe_search", true, true);
    row("bound not a number", "low", "0.2", "tpe_search", true, true);
    row("unknown search algorithm", "0.1", "0.2", "grid_search", true, true);
    row("algorithm without auto search", "0.1", "0.2", "tpe_search", true, false);
    row("autosearch_job without policy", "0.1", "0.2", "tpe_search", false, true);
}

void TestAlgorithmModule::searchRefusals()
{
    QFETCH(QString, lower);
    QFETCH(QString, upper);
    QFETCH(QString, searchAlgorithm);
    QFETCH(bool, withPolicy);
    QFETCH(bool, searchableAlgorithm);
    static int n = 0;
    const QString id = searchableAlgorithm
        ? this->searchAlgorithm()
        : create(commandAlgorithm(QStringLiteral("plain-%1").arg(++n), QStringLiteral("true")));
    QVERIFY(!id.isEmpty());
    const auto algorithm = api::decodeBody<api::Algorithm>(call(api::algorithms::show(id)));
    QVERIFY(algorithm.ok());
    const std::optional<api::AutoSearchPolicy> policy
        = withPolicy ? std::optional(searchPolicy(lower, upper, searchAlgorithm)) : std::nullopt;
    const api::ApiResult result
        = call(api::training::create(searchJob(QStringLiteral("refused-%1").arg(++n), algorithm.value, policy)));
    QCOMPARE(result.httpStatus, 400);
    QCOMPARE(result.error.code, QStringLiteral("ModelArts.0101"));

    // A job that is not a search has no trials.
    const auto plain = api::decodeBody<api::TrainingJob>(call(api::training::create(
        searchJob(QStringLiteral("plain-job-%1").arg(++n), algorithm.value, std::nullopt, QStringLiteral("job")))));
    QVERIFY2(plain.ok(), qPrintable(plain.error.displayText()));
    const api::ApiResult trials
        = call(api::training::autosearchTrials(plain.value.metadata.id.value_or(QString()), 10));
    QCOMPARE(trials.httpStatus, 400);
}

QTEST_GUILESS_MAIN(TestAlgorithmModule)
#include "tst_algorithmmodule.moc"
