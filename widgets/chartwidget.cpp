#include "chartwidget.h"

#include "models/seriesdecimation.h"
#include "widgets/theme.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>
#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPicture>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <vector>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
constexpr qint64 MinimumSpanMs = 10 * 1000; // zooming in further only shows one sample
constexpr qint64 MinimumFollowSpanMs = 60 * 1000;
constexpr int LegendWrap = 4; // legend items per row
// Longer series are drawn from a min/max decimation made off the UI thread (see requestDecimations).
constexpr int DecimateAbove = 20000;

double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

qint64 toMs(double key)
{
    return qint64(std::llround(key * 1000.0));
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

/** Ticks on round local times (every 5 min, 1 h, 6 h...), labelled with the application locale. */
class LocalTimeTicker final : public QCPAxisTickerDateTime
{
public:
    LocalTimeTicker()
    {
        // Multiples of an hour count from local midnight, not from UTC midnight.
        setTickOrigin(double(-QDateTime::currentDateTime().offsetFromUtc()));
    }

protected:
    double getTickStep(const QCPRange &range) override
    {
        static constexpr double steps[]
            = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200 };
        const double target = range.size() / std::max(1, tickCount());
        if (target > steps[std::size(steps) - 1] * 1.5)
            return QCPAxisTickerDateTime::getTickStep(range); // days and months: the base aligns to dates
        double best = steps[0];
        for (double step : steps)
        {
            if (std::abs(std::log(step / target)) < std::abs(std::log(best / target)))
                best = step;
        }
        mDateStrategy = dsNone;
        return best;
    }

    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        Q_UNUSED(locale)
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(toMs(tick)), dateTimeFormat());
    }
};

/** "0:45", "12:30", "1:05:00", "2 d 03:00:00": a duration since the start of a run. */
QString formatElapsed(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 seconds = std::llabs(ms) / 1000;
    const qint64 days = seconds / 86400;
    seconds %= 86400;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 sec = seconds % 60;
    QString text;
    if (days > 0)
        text
            = ChartWidget::tr("%1 d %2", "days, then hh:mm:ss")
                  .arg(days)
                  .arg(
                      u"%1:%2:%3"_s.arg(h, 2, 10, QChar(u'0')).arg(m, 2, 10, QChar(u'0')).arg(sec, 2, 10, QChar(u'0')));
    else if (h > 0)
        text = u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(sec, 2, 10, QChar(u'0'));
    else
        text = u"%1:%2"_s.arg(m).arg(sec, 2, 10, QChar(u'0'));
    return negative ? u"-"_s + text : text;
}

/** Ticks on round durations since the start (every 30 s, 5 min, 1 h...), labelled "1:30:00". */
class ElapsedTicker final : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        static constexpr double steps[] = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600,
            43200, 86400, 172800, 604800 };
        const double target = range.size() / std::max(1, tickCount());
        double best = steps[0];
        for (double step : steps)
        {
            if (std::abs(std::log(step / target)) < std::abs(std::log(best / target)))
                best = step;
        }
        return best;
    }

    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        Q_UNUSED(locale)
        Q_UNUSED(formatChar)
        Q_UNUSED(precision)
        return formatElapsed(toMs(tick));
    }
};

/**
 * The hover overlay: a vertical line at the hovered time and a box listing the values, each with its
 * series colour. Not clickable (selectTest -1), so it never steals clicks from the legend or the plot.
 */
class HoverItem final : public QCPAbstractItem
{
public:
    struct Line
    {
        QColor color;
        QString text;
    };

    explicit HoverItem(QCustomPlot *plot)
        : QCPAbstractItem(plot)
        , anchor(createPosition(u"anchor"_s))
    {
        anchor->setTypeX(QCPItemPosition::ptPlotCoords);
        anchor->setTypeY(QCPItemPosition::ptAxisRectRatio);
        setSelectable(false);
    }

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

    QCPItemPosition *const anchor;
    QString title;
    QList<Line> lines;
    QFont font;
    QColor background;
    QColor border;
    QColor text;
    QColor cursorLine;

protected:
    void draw(QCPPainter *painter) override
    {
        const QRectF area = clipRect();
        const QPointF at = anchor->pixelPosition();
        if (!area.isValid() || at.x() < area.left() || at.x() > area.right())
            return;
        painter->setAntialiasing(false);
        painter->setPen(QPen(cursorLine, 1, Qt::DashLine));
        painter->drawLine(QPointF(at.x(), area.top()), QPointF(at.x(), area.bottom()));
        if (title.isEmpty())
            return;

        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font);
        const QFontMetricsF fmBold(bold);
        const double padding = 8;
        const double swatch = std::round(fm.height() * 0.55);
        const double gap = 6;
        const double lineHeight = fm.height() + 2;
        double width = fmBold.horizontalAdvance(title);
        for (const Line &line : std::as_const(lines))
            width = std::max(width, swatch + gap + fm.horizontalAdvance(line.text));
        const QSizeF size(std::ceil(width + 2 * padding),
            std::ceil(2 * padding + fmBold.height() + 2 + lineHeight * double(lines.size())));
        // Right of the line when it fits, otherwise left of it; always inside the plot area.
        QRectF box(QPointF(at.x() + 12, area.top() + 8), size);
        if (box.right() > area.right() - 4)
            box.moveRight(at.x() - 12);
        if (box.left() < area.left() + 4)
            box.moveLeft(area.left() + 4);

        painter->setAntialiasing(true);
        painter->setPen(QPen(border, 1));
        painter->setBrush(background);
        painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

