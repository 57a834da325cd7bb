// TrainingJobFilterModel: text, status and pool filters (data-driven, over a plain model
// carrying the list model's roles), then sorting by raw values over a real
// TrainingJobListModel fed by the local backend. Both under QAbstractItemModelTester.

#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace ma;
using namespace Qt::StringLiterals;
using models::TrainingJobFilterModel;
using models::TrainingJobListModel;
namespace training = ma::api::training;

namespace
{
constexpr int kWaitMs = 15000;

struct Job
{
    const char *name;
    const char *description;
    const char *phase;
    const char *pool;
};

const Job kJobs[] = {
    { "resnet50-baseline", "ImageNet baseline", "Completed", "" },
    { "bert-finetune", "SQuAD v1.1", "Running", "pool-a" },
    { "yolo-exp3", "learning rate too high", "Failed", "" },
    { "llama-sft", "BERT tokenizer, long run", "Pending", "pool-a" },
    { "lenet", "", "Running", "local" },
};

/** A plain model with the columns and roles of TrainingJobListModel. */
void fill(QStandardItemModel &model)
{
    model.setColumnCount(TrainingJobListModel::ColumnCount);
    for (const Job &job : kJobs)
    {
        QList<QStandardItem *> row;
        for (int c = 0; c < TrainingJobListModel::ColumnCount; ++c)
            row << new QStandardItem();
        row[TrainingJobListModel::Name]->setText(QString::fromUtf8(job.name));
        const QString id = u"id-"_s + QString::fromUtf8(job.name);
        row[TrainingJobListModel::Name]->setData(id, TrainingJobListModel::JobIdRole);
        row[TrainingJobListModel::Description]->setText(QString::fromUtf8(job.description));
        row[TrainingJobListModel::Status]->setText(QString::fromUtf8(job.phase));
        row[TrainingJobListModel::Status]->setData(QString::fromUtf8(job.phase), TrainingJobListModel::PhaseRole);
        row[TrainingJobListModel::Pool]->setData(QString::fromUtf8(job.pool), TrainingJobListModel::PoolIdRole);
        model.appendRow(row);
    }
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, TrainingJobListModel::Name).data().toString();
    return out;
}

api::TrainingJobCreate simulatedJob(const QString &name, const QString &flavorId, int nominalSeconds,
    const QString &command = QStringLiteral("python train.py"))
{
    api::TrainingJobCreate c;
    c.metadata.name = name;
    api::TrainingAlgorithm algo;
    api::AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("swr.local/team/trainer:1.0");
    algo.engine = engine;
    algo.command = command;
    algo.environments
        = api::StringMap { { QStringLiteral("MA_LOCAL_DURATION_SECONDS"), QString::number(nominalSeconds) } };
    c.algorithm = algo;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.flavorId = flavorId;
    spec.resource = resource;
    c.spec = spec;
    return c;
}

template <typename T> T decoded(const api::ApiResult &r)
{
    return api::decodeBody<T>(r).value;
}
} // namespace

class TestTrainingJobFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void filters_data();
    void filters();
    void settersInvalidateOnlyOnChange();
    /** The job ID filter keeps the row of that id only (the list's ID filter, also when a service ignores it). */
    void jobIdKeepsThatJobOnly();
    void sortsByRawValuesOfTheListModel();
};

void TestTrainingJobFilterModel::defaults()
{
    TrainingJobFilterModel proxy;
    QCOMPARE(proxy.sortRole(), int(TrainingJobListModel::SortRole));
    QCOMPARE(proxy.sortCaseSensitivity(), Qt::CaseInsensitive);
    QVERIFY(proxy.textFilter().isEmpty());
    QVERIFY(proxy.phases().isEmpty());
    QVERIFY(proxy.pool().isEmpty());
    QCOMPARE(proxy.rowCount(), 0); // no source: accepts nothing, crashes on nothing
}

void TestTrainingJobFilterModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("phases");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QStringList>("expected");

    const QStringList all = { u"resnet50-baseline"_s, u"bert-finetune"_s, u"yolo-exp3"_s, u"llama-sft"_s, u"lenet"_s };
    QTest::newRow("nothing") << QString() << QStringList() << QString() << all;
    QTest::newRow("name, any case") << QStringLiteral("RESNET") << QStringList() << QString()
                                    << QStringList { u"resnet50-baseline"_s };
    QTest::newRow("name or description") << QStringLiteral("bert") << QStringList() << QString()
                                         << QStringList { u"bert-finetune"_s, u"llama-sft"_s };
    QTest::newRow("blank text") << QStringLiteral("   ") << QStringList() << QString() << all;
    QTest::newRow("one phase") << QString() << QStringList { u"Running"_s } << QString()
                               << QStringList { u"bert-finetune"_s, u"lenet"_s };
    QTest::newRow("phases") << QString() << QStringList { u"Failed"_s, u"Pending"_s } << QString()
                            << QStringList { u"yolo-exp3"_s, u"llama-sft"_s };
    QTest::newRow("pool") << QString() << QStringList() << QStringLiteral("pool-a")
                          << QStringList { u"bert-finetune"_s, u"llama-sft"_s };
    QTest::newRow("public pool") << QString() << QStringList() << TrainingJobFilterModel::kPublicPool
                                 << QStringList { u"resnet50-baseline"_s, u"yolo-exp3"_s };
    QTest::newRow("all three") << QStringLiteral("BERT") << QStringList { u"Pending"_s } << QStringLiteral("pool-a")
                               << QStringList { u"llama-sft"_s };
    QTest::newRow("no match") << QStringLiteral("gpt") << QStringList() << QString() << QStringList();
}

void TestTrainingJobFilterModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, phases);
    QFETCH(QString, pool);
    QFETCH(QStringList, expected);

    QStandardItemModel source;
    fill(source);
    TrainingJobFilterModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy);
    proxy.setTextFilter(text);
    proxy.setPhases(QSet<QString>(phases.cbegin(), phases.cend()));
    proxy.setPool(pool);
    QCOMPARE(names(proxy), expected);

    // Cleared filters bring every row back.
    proxy.setTextFilter(QString());
    proxy.setPhases({});
    proxy.setPool(QString());
    QCOMPARE(proxy.rowCount(), source.rowCount());
}

void TestTrainingJobFilterModel::jobIdKeepsThatJobOnly()
{
    QStandardItemModel source;
    fill(source);
    TrainingJobFilterModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setJobId(u" id-yolo-exp3 "_s);
    QCOMPARE(proxy.jobId(), u"id-yolo-exp3"_s);
    QCOMPARE(names(proxy), QStringList { u"yolo-exp3"_s });
    proxy.setJobId(u"id-yolo"_s); // exact, not a part
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setJobId(QString());
    QCOMPARE(proxy.rowCount(), source.rowCount());
    QCOMPARE(reset.count(), 0);
}

void TestTrainingJobFilterModel::settersInvalidateOnlyOnChange()
{
    QStandardItemModel source;
    fill(source);
    TrainingJobFilterModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setPhases({ QStringLiteral("Running") });
    QVERIFY(!removed.isEmpty()); // rows filtered out one by one, not a reset
    QCOMPARE(reset.count(), 0);
    removed.clear();
    proxy.setPhases({ QStringLiteral("Running") });
    proxy.setTextFilter(QString());
    proxy.setPool(QString());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);

    // Rows added to the source go through the filter.
    QList<QStandardItem *> row;
    for (int c = 0; c < TrainingJobListModel::ColumnCount; ++c)
        row << new QStandardItem();
    row[TrainingJobListModel::Name]->setText(QStringLiteral("new-running"));
    row[TrainingJobListModel::Status]->setData(QStringLiteral("Running"), TrainingJobListModel::PhaseRole);
    source.insertRow(0, row);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(reset.count(), 0);
}

