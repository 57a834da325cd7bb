#include "store.h"

#include "storecodec.h"

#include <algorithm>
#include <iterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <stdexcept>

namespace ma::server
{
namespace
{
[[noreturn]] void fail(const QSqlQuery &q)
{
    throw std::runtime_error("sqlite: " + q.lastError().text().toStdString());
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        fail(q);
}

// Documents are stored as compact JSON deflated with a preset dictionary of training-job
// text (storecodec). Rows written by earlier versions still load: plain JSON text starts with
// '{', a qCompress'ed document with its big-endian length (a 0 byte first).
QByteArray packDoc(const Json &j)
{
    const std::string text = j.dump();
    return storecodec::pack(storecodec::Dictionary::TrainingJob, QByteArrayView(text.data(), text.size()));
}

Json parseDoc(const QVariant &value)
{
    const QByteArray bytes = value.toByteArray();
    if (storecodec::isPacked(bytes))
    {
        const std::optional<QByteArray> text = storecodec::unpack(bytes);
        return text ? Json::parse(text->constBegin(), text->constEnd(), nullptr, false) : Json();
    }
    if (!bytes.isEmpty() && bytes.front() != '\0')
        return Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false); // plain JSON text
    const QByteArray text = qUncompress(bytes);
    return Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
}

// A log chunk: text as written when `size` is null, else compressed (with a dictionary, or
// by qCompress in earlier versions).
QByteArray unpackLogChunk(const QVariant &text, const QVariant &size)
{
    const QByteArray bytes = text.toByteArray();
    if (size.isNull())
        return bytes;
    if (storecodec::isPacked(bytes))
        return storecodec::unpack(bytes).value_or(QByteArray());
    return qUncompress(bytes);
}

QByteArray packLogChunk(const QByteArray &text, bool *compressed)
{
    // Kept compressed when that saves a fair share (not for the small chunks of a live process).
    QByteArray packed = text.size() >= 64 ? storecodec::pack(storecodec::Dictionary::Log, text) : QByteArray();
    *compressed = !packed.isEmpty() && packed.size() < text.size() * 9 / 10;
    return *compressed ? packed : text;
}

// Sealed events: per event the time (a delta from the one before), level, source and
// message, deflated with the events dictionary.
QByteArray packEvents(const std::vector<StoredEvent> &events)
{
    QByteArray raw;
    qint64 last = 0;
    for (const StoredEvent &e : events)
    {
        storecodec::putSignedVarint(raw, e.timeMs - last);
        last = e.timeMs;
        storecodec::putBytes(raw, e.level.toUtf8());
        storecodec::putBytes(raw, e.source.toUtf8());
        storecodec::putBytes(raw, e.message.toUtf8());
    }
    return storecodec::pack(storecodec::Dictionary::Events, raw);
}

bool unpackEvents(const QByteArray &blob, std::vector<StoredEvent> *out)
{
    const std::optional<QByteArray> raw = storecodec::unpack(blob);
    if (!raw)
        return false;
    storecodec::Reader r(*raw);
    qint64 last = 0;
    std::vector<StoredEvent> events;
    while (!r.atEnd() && !r.failed())
    {
        StoredEvent e;
        last += r.signedVarint();
        e.timeMs = last;
        e.level = QString::fromUtf8(r.bytes());
        e.source = QString::fromUtf8(r.bytes());
        e.message = QString::fromUtf8(r.bytes());
        events.push_back(std::move(e));
    }
    if (r.failed())
        return false;
    *out = std::move(events);
    return true;
}

// Logs longer than this stay in their chunks when sealed (no need to hold them whole).
constexpr qint64 kSealLogLimit = 8 * 1024 * 1024;
} // namespace