        double y = box.top() + padding;
        painter->setPen(text);
        painter->setFont(bold);
        painter->drawText(
            QRectF(box.left() + padding, y, width, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += fmBold.height() + 2;
        painter->setFont(font);
        for (const Line &line : std::as_const(lines))
        {
            const QRectF swatchRect(box.left() + padding, y + (lineHeight - swatch) / 2, swatch, swatch);
            painter->setPen(Qt::NoPen);
            painter->setBrush(line.color);
            painter->drawRoundedRect(swatchRect, 2, 2);
            painter->setPen(text);
            painter->drawText(QRectF(swatchRect.right() + gap, y, width - swatch - gap, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter, line.text);
            y += lineHeight;
        }
    }
};

/**
 * Replots queued charts one per event-loop turn. A dashboard whose twelve panels get their data
 * in the same turn would otherwise render all twelve before the loop runs again (a 100 ms stall);
 * paced, each turn renders one plot and input, timers and painting run in between.
 */
class ReplotPacer final : public QObject
{
public:
    static ReplotPacer &instance()
    {
        static ReplotPacer *pacer = new ReplotPacer(QCoreApplication::instance());
        return *pacer;
    }

    void schedule(QCustomPlot *plot)
    {
        if (m_queue.contains(plot))
            return;
        m_queue.append(plot);
        if (m_queue.size() == 1)
            post();
    }

    /** The replot of @p plot happens now (an immediate one, or its widget goes away). */
    void unschedule(QCustomPlot *plot) { m_queue.removeAll(plot); }

private:
    using QObject::QObject;

    void post()
    {
        // A queued call posted while posted events are being delivered runs in the next turn.
        QMetaObject::invokeMethod(
            this, [this] { runOne(); }, Qt::QueuedConnection);
    }

    void runOne()
    {
        while (!m_queue.isEmpty())
        {
            const QPointer<QCustomPlot> plot = m_queue.takeFirst();
            if (plot)
            {
                plot->replot(QCustomPlot::rpQueuedRefresh); // renders now, paints with the others
                break;
            }
        }
        if (!m_queue.isEmpty())
            post();
    }

    QList<QPointer<QCustomPlot>> m_queue;
};

QString formatValue(double value, const QString &unit)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude < 10 ? 2 : (magnitude < 1000 ? 1 : 0);
    const QString number = QLocale().toString(value, 'f', decimals);
    if (unit.isEmpty())
        return number;
    if (unit == u"%")
        return ChartWidget::tr("%1%", "a value in percent").arg(number);
    return ChartWidget::tr("%1 %2", "a value and its unit").arg(number, unit);
}
} // namespace

struct ChartWidget::Private
{
    struct Series
    {
        QString id;
        models::TimeSeries data;
        QColor color;
        QCPGraph *graph = nullptr; // owned by the plot
        QCPItemTracer *tracer = nullptr; // owned by the plot
        bool visible = true;
        bool rebuild = true; // the plot's copy must be replaced
        QList<models::TimePoint> tail; // else: points to add after the plot's last key
        quint64 version = 0; // bumped on every data change: a decimation of an older one is stale
        bool decimated = false; // the plot holds `drawn`, a decimation of `data`
        QList<models::TimePoint> drawn;
        // The last decimation asked for: data version, time window and columns.
        quint64 requestedVersion = 0;
        qint64 requestedFrom = 0;
        qint64 requestedTo = 0;
        int requestedColumns = 0;
    };

    explicit Private(ChartWidget *owner)
        : q(owner)
    {
    }

    Series *find(const QString &id)
    {
        const auto it = std::find_if(series.begin(), series.end(), [&](const Series &s) { return s.id == id; });
        return it == series.end() ? nullptr : &*it;
    }
    const Series *find(const QString &id) const { return const_cast<Private *>(this)->find(id); }

    void setup();
    void applyColors();
    void markDirty();
    void flush();
    void applyData(Series &s);
    void requestDecimations();
    void applyDecimation(const QString &id, const models::DecimatedSeries &result);
    void applySeriesStyle(Series &s);
    void applyPen(Series &s);
    void applyFollowRange();
    void updateValueRange();
    void updateTickFormat(const QCPRange &range);
    void updateLegendWrap();
    void setXRange(const QCPRange &range);
    void setFollowing(bool follow);
    void onXRangeChanged(const QCPRange &range);
    void showHover(qint64 timeMs);
    void hideHover();
    void placeResetButton();
    void scheduleReplot() { ReplotPacer::instance().schedule(plot); }
    QString legendName(const Series &s) const { return s.data.name().isEmpty() ? s.id : s.data.name(); }

    ChartWidget *const q;
    QCustomPlot *plot = nullptr;
    QCPTextElement *titleElement = nullptr;
    QCPItemText *emptyLabel = nullptr;
    QCPLayoutGrid *legendRow = nullptr;
    QList<QCPItemStraightLine *> thresholdLines;
    qint64 homeFrom = 0;
    qint64 homeTo = 0; // homeTo > homeFrom: follow shows exactly this range
    HoverItem *hover = nullptr;
    QCPLayer *hoverLayer = nullptr;
    QSharedPointer<LocalTimeTicker> ticker;
    QSharedPointer<ElapsedTicker> elapsedTicker;
    ChartWidget::TimeAxis timeAxis = ChartWidget::TimeAxis::LocalTime;
    QToolButton *resetButton = nullptr;
    QTimer replotTimer;
    models::SeriesDecimator decimator;
    std::vector<Series> series;
    QString title;
    QString axisLabel;
    QString axisUnit;
    QString emptyText;
    std::optional<double> yMin;
    std::optional<double> yMax;
    qint64 window = 0;
    std::optional<qint64> hoverTime;
    bool hoverFromMouse = false;
    QString hoverText;
    int replots = 0;
    int nextColor = 0;
    bool following = true;
    bool settingRange = false;
};

