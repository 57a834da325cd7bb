// Benchmark (not a test): the node map at 1,000 nodes (10 pools x 2 AZs x 50 nodes, mixed
// statuses, utilisation and jobs). Paint of the whole map per frame in each colour mode and of
// one tile (a hover), against a baseline painting the same 1,000 plain rectangles at the same
// places in the same image; hit-testing of 1,000,000 points against a linear scan of the
// tiles' rectangles; setTiles() with layout. Prints median/min over BENCH_RUNS (default 9).
// Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_nodemap [screenshot.png]

#include "widgets/nodemapwidget.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <vector>

using ma::widgets::NodeMapWidget;
using ma::widgets::NodeTile;
using ma::widgets::StatusTone;

namespace
{
std::vector<NodeTile> makeTiles(int pools, int azs, int perAz)
{
    std::vector<NodeTile> tiles;
    QRandomGenerator random(42);
    for (int p = 0; p < pools; ++p)
    {
        for (int a = 0; a < azs; ++a)
        {
            for (int n = 0; n < perAz; ++n)
            {
                NodeTile t;
                t.name = QStringLiteral("os-node-%1-%2-%3").arg(p).arg(a).arg(n);
                t.group = QStringLiteral("pool-%1").arg(p, 2, 10, QLatin1Char('0'));
                t.subgroup = QStringLiteral("cn-north-4%1").arg(QChar(u'a' + a));
                t.key = t.group + QLatin1Char('/') + t.name;
                const int roll = int(random.bounded(100));
                t.tone = roll < 85 ? StatusTone::Success
                    : roll < 93    ? StatusTone::Progress
                    : roll < 98    ? StatusTone::Warning
                                   : StatusTone::Failure;
                t.statusText = QStringLiteral("Available");
                if (t.tone == StatusTone::Success)
                {
                    t.cpuUtil = random.bounded(100.0);
                    t.acceleratorUtil = random.bounded(100.0);
                    t.acceleratorKind = QStringLiteral("GPU");
                    if (roll < 50)
                        t.jobs = QStringList { QStringLiteral("train-%1").arg(n) };
                }
                tiles.push_back(std::move(t));
            }
        }
    }
    return tiles;
}

/** The baseline: the same rectangles, one colour each, nothing else. */
class PlainRects final : public QWidget
{
public:
    std::vector<QRect> rects;
    std::vector<QColor> colours;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        for (std::size_t i = 0; i < rects.size(); ++i)
            painter.fillRect(rects[i], colours[i]);
    }
};

template <typename Fn> double millis(Fn &&fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

struct Stats
{
    double median;
    double min;
};

template <typename Fn> Stats measure(int runs, Fn &&fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i)
        t.push_back(millis(fn));
    std::sort(t.begin(), t.end());
    return { t[t.size() / 2], t.front() };
}

void print(const char *label, Stats s, const char *unit = "ms", double scale = 1.0)
{
    std::printf("%-46s median %8.3f %s  min %8.3f %s\n", label, s.median * scale, unit, s.min * scale, unit);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QByteArray runsEnv = qgetenv("BENCH_RUNS");
    const int runs = std::max(1, runsEnv.isEmpty() ? 9 : runsEnv.toInt());
    constexpr int kFrames = 20;
    const std::vector<NodeTile> tiles = makeTiles(10, 2, 50);

    NodeMapWidget map;
    const int width = 1100; // the map's share of a 1280-wide window
    map.resize(width, 400);
    const Stats setTiles = measure(runs, [&] { map.setTiles(tiles); });
    map.resize(width, map.heightForWidth(width));
    std::printf("node map: %d tiles in %d sections, %d x %d px (%d runs of %d frames)\n", map.tileCount(),
        int(map.headers().size()), map.width(), map.height(), runs, kFrames);

    QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
    PlainRects plain;
    plain.resize(map.size());
    for (int i = 0; i < map.tileCount(); ++i)
    {
        plain.rects.push_back(map.tileRect(i));
        plain.colours.push_back(NodeMapWidget::colourFor(tiles[std::size_t(i)], NodeMapWidget::ColourMode::Status));
    }

    const auto frames = [&](QWidget &w, const QRegion &region = QRegion())
    {
        return measure(runs,
                   [&]
                   {
                       for (int f = 0; f < kFrames; ++f)
                           w.render(&image, QPoint(), region, QWidget::DrawWindowBackground);
                   })
                   .median
            / kFrames;
    };
    const double baseline = frames(plain);
    std::printf("%-46s %8.3f ms/frame\n", "baseline: 1,000 plain fillRect", baseline);
    for (const auto &[mode, label] : { std::pair { NodeMapWidget::ColourMode::Status, "node map, colour by status" },
             std::pair { NodeMapWidget::ColourMode::Cpu, "node map, colour by CPU utilisation" },
             std::pair { NodeMapWidget::ColourMode::Accelerator, "node map, colour by GPU/NPU utilisation" } })
    {
        map.setColourMode(mode);
        const double ms = frames(map);
        std::printf("%-46s %8.3f ms/frame  (%.2fx baseline)\n", label, ms, ms / baseline);
    }
    map.setColourMode(NodeMapWidget::ColourMode::Status);
    map.setSelectedKeys({ tiles[5].key, tiles[600].key });
    const QRect hover = map.tileRect(500).adjusted(-3, -3, 3, 3);
    std::printf("%-46s %8.3f ms/frame\n", "node map, one tile repainted (hover)", frames(map, hover));

    // Hit-testing: the widget's arithmetic against a scan of every tile's rectangle.
    std::vector<QPoint> points;
    QRandomGenerator random(7);
    constexpr int kPoints = 1'000'000;
    points.reserve(kPoints);
    for (int i = 0; i < kPoints; ++i)
        points.emplace_back(int(random.bounded(map.width())), int(random.bounded(map.height())));
    long hits = 0;
    const Stats hit = measure(runs,
        [&]
        {
            for (const QPoint &p : points)
                hits += map.tileAt(p) >= 0 ? 1 : 0;
        });
    const Stats scan = measure(runs,
        [&]
        {
            for (const QPoint &p : points)
            {
                for (std::size_t i = 0; i < plain.rects.size(); ++i)
                {
                    if (plain.rects[i].contains(p))
                    {
                        ++hits;
                        break;
                    }
                }
            }
        });
    print("hit-test tileAt(), per call", hit, "ns", 1e6 / kPoints);
    print("baseline: scan of 1,000 rects, per call", scan, "ns", 1e6 / kPoints);
    print("setTiles(1,000 tiles) with layout", setTiles);
    if (hits < 0)
        return 1;

    if (argc > 1)
    {
        map.resize(width, 700);
        map.setColourMode(NodeMapWidget::ColourMode::Cpu);
        map.grab().save(QString::fromLocal8Bit(argv[1]));
    }
    return 0;
}
