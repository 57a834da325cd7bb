// JobComparisonModel over jobs created on the real local backend and read back through the
// real client (T2-2): exactly the settings the jobs were created with differently are marked,
// hyperparameters and environment variables are the union of the jobs', "differences only"
// keeps those rows and their sections, a refresh of the same jobs changes cells without a
// reset, and the Markdown and CSV copies carry what the table shows.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/jobcomparisonfiltermodel.h"
#include "models/jobcomparisonmodel.h"
#include "models/trainingjobtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::JobComparisonModel;

namespace
{
constexpr int kWaitMs = 30000;

/** What one test job is created with; every other setting is the same for all of them. */
struct JobSpec
{
    QString name;
    QString learningRate = QStringLiteral("0.001");
    QString flavor = QStringLiteral("modelarts.vm.cpu.2u");
    api::Json extraParameters = api::Json::array();
    api::Json extraEnvironment = api::Json::object();
};

api::Json createBody(const JobSpec &spec)
{
    api::Json parameters = api::Json::array({
        { { "name", "epochs" }, { "value", "20" } },
        { { "name", "learning_rate" }, { "value", spec.learningRate.toStdString() } },
        { { "name", "MA_LOCAL_DURATION_SECONDS" }, { "value", "30" } },
    });
    for (const api::Json &p : spec.extraParameters)
        parameters.push_back(p);
    api::Json environment = { { "SEED", "42" } };
    for (auto it = spec.extraEnvironment.begin(); it != spec.extraEnvironment.end(); ++it)
        environment[it.key()] = it.value();
    return {
        { "kind", "job" },
        { "metadata", { { "name", spec.name.toStdString() } } },
        { "algorithm",
            { { "command", "python train.py --data ${data_url}" }, { "engine", { { "image_url", "org/train:1.2" } } },
                { "parameters", parameters }, { "environments", environment },
                { "inputs",
                    api::Json::array({ { { "name", "data_url" },
                        { "remote", { { "obs", { { "obs_url", "obs://bucket/data/" } } } } } } }) } } },
        { "spec", { { "resource", { { "flavor_id", spec.flavor.toStdString() }, { "node_count", 1 } } } } },
    };
}
} // namespace

class TestJobComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void marksExactlyTheDifferingSettings();
    void unionOfParametersAndEnvironment();
    void sameSettingsDifferInNothing();
    void sensitiveValuesAreMaskedButCompared();
    void differencesOnlyKeepsDifferingRowsAndTheirSections();
    void refreshOfTheSameJobsDoesNotReset();
    void otherJobsReset();
    void copiesAsMarkdownAndCsv();

private:
    QString create(const JobSpec &spec);
    api::TrainingJob read(const QString &id);
    std::vector<api::TrainingJob> jobs(const QStringList &names);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QHash<QString, api::TrainingJob> m_jobs; // by name, read once every job has completed
};

QString TestJobComparisonModel::create(const JobSpec &spec)
{
    const api::ApiResult r
        = test::callAndWait(*m_client, api::training::create(api::fromJson<api::TrainingJobCreate>(createBody(spec))));
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body).metadata.id.value_or(QString()) : QString();
}