void ChartWidget::Private::setup()
{
    plot = new QCustomPlot(q);
    plot->setObjectName(u"chartPlot"_s);
    plot->setMouseTracking(true);
    plot->setNoAntialiasingOnDrag(true);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setAutoAddPlottableToLegend(true);
    plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems);

    QCPAxisRect *rect = plot->axisRect();
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeZoomFactor(0.85);

    ticker = QSharedPointer<LocalTimeTicker>::create();
    ticker->setTickCount(6);
    elapsedTicker = QSharedPointer<ElapsedTicker>::create();
    elapsedTicker->setTickCount(6);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->grid()->setSubGridVisible(false);
    plot->yAxis->grid()->setSubGridVisible(false);
    plot->xAxis->setSubTicks(false);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setPadding(6);
    plot->yAxis->setLabelPadding(6);
    plot->xAxis->setTickLabelPadding(6);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    rect->setMinimumMargins(QMargins(8, 12, 20, 4)); // room for the last tick label on the right

    // Legend centred below the plot so it never covers data. The spacers on both sides keep it
    // compact and stop an empty legend from limiting the width of the whole column.
    plot->legend->setVisible(true);
    rect->insetLayout()->take(plot->legend);
    legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, legendRow);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    legendRow->addElement(0, 0, new QCPLayoutElement(plot));
    legendRow->addElement(0, 1, plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactors({ 1.0, 0.001, 1.0 });
    legendRow->setColumnSpacing(0);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(LegendWrap);
    plot->legend->setMargins(QMargins(8, 2, 8, 6));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setIconSize(QSize(18, 10));
    plot->legend->setColumnSpacing(16);
    plot->legend->setSelectableParts(QCPLegend::spNone);

    emptyLabel = new QCPItemText(plot);
    emptyLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    emptyLabel->position->setCoords(0.5, 0.5);
    emptyLabel->setPositionAlignment(Qt::AlignCenter);
    emptyLabel->setSelectable(false);

    plot->addLayer(u"hover"_s, plot->layer(u"legend"_s), QCustomPlot::limAbove);
    hoverLayer = plot->layer(u"hover"_s);
    hoverLayer->setMode(QCPLayer::lmBuffered); // moving the mouse redraws this layer only
    hover = new HoverItem(plot);
    hover->setLayer(hoverLayer);
    hover->setVisible(false);

    // A sensible empty frame: the last hour, 0..100 until data or an axis arrive.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setXRange(QCPRange(toKey(now - 3600 * 1000), toKey(now)));
    plot->yAxis->setRange(0, 100);

    replotTimer.setSingleShot(true);
    replotTimer.setInterval(ReplotDelayMs);

    resetButton = new QToolButton(q);
    resetButton->setObjectName(u"resetZoomButton"_s);
    resetButton->setText(ChartWidget::tr("Reset zoom"));
    resetButton->setToolTip(ChartWidget::tr("Show the latest data again (double-click the chart)"));
    resetButton->setVisible(false);
}

