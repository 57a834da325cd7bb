// promql::parse: the accepted subset, Prometheus's error wording for what it refuses, and the
// nesting limit that keeps hostile input from exhausting the stack.

#include "server/promql.h"

#include <QTest>

using namespace ma::server::promql;
using namespace Qt::StringLiterals;

class TestPromql final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void selectorStructure();
    void aggregationStructure();
    void arithmeticPrecedence();
    void nestingLimit();
    void longChainLimit();
    void durations_data();
    void durations();
};

void TestPromql::accepted_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("metric") << u"ma_node_cpu_util"_s;
    QTest::newRow("matchers") << u"ma_node_cpu_util{pool_id=\"p\", node_ip!=\"1\", host_name=~\"a.*\", cid!~\"x|y\"}"_s;
    QTest::newRow("only matchers") << u"{__name__=\"ma_node_cpu_util\"}"_s;
    QTest::newRow("trailing comma") << u"m{a=\"1\",}"_s;
    QTest::newRow("sum by") << u"sum by (pool_id) (ma_node_cpu_util)"_s;
    QTest::newRow("by after") << u"avg(ma_node_cpu_util) by (pool_id, node_ip)"_s;
    QTest::newRow("without") << u"max without (node_ip) (ma_node_cpu_util)"_s;
    QTest::newRow("count") << u"count(ma_node_cpu_util)"_s;
    QTest::newRow("min") << u"min by () (ma_node_cpu_util)"_s;
    QTest::newRow("rate") << u"rate(ma_node_disk_read_bytes_total[5m])"_s;
    QTest::newRow("over_time") << u"avg_over_time(ma_container_gpu_util{service_id=\"j\"}[1h30m])"_s;
    QTest::newRow("max_over_time") << u"max_over_time(m[30s])"_s;
    QTest::newRow("min_over_time") << u"min_over_time(m[1d])"_s;
    QTest::newRow("topk") << u"topk(5, sum by (service_id) (ma_container_cpu_used_core))"_s;
    QTest::newRow("bottomk") << u"bottomk(1, m)"_s;
    QTest::newRow("number") << u"42"_s;
    QTest::newRow("float") << u"-1.5e3"_s;
    QTest::newRow("arithmetic") << u"sum(a) / sum(b) * 100"_s;
    QTest::newRow("paren") << u"((m))"_s;
    QTest::newRow("unary") << u"-m"_s;
    QTest::newRow("range selector alone") << u"m[5m]"_s;
    QTest::newRow("single quotes") << u"m{a='x'}"_s;
    QTest::newRow("comment") << u"m # the cpu\n"_s;
}

void TestPromql::accepted()
{
    QFETCH(QString, query);
    const ParseResult r = parse(query);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
}

void TestPromql::refused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"1:1: parse error: no expression found in input"_s;
    QTest::newRow("open brace") << u"foo{"_s << u"1:5: parse error: unexpected end of input inside braces"_s;
    QTest::newRow("unknown function") << u"foo(bar)"_s << u"1:1: parse error: unknown function with name \"foo\""_s;
    QTest::newRow("unsupported function")
        << u"histogram_quantile(0.9, m)"_s
        << u"1:1: parse error: function \"histogram_quantile\" is not supported by modelarts-local"_s;
    QTest::newRow("empty matchers")
        << u"{}"_s << u"1:1: parse error: vector selector must contain at least one non-empty matcher"_s;
    QTest::newRow("empty-matching matcher")
        << u"{a=\"\"}"_s << u"1:1: parse error: vector selector must contain at least one non-empty matcher"_s;
    QTest::newRow("rate without range")
        << u"rate(m)"_s
        << u"1:1: parse error: expected type range vector in call to function \"rate\", got instant vector"_s;
    QTest::newRow("sum of range")
        << u"sum(m[5m])"_s
        << u"1:1: parse error: expected type instant vector in aggregation expression, got range vector"_s;
    QTest::newRow("range of aggregation")
        << u"sum(m)[5m]"_s << u"1:7: parse error: ranges only allowed for vector selectors"_s;
    QTest::newRow("comparison") << u"m > 5"_s
                                << u"1:3: parse error: binary operator \">\" is not supported by modelarts-local"_s;
    QTest::newRow("offset") << u"m offset 5m"_s
                            << u"1:3: parse error: offset modifiers are not supported by modelarts-local"_s;
    QTest::newRow("subquery") << u"max_over_time(m[5m:1m])"_s
                              << u"1:17: parse error: subqueries are not supported by modelarts-local"_s;
    QTest::newRow("bad duration") << u"rate(m[5x])"_s << u"1:8: parse error: bad duration syntax: \"5x\""_s;
    QTest::newRow("unterminated string") << u"m{a=\"x}"_s << u"1:5: parse error: unterminated quoted string"_s;
    QTest::newRow("bad regex") << u"m{a=~\"(\"}"_s << u"1:6: parse error: invalid regular expression \"(\""_s;
    QTest::newRow("topk without k")
        << u"topk(m)"_s
        << u"1:1: parse error: wrong number of arguments for aggregate expression provided, expected 2, got 1"_s;
    QTest::newRow("string literal") << u"\"x\""_s
                                    << u"1:1: parse error: string literals are not supported by modelarts-local"_s;
    QTest::newRow("stray paren") << u"m)"_s << u"1:2: parse error: unexpected right parenthesis \")\""_s;
    QTest::newRow("bad character") << u"m $"_s << u"1:3: parse error: unexpected character: '$'"_s;
    QTest::newRow("second line") << u"sum(m)\n  )"_s << u"2:3: parse error: unexpected right parenthesis \")\""_s;
}

