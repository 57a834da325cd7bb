// TrainingJobListModel against the real local backend over HTTP: paging with fetchMore,
// refreshes that never reset (inserts, removes and dataChanged proven with signal spies,
// selections kept), status changes of running jobs, errors that keep the rows, server-side
// filters, roles and display formats. Every test runs the model under QAbstractItemModelTester.

#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "listmodeltesting.h"
#include "localbackend.h"
#include "models/trainingjoblistmodel.h"
#include "scriptedhttpserver.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace ma;
using models::TrainingJobListModel;
namespace training = ma::api::training;

namespace
{
constexpr int kWaitMs = 15000;
constexpr int kSharedJobs = 120;

api::TrainingJobCreate simulatedJob(const QString &name, const QString &flavorId, int nominalSeconds)
{
    api::TrainingJobCreate c;
    c.metadata.name = name;
    c.metadata.description = QStringLiteral("job %1").arg(name);
    api::TrainingAlgorithm algo;
    api::AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("swr.local/team/trainer:1.0");
    algo.engine = engine;
    algo.command = QStringLiteral("python train.py");
    algo.environments
        = api::StringMap { { QStringLiteral("MA_LOCAL_DURATION_SECONDS"), QString::number(nominalSeconds) } };
    c.algorithm = algo;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.flavorId = flavorId;
    resource.nodeCount = 1;
    spec.resource = resource;
    c.spec = spec;
    return c;
}

/** A job that runs @p command for real on the one-node "local" pool. */
api::TrainingJobCreate localJob(const QString &name, const QString &command)
{
    api::TrainingJobCreate c;
    c.metadata.name = name;
    api::TrainingAlgorithm algo;
    algo.command = command;
    c.algorithm = algo;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.poolId = QStringLiteral("local");
    resource.nodeCount = 1;
    spec.resource = resource;
    api::SchedulePolicy policy;
    policy.priority = 1;
    spec.schedulePolicy = policy;
    c.spec = spec;
    return c;
}

template <typename T> T decoded(const api::ApiResult &r)
{
    return api::decodeBody<T>(r).value;
}

QString firstCpuFlavor(api::ApiClient &client)
{
    const auto list
        = decoded<api::TrainingFlavorList>(test::callAndWait(client, training::flavors(QStringLiteral("CPU"))));
    return list.flavors.empty() ? QString() : list.flavors.front().flavorId;
}

/** Creates the jobs with calls in parallel; returns their ids (empty on any failure). */
QStringList createJobs(api::ApiClient &client, const QList<api::TrainingJobCreate> &jobs)
{
    QStringList ids;
    int done = 0;
    bool failed = false;
    QObject context;
    for (const api::TrainingJobCreate &job : jobs)
    {
        api::ApiCall *call = client.send(training::create(job));
        QObject::connect(call, &api::ApiCall::finished, &context,
            [&](const api::ApiResult &r)
            {
                ++done;
                if (!r.ok())
                {
                    qWarning("create failed: %s", qPrintable(r.error.displayText()));
                    failed = true;
                    return;
                }
                ids << decoded<api::TrainingJob>(r).metadata.id.value_or(QString());
            });
    }
    if (!QTest::qWaitFor([&] { return done == jobs.size(); }, 30000) || failed)
        return {};
    return ids;
}

/** T2-3 count of the jobs in @p phases (all when empty) whose name contains @p name. */
int countJobs(api::ApiClient &client, const QStringList &phases = {}, const QString &name = {})
{
    api::TrainingJobSearchRequest s;
    s.limit = 1;
    std::vector<api::TrainingJobFilter> filters;
    if (!phases.isEmpty())
    {
        api::TrainingJobFilter f;
        f.key = QStringLiteral("phase");
        f.op = QStringLiteral("in");
        f.value = std::vector<QString>(phases.cbegin(), phases.cend());
        filters.push_back(f);
    }
    if (!name.isEmpty())
    {
        api::TrainingJobFilter f;
        f.key = QStringLiteral("name");
        f.op = QStringLiteral("like");
        f.value = std::vector<QString> { name };
        filters.push_back(f);
    }
    s.filters = filters;
    return decoded<api::TrainingJobSearchResult>(test::callAndWait(client, training::search(s))).count.value_or(-1);
}

QString phaseOf(api::ApiClient &client, const QString &id)
{
    return decoded<api::TrainingJob>(test::callAndWait(client, training::show(id))).status.phase;
}

QStringList modelIds(const TrainingJobListModel &model)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << r;
    return model.idsForRows(rows);
}

/** True when every dataChanged in @p spy spans exactly @p column. */
bool onlyColumn(const QSignalSpy &spy, int column)
{
    for (const QList<QVariant> &args : spy)
    {
        if (args.at(0).toModelIndex().column() != column || args.at(1).toModelIndex().column() != column)
            return false;
    }
    return true;
}
/** Jobs served by a scripted server in a fixed order, paged like T2-3 (offset = page number). */
class FakeJobs
{
public:
    explicit FakeJobs(test::ScriptedHttpServer &server)
    {
        server.setHandler([this](const test::ReceivedRequest &req) { return answer(req); });
    }