void TestTrainingJobFilterModel::sortsByRawValuesOfTheListModel()
{
    // A fast clock: 60, 300 and 900 nominal seconds last 0.1, 0.5 and 1.5 s.
    test::LocalBackend backend(test::LocalBackend::Options { 600.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const auto flavors
        = decoded<api::TrainingFlavorList>(test::callAndWait(*client, training::flavors(QStringLiteral("CPU"))));
    QVERIFY(!flavors.flavors.empty());
    const QString flavor = flavors.flavors.front().flavorId;
    // Created one after the other: creation times in this order.
    const QList<std::pair<QString, int>> jobs
        = { { QStringLiteral("medium"), 300 }, { QStringLiteral("long"), 900 }, { QStringLiteral("short"), 60 } };
    QStringList ids;
    for (const auto &[name, seconds] : jobs)
    {
        const api::ApiResult r = test::callAndWait(*client, training::create(simulatedJob(name, flavor, seconds)));
        QVERIFY(r.ok());
        const api::TrainingJob job = decoded<api::TrainingJob>(r);
        ids << job.metadata.id.value_or(QString());
        // The next job gets a later millisecond, so the expected order is the only one.
        const qint64 created = job.metadata.createTime.value_or(0);
        QVERIFY(QTest::qWaitFor([created] { return QDateTime::currentMSecsSinceEpoch() > created; }, 1000));
    }

    TrainingJobListModel model;
    TrainingJobFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    model.setClient(client.get());
    model.setScope(QStringLiteral("fast"));
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    const auto allCompleted = [&]
    {
        model.refresh();
        if (!loaded.wait(kWaitMs))
            return false;
        for (int r = 0; r < model.rowCount(); ++r)
        {
            if (model.index(r, 0).data(TrainingJobListModel::PhaseRole).toString() != u"Completed")
                return false;
        }
        return model.rowCount() == 3;
    };
    QVERIFY(QTest::qWaitFor(allCompleted, kWaitMs));

    const auto sortedNames = [&](int column, Qt::SortOrder order)
    {
        proxy.sort(column, order);
        return names(proxy);
    };
    const auto rawValues = [&](int column)
    {
        QList<qint64> values;
        for (int r = 0; r < proxy.rowCount(); ++r)
            values << proxy.index(r, column).data(TrainingJobListModel::SortRole).toLongLong();
        return values;
    };

    // Created: by epoch ms (the short date format would not order seconds apart).
    QCOMPARE(sortedNames(TrainingJobListModel::Created, Qt::AscendingOrder),
        (QStringList { u"medium"_s, u"long"_s, u"short"_s }));
    QList<qint64> created = rawValues(TrainingJobListModel::Created);
    QVERIFY(std::is_sorted(created.cbegin(), created.cend()));
    QCOMPARE(sortedNames(TrainingJobListModel::Created, Qt::DescendingOrder),
        (QStringList { u"short"_s, u"long"_s, u"medium"_s }));

    // Duration: by milliseconds ("42 s" sorts after "1 min 07 s" as text).
    QCOMPARE(sortedNames(TrainingJobListModel::Duration, Qt::AscendingOrder),
        (QStringList { u"short"_s, u"medium"_s, u"long"_s }));
    const QList<qint64> durations = rawValues(TrainingJobListModel::Duration);
    QVERIFY(std::is_sorted(durations.cbegin(), durations.cend()));
    QVERIFY(durations.front() > 0);
    QCOMPARE(sortedNames(TrainingJobListModel::Duration, Qt::DescendingOrder),
        (QStringList { u"long"_s, u"medium"_s, u"short"_s }));

    // Name: case-insensitive text.
    QCOMPARE(sortedNames(TrainingJobListModel::Name, Qt::AscendingOrder),
        (QStringList { u"long"_s, u"medium"_s, u"short"_s }));

    // The sort holds while the source refreshes (a new job lands at its sorted place).
    proxy.sort(TrainingJobListModel::Created, Qt::AscendingOrder);
    QVERIFY(test::callAndWait(*client, training::create(simulatedJob(QStringLiteral("newest"), flavor, 60))).ok());
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(names(proxy), (QStringList { u"medium"_s, u"long"_s, u"short"_s, u"newest"_s }));

    // Filters over the real model: text and phase.
    proxy.setTextFilter(QStringLiteral("ON"));
    QCOMPARE(names(proxy), (QStringList { u"long"_s }));
    proxy.setTextFilter(QString());
    proxy.setPhases({ QStringLiteral("Completed") });
    QVERIFY(proxy.rowCount() >= 3);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(TrainingJobListModel::PhaseRole).toString(), QStringLiteral("Completed"));
    proxy.setPool(QStringLiteral("local"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setPool(TrainingJobFilterModel::kPublicPool);
    QVERIFY(proxy.rowCount() >= 3);
}

QTEST_GUILESS_MAIN(TestTrainingJobFilterModel)
#include "tst_trainingjobfiltermodel.moc"
