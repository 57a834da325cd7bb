#include "nodemapwidget.h"

#include "widgets/theme.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QToolTip>

namespace ma::widgets
{
namespace
{
constexpr int kMargin = 8;
constexpr int kLegendHeight = 26;
constexpr int kGroupHeaderHeight = 26;
constexpr int kSubgroupHeaderHeight = 20;
constexpr int kSectionGap = 6;
constexpr int kJobMark = 6;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/** Idle is green, half busy amber, saturated red: the usual heat scale of cluster maps. */
QColor utilisationColour(double percent)
{
    const double t = std::clamp(percent, 0.0, 100.0) / 100.0;
    const QColor low = Theme::statusColor(StatusTone::Success);
    const QColor mid = Theme::statusColor(StatusTone::Warning);
    const QColor high = Theme::statusColor(StatusTone::Failure);
    return t < 0.5 ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5) * 2);
}

QColor noDataColour()
{
    QColor c = Theme::statusColor(StatusTone::Neutral);
    c.setAlphaF(0.45f);
    return c;
}

/**
 * @brief The fills of one paint, computed once: theme lookups and colour mixing per tile
 * would cost more than the painting (bench/bench_nodemap.cpp).
 */
struct TilePalette
{
    std::array<QColor, 6> tones;
    std::array<QColor, 101> scale; // by whole percent
    QColor noData = noDataColour();

    TilePalette()
    {
        for (std::size_t i = 0; i < tones.size(); ++i)
            tones[i] = Theme::statusColor(StatusTone(i));
        for (std::size_t i = 0; i < scale.size(); ++i)
            scale[i] = utilisationColour(double(i));
    }

    const QColor &utilisation(double percent) const
    {
        return std::isnan(percent) ? noData : scale[std::size_t(std::clamp(qRound(percent), 0, 100))];
    }

    const QColor &fill(const NodeTile &tile, NodeMapWidget::ColourMode mode) const
    {
        switch (mode)
        {
        case NodeMapWidget::ColourMode::Cpu:
            return utilisation(tile.cpuUtil);
        case NodeMapWidget::ColourMode::Accelerator:
            return utilisation(tile.acceleratorUtil);
        case NodeMapWidget::ColourMode::Status:
            break;
        }
        return tones[std::size_t(tile.tone)];
    }
};

QString percentText(double value)
{
    return std::isnan(value) ? NodeMapWidget::tr("no data") : NodeMapWidget::tr("%1 %").arg(qRound(value));
}
} // namespace

NodeMapWidget::NodeMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

NodeMapWidget::~NodeMapWidget() = default;

void NodeMapWidget::setTiles(std::vector<NodeTile> tiles)
{
    QSet<QString> selected;
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
    {
        if (m_selected[i])
            selected.insert(m_tiles[i].key);
    }
    const QString hoveredKey = m_hovered >= 0 ? m_tiles[std::size_t(m_hovered)].key : QString();
    m_tiles = std::move(tiles);
    m_selected.assign(m_tiles.size(), 0);
    int kept = 0;
    m_hovered = -1;
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
    {
        if (selected.contains(m_tiles[i].key))
        {
            m_selected[i] = 1;
            ++kept;
        }
        if (!hoveredKey.isEmpty() && m_tiles[i].key == hoveredKey)
            m_hovered = int(i);
    }
    m_banding = false;
    m_pressed = false;
    relayout();
    update();
    if (kept != selected.size())
        emit selectionChanged();
}

int NodeMapWidget::indexOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
    {
        if (m_tiles[i].key == key)
            return int(i);
    }
    return -1;
}

void NodeMapWidget::setColourMode(ColourMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    update();
}

QColor NodeMapWidget::colourFor(const NodeTile &tile, ColourMode mode)
{
    return TilePalette().fill(tile, mode);
}

// ---------------------------------------------------------------------------
// Layout and hit-testing

