// Benchmark (not a test): decoding a Prometheus query_range answer of 100,000 samples
// (100 series x 1,000 points, catalog-like labels) into compact series with
// api::decodePrometheusBody, against the plain nlohmann::json::parse of the same bytes as
// the baseline (issue 11 asks for <= 1.5x). Prints median/min over BENCH_RUNS (default 9).

#include "api/prometheusclient.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <QByteArray>
#include <vector>

namespace
{
QByteArray makeBody(int seriesCount, int points)
{
    QByteArray out;
    out.reserve(seriesCount * points * 28 + seriesCount * 300);
    out += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const double t0 = 1700000000.0;
    for (int s = 0; s < seriesCount; ++s)
    {
        if (s)
            out += ',';
        out += R"({"metric":{"__name__":"ma_container_cpu_util","cid":"e930fb78-d018-5173-a154-99f2a5f50ac4",)";
        out += R"("instance_name":"modelarts-job-5b24470f-0f82-4f15-936d-650e6308a763-worker-)" + QByteArray::number(s);
        out += R"(","modelarts_service":"train","node_ip":"192.168.0.)" + QByteArray::number(s % 250);
        out += R"(","pool_id":"pool-gpu-01","service_id":"5b24470f-0f82-4f15-936d-650e6308a763"},"values":[)";
        for (int p = 0; p < points; ++p)
        {
            if (p)
                out += ',';
            out += '[' + QByteArray::number(t0 + p * 15.0, 'f', 3) + ",\""
                + QByteArray::number(20.0 + (s * 7 + p * 13) % 7000 / 100.0, 'f', 3) + "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

template <typename Fn> double millis(Fn &&fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

int main()
{
    const int runs = std::max(1, std::atoi(qgetenv("BENCH_RUNS").isEmpty() ? "9" : qgetenv("BENCH_RUNS").constData()));
    const QByteArray body = makeBody(100, 1000);
    std::vector<double> baseline;
    std::vector<double> decode;
    size_t check = 0;
    for (int i = 0; i < runs; ++i)
    {
        baseline.push_back(millis(
            [&]
            {
                const auto j = nlohmann::json::parse(body.constBegin(), body.constEnd());
                check += j.size();
            }));
        decode.push_back(millis(
            [&]
            {
                const ma::api::PromResult r = ma::api::decodePrometheusBody(body, 200);
                check += r.series.size() + (r.ok() ? 0 : 1000000);
            }));
    }
    std::sort(baseline.begin(), baseline.end());
    std::sort(decode.begin(), decode.end());
    const double b = baseline[baseline.size() / 2];
    const double d = decode[decode.size() / 2];
    const ma::api::PromResult r = ma::api::decodePrometheusBody(body, 200);
    size_t samples = 0;
    for (const auto &s : r.series)
        samples += s.values.size();
    std::printf("Prometheus query_range decode: %zu series, %zu samples, %.1f MiB (runs=%d)\n", r.series.size(),
        samples, body.size() / 1048576.0, runs);
    std::printf("  baseline: nlohmann::json::parse     median %7.1f ms  min %7.1f ms\n", b, baseline.front());
    std::printf(
        "  api::decodePrometheusBody           median %7.1f ms  min %7.1f ms  = %.2fx baseline (target <= 1.5x)\n", d,
        decode.front(), d / b);
    return check == 0 ? 1 : 0;
}