void ChartWidget::Private::applyColors()
{
    const QPalette pal = q->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor axis = mix(base, text, 0.45);
    const QColor grid = mix(base, text, 0.12);

    plot->setBackground(base);
    plot->axisRect()->setBackground(base);
    for (QCPAxis *a : { plot->xAxis, plot->yAxis })
    {
        a->setBasePen(QPen(axis, 1));
        a->setTickPen(QPen(axis, 1));
        a->setSubTickPen(QPen(axis, 1));
        a->setTickLabelColor(text);
        a->setLabelColor(text);
        a->setTickLabelFont(q->font());
        a->setLabelFont(q->font());
        a->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
        a->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot->yAxis->setTickLength(0, 4);
    plot->xAxis->setTickLength(0, 4);
    plot->legend->setFont(q->font());
    plot->legend->setTextColor(text);
    if (titleElement)
    {
        QFont f = q->font();
        f.setBold(true);
        titleElement->setFont(f);
        titleElement->setTextColor(text);
    }
    emptyLabel->setColor(pal.color(QPalette::PlaceholderText));
    QFont emptyFont = q->font();
    if (emptyFont.pointSizeF() > 0)
        emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    emptyLabel->setFont(emptyFont);

    QColor background = base;
    background.setAlpha(235);
    hover->background = background;
    hover->border = mix(base, text, 0.3);
    hover->text = text;
    hover->cursorLine = mix(base, text, 0.5);
    hover->font = q->font();
    for (Series &s : series)
        applySeriesStyle(s);
}

void ChartWidget::Private::applyPen(Series &s)
{
    // More points on screen than pixel columns: a dense band where a wide line adds nothing but
    // cost (Qt strokes a wider-than-1-pixel line through a path fill, ~50x slower: 40 ms for one
    // decimated million-point series, 10-30 ms per dashboard panel). One pixel, as Grafana draws.
    const QCPRange x = plot->xAxis->range();
    const QList<models::TimePoint> &points = s.decimated ? s.drawn : s.data.points();
    const auto lowerBound = [&points](qint64 t)
    {
        return std::lower_bound(points.cbegin(), points.cend(), t,
                   [](const models::TimePoint &p, qint64 time) { return p.timeMs < time; })
            - points.cbegin();
    };
    const qsizetype onScreen = lowerBound(toMs(x.upper)) - lowerBound(toMs(x.lower));
    const double width = onScreen > std::max(64, plot->axisRect()->width()) ? 1.0 : 1.6;
    if (s.graph->pen().widthF() == width && s.graph->pen().color() == s.color)
        return;
    QPen pen(s.color, width);
    pen.setCosmetic(true);
    s.graph->setPen(pen);
}

void ChartWidget::Private::applySeriesStyle(Series &s)
{
    applyPen(s);
    s.graph->setName(legendName(s));
    // Short series get dots: a single sample (a job that just started) would otherwise be invisible.
    s.graph->setScatterStyle(
        s.data.size() <= 20 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4) : QCPScatterStyle(QCPScatterStyle::ssNone));
    s.graph->setVisible(s.visible);
    if (QCPPlottableLegendItem *item = plot->legend->itemWithPlottable(s.graph))
    {
        const QPalette pal = q->palette();
        item->setTextColor(s.visible ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        QFont f = q->font();
        f.setStrikeOut(!s.visible);
        item->setFont(f);
    }
    s.tracer->setPen(QPen(s.color, 2));
    s.tracer->setBrush(q->palette().color(QPalette::Base));
}

void ChartWidget::Private::markDirty()
{
    if (!replotTimer.isActive())
        replotTimer.start(); // not restarted by later changes: a steady stream still replots every interval
}

void ChartWidget::Private::applyData(Series &s)
{
    const auto convert = [](const QList<models::TimePoint> &points)
    {
        QVector<QCPGraphData> out;
        out.reserve(points.size());
        for (const models::TimePoint &p : points)
            out.append(QCPGraphData(toKey(p.timeMs), p.value));
        return out;
    };
    if (s.rebuild)
        s.graph->data()->set(convert(s.data.points()), true);
    else if (!s.tail.isEmpty())
        s.graph->data()->add(convert(s.tail), true);
    s.rebuild = false;
    s.tail.clear();
}

void ChartWidget::Private::flush()
{
    replotTimer.stop();
    bool anyData = false;
    for (Series &s : series)
    {
        if (s.data.size() > DecimateAbove)
        {
            // The plot keeps its current points until the decimation of the new data lands.
            s.decimated = true;
            s.rebuild = false;
            s.tail.clear();
        }
        else
        {
            if (s.decimated)
            {
                decimator.cancel(s.id);
                s.decimated = false;
                s.drawn.clear();
                s.rebuild = true;
            }
            applyData(s);
        }
        applySeriesStyle(s);
        anyData = anyData || s.data.hasData();
    }
    emptyLabel->setText(emptyText);
    emptyLabel->setVisible(!anyData);
    updateLegendWrap();
    if (following)
        applyFollowRange();
    for (Series &s : series)
        applyPen(s); // for the range now shown
    updateValueRange();
    if (hoverTime)
        showHover(*hoverTime);
    requestDecimations();
    scheduleReplot();
}

void ChartWidget::Private::updateLegendWrap()
{
    // As many entries per row as fit the widget (at most LegendWrap), so a long name (a job's)
    // moves to the next row instead of being cut.
    int widest = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
    {
        if (const QCPAbstractLegendItem *item = plot->legend->item(i))
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    if (widest <= 0)
        return;
    const QMargins margins = plot->legend->margins();
    const int spacing = plot->legend->columnSpacing();
    const int available = q->width() - margins.left() - margins.right() - 16;
    const int perRow = std::clamp((available + spacing) / (widest + spacing), 1, LegendWrap);
    if (perRow == plot->legend->wrap())
        return;
    plot->legend->setWrap(perRow);
    plot->legend->setFillOrder(plot->legend->fillOrder(), true); // re-flows the entries
    scheduleReplot();
}

void ChartWidget::Private::requestDecimations()
{
    // One visible span on each side at the same resolution: a pan draws exact data at once while
    // the decimation for the new range runs; each column is one pixel of the plot.
    const QCPRange x = plot->xAxis->range();
    const qint64 from = toMs(x.lower);
    const qint64 span = std::max<qint64>(1, toMs(x.upper) - from);
    const qint64 windowFrom = from - span;
    const qint64 windowTo = from + 2 * span;
    const int columns = 3 * std::max(64, plot->axisRect()->width());
    for (Series &s : series)
    {
        if (!s.decimated
            || (s.requestedVersion == s.version && s.requestedFrom == windowFrom && s.requestedTo == windowTo
                && s.requestedColumns == columns))
            continue;
        s.requestedVersion = s.version;
        s.requestedFrom = windowFrom;
        s.requestedTo = windowTo;
        s.requestedColumns = columns;
        decimator.request(s.id, s.version, s.data.points(), windowFrom, windowTo, columns);
    }
}

void ChartWidget::Private::applyDecimation(const QString &id, const models::DecimatedSeries &result)
{
    Series *s = find(id);
    // Made from data that has changed since (or the series went away or got short): never shown.
    if (!s || !s->decimated || result.version != s->version)
        return;
    s->drawn = result.points;
    QVector<QCPGraphData> out;
    out.reserve(s->drawn.size());
    for (const models::TimePoint &p : std::as_const(s->drawn))
        out.append(QCPGraphData(toKey(p.timeMs), p.value));
    s->graph->data()->set(out, true);
    applyPen(*s);
    updateValueRange();
    scheduleReplot();
}

void ChartWidget::Private::setXRange(const QCPRange &range)
{
    settingRange = true;
    plot->xAxis->setRange(range);
    settingRange = false;
    updateTickFormat(plot->xAxis->range());
}

void ChartWidget::Private::applyFollowRange()
{
    if (homeTo > homeFrom)
    {
        setXRange(QCPRange(toKey(homeFrom), toKey(homeTo)));
        return;
    }
    qint64 first = 0;
    qint64 last = 0;
    bool found = false;
    for (const Series &s : series)
    {
        if (!s.visible || s.data.isEmpty())
            continue;
        first = found ? std::min(first, s.data.firstTime()) : s.data.firstTime();
        last = found ? std::max(last, s.data.lastTime()) : s.data.lastTime();
        found = true;
    }
    if (!found)
        return;
    if (window > 0)
        first = std::max(first, last - window);
    if (timeAxis == ChartWidget::TimeAxis::Elapsed && window <= 0)
        first = std::min<qint64>(first, 0); // the runs from their start
    if (last - first < MinimumFollowSpanMs)
    {
        // A short run since its start: room after it, never time before the start.
        if (timeAxis == ChartWidget::TimeAxis::Elapsed)
            last = first + MinimumFollowSpanMs;
        else
            first = last - MinimumFollowSpanMs;
    }
    const qint64 pad = (last - first) / 50; // keep the newest sample off the frame
    setXRange(QCPRange(toKey(first), toKey(last + pad)));
}

void ChartWidget::Private::updateValueRange()
{
    if (yMin && yMax)
    {
        plot->yAxis->setRange(*yMin, *yMax);
        return;
    }
    const QCPRange x = plot->xAxis->range();
    const qint64 from = toMs(x.lower);
    const qint64 to = toMs(x.upper);
    std::optional<double> lo;
    std::optional<double> hi;
    for (const Series &s : series)
    {
        if (!s.visible)
            continue;
        // A decimation keeps every column's extremes: its range is the data's (and much shorter).
        const QList<models::TimePoint> &points = s.decimated ? s.drawn : s.data.points();
        const auto lowerBound = [&points](qint64 t)
        {
            return int(std::lower_bound(points.cbegin(), points.cend(), t,
                           [](const models::TimePoint &p, qint64 time) { return p.timeMs < time; })
                - points.cbegin());
        };
        // One sample beyond each edge keeps the line that crosses the edge inside the range.
        const int begin = std::max(0, lowerBound(from) - 1);
        const int end = std::min(int(points.size()), lowerBound(to) + 1);
        for (int i = begin; i < end; ++i)
        {
            const double v = points.at(i).value;
            if (qIsNaN(v))
                continue;
            lo = lo ? std::min(*lo, v) : v;
            hi = hi ? std::max(*hi, v) : v;
        }
    }
    double lower = yMin ? *yMin : std::min(0.0, lo.value_or(0.0));
    double upper = yMax ? *yMax : hi.value_or(axisUnit == u"%" ? 100.0 : 1.0);
    if (!yMax && hi)
    {
        upper += (upper - lower) * 0.08;
        if (axisUnit == u"%" && *hi <= 100.0)
            upper = std::min(upper, 100.0); // a percentage never needs room above 100
    }
    if (!yMin && lo && *lo < 0)
        lower -= (upper - lower) * 0.05;
    if (upper <= lower)
        upper = lower + 1.0;
    plot->yAxis->setRange(lower, upper);
}

void ChartWidget::Private::updateTickFormat(const QCPRange &range)
{
    const double span = range.size();
    QString format;
    if (span <= 10 * 60)
        format = u"HH:mm:ss"_s;
    else if (span <= 36 * 3600)
        format = u"HH:mm"_s;
    else if (span <= 60 * 86400)
        format = u"MMM d\nHH:mm"_s;
    else
        format = u"yyyy-MM-dd"_s;
    ticker->setDateTimeFormat(format);
}

void ChartWidget::Private::setFollowing(bool follow)
{
    if (following == follow)
        return;
    following = follow;
    resetButton->setVisible(!follow);
    placeResetButton();
    Q_EMIT q->followingLatestChanged(follow);
}

void ChartWidget::Private::onXRangeChanged(const QCPRange &range)
{
    if (settingRange)
        return;
    // A change we did not make: the user dragged or zoomed, so stop following.
    if (range.size() < toKey(MinimumSpanMs))
    {
        setXRange(QCPRange(range.center() - toKey(MinimumSpanMs) / 2, range.center() + toKey(MinimumSpanMs) / 2));
    }
    else
    {
        updateTickFormat(range);
    }
    setFollowing(false);
    updateValueRange(); // synchronously, so the plot's own replot already shows it
    for (Series &s : series)
        applyPen(s); // zoomed in or out: the line may have become sparse or dense
    requestDecimations();
    const QCPRange shown = plot->xAxis->range();
    Q_EMIT q->timeRangeChangedByUser(
        QDateTime::fromMSecsSinceEpoch(toMs(shown.lower)), QDateTime::fromMSecsSinceEpoch(toMs(shown.upper)));
}

void ChartWidget::Private::showHover(qint64 timeMs)
{
    hoverTime = timeMs;
    // Snap to the sample nearest to the pointer among the visible series.
    std::optional<qint64> snapped;
    for (const Series &s : series)
    {
        if (!s.visible || s.data.isEmpty())
            continue;
        const qint64 t = s.data.at(s.data.indexNearest(timeMs)).timeMs;
        if (!snapped || std::abs(t - timeMs) < std::abs(*snapped - timeMs))
            snapped = t;
    }
    const qint64 at = snapped.value_or(timeMs);

    QStringList textLines;
    const QString title = timeAxis == ChartWidget::TimeAxis::Elapsed
        ? ChartWidget::tr("%1 since the start").arg(formatElapsed(at))
        : QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), u"yyyy-MM-dd HH:mm:ss"_s);
    textLines << title;
    hover->title = snapped ? title : QString();
    hover->lines.clear();
    for (Series &s : series)
    {
        s.tracer->setVisible(false);
        if (!s.visible || s.data.isEmpty())
            continue;
        const models::TimePoint p = s.data.at(s.data.indexNearest(at));
        // Beyond a series' ends by more than its mean sample spacing: that series has no data here.
        const qint64 spacing
            = s.data.size() > 1 ? (s.data.lastTime() - s.data.firstTime()) / (s.data.size() - 1) : MinimumFollowSpanMs;
        const bool outside = at < s.data.firstTime() - spacing || at > s.data.lastTime() + spacing;
        QString value;
        if (p.isGap() || outside)
        {
            value = ChartWidget::tr("no data");
        }
        else
        {
            value = formatValue(p.value, s.data.unit().isEmpty() ? axisUnit : s.data.unit());
            s.tracer->position->setCoords(toKey(p.timeMs), p.value);
            s.tracer->setVisible(true);
        }
        const QString line = ChartWidget::tr("%1: %2", "series name: value").arg(legendName(s), value);
        textLines << line;
        hover->lines.append({ s.color, line });
    }
    hoverText = textLines.join(u'\n');
    hover->anchor->setCoords(toKey(at), 0);
    hover->setVisible(true);
    hoverLayer->replot();
}

