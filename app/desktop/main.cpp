#include "api/apierror.h"
#include "commandline.h"
#include "connectionmanager.h"
#include "models/connection.h"
#include "profile.h"
#include "secretstore.h"

#include <cstdio>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include "ui/mainwindow.h"

using namespace ma;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelArtsDesktop"));
    QApplication::setApplicationName(QStringLiteral("ModelArts Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    // Qt's own strings first, then ours; both follow the system language until Settings exist.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("modelarts"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // --help and --version answer on the terminal; wrong options end with exit code 2.
    QString parseError;
    const std::optional<desktop::CommandLineOptions> options
        = desktop::CommandLine::parse(QApplication::arguments(), &parseError);
    if (options && options->helpRequested)
    {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options && options->versionRequested)
    {
        std::fputs(
            qPrintable(QApplication::applicationName() + u' ' + QApplication::applicationVersion() + u'\n'), stdout);
        return 0;
    }
    desktop::ProfileStore profiles;
    const desktop::StartChoice start
        = desktop::chooseStartProfile(QApplication::arguments(), QProcessEnvironment::systemEnvironment(), profiles);
    if (!start.ok())
    {
        std::fputs(qPrintable(start.error + u'\n'), stderr);
        return 2;
    }

    desktop::SecretStore secrets;
    desktop::ConnectionManager connections;

    ui::MainWindow window;
    auto showConnection = [&window](models::Connection *connection)
    {
        window.setConnection(connection);
    };
    auto showFailure = [&window](const QString &message)
    {
        window.showError(api::ApiError::auth(message));
    };

    QObject::connect(&connections, &desktop::ConnectionManager::connectionReady, &window,
        [&profiles, &connections, showConnection](models::Connection *connection)
        {
            showConnection(connection);
            // Environment profiles exist only for this run; never remember them.
            if (connections.currentProfile().kind != desktop::Profile::Kind::Environment)
                profiles.setLastUsed(connections.currentProfile().name);
        });
    QObject::connect(&connections, &desktop::ConnectionManager::connectionFailed, &window, showFailure);
    QObject::connect(&secrets, &desktop::SecretStore::fellBackToMemory, &window,
        [&window](const QString &reason) { window.statusBar()->showMessage(reason); });

    window.show();

    // Open the start profile once the window is up: the local backend starts in-process.
    const desktop::Profile profile = start.profile;
    QTimer::singleShot(0, &connections,
        [&connections, &secrets, profile]
        {
            if (!profile.needsSecret())
            {
                connections.open(profile);
                return;
            }
            secrets.read(profile.secretKey(), &connections,
                [&connections, profile](bool, const desktop::Secret &secret, const QString &)
                { connections.open(profile, secret.secret, secret.securityToken); });
        });
    return app.exec();
}
