#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

// Until the desktop shell lands (issue "The desktop shell and training jobs end to end"),
// the window is plain and claims nothing it cannot do.
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

    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "ModelArts Desktop"));
    auto *label = new QLabel(QApplication::translate("main", "ModelArts Desktop %1\n\nThe console pages are not built yet.")
                                 .arg(QApplication::applicationVersion()),
                             &window);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(48);
    window.setCentralWidget(label);
    window.resize(720, 420);
    window.show();
    return app.exec();
}
