#include "trainingjobprechecks.h"

#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "api/types/training.h"
#include "models/commonprechecks.h"
#include "models/connection.h"
#include "models/trainingjobdraft.h"

#include <QCoreApplication>
#include <QPointer>

namespace ma::models
{
namespace
{
using Outcome = PreSubmitCheck::Outcome;

void addQuotaCheck(PreSubmitChecks &checks, Connection *connection)
{
    QPointer<Connection> guard(connection);
    checks.add(QCoreApplication::translate("PreSubmitChecks", "Training job quota"),
        [guard](const PreSubmitChecks::Report &report)
        {
            if (!guard)
                return report(Outcome::Unknown, QString());
            api::whenDecoded<api::TrainingQuotas>(
                guard->client()->send(api::training::quotas(QString(), QStringLiteral("job-num"))), guard,
                [report](const api::Typed<api::TrainingQuotas> &result)
                {
                    if (!result.ok())
                        return report(Outcome::Unknown,
                            QCoreApplication::translate("PreSubmitChecks", "The quota could not be read: %1")
                                .arg(result.error.displayText()));
                    for (const api::TrainingQuota &quota : result.value.quotas)
                    {
                        if (quota.resource != u"job-num" || !quota.quota || !quota.used)
                            continue;
                        const int left = *quota.quota - *quota.used;
                        if (*quota.quota < 0)
                            return report(Outcome::Passed,
                                QCoreApplication::translate("PreSubmitChecks", "No limit on training jobs."));
                        if (left <= 0)
                            return report(Outcome::Blocking,
                                QCoreApplication::translate("PreSubmitChecks",
                                    "All %1 training jobs of the quota are in use. Delete finished jobs or ask "
                                    "for a higher quota.")
                                    .arg(*quota.quota));
                        const QString text
                            = QCoreApplication::translate("PreSubmitChecks", "%1 of %2 training jobs used; %3 left.")
                                  .arg(*quota.used)
                                  .arg(*quota.quota)
                                  .arg(left);
                        return report(left * 10 < *quota.quota ? Outcome::Warning : Outcome::Passed, text);
                    }
                    report(Outcome::Unknown,
                        QCoreApplication::translate("PreSubmitChecks", "The API reported no training job quota."));
                });
        });
}

void addImageCheck(PreSubmitChecks &checks, const TrainingJobDraft &draft)
{
    const QString title = QCoreApplication::translate("PreSubmitChecks", "Image");
    if (draft.algorithmType == TrainingJobDraft::AlgorithmType::MySubscription)
    {
        checks.addResult(title, Outcome::Passed,
            QCoreApplication::translate("PreSubmitChecks", "The subscribed algorithm brings its image."));
        return;
    }
    if (draft.algorithmType == TrainingJobDraft::AlgorithmType::MyAlgorithm)
    {
        checks.addResult(title, Outcome::Passed,
            QCoreApplication::translate("PreSubmitChecks", "The algorithm %1 brings its image.")
                .arg(draft.algorithmId));
        return;
    }
    const bool preset = draft.bootMode == TrainingJobDraft::BootMode::PresetImage
        && draft.engineVersion != TrainingJobDraft::customizeVersion();
    if (preset)
    {
        // The form lists engines from GET /v2/{project_id}/training-job-engines: it exists.
        checks.addResult(title, Outcome::Passed,
            QCoreApplication::translate("PreSubmitChecks", "Preset engine %1 %2 from the engine list.")
                .arg(draft.engineName, draft.engineVersion));
        return;
    }
    checks.addResult(title, Outcome::Unknown,
        QCoreApplication::translate("PreSubmitChecks",
            "%1 is an SWR image; SWR cannot be listed through the ModelArts API, so it is pulled (or found "
            "missing) when the job starts.")
            .arg(draft.image));
}

QList<prechecks::ObsPath> obsPathsOf(const TrainingJobDraft &draft)
{
    using Use = prechecks::ObsPath::Use;
    QList<prechecks::ObsPath> paths;
    const bool obsCode = draft.algorithmType == TrainingJobDraft::AlgorithmType::CustomAlgorithm
        && draft.codeSource == TrainingJobDraft::CodeSource::Obs;
    if (obsCode && draft.codeDir.startsWith(u"obs://"))
        paths << prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Code directory"), draft.codeDir,
            Use::Read, true };
    if (obsCode && draft.bootMode == TrainingJobDraft::BootMode::PresetImage && draft.bootFile.startsWith(u"obs://"))
        paths << prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Boot file"), draft.bootFile,
            Use::Read, false };
    for (const DataChannel &input : draft.inputs)
    {
        // A dataset input is read from the dataset; a path typed before switching is not sent.
        if (input.source == DataChannel::Source::DataPath && input.obsPath.startsWith(u"obs://"))
            paths << prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Input %1").arg(input.name),
                input.obsPath, Use::Read, false };
    }
    for (const DataChannel &output : draft.outputs)
    {
        if (output.obsPath.startsWith(u"obs://"))
            paths << prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Output %1").arg(output.name),
                output.obsPath, Use::Write, false };
    }
    if (draft.persistentLog && draft.logPath.startsWith(u"obs://"))
        paths << prechecks::ObsPath { QCoreApplication::translate("PreSubmitChecks", "Job log path"), draft.logPath,
            Use::WriteEmpty, false };
    return paths;
}
} // namespace

void addTrainingJobChecks(
    PreSubmitChecks &checks, Connection *connection, const TrainingJobDraft &draft, const TrainingFlavorFacts &flavor)
{
    addQuotaCheck(checks, connection);
    if (draft.dedicatedPool)
        prechecks::addPoolChecks(checks, connection, draft.poolId, draft.flavorId, draft.nodeCount);
    prechecks::addObsPathsCheck(checks, connection, obsPathsOf(draft));
    addImageCheck(checks, draft);
    prechecks::addCostCheck(checks, flavor.billingCode, flavor.billingUnits, draft.nodeCount);
}
} // namespace ma::models
