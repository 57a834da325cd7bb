#pragma once

// SQLite state of modelarts-local. Resources are stored as the JSON documents the API
// returns (one row per resource, with a few indexed columns for filtering and sorting),
// plus append-only tables for events, log text and metric samples. A finished resource's
// events and log chunks are sealed: packed into one row each (seal()).
//
// Durability: WAL journal; every write is its own transaction (or an explicit one) and is
// committed before the HTTP answer is written, so a kill -9 loses nothing acknowledged.
// The store is used from one thread (the server's event loop), which serialises requests.

#include "api/jsoncodec.h"

#include <optional>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace ma::server
{
using api::Json;

/** @brief Indexed columns of a resource row, kept beside its JSON document. */
struct ResourceIndex
{
    QString name;
    QString status;
    qint64 createdMs = 0;
    QString parent; // pool of a job, notebook or node; empty otherwise
    QString workspace; // "0" by default
    int priority = 0;
    int units = 0; // nodes this resource holds on its parent pool right now (jobs, notebooks)
};

/** @brief The summary a module keeps beside a document (null when it was written without one). */
struct StoredSummary
{
    QString id;
    QByteArray summary;
};

struct StoredEvent
{
    qint64 timeMs = 0;
    QString level; // Info | Warning | Error (training), Normal | Warning (pools)
    QString source; // Job | Task | K8S, or the reason of a pool event
    QString message;
};

struct MetricSample
{
    qint64 timeMs = 0;
    double value = 0;
};

class Store final
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /** Opens (creating when needed) the database file; false with @p error on failure. */
    bool open(const QString &path, QString *error);
    void close();

    // Resources (kind: "training_job", "notebook", "pool", "node", "network", "workspace", ...)
    std::optional<Json> get(const QString &kind, const QString &id) const;
    /**
     * Writes a document. @p summary is what its module needs to list it without reading the
     * document (restart without re-parsing); every put replaces it, so a writer that passes none
     * leaves a null summary that the module rebuilds from the document.
     */
    void put(const QString &kind, const QString &id, const Json &document, const ResourceIndex &index,
        const QByteArray &summary);
    void put(const QString &kind, const QString &id, const Json &document, const ResourceIndex &index);
    /** Id and summary of every resource of a kind, in no particular order. */
    std::vector<StoredSummary> summaries(const QString &kind) const;
    void setSummary(const QString &kind, const QString &id, const QByteArray &summary);
    bool remove(const QString &kind, const QString &id);
    /** All documents of a kind, newest first; @p parent filters by the parent column when not empty. */
    std::vector<Json> list(const QString &kind, const QString &parent = QString()) const;
    int count(const QString &kind) const;
    /** Resources of a kind under @p parent, optionally only those in @p status. */
    int countUnder(const QString &kind, const QString &parent, const QString &status = QString()) const;
    /** Sum of `units` of every resource under @p parent: the nodes in use on a pool. */
    int unitsHeld(const QString &parent) const;
    /** Ids of a kind in one status (the scheduler's queries). */
    QStringList idsWithStatus(const QString &kind, const QStringList &statuses) const;
    bool nameExists(const QString &kind, const QString &name) const;

    // Events
    void addEvent(const QString &kind, const QString &id, const StoredEvent &event);
    std::vector<StoredEvent> events(const QString &kind, const QString &id) const;

    // Logs: text appended per (job, task)
    void appendLog(const QString &jobId, const QString &task, const QByteArray &text);
    QByteArray log(const QString &jobId, const QString &task) const;
    qint64 logSize(const QString &jobId, const QString &task) const;

    /**
     * Packs what a finished resource keeps: its events into one compressed row, the log chunks
     * of each of its tasks into one. events() and log() read the same before and after; what is
     * added later is stored as before, and sealing again merges it. All or nothing, also inside
     * the caller's transaction.
     */
    void seal(const QString &kind, const QString &id);

    // Metrics: one sample per (owner, series, time)
    void addSample(const QString &owner, const QString &series, const MetricSample &sample);
    std::vector<MetricSample> samples(const QString &owner, const QString &series, qint64 sinceMs = 0) const;

    // Settings of the server itself (generated project id, credentials, ...)
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);
    void removeMeta(const QString &key);

    // IAM tokens, by the SHA-256 of the token (the token itself is never stored)
    void addToken(const QByteArray &hash, qint64 expiresMs);
    /** Expiry (ms) of a token, or nullopt when unknown (never issued, or purged). */
    std::optional<qint64> tokenExpiry(const QByteArray &hash) const;
    /** Deletes every token that expired at or before @p nowMs; returns how many. */
    int purgeTokens(qint64 nowMs);

    /**
     * Makes the database and its -wal/-shm files readable by the owner only (0600), whatever
     * the umask; open() calls it, and it is harmless to repeat once SQLite has created more files.
     */
    void restrictFilePermissions() const;

    /** Runs @p work in one transaction (all or nothing). */
    template <typename Fn> void transaction(Fn &&work)
    {
        begin();
        try
        {
            work();
        }
        catch (...)
        {
            rollback();
            throw;
        }
        commit();
    }

    /** Removes everything belonging to a resource: events, logs, samples. */
    void purgeOwned(const QString &id);

private:
    void begin();
    void commit();
    void rollback();
    void exec(const QString &sql) const;
    void addColumnIfMissing(const QString &table, const QString &column, const QString &type) const;

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
};
} // namespace ma::server
