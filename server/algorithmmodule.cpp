#include "algorithmmodule.h"

#include "serverutil.h"

#include <algorithm>
#include <climits>
#include <QSet>

namespace ma::server
{
namespace
{
const QString kKind = QStringLiteral("algorithm");
constexpr int kMaxParameters = 100;
constexpr int kMaxDescription = 256;

[[noreturn]] void notFound()
{
    throw HttpError(400, QStringLiteral("ModelArts.2755"), QStringLiteral("algorithm not found."),
        QStringLiteral("Check whether the algorithm ID in the request is valid."));
}

QString valueOf(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

void checkUniqueNames(const QStringList &names, const QString &list)
{
    QSet<QString> seen;
    for (int i = 0; i < names.size(); ++i)
    {
        if (names[i].trimmed().isEmpty())
            invalidArgument(QStringLiteral("job_config.%1[%2].name must not be empty.").arg(list).arg(i));
        if (seen.contains(names[i]))
            invalidArgument(QStringLiteral("job_config.%1: the name \"%2\" is used twice.").arg(list, names[i]));
        seen.insert(names[i]);
    }
}

void checkJobConfig(const api::AlgorithmJobConfig &config)
{
    const QString bootFile = valueOf(config.bootFile);
    const QString command = valueOf(config.command);
    if (bootFile.isEmpty() && command.trimmed().isEmpty())
        invalidArgument(QStringLiteral("job_config needs a boot_file (preset image) or a command (custom image)."));
    if (!bootFile.isEmpty() && !bootFile.endsWith(u".py"))
        invalidArgument(QStringLiteral("job_config.boot_file must be a Python file (.py)."));
    if (!bootFile.isEmpty() && valueOf(config.codeDir).isEmpty())
        invalidArgument(QStringLiteral("job_config.code_dir is required with a boot_file."));
    const auto parameters = config.parameters.value_or(std::vector<api::AlgorithmParameter>());
    if (parameters.size() > static_cast<std::size_t>(kMaxParameters))
        invalidArgument(
            QStringLiteral("job_config.parameters may hold at most %1 hyperparameters.").arg(kMaxParameters));
    QStringList names;
    for (const api::AlgorithmParameter &p : parameters)
    {
        names << p.name;
        const QString type = p.constraint ? valueOf(p.constraint->type) : QString();
        if (!type.isEmpty() && type != u"String" && type != u"Integer" && type != u"Float" && type != u"Boolean")
            invalidArgument(QStringLiteral("job_config.parameters: the type of \"%1\" must be String, Integer, Float "
                                           "or Boolean.")
                                .arg(p.name));
    }
    checkUniqueNames(names, QStringLiteral("parameters"));
    names.clear();
    for (const api::AlgorithmInputSpec &in : config.inputs.value_or(std::vector<api::AlgorithmInputSpec>()))
        names << in.name;
    checkUniqueNames(names, QStringLiteral("inputs"));
    names.clear();
    for (const api::AlgorithmOutputSpec &out : config.outputs.value_or(std::vector<api::AlgorithmOutputSpec>()))
        names << out.name;
    checkUniqueNames(names, QStringLiteral("outputs"));
}

ResourceIndex indexOf(const api::Algorithm &algorithm)
{
    ResourceIndex index;
    index.name = algorithm.metadata.name;
    index.createdMs = algorithm.metadata.createTime.value_or(0);
    index.workspace = valueOf(algorithm.metadata.workspaceId);
    return index;
}
} // namespace

std::optional<api::Algorithm> storedAlgorithm(const Store &store, const QString &id)
{
    const auto doc = store.get(kKind, id);
    if (!doc)
        return std::nullopt;
    return api::fromJson<api::Algorithm>(*doc);
}

AlgorithmModule::AlgorithmModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
{
}

void AlgorithmModule::registerRoutes(Router &router)
{
    const auto route = routes<AlgorithmModule>(router);
    route("POST", "/v2/{project_id}/algorithms", &AlgorithmModule::createAlgorithm);
    route("GET", "/v2/{project_id}/algorithms", &AlgorithmModule::listAlgorithms);
    route("GET", "/v2/{project_id}/algorithms/{algorithm_id}", &AlgorithmModule::showAlgorithm);
    route("DELETE", "/v2/{project_id}/algorithms/{algorithm_id}", &AlgorithmModule::deleteAlgorithm);
}

namespace
{
// The demo algorithms: custom-image algorithms whose command runs on the local pool as it is.
api::AlgorithmParameter demoParameter(const QString &name, const QString &value, const QString &type, bool required,
    std::vector<QString> range, const QString &description)
{
    api::AlgorithmParameter p;
    p.name = name;
    p.value = value;
    p.description = description;
    api::ParameterConstraint c;
    c.type = type;
    c.editable = true;
    c.required = required;
    c.sensitive = false;
    c.validType = range.empty() ? QStringLiteral("None") : QStringLiteral("Range");
    c.validRange = std::move(range);
    p.constraint = c;
    return p;
}

api::AlgorithmJobConfig demoCommandConfig(const QString &command)
{
    api::AlgorithmJobConfig config;
    config.command = command;
    api::AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("library/python:3.11-slim");
    config.engine = engine;
    config.parametersCustomization = true;
    api::AlgorithmOutputSpec output;
    output.name = QStringLiteral("train_url");
    output.description = QStringLiteral("Model output");
    config.outputs = std::vector<api::AlgorithmOutputSpec> { output };
    return config;
}

/** The type the built-in search algorithm @p algorithm gives its parameter @p key. */
QString searchParameterType(std::string_view algorithm, std::string_view key)
{
    for (const api::SearchAlgorithm &a : api::kSearchAlgorithms)
    {
        for (const api::SearchAlgorithmParameter &p : a.parameters)
        {
            if (a.name == algorithm && p.key && p.key == key)
                return QString::fromLatin1(p.type);
        }
    }
    return QStringLiteral("String");
}

// A search the local pool can run in a second: its command prints an accuracy that peaks at
// learning_rate 0.02 and momentum 0.9, the metric the autoSearch policy names.
api::Algorithm demoSearchAlgorithm()
{
    const auto parameter = demoParameter;
    api::Algorithm demo;
    demo.metadata.name = QStringLiteral("demo-auto-search");
    demo.metadata.description
        = QStringLiteral("Hyperparameter search: prints the accuracy its learning rate and momentum reach");
    api::AlgorithmJobConfig config = demoCommandConfig(QStringLiteral(
        "awk -v lr=\"$learning_rate\" -v m=\"$momentum\" 'BEGIN { a = (lr - 0.02) * 30; b = (m - 0.9) * 2; "
        "printf \"learning_rate=%s momentum=%s accuracy=%.4f\\n\", lr, m, 0.95 - a * a - b * b }'"));
    config.parameters = std::vector<api::AlgorithmParameter> {
        parameter(QStringLiteral("learning_rate"), QStringLiteral("0.01"), QStringLiteral("Float"), true,
            { QStringLiteral("0.0001"), QStringLiteral("0.1") }, QStringLiteral("Step size of the optimiser")),
        parameter(QStringLiteral("momentum"), QStringLiteral("0.5"), QStringLiteral("Float"), true,
            { QStringLiteral("0"), QStringLiteral("0.99") }, QStringLiteral("Momentum of the optimiser")),
    };
    demo.jobConfig = config;

    api::AutoSearchPolicy search;
    api::RewardAttr reward;
    reward.name = QStringLiteral("accuracy");
    reward.mode = QStringLiteral("max");
    reward.regex = QStringLiteral("accuracy=([-+0-9.eE]+)");
    search.rewardAttrs = std::vector<api::RewardAttr> { reward };
    const auto range = [](const char *name, const char *lower, const char *upper)
    {
        api::SearchParam p;
        p.name = QString::fromLatin1(name);
        p.paramType = QStringLiteral("continuous");
        p.lowerBound = api::LooseScalar(QString::fromLatin1(lower));
        p.upperBound = api::LooseScalar(QString::fromLatin1(upper));
        return p;
    };
    search.searchParams
        = std::vector<api::SearchParam> { range("learning_rate", "0.001", "0.05"), range("momentum", "0.5", "0.99") };
    const auto config_ = [](const char *name, std::vector<std::pair<const char *, const char *>> params)
    {
        api::AlgoConfig c;
        c.name = QString::fromLatin1(name);
        std::vector<api::AlgoConfigParam> list;
        for (const auto &[key, value] : params)
        {
            api::AlgoConfigParam p;
            p.key = QString::fromLatin1(key);
            p.value = api::LooseScalar(QString::fromLatin1(value));
            p.type = searchParameterType(name, key);
            list.push_back(p);
        }
        c.params = list;
        return c;
    };
    search.algoConfigs = std::vector<api::AlgoConfig> {
        config_(
            "bayes_opt_search", { { "num_samples", "10" }, { "kind", "ucb" }, { "kappa", "2.5" }, { "xi", "0.0" } }),
        config_("tpe_search", { { "num_samples", "10" }, { "gamma", "0.25" } }),
        config_("anneal_search", { { "num_samples", "10" }, { "avg_best_idx", "2.0" }, { "shrink_coef", "0.1" } }),
    };
    api::AlgorithmAdvancedConfig advanced;
    advanced.autoSearch = search;
    demo.advancedConfig = advanced;
    return demo;
}
} // namespace

void AlgorithmModule::seedDemoData()
{
    // A custom-image algorithm whose command runs on the local pool as it is: it prints its
    // hyperparameters (environment variables for a command) and the files of its input.
    api::Algorithm demo;
    demo.metadata.name = QStringLiteral("demo-print-data");
    demo.metadata.description = QStringLiteral("Prints its hyperparameters and lists the files of its input");
    api::AlgorithmJobConfig config = demoCommandConfig(QStringLiteral(
        "echo \"epochs=$epochs learning_rate=$learning_rate\"; ls -la \"$data_url\"; mkdir -p \"$train_url\"; "
        "date > \"$train_url/finished.txt\""));
    const auto parameter = demoParameter;
    config.parameters = std::vector<api::AlgorithmParameter> {
        parameter(QStringLiteral("epochs"), QStringLiteral("10"), QStringLiteral("Integer"), true,
            { QStringLiteral("1"), QStringLiteral("1000") }, QStringLiteral("Passes over the data")),
        parameter(QStringLiteral("learning_rate"), QStringLiteral("0.001"), QStringLiteral("Float"), false, {},
            QStringLiteral("Step size of the optimiser")),
    };
    api::AlgorithmInputSpec input;
    input.name = QStringLiteral("data_url");
    input.description = QStringLiteral("Training data");
    api::RemoteConstraint obs;
    obs.dataType = QStringLiteral("obs");
    api::RemoteConstraint dataset;
    dataset.dataType = QStringLiteral("dataset");
    input.remoteConstraints = std::vector<api::RemoteConstraint> { obs, dataset };
    config.inputs = std::vector<api::AlgorithmInputSpec> { input };
    demo.jobConfig = config;
    api::ResourceRequirement requirement;
    requirement.key = QStringLiteral("flavor_type");
    requirement.value = std::vector<QString> { QStringLiteral("CPU"), QStringLiteral("GPU") };
    requirement.op = QStringLiteral("in");
    demo.resourceRequirements = std::vector<api::ResourceRequirement> { requirement };
    add(demo);
    add(demoSearchAlgorithm());
}

Json AlgorithmModule::add(api::Algorithm algorithm)
{
    api::AlgorithmMetadata &meta = algorithm.metadata;
    meta.name = meta.name.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    checkName(meta.name, QStringLiteral("metadata.name"), 1, 64, pattern,
        QStringLiteral("letters, digits, hyphens (-) and underscores (_)"));
    if (valueOf(meta.description).size() > kMaxDescription)
        invalidArgument(
            QStringLiteral("metadata.description must be at most %1 characters long.").arg(kMaxDescription));
    if (m_ctx.store().nameExists(kKind, meta.name))
        invalidArgument(QStringLiteral("An algorithm named %1 already exists.").arg(meta.name));
    if (!algorithm.jobConfig)
        invalidArgument(QStringLiteral("job_config is required."));
    checkJobConfig(*algorithm.jobConfig);

    const qint64 now = m_ctx.clock().nowMs();
    meta.id = ServerContext::newUuid();
    if (valueOf(meta.workspaceId).isEmpty())
        meta.workspaceId = QStringLiteral("0");
    meta.aiProject = QStringLiteral("default-ai-project");
    meta.userName = m_ctx.config().userName;
    meta.domainId = m_ctx.projectId();
    meta.source = QStringLiteral("custom");
    meta.apiVersion = QStringLiteral("v2");
    meta.isValid = true;
    meta.state = QStringLiteral("");
    meta.size = 0;
    m_lastCreateMs = std::max(now, m_lastCreateMs + 1);
    meta.createTime = m_lastCreateMs;
    meta.updateTime = m_lastCreateMs;
    if (!meta.tags)
        meta.tags = Json::array();
    if (!algorithm.resourceRequirements)
        algorithm.resourceRequirements = std::vector<api::ResourceRequirement>();
    if (!algorithm.advancedConfig)
        algorithm.advancedConfig = api::AlgorithmAdvancedConfig();
    const Json doc = api::encode(algorithm);
    m_ctx.store().put(kKind, *meta.id, doc, indexOf(algorithm));
    return doc;
}

Response AlgorithmModule::createAlgorithm(const Request &req)
{
    return Response::json(201, add(req.decode<api::Algorithm>()));
}

Response AlgorithmModule::listAlgorithms(const Request &req)
{
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    const int limit = queryInt(req, QStringLiteral("limit"), 10, 1, api::kAlgorithmListMaxLimit);
    const QString sortBy = req.hasQuery(QStringLiteral("sort_by")) ? req.query(QStringLiteral("sort_by"))
                                                                   : QStringLiteral("create_time");
    if (sortBy != u"create_time" && sortBy != u"name")
        invalidArgument(QStringLiteral("sort_by must be create_time or name."));
    const QString order
        = req.hasQuery(QStringLiteral("order")) ? req.query(QStringLiteral("order")).toLower() : QStringLiteral("desc");
    if (order != u"asc" && order != u"desc")
        invalidArgument(QStringLiteral("order must be asc or desc."));
    // searches: "name:<text>" (a fuzzy match on the name); other keys are not filtered here.
    QString nameFilter;
    const QString searches = req.query(QStringLiteral("searches"));
    if (searches.startsWith(u"name:"))
        nameFilter = searches.mid(5);
    const QString workspace = req.query(QStringLiteral("workspace_id"));

    const std::vector<Json> all = m_ctx.store().list(kKind);
    std::vector<const Json *> hits;
    for (const Json &doc : all)
    {
        if (!nameFilter.isEmpty() && !stringAt(doc, "/metadata/name").contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!workspace.isEmpty() && stringAt(doc, "/metadata/workspace_id") != workspace)
            continue;
        hits.push_back(&doc);
    }
    const bool ascending = order == u"asc";
    std::stable_sort(hits.begin(), hits.end(),
        [&](const Json *a, const Json *b)
        {
            if (sortBy == u"name")
            {
                const int c = QString::compare(stringAt(*a, "/metadata/name"), stringAt(*b, "/metadata/name"));
                return ascending ? c < 0 : c > 0;
            }
            const qint64 ta = intAt(*a, "/metadata/create_time");
            const qint64 tb = intAt(*b, "/metadata/create_time");
            return ascending ? ta < tb : ta > tb;
        });
    Json items = Json::array();
    const std::size_t first = std::min<std::size_t>(static_cast<std::size_t>(offset), hits.size());
    for (std::size_t i = first; i < hits.size() && items.size() < static_cast<std::size_t>(limit); ++i)
        items.push_back(*hits[i]);
    Json out = Json::object();
    out["total"] = static_cast<qint64>(all.size());
    out["count"] = static_cast<qint64>(hits.size());
    out["limit"] = limit;
    out["offset"] = offset;
    out["sort_by"] = sortBy.toStdString();
    out["order"] = order.toStdString();
    out["group_by"] = "";
    out["workspace_id"] = workspace.isEmpty() ? std::string("0") : workspace.toStdString();
    out["ai_project"] = "";
    out["items"] = std::move(items);
    return Response::json(200, out);
}

Response AlgorithmModule::showAlgorithm(const Request &req)
{
    const auto doc = m_ctx.store().get(kKind, req.param(QStringLiteral("algorithm_id")));
    if (!doc)
        notFound();
    return Response::json(200, *doc);
}

Response AlgorithmModule::deleteAlgorithm(const Request &req)
{
    if (!m_ctx.store().remove(kKind, req.param(QStringLiteral("algorithm_id"))))
        notFound();
    return Response::text(202, QByteArray(), QByteArrayLiteral("application/json"));
}
} // namespace ma::server