void TestPromql::refused()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const ParseResult r = parse(query);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

void TestPromql::selectorStructure()
{
    const ParseResult r = parse(u"ma_node_cpu_util{pool_id=\"p\",node_ip!~\"10\\\\..*\"}[90s]"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Node &n = *r.expr;
    QCOMPARE(n.kind, Node::Kind::Selector);
    QCOMPARE(n.metric, u"ma_node_cpu_util"_s);
    QCOMPARE(n.rangeMs, 90000);
    QCOMPARE(n.matchers.size(), size_t(3));
    QCOMPARE(n.matchers[0].name, u"__name__"_s);
    QCOMPARE(n.matchers[1].op, Matcher::Op::Equal);
    QCOMPARE(n.matchers[1].value, u"p"_s);
    QCOMPARE(n.matchers[2].op, Matcher::Op::RegexNoMatch);
    QCOMPARE(n.matchers[2].value, u"10\\..*"_s);
    QVERIFY(isRangeVector(n));
}

void TestPromql::aggregationStructure()
{
    const ParseResult r = parse(u"topk(3, avg without (a, b) (m))"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.expr->kind, Node::Kind::Aggregate);
    QCOMPARE(r.expr->op, u"topk"_s);
    QCOMPARE(r.expr->args.size(), size_t(2));
    QCOMPARE(r.expr->args[0]->number, 3.0);
    const Node &inner = *r.expr->args[1];
    QCOMPARE(inner.op, u"avg"_s);
    QVERIFY(inner.without);
    QCOMPARE(inner.grouping, QStringList({ u"a"_s, u"b"_s }));
}

void TestPromql::arithmeticPrecedence()
{
    const ParseResult r = parse(u"1 + 2 * 3 - 4 / 2"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // ((1 + (2 * 3)) - (4 / 2))
    QCOMPARE(r.expr->op, u"-"_s);
    QCOMPARE(r.expr->args[0]->op, u"+"_s);
    QCOMPARE(r.expr->args[0]->args[1]->op, u"*"_s);
    QCOMPARE(r.expr->args[1]->op, u"/"_s);
    QVERIFY(isScalar(*r.expr));
}

void TestPromql::nestingLimit()
{
    const QString ok = QString(kMaxDepth, u'(') + u"m"_s + QString(kMaxDepth, u')');
    QVERIFY2(parse(ok).ok(), qPrintable(parse(ok).error));
    const QString deep = QString(kMaxDepth + 1, u'(') + u"m"_s + QString(kMaxDepth + 1, u')');
    const ParseResult r = parse(deep);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"nested deeper than 64 levels"_s), qPrintable(r.error));
    // Far beyond the limit: refused without exhausting the stack.
    QVERIFY(!parse(QString(200000, u'(')).ok());
    QVERIFY(!parse(QString(200000, u'-') + u"m"_s).ok());
    QString sums;
    for (int i = 0; i < 5000; ++i)
        sums += u"sum("_s;
    QVERIFY(!parse(sums + u"m"_s + QString(5000, u')')).ok());
}

void TestPromql::longChainLimit()
{
    QString chain = u"m"_s;
    for (int i = 0; i < kMaxTreeHeight - 2; ++i)
        chain += u" + 1"_s;
    QVERIFY2(parse(chain).ok(), qPrintable(parse(chain).error));
    QString longer = u"m"_s;
    for (int i = 0; i < 100000; ++i)
        longer += u"+1"_s;
    const ParseResult r = parse(longer);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"taller than"_s), qPrintable(r.error));
}

void TestPromql::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("s") << u"30s"_s << qint64(30000);
    QTest::newRow("m") << u"5m"_s << qint64(300000);
    QTest::newRow("h+m") << u"1h30m"_s << qint64(5400000);
    QTest::newRow("d") << u"1d"_s << qint64(86400000);
    QTest::newRow("ms") << u"250ms"_s << qint64(250);
    QTest::newRow("w") << u"1w"_s << qint64(604800000);
    QTest::newRow("wrong order") << u"5m1h"_s << qint64(-1);
    QTest::newRow("no unit") << u"5"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("overflow") << u"999999999999999y"_s << qint64(-1);
    // Each part fits; their sum does not (found by fuzz_promql).
    QTest::newRow("sum overflow") << u"199999998y9999999999w"_s << qint64(-1);
}

void TestPromql::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseDuration(text), ms);
}

QTEST_APPLESS_MAIN(TestPromql)
#include "tst_promql.moc"
