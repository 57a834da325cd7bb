#pragma once

// A read-only view of one resource pool for the modules that place work on pools
// (training jobs, notebooks). Pools are stored by the pool module as the API's own Pool
// JSON (kind "pool", id = metadata.name); nodes as Node JSON (kind "node", parent = pool).
// Jobs and notebooks record the nodes they hold in ResourceIndex::units with
// parent = pool name, so usage is a sum over the store.

#include "flavorcatalog.h"
#include "store.h"

#include <optional>
#include <QSet>
#include <QStringList>

namespace ma::server
{
struct PoolView
{
    QString name; // metadata.name (the pool_id training jobs use)
    QString displayName; // label os.modelarts/name, else the name
    QString phase; // status.phase
    QString flavorId; // spec.resources[0].flavor
    QStringList flavorIds; // every spec.resources[].flavor (a pool may have up to 10)
    const FlavorShape *shape = nullptr; // node shape; never null for a valid pool
    QStringList scope; // spec.scope: Train, Infer, Notebook
    int nodeCount = 0; // nodes in phase Available
    int usedNodes = 0; // held by running jobs and notebooks
    bool isLocal = false;

    int freeNodes() const { return std::max(0, nodeCount - usedNodes); }
    bool isRunning() const { return phase == u"Running"; }
    bool allows(const QString &jobType) const { return scope.contains(jobType); }
};

/** The pool named @p name (metadata.name or its display name), or nullopt. */
std::optional<PoolView> findPool(const Store &store, const QString &name);

/**
 * The nodes of the pool @p poolName (metadata.name) whose driver a forcible upgrade is
 * installing now (spec.driver.updateStrategy force): the jobs on them are stopped.
 */
QSet<QString> forcedDriverUpgradeNodes(const Store &store, const QString &poolName);
} // namespace ma::server
