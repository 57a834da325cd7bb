// The five ModelArts dashboard views as data: order and ids, every panel's expression within
// modelarts-local's PromQL subset once its variables are expanded, catalog metric names only,
// the catalog's alarm thresholds, variable expansion and the low-utilisation alarm query.

#include "models/dashboarddefinitions.h"
#include "server/promql.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
namespace dashboards = models::dashboards;

class TestDashboardDefinitions final : public QObject
{
    Q_OBJECT

private slots:
    void fiveViews();
    void panelsParse();
    void catalogNames();
    void thresholds();
    void variables();
    void expandEscapes();
    void lowUtilization();
    void durations();
};

void TestDashboardDefinitions::fiveViews()
{
    QStringList ids;
    for (const models::DashboardDefinition &d : dashboards::all())
    {
        ids << d.id;
        QVERIFY(!d.title().isEmpty());
        QVERIFY(!d.panels.isEmpty());
    }
    QCOMPARE(ids, QStringList({ u"cluster"_s, u"node"_s, u"user"_s, u"task"_s, u"task-details"_s }));
    QVERIFY(dashboards::find(u"node"_s));
    QVERIFY(!dashboards::find(u"nope"_s));
}

void TestDashboardDefinitions::panelsParse()
{
    const QHash<QString, QString> values = { { u"pool"_s, u"pool-a"_s }, { u"job"_s, u"j-1"_s } };
    QSet<QString> ids;
    for (const models::DashboardDefinition &d : dashboards::all())
    {
        for (const models::PanelDefinition &p : d.panels)
        {
            QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            QVERIFY(!p.title().isEmpty());
            const QString expr = dashboards::expand(p.expr, values);
            QVERIFY2(!expr.contains(u'$'), qPrintable(expr));
            const auto parsed = server::promql::parse(expr);
            QVERIFY2(parsed.ok(), qPrintable(p.id + u": "_s + parsed.error));
            // Every variable a panel uses is one its view offers.
            static const QRegularExpression var(u"\\$([a-z]+)"_s);
            auto it = var.globalMatch(p.expr);
            while (it.hasNext())
            {
                const QString name = it.next().captured(1);
                bool offered = false;
                for (const models::VariableDefinition &v : d.variables)
                    offered = offered || v.name == name;
                QVERIFY2(offered, qPrintable(d.id + u": $"_s + name));
            }
        }
    }
}

void TestDashboardDefinitions::catalogNames()
{
    // Metric names from the AOM catalog only (pools_monitoring.md §5.9).
    static const QRegularExpression metric(u"\\b(ma_[a-z_]+)"_s);
    for (const models::DashboardDefinition &d : dashboards::all())
    {
        for (const models::PanelDefinition &p : d.panels)
        {
            auto it = metric.globalMatch(p.expr);
            QVERIFY(it.hasNext());
            while (it.hasNext())
            {
                const QString name = it.next().captured(1);
                QVERIFY2(name.startsWith(u"ma_node_"_s) || name.startsWith(u"ma_container_"_s), qPrintable(name));
                if (d.id == u"cluster"_s || d.id == u"node"_s)
                    QVERIFY2(name.startsWith(u"ma_node_"_s), qPrintable(name));
                else
                    QVERIFY2(name.startsWith(u"ma_container_"_s), qPrintable(name));
            }
        }
    }
}

