// The in-memory index of modelarts-local's training jobs: every page of a search (first, middle,
// last) is the slice of a full sort, for every sort key and order; the summary stored beside a
// document survives the round trip and anything else is refused.

#include "server/trainingjobindex.h"

#include <algorithm>
#include <QDataStream>
#include <QIODevice>
#include <QTest>
#include <random>

using namespace ma::server;

namespace
{
constexpr int kJobs = 1500;
constexpr qint64 kNow = 1800000000000;

std::vector<TrainingJobSummary> jobs()
{
    std::mt19937 rng(7);
    static const char *const names[] = { "Resnet", "bert", "yolo", "BERT", "llama", "vit" };
    static const char *const phases[] = { "Completed", "Failed", "Running", "Pending", "Terminated" };
    std::vector<TrainingJobSummary> out;
    for (int i = 0; i < kJobs; ++i)
    {
        TrainingJobSummary s;
        s.id = QStringLiteral("job-%1").arg(i, 5, 10, QLatin1Char('0'));
        s.name = QStringLiteral("%1-%2").arg(QLatin1String(names[rng() % 6])).arg(rng() % 50); // many ties
        s.description = rng() % 3 == 0 ? QString() : QStringLiteral("Run %1").arg(rng() % 20);
        s.phase = QLatin1String(phases[rng() % 5]);
        s.kind = QStringLiteral("job");
        s.createdMs = kNow - static_cast<qint64>(rng() % 400) * 1000; // ties on the creation time too
        s.startMs = s.phase == u"Pending" ? 0 : s.createdMs + 1000;
        s.durationMs = static_cast<qint64>(rng() % 100) * 1000;
        out.push_back(s);
    }
    return out;
}

/**
 * The order a search promises, written out plainly: key, then newest first, then id (shorter
 * first, as v1's counting ids), the later id first when newest first was asked for.
 */
bool reference(const TrainingJobSummary &a, const TrainingJobSummary &b, const QString &key, bool ascending)
{
    int c = 0;
    if (key == u"name")
        c = a.name.toCaseFolded().compare(b.name.toCaseFolded());
    else if (key == u"description")
        c = a.description.toCaseFolded().compare(b.description.toCaseFolded());
    else if (key == u"phase")
        c = a.phase.compare(b.phase);
    else if (key == u"duration")
        c = a.durationAt(kNow) < b.durationAt(kNow) ? -1 : (a.durationAt(kNow) > b.durationAt(kNow) ? 1 : 0);
    else if (key == u"start_time")
        c = a.startMs < b.startMs ? -1 : (a.startMs > b.startMs ? 1 : 0);
    else
        c = a.createdMs < b.createdMs ? -1 : (a.createdMs > b.createdMs ? 1 : 0);
    if (c != 0)
        return ascending ? c < 0 : c > 0;
    if (a.createdMs != b.createdMs)
        return a.createdMs > b.createdMs;
    const auto idBefore = [](const QString &x, const QString &y)
    {
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    };
    const bool createdDescending = key != u"name" && key != u"description" && key != u"phase" && key != u"duration"
        && key != u"start_time" && !ascending;
    return createdDescending ? idBefore(b.id, a.id) : idBefore(a.id, b.id);
}
} // namespace

class TestTrainingJobIndex : public QObject
{
    Q_OBJECT

private slots:
    void everyPageIsASliceOfTheFullSort_data();
    void everyPageIsASliceOfTheFullSort();
    void filteredDeepPage();
    void summaryRoundTrip();
    void summaryRefusesOtherBytes();
    void summaryOfTheEarlierLayoutStillReads();
};

void TestTrainingJobIndex::everyPageIsASliceOfTheFullSort_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ascending");
    for (const char *key : { "create_time", "name", "description", "phase", "duration", "start_time" })
    {
        QTest::addRow("%s asc", key) << QString::fromLatin1(key) << true;
        QTest::addRow("%s desc", key) << QString::fromLatin1(key) << false;
    }
}

void TestTrainingJobIndex::everyPageIsASliceOfTheFullSort()
{
    QFETCH(QString, key);
    QFETCH(bool, ascending);
    std::vector<TrainingJobSummary> all = jobs();
    TrainingJobIndex index;
    for (const TrainingJobSummary &s : all)
        index.upsert(s);
    std::sort(all.begin(), all.end(),
        [&](const TrainingJobSummary &a, const TrainingJobSummary &b) { return reference(a, b, key, ascending); });

    for (const int first : { 0, 50, 700, kJobs - 50, kJobs - 7 })
    {
        TrainingJobQuery query;
        query.sortBy = key;
        query.ascending = ascending;
        query.first = first;
        query.limit = 50;
        const TrainingJobPage page = index.search(query, kNow);
        QCOMPARE(page.matching, kJobs);
        QStringList expected;
        for (int i = first; i < std::min(kJobs, first + 50); ++i)
            expected << all[static_cast<std::size_t>(i)].id;
        QCOMPARE(page.ids, expected);
    }
}