api::TrainingJob TestJobComparisonModel::read(const QString &id)
{
    const api::ApiResult r = test::callAndWait(*m_client, api::training::show(id));
    if (!r.ok())
        qWarning("show failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body) : api::TrainingJob();
}

std::vector<api::TrainingJob> TestJobComparisonModel::jobs(const QStringList &names)
{
    std::vector<api::TrainingJob> out;
    for (const QString &name : names)
        out.push_back(m_jobs.value(name));
    return out;
}

void TestJobComparisonModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();

    const QList<JobSpec> specs = {
        { QStringLiteral("base") },
        // Only the learning rate and the flavor differ from "base".
        { QStringLiteral("tuned"), QStringLiteral("0.01"), QStringLiteral("modelarts.vm.cpu.8u") },
        // "base" plus one hyperparameter and one environment variable of its own.
        { QStringLiteral("warmup"), QStringLiteral("0.001"), QStringLiteral("modelarts.vm.cpu.2u"),
            api::Json::array({ { { "name", "warmup_steps" }, { "value", "500" } } }), { { "NCCL_DEBUG", "INFO" } } },
        // "base" again under another name.
        { QStringLiteral("base-again") },
        { QStringLiteral("secret-a"), QStringLiteral("0.001"), QStringLiteral("modelarts.vm.cpu.2u"),
            api::Json::array({ { { "name", "api_key" }, { "value", "first-secret" },
                { "constraint", { { "sensitive", true } } } } }) },
        { QStringLiteral("secret-b"), QStringLiteral("0.001"), QStringLiteral("modelarts.vm.cpu.2u"),
            api::Json::array({ { { "name", "api_key" }, { "value", "second-secret" },
                { "constraint", { { "sensitive", true } } } } }) },
    };
    QHash<QString, QString> ids;
    for (const JobSpec &spec : specs)
    {
        const QString id = create(spec);
        QVERIFY2(!id.isEmpty(), qPrintable(spec.name));
        ids.insert(spec.name, id);
    }
    // Compared once they all have the same status, so only what they were created with differs.
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, it.value()), QStringLiteral("Completed"), kWaitMs);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
    {
        m_jobs.insert(it.key(), read(it.value()));
        QCOMPARE(m_jobs.value(it.key()).metadata.id, it.value());
    }
}

void TestJobComparisonModel::marksExactlyTheDifferingSettings()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("tuned") }));

    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(JobComparisonModel::columnOfJob(0), Qt::Horizontal).toString(), QStringLiteral("base"));
    QCOMPARE(model.headerData(JobComparisonModel::columnOfJob(1), Qt::Horizontal).toString(), QStringLiteral("tuned"));
    QCOMPARE(
        model.headerData(JobComparisonModel::columnOfJob(1), Qt::Horizontal, JobComparisonModel::JobIdRole).toString(),
        m_jobs.value(QStringLiteral("tuned")).metadata.id.value());

    const QStringList expected { QStringLiteral("parameter.learning_rate"), QStringLiteral("resource.flavor") };
    QCOMPARE(model.differingKeys(), expected);
    QCOMPARE(model.differenceCount(), 2);
    // Row by row: the role says the same as differingKeys(), for every row there is.
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row)
    {
        const QModelIndex index = model.index(row, JobComparisonModel::FieldColumn);
        const QString key = index.data(JobComparisonModel::FieldKeyRole).toString();
        QCOMPARE(index.data(JobComparisonModel::DiffersRole).toBool(), expected.contains(key));
        marked += index.data(JobComparisonModel::DiffersRole).toBool() ? 1 : 0;
    }
    QCOMPARE(marked, 2);

    // The settings that are the same are there, unmarked; the values read as the user sees them.
    for (const char *key : { "algorithm.image", "algorithm.command", "parameter.epochs", "environment.SEED",
             "resource.pool", "resource.nodes", "input.data_url", "status.phase" })
        QVERIFY2(model.rowOfKey(QString::fromLatin1(key)) >= 0, key);
    const int lr = model.rowOfKey(QStringLiteral("parameter.learning_rate"));
    QCOMPARE(model.index(lr, JobComparisonModel::FieldColumn).data().toString(), QStringLiteral("learning_rate"));
    QCOMPARE(model.index(lr, JobComparisonModel::columnOfJob(0)).data().toString(), QStringLiteral("0.001"));
    QCOMPARE(model.index(lr, JobComparisonModel::columnOfJob(1)).data().toString(), QStringLiteral("0.01"));
    const int flavor = model.rowOfKey(QStringLiteral("resource.flavor"));
    // The flavor as the details page words it (the service's display name here).
    QCOMPARE(model.index(flavor, JobComparisonModel::columnOfJob(0)).data().toString(),
        models::trainingFlavorText(m_jobs.value(QStringLiteral("base"))));
    QVERIFY(model.index(flavor, JobComparisonModel::columnOfJob(0)).data().toString().contains(u"2U"));
    QVERIFY(model.index(flavor, JobComparisonModel::columnOfJob(1)).data().toString().contains(u"8U"));
    const int pool = model.rowOfKey(QStringLiteral("resource.pool"));
    QCOMPARE(model.index(pool, JobComparisonModel::columnOfJob(0)).data().toString(),
        model.index(pool, JobComparisonModel::columnOfJob(1)).data().toString());

    // Created and Duration are context: never marked, even though they are not equal.
    const int created = model.rowOfKey(QStringLiteral("status.created"));
    QVERIFY(created >= 0);
    QVERIFY(!model.index(created, 0).data(JobComparisonModel::ComparedRole).toBool());
    QVERIFY(!model.index(created, 0).data(JobComparisonModel::DiffersRole).toBool());

    // Sections come first with their count of differences; they are never "differing" rows themselves.
    const int hyper
        = model.rowOfKey(QStringLiteral("section.%1").arg(int(JobComparisonModel::Section::Hyperparameters)));
    QVERIFY(hyper >= 0 && hyper < lr);
    QCOMPARE(model.index(hyper, 0).data(JobComparisonModel::RowKindRole).value<JobComparisonModel::RowKind>(),
        JobComparisonModel::RowKind::Section);
    QCOMPARE(model.index(hyper, 0).data().toString(), QStringLiteral("Hyperparameters"));
    QCOMPARE(model.index(hyper, 0).data(JobComparisonModel::SectionDifferencesRole).toInt(), 1);
    QVERIFY(!model.index(hyper, 0).data(JobComparisonModel::DiffersRole).toBool());
    const int algorithm = model.rowOfKey(QStringLiteral("section.%1").arg(int(JobComparisonModel::Section::Algorithm)));
    QCOMPARE(model.index(algorithm, 0).data(JobComparisonModel::SectionDifferencesRole).toInt(), 0);
}

