// The SQLite store of modelarts-local on real database files: values packed with preset
// dictionaries read back exactly (and damaged ones are refused); sealing a resource's events
// and log chunks changes nothing a reader sees, also when more is added and sealed again,
// compared with a second store that never seals; a rolled-back seal leaves the rows as they
// were; and a database in the formats of earlier versions (plain JSON and qCompress'ed
// documents, log chunks without a size column or qCompress'ed) still opens and reads.

#include "server/store.h"
#include "server/storecodec.h"

#include <limits>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <stdexcept>

using namespace ma::server;
namespace codec = ma::server::storecodec;

namespace
{
QByteArray pseudoRandom(qsizetype size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(rng());
    return out;
}

/** A log chunk like the simulator's: lines that repeat with small changes. */
QByteArray logLines(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += "2026-12-07 06:06:" + QByteArray::number(10 + i % 50) + " INFO Epoch [" + QByteArray::number(i)
            + "/40] Step [" + QByteArray::number(i * 7 % 400) + "/400] loss: 0." + QByteArray::number(9000 - i * 13)
            + "\n";
    return out;
}

/** Rows of @p table whose owner is @p owner, read with a connection of the test's own. */
int rowsOf(const QString &dbPath, const QString &table, const QString &owner)
{
    const QString name = QStringLiteral("tst-store-peek");
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open())
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE owner = ?").arg(table));
            q.addBindValue(owner);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

bool sameEvents(const std::vector<StoredEvent> &a, const std::vector<StoredEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
    {
        if (a[i].timeMs != b[i].timeMs || a[i].level != b[i].level || a[i].source != b[i].source
            || a[i].message != b[i].message)
            return false;
    }
    return true;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void packRoundTrip_data();
    void packRoundTrip();
    void packedValuesAreSmallerWithTheirDictionary();
    void damagedPackedValuesAreRefused();
    void varintsRoundTrip();
    void sealKeepsWhatReadersSee();
    void sealRolledBackLeavesTheRows();
    void documentsAreStoredPacked();
    void earlierFormatsStillRead();
};

void TestStore::packRoundTrip_data()
{
    QTest::addColumn<int>("dictionary");
    QTest::addColumn<QByteArray>("data");
    const struct
    {
        const char *name;
        codec::Dictionary dictionary;
    } dictionaries[] = { { "job", codec::Dictionary::TrainingJob }, { "events", codec::Dictionary::Events },
        { "log", codec::Dictionary::Log } };
    for (const auto &d : dictionaries)
    {
        const int tag = static_cast<int>(d.dictionary);
        QTest::addRow("%s empty", d.name) << tag << QByteArray();
        QTest::addRow("%s one byte", d.name) << tag << QByteArray("{");
        QTest::addRow("%s json", d.name) << tag
                                         << QByteArray(
                                                "{\"kind\":\"job\",\"metadata\":{\"name\":\"训练\"},\"x\":[1,2]}");
        QTest::addRow("%s log", d.name) << tag << logLines(0, 200);
        QTest::addRow("%s incompressible 300 KB", d.name) << tag << pseudoRandom(300 * 1024, 3);
        QTest::addRow("%s zeros 2 MB", d.name) << tag << QByteArray(2 * 1024 * 1024, '\0');
    }
}

void TestStore::packRoundTrip()
{
    QFETCH(int, dictionary);
    QFETCH(QByteArray, data);
    const QByteArray packed = codec::pack(static_cast<codec::Dictionary>(dictionary), data);
    QVERIFY(!packed.isEmpty());
    QCOMPARE(static_cast<unsigned char>(packed.front()), static_cast<unsigned char>(dictionary));
    QVERIFY(codec::isPacked(packed));
    const std::optional<QByteArray> back = codec::unpack(packed);
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), data.size());
    QVERIFY(*back == data);
}

