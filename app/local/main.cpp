// modelarts-local: the embedded ModelArts-compatible backend as a standalone executable.

#include "server/localserver.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <sys/socket.h>
#include <unistd.h>

namespace
{
int g_signalPipe[2] = { -1, -1 };

void onQuitSignal(int signal)
{
    // Async-signal-safe only: a byte to the event loop; a second signal gets the default handling.
    std::signal(signal, SIG_DFL);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

/**
 * SIGINT and SIGTERM end the event loop instead of the process, so that the backend closes its
 * database (SQLite folds the write-ahead log back in and removes it) and saves its metrics
 * history. Nothing acknowledged depends on it: every write is committed, and a kill -9 loses
 * only the history since its last periodic save.
 */
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app,
        []
        {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

/**
 * A secret from, in order: --<name>-file (its first line), the environment variable @p envName,
 * or --<name> (visible to every local user in ps, hence the warning). False with @p error set
 * when the file cannot be read.
 */
bool readSecret(const QCommandLineParser &parser, const QCommandLineOption &plain, const QCommandLineOption &file,
    const char *envName, QString *secret, QString *error, QTextStream &err)
{
    if (parser.isSet(file))
    {
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly))
        {
            *error = QStringLiteral("cannot read --%1 %2: %3")
                         .arg(file.names().constFirst(), f.fileName(), f.errorString());
            return false;
        }
        QByteArray line = f.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        return true;
    }
    if (qEnvironmentVariableIsSet(envName))
    {
        *secret = qEnvironmentVariable(envName);
        return true;
    }
    if (parser.isSet(plain))
    {
        err << "modelarts-local: warning: --" << plain.names().constFirst()
            << " is visible to other users in ps; prefer --" << file.names().constFirst() << " or " << envName
            << Qt::endl;
        *secret = parser.value(plain);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelArtsDesktop"));
    QCoreApplication::setApplicationName(QStringLiteral("modelarts-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A ModelArts-compatible REST backend: the same paths and JSON as Huawei Cloud ModelArts, "
                       "with state in SQLite and a 'local' pool that runs jobs on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
        QStringLiteral("Allow a non-loopback --host (the API is then reachable from the network)."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Folder for the database and job files."), QStringLiteral("path"));
    const QCommandLineOption ak(
        QStringLiteral("ak"), QStringLiteral("Access key accepted for AK/SK signing."), QStringLiteral("key"));
    const QCommandLineOption sk(QStringLiteral("sk"),
        QStringLiteral(
            "Secret key accepted for AK/SK signing (visible in ps: prefer --sk-file or MODELARTS_LOCAL_SK)."),
        QStringLiteral("key"));
    const QCommandLineOption skFile(QStringLiteral("sk-file"),
        QStringLiteral("Read the secret key from the first line of this file."), QStringLiteral("path"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
        QStringLiteral("Project id (generated and kept on first start when not given)."), QStringLiteral("id"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("IAM user name for password tokens (default admin)."), QStringLiteral("name"),
        QStringLiteral("admin"));
    const QCommandLineOption password(QStringLiteral("password"),
        QStringLiteral("IAM password (generated and kept on first start when not given; visible in ps: prefer "
                       "--password-file or MODELARTS_LOCAL_PASSWORD)."),
        QStringLiteral("password"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("Read the IAM password from the first line of this file."), QStringLiteral("path"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
        QStringLiteral("Run lifecycles this many times faster (default 1)."), QStringLiteral("factor"),
        QStringLiteral("1"));
    const QCommandLineOption empty(QStringLiteral("empty"), QStringLiteral("Start without demo data."));
    parser.addOptions({ host, allowRemote, port, dataDir, ak, sk, skFile, projectId, user, password, passwordFile,
        timeScale, empty });
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QHostAddress address(parser.value(host));
    if (address.isNull())
    {
        err << "modelarts-local: --host is not an IP address: " << parser.value(host) << Qt::endl;
        return 2;
    }
    if (!address.isLoopback() && !parser.isSet(allowRemote))
    {
        err << "modelarts-local: refusing to listen on " << address.toString()
            << " (not a loopback address); add --allow-remote if you mean it" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
    {
        err << "modelarts-local: --port must be 0-65535" << Qt::endl;
        return 2;
    }
    const double scale = parser.value(timeScale).toDouble(&ok);
    if (!ok || scale <= 0)
    {
        err << "modelarts-local: --time-scale must be a positive number" << Qt::endl;
        return 2;
    }

    QString secretKey;
    QString passwordValue;
    QString secretError;
    if (!readSecret(parser, sk, skFile, "MODELARTS_LOCAL_SK", &secretKey, &secretError, err)
        || !readSecret(parser, password, passwordFile, "MODELARTS_LOCAL_PASSWORD", &passwordValue, &secretError, err))
    {
        err << "modelarts-local: " << secretError << Qt::endl;
        return 2;
    }

    ma::server::ServerConfig config;
    config.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                           : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.accessKey = parser.value(ak).toUtf8();
    config.secretKey = secretKey.toUtf8();
    config.projectId = parser.value(projectId);
    config.userName = parser.value(user);
    config.password = passwordValue;
    config.timeScale = scale;
    config.demoData = !parser.isSet(empty);

    ma::server::LocalServer server(config);
    QString error;
    if (!server.start(address, static_cast<quint16>(portValue), &error))
    {
        err << "modelarts-local: " << error << Qt::endl;
        return 1;
    }
    const ma::server::ServerConfig &c = server.config();
    out << "modelarts-local " << QCoreApplication::applicationVersion() << " listening on " << server.url().toString()
        << Qt::endl
        << "  data dir:   " << c.dataDir << Qt::endl
        << "  project id: " << c.projectId << "  (region " << c.region << ")" << Qt::endl
        << "  IAM user:   " << c.domainName << "/" << c.userName << "  password: " << c.password << Qt::endl
        << "  AK/SK:      " << QString::fromUtf8(c.accessKey) << " / " << QString::fromUtf8(c.secretKey) << Qt::endl
        << "  ready in " << startup.elapsed() << " ms" << Qt::endl;

    quitOnSignals(app);
    return app.exec();
}