void TestJobComparisonModel::unionOfParametersAndEnvironment()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("warmup"), QStringLiteral("tuned") }));
    QCOMPARE(model.columnCount(), 4);

    // Every job's hyperparameters, in the order they first appear.
    QStringList parameters;
    for (const QString &key : model.fieldKeys())
    {
        if (key.startsWith(u"parameter."))
            parameters << key.mid(10);
    }
    QCOMPARE(parameters,
        (QStringList { QStringLiteral("epochs"), QStringLiteral("learning_rate"),
            QStringLiteral("MA_LOCAL_DURATION_SECONDS"), QStringLiteral("warmup_steps") }));

    // A setting only one job has: the others show "—", and the row differs.
    const int warmup = model.rowOfKey(QStringLiteral("parameter.warmup_steps"));
    QVERIFY(warmup >= 0);
    QCOMPARE(
        model.index(warmup, JobComparisonModel::columnOfJob(0)).data().toString(), JobComparisonModel::missingText());
    QVERIFY(model.index(warmup, JobComparisonModel::columnOfJob(0)).data(JobComparisonModel::MissingRole).toBool());
    QCOMPARE(model.index(warmup, JobComparisonModel::columnOfJob(1)).data().toString(), QStringLiteral("500"));
    QVERIFY(!model.index(warmup, JobComparisonModel::columnOfJob(1)).data(JobComparisonModel::MissingRole).toBool());
    QCOMPARE(
        model.index(warmup, JobComparisonModel::columnOfJob(2)).data().toString(), JobComparisonModel::missingText());
    const int nccl = model.rowOfKey(QStringLiteral("environment.NCCL_DEBUG"));
    QVERIFY(nccl >= 0);
    QCOMPARE(model.index(nccl, JobComparisonModel::columnOfJob(1)).data().toString(), QStringLiteral("INFO"));

    QCOMPARE(model.differingKeys(),
        (QStringList { QStringLiteral("parameter.learning_rate"), QStringLiteral("parameter.warmup_steps"),
            QStringLiteral("environment.NCCL_DEBUG"), QStringLiteral("resource.flavor") }));

    // Two of them: only what "warmup" added differs.
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("warmup") }));
    QCOMPARE(model.differingKeys(),
        (QStringList { QStringLiteral("parameter.warmup_steps"), QStringLiteral("environment.NCCL_DEBUG") }));
}

void TestJobComparisonModel::sameSettingsDifferInNothing()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("base-again") }));
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.differingKeys(), QStringList());
    QCOMPARE(model.differenceCount(), 0);
    QVERIFY(model.comparedCount() > 8);

    models::JobComparisonFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setDifferencesOnly(true);
    QCOMPARE(filter.rowCount(), 0);
}