void TestStore::packedValuesAreSmallerWithTheirDictionary()
{
    // A finished job's document shape, values of this test's own: the dictionary must pay for itself.
    const QByteArray doc = QByteArrayLiteral(
        "{\"kind\":\"job\",\"metadata\":{\"id\":\"0b5e1f7c-2d3a-4c55-9e61-1f2e3d4c5b6a\",\"name\":\"mnist-lenet\","
        "\"description\":\"\",\"create_time\":1796600000123,\"workspace_id\":\"0\",\"user_name\":\"admin\"},"
        "\"status\":{\"duration\":60,\"start_time\":1796600000200,\"tasks\":[\"worker-0\"],\"phase\":\"Completed\","
        "\"secondary_phase\":\"Completed\",\"task_statuses\":[{\"task\":\"worker-0\",\"exit_code\":0,\"message\":"
        "\"\"}]},\"spec\":{\"resource\":{\"policy\":\"regular\",\"flavor_id\":\"modelarts.vm.cpu.8u\",\"node_count\":"
        "1}},\"_local\":{\"created\":1796600000123,\"pool\":\"\",\"phase\":\"Completed\"}}");
    const QByteArray withDictionary = codec::pack(codec::Dictionary::TrainingJob, doc);
    const QByteArray without = qCompress(doc, 9);
    QVERIFY2(withDictionary.size() < without.size() * 3 / 4,
        qPrintable(
            QStringLiteral("%1 B with the dictionary, %2 B without").arg(withDictionary.size()).arg(without.size())));
    QCOMPARE(*codec::unpack(withDictionary), doc);
}

void TestStore::damagedPackedValuesAreRefused()
{
    const QByteArray data = logLines(0, 50);
    const QByteArray packed = codec::pack(codec::Dictionary::Log, data);
    QVERIFY(!codec::unpack(QByteArray()).has_value());
    QVERIFY(!codec::unpack(QByteArrayLiteral("{\"kind\":\"job\"}")).has_value()); // plain JSON
    QVERIFY(!codec::unpack(qCompress(data)).has_value()); // qCompress: a 0 byte first
    QVERIFY(!codec::unpack(packed.left(packed.size() / 2)).has_value()); // cut short
    QByteArray otherDictionary = packed;
    otherDictionary[0] = static_cast<char>(codec::Dictionary::TrainingJob);
    const std::optional<QByteArray> wrong = codec::unpack(otherDictionary);
    QVERIFY(!wrong || *wrong != data);
    QByteArray unknown = packed;
    unknown[0] = static_cast<char>(0xD0);
    QVERIFY(!codec::isPacked(unknown));
    QVERIFY(!codec::unpack(unknown).has_value());
}

void TestStore::varintsRoundTrip()
{
    const std::vector<qint64> values = { 0, 1, -1, 63, 64, -64, -65, 127, 128, 16383, 16384, 1796600000123,
        -1796600000123, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() };
    QByteArray bytes;
    for (qint64 v : values)
        codec::putSignedVarint(bytes, v);
    codec::putBytes(bytes, QByteArrayLiteral("训练"));
    codec::putVarint(bytes, std::numeric_limits<quint64>::max());
    codec::Reader r(bytes);
    for (qint64 v : values)
        QCOMPARE(r.signedVarint(), v);
    QCOMPARE(r.bytes().toByteArray(), QByteArrayLiteral("训练"));
    QCOMPARE(r.varint(), std::numeric_limits<quint64>::max());
    QVERIFY(r.atEnd());
    QVERIFY(!r.failed());
    r.varint(); // past the end
    QVERIFY(r.failed());

    QByteArray lying;
    codec::putVarint(lying, 1000); // a length longer than what follows
    lying += "abc";
    codec::Reader l(lying);
    QVERIFY(l.bytes().isEmpty());
    QVERIFY(l.failed());
}