    static api::Json job(int n, const QString &phase = QStringLiteral("Running"))
    {
        api::Json j = api::Json::object();
        j["kind"] = "job";
        j["metadata"] = { { "id", QStringLiteral("id-%1").arg(n, 4, 10, QLatin1Char('0')).toStdString() },
            { "name", QStringLiteral("job-%1").arg(n).toStdString() }, { "description", "" },
            { "create_time", 1700000000000LL + n * 1000 } };
        j["status"] = { { "phase", phase.toStdString() }, { "secondary_phase", phase.toStdString() },
            { "start_time", 1700000000000LL + n * 1000 + 500 }, { "duration", 0 } };
        j["spec"] = { { "resource", { { "flavor_id", "modelarts.vm.cpu.2u" }, { "node_count", 1 } } } };
        return j;
    }

    /** Jobs n = count-1 .. 0: newest (highest n) first, as the service sorts. */
    void fill(int count)
    {
        jobs.clear();
        for (int n = count - 1; n >= 0; --n)
            jobs.push_back(job(n));
    }

    int indexOf(int n) const
    {
        const std::string id = QStringLiteral("id-%1").arg(n, 4, 10, QLatin1Char('0')).toStdString();
        for (std::size_t i = 0; i < jobs.size(); ++i)
        {
            if (jobs[i]["metadata"]["id"] == id)
                return static_cast<int>(i);
        }
        return -1;
    }

    std::vector<api::Json> jobs;
    QList<api::Json> searches; // request bodies received

private:
    test::ScriptedReply answer(const test::ReceivedRequest &req)
    {
        const api::Json body = api::parseJson(req.body);
        searches << body;
        const int limit = body.value("limit", 10);
        const int page = body.value("offset", 0);
        api::Json items = api::Json::array();
        for (int i = page * limit; i < std::min<int>(static_cast<int>(jobs.size()), (page + 1) * limit); ++i)
            items.push_back(jobs[static_cast<std::size_t>(i)]);
        const api::Json out = { { "total", jobs.size() }, { "count", jobs.size() }, { "limit", limit },
            { "offset", page }, { "items", items } };
        return test::ScriptedReply::json(200, QByteArray::fromStdString(out.dump()));
    }
};
} // namespace

class TestTrainingJobListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void emptyModel();
    void formatDuration_data();
    void formatDuration();
    void pagingWithFetchMore();
    void rolesAndDisplay();
    void tickRepaintsOnlyDurationsOfRunningJobs();
    void refreshDiffsWithoutReset();
    void refreshOfAPartialListKeepsItsTail();
    void serverSideFiltersAndScope();
    void errorsKeepRows();
    void statusChangesAsJobsRun();
    void priorityOnlyForPendingJobsOnDedicatedPools();

    // The diff in detail, against a scripted server that can reorder and edit at will.
    void sendsTheDocumentedSearch();
    void diffInsertsAndRemovesInContiguousBatches();
    void diffMovesReorderedRows();
    void diffSignalsOnlyTheChangedColumns();
    void diffWithMostRowsChangedIsOneSignal();
    void lowUtilizationMarksOnlyItsRows();
    void refreshWindowBoundsTheRequests();
    void largePagesDecodeOffThread();

private:
    void loadAll(TrainingJobListModel &model);
    void attach(TrainingJobListModel &model, const QString &scope = QStringLiteral("local/default"));

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_flavor;
};

void TestTrainingJobListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 5.0, false, {} });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_flavor = firstCpuFlavor(*m_client);
    QVERIFY(!m_flavor.isEmpty());
    QList<api::TrainingJobCreate> jobs;
    for (int i = 0; i < kSharedJobs; ++i)
        jobs << simulatedJob(QStringLiteral("job-%1").arg(i, 3, 10, QLatin1Char('0')), m_flavor, 24 * 3600);
    QCOMPARE(createJobs(*m_client, jobs).size(), kSharedJobs);
    // A day of job time: they stay Running for the whole test once started.
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(*m_client, { QStringLiteral("Running") }), kSharedJobs, kWaitMs);
}

void TestTrainingJobListModel::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

void TestTrainingJobListModel::attach(TrainingJobListModel &model, const QString &scope)
{
    model.setClient(m_client.get());
    model.setScope(scope);
}

void TestTrainingJobListModel::loadAll(TrainingJobListModel &model)
{
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    while (model.canFetchMore(QModelIndex()))
    {
        model.fetchMore(QModelIndex());
        QVERIFY(loaded.wait(kWaitMs));
    }
    QVERIFY(model.state().complete);
    QVERIFY(!model.state().hasError());
}

