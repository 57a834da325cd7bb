// The Training Jobs list's streaming decode of a T2-3 search answer (models/trainingjobrows.h):
// each row agrees with the full api::TrainingJob decode of the same item, keeps the item's own
// bytes, and a malformed answer is refused with the path of what is wrong, as the typed
// decoders name it. Mutated answers are either refused or decoded into rows whose bytes parse.

#include "api/types/training.h"
#include "models/trainingjobrows.h"
#include "specexamples.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ma;
using models::decodeTrainingJobRows;
using models::TrainingJobRow;

class TestTrainingJobRows final : public QObject
{
    Q_OBJECT

private slots:
    /** The fixture answer: every row agrees with api::TrainingJob and keeps the item's bytes. */
    void agreesWithTheTypedDecode();
    /** Nulls count as absent, unknown members (also named like known ones) are skipped, escapes decoded. */
    void readsOnlyWhatTheRowsNeed();
    /** flavor_info.gpu/npu unit_num, a number or a numeric string, decides the accelerator kind. */
    void acceleratorKind_data();
    void acceleratorKind();
    void refusals_data();
    void refusals();
    /** A document nested as deep as the limit passes; one level more is refused before any row. */
    void nestingLimit();
    /** Random mutations: refused exactly when nlohmann refuses the body, else rows whose bytes parse. */
    void mutatedAnswers();
};

namespace
{
QByteArray page(const QByteArray &items, const QByteArray &head = "\"count\":1")
{
    return "{" + head + ",\"items\":[" + items + "]}";
}

const QByteArray kJob = R"({"kind":"job","metadata":{"id":"j1","name":"n1"},"status":{"phase":"Running"}})";

/** The error message decodeTrainingJobRows() gives @p body, empty when it decodes. */
QString refusal(const QByteArray &body)
{
    try
    {
        (void)decodeTrainingJobRows(body);
        return QString();
    }
    catch (const api::DecodeError &e)
    {
        return QString::fromUtf8(e.what());
    }
}
} // namespace

void TestTrainingJobRows::agreesWithTheTypedDecode()
{
    const QByteArray body = test::readTestData(QStringLiteral("training/search_result.json"));
    const auto typed = api::fromBody<api::TrainingJobSearchResult>(body);
    const models::TrainingJobRowsPage rows = decodeTrainingJobRows(body);
    QCOMPARE(rows.count, typed.count);
    QCOMPARE(rows.items.size(), typed.items.size());
    QVERIFY(rows.items.size() >= 2);
    for (std::size_t i = 0; i < rows.items.size(); ++i)
    {
        const TrainingJobRow &row = rows.items[i];
        const api::TrainingJob &job = typed.items[i];
        QCOMPARE(row.id, job.metadata.id.value_or(QString()));
        QCOMPARE(row.name, job.metadata.name);
        QCOMPARE(row.description, job.metadata.description);
        QCOMPARE(row.createTime, job.metadata.createTime.value_or(0));
        QCOMPARE(row.phase, job.status.phase);
        QCOMPARE(row.secondaryPhase, job.status.secondaryPhase);
        QCOMPARE(row.startTime, job.status.startTime);
        QCOMPARE(row.duration, job.status.duration);
        const std::optional<api::TrainingResource> &resource = job.spec ? job.spec->resource : std::nullopt;
        QCOMPARE(row.flavorId, resource ? resource->flavorId.value_or(QString()) : QString());
        QCOMPARE(row.flavorName, resource ? resource->flavorName.value_or(QString()) : QString());
        QCOMPARE(row.poolId, resource ? resource->poolId.value_or(QString()) : QString());
        QCOMPARE(row.nodes, resource ? resource->nodeCount : std::nullopt);
        const std::optional<api::SchedulePolicy> &policy = job.spec ? job.spec->schedulePolicy : std::nullopt;
        QCOMPARE(row.priority, policy ? policy->priority : std::nullopt);

        // The row's bytes are the item itself: they decode to the same job.
        QVERIFY(row.json.startsWith('{') && row.json.endsWith('}'));
        QVERIFY(body.contains(row.json));
        QCOMPARE(
            api::dumpJson(api::encode(api::fromBody<api::TrainingJob>(row.json))), api::dumpJson(api::encode(job)));
    }
}

