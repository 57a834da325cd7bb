#pragma once

// The node map (issue 10, beyond the console): every node of one or all dedicated pools as a
// small tile, grouped by pool and AZ, coloured by status or by CPU / GPU-NPU utilisation,
// with a legend. One widget paints every tile (no QWidget per tile) and only the tiles in the
// exposed rectangle, so a map of 1,000 nodes stays cheap (bench/bench_nodemap.cpp).
// Selection: click, Ctrl+click (toggle), Shift+click (add), rubber band (Ctrl/Shift: add).
// The input is a flat list of tiles, ordered by group and subgroup: the widget knows no model.

#include "widgets/statuspalette.h"

#include <QSet>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace ma::widgets
{
/** @brief One node as the map shows it. */
struct NodeTile
{
    QString key; // unique (pool id + node name): selection survives updates by key
    QString name; // the node's name
    QString group; // first grouping: the pool's name
    QString subgroup; // second grouping: the AZ
    QString statusText; // translated status word
    StatusTone tone = StatusTone::Neutral;
    double cpuUtil = qQNaN(); // percent; NaN: no data
    double acceleratorUtil = qQNaN(); // percent; NaN: no data or no GPU/NPU
    QString acceleratorKind; // "GPU", "NPU" or empty
    QStringList jobs; // the jobs running on the node
    QStringList details; // further tooltip lines ("IP: 192.168.0.4")
};

class NodeMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMapWidget)

public:
    enum class ColourMode
    {
        Status,
        Cpu,
        Accelerator, // GPU or NPU, whichever the node has
    };
    Q_ENUM(ColourMode)

    static constexpr int kTileSize = 26;
    static constexpr int kTileGap = 4;

    explicit NodeMapWidget(QWidget *parent = nullptr);
    ~NodeMapWidget() override;

    /**
     * @brief Replaces the tiles. Tiles of one group (and subgroup) must be adjacent; a new
     * header starts wherever the group or subgroup changes. The selection keeps the keys
     * still present; selectionChanged() follows only when it lost some.
     */
    void setTiles(std::vector<NodeTile> tiles);
    const std::vector<NodeTile> &tiles() const { return m_tiles; }
    int tileCount() const { return int(m_tiles.size()); }
    /** Index of the tile with @p key, or -1. */
    int indexOf(const QString &key) const;

    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_mode; }

    /** The fill of @p tile in @p mode (theme colours; utilisation on a green-amber-red scale). */
    static QColor colourFor(const NodeTile &tile, ColourMode mode);

    /** The tile under @p pos (widget coordinates), or -1. Arithmetic per section, no scan of tiles. */
    int tileAt(const QPoint &pos) const;
    /** Where tile @p index is painted. */
    QRect tileRect(int index) const;
    /** Group and subgroup headers with their texts, top to bottom (tests, accessibility). */
    QList<std::pair<QRect, QString>> headers() const;

    QStringList selectedKeys() const;
    void setSelectedKeys(const QStringList &keys);
    void clearSelection();
    void selectAll();
    bool isSelected(int index) const { return m_selected.at(std::size_t(index)) != 0; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged();
    /** A tile was pressed (the selection already follows). */
    void tileClicked(const QString &key);
    /** A tile was double-clicked (open the node). */
    void tileActivated(const QString &key);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** A run of tiles under one header; a group header section has no tiles of its own. */
    struct Section
    {
        QRect header;
        QString text;
        bool isGroup = false;
        int first = 0; // first tile
        int count = 0;
        QPoint origin; // top left of the first tile
        int columns = 1;
    };

    int layoutFor(int width, std::vector<Section> *sections) const;
    void relayout();
    void paintLegend(QPainter &painter) const;
    QString toolTipFor(int index) const;
    void setHovered(int index);
    void updateBand(const QPoint &pos);
    void setSelectedIndex(int index, bool selected);

    std::vector<NodeTile> m_tiles;
    std::vector<char> m_selected; // per tile: painting reads a flag, not a set
    std::vector<Section> m_sections;
    ColourMode m_mode = ColourMode::Status;
    int m_contentHeight = 0;
    int m_hovered = -1;

    // Mouse gesture
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_banding = false;
    QRect m_band;
    std::vector<char> m_bandBase; // selection when the band started (kept with Ctrl/Shift)
};
} // namespace ma::widgets
