#pragma once

// Algorithms of Algorithm Management: the v2 algorithms API (CreateAlgorithm, ListAlgorithms,
// ShowAlgorithmByUuid, DeleteAlgorithm under /v2/{project_id}/algorithms).
//
// An algorithm is {metadata, job_config, resource_requirements, advanced_config}; job_config
// reuses the sub-structs of the training job's algorithm (hyperparameters with their
// constraint, engine, remote constraints, auto search policy). metadata.id is documented as an
// Integer in CreateAlgorithm and answered as a UUID string by the service: it is read as text.

#include "api/types/training.h"

#include <optional>
#include <QString>
#include <vector>

namespace ma::api
{
/** ListAlgorithms accepts 1..50 algorithms per page (offset is an item offset). */
inline constexpr int kAlgorithmListMaxLimit = 50;

struct AlgorithmMetadata
{
    std::optional<QString> id; // response only
    QString name; // 1-64: letters, digits, _ and -
    std::optional<QString> description; // 0-256
    std::optional<QString> workspaceId;
    std::optional<QString> aiProject;
    std::optional<QString> userName;
    std::optional<QString> domainId;
    std::optional<QString> source; // "custom" for algorithms created here
    std::optional<QString> apiVersion;
    std::optional<bool> isValid;
    std::optional<QString> state;
    std::optional<qint64> size;
    std::optional<Json> tags;
    std::optional<qint64> createTime; // epoch ms
    std::optional<qint64> updateTime; // epoch ms
    Json extra;
};
void decode(const Json &j, AlgorithmMetadata &out, const QString &path);
Json encode(const AlgorithmMetadata &v);

/** @brief An input channel the algorithm declares: its name and what data it accepts. */
struct AlgorithmInputSpec
{
    QString name;
    std::optional<QString> description;
    std::optional<std::vector<RemoteConstraint>> remoteConstraints; // data_type "obs" | "dataset"
    Json extra;
};
void decode(const Json &j, AlgorithmInputSpec &out, const QString &path);
Json encode(const AlgorithmInputSpec &v);

struct AlgorithmOutputSpec
{
    QString name;
    std::optional<QString> description;
    Json extra;
};
void decode(const Json &j, AlgorithmOutputSpec &out, const QString &path);
Json encode(const AlgorithmOutputSpec &v);

/** @brief How a job of the algorithm runs: boot file in a preset image, or a custom image and command. */
struct AlgorithmJobConfig
{
    std::optional<QString> codeDir;
    std::optional<QString> bootFile;
    std::optional<QString> command;
    std::optional<std::vector<AlgorithmParameter>> parameters;
    /** Whether a job may add hyperparameters of its own. */
    std::optional<bool> parametersCustomization;
    std::optional<std::vector<AlgorithmInputSpec>> inputs;
    std::optional<std::vector<AlgorithmOutputSpec>> outputs;
    std::optional<AlgorithmEngine> engine;
    std::optional<QString> localCodeDir;
    std::optional<QString> workingDir;
    Json extra;
};
void decode(const Json &j, AlgorithmJobConfig &out, const QString &path);
Json encode(const AlgorithmJobConfig &v);

/** @brief One training constraint: {key: flavor_type, value: [CPU, GPU], operator: in}. */
struct ResourceRequirement
{
    std::optional<QString> key;
    std::optional<std::vector<QString>> value;
    std::optional<QString> op; // JSON "operator"
    Json extra;
};
void decode(const Json &j, ResourceRequirement &out, const QString &path);
Json encode(const ResourceRequirement &v);

struct AlgorithmAdvancedConfig
{
    std::optional<AutoSearchPolicy> autoSearch;
    Json extra;
};
void decode(const Json &j, AlgorithmAdvancedConfig &out, const QString &path);
Json encode(const AlgorithmAdvancedConfig &v);

/** @brief An algorithm: the CreateAlgorithm body and the ShowAlgorithmByUuid answer. */
struct Algorithm
{
    AlgorithmMetadata metadata;
    std::optional<AlgorithmJobConfig> jobConfig;
    std::optional<std::vector<ResourceRequirement>> resourceRequirements;
    std::optional<AlgorithmAdvancedConfig> advancedConfig;
    std::optional<Json> shareInfo;
    Json extra;
};
void decode(const Json &j, Algorithm &out, const QString &path);
Json encode(const Algorithm &v);

/** @brief The ListAlgorithms answer. */
struct AlgorithmList
{
    std::optional<qint64> total;
    std::optional<qint64> count;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    std::optional<QString> sortBy;
    std::optional<QString> order;
    std::vector<Algorithm> items;
    Json extra;
};
void decode(const Json &j, AlgorithmList &out, const QString &path);
Json encode(const AlgorithmList &v);

/** How an algorithm starts: a boot file in a preset image, or a command in a custom image. */
enum class AlgorithmBootMode
{
    PresetImage,
    CustomImage
};
AlgorithmBootMode algorithmBootMode(const Algorithm &algorithm);

/**
 * @brief The algorithm part of a training job created from @p algorithm ("My algorithm"):
 * its id, its hyperparameters with their default values, and its input and output channels
 * named as it declares them (their remote filled in by the form). The service takes the code,
 * boot file or command and the engine from the algorithm.
 */
TrainingAlgorithm jobAlgorithmFrom(const Algorithm &algorithm);

/**
 * @brief An algorithm named @p name made of a job's algorithm settings ("Save as algorithm"):
 * code directory, boot file or command, engine or image, hyperparameters, and the input and
 * output channels by name (not their data).
 */
Algorithm algorithmFromJob(const TrainingAlgorithm &job, const QString &name, const QString &description);
} // namespace ma::api
