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
//
// Save Image (N-18 create-image): RUNNING -> SNAPSHOTTING -> RUNNING; the image is stored as
// kind "notebook_image" (parent = the notebook) and listed by GET /v1/{project_id}/images as a
// PRIVATE, DEDICATED image; it fails (SavedImageFailed) when the lease runs out first. EVS
// expansion while RUNNING (PUT storage_new_size, <= +100 GB a step, <= 4096 GB) shows
// volume.status RESIZING for a while. Tags are TMS-style (N-18 tags/create, tags/delete,
// GET /v1/{project_id}/notebooks/tags) and kept in Notebook.tags (at most 20).
//
// Notebooks on the "local" pool (with ServerConfig::executeLocalJobs) run a real Jupyter
// server (LocalJupyter): STARTING until it answers HTTP, then RUNNING with `url` (loopback,
// with the token); stop, delete and the lease's auto stop end its process tree; a Jupyter
// that cannot start or exits on its own makes the notebook ERROR with an event saying why.
// The running process's pgid is stored as kind "notebook_process" (id = notebook id) so a
// restarted server reaps what a crash left behind; local notebooks that were running are
// then STOPPED. Their working folder is <data dir>/notebooks/<id> (Jupyter serves its
// "work" sub-folder, logs go to log/jupyter.log); deleting the notebook removes it
// (DELETE_FAILED when it cannot be removed).

#include "servermodule.h"

#include <optional>
#include <QHash>

namespace ma::api
{
struct Notebook;
struct NotebookImage;
} // namespace ma::api

namespace ma::server
{
class LifecycleTicker;
class LocalJupyter;

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
    Response saveImage(const Request &req);
    Response showImage(const Request &req);
    Response deleteImage(const Request &req);
    Response listTags(const Request &req);
    Response createTags(const Request &req);
    Response deleteTags(const Request &req);
    Response tagSummary(const Request &req);

    /** A built-in image or a saved private one (ACTIVE or not); nullopt when unknown. */
    std::optional<api::NotebookImage> findImage(const QString &id) const;
    /** findImage() for a create or update body: unknown and unfinished images are 400. */
    api::NotebookImage checkImage(const QString &id) const;
    /** True when @p nb runs a real Jupyter on this computer (pool "local"). */
    bool runsLocally(const api::Notebook &nb) const;
    QString workingDir(const QString &id) const;
    void launchJupyter(const QString &id);
    void onJupyterStarted(const QString &id, qint64 pgid);
    void onJupyterReady(const QString &id, const QString &url);
    void onJupyterFinished(const QString &id, const QString &reason);
    /** After a restart: kills what a crash left of local Jupyter servers; their notebooks become STOPPED. */
    void reapOrphans();

    Json loadNotebook(const QString &id) const;
    Json loadStorage(const QString &notebookId, const QString &storageId) const;
    void saveNotebook(const Json &doc);
    void addEvent(const QString &id, qint64 timeMs, const QString &level, const QString &name, const QString &message);

    /** Advances every notebook and mount whose time has come (the ticker's step). */
    void tick();
    void advanceNotebook(const QString &id);
    void advanceStorage(const QString &id);

    LifecycleTicker *m_ticker = nullptr;
    QHash<QString, LocalJupyter *> m_jupyters; // notebook id -> its running Jupyter (children of this)
};
} // namespace ma::server