void ChartWidget::Private::hideHover()
{
    if (!hoverTime)
        return;
    hoverTime.reset();
    hoverText.clear();
    hover->setVisible(false);
    for (Series &s : series)
        s.tracer->setVisible(false);
    hoverLayer->replot();
}

void ChartWidget::Private::placeResetButton()
{
    const QSize hint = resetButton->sizeHint();
    const QRect area = plot->axisRect()->rect().translated(plot->pos());
    const int right = area.isValid() ? area.right() : q->width();
    const int top = area.isValid() ? area.top() : 0;
    resetButton->setGeometry(right - hint.width() - 6, top + 6, hint.width(), hint.height());
    resetButton->raise();
}

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->emptyText = tr("No data yet");
    d->setup();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    setMinimumSize(240, 160);

    connect(&d->replotTimer, &QTimer::timeout, this, [this] { d->flush(); });
    connect(&d->decimator, &models::SeriesDecimator::decimated, this,
        [this](const QString &id, const models::DecimatedSeries &result) { d->applyDecimation(id, result); });
    connect(d->plot, &QCustomPlot::afterReplot, this,
        [this]
        {
            ++d->replots;
            d->requestDecimations(); // the plot's width may have changed with this layout
            if (d->resetButton->isVisible())
                d->placeResetButton();
        });
    connect(d->plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
        [this](const QCPRange &range) { d->onXRangeChanged(range); });
    connect(d->plot, &QCustomPlot::legendClick, this,
        [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
        {
            auto *legendItem = qobject_cast<QCPPlottableLegendItem *>(item);
            if (!legendItem)
                return;
            for (const auto &s : d->series)
            {
                if (s.graph == legendItem->plottable())
                {
                    setSeriesVisible(s.id, !s.visible);
                    return;
                }
            }
        });
    connect(d->plot, &QCustomPlot::mouseMove, this,
        [this](QMouseEvent *event)
        {
            const QPointF pos = event->position();
            const bool overLegendItem = qobject_cast<QCPAbstractLegendItem *>(d->plot->layoutElementAt(pos)) != nullptr;
            d->plot->setCursor(overLegendItem ? Qt::PointingHandCursor : Qt::ArrowCursor);
            if (event->buttons() != Qt::NoButton || !d->plot->axisRect()->rect().contains(pos.toPoint()))
            {
                if (d->hoverFromMouse)
                    Q_EMIT hoverLeft();
                d->hoverFromMouse = false;
                d->hideHover();
                return;
            }
            d->hoverFromMouse = true;
            const qint64 at = toMs(d->plot->xAxis->pixelToCoord(pos.x()));
            d->showHover(at);
            Q_EMIT hoverMoved(QDateTime::fromMSecsSinceEpoch(at));
        });
    connect(d->plot, &QCustomPlot::mouseDoubleClick, this,
        [this](QMouseEvent *event)
        {
            if (d->plot->axisRect()->rect().contains(event->position().toPoint()))
                resetZoom();
        });
    connect(d->resetButton, &QToolButton::clicked, this, &ChartWidget::resetZoom);
    connect(d->plot->selectionRect(), &QCPSelectionRect::accepted, this,
        [this](const QRect &rect, QMouseEvent *)
        {
            // Drag-to-zoom: the selected span of the time axis only, never narrower than the minimum.
            const double a = d->plot->xAxis->pixelToCoord(rect.left());
            const double b = d->plot->xAxis->pixelToCoord(rect.right());
            if (std::abs(b - a) * 1000.0 < 1.0)
                return;
            d->plot->xAxis->setRange(std::min(a, b), std::max(a, b)); // a user change: onXRangeChanged
            d->plot->replot(QCustomPlot::rpQueuedReplot);
        });
    d->plot->installEventFilter(this);
    d->applyColors();
    d->markDirty();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString &title)
{
    d->title = title;
    if (title.isEmpty())
    {
        if (d->titleElement)
        {
            d->plot->plotLayout()->remove(d->titleElement);
            d->plot->plotLayout()->simplify();
            d->titleElement = nullptr;
        }
    }
    else if (!d->titleElement)
    {
        d->plot->plotLayout()->insertRow(0);
        d->titleElement = new QCPTextElement(d->plot, title);
        d->titleElement->setMargins(QMargins(8, 6, 8, 0));
        d->plot->plotLayout()->addElement(0, 0, d->titleElement);
        d->plot->plotLayout()->setRowStretchFactor(0, 0.001);
        d->applyColors();
    }
    else
    {
        d->titleElement->setText(title);
    }
    d->markDirty();
}