void TestTrainingJobIndex::filteredDeepPage()
{
    std::vector<TrainingJobSummary> all = jobs();
    TrainingJobIndex index;
    for (const TrainingJobSummary &s : all)
        index.upsert(s);
    std::erase_if(all, [](const TrainingJobSummary &s) { return !s.name.contains(u"bert", Qt::CaseInsensitive); });
    std::sort(all.begin(), all.end(),
        [](const TrainingJobSummary &a, const TrainingJobSummary &b)
        { return reference(a, b, QStringLiteral("name"), true); });

    TrainingJobQuery query;
    query.sortBy = QStringLiteral("name");
    query.ascending = true;
    query.filters.push_back({ QStringLiteral("name"), QStringLiteral("like"), { QStringLiteral("BERT") } });
    query.first = static_cast<int>(all.size()) - 10;
    query.limit = 50; // runs past the end: the last 10
    const TrainingJobPage page = index.search(query, kNow);
    QCOMPARE(page.matching, static_cast<int>(all.size()));
    QCOMPARE(page.ids.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(page.ids.at(i), all[all.size() - 10 + static_cast<std::size_t>(i)].id);

    query.first = static_cast<int>(all.size());
    QVERIFY(index.search(query, kNow).ids.isEmpty());
}

void TestTrainingJobIndex::summaryRoundTrip()
{
    TrainingJobSummary s;
    s.id = QStringLiteral("6f1c0e8a-0000-4000-8000-000000000001");
    s.name = QStringLiteral("训练-job");
    s.description = QStringLiteral("a \"quoted\"\ndescription");
    s.phase = QStringLiteral("Running");
    s.kind = QStringLiteral("visualization_job");
    s.algorithmName = QStringLiteral("algo");
    s.poolId = QStringLiteral("pool-1");
    s.flavorId = QStringLiteral("modelarts.vm.cpu.2u");
    s.workspaceId = QStringLiteral("ws");
    s.userName = QStringLiteral("admin");
    s.createdMs = 1796527099078;
    s.startMs = 1796527099216;
    s.durationMs = 60;
    s.priority = 3;

    TrainingJobSummary back;
    QVERIFY(TrainingJobSummary::decode(s.encode(), &back));
    QCOMPARE(back.id, s.id);
    QCOMPARE(back.name, s.name);
    QCOMPARE(back.description, s.description);
    QCOMPARE(back.phase, s.phase);
    QCOMPARE(back.kind, s.kind);
    QCOMPARE(back.algorithmName, s.algorithmName);
    QCOMPARE(back.poolId, s.poolId);
    QCOMPARE(back.flavorId, s.flavorId);
    QCOMPARE(back.workspaceId, s.workspaceId);
    QCOMPARE(back.userName, s.userName);
    QCOMPARE(back.createdMs, s.createdMs);
    QCOMPARE(back.startMs, s.startMs);
    QCOMPARE(back.durationMs, s.durationMs);
    QCOMPARE(back.priority, s.priority);
}

void TestTrainingJobIndex::summaryRefusesOtherBytes()
{
    TrainingJobSummary s;
    s.id = QStringLiteral("a");
    s.name = QStringLiteral("b");
    const QByteArray good = s.encode();
    TrainingJobSummary out;
    out.id = QStringLiteral("untouched");
    QVERIFY(!TrainingJobSummary::decode(QByteArray(), &out));
    QVERIFY(!TrainingJobSummary::decode(QByteArrayLiteral("{\"kind\":\"job\"}"), &out));
    QVERIFY(!TrainingJobSummary::decode(good.left(good.size() - 1), &out)); // truncated
    QVERIFY(!TrainingJobSummary::decode(good + '\0', &out)); // trailing bytes
    QByteArray otherLayout = good;
    otherLayout[0] = static_cast<char>(otherLayout[0] + 1);
    QVERIFY(!TrainingJobSummary::decode(otherLayout, &out));
    QCOMPARE(out.id, QStringLiteral("untouched"));
}

void TestTrainingJobIndex::summaryOfTheEarlierLayoutStillReads()
{
    // Layout 1, as versions before the UTF-8 layout wrote it (QDataStream, UTF-16 strings).
    const QString id = QStringLiteral("6f1c0e8a-0000-4000-8000-000000000002");
    const QString name = QStringLiteral("旧-job");
    const qint64 created = 1796527099078;
    QByteArray earlier;
    {
        QDataStream out(&earlier, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint8(1) << id << name << QStringLiteral("desc") << QStringLiteral("Completed") << QStringLiteral("job")
            << QString() << QStringLiteral("pool-9") << QStringLiteral("modelarts.vm.cpu.8u") << QStringLiteral("0")
            << QStringLiteral("admin") << created << created + 5 << qint64(60) << qint32(2);
    }
    TrainingJobSummary back;
    QVERIFY(TrainingJobSummary::decode(earlier, &back));
    QCOMPARE(back.id, id);
    QCOMPARE(back.name, name);
    QCOMPARE(back.phase, QStringLiteral("Completed"));
    QCOMPARE(back.poolId, QStringLiteral("pool-9"));
    QCOMPARE(back.flavorId, QStringLiteral("modelarts.vm.cpu.8u"));
    QCOMPARE(back.startMs, created + 5);
    QCOMPARE(back.durationMs, qint64(60));
    QCOMPARE(back.priority, 2);

    // Written again it takes the current layout, which reads back the same in fewer bytes.
    const QByteArray current = back.encode();
    QVERIFY(current != earlier);
    QVERIFY2(current.size() < earlier.size(),
        qPrintable(QStringLiteral("%1 >= %2").arg(current.size()).arg(earlier.size())));
    TrainingJobSummary again;
    QVERIFY(TrainingJobSummary::decode(current, &again));
    QCOMPARE(again.id, back.id);
    QCOMPARE(again.name, back.name);
    QCOMPARE(again.flavorId, back.flavorId);
    QCOMPARE(again.createdMs, back.createdMs);
    QCOMPARE(again.priority, back.priority);
}

QTEST_GUILESS_MAIN(TestTrainingJobIndex)
#include "tst_trainingjobindex.moc"
