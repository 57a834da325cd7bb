#include <QApplication>
#include <QLabel>
#include <QMainWindow>

// Until the desktop shell lands (issue "The desktop shell and training jobs end to end"),
// the window is plain and claims nothing it cannot do.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelArtsDesktop"));
    QApplication::setApplicationName(QStringLiteral("ModelArts Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

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
