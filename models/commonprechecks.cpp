#include "commonprechecks.h"

#include "api/obsmapper.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "api/types/pool.h"
#include "models/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace ma::models::prechecks
{
namespace
{
using Outcome = PreSubmitCheck::Outcome;

constexpr int kCodeMaxFiles = 1000;
constexpr qint64 kCodeMaxBytes = 5LL * 1024 * 1024 * 1024;
constexpr int kCodeMaxDepth = 32;

struct PathsVerdict
{
    Outcome outcome = Outcome::Passed;
    QStringList problems;
    int checked = 0;
};

void worsen(PathsVerdict &verdict, Outcome outcome, const QString &problem)
{
    verdict.problems << problem;
    if (outcome == Outcome::Blocking || verdict.outcome == Outcome::Passed)
        verdict.outcome = outcome;
}

bool isEmptyFolder(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

/** Walks the code directory until a limit is passed (so a huge tree is not read to the end). */
QString codeLimitProblem(const QString &label, const QString &folder)
{
    int files = 0;
    qint64 bytes = 0;
    const int baseDepth = QDir::cleanPath(folder).count(u'/');
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
    {
        it.next();
        ++files;
        bytes += it.fileInfo().size();
        if (files > kCodeMaxFiles)
            return QCoreApplication::translate("PreSubmitChecks", "%1 holds more than %2 files (the console's limit).")
                .arg(label)
                .arg(kCodeMaxFiles);
        if (bytes > kCodeMaxBytes)
            return QCoreApplication::translate("PreSubmitChecks", "%1 holds more than 5 GB (the console's limit).")
                .arg(label);
        if (QDir::cleanPath(it.fileInfo().path()).count(u'/') - baseDepth >= kCodeMaxDepth)
            return QCoreApplication::translate(
                "PreSubmitChecks", "%1 is nested deeper than %2 folders (the console's limit).")
                .arg(label)
                .arg(kCodeMaxDepth);
    }
    return QString();
}

PathsVerdict checkLocalPaths(const QString &obsRoot, const QList<ObsPath> &paths)
{
    // The Local profile's buckets are folders under <dataDir>/obs (api::ObsMapper).
    const api::ObsMapper mapper(QFileInfo(obsRoot).path());
    PathsVerdict verdict;
    for (const ObsPath &path : paths)
    {
        if (path.url.trimmed().isEmpty())
            continue;
        ++verdict.checked;
        QString error;
        const QString local = mapper.localPathFor(path.url.trimmed(), &error);
        if (local.isEmpty())
        {
            worsen(verdict, Outcome::Blocking,
                QCoreApplication::translate("PreSubmitChecks", "%1 is not a valid OBS path: %2")
                    .arg(path.label, error));
            continue;
        }
        const QFileInfo info(local);
        switch (path.use)
        {
        case ObsPath::Use::Read:
            if (!info.exists())
                worsen(verdict, Outcome::Blocking,
                    QCoreApplication::translate("PreSubmitChecks", "%1 %2 does not exist.").arg(path.label, path.url));
            else if (path.codeLimits && info.isDir())
            {
                if (const QString problem = codeLimitProblem(path.label, local); !problem.isEmpty())
                    worsen(verdict, Outcome::Blocking, problem);
            }
            break;
        case ObsPath::Use::Write:
            if (info.isDir() && !isEmptyFolder(local))
                worsen(verdict, Outcome::Warning,
                    QCoreApplication::translate("PreSubmitChecks",
                        "%1 %2 is not empty; the console asks for an empty folder, files may be overwritten.")
                        .arg(path.label, path.url));
            break;
        case ObsPath::Use::WriteEmpty:
            if (info.isDir() && !isEmptyFolder(local))
                worsen(verdict, Outcome::Blocking,
                    QCoreApplication::translate("PreSubmitChecks", "%1 %2 must be an empty folder.")
                        .arg(path.label, path.url));
            break;
        }
    }
    return verdict;
}
} // namespace

void addObsPathsCheck(PreSubmitChecks &checks, Connection *connection, const QList<ObsPath> &paths)
{
    const QString title = QCoreApplication::translate("PreSubmitChecks", "OBS paths");
    int used = 0;
    for (const ObsPath &path : paths)
        used += path.url.trimmed().isEmpty() ? 0 : 1;
    if (used == 0)
        return;
    const QString root = connection ? connection->localObsRoot() : QString();
    if (root.isEmpty())
    {
        checks.addResult(title, Outcome::Unknown,
            QCoreApplication::translate("PreSubmitChecks",
                "OBS cannot be listed from this app for a cloud profile; ModelArts checks the %n path(s) when the "
                "job starts.",
                nullptr, used));
        return;
    }
    checks.add(title,
        [root, paths](const PreSubmitChecks::Report &report)
        {
            // Folder walks stay off the UI thread (a code directory may hold many files).
            auto *watcher = new QFutureWatcher<PathsVerdict>;
            QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                [watcher, report]
                {
                    const PathsVerdict verdict = watcher->result();
                    watcher->deleteLater();
                    report(verdict.outcome,
                        verdict.problems.isEmpty() ? QCoreApplication::translate(
                            "PreSubmitChecks", "All %n path(s) are as the console requires.", nullptr, verdict.checked)
                                                   : verdict.problems.join(u' '));
                });
            watcher->setFuture(QtConcurrent::run(checkLocalPaths, root, paths));
        });
}

void addPoolChecks(
    PreSubmitChecks &checks, Connection *connection, const QString &poolName, const QString &flavor, int nodeCount)
{
    if (!connection || poolName.isEmpty())
        return;
    QPointer<Connection> guard(connection);
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Nodes in the pool"),
        [guard, poolName, flavor, nodeCount](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            api::whenDecoded<api::Pool>(guard->client()->send(api::pools::show(poolName)), guard,
                [report, flavor, nodeCount, poolName](const api::Typed<api::Pool> &result)
                {
                    if (!result.ok())
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The pool could not be read: %1")
                                .arg(result.error.displayText()));
                    int available = 0;
                    int total = 0;
                    if (result.value.status && result.value.status->resources)
                    {
                        for (const api::PoolResource &r :
                            result.value.status->resources->available.value_or(std::vector<api::PoolResource>()))
                        {
                            total += r.count;
                            if (flavor.isEmpty() || r.flavor == flavor)
                                available += r.count;
                        }
                    }
                    if (available == 0)
                        return report(Outcome::Blocking,
                            total == 0
                                ? QCoreApplication::translate("PreSubmitChecks", "%1 has no available nodes now.")
                                      .arg(poolName)
                                : QCoreApplication::translate("PreSubmitChecks", "%1 has no available node of %2.")
                                      .arg(poolName, flavor));
                    if (available < nodeCount)
                        return report(Outcome::Blocking,
                            QCoreApplication::translate(
                                "PreSubmitChecks", "%1 has %2 available nodes of this flavor; %3 are needed.")
                                .arg(poolName)
                                .arg(available)
                                .arg(nodeCount));
                    report(Outcome::Passed,
                        QCoreApplication::translate(
                            "PreSubmitChecks", "%1 has %2 available nodes of this flavor; %3 needed.")
                            .arg(poolName)
                            .arg(available)
                            .arg(nodeCount));
                });
        });
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Queue"),
        [guard, poolName](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            api::whenDecoded<api::WorkloadStatistics>(guard->client()->send(api::pools::workloadStatistics(poolName)),
                guard,
                [report](const api::Typed<api::WorkloadStatistics> &result)
                {
                    if (!result.ok() || !result.value.statistics)
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The pool's workloads could not be read: %1")
                                .arg(result.error.displayText()));
                    qint64 running = 0;
                    qint64 waiting = 0;
                    for (const api::WorkloadTypeStatistics &type :
                        result.value.statistics->items.value_or(std::vector<api::WorkloadTypeStatistics>()))
                    {
                        if (!type.status)
                            continue;
                        // Training jobs, notebooks and services all wait for the same nodes.
                        running += type.status->running.value_or(0);
                        waiting += type.status->queue.value_or(0) + type.status->pending.value_or(0);
                    }
                    if (waiting == 0)
                        return report(Outcome::Passed,
                            QCoreApplication::translate("PreSubmitChecks",
                                "Nothing is waiting in this pool (%n running); the job would be first in the queue.",
                                nullptr, static_cast<int>(running)));
                    report(Outcome::Warning,
                        QCoreApplication::translate("PreSubmitChecks",
                            "%n workload(s) wait in this pool; the job would be number %1 in the queue.", nullptr,
                            static_cast<int>(waiting))
                            .arg(waiting + 1));
                });
        });
}

void addCostCheck(PreSubmitChecks &checks, const QString &billingCode, int unitsPerNode, int nodeCount)
{
    const QString title = QCoreApplication::translate("PreSubmitChecks", "Cost per hour");
    if (billingCode.isEmpty())
    {
        checks.addResult(title, Outcome::Unknown,
            QCoreApplication::translate("PreSubmitChecks", "Unknown: the API gives no billing code for this flavor."));
        return;
    }
    const int units = std::max(1, unitsPerNode) * std::max(1, nodeCount);
    checks.addResult(title, Outcome::Unknown,
        QCoreApplication::translate("PreSubmitChecks",
            "Unknown: the ModelArts API gives the billing code %1 (%2 unit(s) in all) but no price; look it up in the "
            "Huawei Cloud price calculator.")
            .arg(billingCode)
            .arg(units));
}
} // namespace ma::models::prechecks