void TestTrainingJobListModel::emptyModel()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TrainingJobListModel::ColumnCount));
    QVERIFY(!model.canFetchMore(QModelIndex())); // no client yet
    model.reload(); // no client: nothing happens
    QVERIFY(!model.state().loading);
    for (int c = 0; c < TrainingJobListModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(TrainingJobListModel::Created, Qt::Horizontal).toString(), QStringLiteral("Created"));
    QVERIFY(!model.headerData(TrainingJobListModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.jobAt(0));
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QVERIFY(model.idsForRows({ 0, -1 }).isEmpty());
}

void TestTrainingJobListModel::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(42999) << QStringLiteral("42 s");
    QTest::newRow("minutes") << qint64(5 * 60000 + 7000) << QStringLiteral("5 min 07 s");
    QTest::newRow("hour") << qint64(3600000 + 2 * 60000 + 59000) << QStringLiteral("1 h 02 min");
    QTest::newRow("days") << qint64(3 * 86400000LL + 4 * 3600000LL) << QStringLiteral("3 d 04 h");
    QTest::newRow("negative") << qint64(-1) << QString();
}

void TestTrainingJobListModel::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(TrainingJobListModel::formatDuration(ms), text);
}

void TestTrainingJobListModel::pagingWithFetchMore()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model); // it calls fetchMore() too: the model guards itself
    attach(model);
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!model.canFetchMore(QModelIndex())); // nothing before the first reload

    model.reload();
    QVERIFY(model.state().loading);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.totalCount(), kSharedJobs);
    QVERIFY(!model.state().loading);
    QVERIFY(!model.state().complete);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    QVERIFY(model.state().loading);
    QVERIFY(!model.canFetchMore(QModelIndex())); // in flight
    model.fetchMore(QModelIndex()); // ignored: one request at a time
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), kSharedJobs);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.state().complete);
    QCOMPARE(loaded.count(), 3);

    // Three appends (0-49, 50-99, 100-119), no duplicates, newest first.
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(2).at(1).toInt(), 100);
    QCOMPARE(inserted.at(2).at(2).toInt(), kSharedJobs - 1);
    QCOMPARE(reset.count(), 0);
    const QStringList ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kSharedJobs);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.jobAt(r - 1)->metadata.createTime >= model.jobAt(r)->metadata.createTime);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOf(ids.at(r)), r);
}

