#pragma once

// The start-up options (--endpoint, --iam-endpoint, --region, --project-id, --profile) and
// the HUAWEICLOUD_SDK_* variables decide which profile the app opens first.

#include "profile.h"

#include <optional>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace ma::desktop
{
/** @brief The options as given; empty members were not given. */
struct CommandLineOptions
{
    QUrl endpoint;
    QUrl iamEndpoint;
    QString region;
    QString projectId;
    QString profile;
    QString screenshotDir; // --screenshots: save the README screenshots here and quit
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;
};

/** @brief Which profile to open at start, or why none can be chosen. */
struct StartChoice
{
    Profile profile;
    QString error; // non-empty: the options were wrong; profile is not meaningful then
    /** True when options or environment variables chose the profile (open it at once). */
    bool explicitChoice = false;

    bool ok() const { return error.isEmpty(); }
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /** Parses @p arguments (argv, program name first). nullopt with @p error when invalid. */
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error);
};

/**
 * Decides the start profile: an explicit --profile wins (with the other options applied on
 * top); else HUAWEICLOUD_SDK_AK/SK or --endpoint give an "Environment" profile; else the
 * last-used profile, or "Local". Pure apart from reading @p store.
 */
StartChoice chooseStartProfile(
    const QStringList &arguments, const QProcessEnvironment &environment, const ProfileStore &store);
} // namespace ma::desktop
