#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// The embedded backend is the subject of its own issue; until it lands this
// executable only answers --help/--version and says so.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modelarts-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ModelArts-compatible local backend (not implemented yet)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QTextStream(stderr) << "modelarts-local: the local backend is not implemented yet\n";
    return 1;
}
