// Benchmark (not a test): the Training Jobs list model and its filter proxy at 100,000 jobs.
// An in-process HTTP server answers the T2-3 search from synthetic jobs, so the model loads
// exactly as in the app (ApiClient, off-thread decoding, fetchMore page by page). Measured:
// the initial load, a whole-list refresh (1% phase changes, 0.1% added, 0.1% removed;
// its row signals are counted), proxy sorts, a text filter and the live-duration tick.
// Baseline in the same run: copying the records into a std::vector and std::sort by name.
// Prints median/min/max over BENCH_RUNS runs (default 5, BENCH_QUICK=1: 2); nothing passes or fails.
// The server runs on its own thread, so what the main thread spends is the client's alone.
// FIGURE lines (bench/benchfigure.h):
//   list.load100k     initial load of 100k jobs; baseline: nlohmann::json::parse of the same pages
//   list.load100k.http the same load; baseline: the same 2000 pages fetched over HTTP, not decoded
//                     (T2-3 pages hold at most 50 jobs: what HTTP alone costs bounds the load)
//   list.decode100k   the model's decode of the 2000 pages on one thread; baseline: the nlohmann parse
//   list.refresh10    main-thread CPU time of an auto-refresh (top 1000 rows) with 10 changed rows
//                     over 100k loaded rows; baseline: the same refresh with nothing changed
//   list.bytesPerJob  RSS difference after loading / 100k; baseline: JSON bytes per job
//   ui.maxstall.list  longest lateness of a 1 ms probe timer while loading and refreshing 100k;
//                     baseline: the probe's lateness while idle

#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "benchfigure.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <malloc.h>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QThread>
#include <QTimer>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ma;
using models::TrainingJobFilterModel;
using models::TrainingJobListModel;

namespace
{
constexpr int kJobs = 100000;
const std::string kLoadLabel = "initial load, 2000 pages over HTTP";
const std::string kHttpFloorLabel = "  floor: the same pages over HTTP, not decoded";

struct Record
{
    QString id, name, phase, flavor, pool, description;
    qint64 created = 0, start = 0, duration = 0;
    int nodes = 1, priority = 1;
};

std::string toJson(const Record &r)
{
    nlohmann::ordered_json resource = { { "flavor_id", r.flavor.toStdString() }, { "node_count", r.nodes } };
    if (!r.pool.isEmpty())
        resource["pool_id"] = r.pool.toStdString();
    const nlohmann::ordered_json j = { { "kind", "job" },
        { "metadata",
            { { "id", r.id.toStdString() }, { "name", r.name.toStdString() },
                { "description", r.description.toStdString() }, { "create_time", r.created } } },
        { "status",
            { { "phase", r.phase.toStdString() }, { "secondary_phase", r.phase.toStdString() },
                { "start_time", r.start }, { "duration", r.duration } } },
        { "spec", { { "resource", resource }, { "schedule_policy", { { "priority", r.priority } } } } } };
    return j.dump();
}

struct Generator
{
    qint64 now = 0;
    std::mt19937 rng { 20261122 };

    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }

    Record job(int n, qint64 created)
    {
        static const char *const names[]
            = { "resnet50", "bert-base", "yolov8", "llama-ft", "vit-small", "gpt2", "unet-seg", "wav2vec" };
        static const char *const tags[] = { "lr", "bs", "exp", "sweep", "ablation" };
        static const char *const phases[] = { "Completed", "Completed", "Completed", "Completed", "Completed",
            "Completed", "Failed", "Terminated", "Running", "Pending", "Creating", "Abnormal" };
        static const char *const flavors[] = { "modelarts.vm.cpu.2u", "modelarts.vm.cpu.8u", "modelarts.p3.large",
            "modelarts.p3.4xlarge", "modelarts.bm.npu.arm.8snt9b3", "modelarts.vm.gpu.t4" };
        static const char *const pools[] = { "", "", "pool-gpu-01", "pool-npu-02", "pool-a1b2c3" };
        Record r;
        r.id = QStringLiteral("job-%1").arg(n, 8, 16, QLatin1Char('0'));
        r.name = QStringLiteral("%1-%2-%3")
                     .arg(QLatin1String(names[pick(8)]), QLatin1String(tags[pick(5)]))
                     .arg(pick(1000000));
        r.description = pick(3) == 0 ? QStringLiteral("baseline run %1").arg(pick(100)) : QString();
        r.flavor = QLatin1String(flavors[pick(6)]);
        r.pool = QLatin1String(pools[pick(5)]);
        r.nodes = 1 + pick(8);
        r.priority = 1 + pick(3);
        r.created = created;
        setPhase(r, QLatin1String(phases[pick(12)]));
        return r;
    }

