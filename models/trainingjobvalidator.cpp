#include "models/trainingjobvalidator.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ma::models
{
namespace
{
using Draft = TrainingJobDraft;

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re;
}

const QRegularExpression &envNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

// org/image[/more]:tag, SWR style (lowercase repository, tag letters digits . _ -).
const QRegularExpression &imagePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)+:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return re;
}

/** "swr.cn-north-4.myhuaweicloud.com/org/img:1" or "host:5000/org/img:1": a registry in front. */
bool imageHasDomain(const QString &image)
{
    const QStringList parts = image.split(u'/');
    if (parts.size() < 2)
        return false;
    const QString first = parts.constFirst();
    if (first.contains(u':') || first == u"localhost")
        return true;
    return parts.size() >= 3 && first.contains(u'.');
}

/** obs://bucket[/path]: a bucket name, no empty path segment. */
bool isObsPath(const QString &path)
{
    if (!path.startsWith(u"obs://"))
        return false;
    const QString rest = path.mid(6);
    const qsizetype slash = rest.indexOf(u'/');
    const QString bucket = slash < 0 ? rest : rest.left(slash);
    return !bucket.isEmpty() && !rest.contains(QStringLiteral("//"));
}

bool isObsFolder(const QString &path)
{
    return isObsPath(path) && path.endsWith(u'/') && path.size() > 6;
}

bool isAbsolute(const QString &path)
{
    return path.startsWith(u'/');
}

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(path);
}

bool isReservedMountPath(const QString &path)
{
    const QString p = cleanPath(path);
    static const QString modelarts = QStringLiteral("/home/ma-user/modelarts");
    return p == u"/" || p == u"/cache" || p == modelarts || p.startsWith(modelarts + u'/');
}

class Checker
{
public:
    Checker(const Draft &draft, const ValidationContext &context)
        : d(draft)
        , ctx(context)
    {
        customAlgorithm = d.algorithmType == Draft::AlgorithmType::CustomAlgorithm;
        presetImage = customAlgorithm && d.bootMode == Draft::BootMode::PresetImage;
        customImage = customAlgorithm && d.bootMode == Draft::BootMode::CustomImage;
        customizeVersion = presetImage && d.engineVersion == Draft::customizeVersion();
        obsCode = presetImage && d.codeSource == Draft::CodeSource::Obs;
    }

    QList<DraftIssue> run()
    {
        basic();
        algorithm();
        channels(d.inputs, DraftField::Inputs, true);
        channels(d.outputs, DraftField::Outputs, false);
        hyperparameters();
        autoSearch();
        environment();
        restart();
        resource();
        sfsTurbo();
        logs();
        notification();
        autoStop();
        ssh();
        tags();
        return issues;
    }

private:
    void add(DraftField field, const QString &message, int row = -1, bool warning = false)
    {
        issues.append({ field, row, message, warning });
    }