void TestStore::sealKeepsWhatReadersSee()
{
    // The same writes go to two stores; only one of them seals. Every read must agree.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sealedPath = dir.filePath(QStringLiteral("sealed.sqlite"));
    Store sealed;
    Store plain;
    QString error;
    QVERIFY2(sealed.open(sealedPath, &error), qPrintable(error));
    QVERIFY2(plain.open(dir.filePath(QStringLiteral("plain.sqlite")), &error), qPrintable(error));
    const QString kind = QStringLiteral("training_job");
    const QString job = QStringLiteral("job-1");
    const QString other = QStringLiteral("job-2");
    const QStringList tasks = { QStringLiteral("worker-0"), QStringLiteral("worker-1") };

    std::mt19937 rng(11);
    qint64 t = 1796600000000;
    int chunk = 0;
    const auto write = [&](int events)
    {
        std::mt19937 after;
        qint64 last = t;
        for (Store *s : { &sealed, &plain })
        {
            std::mt19937 same = rng; // both stores get identical writes
            qint64 time = t;
            int c = chunk;
            for (int i = 0; i < events; ++i)
            {
                // Equal times on purpose, and now and then one earlier than the last.
                time += static_cast<qint64>(same() % 3) - (same() % 7 == 0 ? 5 : 0);
                const StoredEvent e { time, same() % 2 ? QStringLiteral("Info") : QStringLiteral("Error"),
                    QStringLiteral("Job"), QStringLiteral("event %1 of %2 — ü").arg(i).arg(events) };
                s->addEvent(kind, job, e);
                s->addEvent(QStringLiteral("training_job_v1"), job, e); // same owner, other kind
                s->addEvent(kind, other, e);
                const QString &task = tasks.at(static_cast<qsizetype>(same() % 2));
                // Small chunks stay as text, larger ones are compressed.
                s->appendLog(job, task, same() % 3 == 0 ? QByteArrayLiteral("short\n") : logLines(c, 5));
                s->appendLog(other, task, logLines(c, 2));
                ++c;
            }
            after = same;
            last = time;
        }
        rng = after;
        t = last; // the next writes start at (and now and then before) the time of the last one
        chunk += events;
    };
    const auto agree = [&]
    {
        for (const QString &k : { kind, QStringLiteral("training_job_v1") })
        {
            for (const QString &owner : { job, other })
            {
                if (!sameEvents(sealed.events(k, owner), plain.events(k, owner)))
                    return false;
            }
        }
        for (const QString &owner : { job, other })
        {
            for (const QString &task : tasks)
            {
                if (sealed.log(owner, task) != plain.log(owner, task)
                    || sealed.logSize(owner, task) != plain.logSize(owner, task))
                    return false;
            }
        }
        return true;
    };

    write(40);
    QVERIFY(!sealed.events(kind, job).empty());
    QVERIFY(agree());
    sealed.seal(kind, job);
    QVERIFY(agree());
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("events"), job), 40); // the v1 kind's rows stay
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("event_archive"), job), 1);
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("logs"), job), 2); // one per task
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("events"), other), 40); // not sealed
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("logs"), other), 40);

    // Written after sealing (a restarted resource): read in order, then merged by the next seal.
    write(15);
    QVERIFY(agree());
    sealed.seal(kind, job);
    sealed.seal(QStringLiteral("training_job_v1"), job);
    QVERIFY(agree());
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("events"), job), 0);
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("event_archive"), job), 2);
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("logs"), job), 2);
    sealed.seal(kind, job); // nothing new: no change
    QVERIFY(agree());

    // Still sealed after a reopen; purging takes the sealed rows too.
    sealed.close();
    QVERIFY2(sealed.open(sealedPath, &error), qPrintable(error));
    QVERIFY(agree());
    sealed.purgeOwned(job);
    QVERIFY(sealed.events(kind, job).empty());
    QVERIFY(sealed.log(job, tasks.at(0)).isEmpty());
    QCOMPARE(rowsOf(sealedPath, QStringLiteral("event_archive"), job), 0);
    QVERIFY(sameEvents(sealed.events(kind, other), plain.events(kind, other)));
}

void TestStore::sealRolledBackLeavesTheRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const QString kind = QStringLiteral("training_job");
    const QString job = QStringLiteral("job-r");
    for (int i = 0; i < 5; ++i)
    {
        store.addEvent(kind, job, { 1000 + i, QStringLiteral("Info"), QStringLiteral("Job"), QString::number(i) });
        store.appendLog(job, QStringLiteral("worker-0"), logLines(i, 4));
    }
    const std::vector<StoredEvent> before = store.events(kind, job);
    const QByteArray logBefore = store.log(job, QStringLiteral("worker-0"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
        store.transaction(
            [&]
            {
                store.seal(kind, job);
                throw std::runtime_error("the work after the seal failed");
            }));
    QCOMPARE(rowsOf(path, QStringLiteral("events"), job), 5);
    QCOMPARE(rowsOf(path, QStringLiteral("event_archive"), job), 0);
    QCOMPARE(rowsOf(path, QStringLiteral("logs"), job), 5);
    QVERIFY(sameEvents(store.events(kind, job), before));
    QCOMPARE(store.log(job, QStringLiteral("worker-0")), logBefore);

    // The store is usable afterwards, and a seal inside a committed transaction holds.
    store.transaction([&] { store.seal(kind, job); });
    QCOMPARE(rowsOf(path, QStringLiteral("events"), job), 0);
    QCOMPARE(rowsOf(path, QStringLiteral("logs"), job), 1);
    QVERIFY(sameEvents(store.events(kind, job), before));
    QCOMPARE(store.log(job, QStringLiteral("worker-0")), logBefore);
}

