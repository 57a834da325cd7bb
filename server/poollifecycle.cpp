#include "poollifecycle.h"

#include "serverutil.h"

namespace ma::server
{
using namespace poolkeys;
using namespace pooltiming;

PoolLifecycle::PoolLifecycle(ServerContext &context, PoolStore &pools)
    : m_ctx(context)
    , m_pools(pools)
{
}

void PoolLifecycle::addNodes(
    Json &pool, const FlavorShape &shape, int count, qint64 firstReadyMs, const QStringList &azs, int firstIndex)
{
    const qint64 now = m_pools.nowMs() + firstIndex;
    for (int i = 0; i < count; ++i)
    {
        const QString ip = m_pools.nextPrivateIp(pool);
        // Distinct creation times keep the nodes' order stable (oldest first).
        Json node = m_pools.makeNode(pool, shape, m_pools.newNodeName(), kPhaseCreating, now + i, ip);
        if (i < azs.size())
            node["status"]["az"] = toStd(azs.at(i));
        PoolStore::setAnnotation(node, kPhaseSince, QString::number(now));
        PoolStore::setAnnotation(node, kReadyAfter, QString::number(firstReadyMs + (firstIndex + i) * kNodeStepMs));
        m_pools.saveNode(node);
    }
}

void PoolLifecycle::markDeleting(Json &node, qint64 afterMs)
{
    node["status"]["phase"] = toStd(kPhaseDeleting);
    PoolStore::setAnnotation(node, kPhaseSince, QString::number(m_pools.nowMs()));
    PoolStore::setAnnotation(node, kReadyAfter, QString::number(afterMs));
    m_pools.saveNode(node);
}

void PoolLifecycle::startNodeOperation(Json &node, const QString &phase, qint64 afterMs)
{
    const QString name = PoolStore::str(node, "/metadata/name");
    const QString pool = PoolStore::label(node, QStringLiteral("os.modelarts.node/cluster"));
    node["status"]["phase"] = toStd(phase);
    PoolStore::setAnnotation(node, kPhaseSince, QString::number(m_pools.nowMs()));
    PoolStore::setAnnotation(node, kReadyAfter, QString::number(afterMs));
    m_pools.saveNode(node);
    if (phase == kPhaseRebooting)
        m_pools.poolEvent(pool, QStringLiteral("Normal"), QStringLiteral("NodeRebooting"),
            QStringLiteral("Node %1 is rebooting.").arg(name));
    else if (phase == kPhaseReplacing)
        m_pools.poolEvent(pool, QStringLiteral("Normal"), QStringLiteral("NodeReplacing"),
            QStringLiteral("Node %1 is being replaced.").arg(name));
    else
        m_pools.poolEvent(pool, QStringLiteral("Normal"), QStringLiteral("NodeResetting"),
            QStringLiteral("Node %1 is being reset.").arg(name));
}

void PoolLifecycle::finishReplace(const Json &node)
{
    const QString oldName = PoolStore::str(node, "/metadata/name");
    const QString poolName = PoolStore::label(node, QStringLiteral("os.modelarts.node/cluster"));
    auto pool = m_pools.store().get(kPool, poolName);
    const FlavorShape *shape = flavors::find(PoolStore::str(node, "/spec/flavor"));
    m_pools.store().remove(kNode, oldName);
    m_pools.store().purgeOwned(oldName);
    if (!pool || !shape)
        return;
    const qint64 now = m_pools.nowMs();
    const QString ip = m_pools.nextPrivateIp(*pool);
    const QString newName = m_pools.newNodeName();
    Json fresh = m_pools.makeNode(*pool, *shape, newName, kPhaseAvailable, now, ip);
    fresh["status"]["az"] = node["status"].value("az", fresh["status"]["az"]);
    // The new node keeps what the user set on the old one: resource tags and HA redundancy.
    if (node.contains("spec") && node["spec"].contains("tags"))
        fresh["spec"]["tags"] = node["spec"]["tags"];
    const Json::json_pointer ha("/metadata/labels/os.modelarts.node~1ha.redundant");
    if (node.contains(ha))
        fresh[ha] = node.at(ha);
    m_pools.saveNode(fresh);
    m_pools.savePool(*pool); // its IP counter moved
    m_pools.poolEvent(poolName, QStringLiteral("Normal"), QStringLiteral("NodeReplaced"),
        QStringLiteral("Node %1 was replaced by node %2 (%3), which is Available.").arg(oldName, newName, ip));
}

void PoolLifecycle::startDriverUpgrade(Json &pool, const DriverUpgrade &upgrade)
{
    const QString name = PoolStore::str(pool, "/metadata/name");
    const std::string k = toStd(upgrade.kind);
    const QString from = QString::fromStdString(pool["status"]["driver"][k].value("version", std::string()));
    pool["status"]["driver"][k]["state"] = "Upgrading";
    PoolStore::setAnnotation(pool, kDriverTarget, upgrade.kind + u':' + upgrade.version);
    PoolStore::setAnnotation(pool, kDriverBatch, QString::number(std::max(1, upgrade.batch)));
    PoolStore::setAnnotation(pool, kDriverStrategy, upgrade.force ? QStringLiteral("force") : QStringLiteral("idle"));
    // The first batch starts at the next tick.
    PoolStore::setAnnotation(pool, kDriverStepSince, QString::number(0));
    int waiting = 0;
    for (Json &node : m_pools.nodes(name))
    {
        if (node.contains("status") && node["status"].contains("driver")
            && PoolStore::str(node, "/status/phase") != kPhaseDeleting)
        {
            // Nodes already on the target version are left alone: choosing the current version aligns the others.
            if (PoolStore::str(node, "/status/driver/version") == upgrade.version)
                continue;
            node["status"]["driver"]["state"] = "Waiting";
            m_pools.saveNode(node);
            ++waiting;
        }
    }
    m_pools.poolEvent(name, QStringLiteral("Normal"), QStringLiteral("DriverUpgradeStart"),
        QStringLiteral("Start upgrading the %1 driver from %2 to %3 (%4 upgrade, %5 nodes, %6 at a time).")
            .arg(upgrade.kind.toUpper(), from, upgrade.version,
                upgrade.force ? QStringLiteral("forcible") : QStringLiteral("secure"))
            .arg(waiting)
            .arg(std::max(1, upgrade.batch)));
}

bool PoolLifecycle::advanceDriverUpgrade(Json &pool)
{
    const QString target = PoolStore::annotation(pool, kDriverTarget);
    if (target.isEmpty())
        return false;
    const qint64 since = PoolStore::annotationMs(pool, kDriverStepSince, m_pools.nowMs());
    if (since > 0 && m_ctx.clock().nominalSince(since) < kDriverStepMs)
        return false;
    const QString kind = target.section(u':', 0, 0);
    const QString version = target.section(u':', 1);
    const QString name = PoolStore::str(pool, "/metadata/name");
    const int batch = std::max<int>(1, static_cast<int>(PoolStore::annotationMs(pool, kDriverBatch, 1)));
    const bool force = PoolStore::annotation(pool, kDriverStrategy) == u"force";
    std::vector<Json> nodes = m_pools.nodes(name);
    // The nodes upgrading now are done; the next waiting ones start.
    bool changed = false;
    for (Json &node : nodes)
    {
        if (PoolStore::str(node, "/status/driver/state") == u"Upgrading")
        {
            node["status"]["driver"] = { { "version", toStd(version) }, { "state", "Running" } };
            m_pools.saveNode(node);
            m_pools.poolEvent(name, QStringLiteral("Normal"), QStringLiteral("NodeDriverUpgraded"),
                QStringLiteral("The driver of node %1 was upgraded to %2.")
                    .arg(PoolStore::str(node, "/metadata/name"), version));
            changed = true;
        }
    }
    // Secure upgrade: nodes without jobs first, a busy node only once its jobs are done
    // (it is isolated meanwhile). Forcible: in order, jobs or not.
    const QSet<QString> busyNow = m_pools.busyNodes(name);
    const QSet<QString> busy = force ? QSet<QString>() : busyNow;
    int started = 0;
    bool waiting = false;
    for (Json &node : nodes)
    {
        if (PoolStore::str(node, "/status/driver/state") != u"Waiting")
            continue;
        waiting = true;
        if (started >= batch || busy.contains(PoolStore::str(node, "/metadata/name")))
            continue;
        node["status"]["driver"]["state"] = "Upgrading";
        m_pools.saveNode(node);
        ++started;
        const QString nodeName = PoolStore::str(node, "/metadata/name");
        if (force && busyNow.contains(nodeName))
        {
            // The training engine fails these jobs on its next step (forcedDriverUpgradeNodes()).
            QStringList jobs;
            for (const QString &kind : { kTrainingJob, kTrainingJobV1 })
            {
                for (const Json &job : m_pools.store().list(kind, name))
                {
                    if (PoolStore::annotation(job, kJobNodes).split(u',', Qt::SkipEmptyParts).contains(nodeName))
                    {
                        QString jobName = PoolStore::str(job, "/metadata/name");
                        if (jobName.isEmpty())
                            jobName = PoolStore::str(job, "/job_name");
                        jobs << jobName;
                    }
                }
            }
            m_pools.poolEvent(name, QStringLiteral("Warning"), QStringLiteral("DriverUpgradeStopsJobs"),
                QStringLiteral("The forcible driver upgrade of node %1 stops the jobs running on it: %2.")
                    .arg(nodeName, jobs.join(QStringLiteral(", "))));
        }
    }
    if (waiting)
    {
        // When every waiting node is busy nothing starts, and the next tick looks again.
        if (started > 0)
            PoolStore::setAnnotation(pool, kDriverStepSince, QString::number(m_pools.nowMs()));
        return changed || started > 0;
    }
    pool["status"]["driver"][toStd(kind)] = { { "version", toStd(version) }, { "state", "Running" } };
    for (const QString &key : { kDriverTarget, kDriverStepSince, kDriverBatch, kDriverStrategy })
        PoolStore::removeAnnotation(pool, key);
    m_pools.poolEvent(name, QStringLiteral("Normal"), QStringLiteral("DriverUpgradeSuccess"),
        QStringLiteral("The %1 driver of every node is %2.").arg(kind.toUpper(), version));
    return true;
}

void PoolLifecycle::tick()
{
    m_ctx.store().transaction(
        [this]
        {
            QSet<QString> touched;
            advanceNodes(touched);
            for (Json &pool : m_pools.pools())
            {
                const QString name = PoolStore::str(pool, "/metadata/name");
                advancePool(std::move(pool), touched.contains(name));
            }
            advanceNetworks();
            m_pools.rememberPlacements();
        });
}

void PoolLifecycle::advanceNodes(QSet<QString> &touchedPools)
{
    const Clock &clock = m_ctx.clock();
    Store &store = m_ctx.store();
    for (const QString &id : store.idsWithStatus(
             kNode, { kPhaseCreating, kPhaseDeleting, kPhaseRebooting, kPhaseResetting, kPhaseReplacing }))
    {
        auto node = store.get(kNode, id);
        if (!node)
            continue;
        const qint64 since = PoolStore::annotationMs(*node, kPhaseSince, PoolStore::createdMs(*node));
        const qint64 after = PoolStore::annotationMs(*node, kReadyAfter, 0);
        if (clock.nominalSince(since) < after)
            continue;
        const QString pool = PoolStore::label(*node, QStringLiteral("os.modelarts.node/cluster"));
        const QString phase = PoolStore::str(*node, "/status/phase");
        if (phase == kPhaseRebooting || phase == kPhaseResetting)
        {
            (*node)["status"]["phase"] = toStd(kPhaseAvailable);
            PoolStore::setAnnotation(*node, kPhaseSince, QString::number(m_pools.nowMs()));
            PoolStore::removeAnnotation(*node, kReadyAfter);
            m_pools.saveNode(*node);
            const QString name = PoolStore::str(*node, "/metadata/name");
            const bool reboot = phase == kPhaseRebooting;
            m_pools.poolEvent(pool, QStringLiteral("Normal"),
                reboot ? QStringLiteral("NodeRebooted") : QStringLiteral("NodeReset"),
                reboot ? QStringLiteral("Node %1 rebooted and is Available.").arg(name)
                       : QStringLiteral("Node %1 was reset and is Available.").arg(name));
        }
        else if (phase == kPhaseReplacing)
        {
            finishReplace(*node);
        }
        else if (phase == kPhaseCreating)
        {
            (*node)["status"]["phase"] = toStd(kPhaseAvailable);
            PoolStore::setAnnotation(*node, kAvailableSince, QString::number(m_pools.nowMs()));
            PoolStore::setAnnotation(*node, kPhaseSince, QString::number(m_pools.nowMs()));
            PoolStore::removeAnnotation(*node, kReadyAfter);
            m_pools.saveNode(*node);
        }
        else
        {
            store.remove(kNode, id);
            store.purgeOwned(id);
        }
        touchedPools.insert(pool);
    }
}

void PoolLifecycle::advancePool(Json pool, bool touched)
{
    const Clock &clock = m_ctx.clock();
    Store &store = m_ctx.store();
    const QString name = PoolStore::str(pool, "/metadata/name");
    const QString phase = PoolStore::str(pool, "/status/phase");
    bool changed = false;

    if (phase == kPhaseDeleting)
    {
        const qint64 since = PoolStore::annotationMs(pool, kPhaseSince, m_pools.nowMs());
        if (clock.nominalSince(since) >= kPoolDeleteMs)
        {
            for (const Json &node : m_pools.nodes(name))
            {
                const QString nodeName = PoolStore::str(node, "/metadata/name");
                store.remove(kNode, nodeName);
                store.purgeOwned(nodeName);
            }
            store.remove(kPool, name);
            store.purgeOwned(name);
            return;
        }
    }

    if (touched)
    {
        m_pools.refreshResources(pool);
        changed = true;
    }

    if (phase == kPhaseRunning && advanceDriverUpgrade(pool))
        changed = true;

    const QString failReason = PoolStore::annotation(pool, kFailReason);
    if (phase == kPhaseCreating && !failReason.isEmpty()
        && clock.nominalSince(PoolStore::annotationMs(pool, kPhaseSince, m_pools.nowMs())) >= kClusterSetupMs)
    {
        pool["status"]["phase"] = "CreationFailed";
        pool["status"]["message"] = toStd(failReason);
        PoolStore::setAnnotation(pool, kPhaseSince, QString::number(m_pools.nowMs()));
        PoolStore::removeAnnotation(pool, kFailReason);
        m_pools.poolEvent(name, QStringLiteral("Warning"), QStringLiteral("PoolCreateFailed"), failReason);
        m_pools.phaseEvent(name, kPhaseCreating, QStringLiteral("CreationFailed"));
        m_pools.savePool(pool);
        return;
    }

    if (phase == kPhaseCreating && store.countUnder(kNode, name, kPhaseCreating) == 0
        && store.countUnder(kNode, name, kPhaseAvailable) > 0)
    {
        pool["status"]["phase"] = toStd(kPhaseRunning);
        PoolStore::setAnnotation(pool, kPhaseSince, QString::number(m_pools.nowMs()));
        Json &scopes = pool["status"]["scope"];
        if (scopes.is_array())
        {
            for (Json &s : scopes)
                s["state"] = "Enabled";
        }
        if (pool["status"].contains("driver"))
        {
            for (auto &[key, driver] : pool["status"]["driver"].items())
                driver["state"] = "Running";
        }
        m_pools.phaseEvent(name, kPhaseCreating, kPhaseRunning);
        changed = true;
    }

    // Job types being enabled or disabled (PATCH spec.scope) settle after a while.
    const qint64 scopeSince = PoolStore::annotationMs(pool, kScopeSince, 0);
    if (scopeSince > 0 && PoolStore::str(pool, "/status/phase") == kPhaseRunning
        && clock.nominalSince(scopeSince) >= kScopeChangeMs)
    {
        Json settled = Json::array();
        for (Json s : pool["status"].value("scope", Json::array()))
        {
            const std::string state = s.value("state", std::string());
            if (state == "Disabling" || state == "Disabled")
                continue;
            s["state"] = "Enabled";
            settled.push_back(s);
        }
        pool["status"]["scope"] = settled;
        PoolStore::removeAnnotation(pool, kScopeSince);
        changed = true;
    }

    if (changed)
        m_pools.savePool(pool);
}

void PoolLifecycle::advanceNetworks()
{
    const Clock &clock = m_ctx.clock();
    Store &store = m_ctx.store();
    for (const QString &id : store.idsWithStatus(kNetwork, { kPhaseCreating }))
    {
        auto network = store.get(kNetwork, id);
        if (!network)
            continue;
        const qint64 since = PoolStore::annotationMs(*network, kPhaseSince, PoolStore::createdMs(*network));
        if (clock.nominalSince(since) < kNetworkCreateMs)
            continue;
        (*network)["status"]["phase"] = toStd(kPhaseActive);
        m_pools.saveNetwork(*network);
    }
}
} // namespace ma::server