QString ChartWidget::title() const
{
    return d->title;
}

void ChartWidget::setHomeTimeRange(const QDateTime &from, const QDateTime &to)
{
    const bool valid = from.isValid() && to.isValid() && from < to;
    d->homeFrom = valid ? from.toMSecsSinceEpoch() : 0;
    d->homeTo = valid ? to.toMSecsSinceEpoch() : 0;
    if (valid)
        d->setXRange(QCPRange(toKey(d->homeFrom), toKey(d->homeTo))); // at once: linked panels read it
    d->setFollowing(true);
    d->markDirty();
}

void ChartWidget::setTimeAxis(TimeAxis axis)
{
    if (axis == d->timeAxis)
        return;
    d->timeAxis = axis;
    if (axis == TimeAxis::Elapsed)
        d->plot->xAxis->setTicker(d->elapsedTicker);
    else
        d->plot->xAxis->setTicker(d->ticker);
    if (d->following)
    {
        // The empty frame of each axis: the first ten minutes of a run, or the last hour.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        d->setXRange(axis == TimeAxis::Elapsed ? QCPRange(0, toKey(10 * 60 * 1000))
                                               : QCPRange(toKey(now - 3600 * 1000), toKey(now)));
        d->applyFollowRange();
    }
    d->markDirty();
}

