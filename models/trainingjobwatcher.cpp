#include "trainingjobwatcher.h"

#include "api/trainingrequests.h"

namespace ma::models
{
namespace
{
std::optional<int> priorityOf(const api::TrainingJob &job)
{
    return job.spec && job.spec->schedulePolicy ? job.spec->schedulePolicy->priority : std::nullopt;
}
} // namespace

api::ApiRequest TrainingJobWatchTraits::request(const QString &jobId)
{
    return api::training::show(jobId);
}

bool TrainingJobWatchTraits::isFinal(const Item &job)
{
    return api::isTerminalPhase(job.status.phase);
}

QStringList TrainingJobWatchTraits::changedFields(const Item &a, const Item &b)
{
    QStringList fields;
    if (a.metadata.name != b.metadata.name)
        fields << QStringLiteral("metadata.name");
    if (a.metadata.description != b.metadata.description)
        fields << QStringLiteral("metadata.description");
    if (a.status.phase != b.status.phase)
        fields << QStringLiteral("status.phase");
    if (a.status.secondaryPhase != b.status.secondaryPhase)
        fields << QStringLiteral("status.secondary_phase");
    if (a.status.startTime != b.status.startTime)
        fields << QStringLiteral("status.start_time");
    if (a.status.duration != b.status.duration)
        fields << QStringLiteral("status.duration");
    if (a.status.tasks != b.status.tasks)
        fields << QStringLiteral("status.tasks");
    if (priorityOf(a) != priorityOf(b))
        fields << QStringLiteral("spec.schedule_policy.priority");
    return fields;
}

QStringList TrainingJobWatchTraits::allFields()
{
    return { QStringLiteral("metadata.name"), QStringLiteral("metadata.description"), QStringLiteral("status.phase"),
        QStringLiteral("status.secondary_phase"), QStringLiteral("status.start_time"),
        QStringLiteral("status.duration"), QStringLiteral("status.tasks"),
        QStringLiteral("spec.schedule_policy.priority") };
}
} // namespace ma::models