void TestTrainingJobListModel::rolesAndDisplay()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    loadAll(model);
    const int row = 3;
    const std::optional<api::TrainingJob> job = model.jobAt(row);
    QVERIFY(job);
    const auto cell = [&](int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role);
    };

    QCOMPARE(cell(TrainingJobListModel::Name, TrainingJobListModel::JobIdRole).toString(), *job->metadata.id);
    QCOMPARE(cell(TrainingJobListModel::Name).toString(), job->metadata.name);
    QCOMPARE(cell(TrainingJobListModel::Status, TrainingJobListModel::PhaseRole).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(TrainingJobListModel::Status, TrainingJobListModel::SecondaryPhaseRole).toString(),
        QStringLiteral("Running"));
    QCOMPARE(cell(TrainingJobListModel::Status).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(TrainingJobListModel::Pool).toString(), QStringLiteral("Public resource pool"));
    QCOMPARE(cell(TrainingJobListModel::Pool, TrainingJobListModel::PoolIdRole).toString(), QString());
    QCOMPARE(cell(TrainingJobListModel::Nodes).toString(), QStringLiteral("1"));
    QCOMPARE(cell(TrainingJobListModel::Nodes, TrainingJobListModel::SortRole), QVariant(1));
    QCOMPARE(cell(TrainingJobListModel::Flavor).toString(), *job->spec->resource->flavorName);
    QCOMPARE(cell(TrainingJobListModel::Description).toString(), QStringLiteral("job %1").arg(job->metadata.name));
    const qint64 created = *job->metadata.createTime;
    QCOMPARE(cell(TrainingJobListModel::Created, TrainingJobListModel::SortRole).toLongLong(), created);
    QCOMPARE(cell(TrainingJobListModel::Created).toString(),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::ShortFormat));
    const qint64 duration = cell(TrainingJobListModel::Duration, TrainingJobListModel::SortRole).toLongLong();
    QVERIFY(duration > 0);
    QVERIFY(qAbs(duration - (QDateTime::currentMSecsSinceEpoch() - *job->status.startTime)) < 2000);
    QVERIFY(!cell(TrainingJobListModel::Duration).toString().isEmpty());
    QCOMPARE(cell(TrainingJobListModel::Nodes, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(cell(TrainingJobListModel::Name, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
    QCOMPARE(cell(TrainingJobListModel::Name, TrainingJobListModel::CanStopRole).toBool(), true);
    QCOMPARE(cell(TrainingJobListModel::Name, TrainingJobListModel::CanDeleteRole).toBool(), true);
    QCOMPARE(cell(TrainingJobListModel::Name, TrainingJobListModel::CanChangePriorityRole).toBool(), false);
    const auto copy = cell(TrainingJobListModel::Name, TrainingJobListModel::JobRole).value<api::TrainingJob>();
    QCOMPARE(copy.metadata.id, job->metadata.id);
    QCOMPARE(copy.status.phase, job->status.phase);
    QCOMPARE(model.idsForRows({ row, 0, 999 }), (QStringList { *job->metadata.id, *model.jobAt(0)->metadata.id }));
    QCOMPARE(model.index(row, 0).flags() & Qt::ItemIsEditable, Qt::ItemFlags());
}

void TestTrainingJobListModel::tickRepaintsOnlyDurationsOfRunningJobs()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    loadAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tick();
    QVERIFY(!changed.isEmpty());
    QVERIFY(onlyColumn(changed, TrainingJobListModel::Duration));
    int rows = 0;
    for (const QList<QVariant> &args : changed)
        rows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
    int running = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        running += model.index(r, 0).data(TrainingJobListModel::PhaseRole).toString() == u"Running";
    QCOMPARE(rows, running);
}

void TestTrainingJobListModel::refreshDiffsWithoutReset()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    loadAll(model);
    const int before = model.rowCount();
    QCOMPARE(before, countJobs(*m_client));

    // The user has three jobs selected, one of them below the job that goes away.
    QItemSelectionModel selection(&model);
    for (int row : { 5, 6, 60 })
        selection.select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList selectedIds = model.idsForRows({ 5, 6, 60 });
    const QString removedId = model.idsForRows({ 10 }).constFirst();
    const QString changedId = model.idsForRows({ 20 }).constFirst();

    const QStringList created = createJobs(*m_client,
        { simulatedJob(QStringLiteral("refresh-a"), m_flavor, 24 * 3600),
            simulatedJob(QStringLiteral("refresh-b"), m_flavor, 24 * 3600) });
    QCOMPARE(created.size(), 2);
    QVERIFY(test::callAndWait(*m_client, training::remove(removedId)).ok());
    QVERIFY(test::callAndWait(*m_client, training::updateDescription(changedId, QStringLiteral("edited"))).ok());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));

    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(moved.count(), 0);
    // The vanished job: one remove at its row.
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 10);
    QCOMPARE(removed.at(0).at(2).toInt(), 10);
    // The two new jobs: one insert at the top.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(QSet<QString>({ model.idsForRows({ 0 }).constFirst(), model.idsForRows({ 1 }).constFirst() }),
        QSet<QString>(created.cbegin(), created.cend()));
    // The edited job: dataChanged on its Description cell only (the others still run).
    const int changedRow = model.rowOf(changedId);
    QCOMPARE(changedRow, 20 - 1 + 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(changedRow, TrainingJobListModel::Description));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(changedRow, TrainingJobListModel::Description));
    QCOMPARE(model.index(changedRow, TrainingJobListModel::Description).data().toString(), QStringLiteral("edited"));

    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowOf(removedId), -1);
    QVERIFY(model.state().complete);
    const QStringList ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), model.rowCount());

    // The selection followed its jobs.
    QList<int> selectedRows;
    for (const QModelIndex &index : selection.selectedRows())
        selectedRows << index.row();
    std::sort(selectedRows.begin(), selectedRows.end());
    QCOMPARE(selectedRows, (QList<int> { 7, 8, 61 }));
    QCOMPARE(model.idsForRows(selectedRows), selectedIds);

    // A refresh with nothing new changes nothing.
    inserted.clear();
    removed.clear();
    changed.clear();
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestTrainingJobListModel::refreshOfAPartialListKeepsItsTail()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 50);
    const QString lastId = model.idsForRows({ 49 }).constFirst();

    const QStringList created
        = createJobs(*m_client, { simulatedJob(QStringLiteral("partial-a"), m_flavor, 24 * 3600) });
    QCOMPARE(created.size(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    // The page shifted by one on the server: the new job comes in at the top and the row
    // that slid to page 2 stays (it was not deleted).
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOf(lastId), 50);
    QVERIFY(!model.state().complete);
    QVERIFY(model.canFetchMore(QModelIndex()));

    // Paging on: the overlap with page 2 is skipped, nothing is missed.
    while (model.canFetchMore(QModelIndex()))
    {
        model.fetchMore(QModelIndex());
        QVERIFY(loaded.wait(kWaitMs));
    }
    QCOMPARE(model.rowCount(), countJobs(*m_client));
    const QStringList ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), model.rowCount());
    QCOMPARE(reset.count(), 0);
}