ChartWidget::TimeAxis ChartWidget::timeAxis() const
{
    return d->timeAxis;
}

void ChartWidget::setLegendVisible(bool visible)
{
    const bool shown = d->legendRow->layout() != nullptr;
    if (shown == visible)
        return;
    if (visible)
    {
        QCPLayoutGrid *layout = d->plot->plotLayout();
        layout->insertRow(layout->rowCount());
        layout->addElement(layout->rowCount() - 1, 0, d->legendRow);
        layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    }
    else
    {
        d->plot->plotLayout()->take(d->legendRow);
        d->plot->plotLayout()->simplify();
    }
    d->plot->legend->setVisible(visible);
    d->markDirty();
}

void ChartWidget::setDragZoom(bool enabled)
{
    d->plot->setSelectionRectMode(enabled ? QCP::srmCustom : QCP::srmNone);
    if (enabled)
    {
        const QColor accent = Theme::color(Theme::Role::Accent);
        QColor fill = accent;
        fill.setAlpha(40);
        d->plot->selectionRect()->setPen(QPen(accent, 1));
        d->plot->selectionRect()->setBrush(fill);
    }
}

void ChartWidget::setThresholds(const QList<QPair<double, QColor>> &lines)
{
    for (QCPItemStraightLine *line : std::as_const(d->thresholdLines))
        d->plot->removeItem(line);
    d->thresholdLines.clear();
    for (const auto &[value, color] : lines)
    {
        auto *line = new QCPItemStraightLine(d->plot);
        line->setSelectable(false);
        line->point1->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->point2->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->point1->setCoords(0, value);
        line->point2->setCoords(1, value);
        QPen pen(color, 1, Qt::DashLine);
        pen.setCosmetic(true);
        line->setPen(pen);
        d->thresholdLines.append(line);
    }
    d->markDirty();
}

void ChartWidget::setValueAxis(
    const QString &label, const QString &unit, std::optional<double> min, std::optional<double> max)
{
    d->axisLabel = label;
    d->axisUnit = unit;
    d->yMin = min;
    d->yMax = max;
    QString text = label;
    if (!unit.isEmpty())
        text = label.isEmpty() ? unit : tr("%1 (%2)", "axis label (unit)").arg(label, unit);
    d->plot->yAxis->setLabel(text);
    d->markDirty();
}

void ChartWidget::setTimeWindow(qint64 ms)
{
    d->window = std::max<qint64>(0, ms);
    d->markDirty();
}

qint64 ChartWidget::timeWindow() const
{
    return d->window;
}

void ChartWidget::setEmptyText(const QString &text)
{
    d->emptyText = text;
    d->markDirty();
}

QString ChartWidget::emptyText() const
{
    return d->emptyText;
}

void ChartWidget::setSeries(const QString &id, const models::TimeSeries &series, const QColor &color)
{
    Private::Series *s = d->find(id);
    if (!s)
    {
        Private::Series created;
        created.id = id;
        created.graph = d->plot->addGraph();
        created.graph->setLineStyle(QCPGraph::lsLine);
        created.graph->setAdaptiveSampling(true);
        // Legend items clip to their outer rect: margins keep the descenders ("g", "y") visible.
        if (QCPPlottableLegendItem *item = d->plot->legend->itemWithPlottable(created.graph))
            item->setMargins(QMargins(2, 2, 2, 4));
        created.tracer = new QCPItemTracer(d->plot);
        created.tracer->setLayer(d->hoverLayer);
        created.tracer->setStyle(QCPItemTracer::tsCircle);
        created.tracer->setSize(8);
        created.tracer->setSelectable(false);
        created.tracer->setVisible(false);
        created.color = color.isValid() ? color : Theme::seriesColor(d->nextColor++);
        d->series.push_back(std::move(created));
        s = &d->series.back();
    }
    else if (color.isValid())
    {
        s->color = color;
    }
    s->data = series;
    ++s->version;
    s->rebuild = true;
    s->tail.clear();
    d->applySeriesStyle(*s);
    d->markDirty();
}