void TestTrainingJobRows::readsOnlyWhatTheRowsNeed()
{
    const QByteArray item = R"( {
        "kind": "job",
        "x_unknown": {"metadata": {"name": "not this"}, "items": [1, 2]},
        "metadata": {"id": "j\"2", "name": "\u4e2d\u6587 run", "description": null, "create_time": 17e11,
                     "labels": {"name": "nor this"}},
        "status": {"phase": "Pending", "secondary_phase": null, "start_time": null, "duration": 0},
        "spec": {"resource": {"flavor_id": "f", "pool_id": null, "node_count": 2,
                              "extra": {"flavor_id": "g"}},
                 "schedule_policy": {"priority": 3, "required_affinity": {"priority": 9}}}
    } )";
    const models::TrainingJobRowsPage rows = decodeTrainingJobRows(page(item, R"("count":null,"sort_by":"x")"));
    QCOMPARE(rows.count, std::nullopt);
    QCOMPARE(rows.items.size(), std::size_t(1));
    const TrainingJobRow &row = rows.items.front();
    QCOMPARE(row.id, QStringLiteral("j\"2"));
    QCOMPARE(row.name, QStringLiteral("中文 run"));
    QCOMPARE(row.description, std::nullopt);
    QCOMPARE(row.createTime, qint64(1700000000000));
    QCOMPARE(row.phase, QStringLiteral("Pending"));
    QCOMPARE(row.secondaryPhase, std::nullopt);
    QCOMPARE(row.startTime, std::nullopt);
    QCOMPARE(row.duration, std::optional<qint64>(0));
    QCOMPARE(row.flavorId, QStringLiteral("f"));
    QCOMPARE(row.poolId, QString());
    QCOMPARE(row.nodes, std::optional<int>(2));
    QCOMPARE(row.priority, std::optional<int>(3));
    QCOMPARE(row.json, item.trimmed());
}

void TestTrainingJobRows::acceleratorKind_data()
{
    QTest::addColumn<QByteArray>("flavorInfo");
    QTest::addColumn<QString>("kind");
    QTest::newRow("gpu number") << QByteArray(R"({"gpu":{"unit_num":1}})") << QStringLiteral("GPU");
    QTest::newRow("gpu string") << QByteArray(R"({"gpu":{"unit_num":"2"}})") << QStringLiteral("GPU");
    QTest::newRow("npu after an empty gpu")
        << QByteArray(R"({"gpu":{"unit_num":0},"npu":{"unit_num":8}})") << QStringLiteral("NPU");
    QTest::newRow("gpu wins") << QByteArray(R"({"npu":{"unit_num":8},"gpu":{"unit_num":"1"}})")
                              << QStringLiteral("GPU");
    QTest::newRow("cpu only") << QByteArray(R"({"cpu":{"core_num":2}})") << QString();
    QTest::newRow("not a number") << QByteArray(R"({"gpu":{"unit_num":"many"}})") << QString();
    QTest::newRow("an object") << QByteArray(R"({"gpu":{"unit_num":{"n":1}}})") << QString();
}

void TestTrainingJobRows::acceleratorKind()
{
    QFETCH(QByteArray, flavorInfo);
    QFETCH(QString, kind);
    const QByteArray item = R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":"Running"},)"
                            R"("spec":{"resource":{"flavor_detail":{"flavor_info":)"
        + flavorInfo + "}}}}";
    QCOMPARE(decodeTrainingJobRows(page(item)).items.front().acceleratorKind, kind);
}

