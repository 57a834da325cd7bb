#pragma once

// The batch node operations of a dedicated pool (pools_monitoring.md §4.3: Restart, Reset,
// Replace, Enable/Disable HA Redundancy, Delete), written once for the Nodes tab of the pool details
// and the Node Map: which nodes an operation takes (the console's conditions), and the action
// (one batch call per pool, the confirmation naming the nodes and what happens) that an
// ActionRunner sends.

#include "models/actionrunner.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ma::ui
{
class NodeOperations final
{
    Q_DECLARE_TR_FUNCTIONS(NodeOperations)

public:
    enum class Kind
    {
        Restart, // POST …/nodes/batch-reboot
        Reset, // POST …/nodes/batch-reset
        Replace, // POST …/nodes/batch-replace, one node at a time
        EnableHa, // POST …/nodes/batch-update {haRedundant: true}
        DisableHa, // POST …/nodes/batch-update {haRedundant: false}
        Delete, // POST …/nodes/batch-delete; the caller keeps the last node of each pool
    };

    /** The selected nodes of one pool. */
    struct PoolNodes
    {
        QString poolId; // metadata.name
        QStringList nodes;
    };

    /**
     * True when a node in @p phase (HA redundant or not) can take @p kind: Restart Available or
     * Abnormal nodes, Reset Available ones, Replace Available or Abnormal ones, HA on for a node
     * without it and off for one with it, Delete any node not being deleted (never while Deleting).
     */
    static bool applies(Kind kind, const QString &phase, bool haRedundant);

    /**
     * The action for @p kind on @p targets: one batch call per pool (the API's batch paths are per
     * pool), titled and with the confirmation naming the nodes and the consequence; @p note (such as
     * nodes skipped) ends the confirmation. No calls when @p targets name no node.
     */
    static models::Action action(Kind kind, const QList<PoolNodes> &targets, const QString &note = QString());

    /** "n selected node(s) are skipped: …" for the nodes @p kind does not apply to. */
    static QString skippedNote(Kind kind, int skipped);
};
} // namespace ma::ui
