// LowUtilizationProbe against the real local backend's Prometheus HTTP API: a simulated V100
// job that idles around 25 % GPU usage is reported below the console's 50 % mark, a job without
// samples is not, and without a data source nothing is reported.

#include "api/prometheusclient.h"
#include "localbackend.h"
#include "models/lowutilizationprobe.h"
#include "server/localserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::LowUtilizationCandidate;
using models::LowUtilizationProbe;

namespace
{
constexpr int kWaitMs = 20000;
}

class TestLowUtilizationProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idleGpuJobIsLow();
    void withoutSourceNothingIsLow();
};

void TestLowUtilizationProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLowUtilizationProbe::idleGpuJobIsLow()
{
    test::LocalBackend backend(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const server::ServerConfig &c = backend.server().config();
    api::PrometheusClient prometheus(client.get(), api::PrometheusSource { backend.url(), c.userName, c.password });
    const QString id = test::createDemoGpuJob(*client, backend.projectId(), QStringLiteral("idle-gpu"), 1);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*client, id), QStringLiteral("Running"), kWaitMs);

    LowUtilizationProbe probe;
    probe.setClient(&prometheus);
    QSignalSpy checked(&probe, &LowUtilizationProbe::checked);
    const LowUtilizationCandidate idle { id, false, 120000 };
    const LowUtilizationCandidate unknown { QStringLiteral("no-such-job"), false, 120000 };
    // The first samples come with the backend's next metrics tick: ask until they are there.
    using Averages = QHash<QString, double>;
    Averages low;
    const auto checkOnce = [&]
    {
        checked.clear();
        probe.check({ idle, unknown });
        if (!checked.wait(kWaitMs))
            return false;
        low = checked.front().front().value<Averages>();
        return low.contains(id);
    };
    QTRY_VERIFY_WITH_TIMEOUT(checkOnce(), kWaitMs);
    QVERIFY2(low.value(id) >= 0 && low.value(id) < 50.0, qPrintable(QString::number(low.value(id))));
    QVERIFY(!low.contains(QStringLiteral("no-such-job"))); // no samples: no alarm
    QVERIFY(!probe.lastCheckComplete()); // ... and asked again next time
    checked.clear();
    probe.check({ idle });
    QVERIFY(checked.wait(kWaitMs));
    QVERIFY(probe.lastCheckComplete());
}

void TestLowUtilizationProbe::withoutSourceNothingIsLow()
{
    LowUtilizationProbe probe;
    QSignalSpy checked(&probe, &LowUtilizationProbe::checked);
    probe.check({ LowUtilizationCandidate { QStringLiteral("job"), true, 1000 } });
    QCOMPARE(checked.count(), 1);
    using Averages = QHash<QString, double>;
    QVERIFY(checked.front().front().value<Averages>().isEmpty());
    QVERIFY(!probe.isRunning());
}

QTEST_GUILESS_MAIN(TestLowUtilizationProbe)
#include "tst_lowutilizationprobe.moc"
