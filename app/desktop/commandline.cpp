#include "commandline.h"

#include <QCommandLineParser>

namespace ma::desktop
{
namespace
{
const QString kEndpoint = QStringLiteral("endpoint");
const QString kIamEndpoint = QStringLiteral("iam-endpoint");
const QString kRegion = QStringLiteral("region");
const QString kProjectId = QStringLiteral("project-id");
const QString kProfile = QStringLiteral("profile");

const QString kScreenshots = QStringLiteral("screenshots");

std::optional<QUrl> parseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
        return std::nullopt;
    return url;
}
} // namespace

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for Huawei Cloud ModelArts."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        { kEndpoint, tr("ModelArts endpoint, for example https://modelarts.cn-north-4.myhuaweicloud.com."), tr("url") },
        { kIamEndpoint, tr("IAM endpoint (default: the region's)."), tr("url") },
        { kRegion, tr("Region id, for example cn-north-4 (default: HUAWEICLOUD_SDK_REGION)."), tr("region") },
        { kProjectId, tr("Project id (default: HUAWEICLOUD_SDK_PROJECT_ID, else looked up)."), tr("id") },
        { kProfile, tr("Open this connection profile."), tr("name") },
        { kScreenshots,
            tr("Run a fresh Local backend, walk through the main pages, save a screenshot of each into this "
               "folder and quit (scripts/screenshots)."),
            tr("folder") },
    });
    if (!parser.parse(arguments))
    {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty())
    {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    CommandLineOptions options;
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    options.helpText = parser.helpText();
    for (const auto &[name, target] :
        { std::pair { kEndpoint, &options.endpoint }, std::pair { kIamEndpoint, &options.iamEndpoint } })
    {
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        const std::optional<QUrl> url = parseUrl(value);
        if (!url)
        {
            *error = tr("--%1: \"%2\" is not an http or https URL.").arg(name, value);
            return std::nullopt;
        }
        *target = *url;
    }
    options.region = parser.value(kRegion).trimmed();
    options.projectId = parser.value(kProjectId).trimmed();
    options.profile = parser.value(kProfile);
    options.screenshotDir = parser.value(kScreenshots);
    if (parser.isSet(kProfile) && options.profile.isEmpty())
    {
        *error = tr("--profile: the profile name is empty.");
        return std::nullopt;
    }
    return options;
}

StartChoice chooseStartProfile(
    const QStringList &arguments, const QProcessEnvironment &environment, const ProfileStore &store)
{
    StartChoice choice;
    QString error;
    const std::optional<CommandLineOptions> options = CommandLine::parse(arguments, &error);
    if (!options)
    {
        choice.error = error;
        return choice;
    }

    auto applyOverrides = [&options](Profile &p)
    {
        if (!options->endpoint.isEmpty())
            p.modelArtsEndpoint = options->endpoint;
        if (!options->iamEndpoint.isEmpty())
            p.iamEndpoint = options->iamEndpoint;
        if (!options->region.isEmpty())
            p.region = options->region;
        if (!options->projectId.isEmpty())
            p.projectId = options->projectId;
    };

    if (!options->profile.isEmpty())
    {
        const std::optional<Profile> named = store.profile(options->profile);
        if (!named)
        {
            choice.error = CommandLine::tr("There is no connection profile named \"%1\".").arg(options->profile);
            return choice;
        }
        choice.profile = *named;
        // The local backend's address and identity are its own: options do not apply to it.
        if (named->kind != Profile::Kind::Local)
            applyOverrides(choice.profile);
        choice.explicitChoice = true;
        return choice;
    }

    const auto env = [&environment](const char *name)
    {
        return environment.value(QString::fromLatin1(name)).trimmed();
    };
    const bool haveKeys = !env("HUAWEICLOUD_SDK_AK").isEmpty() && !env("HUAWEICLOUD_SDK_SK").isEmpty();
    if (haveKeys || !options->endpoint.isEmpty())
    {
        Profile p;
        p.name = CommandLine::tr("Environment");
        p.kind = Profile::Kind::Environment;
        p.auth = Profile::AuthMethod::AccessKey;
        p.region = env("HUAWEICLOUD_SDK_REGION");
        p.projectId = env("HUAWEICLOUD_SDK_PROJECT_ID");
        p.iamEndpoint = QUrl(env("HUAWEICLOUD_SDK_IAM_ENDPOINT"));
        applyOverrides(p);
        if (p.region.isEmpty())
        {
            choice.error = CommandLine::tr("No region: give --region or set HUAWEICLOUD_SDK_REGION.");
            return choice;
        }
        choice.profile = p;
        choice.explicitChoice = true;
        return choice;
    }

    if (options->iamEndpoint.isValid() || !options->region.isEmpty() || !options->projectId.isEmpty())
    {
        choice.error = CommandLine::tr("--iam-endpoint, --region and --project-id need --endpoint, --profile or "
                                       "HUAWEICLOUD_SDK_AK/SK.");
        return choice;
    }

    const std::optional<Profile> last = store.profile(store.lastUsed());
    choice.profile = last ? *last : Profile::local();
    return choice;
}
} // namespace ma::desktop
