#include "poolprechecks.h"

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "api/types/pool.h"
#include "models/connection.h"
#include "models/pooldraft.h"

#include <QCoreApplication>
#include <QPointer>

namespace ma::models
{
namespace
{
using Outcome = PreSubmitCheck::Outcome;

QString stockProblem(const api::ResourceFlavor &flavor, const PoolFlavorRow &row, bool manualAz)
{
    const api::StringMap phases = flavor.status && flavor.status->phase ? *flavor.status->phase : api::StringMap();
    if (phases.empty())
        return QString(); // no stock information: nothing to say
    if (manualAz)
    {
        QStringList soldOut;
        for (auto it = row.azCounts.cbegin(); it != row.azCounts.cend(); ++it)
        {
            const auto phase = phases.find(it.key());
            if (it.value() > 0 && (phase == phases.end() || phase->second == u"soldout"))
                soldOut << it.key();
        }
        if (!soldOut.isEmpty())
            return QCoreApplication::translate("PreSubmitChecks", "%1 is not on sale in %2.")
                .arg(row.flavorId, soldOut.join(QStringLiteral(", ")));
        return QString();
    }
    for (const auto &[az, phase] : phases)
    {
        if (phase != u"soldout")
            return QString();
    }
    return QCoreApplication::translate("PreSubmitChecks", "%1 is sold out in every availability zone.")
        .arg(row.flavorId);
}
} // namespace

void addPoolOrderChecks(
    PreSubmitChecks &checks, Connection *connection, const PoolDraft &draft, const PoolQuotaFacts &quota)
{
    checks.addResult(QCoreApplication::translate("PreSubmitChecks", "Resource pool quota"), quota.outcome, quota.text);

    QPointer<Connection> guard(connection);
    const QList<PoolFlavorRow> rows = draft.flavors;
    const bool manualAz = draft.manualAz;
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Flavors on sale"),
        [guard, rows, manualAz](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            api::whenDecoded<api::ResourceFlavorList>(guard->client()->send(api::pools::resourceFlavors()), guard,
                [report, rows, manualAz](const api::Typed<api::ResourceFlavorList> &result)
                {
                    if (!result.ok())
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The flavors could not be read: %1")
                                .arg(result.error.displayText()));
                    QStringList problems;
                    for (const PoolFlavorRow &row : rows)
                    {
                        const api::ResourceFlavor *found = nullptr;
                        for (const api::ResourceFlavor &flavor : result.value.items)
                        {
                            if (flavor.metadata && flavor.metadata->name.value_or(QString()) == row.flavorId)
                                found = &flavor;
                        }
                        if (!found)
                            problems << QCoreApplication::translate("PreSubmitChecks", "%1 is not offered.")
                                            .arg(row.flavorId);
                        else if (const QString problem = stockProblem(*found, row, manualAz); !problem.isEmpty())
                            problems << problem;
                    }
                    if (!problems.isEmpty())
                        return report(Outcome::Blocking, problems.join(u' '));
                    report(Outcome::Passed,
                        QCoreApplication::translate("PreSubmitChecks", "Every chosen flavor is on sale now."));
                });
        });

    checks.addResult(QCoreApplication::translate("PreSubmitChecks", "Cost"), Outcome::Unknown,
        QCoreApplication::translate("PreSubmitChecks",
            "Unknown: the resource pool API gives no price. A yearly/monthly order shows it when you pay; "
            "pay-per-use follows the Huawei Cloud price list."));
}
} // namespace ma::models