Store::Store()
    : m_connection(QStringLiteral("ma-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

bool Store::open(const QString &path, QString *error)
{
    m_path = path;
    // Created private before SQLite opens it: SQLite gives the -wal and -shm files the mode
    // of the database file, and these hold token hashes, job commands and logs.
    if (QFile file(path); !file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    restrictFilePermissions();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
    {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    try
    {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // NORMAL under WAL survives a killed process (the OS has every committed page);
        // only a power cut could lose the last transactions.
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS resources (kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT, "
                           "status TEXT, created INTEGER, parent TEXT, workspace TEXT, priority INTEGER, units INTEGER "
                           "DEFAULT 0, doc TEXT NOT NULL, PRIMARY KEY(kind, id))"));
        addColumnIfMissing(QStringLiteral("resources"), QStringLiteral("summary"), QStringLiteral("BLOB"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS resources_created ON resources(kind, created DESC)"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS resources_status ON resources(kind, status)"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS resources_parent ON resources(kind, parent)"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, "
                            "owner TEXT NOT NULL, time INTEGER, level TEXT, source TEXT, message TEXT)"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_owner ON events(owner, time)"));
        // The events of a sealed resource: one packed blob per owner (packEvents).
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS event_archive (owner TEXT NOT NULL, kind TEXT NOT NULL, data "
                            "BLOB NOT NULL, PRIMARY KEY(owner, kind)) WITHOUT ROWID"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT "
                            "NULL, task TEXT NOT NULL, text BLOB)"));
        addColumnIfMissing(QStringLiteral("logs"), QStringLiteral("size"), QStringLiteral("INTEGER"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_owner ON logs(owner, task, seq)"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS samples (owner TEXT NOT NULL, series TEXT NOT NULL, time "
                            "INTEGER NOT NULL, value REAL, PRIMARY KEY(owner, series, time)) WITHOUT ROWID"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, expires INTEGER NOT NULL)"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS tokens_expires ON tokens(expires)"));
        // Tokens were kept in meta before they had a table; their holders sign in again.
        exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'token:%'"));
    }
    catch (const std::exception &e)
    {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    restrictFilePermissions(); // the -wal and -shm files exist now
    return true;
}

void Store::restrictFilePermissions() const
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
    {
        const QString file = m_path + suffix;
        if (QFile::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void Store::close()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

void Store::exec(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(q);
}

void Store::begin()
{
    if (!m_db.transaction())
        throw std::runtime_error("sqlite: cannot begin a transaction");
}

void Store::commit()
{
    if (!m_db.commit())
        throw std::runtime_error("sqlite: commit failed: " + m_db.lastError().text().toStdString());
}

void Store::rollback()
{
    m_db.rollback();
}

std::optional<Json> Store::get(const QString &kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT doc FROM resources WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    run(q);
    if (!q.next())
        return std::nullopt;
    return parseDoc(q.value(0));
}

void Store::addColumnIfMissing(const QString &table, const QString &column, const QString &type) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        fail(q);
    while (q.next())
    {
        if (q.value(1).toString() == column)
            return;
    }
    exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, type));
}

void Store::put(const QString &kind, const QString &id, const Json &document, const ResourceIndex &index)
{
    put(kind, id, document, index, QByteArray());
}

void Store::put(
    const QString &kind, const QString &id, const Json &document, const ResourceIndex &index, const QByteArray &summary)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO resources (kind, id, name, status, created, parent, workspace, "
                             "priority, units, doc, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(index.name);
    q.addBindValue(index.status);
    q.addBindValue(index.createdMs);
    q.addBindValue(index.parent);
    q.addBindValue(index.workspace.isEmpty() ? QStringLiteral("0") : index.workspace);
    q.addBindValue(index.priority);
    q.addBindValue(index.units);
    q.addBindValue(packDoc(document));
    // Null (not an empty blob) when the writer keeps no summary: the owner rebuilds it.
    q.addBindValue(summary.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(summary));
    run(q);
}

std::vector<StoredSummary> Store::summaries(const QString &kind) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, summary FROM resources WHERE kind = ?"));
    q.addBindValue(kind);
    run(q);
    std::vector<StoredSummary> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toByteArray() });
    return out;
}

void Store::setSummary(const QString &kind, const QString &id, const QByteArray &summary)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE resources SET summary = ? WHERE kind = ? AND id = ?"));
    q.addBindValue(summary);
    q.addBindValue(kind);
    q.addBindValue(id);
    run(q);
}

bool Store::remove(const QString &kind, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM resources WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    run(q);
    return q.numRowsAffected() > 0;
}

