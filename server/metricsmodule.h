#pragma once

// modelarts-local as a metrics source (issue 11): GET /metrics in the Prometheus text format
// and the Prometheus HTTP API (/api/v1/query, query_range, series, labels,
// label/<name>/values; GET or form-encoded POST) over an in-memory sample store fed by the
// same collection as /metrics. Errors of the /api/v1 routes have Prometheus's own shape:
// {"status":"error","errorType":"bad_data","error":"..."}.

#include "metricsexporter.h"
#include "promqlengine.h"
#include "servermodule.h"

#include <memory>

class QTimer;

namespace ma::server
{
class PoolStore;

class MetricsModule final : public ServerModule
{
    Q_OBJECT

public:
    /** How often the store samples by itself (as Prometheus's default scrape interval). */
    static constexpr int kSampleIntervalMs = 15000;

    explicit MetricsModule(ServerContext &context, QObject *parent = nullptr);
    ~MetricsModule() override;

    void registerRoutes(Router &router) override;
    void start() override;

    /** How often the samples are written to the data folder (and once when the module goes). */
    static constexpr int kSaveIntervalMs = 5 * 60 * 1000;
    /** The file in the data folder that holds the samples across restarts. */
    static QString historyPath(const QString &dataDir);

    /** One sampling round now (also run before each query when the last round is over 1 s old). */
    void sample();
    /** Writes the samples to historyPath() now (owner-only, atomically); false when it cannot. */
    bool saveHistory();
    const promql::SampleStore &samples() const { return m_samples; }

private:
    Response query(const Request &request);
    Response queryRange(const Request &request);
    Response series(const Request &request);
    Response labels(const Request &request);
    Response labelValues(const Request &request);
    void sampleIfStale();
    void loadHistory();

    std::unique_ptr<PoolStore> m_pools;
    std::unique_ptr<MetricsExporter> m_exporter;
    promql::SampleStore m_samples;
    QTimer *m_timer = nullptr;
    QTimer *m_saveTimer = nullptr;
};
} // namespace ma::server
