#include "nodeoperations.h"

#include "api/poolrequests.h"

namespace ma::ui
{
namespace
{
/** "Restart the node “a”?" / "Restart these 2 nodes?" with the names, as destructiveQuestion() words it. */
QString nodeQuestion(const QString &one, const QString &many, const QStringList &names, const QString &consequence)
{
    QString question = names.size() == 1 ? one.arg(names.front())
                                         : many + QStringLiteral("\n\n• ")
            + names.mid(0, 5).join(QStringLiteral("\n• ")) + (names.size() > 5 ? QStringLiteral("\n• …") : QString());
    if (!consequence.isEmpty())
        question += QStringLiteral("\n\n") + consequence;
    return question;
}
} // namespace

bool NodeOperations::applies(Kind kind, const QString &phase, bool haRedundant)
{
    const bool available = phase == api::NodePhase::Available;
    const bool abnormal = phase == api::NodePhase::Abnormal;
    switch (kind)
    {
    case Kind::Restart:
    case Kind::Replace:
        return available || abnormal;
    case Kind::Reset:
        return available;
    case Kind::EnableHa:
        return !haRedundant && phase != u"Deleting";
    case Kind::DisableHa:
        return haRedundant && phase != u"Deleting";
    case Kind::Delete:
        return phase != u"Deleting";
    }
    return false;
}

QString NodeOperations::skippedNote(Kind kind, int skipped)
{
    switch (kind)
    {
    case Kind::Restart:
        return tr(
            "%n selected node(s) are skipped: only Available or Abnormal nodes can be restarted.", nullptr, skipped);
    case Kind::Reset:
        return tr("%n selected node(s) are skipped: only Available nodes can be reset.", nullptr, skipped);
    case Kind::Replace:
        return tr(
            "%n selected node(s) are skipped: only Available or Abnormal nodes can be replaced.", nullptr, skipped);
    case Kind::EnableHa:
        return tr("%n selected node(s) are skipped: they are HA redundant already or being deleted.", nullptr, skipped);
    case Kind::DisableHa:
        return tr("%n selected node(s) are skipped: they are not HA redundant or are being deleted.", nullptr, skipped);
    case Kind::Delete:
        return tr("%n selected node(s) are skipped: they are being deleted, or are the last node of their pool.",
            nullptr, skipped);
    }
    return QString();
}

models::Action NodeOperations::action(Kind kind, const QList<PoolNodes> &targets, const QString &note)
{
    QStringList names;
    for (const PoolNodes &t : targets)
        names << t.nodes;
    models::Action action;
    if (names.isEmpty())
        return action;
    switch (kind)
    {
    case Kind::Restart:
        action.title = tr("Restart nodes");
        action.confirmation
            = nodeQuestion(tr("Restart the node “%1”?"), tr("Restart these %1 nodes?").arg(names.size()), names,
                tr("Services running on the nodes are interrupted. The nodes are Rebooting, then Available again "
                   "once their health checks pass."));
        break;
    case Kind::Reset:
        action.title = tr("Reset nodes");
        action.confirmation
            = nodeQuestion(tr("Reset the node “%1”?"), tr("Reset these %1 nodes?").arg(names.size()), names,
                tr("The operating system of the nodes is reinstalled and services running on them are interrupted. "
                   "The nodes are Resetting, then Available again."));
        break;
    case Kind::Replace:
        action.title = tr("Replace node");
        action.confirmation
            = nodeQuestion(tr("Replace the node “%1”?"), tr("Replace these %1 nodes?").arg(names.size()), names,
                tr("The node is Replacing, then it is deleted and a new node with another name and IP address is "
                   "Available in its place. Replacing is free; it needs an idle node of the flavor in the region."));
        break;
    case Kind::EnableHa:
        action.title = tr("Enable HA redundancy");
        action.confirmation = nodeQuestion(tr("Enable HA redundancy on the node “%1”?"),
            tr("Enable HA redundancy on these %1 nodes?").arg(names.size()), names,
            tr("HA redundant nodes are isolated: no jobs are scheduled on them. Each stands by and takes the place "
               "of a faulty node within minutes. About 5 % of a pool's nodes should be HA redundant; they are billed "
               "as normal nodes."));
        break;
    case Kind::DisableHa:
        action.title = tr("Disable HA redundancy");
        action.confirmation = nodeQuestion(tr("Disable HA redundancy on the node “%1”?"),
            tr("Disable HA redundancy on these %1 nodes?").arg(names.size()), names,
            tr("The nodes are no longer isolated and jobs can be scheduled on them again."));
        break;
    case Kind::Delete:
        action.title = tr("Delete nodes");
        action.confirmation
            = nodeQuestion(tr("Delete the node “%1”?"), tr("Delete these %1 nodes?").arg(names.size()), names,
                names.size() == 1
                    ? tr("Jobs running on the node are interrupted and the pool is scaled in by 1 node.")
                    : tr("Jobs running on the nodes are interrupted and their pools are scaled in by %1 nodes.")
                          .arg(names.size()));
        break;
    }
    if (!note.isEmpty())
        action.confirmation += QStringLiteral("\n") + note;
    for (const PoolNodes &t : targets)
    {
        if (t.nodes.isEmpty())
            continue;
        api::BatchNodesRequest body;
        body.nodeNames.assign(t.nodes.begin(), t.nodes.end());
        api::ApiRequest request;
        switch (kind)
        {
        case Kind::Delete:
        {
            api::BatchDeleteNodesRequest remove;
            remove.deleteNodeNames = body.nodeNames;
            request = api::pools::deleteNodes(t.poolId, remove);
            break;
        }
        case Kind::Restart:
            request = api::pools::rebootNodes(t.poolId, body);
            break;
        case Kind::Reset:
            request = api::pools::resetNodes(t.poolId, body);
            break;
        case Kind::Replace:
            request = api::pools::replaceNodes(t.poolId, body);
            break;
        case Kind::EnableHa:
        case Kind::DisableHa:
        {
            api::BatchUpdateNodesRequest update;
            update.nodeNames = body.nodeNames;
            update.haRedundant = kind == Kind::EnableHa;
            request = api::pools::updateNodes(t.poolId, update);
            break;
        }
        }
        action.calls.push_back({ t.nodes.join(QStringLiteral(", ")), request });
    }
    return action;
}
} // namespace ma::ui