void TestTrainingJobListModel::serverSideFiltersAndScope()
{
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    loadAll(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);

    model.setNameFilter(QStringLiteral("JOB-00")); // like: case-insensitive contains
    QCOMPARE(model.rowCount(), countJobs(*m_client)); // applied by the next reload only
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), countJobs(*m_client, {}, QStringLiteral("job-00"))); // job-000 .. job-009
    QVERIFY(model.rowCount() >= 9); // the refresh test may have deleted one
    QCOMPARE(model.totalCount(), model.rowCount());
    QVERIFY(model.state().complete);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, 0).data().toString().startsWith(u"job-00"));
    QCOMPARE(reset.count(), 0); // same data set: rows removed, not reset

    model.setNameFilter(QString());
    model.setPhaseFilter({ QStringLiteral("Completed"), QStringLiteral("Failed") });
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);

    model.setPhaseFilter({ QStringLiteral("Running") });
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(reset.count(), 0);

    // Another project: the only reset.
    model.setScope(QStringLiteral("local/other"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setScope(QStringLiteral("local/other"));
    QCOMPARE(reset.count(), 1);

    // A scope change while a page is on its way drops that page.
    model.reload();
    QVERIFY(model.state().loading);
    model.setScope(QStringLiteral("local/third"));
    QCOMPARE(reset.count(), 2);
    QVERIFY(!model.state().loading);
    QVERIFY(!loaded.wait(500));
    QCOMPARE(model.rowCount(), 0);
}

void TestTrainingJobListModel::errorsKeepRows()
{
    // A client of its own, so that pointing it elsewhere does not disturb the other tests.
    const std::unique_ptr<api::ApiClient> client = m_backend->accessKeyClient();
    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("local/default"));
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    QSignalSpy stateChanged(&model, &TrainingJobListModel::stateChanged);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 50);
    const QStringList ids = modelIds(model);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    QUrl dead = m_backend->url();
    dead.setPort(closed.serverPort());
    closed.close();
    const api::Endpoints good = client->endpoints();
    client->setEndpoints(api::Endpoints { dead, dead });

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    stateChanged.clear();
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.state().hasError(), kWaitMs);
    QVERIFY(!model.state().loading);
    QCOMPARE(model.state().lastError.kind, api::ApiError::Kind::Network);
    QVERIFY(!model.state().lastError.displayText().isEmpty());
    QVERIFY(stateChanged.count() >= 2); // loading on, then off with the error
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(modelIds(model), ids);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex())); // no retry storm from a scrolling view

    // fetchMore's error and reload's error keep the rows too.
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.state().loading, kWaitMs);
    QVERIFY(model.state().hasError());
    QCOMPARE(model.rowCount(), 50);

    // Back online: the next refresh clears the error.
    client->setEndpoints(good);
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(!model.state().hasError());
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(reset.count(), 0);
}

void TestTrainingJobListModel::statusChangesAsJobsRun()
{
    // A fast clock: a job of 120 nominal seconds lasts a fifth of a second.
    test::LocalBackend fast(test::LocalBackend::Options { 600.0, false, {} });
    QVERIFY2(fast.isRunning(), qPrintable(fast.error()));
    const std::unique_ptr<api::ApiClient> client = fast.accessKeyClient();
    const QString flavor = firstCpuFlavor(*client);
    const QStringList ids = createJobs(*client,
        { simulatedJob(QStringLiteral("fast-a"), flavor, 1200), simulatedJob(QStringLiteral("fast-b"), flavor, 1200) });
    QCOMPARE(ids.size(), 2);

    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("fast"));
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(ids.front());
    QVERIFY(row >= 0);
    const QString firstPhase = model.index(row, 0).data(TrainingJobListModel::PhaseRole).toString();
    QVERIFY2(firstPhase != u"Completed", qPrintable(firstPhase));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSet<QString> seen { firstPhase };
    const auto phase = [&]
    {
        return model.index(model.rowOf(ids.front()), 0).data(TrainingJobListModel::PhaseRole).toString();
    };
    QVERIFY(QTest::qWaitFor(
        [&]
        {
            model.refresh();
            loaded.wait(kWaitMs);
            seen.insert(phase());
            return phase() == u"Completed";
        },
        kWaitMs));
    QVERIFY2(seen.size() >= 2, qPrintable(QStringList(seen.cbegin(), seen.cend()).join(u',')));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(ids.front()), 0).data(TrainingJobListModel::CanStopRole).toBool(), false);
    QVERIFY(!model.index(model.rowOf(ids.front()), TrainingJobListModel::Duration).data().toString().isEmpty());
    // Every phase change reached the view as a dataChanged covering the Status cell.
    bool statusChanged = false;
    for (const QList<QVariant> &args : changed)
    {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        statusChanged |= tl.column() <= TrainingJobListModel::Status && br.column() >= TrainingJobListModel::Status
            && tl.row() <= row && br.row() >= row;
    }
    QVERIFY(statusChanged);
}