void TestStore::documentsAreStoredPacked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const ma::api::Json doc = { { "kind", "job" }, { "metadata", { { "name", "训练" }, { "id", "x" } } },
        { "status", { { "phase", "Completed" }, { "duration", 60 } } } };
    ResourceIndex index;
    index.name = QStringLiteral("训练");
    store.put(QStringLiteral("training_job"), QStringLiteral("x"), doc, index);
    QVERIFY(*store.get(QStringLiteral("training_job"), QStringLiteral("x")) == doc);
    store.close();

    QByteArray raw;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek-doc"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT doc FROM resources WHERE id = 'x'")));
        QVERIFY(q.next());
        raw = q.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek-doc"));
    QCOMPARE(static_cast<unsigned char>(raw.front()), static_cast<unsigned char>(codec::Dictionary::TrainingJob));
    QCOMPARE(*codec::unpack(raw), QByteArray::fromStdString(doc.dump()));
}

void TestStore::earlierFormatsStillRead()
{
    // A database as versions before this one left it, written by hand: the resources table
    // without a summary column, a plain JSON and a qCompress'ed document; logs without a size
    // column (text as written), then qCompress'ed chunks once that column existed; live events.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const ma::api::Json plainDoc = { { "kind", "job" }, { "metadata", { { "name", "plain" } } } };
    const ma::api::Json compressedDoc = { { "kind", "job" }, { "metadata", { { "name", "compressed" } } } };
    const QByteArray first = logLines(0, 3);
    const QByteArray second = logLines(3, 30);
    const QByteArray third = QByteArrayLiteral("tail\n");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-format"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE resources (kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status "
                                      "TEXT, created INTEGER, parent TEXT, workspace TEXT, priority INTEGER, units "
                                      "INTEGER DEFAULT 0, doc TEXT NOT NULL, PRIMARY KEY(kind, id))")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, owner "
                                      "TEXT NOT NULL, time INTEGER, level TEXT, source TEXT, message TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, "
                                      "task TEXT NOT NULL, text BLOB)")));
        QVERIFY(
            q.prepare(QStringLiteral("INSERT INTO resources (kind, id, name, doc) VALUES ('training_job', ?, ?, ?)")));
        q.addBindValue(QStringLiteral("p"));
        q.addBindValue(QStringLiteral("plain"));
        q.addBindValue(QString::fromStdString(plainDoc.dump()));
        QVERIFY(q.exec());
        q.addBindValue(QStringLiteral("c"));
        q.addBindValue(QStringLiteral("compressed"));
        q.addBindValue(qCompress(QByteArray::fromStdString(compressedDoc.dump()), 6));
        QVERIFY(q.exec());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO logs (owner, task, text) VALUES ('c', 'worker-0', ?)")));
        q.addBindValue(first);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO events (kind, owner, time, level, source, message) VALUES "
                                         "('training_job', 'c', ?, 'Info', 'Job', ?)")));
        for (int i = 0; i < 3; ++i)
        {
            q.addBindValue(100 + i);
            q.addBindValue(QStringLiteral("old event %1").arg(i));
            QVERIFY(q.exec());
        }
        // The size column came later; chunks were qCompress'ed then.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE logs ADD COLUMN size INTEGER")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO logs (owner, task, text, size) VALUES ('c', 'worker-0', ?, ?)")));
        q.addBindValue(qCompress(second, 6));
        q.addBindValue(second.size());
        QVERIFY(q.exec());
        q.addBindValue(third);
        q.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
        QVERIFY(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-format"));

    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(*store.get(QStringLiteral("training_job"), QStringLiteral("p")) == plainDoc);
    QVERIFY(*store.get(QStringLiteral("training_job"), QStringLiteral("c")) == compressedDoc);
    QCOMPARE(store.list(QStringLiteral("training_job")).size(), std::size_t(2));
    QCOMPARE(store.log(QStringLiteral("c"), QStringLiteral("worker-0")), first + second + third);
    QCOMPARE(store.logSize(QStringLiteral("c"), QStringLiteral("worker-0")),
        qint64(first.size() + second.size() + third.size()));
    const std::vector<StoredEvent> events = store.events(QStringLiteral("training_job"), QStringLiteral("c"));
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events.back().message, QStringLiteral("old event 2"));

    // Sealing merges chunks of every earlier format into one; a rewrite stores the current one.
    store.seal(QStringLiteral("training_job"), QStringLiteral("c"));
    QCOMPARE(rowsOf(path, QStringLiteral("logs"), QStringLiteral("c")), 1);
    QCOMPARE(store.log(QStringLiteral("c"), QStringLiteral("worker-0")), first + second + third);
    QVERIFY(sameEvents(store.events(QStringLiteral("training_job"), QStringLiteral("c")), events));
    store.put(QStringLiteral("training_job"), QStringLiteral("p"), plainDoc, ResourceIndex());
    QVERIFY(*store.get(QStringLiteral("training_job"), QStringLiteral("p")) == plainDoc);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