void TestJobComparisonModel::sensitiveValuesAreMaskedButCompared()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("secret-a"), QStringLiteral("secret-b") }));
    const int row = model.rowOfKey(QStringLiteral("parameter.api_key"));
    QVERIFY(row >= 0);
    for (int job = 0; job < 2; ++job)
    {
        const QString shown = model.index(row, JobComparisonModel::columnOfJob(job)).data().toString();
        QVERIFY2(!shown.contains(u"-secret"), qPrintable(shown));
        QVERIFY(!model.index(row, JobComparisonModel::columnOfJob(job))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"-secret"));
    }
    QCOMPARE(model.differingKeys(), QStringList { QStringLiteral("parameter.api_key") });
    QVERIFY(!JobComparisonModel::toMarkdown(model).contains(u"-secret"));
    QVERIFY(!JobComparisonModel::toCsv(model).contains(u"-secret"));
}

void TestJobComparisonModel::differencesOnlyKeepsDifferingRowsAndTheirSections()
{
    JobComparisonModel model;
    models::JobComparisonFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("tuned") }));
    QCOMPARE(filter.rowCount(), model.rowCount());

    filter.setDifferencesOnly(true);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, 0).data().toString();
    QCOMPARE(shown,
        (QStringList { QStringLiteral("Hyperparameters"), QStringLiteral("learning_rate"), QStringLiteral("Resources"),
            QStringLiteral("Flavor") }));

    filter.setDifferencesOnly(false);
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestJobComparisonModel::refreshOfTheSameJobsDoesNotReset()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("tuned") }));
    const int rows = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The same jobs read again, one of them now in another status: the cells change in place.
    std::vector<api::TrainingJob> again = jobs({ QStringLiteral("base"), QStringLiteral("tuned") });
    again[1].status.phase = QStringLiteral("Failed");
    again[1].status.secondaryPhase = QStringLiteral("Failed");
    model.setJobs(again);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), rows);
    const int status = model.rowOfKey(QStringLiteral("status.phase"));
    QCOMPARE(model.index(status, JobComparisonModel::columnOfJob(1)).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.differingKeys(),
        (QStringList { QStringLiteral("status.phase"), QStringLiteral("parameter.learning_rate"),
            QStringLiteral("resource.flavor") }));

    // A setting that appears brings a row of its own: that is a reset.
    again[1].metadata.description = QStringLiteral("lr x10");
    model.setJobs(again);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(model.differingKeys().contains(QStringLiteral("status.description")));
}

void TestJobComparisonModel::otherJobsReset()
{
    JobComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("tuned") }));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("warmup") }));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.headerData(JobComparisonModel::columnOfJob(1), Qt::Horizontal).toString(), QStringLiteral("warmup"));
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
}

void TestJobComparisonModel::copiesAsMarkdownAndCsv()
{
    JobComparisonModel model;
    models::JobComparisonFilterModel filter;
    filter.setSourceModel(&model);
    model.setJobs(jobs({ QStringLiteral("base"), QStringLiteral("tuned") }));
    filter.setDifferencesOnly(true);

    const QString markdown = JobComparisonModel::toMarkdown(filter);
    const QStringList lines = markdown.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2 + filter.rowCount());
    QCOMPARE(lines.at(0), QStringLiteral("| Setting | base | tuned |"));
    QCOMPARE(lines.at(1), QStringLiteral("|---|---|---|"));
    QCOMPARE(lines.at(2), QStringLiteral("| **Hyperparameters** | | |"));
    QCOMPARE(lines.at(3), QStringLiteral("| ≠ **learning_rate** | 0.001 | 0.01 |"));

    const QString csv = JobComparisonModel::toCsv(filter);
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3); // the header and the two differing settings
    QCOMPARE(rows.at(0), QStringLiteral("Section,Setting,Differs,base,tuned"));
    QCOMPARE(rows.at(1), QStringLiteral("Hyperparameters,learning_rate,yes,0.001,0.01"));
    QVERIFY(rows.at(2).startsWith(u"Resources,Flavor,yes,"));

    // Unfiltered, the same settings are listed as not differing.
    const QString all = JobComparisonModel::toCsv(model);
    QVERIFY(all.contains(QStringLiteral("Hyperparameters,epochs,no,20,20")));
}

QTEST_GUILESS_MAIN(TestJobComparisonModel)
#include "tst_jobcomparisonmodel.moc"