void TestTrainingJobListModel::priorityOnlyForPendingJobsOnDedicatedPools()
{
    // The "local" pool has one node: the second job waits for the first.
    const QStringList ids
        = createJobs(*m_client, { localJob(QStringLiteral("local-first"), QStringLiteral("sleep 30")) });
    QCOMPARE(ids.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*m_client, ids.front()), QStringLiteral("Running"), kWaitMs);
    const QStringList queued
        = createJobs(*m_client, { localJob(QStringLiteral("local-second"), QStringLiteral("sleep 30")) });
    QCOMPARE(queued.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*m_client, queued.front()), QStringLiteral("Pending"), kWaitMs);

    TrainingJobListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model);
    model.setNameFilter(QStringLiteral("local-"));
    QSignalSpy loaded(&model, &TrainingJobListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex running = model.index(model.rowOf(ids.front()), 0);
    const QModelIndex pending = model.index(model.rowOf(queued.front()), 0);
    QCOMPARE(running.data(TrainingJobListModel::CanChangePriorityRole).toBool(), false);
    QCOMPARE(pending.data(TrainingJobListModel::CanChangePriorityRole).toBool(), true);
    QCOMPARE(pending.data(TrainingJobListModel::CanStopRole).toBool(), true);
    QCOMPARE(pending.data(TrainingJobListModel::SecondaryPhaseRole).toString(), QStringLiteral("Queuing"));
    QCOMPARE(model.index(pending.row(), TrainingJobListModel::Status).data().toString(),
        QStringLiteral("Pending (Queuing)"));
    QCOMPARE(model.index(pending.row(), TrainingJobListModel::Pool).data().toString(), QStringLiteral("local"));
    QCOMPARE(model.index(pending.row(), TrainingJobListModel::Priority).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(pending.row(), TrainingJobListModel::Duration).data().toString(), QString());

    for (const QString &id : ids + queued)
        QVERIFY(test::callAndWait(*m_client, training::terminate(id)).ok());
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(pending.data(TrainingJobListModel::CanChangePriorityRole).toBool(), false);
}

namespace
{
struct Scripted
{
    test::ScriptedHttpServer server;
    FakeJobs fake { server };
    std::unique_ptr<api::ApiClient> client;
    TrainingJobListModel model;
    QAbstractItemModelTester tester { &model };
    QSignalSpy loaded { &model, &TrainingJobListModel::loaded };

    bool start(int jobs)
    {
        if (!server.start())
            return false;
        fake.fill(jobs);
        client = ma::test::attachModel(model, server);
        return true;
    }

    bool reloadAll() { return ma::test::loadAllPages(model, loaded, kWaitMs); }

    bool refresh()
    {
        model.refresh();
        return loaded.wait(kWaitMs);
    }

    QStringList names() const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, 0).data().toString();
        return out;
    }

    QStringList serverNames() const
    {
        QStringList out;
        for (const api::Json &j : fake.jobs)
            out << QString::fromStdString(j["metadata"]["name"].get<std::string>());
        return out;
    }
};

QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> out;
    for (const QList<QVariant> &args : spy)
        out << std::make_pair(args.at(1).toInt(), args.at(2).toInt());
    return out;
}
} // namespace

void TestTrainingJobListModel::sendsTheDocumentedSearch()
{
    Scripted s;
    QVERIFY(s.start(120));
    s.model.setNameFilter(QStringLiteral(" bert "));
    s.model.setPhaseFilter({ QStringLiteral("Running"), QStringLiteral("Pending") });
    s.model.setWorkspaceId(QStringLiteral("ws-1"));
    QVERIFY(s.reloadAll());
    QCOMPARE(s.fake.searches.size(), 3);
    for (int page = 0; page < 3; ++page)
    {
        const api::Json &b = s.fake.searches.at(page);
        QCOMPARE(b["offset"], api::Json(page));
        QCOMPARE(b["limit"], api::Json(50));
        QCOMPARE(b["sort_by"], api::Json("create_time"));
        QCOMPARE(b["order"], api::Json("desc"));
        QCOMPARE(b["workspace_id"], api::Json("ws-1"));
        QCOMPARE(b["filters"],
            api::Json::parse(R"([{"key":"name","operator":"like","value":["bert"]},)"
                             R"({"key":"phase","operator":"in","value":["Running","Pending"]}])"));
    }
    QCOMPARE(s.server.count("POST", "/v2/"), 3);
    QCOMPARE(s.model.rowCount(), 120);

    s.model.setPageSize(500); // clamped to the API's 50
    QCOMPARE(s.model.pageSize(), 50);
    s.model.setPageSize(20);
    s.model.setScope(QStringLiteral("scripted-20"));
    s.model.reload();
    QVERIFY(s.loaded.wait(kWaitMs));
    QCOMPARE(s.model.rowCount(), 20);
    QCOMPARE(s.fake.searches.constLast()["limit"], api::Json(20));
}

