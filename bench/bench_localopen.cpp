// How long the UI thread is blocked while the Local profile opens.
//
// Baseline (what the desktop did before the backend had its own thread): construct and start
// modelarts-local on the calling thread. Now: ConnectionManager::open(Local) returns at once;
// the figure is the longest gap between ticks of a 1 ms timer on the UI thread from open()
// until connectionReady (so it includes every queued hand-over the UI thread runs).
// Each on a fresh data dir (demo data seeded) and on a restart of an existing one.

#include "connectionmanager.h"
#include "profile.h"
#include "server/localserver.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <vector>

using namespace ma;

namespace
{
double blockedSynchronously(const QString &dir)
{
    server::ServerConfig config;
    config.dataDir = dir;
    QElapsedTimer timer;
    timer.start();
    server::LocalServer localServer(config);
    QString error;
    if (!localServer.start(QHostAddress::LocalHost, 0, &error))
        std::fprintf(stderr, "start failed: %s\n", qPrintable(error));
    const double ms = timer.nsecsElapsed() / 1e6;
    localServer.stop();
    return ms;
}

double blockedThroughManager(const QString &dir, double *openReturnMs, double *readyMs)
{
    desktop::ConnectionManager manager;
    manager.setLocalDataDir(dir);
    manager.setProbeEnabled(false);
    QEventLoop loop;
    QObject::connect(&manager, &desktop::ConnectionManager::connectionReady, &loop, &QEventLoop::quit);
    QObject::connect(&manager, &desktop::ConnectionManager::connectionFailed, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    double longestGap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout,
        [&]
        {
            longestGap = std::max(longestGap, sinceTick.nsecsElapsed() / 1e6);
            sinceTick.start();
        });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    manager.open(desktop::Profile::local());
    *openReturnMs = total.nsecsElapsed() / 1e6;
    longestGap = std::max(longestGap, *openReturnMs);
    ticker.start();
    loop.exec();
    *readyMs = total.nsecsElapsed() / 1e6;
    return longestGap;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void print(const char *label, const std::vector<double> &v)
{
    std::printf("%-52s median %7.1f ms  (min %.1f, max %.1f, n=%zu)\n", label, median(v),
        *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()), v.size());
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 5;
    std::vector<double> syncFresh, syncRestart, gapFresh, gapRestart, returnFresh, readyFresh;
    for (int i = 0; i < runs; ++i)
    {
        QTemporaryDir a, b;
        syncFresh.push_back(blockedSynchronously(a.path()));
        syncRestart.push_back(blockedSynchronously(a.path()));
        double openReturn = 0, ready = 0;
        gapFresh.push_back(blockedThroughManager(b.path(), &openReturn, &ready));
        returnFresh.push_back(openReturn);
        readyFresh.push_back(ready);
        gapRestart.push_back(blockedThroughManager(b.path(), &openReturn, &ready));
    }
    std::printf("Local profile open: UI thread blocked\n");
    print("  baseline: start on the UI thread, fresh data dir", syncFresh);
    print("  baseline: start on the UI thread, restart", syncRestart);
    print("  own thread: longest UI stall, fresh data dir", gapFresh);
    print("  own thread: longest UI stall, restart", gapRestart);
    print("  own thread: open() returned after", returnFresh);
    print("  own thread: connection ready after (fresh)", readyFresh);
    return 0;
}