    void basic()
    {
        if (d.name.isEmpty() || d.name.size() > kMaxJobNameLength)
            add(DraftField::Name, QCoreApplication::translate("TrainingJobValidator", "Enter 1 to 64 characters."));
        else if (!namePattern().match(d.name).hasMatch())
            add(DraftField::Name,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Only letters, digits, hyphens (-), and underscores (_) are allowed."));
        else if (ctx.existingJobNames.contains(d.name))
            add(DraftField::Name,
                QCoreApplication::translate("TrainingJobValidator", "A training job with this name already exists."));

        if (d.description.size() > kMaxDescriptionLength)
            add(DraftField::Description,
                QCoreApplication::translate("TrainingJobValidator", "Enter up to 256 characters."));
    }

    void algorithm()
    {
        if (d.algorithmType == Draft::AlgorithmType::MySubscription)
        {
            // AI Gallery ids: no spaces (the API takes them as they are).
            const auto check = [this](const QString &value, DraftField field, const QString &empty)
            {
                if (value.trimmed().isEmpty())
                    add(field, empty);
                else if (value.trimmed().contains(u' ') || value.trimmed().size() > 64)
                    add(field,
                        QCoreApplication::translate("TrainingJobValidator", "Enter the ID as AI Gallery shows it."));
            };
            check(d.subscriptionId, DraftField::SubscriptionId,
                QCoreApplication::translate("TrainingJobValidator", "Enter the subscription ID."));
            check(d.itemVersionId, DraftField::ItemVersionId,
                QCoreApplication::translate("TrainingJobValidator", "Enter the version ID."));
            return;
        }
        if (!customAlgorithm)
        {
            if (d.algorithmId.trimmed().isEmpty())
                add(DraftField::AlgorithmId,
                    QCoreApplication::translate("TrainingJobValidator", "Select an algorithm."));
            return;
        }
        if (presetImage)
        {
            if (d.engineName.isEmpty())
                add(DraftField::Engine, QCoreApplication::translate("TrainingJobValidator", "Select an engine."));
            if (d.engineVersion.isEmpty())
                add(DraftField::EngineVersion,
                    QCoreApplication::translate("TrainingJobValidator", "Select an engine version."));
        }
        if (customImage || customizeVersion)
            checkImage();
        if (obsCode)
        {
            if (d.codeDir.isEmpty())
                add(DraftField::CodeDir,
                    QCoreApplication::translate("TrainingJobValidator", "Select a code directory."));
            else if (!isObsFolder(d.codeDir))
                add(DraftField::CodeDir,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "Enter an OBS folder path, for example obs://bucket/code/."));
        }
        else if (presetImage)
        {
            // Code Source = SFS: a folder of the SFS file system as the container sees it.
            if (d.codeDir.isEmpty())
                add(DraftField::CodeDir,
                    QCoreApplication::translate("TrainingJobValidator", "Enter the code folder in SFS."));
            else if (!isAbsolute(d.codeDir))
                add(DraftField::CodeDir,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "Enter an absolute path, for example /mnt/sfs_turbo/code/."));
        }
        else if (customImage && !d.codeDir.isEmpty() && !isObsFolder(d.codeDir))
        {
            add(DraftField::CodeDir,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Enter an OBS folder path, for example obs://bucket/code/."));
        }
        if (presetImage)
        {
            if (d.bootFile.isEmpty())
                add(DraftField::BootFile, QCoreApplication::translate("TrainingJobValidator", "Select a boot file."));
            else if (!d.bootFile.endsWith(QStringLiteral(".py")) || d.bootFile.endsWith(u'/'))
                add(DraftField::BootFile,
                    QCoreApplication::translate("TrainingJobValidator", "The boot file must be a Python file (.py)."));
            else if (obsCode && isObsFolder(d.codeDir)
                && (!d.bootFile.startsWith(d.codeDir) || d.bootFile.size() <= d.codeDir.size() + 3))
                add(DraftField::BootFile,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "The boot file must be in the code directory."));
        }
        if (customImage)
        {
            if (d.bootCommand.trimmed().isEmpty())
                add(DraftField::BootCommand,
                    QCoreApplication::translate("TrainingJobValidator", "Enter a boot command."));
            checkUserId();
        }
        const bool localCodeDirShown = obsCode || customImage;
        if (localCodeDirShown && !d.localCodeDir.isEmpty() && !isAbsolute(d.localCodeDir))
            add(DraftField::LocalCodeDir,
                QCoreApplication::translate("TrainingJobValidator",
                    "Enter an absolute path, for example /home/ma-user/modelarts/user-job-dir."));
        if (!d.workDir.isEmpty() && !isAbsolute(d.workDir))
            add(DraftField::WorkDir,
                QCoreApplication::translate("TrainingJobValidator",
                    "Enter an absolute path, for example /home/ma-user/modelarts/user-job-dir."));
    }

    void checkImage()
    {
        const QString image = d.image.trimmed();
        if (image.isEmpty())
            add(DraftField::Image, QCoreApplication::translate("TrainingJobValidator", "Enter or select an image."));
        else if (imageHasDomain(image))
            add(DraftField::Image,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Enter the image path without the domain name. The system adds it."));
        else if (!imagePattern().match(image).hasMatch())
            add(DraftField::Image,
                QCoreApplication::translate("TrainingJobValidator",
                    "Enter the image path in the format Organization name/Image name:Version name."));
    }

    void checkUserId()
    {
        const int min = d.dedicatedPool ? 0 : kMinPublicUserId;
        bool ok = false;
        const QString text = d.userId.trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
        const int uid = digits.match(text).hasMatch() ? text.toInt(&ok) : 0;
        if (text.isEmpty())
            return; // optional: the image's default user
        if (!ok || uid < min || uid > kMaxUserId)
        {
            add(DraftField::UserId,
                d.dedicatedPool
                    ? QCoreApplication::translate("TrainingJobValidator", "Enter an integer from 0 to 65535.")
                    : QCoreApplication::translate("TrainingJobValidator", "Enter an integer from 1000 to 65535."));
        }
    }

    void channels(const QList<DataChannel> &list, DraftField field, bool input)
    {
        QSet<QString> seen;
        for (const DataChannel &c : d.inputs)
        {
            if (!input)
                seen.insert(c.name);
        }
        QSet<QString> own;
        for (int row = 0; row < list.size(); ++row)
        {
            const DataChannel &c = list.at(row);
            if (c.name.isEmpty())
                add(field, QCoreApplication::translate("TrainingJobValidator", "Enter a parameter name."), row);
            else if (c.name.size() > 64)
                add(field, QCoreApplication::translate("TrainingJobValidator", "Enter 1 to 64 characters."), row);
            else if (!namePattern().match(c.name).hasMatch())
                add(field,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "Only letters, digits, hyphens (-), and underscores (_) are allowed."),
                    row);
            else if (own.contains(c.name) || seen.contains(c.name))
                add(field, QCoreApplication::translate("TrainingJobValidator", "Parameter names must be unique."), row);
            own.insert(c.name);

            if (c.source == DataChannel::Source::Dataset)
            {
                if (!input)
                    add(field, QCoreApplication::translate("TrainingJobValidator", "Outputs can only be saved to OBS."),
                        row);
                else if (c.datasetId.isEmpty())
                    add(field, QCoreApplication::translate("TrainingJobValidator", "Select a dataset."), row);
                else if (c.datasetVersionId.isEmpty())
                    add(field, QCoreApplication::translate("TrainingJobValidator", "Select a dataset version."), row);
            }
            else if (c.obsPath.isEmpty())
            {
                add(field, QCoreApplication::translate("TrainingJobValidator", "Select a data path."), row);
            }
            else if (!isObsPath(c.obsPath))
            {
                add(field,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "Enter an OBS path, for example obs://bucket/data/."),
                    row);
            }
        }
    }

    template <typename KeyCheck>
    void keyValues(const QList<KeyValue> &rows, DraftField field, int maxRows, const QString &tooMany,
        const QString &duplicate, KeyCheck keyCheck)
    {
        if (rows.size() > maxRows)
            add(field, tooMany);
        QSet<QString> seen;
        for (int row = 0; row < rows.size(); ++row)
        {
            const QString &key = rows.at(row).key;
            const QString problem = keyCheck(rows.at(row));
            if (!problem.isEmpty())
                add(field, problem, row);
            else if (seen.contains(key))
                add(field, duplicate, row);
            seen.insert(key);
        }
    }

    void hyperparameters()
    {
        // My algorithm: values are checked against the algorithm's definitions.
        const bool myAlgorithm = d.algorithmType == Draft::AlgorithmType::MyAlgorithm;
        const std::vector<api::AlgorithmParameter> definitions
            = myAlgorithm ? ctx.algorithmParameters : std::vector<api::AlgorithmParameter>();
        const auto definitionOf = [&](const QString &key) -> const api::AlgorithmParameter *
        {
            for (const api::AlgorithmParameter &p : definitions)
            {
                if (p.name == key)
                    return &p;
            }
            return nullptr;
        };
        keyValues(d.hyperparameters, DraftField::Hyperparameters, kMaxHyperparameters,
            QCoreApplication::translate("TrainingJobValidator", "You can add up to 100 hyperparameters."),
            QCoreApplication::translate("TrainingJobValidator", "This hyperparameter already exists."),
            [&](const KeyValue &kv)
            {
                if (kv.key.isEmpty())
                    return QCoreApplication::translate("TrainingJobValidator", "Enter a name.");
                if (kv.key.size() > 64)
                    return QCoreApplication::translate("TrainingJobValidator", "Enter 1 to 64 characters.");
                if (!namePattern().match(kv.key).hasMatch())
                    return QCoreApplication::translate(
                        "TrainingJobValidator", "Only letters, digits, hyphens (-), and underscores (_) are allowed.");
                if (const api::AlgorithmParameter *def = definitionOf(kv.key))
                    return algorithmParameterProblem(*def, kv.value);
                return QString();
            });
        for (const api::AlgorithmParameter &def : definitions)
        {
            const bool required = def.constraint && def.constraint->required.value_or(false);
            const bool present = std::any_of(d.hyperparameters.begin(), d.hyperparameters.end(),
                [&](const KeyValue &kv) { return kv.key == def.name; });
            if (required && !present)
                add(DraftField::Hyperparameters,
                    QCoreApplication::translate("TrainingJobValidator", "The algorithm requires the hyperparameter %1.")
                        .arg(def.name));
        }
    }

    // Hyperparameter search (user guide "Automatic Model Tuning": the built-in algorithms'
    // parameters, float hyperparameters only).
    void autoSearch()
    {
        const AutoSearchDraft &s = d.autoSearch;
        if (d.algorithmType != Draft::AlgorithmType::MyAlgorithm || !s.enabled)
            return;
        if (s.metric.trimmed().isEmpty())
            add(DraftField::AutoSearchMetric,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Enter the metric the code prints, for example accuracy."));
        if (s.algorithms.isEmpty())
            add(DraftField::AutoSearchAlgorithms,
                QCoreApplication::translate("TrainingJobValidator", "Choose at least one search algorithm."));
        for (const QString &name : s.algorithms)
        {
            if (!autoSearchAlgorithms().contains(name))
                add(DraftField::AutoSearchAlgorithms,
                    QCoreApplication::translate("TrainingJobValidator", "%1 is not a search algorithm of ModelArts.")
                        .arg(name));
        }
        keyValues(s.parameters, DraftField::AutoSearchParameters, kMaxHyperparameters,
            QCoreApplication::translate("TrainingJobValidator", "You can add up to 100 parameters."),
            QCoreApplication::translate("TrainingJobValidator", "This parameter already exists."),
            [&](const KeyValue &kv)
            {
                const QString key = kv.key.trimmed();
                const QString value = kv.value.trimmed();
                if (key.isEmpty())
                    return QCoreApplication::translate("TrainingJobValidator", "Enter a name.");
                if (value.isEmpty())
                    return QCoreApplication::translate("TrainingJobValidator", "Enter a value.");
                const QString type = autoSearchParameterType(key);
                bool ok = false;
                if (type == u"Integer")
                {
                    value.toLongLong(&ok);
                    if (!ok)
                        return QCoreApplication::translate("TrainingJobValidator", "%1 is a whole number.").arg(key);
                }
                else if (type == u"Float")
                {
                    const double v = value.toDouble(&ok);
                    if (!ok)
                        return QCoreApplication::translate("TrainingJobValidator", "%1 is a number.").arg(key);
                    if (key == u"gamma" && (v <= 0 || v >= 1))
                        return QCoreApplication::translate("TrainingJobValidator", "gamma is between 0 and 1.");
                }
                else if (key == u"kind" && value != u"ucb" && value != u"ei" && value != u"poi")
                {
                    return QCoreApplication::translate("TrainingJobValidator", "kind is ucb, ei or poi.");
                }
                return QString();
            });
        for (int row = 0; row < s.parameters.size(); ++row)
        {
            const KeyValue &kv = s.parameters.at(row);
            bool ok = false;
            const qlonglong samples = kv.value.trimmed().toLongLong(&ok);
            if (kv.key.trimmed() == u"num_samples" && ok && (samples < 10 || samples > 20))
                add(DraftField::AutoSearchParameters,
                    QCoreApplication::translate("TrainingJobValidator",
                        "Recommended: 10 to 20. More samples take longer and find better values."),
                    row, true);
        }
        if (s.ranges.isEmpty())
            add(DraftField::AutoSearchRanges,
                QCoreApplication::translate(
                    "TrainingJobValidator", "The algorithm defines no hyperparameter to search."));
        for (int row = 0; row < s.ranges.size(); ++row)
        {
            const SearchRange &r = s.ranges.at(row);
            bool lowerOk = false;
            bool upperOk = false;
            const double lower = r.lower.trimmed().toDouble(&lowerOk);
            const double upper = r.upper.trimmed().toDouble(&upperOk);
            const auto definition = std::find_if(ctx.algorithmParameters.cbegin(), ctx.algorithmParameters.cend(),
                [&](const api::AlgorithmParameter &p) { return p.name == r.name; });
            const QString type = definition != ctx.algorithmParameters.cend() && definition->constraint
                ? definition->constraint->type.value_or(QString())
                : QString();
            if (!type.isEmpty() && type != u"Float")
                add(DraftField::AutoSearchRanges,
                    QCoreApplication::translate("TrainingJobValidator", "Only Float hyperparameters can be searched."),
                    row);
            else if (!lowerOk || !upperOk)
                add(DraftField::AutoSearchRanges,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "Enter the lower and the upper bound as numbers."),
                    row);
            else if (lower >= upper)
                add(DraftField::AutoSearchRanges,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "The lower bound must be less than the upper bound."),
                    row);
        }
    }

    void environment()
    {
        keyValues(d.environment, DraftField::Environment, kMaxEnvironmentVariables,
            QCoreApplication::translate("TrainingJobValidator", "You can add up to 100 environment variables."),
            QCoreApplication::translate("TrainingJobValidator", "This environment variable already exists."),
            [](const KeyValue &kv)
            {
                if (kv.key.isEmpty())
                    return QCoreApplication::translate("TrainingJobValidator", "Enter a name.");
                if (!envNamePattern().match(kv.key).hasMatch())
                    return QCoreApplication::translate("TrainingJobValidator",
                        "Only letters, digits, and underscores (_) are allowed, and the name cannot start "
                        "with a digit.");
                return QString();
            });
        for (int row = 0; row < d.environment.size(); ++row)
        {
            if (d.environment.at(row).key.startsWith(QStringLiteral("MA_")))
                add(DraftField::Environment,
                    QCoreApplication::translate("TrainingJobValidator",
                        "Names starting with MA_ may conflict with system environment variables."),
                    row, true);
        }
    }

    void restart()
    {
        if (d.autoRestart && (d.restartCount < kMinRestartCount || d.restartCount > kMaxRestartCount))
            add(DraftField::RestartCount,
                QCoreApplication::translate("TrainingJobValidator", "Enter an integer from 1 to 128."));
    }

    void resource()
    {
        if (d.dedicatedPool)
        {
            if (d.poolId.isEmpty())
                add(DraftField::Pool, QCoreApplication::translate("TrainingJobValidator", "Select a resource pool."));
        }
        else if (d.resourceType.isEmpty())
        {
            add(DraftField::ResourceType,
                QCoreApplication::translate("TrainingJobValidator", "Select a resource type."));
        }
        if (d.flavorId.isEmpty())
            add(DraftField::Flavor, QCoreApplication::translate("TrainingJobValidator", "Select a specification."));
        if (ctx.maxNodeCount > 0 && (d.nodeCount < 1 || d.nodeCount > ctx.maxNodeCount))
            add(DraftField::NodeCount,
                QCoreApplication::translate("TrainingJobValidator", "Enter an integer from 1 to %1.")
                    .arg(ctx.maxNodeCount));
        else if (d.nodeCount < 1)
            add(DraftField::NodeCount,
                QCoreApplication::translate("TrainingJobValidator", "Enter an integer greater than or equal to 1."));
        if (d.dedicatedPool)
        {
            if (d.priority < 1 || d.priority > 3)
                add(DraftField::Priority,
                    QCoreApplication::translate("TrainingJobValidator", "Select a priority from 1 to 3."));
            else if (d.priority == 3 && !ctx.mayUseHighestPriority)
                add(DraftField::Priority,
                    QCoreApplication::translate("TrainingJobValidator",
                        "Priority 3 requires the modelarts:trainJob:setHighPriority permission."));
        }
    }

    void sfsTurbo()
    {
        if (!d.dedicatedPool)
            return; // SFS Turbo is not shown for the public pool (and not sent)
        if (d.sfsTurbo.size() > kMaxSfsTurboMounts)
            add(DraftField::SfsTurbo,
                QCoreApplication::translate("TrainingJobValidator", "You can add up to 5 mount configurations."));
        QSet<QString> paths;
        for (int row = 0; row < d.sfsTurbo.size(); ++row)
        {
            const SfsTurboMount &m = d.sfsTurbo.at(row);
            if (m.fileSystem.isEmpty())
                add(DraftField::SfsTurbo, QCoreApplication::translate("TrainingJobValidator", "Select a file system."),
                    row);
            if (m.mountPath.isEmpty())
                add(DraftField::SfsTurbo, QCoreApplication::translate("TrainingJobValidator", "Enter a mount path."),
                    row);
            else if (!isAbsolute(m.mountPath))
                add(DraftField::SfsTurbo,
                    QCoreApplication::translate("TrainingJobValidator", "Enter an absolute path."), row);
            else if (isReservedMountPath(m.mountPath))
                add(DraftField::SfsTurbo,
                    QCoreApplication::translate(
                        "TrainingJobValidator", "This path is reserved by the system. Use another mount path."),
                    row);
            else if (paths.contains(cleanPath(m.mountPath)))
                add(DraftField::SfsTurbo,
                    QCoreApplication::translate("TrainingJobValidator", "Each mount path can be used only once."), row);
            if (!m.mountPath.isEmpty())
                paths.insert(cleanPath(m.mountPath));
        }
    }

    void logs()
    {
        if (!d.persistentLog)
            return;
        // The switch is shown for CPU and GPU flavors only; Ascend jobs take the path as well,
        // but do not need it.
        const bool required = ctx.flavorType.compare(u"Ascend", Qt::CaseInsensitive) != 0;
        if (d.logPath.isEmpty())
        {
            if (required)
                add(DraftField::LogPath, QCoreApplication::translate("TrainingJobValidator", "Select a job log path."));
        }
        else if (!isObsFolder(d.logPath))
        {
            add(DraftField::LogPath,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Enter an OBS folder path, for example obs://bucket/logs/."));
        }
    }

    void notification()
    {
        if (!d.notification)
            return;
        if (d.topicUrn.trimmed().isEmpty())
            add(DraftField::NotificationTopic, QCoreApplication::translate("TrainingJobValidator", "Select a topic."));
        if (d.notificationEvents.isEmpty())
            add(DraftField::NotificationEvents,
                QCoreApplication::translate("TrainingJobValidator", "Select at least one event."));
        else if (d.notificationEvents.contains(QStringLiteral("JobHanged")) && !ctx.flavorType.isEmpty()
            && ctx.flavorType.compare(u"GPU", Qt::CaseInsensitive) != 0
            && ctx.flavorType.compare(u"Ascend", Qt::CaseInsensitive) != 0)
            add(DraftField::NotificationEvents,
                QCoreApplication::translate(
                    "TrainingJobValidator", "JobHanged is available only for GPU and Ascend jobs."));
    }

    void autoStop()
    {
        if (d.autoStop && (d.autoStopHours < 1 || d.autoStopHours > kMaxAutoStopHours))
            add(DraftField::AutoStopHours,
                QCoreApplication::translate("TrainingJobValidator", "Enter an integer from 1 to 720."));
    }

    void ssh()
    {
        if (d.sshTrust && !isAbsolute(d.sshKeyDir.trimmed()))
            add(DraftField::SshKeyDir,
                QCoreApplication::translate(
                    "TrainingJobValidator", "Enter an absolute path, for example /home/ma-user/.ssh."));
    }

    void tags()
    {
        keyValues(d.tags, DraftField::Tags, kMaxTags,
            QCoreApplication::translate("TrainingJobValidator", "You can add up to 20 tags."),
            QCoreApplication::translate("TrainingJobValidator", "This tag key already exists."),
            [](const KeyValue &kv)
            {
                if (kv.key.trimmed().isEmpty())
                    return QCoreApplication::translate("TrainingJobValidator", "Enter a tag key.");
                if (kv.key.size() > 128)
                    return QCoreApplication::translate(
                        "TrainingJobValidator", "Enter 1 to 128 characters for the tag key.");
                if (kv.value.size() > 255)
                    return QCoreApplication::translate(
                        "TrainingJobValidator", "Enter up to 255 characters for the tag value.");
                return QString();
            });
    }

    const Draft &d;
    const ValidationContext &ctx;
    bool customAlgorithm = false;
    bool presetImage = false;
    bool customImage = false;
    bool customizeVersion = false;
    bool obsCode = false;
    QList<DraftIssue> issues;
};
} // namespace

