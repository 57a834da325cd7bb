#pragma once

// The Jupyter server of one notebook on the "local" pool: Debian's Jupyter (scripts/deps)
// started by a LocalExecutor (own session, PR_SET_PDEATHSIG, whole-tree termination, orphan
// reaping by recorded pgid) on a free loopback port with a random token, in a working folder
// under the server's data dir. Readiness is polled over HTTP without blocking the event loop.
// Knows nothing of the store or HTTP routes; NotebookModule drives it.

#include <QObject>
#include <QString>
#include <QStringList>

class QTcpSocket;
class QTimer;

namespace ma::server
{
class LocalExecutor;

struct JupyterLaunch
{
    QString notebookId; // also the process-group marker (LocalExecutor::killOrphanedGroup)
    QString workingDir; // created if missing; Jupyter serves its "work" sub-folder
    int readyTimeoutMs = 90000; // a first start on a busy computer takes a few seconds
};

/**
 * @brief Starts, watches and stops one Jupyter server.
 *
 * Lifecycle: start() once; started(pgid) when the process runs, ready(url) when it answers
 * HTTP with the token, and finished() exactly once when no process of it is left (also when
 * it could not start, did not become ready in time, or stop() was called).
 */
class LocalJupyter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalJupyter)

public:
    /**
     * The Jupyter command to run instead of the one found on PATH, e.g. "jupyter lab" or a
     * conda environment's "/opt/conda/bin/jupyter notebook" (tests point it at `false`).
     */
    static constexpr const char *kProgramVariable = "MODELARTS_LOCAL_JUPYTER";

    explicit LocalJupyter(JupyterLaunch launch, QObject *parent = nullptr);
    ~LocalJupyter() override;

    /**
     * The command that runs Jupyter's notebook server: $MODELARTS_LOCAL_JUPYTER when set, else
     * the first of `jupyter-notebook`, `jupyter notebook`, `jupyter-lab` found on PATH.
     * Empty when there is none.
     */
    static QStringList findProgram();

    void start();
    /** Ends the whole process tree (SIGTERM, then SIGKILL after a grace period); finished() follows. */
    void stop();

    bool isReady() const { return m_ready; }
    bool stopRequested() const { return m_stopRequested; }
    int port() const { return m_port; }
    const QString &token() const { return m_token; }
    /** The address that opens the notebook, with the token: http://127.0.0.1:<port>/?token=<token>. */
    QString url() const;
    /** The shell line start() runs (for the event that says what was started). */
    const QString &commandLine() const { return m_command; }

signals:
    void started(qint64 pgid);
    void ready(const QString &url);
    /** Exactly once. @p reason says why the server ended (empty after a requested stop). */
    void finished(const QString &reason);

private:
    void onExecutorFinished(int exitCode, bool crashedOrKilled, const QString &message);
    void poll();
    void onTimeout();
    void finish(const QString &reason);

    JupyterLaunch m_launch;
    LocalExecutor *m_executor = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    QTcpSocket *m_probe = nullptr;
    QString m_token;
    QString m_command;
    QString m_failure; // why stop() was called from inside (timeout)
    int m_port = 0;
    bool m_ready = false;
    bool m_stopRequested = false;
    bool m_finished = false;
};
} // namespace ma::server
