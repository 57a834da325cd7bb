#pragma once

// Notebooks (DevEnviron) of modelarts-local: api.md §2.3, N-1..N-17.
//
// Documents (docs/server-conventions.md): kind "notebook", id = Notebook.id, the Notebook
// JSON that GET returns; parent = pool id on a dedicated pool, else ""; units 1 while
// STARTING/RUNNING. OBS mounts (N-14..N-17): kind "notebook_storage", id = DataVolume.id,
// parent = notebook id, the DataVolume JSON plus a private "_since" (ms) stripped on output.
// Events: kind "notebook", owner = notebook id, source = the console's event name
// (Scheduled, PullingImage, NotebookHealthy, StopNotebook, ...), level = Warning | Major |
// Critical. They are readable through the non-standard
// GET /v1/{project_id}/notebooks/{id}/events (no public notebook events API exists).
//
// Lifecycle (nominal durations divided by --time-scale): CREATING (action_progress steps
// 1..4) -> STARTING -> RUNNING; stop: STOPPING -> STOPPED; start: STARTING -> RUNNING;
// delete: DELETING -> gone; auto-stop when lease.create_at + lease.duration (nominal) has
// passed, plus a short grace period. `update_at` is the time of the last status change and
// drives the transient states, so a restart resumes where the stored timestamps say.

#include "servermodule.h"

#include <QTimer>

namespace ma::server
{
class NotebookModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookModule)

public:
    explicit NotebookModule(ServerContext &context, QObject *parent = nullptr);

    void registerRoutes(Router &router) override;
    void seedDemoData() override;
    void start() override;

private:
    Response createNotebook(const Request &req);
    Response listNotebooks(const Request &req);
    Response showNotebook(const Request &req);
    Response updateNotebook(const Request &req);
    Response deleteNotebook(const Request &req);
    Response startNotebook(const Request &req);
    Response stopNotebook(const Request &req);
    Response showLease(const Request &req);
    Response renewLease(const Request &req);
    Response listFlavors(const Request &req);
    Response listSwitchableFlavors(const Request &req);
    Response listImages(const Request &req);
    Response mountStorage(const Request &req);
    Response listStorage(const Request &req);
    Response showStorage(const Request &req);
    Response unmountStorage(const Request &req);
    Response listEvents(const Request &req);

    Json loadNotebook(const QString &id) const;
    Json loadStorage(const QString &notebookId, const QString &storageId) const;
    void saveNotebook(const Json &doc);
    void addEvent(const QString &id, qint64 timeMs, const QString &level, const QString &name, const QString &message);

    /** Advances every notebook and mount whose time has come (timer slot). */
    void tick();
    void advanceNotebook(const QString &id);
    void advanceStorage(const QString &id);

    QTimer m_timer;
};
} // namespace ma::server