std::vector<Json> Store::list(const QString &kind, const QString &parent) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (parent.isEmpty())
    {
        q.prepare(QStringLiteral("SELECT doc FROM resources WHERE kind = ? ORDER BY created DESC, id"));
        q.addBindValue(kind);
    }
    else
    {
        q.prepare(QStringLiteral("SELECT doc FROM resources WHERE kind = ? AND parent = ? ORDER BY created DESC, id"));
        q.addBindValue(kind);
        q.addBindValue(parent);
    }
    run(q);
    std::vector<Json> out;
    while (q.next())
        out.push_back(parseDoc(q.value(0)));
    return out;
}

int Store::count(const QString &kind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM resources WHERE kind = ?"));
    q.addBindValue(kind);
    run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

int Store::countUnder(const QString &kind, const QString &parent, const QString &status) const
{
    QSqlQuery q(m_db);
    if (status.isEmpty())
    {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM resources WHERE kind = ? AND parent = ?"));
        q.addBindValue(kind);
        q.addBindValue(parent);
    }
    else
    {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM resources WHERE kind = ? AND parent = ? AND status = ?"));
        q.addBindValue(kind);
        q.addBindValue(parent);
        q.addBindValue(status);
    }
    run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

int Store::unitsHeld(const QString &parent) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(units), 0) FROM resources WHERE parent = ?"));
    q.addBindValue(parent);
    run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Store::idsWithStatus(const QString &kind, const QStringList &statuses) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Highest priority first, then oldest: the order a scheduler serves a queue in.
    q.prepare(QStringLiteral("SELECT id FROM resources WHERE kind = ? AND status IN (%1) ORDER BY priority DESC, "
                             "created ASC, id")
                  .arg(placeholders.join(u',')));
    q.addBindValue(kind);
    for (const QString &s : statuses)
        q.addBindValue(s);
    run(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool Store::nameExists(const QString &kind, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM resources WHERE kind = ? AND name = ? LIMIT 1"));
    q.addBindValue(kind);
    q.addBindValue(name);
    run(q);
    return q.next();
}

void Store::addEvent(const QString &kind, const QString &id, const StoredEvent &event)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO events (kind, owner, time, level, source, message) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(event.timeMs);
    q.addBindValue(event.level);
    q.addBindValue(event.source);
    q.addBindValue(event.message);
    run(q);
}

std::vector<StoredEvent> Store::events(const QString &kind, const QString &id) const
{
    std::vector<StoredEvent> sealed;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT data FROM event_archive WHERE owner = ? AND kind = ?"));
        q.addBindValue(id);
        q.addBindValue(kind);
        run(q);
        if (q.next() && !unpackEvents(q.value(0).toByteArray(), &sealed))
            qWarning("store: the sealed events of %s %s are damaged", qPrintable(kind), qPrintable(id));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, level, source, message FROM events WHERE kind = ? AND owner = ? ORDER BY "
                             "time, seq"));
    q.addBindValue(kind);
    q.addBindValue(id);
    run(q);
    std::vector<StoredEvent> live;
    while (q.next())
        live.push_back(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    if (sealed.empty())
        return live;
    // Sealed events were added before any live row: on equal times they come first, as their
    // lower seq put them before (std::merge takes from the first range on ties).
    std::vector<StoredEvent> out;
    out.reserve(sealed.size() + live.size());
    std::merge(std::make_move_iterator(sealed.begin()), std::make_move_iterator(sealed.end()),
        std::make_move_iterator(live.begin()), std::make_move_iterator(live.end()), std::back_inserter(out),
        [](const StoredEvent &a, const StoredEvent &b) { return a.timeMs < b.timeMs; });
    return out;
}

void Store::appendLog(const QString &jobId, const QString &task, const QByteArray &text)
{
    if (text.isEmpty())
        return;
    // `size` (the text's length) marks a compressed chunk.
    bool compressed = false;
    const QByteArray stored = packLogChunk(text, &compressed);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO logs (owner, task, text, size) VALUES (?, ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(task);
    q.addBindValue(stored);
    q.addBindValue(compressed ? QVariant(text.size()) : QVariant(QMetaType::fromType<qlonglong>()));
    run(q);
}

QByteArray Store::log(const QString &jobId, const QString &task) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text, size FROM logs WHERE owner = ? AND task = ? ORDER BY seq"));
    q.addBindValue(jobId);
    q.addBindValue(task);
    run(q);
    QByteArray out;
    while (q.next())
        out += unpackLogChunk(q.value(0), q.value(1));
    return out;
}