void TestTrainingJobListModel::diffInsertsAndRemovesInContiguousBatches()
{
    Scripted s;
    QVERIFY(s.start(20));
    QVERIFY(s.reloadAll());
    QCOMPARE(s.model.rowCount(), 20);
    QItemSelectionModel selection(&s.model);
    selection.select(s.model.index(9, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString selectedId = s.model.idsForRows({ 9 }).constFirst();

    // Remove rows 2-4 and 12, insert two jobs between rows 6 and 7 and one at the top.
    auto &jobs = s.fake.jobs;
    jobs.erase(jobs.begin() + 12);
    jobs.erase(jobs.begin() + 2, jobs.begin() + 5);
    jobs.insert(jobs.begin() + 4, { FakeJobs::job(100), FakeJobs::job(101) }); // old rows 5, 6 stay above
    jobs.insert(jobs.begin(), FakeJobs::job(102));

    QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&s.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
    QVERIFY(s.refresh());
    // Removes bottom up, one per contiguous range; inserts top down, one per batch.
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>> { { 12, 12 }, { 2, 4 } }));
    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>> { { 0, 0 }, { 5, 6 } }));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(s.names(), s.serverNames());
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(s.model.idsForRows({ selection.selectedRows().constFirst().row() }).constFirst(), selectedId);
    for (int r = 0; r < s.model.rowCount(); ++r)
        QCOMPARE(s.model.rowOf(s.model.idsForRows({ r }).constFirst()), r);
}

void TestTrainingJobListModel::diffMovesReorderedRows()
{
    Scripted s;
    QVERIFY(s.start(10));
    QVERIFY(s.reloadAll());
    QItemSelectionModel selection(&s.model);
    selection.select(s.model.index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString selectedId = s.model.idsForRows({ 7 }).constFirst();
    // A server that orders differently now: row 7 becomes row 1.
    auto &jobs = s.fake.jobs;
    std::rotate(jobs.begin() + 1, jobs.begin() + 7, jobs.begin() + 8);

    QSignalSpy moved(&s.model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&s.model, &QAbstractItemModel::layoutChanged);
    QVERIFY(s.refresh());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(s.names(), s.serverNames());
    QCOMPARE(selection.selectedRows().constFirst().row(), 1);
    QCOMPARE(s.model.idsForRows({ 1 }).constFirst(), selectedId);
}

void TestTrainingJobListModel::diffSignalsOnlyTheChangedColumns()
{
    Scripted s;
    QVERIFY(s.start(10));
    QVERIFY(s.reloadAll());
    auto &jobs = s.fake.jobs;
    jobs[3]["metadata"]["name"] = "renamed";
    jobs[3]["metadata"]["description"] = "new text";
    jobs[4]["metadata"]["name"] = "renamed-too";
    jobs[4]["metadata"]["description"] = "more text";
    jobs[8]["spec"]["resource"]["node_count"] = 4;
    jobs[8]["status"]["duration"] = 123456; // running: the duration is the model's own, no change
    QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
    QVERIFY(s.refresh());
    QList<std::pair<QModelIndex, QModelIndex>> got;
    for (const QList<QVariant> &args : changed)
        got << std::make_pair(args.at(0).toModelIndex(), args.at(1).toModelIndex());
    const auto idx = [&](int r, int c)
    {
        return s.model.index(r, c);
    };
    QCOMPARE(got,
        (QList<std::pair<QModelIndex, QModelIndex>> {
            { idx(3, TrainingJobListModel::Name), idx(4, TrainingJobListModel::Name) },
            { idx(3, TrainingJobListModel::Description), idx(4, TrainingJobListModel::Description) },
            { idx(8, TrainingJobListModel::Nodes), idx(8, TrainingJobListModel::Nodes) } }));
    QCOMPARE(idx(3, 0).data().toString(), QStringLiteral("renamed"));
    QCOMPARE(idx(8, TrainingJobListModel::Nodes).data().toString(), QStringLiteral("4"));

    // A phase change touches Status and Duration (a finished job shows its final duration).
    jobs[5]["status"]["phase"] = "Completed";
    jobs[5]["status"]["secondary_phase"] = "Completed";
    jobs[5]["status"]["duration"] = 65000;
    changed.clear();
    QVERIFY(s.refresh());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), idx(5, TrainingJobListModel::Status));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), idx(5, TrainingJobListModel::Duration));
    QCOMPARE(idx(5, TrainingJobListModel::Duration).data().toString(), QStringLiteral("1 min 05 s"));
    QCOMPARE(idx(5, 0).data(TrainingJobListModel::CanStopRole).toBool(), false);
}

