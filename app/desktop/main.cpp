#include "api/apierror.h"
#include "commandline.h"
#include "connectionmanager.h"
#include "desktopwindows.h"
#include "localbackendhost.h"
#include "models/connection.h"
#include "profile.h"
#include "screenshottour.h"
#include "secretstore.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "widgets/theme.h"
#include "widgets/wheelguard.h"

#include <cstdio>
#include <memory>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTranslator>

using namespace ma;

namespace
{
// QT_LOGGING_RULES="ma.i18n.debug=true" tells which translation file was loaded.
Q_LOGGING_CATEGORY(lcI18n, "ma.i18n", QtInfoMsg)

/** Names the application (settings, --version) the same for the terminal and the window. */
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ModelArtsDesktop"));
    QCoreApplication::setApplicationName(QStringLiteral("ModelArts Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

/**
 * The language chosen in Settings, else the system's: Qt's own strings first, then ours; "en"
 * finds no file and keeps the English source strings. The installed .qm files
 * (share/modelarts-desktop/translations) win over the embedded ones.
 */
void installTranslations()
{
    static QTranslator qtTranslator;
    static QTranslator appTranslator;
    const QString language = ui::AppSettings().language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    if (qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    const QString installed
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(MA_TRANSLATIONS_RELATIVE_DIR));
    for (const QString &dir : { installed, QStringLiteral(":/i18n") })
    {
        if (appTranslator.load(locale, QStringLiteral("modelarts"), QStringLiteral("_"), dir))
        {
            QCoreApplication::installTranslator(&appTranslator);
            qCDebug(lcI18n) << "translations:" << appTranslator.filePath();
            break;
        }
    }
}

/**
 * True when argv asks for --help or --version: answered on the terminal, with no display
 * needed. (Other options are parsed after QApplication, which takes out its own, -style...)
 */
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
    {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

/** Prints the help or the version (exit 0), or why the options are wrong (exit 2). */
int answerOnTerminal()
{
    QString parseError;
    const std::optional<desktop::CommandLineOptions> options
        = desktop::CommandLine::parse(QCoreApplication::arguments(), &parseError);
    if (!options)
    {
        std::fputs(qPrintable(parseError + u'\n'), stderr);
        return 2;
    }
    if (options->helpRequested)
        std::fputs(qPrintable(options->helpText), stdout);
    else
        std::fputs(
            qPrintable(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n'),
            stdout);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    // A terminal without a display (ssh, a package's post-install check) still gets --help.
    if (asksForHelpOrVersion(argc, argv))
    {
        QCoreApplication app(argc, argv);
        nameApplication();
        installTranslations();
        return answerOnTerminal();
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/modelarts/modelarts-desktop.svg")));
    QApplication::setDesktopFileName(QStringLiteral("modelarts-desktop"));
    // Light, dark or the system's (Settings > Theme; MA_THEME overrides it, e.g. for screenshots).
    const QString theme
        = qEnvironmentVariableIsSet("MA_THEME") ? qEnvironmentVariable("MA_THEME") : ui::AppSettings().theme();
    widgets::Theme::apply(app, theme);
    // Forms scroll under the wheel; a field the pointer passes over keeps its value.
    widgets::WheelGuard::install(&app);
    installTranslations();

    QString parseError;
    const std::optional<desktop::CommandLineOptions> options
        = desktop::CommandLine::parse(QApplication::arguments(), &parseError);
    desktop::ProfileStore profiles;
    desktop::StartChoice start
        = desktop::chooseStartProfile(QApplication::arguments(), QProcessEnvironment::systemEnvironment(), profiles);
    if (!start.ok())
    {
        std::fputs(qPrintable(start.error + u'\n'), stderr);
        return 2;
    }

    desktop::SecretStore secrets;
    desktop::LocalBackendHost localBackend;

    // Screenshot mode runs on a fresh Local backend (demo data) that is thrown away afterwards.
    const bool screenshotMode = options && !options->screenshotDir.isEmpty();
    std::unique_ptr<QTemporaryDir> screenshotData;
    if (screenshotMode)
    {
        screenshotData = std::make_unique<QTemporaryDir>();
        localBackend.setDataDir(screenshotData->path());
        start.profile = desktop::Profile::local();
    }

    // Regions side by side: File > New Window opens another window with its own connection.
    desktop::DesktopWindows windows({ &profiles, &secrets, &localBackend, !screenshotMode });
    QObject::connect(&windows, &desktop::DesktopWindows::windowOpened, &app,
        [&app](desktop::DesktopWindow *opened)
        {
            QObject::connect(opened->window()->page<ui::SettingsPage>(), &ui::SettingsPage::themeChanged, &app,
                [&app](const QString &scheme) { widgets::Theme::apply(app, scheme); });
        });
    desktop::DesktopWindow *first = windows.open(start.profile);

    if (screenshotMode)
    {
        auto *tour = new desktop::ScreenshotTour(first->window(), options->screenshotDir, &app);
        QObject::connect(tour, &desktop::ScreenshotTour::finished, &app,
            [](bool ok, const QString &message)
            {
                std::fputs(qPrintable(message + u'\n'), ok ? stdout : stderr);
                QCoreApplication::exit(ok ? 0 : 1);
            });
        tour->start();
    }
    return app.exec();
}