    /** Running jobs have a start and no duration (the model computes it); finished ones both. */
    void setPhase(Record &r, const QString &phase)
    {
        r.phase = phase;
        const bool started = phase != u"Pending" && phase != u"Creating";
        r.start = started ? std::min(now - 1000, r.created + 1000 * pick(600)) : 0;
        r.duration = started && phase != u"Running" ? 1000LL * (1 + pick(3 * 86400)) : 0;
    }
};

/** A T2-3 search answer from @p jobs (JSON, newest first): page @p offset (page number) of @p limit. */
QByteArray searchPage(const std::vector<std::string> &jobs, const QByteArray &body)
{
    const auto req = nlohmann::json::parse(body.toStdString());
    const std::size_t limit = req.value("limit", 50), offset = req.value("offset", 0);
    const std::size_t total = jobs.size(), first = std::min(total, offset * limit);
    std::string out = "{\"total\":" + std::to_string(total) + ",\"count\":" + std::to_string(total)
        + ",\"limit\":" + std::to_string(limit) + ",\"offset\":" + std::to_string(offset) + ",\"items\":[";
    for (std::size_t i = first; i < std::min(total, first + limit); ++i)
        out += (i > first ? "," : "") + jobs[i];
    return QByteArray::fromStdString(out + "]}");
}

/** Runs the event loop until the model has answered: reload() then fetchMore() to the end, or refresh(). */
bool waitLoaded(TrainingJobListModel &model, bool fetchAll)
{
    QEventLoop loop;
    QObject::connect(&model, &TrainingJobListModel::loaded, &loop,
        [&] { (fetchAll && model.canFetchMore({})) ? model.fetchMore({}) : loop.exit(0); });
    QObject::connect(&model, &TrainingJobListModel::stateChanged, &loop,
        [&]
        {
            if (model.state().hasError())
                loop.exit(1);
        });
    const bool ok = loop.exec() == 0;
    if (!ok)
        std::fprintf(stderr, "load failed: %s\n", qPrintable(model.state().lastError.displayText()));
    return ok;
}

/** CPU time the calling thread has used, in ms (idle waits in the event loop do not count). */
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/** CPU time of the whole process (every thread, the in-process server included), in ms. */
double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/** Resident set size in bytes, after giving freed heap back to the system. */
double rssBytes()
{
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

/**
 * A 1 ms timer on the main thread that records how late it fires: the longest lateness is the
 * longest the event loop could not run (what a user feels as a stall).
 */
struct StallProbe
{
    QTimer timer;
    QElapsedTimer since;
    qint64 worstNs = 0;

    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, &timer,
            [this]
            {
                worstNs = std::max(worstNs, since.nsecsElapsed() - 1000000);
                since.restart();
            });
    }
    void start()
    {
        worstNs = 0;
        since.start();
        timer.start();
    }
    double stopMs()
    {
        worstNs = std::max(worstNs, since.nsecsElapsed() - 1000000);
        timer.stop();
        return static_cast<double>(worstNs) / 1e6;
    }
};

/** Counts the structural and data signals of a model while it exists. */
struct Signals
{
    int inserts = 0, rowsIn = 0, removes = 0, rowsOut = 0, moves = 0, changes = 0, resets = 0, layouts = 0;
    QObject context;