void TestTrainingJobListModel::lowUtilizationMarksOnlyItsRows()
{
    Scripted s;
    QVERIFY(s.start(0));
    auto &jobs = s.fake.jobs;
    for (int n = 5; n >= 0; --n)
        jobs.push_back(FakeJobs::job(n, n == 0 ? QStringLiteral("Completed") : QStringLiteral("Running")));
    // Cards from flavor_detail.flavor_info: GPU as a number, NPU as the string the API sends.
    jobs[1]["spec"]["resource"]["flavor_detail"] = { { "flavor_info", { { "gpu", { { "unit_num", 1 } } } } } };
    jobs[2]["spec"]["resource"]["flavor_detail"] = { { "flavor_info", { { "npu", { { "unit_num", "8" } } } } } };
    jobs[3]["spec"]["resource"]["flavor_detail"] = { { "flavor_info", { { "gpu", { { "unit_num", 0 } } } } } };
    jobs[5]["spec"]["resource"]["flavor_detail"] = { { "flavor_info", { { "gpu", { { "unit_num", 2 } } } } } };
    QVERIFY(s.reloadAll());
    TrainingJobListModel &model = s.model;

    // Candidates: running rows with cards, in row order (the completed one and CPU-only ones are not).
    const QList<models::LowUtilizationCandidate> candidates = model.lowUtilizationCandidates(10);
    QStringList ids;
    for (const auto &c : candidates)
        ids << c.jobId + (c.npu ? QStringLiteral(":npu") : QStringLiteral(":gpu"));
    QCOMPARE(ids, (QStringList { QStringLiteral("id-0004:gpu"), QStringLiteral("id-0003:npu") }));
    QCOMPARE(model.lowUtilizationCandidates(1).size(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QModelIndex gpu = model.index(model.rowOf(QStringLiteral("id-0004")), TrainingJobListModel::Status);
    const QModelIndex npu = model.index(model.rowOf(QStringLiteral("id-0003")), TrainingJobListModel::Status);
    model.setLowUtilization({ { QStringLiteral("id-0004"), 23.4 } });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), gpu);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), gpu);
    QCOMPARE(gpu.data(TrainingJobListModel::LowUtilizationRole).toString(), QStringLiteral("Low GPU 23 %"));
    QVERIFY(gpu.data(Qt::ToolTipRole).toString().contains(QStringLiteral("worker-0 has averaged 23 %")));
    QVERIFY(npu.data(TrainingJobListModel::LowUtilizationRole).toString().isEmpty());
    QVERIFY(model.index(gpu.row(), TrainingJobListModel::Name)
                .data(TrainingJobListModel::LowUtilizationRole)
                .toString()
                .isEmpty());

    // The same figure again: nothing; another job joins, the first's figure changes: two rows.
    changed.clear();
    model.setLowUtilization({ { QStringLiteral("id-0004"), 23.2 } });
    QCOMPARE(changed.count(), 0);
    model.setLowUtilization({ { QStringLiteral("id-0004"), 31.0 }, { QStringLiteral("id-0003"), 4.0 } });
    QCOMPARE(changed.count(), 2);
    QCOMPARE(npu.data(TrainingJobListModel::LowUtilizationRole).toString(), QStringLiteral("Low NPU 4 %"));
    // Back above the mark: the marks go.
    changed.clear();
    model.setLowUtilization({});
    QCOMPARE(changed.count(), 2);
    QVERIFY(gpu.data(TrainingJobListModel::LowUtilizationRole).toString().isEmpty());
    QCOMPARE(resets.count(), 0);
}

void TestTrainingJobListModel::diffWithMostRowsChangedIsOneSignal()
{
    Scripted s;
    QVERIFY(s.start(10));
    QVERIFY(s.reloadAll());
    for (std::size_t row : { 0, 2, 4, 6, 8, 9 }) // six of ten, in four runs
        s.fake.jobs[row]["metadata"]["description"] = "changed " + std::to_string(row);
    QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
    QVERIFY(s.refresh());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), s.model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), s.model.index(9, TrainingJobListModel::ColumnCount - 1));
}

void TestTrainingJobListModel::refreshWindowBoundsTheRequests()
{
    Scripted s;
    QVERIFY(s.start(300));
    s.model.setRefreshWindow(100);
    QVERIFY(s.reloadAll());
    QCOMPARE(s.model.rowCount(), 300);
    // Below the window the server changed too; the refresh does not look there.
    s.fake.jobs[250]["metadata"]["description"] = "not seen";
    s.fake.jobs.erase(s.fake.jobs.begin() + 280);
    s.fake.jobs[50]["metadata"]["description"] = "seen";
    s.fake.searches.clear();
    QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&s.model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(s.refresh());
    QCOMPARE(s.fake.searches.size(), 2); // pages 0 and 1 hold rows 0-99
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 50);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(s.model.rowCount(), 300);
}

void TestTrainingJobListModel::largePagesDecodeOffThread()
{
    Scripted s;
    QVERIFY(s.start(50));
    const std::string padding(4000, 'x'); // 50 jobs of 4 kB: a 200 kB page
    for (api::Json &j : s.fake.jobs)
        j["metadata"]["description"] = padding;
    QVERIFY(s.reloadAll());
    QCOMPARE(s.model.rowCount(), 50);
    QCOMPARE(s.model.index(0, TrainingJobListModel::Description).data().toString().size(), 4000);
    QVERIFY(s.model.state().complete);
}

QTEST_GUILESS_MAIN(TestTrainingJobListModel)
#include "tst_trainingjoblistmodel.moc"
