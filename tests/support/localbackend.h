#pragma once

// Starts the real local backend (server/) on 127.0.0.1:0 in a temporary data dir, and
// makes api/ clients that talk to it over real HTTP with either kind of credentials.

#include "api/apiclient.h"
#include "api/types/pool.h"
#include "api/types/trainingv1.h"
#include "server/localserver.h"

#include <memory>
#include <QTemporaryDir>

namespace ma::test
{
class LocalBackend final
{
public:
    struct Options
    {
        double timeScale = 50.0;
        bool demoData = false;
        QString dataDir; // empty: a fresh temporary folder
    };

    LocalBackend();
    explicit LocalBackend(const Options &options);
    ~LocalBackend();

    /** False (with the reason in error()) when the server could not start. */
    bool isRunning() const { return m_running; }
    const QString &error() const { return m_error; }

    server::LocalServer &server() { return *m_server; }
    QUrl url() const { return m_server->url(); }
    QString dataDir() const { return m_dataDir; }
    QString projectId() const { return m_server->projectId(); }

    /** A client signing with the server's AK/SK (project id resolved through IAM). */
    std::unique_ptr<api::ApiClient> accessKeyClient() const;
    /** A client using the IAM password flow. */
    std::unique_ptr<api::ApiClient> passwordClient() const;

    /** Stops the server and starts a new one on the same data dir (persistence tests). */
    bool restart();

private:
    bool startServer();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<server::LocalServer> m_server;
    bool m_running = false;
    QString m_error;
};

/** Sends @p request and waits for the answer (test helper; never used by the app). */
api::ApiResult callAndWait(api::ApiClient &client, api::ApiRequest request, int timeoutMs = 15000);

/**
 * Creates a v2 job on the built-in `local` pool that runs @p command; returns its id, or an
 * empty string (with a warning naming the error) when the backend refuses it.
 */
QString createLocalJob(
    api::ApiClient &client, const QString &name, const QString &command, const QString &description = QString());
/**
 * Creates a notebook of the smallest CPU flavor and image with a 5 GB EVS disk, on @p pool
 * (empty: the public pool); returns its id, or an empty string (with a warning naming the
 * error) when the backend refuses it.
 */
QString createNotebook(api::ApiClient &client, const QString &name, const QString &pool = QString(),
    const QString &description = QString());
/**
 * Writes a copy of notebook @p id, named @p name, as created by another IAM user @p userName
 * straight into the backend's store (the local backend has one IAM user): what "View all"
 * (N-3, /notebooks/all) lists and N-2 does not. Returns the copy's id, empty when @p id is unknown.
 */
QString copyNotebookOfOtherUser(LocalBackend &backend, const QString &id, const QString &name, const QString &userName);
/**
 * A v2 pool body as the Buy AI Dedicated Cluster form sends it at its simplest: a dedicated
 * training pool named @p displayName in the default workspace, @p count nodes of @p flavor.
 */
api::Pool poolBody(
    const QString &displayName, int count = 1, const QString &flavor = QStringLiteral("modelarts.vm.cpu.8ud"));
/** Creates poolBody(); returns the pool's name (metadata.name), or an empty string with a warning. */
QString createPool(api::ApiClient &client, const QString &displayName, int count = 1,
    const QString &flavor = QStringLiteral("modelarts.vm.cpu.8ud"));
/** status.phase of job @p id, or an empty string when it cannot be read. */
QString jobPhase(api::ApiClient &client, const QString &id);
/**
 * A long job (an hour) on the demo data's simulated GPU pool: @p nodes nodes of 8 V100 cards
 * each. Returns its id, or an empty string (with a warning) when the backend refuses it.
 */
QString createDemoGpuJob(api::ApiClient &client, const QString &projectId, const QString &name, int nodes);
/**
 * A legacy v1 job body on the public pool (spec 2, engine 1, learning_rate 0.01) whose simulated
 * run lasts @p jobSeconds of job time (MA_LOCAL_DURATION_SECONDS).
 */
api::v1::TrainingJobCreate v1Job(const QString &name, const QString &description, int jobSeconds);
/** The server's own count of jobs in @p phase (its search, first 50), or -1 when it fails. */
int countJobsInPhase(api::ApiClient &client, const QString &phase);
} // namespace ma::test