int NodeMapWidget::layoutFor(int width, std::vector<Section> *sections) const
{
    const int fontHeight = fontMetrics().height();
    const int inner = std::max(kTileSize, width - 2 * kMargin);
    const int columns = std::max(1, (inner + kTileGap) / (kTileSize + kTileGap));
    int y = kMargin + kLegendHeight;
    QString group;
    QString subgroup;
    bool first = true;
    std::size_t i = 0;
    while (i < m_tiles.size())
    {
        const NodeTile &t = m_tiles[i];
        if (first || t.group != group)
        {
            if (!first)
                y += kSectionGap;
            Section s;
            s.isGroup = true;
            s.text = t.group;
            s.header = QRect(kMargin, y, inner, std::max(kGroupHeaderHeight, fontHeight + 8));
            s.first = int(i);
            y += s.header.height();
            if (sections)
                sections->push_back(s);
            group = t.group;
            subgroup.clear();
            first = true;
        }
        std::size_t end = i;
        while (end < m_tiles.size() && m_tiles[end].group == group && m_tiles[end].subgroup == t.subgroup)
            ++end;
        Section s;
        s.text = t.subgroup;
        s.header = QRect(kMargin + 8, y, inner - 8, std::max(kSubgroupHeaderHeight, fontHeight + 4));
        y += s.header.height();
        s.first = int(i);
        s.count = int(end - i);
        s.origin = QPoint(kMargin + 8, y);
        s.columns = std::max(1, columns - 1); // the tiles sit under the AZ header's indent
        const int rows = (s.count + s.columns - 1) / s.columns;
        y += rows * (kTileSize + kTileGap);
        if (sections)
            sections->push_back(s);
        subgroup = t.subgroup;
        first = false;
        i = end;
    }
    return y + kMargin;
}

void NodeMapWidget::relayout()
{
    m_sections.clear();
    const int height = layoutFor(width(), &m_sections);
    if (height != m_contentHeight)
    {
        m_contentHeight = height;
        updateGeometry();
    }
}

int NodeMapWidget::heightForWidth(int width) const
{
    return layoutFor(width, nullptr);
}

QSize NodeMapWidget::sizeHint() const
{
    const int width = 640;
    return { width, heightForWidth(width) };
}

QSize NodeMapWidget::minimumSizeHint() const
{
    return { kTileSize * 4 + 2 * kMargin, kMargin * 2 + kLegendHeight };
}

int NodeMapWidget::tileAt(const QPoint &pos) const
{
    // Sections are top to bottom: find the last one starting above pos, then row and column.
    auto it = std::upper_bound(
        m_sections.begin(), m_sections.end(), pos.y(), [](int y, const Section &s) { return y < s.header.top(); });
    if (it == m_sections.begin())
        return -1;
    const Section &s = *std::prev(it);
    if (s.isGroup || pos.y() < s.origin.y() || pos.x() < s.origin.x())
        return -1;
    const int dx = pos.x() - s.origin.x();
    const int dy = pos.y() - s.origin.y();
    const int column = dx / (kTileSize + kTileGap);
    const int row = dy / (kTileSize + kTileGap);
    if (column >= s.columns || dx % (kTileSize + kTileGap) >= kTileSize || dy % (kTileSize + kTileGap) >= kTileSize)
        return -1;
    const int offset = row * s.columns + column;
    return offset < s.count ? s.first + offset : -1;
}

QRect NodeMapWidget::tileRect(int index) const
{
    // A map has a few sections (pools x AZs): a scan of them is cheaper than an index.
    for (const Section &s : m_sections)
    {
        if (s.isGroup || index < s.first || index >= s.first + s.count)
            continue;
        const int offset = index - s.first;
        return QRect(s.origin.x() + (offset % s.columns) * (kTileSize + kTileGap),
            s.origin.y() + (offset / s.columns) * (kTileSize + kTileGap), kTileSize, kTileSize);
    }
    return {};
}

QList<std::pair<QRect, QString>> NodeMapWidget::headers() const
{
    QList<std::pair<QRect, QString>> out;
    for (const Section &s : m_sections)
        out.append({ s.header, s.text });
    return out;
}

// ---------------------------------------------------------------------------
// Selection

QStringList NodeMapWidget::selectedKeys() const
{
    QStringList keys;
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
    {
        if (m_selected[i])
            keys.append(m_tiles[i].key);
    }
    return keys;
}

void NodeMapWidget::setSelectedKeys(const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    bool changed = false;
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
    {
        const char on = wanted.contains(m_tiles[i].key) ? 1 : 0;
        changed = changed || on != m_selected[i];
        m_selected[i] = on;
    }
    if (changed)
    {
        update();
        emit selectionChanged();
    }
}

void NodeMapWidget::clearSelection()
{
    setSelectedKeys({});
}

void NodeMapWidget::selectAll()
{
    if (std::all_of(m_selected.begin(), m_selected.end(), [](char c) { return c != 0; }))
        return;
    std::fill(m_selected.begin(), m_selected.end(), 1);
    update();
    emit selectionChanged();
}

void NodeMapWidget::setSelectedIndex(int index, bool selected)
{
    m_selected[std::size_t(index)] = selected ? 1 : 0;
    update(tileRect(index).adjusted(-3, -3, 3, 3));
}

// ---------------------------------------------------------------------------
// Painting

void NodeMapWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    painter.fillRect(dirty, palette().base());

    if (dirty.top() < kMargin + kLegendHeight)
        paintLegend(painter);

    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QFont groupFont = font();
    groupFont.setBold(true);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor mark = Theme::color(Theme::Role::BadgeText);
    const TilePalette fills;

    for (const Section &s : m_sections)
    {
        const int bottom = s.isGroup ? s.header.bottom()
                                     : s.origin.y() + ((s.count + s.columns - 1) / s.columns) * (kTileSize + kTileGap);
        if (bottom < dirty.top())
            continue;
        if (s.header.top() > dirty.bottom())
            break;
        if (s.header.intersects(dirty))
        {
            painter.setFont(s.isGroup ? groupFont : font());
            painter.setPen(s.isGroup ? text : muted);
            const int nodes = s.isGroup ? 0 : s.count;
            const QString label = s.isGroup
                ? s.text
                : (nodes == 1 ? tr("%1 · 1 node").arg(s.text) : tr("%1 · %2 nodes").arg(s.text).arg(nodes));
            painter.drawText(s.header, Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        if (s.isGroup)
            continue;
        // Only the rows the dirty rectangle touches.
        const int step = kTileSize + kTileGap;
        const int firstRow = std::max(0, (dirty.top() - s.origin.y()) / step);
        const int lastRow = (dirty.bottom() - s.origin.y()) / step;
        const int rows = (s.count + s.columns - 1) / s.columns;
        for (int row = firstRow; row <= lastRow && row < rows; ++row)
        {
            for (int column = 0; column < s.columns; ++column)
            {
                const int offset = row * s.columns + column;
                if (offset >= s.count)
                    break;
                const int index = s.first + offset;
                const NodeTile &tile = m_tiles[std::size_t(index)];
                const QRect r(s.origin.x() + column * step, s.origin.y() + row * step, kTileSize, kTileSize);
                painter.fillRect(r, fills.fill(tile, m_mode));
                if (!tile.jobs.isEmpty())
                    painter.fillRect(QRect(r.right() - kJobMark - 2, r.top() + 3, kJobMark, kJobMark), mark);
                if (m_selected[std::size_t(index)])
                {
                    painter.setPen(QPen(highlight, 3));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(r.adjusted(-1, -1, 1, 1));
                }
                else if (index == m_hovered)
                {
                    painter.setPen(QPen(text, 1));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(r.adjusted(-1, -1, 0, 0));
                }
            }
        }
    }

    if (m_banding)
    {
        QColor fill = highlight;
        fill.setAlphaF(0.2f);
        painter.setPen(QPen(highlight, 1));
        painter.setBrush(fill);
        painter.drawRect(m_band);
    }
    if (m_tiles.empty())
    {
        painter.setPen(muted);
        painter.drawText(rect().adjusted(kMargin, kMargin + kLegendHeight, -kMargin, -kMargin), Qt::AlignCenter,
            tr("No nodes to show"));
    }
}

void NodeMapWidget::paintLegend(QPainter &painter) const
{
    const int swatch = 12;
    const int y = kMargin + (kLegendHeight - swatch) / 2 - 4;
    int x = kMargin;
    painter.setFont(font());
    const QColor text = palette().color(QPalette::Text);
    const auto entry = [&](const QColor &colour, const QString &label)
    {
        painter.fillRect(QRect(x, y, swatch, swatch), colour);
        x += swatch + 4;
        const int w = painter.fontMetrics().horizontalAdvance(label);
        painter.setPen(text);
        painter.drawText(QRect(x, y - 4, w + 2, swatch + 8), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w + 14;
    };
    if (m_mode == ColourMode::Status)
    {
        entry(Theme::statusColor(StatusTone::Success), tr("Available"));
        entry(Theme::statusColor(StatusTone::Progress), tr("Changing state"));
        entry(Theme::statusColor(StatusTone::Warning), tr("Abnormal"));
        entry(Theme::statusColor(StatusTone::Failure), tr("Failed"));
        entry(Theme::statusColor(StatusTone::Neutral), tr("Other"));
    }
    else
    {
        const QString title = m_mode == ColourMode::Cpu ? tr("CPU utilisation") : tr("GPU/NPU utilisation");
        painter.setPen(text);
        const int tw = painter.fontMetrics().horizontalAdvance(title);
        painter.drawText(QRect(x, y - 4, tw + 2, swatch + 8), Qt::AlignLeft | Qt::AlignVCenter, title);
        x += tw + 10;
        entry(utilisationColour(0), tr("0 %"));
        entry(utilisationColour(50), tr("50 %"));
        entry(utilisationColour(100), tr("100 %"));
        entry(noDataColour(), tr("No data"));
    }
    x += 6;
    // The job mark, explained.
    QRect tile(x, y - 1, swatch + 2, swatch + 2);
    painter.fillRect(tile, Theme::statusColor(StatusTone::Neutral));
    painter.fillRect(QRect(tile.right() - 5, tile.top() + 2, 4, 4), Theme::color(Theme::Role::BadgeText));
    x += swatch + 6;
    const QString jobs = tr("Runs jobs");
    painter.setPen(text);
    painter.drawText(QRect(x, y - 4, painter.fontMetrics().horizontalAdvance(jobs) + 2, swatch + 8),
        Qt::AlignLeft | Qt::AlignVCenter, jobs);
}

// ---------------------------------------------------------------------------
// Interaction

QString NodeMapWidget::toolTipFor(int index) const
{
    const NodeTile &t = m_tiles[std::size_t(index)];
    QStringList lines;
    lines << t.name;
    lines << tr("Pool: %1").arg(t.group);
    if (!t.subgroup.isEmpty())
        lines << tr("AZ: %1").arg(t.subgroup);
    lines << tr("Status: %1").arg(t.statusText);
    lines << tr("CPU: %1").arg(percentText(t.cpuUtil));
    if (!t.acceleratorKind.isEmpty())
        lines << tr("%1: %2").arg(t.acceleratorKind, percentText(t.acceleratorUtil));
    lines << t.details;
    lines << (t.jobs.isEmpty() ? tr("No running jobs") : tr("Jobs: %1").arg(t.jobs.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

bool NodeMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
    {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tileAt(help->pos());
        if (index < 0)
        {
            QToolTip::hideText();
            event->ignore();
        }
        else
        {
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, tileRect(index));
        }
        return true;
    }
    return QWidget::event(event);
}

void NodeMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void NodeMapWidget::setHovered(int index)
{
    if (index == m_hovered)
        return;
    if (m_hovered >= 0)
        update(tileRect(m_hovered).adjusted(-3, -3, 3, 3));
    m_hovered = index;
    if (m_hovered >= 0)
        update(tileRect(m_hovered).adjusted(-3, -3, 3, 3));
}

void NodeMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
    {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool toggle = mods & Qt::ControlModifier;
    const bool extend = mods & Qt::ShiftModifier;
    m_pressed = true;
    m_pressPos = pos;
    const int index = tileAt(pos);
    if (index >= 0)
    {
        if (toggle)
            setSelectedIndex(index, !isSelected(index));
        else if (extend)
            setSelectedIndex(index, true);
        else
        {
            std::fill(m_selected.begin(), m_selected.end(), 0);
            m_selected[std::size_t(index)] = 1;
            update();
        }
        emit selectionChanged();
        emit tileClicked(m_tiles[std::size_t(index)].key);
    }
    else if (!toggle && !extend)
    {
        clearSelection();
    }
    m_bandBase = m_selected;
}

void NodeMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton))
    {
        if (!m_banding && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_banding = true;
        if (m_banding)
            updateBand(pos);
        return;
    }
    setHovered(tileAt(pos));
}

void NodeMapWidget::updateBand(const QPoint &pos)
{
    const QRect previous = m_band;
    m_band = QRect(m_pressPos, pos).normalized();
    std::vector<char> next = m_bandBase;
    for (const Section &s : m_sections)
    {
        if (s.isGroup || s.count == 0)
            continue;
        const int rows = (s.count + s.columns - 1) / s.columns;
        const QRect area(s.origin, QSize(s.columns * (kTileSize + kTileGap), rows * (kTileSize + kTileGap)));
        if (!area.intersects(m_band))
            continue;
        for (int offset = 0; offset < s.count; ++offset)
        {
            const int index = s.first + offset;
            if (tileRect(index).intersects(m_band))
                next[std::size_t(index)] = 1;
        }
    }
    const bool changed = next != m_selected;
    m_selected = std::move(next);
    update(previous.united(m_band).adjusted(-4, -4, 4, 4));
    if (changed)
    {
        update();
        emit selectionChanged();
    }
}

void NodeMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_banding)
    {
        m_banding = false;
        update(m_band.adjusted(-4, -4, 4, 4));
        m_band = QRect();
    }
    m_pressed = false;
    QWidget::mouseReleaseEvent(event);
}

void NodeMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = tileAt(event->position().toPoint());
    if (index >= 0 && event->button() == Qt::LeftButton)
        emit tileActivated(m_tiles[std::size_t(index)].key);
}

void NodeMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else if (event->key() == Qt::Key_Escape)
        clearSelection();
    else
        QWidget::keyPressEvent(event);
}

void NodeMapWidget::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void NodeMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}
} // namespace ma::widgets
