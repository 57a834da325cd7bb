#include "notebookprechecks.h"

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "api/types/notebook.h"
#include "api/types/workspace.h"
#include "api/workspacerequests.h"
#include "models/commonprechecks.h"
#include "models/connection.h"
#include "models/notebookdraft.h"

#include <QCoreApplication>
#include <QPointer>

namespace ma::models
{
namespace
{
using Outcome = PreSubmitCheck::Outcome;

// ModelArts Standard user guide, Notebook: "10 instances per account"; the service answers
// ModelArts.6302 beyond that. No API reports this limit.
constexpr qint64 kInstancesPerAccount = 10;

void addInstanceLimitCheck(PreSubmitChecks &checks, Connection *connection)
{
    QPointer<Connection> guard(connection);
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Notebook instances"),
        [guard](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            api::QueryItems query;
            query.append({ QStringLiteral("limit"), QStringLiteral("1") });
            api::whenDecoded<api::NotebookList>(guard->client()->send(api::notebooks::list(query)), guard,
                [report](const api::Typed<api::NotebookList> &result)
                {
                    if (!result.ok() || !result.value.total)
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The notebooks could not be counted: %1")
                                .arg(result.error.displayText()));
                    const qint64 total = *result.value.total;
                    if (total >= kInstancesPerAccount)
                        return report(Outcome::Blocking,
                            QCoreApplication::translate(
                                "PreSubmitChecks", "%1 notebooks exist; an account may have %2. Delete one first.")
                                .arg(total)
                                .arg(kInstancesPerAccount));
                    report(total + 1 >= kInstancesPerAccount ? Outcome::Warning : Outcome::Passed,
                        QCoreApplication::translate("PreSubmitChecks", "%1 of %2 notebooks per account exist.")
                            .arg(total)
                            .arg(kInstancesPerAccount));
                });
        });
}

void addWorkspaceQuotaCheck(PreSubmitChecks &checks, Connection *connection)
{
    QPointer<Connection> guard(connection);
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Workspace quota"),
        [guard](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            const QString workspace = guard->workspaceId().isEmpty() ? QStringLiteral("0") : guard->workspaceId();
            api::whenDecoded<api::WorkspaceQuotas>(guard->client()->send(api::workspaces::quotas(workspace)), guard,
                [report](const api::Typed<api::WorkspaceQuotas> &result)
                {
                    if (!result.ok())
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The workspace quota could not be read: %1")
                                .arg(result.error.displayText()));
                    for (const api::WorkspaceQuota &quota : result.value.quotas)
                    {
                        if (quota.resource != u"notebook")
                            continue;
                        const qint64 limit = quota.quota.value_or(-1);
                        if (limit < 0)
                            break;
                        const qint64 used = quota.usedQuota.value_or(0);
                        if (used >= limit)
                            return report(Outcome::Blocking,
                                QCoreApplication::translate("PreSubmitChecks",
                                    "The workspace allows %1 notebooks and all are in use (ModelArts.0113).")
                                    .arg(limit));
                        return report(Outcome::Passed,
                            QCoreApplication::translate("PreSubmitChecks", "%1 of %2 notebooks of the workspace used.")
                                .arg(used)
                                .arg(limit));
                    }
                    report(Outcome::Passed,
                        QCoreApplication::translate("PreSubmitChecks", "The workspace sets no notebook limit."));
                });
        });
}

void addImageCheck(PreSubmitChecks &checks, Connection *connection, const QString &imageId)
{
    QPointer<Connection> guard(connection);
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Image"),
        [guard, imageId](const PreSubmitChecks::Report &report)
        {
            if (!guard || imageId.isEmpty())
                return report(Outcome::Unknown, QString());
            api::whenDecoded<api::NotebookImage>(guard->client()->send(api::notebooks::image(imageId)), guard,
                [report, imageId](const api::Typed<api::NotebookImage> &result)
                {
                    if (result.ok())
                        return report(Outcome::Passed,
                            QCoreApplication::translate("PreSubmitChecks", "%1 exists.")
                                .arg(result.value.name.value_or(imageId)));
                    if (result.httpStatus == 404)
                        return report(Outcome::Blocking,
                            QCoreApplication::translate("PreSubmitChecks", "The image %1 does not exist (any more).")
                                .arg(imageId));
                    report(Outcome::Unknown,
                        QCoreApplication::translate("PreSubmitChecks", "The image could not be read: %1")
                            .arg(result.error.displayText()));
                });
        });
}
} // namespace

void addNotebookChecks(
    PreSubmitChecks &checks, Connection *connection, const NotebookDraft &draft, const NotebookFlavorFacts &flavor)
{
    addInstanceLimitCheck(checks, connection);
    addWorkspaceQuotaCheck(checks, connection);
    if (draft.poolKind == NotebookDraft::PoolKind::Dedicated)
        prechecks::addPoolChecks(checks, connection, draft.poolId, draft.flavorId, 1);
    addImageCheck(checks, connection, draft.imageId);
    if ((draft.storage == NotebookDraft::Storage::Obs || draft.storage == NotebookDraft::Storage::Pfs)
        && draft.storagePath.startsWith(u"obs://"))
    {
        prechecks::addObsPathsCheck(checks, connection,
            { prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Storage path"), draft.storagePath,
                prechecks::ObsPath::Use::Read, false } });
    }
    prechecks::addCostCheck(checks, flavor.billingCode, flavor.billingUnits, 1);
}
} // namespace ma::models
