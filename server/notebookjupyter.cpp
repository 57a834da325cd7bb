#include "notebookjupyter.h"

#include "localexecutor.h"
#include "serverutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ma::server
{
namespace
{
constexpr int kPollMs = 200;

/** A port nobody listens on now; Jupyter's --port-retries=0 turns a lost race into a start failure. */
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString randomToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return token;
}
} // namespace

LocalJupyter::LocalJupyter(JupyterLaunch launch, QObject *parent)
    : QObject(parent)
    , m_launch(std::move(launch))
    , m_pollTimer(new QTimer(this))
    , m_timeoutTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kPollMs);
    m_timeoutTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &LocalJupyter::poll);
    connect(m_timeoutTimer, &QTimer::timeout, this, &LocalJupyter::onTimeout);
}

LocalJupyter::~LocalJupyter()
{
    if (m_executor)
        m_executor->disconnect(this); // its destructor kills and reaps a still-running tree
}

QStringList LocalJupyter::findProgram()
{
    const QString configured = qEnvironmentVariable(kProgramVariable).trimmed();
    if (!configured.isEmpty())
        return QProcess::splitCommand(configured); // "jupyter lab", "/opt/conda/bin/jupyter notebook"
    if (const QString path = QStandardPaths::findExecutable(QStringLiteral("jupyter-notebook")); !path.isEmpty())
        return { path };
    // `jupyter notebook` also finds a jupyter-notebook next to jupyter outside PATH.
    if (const QString path = QStandardPaths::findExecutable(QStringLiteral("jupyter"));
        !path.isEmpty() && QFile::exists(QFileInfo(path).dir().filePath(QStringLiteral("jupyter-notebook"))))
        return { path, QStringLiteral("notebook") };
    if (const QString path = QStandardPaths::findExecutable(QStringLiteral("jupyter-lab")); !path.isEmpty())
        return { path };
    return {};
}

QString LocalJupyter::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/?token=%2").arg(m_port).arg(m_token);
}

void LocalJupyter::start()
{
    if (m_executor || m_finished)
        return;
    const QStringList program = findProgram();
    if (program.isEmpty())
    {
        // Asynchronous like every other end, so the caller's bookkeeping is the same.
        QTimer::singleShot(0, this,
            [this]
            {
                finish(QStringLiteral("Jupyter is not installed on this computer: none of jupyter-notebook, "
                                      "jupyter, jupyter-lab is on PATH (scripts/deps installs Debian's "
                                      "jupyter-notebook)."));
            });
        return;
    }
    m_port = freeLoopbackPort();
    m_token = randomToken();
    const QString dir = QDir::cleanPath(QDir(m_launch.workingDir).absolutePath());
    const QString workDir = dir + QStringLiteral("/work");
    QDir().mkpath(workDir);

    QStringList args = program;
    // --NotebookApp.* is read by notebook < 7, --ServerApp.* and --IdentityProvider.* by
    // jupyter_server (notebook 7, JupyterLab); each ignores the others' options.
    args << QStringLiteral("--no-browser") << QStringLiteral("--ip=127.0.0.1")
         << QStringLiteral("--port=%1").arg(m_port) << QStringLiteral("--port-retries=0")
         << QStringLiteral("--notebook-dir=%1").arg(workDir) << QStringLiteral("--NotebookApp.token=%1").arg(m_token)
         << QStringLiteral("--ServerApp.token=%1").arg(m_token)
         << QStringLiteral("--IdentityProvider.token=%1").arg(m_token);
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        args << QStringLiteral("--allow-root"); // containers and CI run as root; Jupyter refuses otherwise
#endif
    QStringList quoted;
    for (const QString &a : std::as_const(args))
        quoted << shellQuote(a);
    m_command = QStringLiteral("exec ") + quoted.join(u' ');

    LocalRunSpec spec;
    spec.jobId = m_launch.notebookId;
    spec.jobName = m_launch.notebookId;
    spec.task = QStringLiteral("notebook-0");
    spec.command = m_command;
    spec.workingDir = dir;
    spec.sampleIntervalMs = 0;
    // The user's own Jupyter configuration (a password, another port) must not change how
    // the server starts; runtime files stay in the notebook's folder.
    spec.environment.insert(QStringLiteral("JUPYTER_CONFIG_DIR"), dir + QStringLiteral("/.jupyter"));
    spec.environment.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"), dir + QStringLiteral("/.jupyter/runtime"));
    spec.environment.insert(QStringLiteral("JUPYTER_TOKEN"), m_token);

    m_executor = new LocalExecutor(spec, this);
    const QString logPath = dir + QStringLiteral("/log/jupyter.log");
    connect(m_executor, &LocalExecutor::output, this,
        [logPath](const QByteArray &text)
        {
            QFile log(logPath);
            if (log.open(QIODevice::Append))
                log.write(text);
        });
    connect(m_executor, &LocalExecutor::started, this,
        [this](qint64 pid)
        {
            emit started(pid);
            m_pollTimer->start();
        });
    connect(m_executor, &LocalExecutor::finished, this, &LocalJupyter::onExecutorFinished);
    m_timeoutTimer->start(m_launch.readyTimeoutMs);
    m_executor->start();
}