    explicit Signals(QAbstractItemModel &m)
    {
        using M = QAbstractItemModel;
        QObject::connect(&m, &M::rowsInserted, &context,
            [this](const QModelIndex &, int first, int last) { ++inserts, rowsIn += last - first + 1; });
        QObject::connect(&m, &M::rowsRemoved, &context,
            [this](const QModelIndex &, int first, int last) { ++removes, rowsOut += last - first + 1; });
        QObject::connect(&m, &M::rowsMoved, &context, [this] { ++moves; });
        QObject::connect(&m, &M::dataChanged, &context, [this] { ++changes; });
        QObject::connect(&m, &M::modelReset, &context, [this] { ++resets; });
        QObject::connect(&m, &M::layoutChanged, &context, [this] { ++layouts; });
    }
    std::string text() const
    {
        char s[200];
        std::snprintf(s, sizeof s,
            "%d inserts (%d rows), %d removes (%d rows), %d moves, %d dataChanged, %d resets, %d layout changes",
            inserts, rowsIn, removes, rowsOut, moves, changes, resets, layouts);
        return s;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = qEnvironmentVariableIntValue("BENCH_QUICK") > 0;
    const int runs = qEnvironmentVariableIsSet("BENCH_RUNS") ? std::max(1, qEnvironmentVariableIntValue("BENCH_RUNS"))
        : quick                                              ? 2
                                                             : 5;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Data set A: 100k jobs, newest first. B: A after some time (every 100th job changed phase,
    // every 1000th was deleted, 100 new jobs on top).
    Generator gen { now };
    std::vector<Record> a, b; // the jobs as the server holds them, newest first
    qint64 created = now - 60000;
    for (int n = 0; n < kJobs; ++n)
        a.push_back(gen.job(kJobs - n, created -= 1 + gen.pick(60000)));
    for (int i = 0; i < kJobs / 1000; ++i) // 0.1% added, newest first
        b.insert(b.begin(), gen.job(kJobs + 1 + i, now - 50000 + i));
    for (int i = 0; i < kJobs; ++i)
    {
        Record r = a[static_cast<std::size_t>(i)];
        if (i % 1000 == 500)
            continue; // 0.1% removed
        if (i % 100 == 37) // 1% changed phase
            gen.setPhase(r, r.phase == u"Running" ? QStringLiteral("Completed") : QStringLiteral("Running"));
        b.push_back(std::move(r));
    }
    std::vector<std::string> jsonA(a.size()), jsonB(b.size()); // encoded once
    std::transform(a.cbegin(), a.cend(), jsonA.begin(), toJson);
    std::transform(b.cbegin(), b.cend(), jsonB.begin(), toJson);
    // C: A with 10 jobs of the top 1000 changed (what one auto-refresh tick typically sees).
    std::vector<std::string> jsonC = jsonA;
    for (int i = 0; i < 10; ++i)
    {
        Record r = a[static_cast<std::size_t>(37 + 97 * i)];
        gen.setPhase(r, r.phase == u"Running" ? QStringLiteral("Completed") : QStringLiteral("Running"));
        jsonC[static_cast<std::size_t>(37 + 97 * i)] = toJson(r);
    }
    double jsonBytes = 0;
    for (const std::string &j : jsonA)
        jsonBytes += static_cast<double>(j.size());

    // The 2000 page bodies the server sends, built once for both one-thread timings below.
    std::vector<QByteArray> pages;
    pages.reserve(kJobs / 50);
    for (int page = 0; page < kJobs / 50; ++page)
        pages.push_back(
            searchPage(jsonA, QByteArray::fromStdString("{\"limit\":50,\"offset\":" + std::to_string(page) + "}")));
    // Best of the runs of `itemCount` over every page; -1 when a page does not hold 50 items.
    const auto timePages = [&](const auto &itemCount) -> double
    {
        double best = 1e300;
        for (int run = 0; run < (quick ? 1 : 3); ++run)
        {
            qint64 ns = 0;
            for (const QByteArray &body : pages)
            {
                QElapsedTimer t;
                t.start();
                const std::size_t items = itemCount(body);
                ns += t.nsecsElapsed();
                if (items != 50)
                    return -1;
            }
            best = std::min(best, static_cast<double>(ns) / 1e6);
        }
        return best;
    };
    // Baseline of the load: a plain nlohmann parse of the very pages the server sends.
    const double parseMs = timePages([](const QByteArray &body)
        { return nlohmann::json::parse(body.constBegin(), body.constEnd())["items"].size(); });
    // What the model's page decode costs on one thread (parse, rows, the row's JSON kept).
    const double decodeMs
        = timePages([](const QByteArray &body) { return models::decodeTrainingJobRows(body).items.size(); });
    if (parseMs < 0 || decodeMs < 0)
        return std::fprintf(stderr, "a page is short\n"), 1;

    // The server answers the search from whichever set `served` points to, on its own thread.
    std::atomic<const std::vector<std::string> *> served = &jsonA;
    std::atomic<qint64> lastServedAt = 0; // QElapsedTimer::msecsSinceReference() of the last answer
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    QHttpServer *http = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &serverContext,
        [&]
        {
            http = new QHttpServer;
            http->setMissingHandler(
                [&](const QHttpServerRequest &req, QHttpServerResponder &&responder)
                {
                    responder.write(searchPage(*served.load(), req.body()), QByteArrayLiteral("application/json"));
                    QElapsedTimer t;
                    t.start();
                    lastServedAt = t.msecsSinceReference();
                });
            port = http->listen(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&]
    {
        QMetaObject::invokeMethod(
            &serverContext, [&] { delete http; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (port == 0)
        return std::fprintf(stderr, "cannot listen on 127.0.0.1\n"), 1;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    api::ApiClient client(api::Endpoints { url, url });

    std::vector<std::pair<std::string, std::vector<double>>> results;
    std::size_t slot = 0; // operations run in the same order every run
    const auto record = [&](const std::string &label, double ms)
    {
        if (slot == results.size())
            results.push_back({ label, {} });
        results[slot++].second.push_back(ms);
    };
    const auto timed = [&](const std::string &label, const auto &fn)
    {
        QElapsedTimer t;
        t.start();
        fn();
        record(label, static_cast<double>(t.nsecsElapsed()) / 1e6);
    };
    std::string refreshSignals, refresh10Signals;
    int filterRows = 0, tickChanges = 0;
    StallProbe probe;
    probe.start();
    {
        QEventLoop idle;
        QTimer::singleShot(300, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const double idleLatenessMs = probe.stopMs();
    double loadStallMs = 0, refreshStallMs = 0, bytesPerJob = 0;
    std::vector<double> refresh10Ms, refresh0Ms;

    for (int run = 0; run < runs; ++run, slot = 0)
    {
        timed("baseline: vector copy + std::sort by name",
            [&]
            {
                std::vector<Record> copy = a;
                std::sort(copy.begin(), copy.end(),
                    [](const Record &x, const Record &y) { return x.name.compare(y.name, Qt::CaseInsensitive) < 0; });
            });

        // What HTTP alone costs: the same 2000 pages through the same client, kPagesInFlight at a
        // time as the model reads ahead, bodies not decoded.
        served = &jsonA;
        const double floorMain = threadCpuMs(), floorAll = processCpuMs();
        timed(kHttpFloorLabel,
            [&]
            {
                QEventLoop loop;
                int next = 0, done = 0;
                std::function<void()> sendNext = [&]
                {
                    api::TrainingJobSearchRequest req = api::training::newestFirst(50, {}, QString());
                    req.offset = next++;
                    api::ApiCall *call = client.send(api::training::search(req));
                    QObject::connect(call, &api::ApiCall::finished, &loop,
                        [&](const api::ApiResult &)
                        {
                            if (++done == kJobs / 50)
                                loop.quit();
                            else if (next < kJobs / 50)
                                sendNext();
                        });
                };
                for (int i = 0; i < models::RemoteListModelBase::kPagesInFlight; ++i)
                    sendNext();
                loop.exec();
            });
        record("    its main-thread CPU", threadCpuMs() - floorMain);
        record("    its CPU over all threads (server included)", processCpuMs() - floorAll);

        const double rssBefore = run == 0 ? rssBytes() : 0;
        TrainingJobListModel model;
        model.setClient(&client);
        served = &jsonA;
        bool ok = true;
        probe.start();
        const double mainCpuBefore = threadCpuMs(), processCpuBefore = processCpuMs();
        timed(kLoadLabel, [&] { model.reload(), ok = waitLoaded(model, true); });
        record("  its main-thread CPU", threadCpuMs() - mainCpuBefore);
        record("  its CPU over all threads (server included)", processCpuMs() - processCpuBefore);
        loadStallMs = std::max(loadStallMs, probe.stopMs());
        if (!ok || model.rowCount() != kJobs)
            return std::fprintf(stderr, "loaded %d rows, expected %d\n", model.rowCount(), kJobs), 1;
        if (run == 0)
            bytesPerJob = (rssBytes() - rssBefore) / kJobs;

        // An auto-refresh tick as the app runs it (the top 1000 rows), nothing changed, then 10 changed.
        for (const auto *set : { &jsonA, &jsonC })
        {
            served = set;
            Signals counted(model);
            probe.start();
            const double cpu = threadCpuMs();
            model.refresh();
            ok = waitLoaded(model, false);
            (set == &jsonA ? refresh0Ms : refresh10Ms).push_back(threadCpuMs() - cpu);
            refreshStallMs = std::max(refreshStallMs, probe.stopMs());
            if (!ok || model.rowCount() != kJobs)
                return std::fprintf(stderr, "refresh left %d rows\n", model.rowCount()), 1;
            if (set == &jsonC)
                refresh10Signals = counted.text();
        }
        record("refresh of the top 1000 rows, 10 changed (main-thread CPU)", refresh10Ms.back());
        served = &jsonA;
        model.refresh(); // back to A before the whole-list refresh
        waitLoaded(model, false);
        model.setRefreshWindow(2 * kJobs); // re-read the whole list, not just the top 1000 rows

        served = &jsonB;
        probe.start();
        Signals refreshed(model);
        // A 0 ms timer beats whenever the event loop is free: the longest gap between two
        // beats is the longest the UI thread was blocked during the refresh.
        QTimer heartbeat;
        QElapsedTimer sinceBeat;
        qint64 longestBlockNs = 0;
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat,
            [&]
            {
                longestBlockNs = std::max(longestBlockNs, sinceBeat.nsecsElapsed());
                sinceBeat.restart();
            });
        heartbeat.start(0);
        sinceBeat.start();
        timed("refresh: 1% changed, 0.1% added/removed", [&] { model.refresh(), ok = waitLoaded(model, false); });
        longestBlockNs = std::max(longestBlockNs, sinceBeat.nsecsElapsed());
        heartbeat.stop();
        refreshStallMs = std::max(refreshStallMs, probe.stopMs());
        if (!ok || model.rowCount() != static_cast<int>(b.size()))
            return std::fprintf(stderr, "refresh left %d rows\n", model.rowCount()), 1;
        {
            QElapsedTimer t;
            t.start();
            record(
                "  of which after the last page (diff)", static_cast<double>(t.msecsSinceReference() - lastServedAt));
        }
        record("  longest UI-thread block during it", static_cast<double>(longestBlockNs) / 1e6);
        refreshSignals = refreshed.text();

        const std::pair<int, std::string> sorts[] { { TrainingJobListModel::Name, "Name" },
            { TrainingJobListModel::Duration, "Duration" }, { TrainingJobListModel::Created, "Created" } };
        for (const auto &[column, name] : sorts)
        {
            TrainingJobFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.rowCount(); // the unsorted mapping exists before timing
            timed("proxy sort by " + name, [&] { proxy.sort(column, Qt::AscendingOrder); });
        }

        {
            TrainingJobFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.rowCount();
            timed("proxy text filter \"bert\"",
                [&] { proxy.setTextFilter(QStringLiteral("bert")), filterRows = proxy.rowCount(); });
        }

        {
            Signals ticked(model);
            timed("tick, model alone", [&] { model.tick(); });
            tickChanges = ticked.changes;
            TrainingJobFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.sort(TrainingJobListModel::Duration, Qt::DescendingOrder);
            timed("tick, proxy sorted by Duration", [&] { model.tick(); });
        }
    }

    const auto stats = [](std::vector<double> v)
    {
        std::sort(v.begin(), v.end());
        return std::array<double, 3> { v[v.size() / 2], v.front(), v.back() };
    };
    stopServer();
    const double base = stats(results.front().second)[0];
    std::printf("\nTraining Jobs list model, %d jobs (%d runs, median/min/max in ms, ratio = median / baseline)\n",
        kJobs, runs);
    std::printf("%-60s %10s %10s %10s %9s\n", "operation", "median", "min", "max", "ratio");
    for (const auto &[label, values] : results)
    {
        const auto [median, min, max] = stats(values);
        std::printf("%-60s %10.1f %10.1f %10.1f %8.1fx\n", label.c_str(), median, min, max, median / base);
    }
    std::printf("%-60s %10.1f\n", "baseline: nlohmann::json::parse of the 2000 pages", parseMs);
    std::printf("%-60s %10.1f\n", "the model's decode of the 2000 pages, one thread", decodeMs);
    std::printf("refresh signals: %s\ntick: %d dataChanged\ntext filter: %d of %d rows match\n", refreshSignals.c_str(),
        tickChanges, filterRows, kJobs);
    std::printf("refresh with 10 changed rows, signals: %s\n\n", refresh10Signals.c_str());
    const auto medianOf = [&](const std::string &label)
    {
        const auto found
            = std::find_if(results.cbegin(), results.cend(), [&](const auto &r) { return r.first == label; });
        return found == results.cend() ? 0.0 : stats(found->second)[0];
    };
    const double loadMs = medianOf(kLoadLabel);
    printFigure("list.load100k", loadMs, "ms", parseMs);
    printFigure("list.load100k.http", loadMs, "ms", medianOf(kHttpFloorLabel));
    printFigure("list.decode100k", decodeMs, "ms", parseMs);
    printFigure("list.refresh10", stats(refresh10Ms)[0], "ms", stats(refresh0Ms)[0]);
    printFigure("list.bytesPerJob", bytesPerJob, "B", jsonBytes / kJobs);
    printFigure("ui.maxstall.list", std::max(loadStallMs, refreshStallMs), "ms", idleLatenessMs);
    return 0;
}
