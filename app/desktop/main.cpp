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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelArtsDesktop"));
    QApplication::setApplicationName(QStringLiteral("ModelArts Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/modelarts/modelarts-desktop.svg")));
    QApplication::setDesktopFileName(QStringLiteral("modelarts-desktop"));
    // Light, dark or the system's (Settings > Theme; MA_THEME overrides it, e.g. for screenshots).
    const QString theme
        = qEnvironmentVariableIsSet("MA_THEME") ? qEnvironmentVariable("MA_THEME") : ui::AppSettings().theme();
    widgets::Theme::apply(app, theme);
    // Forms scroll under the wheel; a field the pointer passes over keeps its value.
    widgets::WheelGuard::install(&app);

    // The language chosen in Settings, else the system's. Qt's own strings first, then ours;
    // "en" finds no file and keeps the English source strings.
    const QString language = ui::AppSettings().language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // The installed .qm files (share/modelarts-desktop/translations) win over the embedded ones.
    QTranslator appTranslator;
    const QString installed
        = QDir::cleanPath(QApplication::applicationDirPath() + u'/' + QStringLiteral(MA_TRANSLATIONS_RELATIVE_DIR));
    for (const QString &dir : { installed, QStringLiteral(":/i18n") })
    {
        if (appTranslator.load(locale, QStringLiteral("modelarts"), QStringLiteral("_"), dir))
        {
            QApplication::installTranslator(&appTranslator);
            qCDebug(lcI18n) << "translations:" << appTranslator.filePath();
            break;
        }
    }

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