void LocalJupyter::stop()
{
    if (m_finished || m_stopRequested)
        return;
    m_stopRequested = true;
    m_pollTimer->stop();
    m_timeoutTimer->stop();
    if (m_executor && m_executor->isRunning())
        m_executor->terminate();
}

void LocalJupyter::poll()
{
    if (m_ready || m_probe || m_stopRequested)
        return;
    // One probe at a time: GET /api/status with the token answers 200 once the server serves.
    m_probe = new QTcpSocket(this);
    auto *probe = m_probe;
    const auto done = [this, probe]
    {
        if (m_probe == probe)
            m_probe = nullptr;
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    };
    connect(probe, &QTcpSocket::connected, this,
        [this, probe]
        {
            probe->write(QStringLiteral("GET /api/status?token=%1 HTTP/1.0\r\nHost: 127.0.0.1:%2\r\n\r\n")
                             .arg(m_token)
                             .arg(m_port)
                             .toLatin1());
        });
    connect(probe, &QTcpSocket::readyRead, this,
        [this, probe, done]
        {
            const QByteArray head = probe->peek(64);
            if (!head.contains("\r\n") && head.size() < 16)
                return;
            const bool ok = head.startsWith("HTTP/1.1 200") || head.startsWith("HTTP/1.0 200");
            done();
            if (ok && !m_ready && !m_stopRequested && !m_finished)
            {
                m_ready = true;
                m_pollTimer->stop();
                m_timeoutTimer->stop();
                emit ready(url());
            }
        });
    connect(probe, &QTcpSocket::errorOccurred, this, [done] { done(); });
    probe->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
}

void LocalJupyter::onTimeout()
{
    if (m_ready || m_stopRequested)
        return;
    m_failure = QStringLiteral("Jupyter did not answer on 127.0.0.1:%1 within %2 s.")
                    .arg(m_port)
                    .arg(m_launch.readyTimeoutMs / 1000);
    stop();
    m_stopRequested = false; // a failure, not the caller's stop
}

void LocalJupyter::onExecutorFinished(int exitCode, bool crashedOrKilled, const QString &message)
{
    Q_UNUSED(exitCode);
    Q_UNUSED(crashedOrKilled);
    if (m_stopRequested)
        finish(QString());
    else if (!m_failure.isEmpty())
        finish(m_failure);
    else
        finish(QStringLiteral("Jupyter (%1) ended: %2").arg(findProgram().join(u' '), message));
}

void LocalJupyter::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    m_timeoutTimer->stop();
    if (m_probe)
    {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    emit finished(reason);
}
} // namespace ma::server