void TestTrainingJobRows::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QString notJson = QStringLiteral("the body is not valid JSON");
    QTest::newRow("not JSON") << QByteArray("jobs") << notJson;
    QTest::newRow("cut short") << page(kJob).chopped(3) << notJson;
    QTest::newRow("trailing bytes") << page(kJob) + " x" << notJson;
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("expected an object, got array");
    QTest::newRow("a string") << QByteArray("\"x\"") << QStringLiteral("expected an object, got string");
    QTest::newRow("items an object") << QByteArray(R"({"items":{}})") << QStringLiteral(".items: expected an array");
    QTest::newRow("items a string") << QByteArray(R"({"items":"x"})") << QStringLiteral(".items: expected an array");
    QTest::newRow("count a word") << page(kJob, R"("count":"x")")
                                  << QStringLiteral(".count: expected an integer, got the string \"x\"");
    QTest::newRow("count too large") << page(kJob, R"("count":4294967296)")
                                     << QStringLiteral(".count: integer out of range");
    QTest::newRow("item a number") << page(kJob + ",1") << QStringLiteral(".items[1]: expected an object, got number");
    QTest::newRow("item null") << page("null") << QStringLiteral(".items[0]: expected an object, got null");
    QTest::newRow("item an array") << page("[]") << QStringLiteral(".items[0]: expected an object, got array");
    const QString missing = QStringLiteral("required field is missing");
    QTest::newRow("no kind") << page(R"({"metadata":{"name":"n"},"status":{"phase":"Running"}})")
                             << QStringLiteral(".items[0].kind: ") + missing;
    QTest::newRow("no metadata") << page(R"({"kind":"job","status":{"phase":"Running"}})")
                                 << QStringLiteral(".items[0].metadata: ") + missing;
    QTest::newRow("no name") << page(R"({"kind":"job","metadata":{"id":"i"},"status":{"phase":"Running"}})")
                             << QStringLiteral(".items[0].metadata.name: ") + missing;
    QTest::newRow("status null") << page(kJob + R"(,{"kind":"job","metadata":{"name":"n"},"status":null})")
                                 << QStringLiteral(".items[1].status: ") + missing;
    QTest::newRow("no phase") << page(R"({"kind":"job","metadata":{"name":"n"},"status":{}})")
                              << QStringLiteral(".items[0].status.phase: ") + missing;
    QTest::newRow("metadata a string") << page(R"({"kind":"job","metadata":"m","status":{"phase":"Running"}})")
                                       << QStringLiteral(".items[0].metadata: expected an object, got string");
    QTest::newRow("spec an array") << page(R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":"R"},"spec":[]})")
                                   << QStringLiteral(".items[0].spec: expected an object, got array");
    QTest::newRow("kind an object") << page(R"({"kind":{},"metadata":{"name":"n"},"status":{"phase":"R"}})")
                                    << QStringLiteral(".items[0].kind: expected a string, got object");
    QTest::newRow("phase null") << page(R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":null}})")
                                << QStringLiteral(".items[0].status.phase: ") + missing;
    QTest::newRow("create_time a word")
        << page(R"({"kind":"job","metadata":{"name":"n","create_time":"soon"},"status":{"phase":"R"}})")
        << QStringLiteral(".items[0].metadata.create_time: expected an integer, got the string \"soon\"");
    QTest::newRow("duration a fraction") << page(
        R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":"R","duration":1.5}})")
                                         << QStringLiteral(".items[0].status.duration: expected an integer, got 1.5");
    QTest::newRow("node_count an object")
        << page(R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":"R"},)"
                R"("spec":{"resource":{"node_count":{}}}})")
        << QStringLiteral(".items[0].spec.resource.node_count: expected an integer, got object");
    QTest::newRow("priority a bool")
        << page(R"({"kind":"job","metadata":{"name":"n"},"status":{"phase":"R"},)"
                R"("spec":{"schedule_policy":{"priority":true}}})")
        << QStringLiteral(".items[0].spec.schedule_policy.priority: expected an integer, got boolean");
    // Loose scalars, as the typed decoders take them.
    QTest::newRow("numbers as strings, a number as a name") << page(
        R"({"kind":"job","metadata":{"name":5,"create_time":"1718200000000"},)"
        R"("status":{"phase":"R","duration":" 12 "}})",
        R"("count":"1")") << QString();
}

void TestTrainingJobRows::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(refusal(body), message);
}

void TestTrainingJobRows::nestingLimit()
{
    const auto nested = [](int levels) -> QByteArray
    {
        // The answer and its unknown member are two levels; the rest are arrays inside it.
        return "{\"x\":" + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + ",\"items\":[]}";
    };
    QCOMPARE(refusal(nested(api::kMaxJsonDepth)), QString());
    QCOMPARE(refusal(nested(api::kMaxJsonDepth + 1)),
        QStringLiteral("the body nests more than %1 levels deep").arg(api::kMaxJsonDepth));
    QCOMPARE(
        refusal(nested(100000)), QStringLiteral("the body nests more than %1 levels deep").arg(api::kMaxJsonDepth));
}

void TestTrainingJobRows::mutatedAnswers()
{
    const QByteArray original = test::readTestData(QStringLiteral("training/search_result.json"));
    QRandomGenerator random(20261207);
    int refused = 0, decoded = 0;
    for (int round = 0; round < 3000; ++round)
    {
        QByteArray body = original;
        const int edits = 1 + static_cast<int>(random.bounded(4));
        for (int e = 0; e < edits && !body.isEmpty(); ++e)
        {
            const int at = static_cast<int>(random.bounded(body.size()));
            static const char kBytes[] = "{}[]\":,\\0 ne";
            switch (random.bounded(3))
            {
            case 0: // replace a byte with one that matters to JSON
                body[at] = kBytes[random.bounded(static_cast<int>(sizeof kBytes) - 1)];
                break;
            case 1: // drop a byte
                body.remove(at, 1);
                break;
            default: // cut the rest
                body.truncate(at);
                break;
            }
        }
        const bool valid = !api::Json::parse(body.constBegin(), body.constEnd(), nullptr, false).is_discarded();
        try
        {
            const models::TrainingJobRowsPage rows = decodeTrainingJobRows(body);
            QVERIFY2(valid, body.constData());
            ++decoded;
            for (const TrainingJobRow &row : rows.items)
            {
                QVERIFY(body.contains(row.json));
                QVERIFY2(!api::Json::parse(row.json.constBegin(), row.json.constEnd(), nullptr, false).is_discarded(),
                    row.json.constData());
            }
        }
        catch (const api::DecodeError &)
        {
            ++refused;
        }
    }
    // Both outcomes were exercised, so neither check above passed for want of cases.
    QVERIFY(refused > 100);
    QVERIFY(decoded > 100);
}

QTEST_GUILESS_MAIN(TestTrainingJobRows)
#include "tst_trainingjobrows.moc"