void ChartWidget::appendPoints(const QString &id, const QList<models::TimePoint> &points)
{
    Private::Series *s = d->find(id);
    if (!s || points.isEmpty())
        return;
    // Points strictly after the current end can be added to the plot as they are; anything else
    // (an earlier or repeated time) makes the next update replace the plot's copy.
    bool inOrder = !s->rebuild;
    qint64 previous = s->data.isEmpty() ? std::numeric_limits<qint64>::min() : s->data.lastTime();
    for (const models::TimePoint &p : points)
    {
        if (p.timeMs <= previous)
        {
            inOrder = false;
            break;
        }
        previous = p.timeMs;
    }
    const int oldSize = s->data.size();
    s->data.append(points);
    ++s->version;
    if (inOrder)
    {
        s->tail.append(s->data.points().mid(oldSize));
    }
    else
    {
        s->rebuild = true;
        s->tail.clear();
    }
    d->markDirty();
}

void ChartWidget::appendPoint(const QString &id, qint64 timeMs, double value)
{
    appendPoints(id, { models::TimePoint { timeMs, value } });
}

void ChartWidget::removeSeries(const QString &id)
{
    const auto it = std::find_if(d->series.begin(), d->series.end(), [&](const auto &s) { return s.id == id; });
    if (it == d->series.end())
        return;
    d->decimator.cancel(it->id);
    d->plot->removeGraph(it->graph);
    d->plot->removeItem(it->tracer);
    d->series.erase(it);
    d->markDirty();
}

void ChartWidget::clear()
{
    d->hideHover();
    for (const auto &s : d->series)
    {
        d->decimator.cancel(s.id);
        d->plot->removeGraph(s.graph);
        d->plot->removeItem(s.tracer);
    }
    d->series.clear();
    d->nextColor = 0;
    d->setFollowing(true);
    d->markDirty();
}

QStringList ChartWidget::seriesIds() const
{
    QStringList ids;
    for (const auto &s : d->series)
        ids << s.id;
    return ids;
}

int ChartWidget::seriesCount() const
{
    return int(d->series.size());
}

bool ChartWidget::hasSeries(const QString &id) const
{
    return d->find(id) != nullptr;
}

models::TimeSeries ChartWidget::series(const QString &id) const
{
    const Private::Series *s = d->find(id);
    return s ? s->data : models::TimeSeries();
}

QColor ChartWidget::seriesColor(const QString &id) const
{
    const Private::Series *s = d->find(id);
    return s ? s->color : QColor();
}

void ChartWidget::setSeriesVisible(const QString &id, bool visible)
{
    Private::Series *s = d->find(id);
    if (!s || s->visible == visible)
        return;
    s->visible = visible;
    d->applySeriesStyle(*s);
    d->markDirty();
    Q_EMIT seriesVisibilityChanged(id, visible);
}

bool ChartWidget::isSeriesVisible(const QString &id) const
{
    const Private::Series *s = d->find(id);
    return s && s->visible;
}

void ChartWidget::setVisibleTimeRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    d->setXRange(QCPRange(toKey(from.toMSecsSinceEpoch()), toKey(to.toMSecsSinceEpoch())));
    d->setFollowing(false);
    d->markDirty();
}

QPair<QDateTime, QDateTime> ChartWidget::visibleTimeRange() const
{
    const QCPRange r = d->plot->xAxis->range();
    return { QDateTime::fromMSecsSinceEpoch(toMs(r.lower)), QDateTime::fromMSecsSinceEpoch(toMs(r.upper)) };
}

bool ChartWidget::isFollowingLatest() const
{
    return d->following;
}

void ChartWidget::resetZoom()
{
    d->setFollowing(true);
    d->markDirty();
}

void ChartWidget::hoverAt(const QDateTime &time)
{
    d->hoverFromMouse = false;
    d->showHover(time.toMSecsSinceEpoch());
}

void ChartWidget::clearHover()
{
    d->hideHover();
}

QString ChartWidget::hoverText() const
{
    return d->hoverText;
}

void ChartWidget::flush()
{
    d->flush();
}

void ChartWidget::renderVector(QPainter *painter, const QRectF &target)
{
    d->flush();
    // Laid out at the target's size (in the painter's units), not stretched: text keeps its size.
    const QSize size = target.size().toSize().expandedTo(QSize(1, 1));
    // QCustomPlot draws vectors only through a QCPPainter in vectorized mode, as its own
    // savePdf() does; recorded into a QPicture so any painter (a PDF page) can replay it.
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        d->plot->toPainter(&recorder, size.width(), size.height());
    }
    painter->save();
    painter->translate(target.topLeft());
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

int ChartWidget::replotCount() const
{
    return d->replots;
}

QList<models::TimePoint> ChartWidget::drawnPoints(const QString &id) const
{
    const Private::Series *s = d->find(id);
    QList<models::TimePoint> out;
    if (!s)
        return out;
    out.reserve(s->graph->data()->size());
    for (const QCPGraphData &p : *s->graph->data())
        out.append({ toMs(p.key), p.value });
    return out;
}

bool ChartWidget::isDecimating() const
{
    return d->decimator.isBusy();
}

QRect ChartWidget::legendItemRect(const QString &id) const
{
    const Private::Series *s = d->find(id);
    if (!s)
        return {};
    const QCPPlottableLegendItem *item = d->plot->legend->itemWithPlottable(s->graph);
    return item ? item->outerRect().translated(d->plot->pos()) : QRect();
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
    {
        d->applyColors();
        d->markDirty();
    }
    return QWidget::event(event);
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->plot && event->type() == QEvent::Leave && d->hoverFromMouse)
    {
        d->hoverFromMouse = false;
        d->hideHover();
        Q_EMIT hoverLeft();
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->placeResetButton();
    d->updateLegendWrap();
}
} // namespace ma::widgets
