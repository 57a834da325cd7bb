#pragma once

// What every part of modelarts-local shares: configuration, the store, the scaled clock,
// id generation and event helpers. Owned by LocalServer; modules keep a reference.

#include "store.h"

#include <algorithm>
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ma::server
{
struct ServerConfig
{
    QString dataDir;
    QByteArray accessKey; // generated and saved on first start when empty
    QByteArray secretKey;
    QString projectId; // generated and saved on first start when empty
    QString region = QStringLiteral("local");
    QString domainName = QStringLiteral("local");
    QString userName = QStringLiteral("admin");
    QString password; // generated and saved on first start when empty
    double timeScale = 1.0; // lifecycles run this many times faster
    bool demoData = true;
    bool executeLocalJobs = true; // run boot commands of jobs on the "local" pool for real
    qsizetype maxBodyBytes = 4 * 1024 * 1024; // larger request bodies get 413 before anything reads them
    qint64 tokenLifetimeMs = 24LL * 3600 * 1000; // as IAM's tokens
    int freeLoginFailures = 5; // wrong passwords in a row before sign-in is throttled
    qint64 loginThrottleMs = 1000; // the first wait then; doubles with each failure, at most 1 min
};

/** @brief Wall-clock time for timestamps; scaled durations for lifecycles. */
class Clock final
{
public:
    explicit Clock(double scale = 1.0)
        : m_scale(scale > 0 ? scale : 1.0)
    {
    }
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
    double scale() const { return m_scale; }
    /** How many real milliseconds a lifecycle step of @p nominalMs takes. */
    qint64 scaled(qint64 nominalMs) const { return static_cast<qint64>(nominalMs / m_scale); }
    /** Nominal (unscaled) milliseconds that have passed since @p sinceMs. */
    qint64 nominalSince(qint64 sinceMs) const { return static_cast<qint64>((nowMs() - sinceMs) * m_scale); }
    /**
     * When a step of @p nominalMs that began at @p sinceMs ended (real time), or now when it is
     * still running: a late tick or a restart dates what it catches up on when it happened.
     */
    qint64 endOfStep(qint64 sinceMs, qint64 nominalMs) const { return std::min(nowMs(), sinceMs + scaled(nominalMs)); }

private:
    double m_scale;
};

class ServerContext final
{
public:
    ServerContext(ServerConfig config, Store &store)
        : m_config(std::move(config))
        , m_store(store)
        , m_clock(m_config.timeScale)
    {
    }

    const ServerConfig &config() const { return m_config; }
    ServerConfig &config() { return m_config; }
    Store &store() { return m_store; }
    const Clock &clock() const { return m_clock; }
    const QString &projectId() const { return m_config.projectId; }

    /** A new UUID in the API's form ("425b7087-83de-49ed-9e40-5bb642be956f"). */
    static QString newUuid();
    /** 32 lower-case hex digits (workspace and project ids). */
    static QString newHexId();

    /** Fails with the documented error when @p projectId is not this server's project. */
    void checkProject(const QString &projectId) const;

private:
    ServerConfig m_config;
    Store &m_store;
    Clock m_clock;
};
} // namespace ma::server
