#pragma once

// The Create Training Job form's rules (training.md §1.1-1.9, §7), checked on a draft so
// they can be tested without widgets. Every message is what the form shows next to the
// field; texts go through QCoreApplication::translate("TrainingJobValidator", ...).

#include "models/trainingjobdraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief The form field a message belongs to. */
enum class DraftField
{
    Name,
    Description,
    AlgorithmId,
    SubscriptionId,
    ItemVersionId,
    Engine,
    EngineVersion,
    Image,
    CodeDir,
    BootFile,
    BootCommand,
    UserId,
    LocalCodeDir,
    WorkDir,
    Inputs, // row = channel index
    Outputs, // row = channel index
    Hyperparameters, // row = entry index, or -1 for the table
    AutoSearchMetric,
    AutoSearchAlgorithms,
    AutoSearchParameters, // row = entry index, or -1 for the table
    AutoSearchRanges, // row = range index, or -1 for the table
    Environment, // row = entry index, or -1 for the table
    RestartCount,
    Pool,
    ResourceType,
    Flavor,
    NodeCount,
    Priority,
    SfsTurbo, // row = mount index, or -1 for the list
    LogPath,
    NotificationTopic,
    NotificationEvents,
    AutoStopHours,
    SshKeyDir,
    Tags, // row = tag index, or -1 for the table
};

/** @brief One finding. Warnings (e.g. an MA_ environment variable) do not block submit. */
struct DraftIssue
{
    DraftField field;
    int row = -1;
    QString message;
    bool warning = false;
    bool operator==(const DraftIssue &) const = default;
};

/** @brief What the rules need to know beyond the draft (from the API, the chosen flavor, the pool). */
struct ValidationContext
{
    int maxNodeCount = 0; // the flavor's max_num, or a dedicated pool's available nodes; 0: unknown
    QString flavorType; // CPU | GPU | Ascend of the chosen flavor; empty: unknown
    bool mayUseHighestPriority = false; // modelarts:trainJob:setHighPriority
    bool engineIsMindSpore = false;
    QStringList existingJobNames; // names already in the list (duplicates are refused)
    /**
     * My algorithm: the hyperparameters the chosen algorithm defines (type, constraint, required);
     * a job's value is checked against its definition. Empty: no algorithm known.
     */
    std::vector<api::AlgorithmParameter> algorithmParameters;
};

/**
 * @brief Why @p value does not suit the algorithm's hyperparameter @p definition (its type:
 * Integer, Float or Boolean; its range "lower, upper" or enumeration; required), or an empty
 * string when it does.
 */
QString algorithmParameterProblem(const api::AlgorithmParameter &definition, const QString &value);

/** Every issue of @p draft, in form order. An empty list (or warnings only) means it may be submitted. */
QList<DraftIssue> validateDraft(const TrainingJobDraft &draft, const ValidationContext &context = {});
/** The issues of one field only (the form re-checks a field while the user types). */
QList<DraftIssue> validateField(const TrainingJobDraft &draft, DraftField field, const ValidationContext &context = {});
/** True when @p issues has no blocking (non-warning) entry. */
bool isSubmittable(const QList<DraftIssue> &issues);

/** Console limits, for the form's spin boxes and counters. */
inline constexpr int kMaxJobNameLength = 64;
inline constexpr int kMaxDescriptionLength = 256;
inline constexpr int kMaxHyperparameters = 100;
inline constexpr int kMaxEnvironmentVariables = 100;
inline constexpr int kMaxTags = 20;
inline constexpr int kMaxSfsTurboMounts = 5;
inline constexpr int kMinRestartCount = 1;
inline constexpr int kMaxRestartCount = 128;
inline constexpr int kMaxAutoStopHours = 720;
inline constexpr int kMinPublicUserId = 1000;
inline constexpr int kMaxUserId = 65535;
} // namespace ma::models