QString algorithmParameterProblem(const api::AlgorithmParameter &definition, const QString &value)
{
    const api::ParameterConstraint c = definition.constraint.value_or(api::ParameterConstraint());
    const QString text = value.trimmed();
    if (text.isEmpty())
        return c.required.value_or(false) ? QCoreApplication::translate("TrainingJobValidator", "Enter a value.")
                                          : QString();
    const QString type = c.type.value_or(QString());
    bool ok = true;
    double number = 0;
    if (type.compare(u"Integer", Qt::CaseInsensitive) == 0)
    {
        number = static_cast<double>(text.toLongLong(&ok));
        if (!ok)
            return QCoreApplication::translate("TrainingJobValidator", "Enter a whole number.");
    }
    else if (type.compare(u"Float", Qt::CaseInsensitive) == 0)
    {
        number = text.toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("TrainingJobValidator", "Enter a number.");
    }
    else if (type.compare(u"Boolean", Qt::CaseInsensitive) == 0)
    {
        if (text != u"true" && text != u"false")
            return QCoreApplication::translate("TrainingJobValidator", "Enter true or false.");
        return QString();
    }
    const std::vector<QString> range = c.validRange.value_or(std::vector<QString>());
    const QString validType = c.validType.value_or(QString());
    const bool numeric
        = type.compare(u"Integer", Qt::CaseInsensitive) == 0 || type.compare(u"Float", Qt::CaseInsensitive) == 0;
    if (validType.compare(u"Range", Qt::CaseInsensitive) == 0 && range.size() == 2 && numeric)
    {
        bool lowOk = false;
        bool highOk = false;
        const double low = range[0].toDouble(&lowOk);
        const double high = range[1].toDouble(&highOk);
        if (lowOk && highOk && (number < low || number > high))
            return QCoreApplication::translate("TrainingJobValidator", "Enter a value from %1 to %2.")
                .arg(range[0], range[1]);
    }
    else if (validType.compare(u"Enum", Qt::CaseInsensitive) == 0 && !range.empty()
        && std::find(range.begin(), range.end(), text) == range.end())
    {
        QStringList values;
        for (const QString &v : range)
            values << v;
        return QCoreApplication::translate("TrainingJobValidator", "Choose one of: %1.")
            .arg(values.join(QStringLiteral(", ")));
    }
    return QString();
}

QList<DraftIssue> validateDraft(const TrainingJobDraft &draft, const ValidationContext &context)
{
    return Checker(draft, context).run();
}

QList<DraftIssue> validateField(const TrainingJobDraft &draft, DraftField field, const ValidationContext &context)
{
    QList<DraftIssue> out;
    for (const DraftIssue &issue : validateDraft(draft, context))
    {
        if (issue.field == field)
            out.append(issue);
    }
    return out;
}

bool isSubmittable(const QList<DraftIssue> &issues)
{
    for (const DraftIssue &issue : issues)
    {
        if (!issue.warning)
            return false;
    }
    return true;
}
} // namespace ma::models
