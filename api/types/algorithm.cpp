#include "algorithm.h"

#include "api/jsonfields.h"

namespace ma::api
{
constexpr auto algorithmMetadataFields = std::make_tuple(field("id", &AlgorithmMetadata::id),
    field("name", &AlgorithmMetadata::name), field("description", &AlgorithmMetadata::description),
    field("workspace_id", &AlgorithmMetadata::workspaceId), field("ai_project", &AlgorithmMetadata::aiProject),
    field("user_name", &AlgorithmMetadata::userName), field("domain_id", &AlgorithmMetadata::domainId),
    field("source", &AlgorithmMetadata::source), field("api_version", &AlgorithmMetadata::apiVersion),
    field("is_valid", &AlgorithmMetadata::isValid), field("state", &AlgorithmMetadata::state),
    field("size", &AlgorithmMetadata::size), field("tags", &AlgorithmMetadata::tags),
    field("create_time", &AlgorithmMetadata::createTime), field("update_time", &AlgorithmMetadata::updateTime));
MA_JSON_OBJECT(AlgorithmMetadata, algorithmMetadataFields)

constexpr auto algorithmInputSpecFields
    = std::make_tuple(field("name", &AlgorithmInputSpec::name), field("description", &AlgorithmInputSpec::description),
        field("remote_constraints", &AlgorithmInputSpec::remoteConstraints));
MA_JSON_OBJECT(AlgorithmInputSpec, algorithmInputSpecFields)

constexpr auto algorithmOutputSpecFields = std::make_tuple(
    field("name", &AlgorithmOutputSpec::name), field("description", &AlgorithmOutputSpec::description));
MA_JSON_OBJECT(AlgorithmOutputSpec, algorithmOutputSpecFields)

constexpr auto algorithmJobConfigFields = std::make_tuple(field("code_dir", &AlgorithmJobConfig::codeDir),
    field("boot_file", &AlgorithmJobConfig::bootFile), field("command", &AlgorithmJobConfig::command),
    field("parameters", &AlgorithmJobConfig::parameters),
    field("parameters_customization", &AlgorithmJobConfig::parametersCustomization),
    field("inputs", &AlgorithmJobConfig::inputs), field("outputs", &AlgorithmJobConfig::outputs),
    field("engine", &AlgorithmJobConfig::engine), field("local_code_dir", &AlgorithmJobConfig::localCodeDir),
    field("working_dir", &AlgorithmJobConfig::workingDir));
MA_JSON_OBJECT(AlgorithmJobConfig, algorithmJobConfigFields)

constexpr auto resourceRequirementFields = std::make_tuple(field("key", &ResourceRequirement::key),
    field("value", &ResourceRequirement::value), field("operator", &ResourceRequirement::op));
MA_JSON_OBJECT(ResourceRequirement, resourceRequirementFields)

constexpr auto algorithmAdvancedConfigFields
    = std::make_tuple(field("auto_search", &AlgorithmAdvancedConfig::autoSearch));
MA_JSON_OBJECT(AlgorithmAdvancedConfig, algorithmAdvancedConfigFields)

constexpr auto algorithmFields = std::make_tuple(field("metadata", &Algorithm::metadata),
    field("job_config", &Algorithm::jobConfig), field("resource_requirements", &Algorithm::resourceRequirements),
    field("advanced_config", &Algorithm::advancedConfig), field("share_info", &Algorithm::shareInfo));
MA_JSON_OBJECT(Algorithm, algorithmFields)

constexpr auto algorithmListFields = std::make_tuple(field("total", &AlgorithmList::total),
    field("count", &AlgorithmList::count), field("limit", &AlgorithmList::limit),
    field("offset", &AlgorithmList::offset), field("sort_by", &AlgorithmList::sortBy),
    field("order", &AlgorithmList::order), listField("items", &AlgorithmList::items));
MA_JSON_OBJECT(AlgorithmList, algorithmListFields)

AlgorithmBootMode algorithmBootMode(const Algorithm &algorithm)
{
    if (!algorithm.jobConfig)
        return AlgorithmBootMode::PresetImage;
    const AlgorithmJobConfig &config = *algorithm.jobConfig;
    const bool hasImage = config.engine && !config.engine->imageUrl.value_or(QString()).isEmpty();
    const bool hasCommand = !config.command.value_or(QString()).isEmpty();
    const bool hasBootFile = !config.bootFile.value_or(QString()).isEmpty();
    return (hasImage || hasCommand) && !hasBootFile ? AlgorithmBootMode::CustomImage : AlgorithmBootMode::PresetImage;
}

TrainingAlgorithm jobAlgorithmFrom(const Algorithm &algorithm)
{
    TrainingAlgorithm out;
    out.id = algorithm.metadata.id;
    out.name = algorithm.metadata.name;
    if (!algorithm.jobConfig)
        return out;
    const AlgorithmJobConfig &config = *algorithm.jobConfig;
    if (config.parameters && !config.parameters->empty())
    {
        std::vector<AlgorithmParameter> parameters;
        for (const AlgorithmParameter &p : *config.parameters)
        {
            AlgorithmParameter value;
            value.name = p.name;
            value.value = p.value.value_or(QString());
            parameters.push_back(std::move(value));
        }
        out.parameters = std::move(parameters);
    }
    if (config.inputs)
    {
        std::vector<AlgorithmInput> inputs;
        for (const AlgorithmInputSpec &spec : *config.inputs)
        {
            AlgorithmInput in;
            in.name = spec.name;
            inputs.push_back(std::move(in));
        }
        out.inputs = std::move(inputs);
    }
    if (config.outputs)
    {
        std::vector<AlgorithmOutput> outputs;
        for (const AlgorithmOutputSpec &spec : *config.outputs)
        {
            AlgorithmOutput o;
            o.name = spec.name;
            outputs.push_back(std::move(o));
        }
        out.outputs = std::move(outputs);
    }
    return out;
}

Algorithm algorithmFromJob(const TrainingAlgorithm &job, const QString &name, const QString &description)
{
    Algorithm out;
    out.metadata.name = name;
    if (!description.isEmpty())
        out.metadata.description = description;
    AlgorithmJobConfig config;
    config.codeDir = job.codeDir;
    config.bootFile = job.bootFile;
    config.command = job.command;
    config.localCodeDir = job.localCodeDir;
    config.workingDir = job.workingDir;
    if (job.engine)
    {
        // The engine by name and version or the image: engine_id is the service's own key.
        AlgorithmEngine engine;
        engine.engineId = job.engine->engineId;
        engine.engineName = job.engine->engineName;
        engine.engineVersion = job.engine->engineVersion;
        engine.imageUrl = job.engine->imageUrl;
        config.engine = std::move(engine);
    }
    if (job.parameters)
    {
        std::vector<AlgorithmParameter> parameters;
        for (const AlgorithmParameter &p : *job.parameters)
        {
            AlgorithmParameter def;
            def.name = p.name;
            def.value = p.value;
            def.description = p.description;
            ParameterConstraint constraint = p.constraint.value_or(ParameterConstraint());
            if (!constraint.type)
                constraint.type = QStringLiteral("String");
            if (!constraint.editable)
                constraint.editable = true;
            if (!constraint.required)
                constraint.required = false;
            def.constraint = std::move(constraint);
            parameters.push_back(std::move(def));
        }
        config.parameters = std::move(parameters);
    }
    config.parametersCustomization = true;
    std::vector<AlgorithmInputSpec> inputs;
    for (const AlgorithmInput &in : job.inputs.value_or(std::vector<AlgorithmInput>()))
    {
        AlgorithmInputSpec spec;
        spec.name = in.name;
        spec.description = in.description;
        RemoteConstraint constraint;
        constraint.dataType = in.remote.dataset ? QStringLiteral("dataset") : QStringLiteral("obs");
        spec.remoteConstraints = std::vector<RemoteConstraint> { constraint };
        inputs.push_back(std::move(spec));
    }
    config.inputs = std::move(inputs);
    std::vector<AlgorithmOutputSpec> outputs;
    for (const AlgorithmOutput &o : job.outputs.value_or(std::vector<AlgorithmOutput>()))
    {
        AlgorithmOutputSpec spec;
        spec.name = o.name;
        spec.description = o.description;
        outputs.push_back(std::move(spec));
    }
    config.outputs = std::move(outputs);
    out.jobConfig = std::move(config);
    return out;
}
} // namespace ma::api