void TestDashboardDefinitions::thresholds()
{
    auto panel = [](const QString &view, const QString &id) -> const models::PanelDefinition *
    {
        for (const models::PanelDefinition &p : dashboards::find(view)->panels)
        {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    };
    const models::PanelDefinition *cpu = panel(u"node"_s, u"node.cpu"_s);
    QVERIFY(cpu);
    QCOMPARE(cpu->thresholds.size(), 1);
    QCOMPARE(cpu->thresholds[0].value, 95.0);
    QCOMPARE(cpu->thresholds[0].severity, models::PanelThreshold::Severity::Major);
    QCOMPARE(cpu->unit, u"%"_s);
    QCOMPARE(cpu->maximum, 100.0);
    const models::PanelDefinition *gpumem = panel(u"node"_s, u"node.gpumem"_s);
    QCOMPARE(gpumem->thresholds[0].value, 97.0);
    const models::PanelDefinition *disk = panel(u"cluster"_s, u"cluster.disk"_s);
    QCOMPARE(disk->thresholds[0].value, 90.0);
    QCOMPARE(disk->thresholds[0].severity, models::PanelThreshold::Severity::Critical);
    QCOMPARE(panel(u"task-details"_s, u"details.cpu"_s)->thresholds[0].severity,
        models::PanelThreshold::Severity::Suggestion);
}

void TestDashboardDefinitions::variables()
{
    const models::DashboardDefinition *details = dashboards::find(u"task-details"_s);
    QStringList names;
    for (const models::VariableDefinition &v : details->variables)
    {
        names << v.name;
        QVERIFY(!v.title().isEmpty());
        QVERIFY(server::promql::parse(dashboards::expand(v.source, {})).ok());
    }
    QCOMPARE(names, QStringList({ u"pool"_s, u"job"_s, u"task"_s }));
    QCOMPARE(details->variables[2].label, u"instance_name"_s);
}

void TestDashboardDefinitions::expandEscapes()
{
    QCOMPARE(dashboards::expand(u"m{a=~\"$pool\"}"_s, {}), u"m{a=~\".*\"}"_s);
    QCOMPARE(dashboards::expand(u"m{a=~\"$pool\"}"_s, { { u"pool"_s, u"*"_s } }), u"m{a=~\".*\"}"_s);
    QCOMPARE(dashboards::expand(u"m{a=~\"$pool\"}"_s, { { u"pool"_s, u"p-1"_s } }), u"m{a=~\"p\\\\-1\"}"_s);
    // A hostile value stays inside its string and matches only itself.
    const QString expr = dashboards::expand(u"m{a=~\"$pool\"}"_s, { { u"pool"_s, u"x\"}) or vector(1"_s } });
    const auto parsed = server::promql::parse(expr);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.expr->matchers.size(), size_t(2));
    QVERIFY(
        QRegularExpression(u"^(?:%1)$"_s.arg(parsed.expr->matchers[1].value)).match(u"x\"}) or vector(1"_s).hasMatch());
    // Several lines: any of them (the Task view's jobs compared on one chart).
    QCOMPARE(dashboards::expand(u"m{a=~\"$job\"}"_s, { { u"job"_s, u"j-1\nj2\n"_s } }), u"m{a=~\"j\\\\-1|j2\"}"_s);
    const models::DashboardDefinition *task = dashboards::find(u"task"_s);
    QVERIFY(task);
    QVERIFY(task->variables.last().multi);
    QCOMPARE(task->variables.last().name, u"job"_s);
}

void TestDashboardDefinitions::lowUtilization()
{
    const QString q = dashboards::lowUtilizationQuery(u"5b24470f"_s, false, 3 * 24 * 3600 * 1000LL);
    QCOMPARE(
        q, u"avg(avg_over_time(ma_container_gpu_util{service_id=\"5b24470f\",instance_name=~\".*-worker-0\"}[3d]))"_s);
    QVERIFY(server::promql::parse(q).ok());
    QVERIFY(dashboards::lowUtilizationQuery(u"j"_s, true, 60000).contains(u"ma_container_npu_util"_s));
    QCOMPARE(dashboards::lowUtilizationPercent, 50.0);
}

void TestDashboardDefinitions::durations()
{
    QCOMPARE(dashboards::promDuration(90 * 60 * 1000), u"1h30m"_s);
    QCOMPARE(dashboards::promDuration(1500), u"1500ms"_s);
    QCOMPARE(dashboards::promDuration(0), u"1s"_s);
    QCOMPARE(server::promql::parseDuration(dashboards::promDuration(93784000)), 93784000);
}

QTEST_APPLESS_MAIN(TestDashboardDefinitions)
#include "tst_dashboarddefinitions.moc"