void Store::seal(const QString &kind, const QString &id)
{
    // A savepoint: all or nothing, inside the caller's transaction or on its own.
    exec(QStringLiteral("SAVEPOINT seal"));
    try
    {
        QSqlQuery live(m_db);
        live.prepare(QStringLiteral("SELECT 1 FROM events WHERE kind = ? AND owner = ? LIMIT 1"));
        live.addBindValue(kind);
        live.addBindValue(id);
        run(live);
        if (live.next())
        {
            const QByteArray blob = packEvents(events(kind, id));
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO event_archive (owner, kind, data) VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(kind);
            q.addBindValue(blob);
            run(q);
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM events WHERE kind = ? AND owner = ?"));
            d.addBindValue(kind);
            d.addBindValue(id);
            run(d);
        }

        QSqlQuery tasks(m_db);
        tasks.prepare(QStringLiteral("SELECT task FROM logs WHERE owner = ? GROUP BY task HAVING COUNT(*) > 1 AND "
                                     "SUM(COALESCE(size, LENGTH(text))) <= ?"));
        tasks.addBindValue(id);
        tasks.addBindValue(kSealLogLimit);
        run(tasks);
        QStringList merge;
        while (tasks.next())
            merge << tasks.value(0).toString();
        for (const QString &task : std::as_const(merge))
        {
            const QByteArray text = log(id, task);
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM logs WHERE owner = ? AND task = ?"));
            d.addBindValue(id);
            d.addBindValue(task);
            run(d);
            appendLog(id, task, text);
        }
    }
    catch (...)
    {
        exec(QStringLiteral("ROLLBACK TO seal"));
        exec(QStringLiteral("RELEASE seal"));
        throw;
    }
    exec(QStringLiteral("RELEASE seal"));
}

qint64 Store::logSize(const QString &jobId, const QString &task) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT COALESCE(SUM(COALESCE(size, LENGTH(text))), 0) FROM logs WHERE owner = ? AND task = ?"));
    q.addBindValue(jobId);
    q.addBindValue(task);
    run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Store::addSample(const QString &owner, const QString &series, const MetricSample &sample)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO samples (owner, series, time, value) VALUES (?, ?, ?, ?)"));
    q.addBindValue(owner);
    q.addBindValue(series);
    q.addBindValue(sample.timeMs);
    q.addBindValue(sample.value);
    run(q);
}

std::vector<MetricSample> Store::samples(const QString &owner, const QString &series, qint64 sinceMs) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT time, value FROM samples WHERE owner = ? AND series = ? AND time >= ? ORDER BY time"));
    q.addBindValue(owner);
    q.addBindValue(series);
    q.addBindValue(sinceMs);
    run(q);
    std::vector<MetricSample> out;
    while (q.next())
        out.push_back({ q.value(0).toLongLong(), q.value(1).toDouble() });
    return out;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    run(q);
    return q.next() ? q.value(0).toString() : QString();
}

void Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    run(q);
}

void Store::removeMeta(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(key);
    run(q);
}

void Store::addToken(const QByteArray &hash, qint64 expiresMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tokens (hash, expires) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    q.addBindValue(expiresMs);
    run(q);
}

std::optional<qint64> Store::tokenExpiry(const QByteArray &hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT expires FROM tokens WHERE hash = ?"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    run(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

int Store::purgeTokens(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE expires <= ?"));
    q.addBindValue(nowMs);
    run(q);
    return q.numRowsAffected();
}

void Store::purgeOwned(const QString &id)
{
    for (const QString &table : { QStringLiteral("events"), QStringLiteral("event_archive"), QStringLiteral("logs"),
             QStringLiteral("samples") })
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(table));
        q.addBindValue(id);
        run(q);
    }
}
} // namespace ma::server
