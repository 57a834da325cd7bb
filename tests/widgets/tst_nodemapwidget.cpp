// NodeMapWidget: tiles laid out under pool and AZ headers and wrapped to the width, hit-testing
// that finds every tile and nothing between them, selection by click, Ctrl+click, Shift+click
// and rubber band (kept by key across updates), colours by status and utilisation, tooltips.

#include "widgets/nodemapwidget.h"
#include "widgets/theme.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>

using namespace ma::widgets;
using Mode = NodeMapWidget::ColourMode;

namespace
{
NodeTile tile(const QString &pool, const QString &az, const QString &name, StatusTone tone = StatusTone::Success)
{
    NodeTile t;
    t.key = pool + QLatin1Char('/') + name;
    t.name = name;
    t.group = pool;
    t.subgroup = az;
    t.tone = tone;
    t.statusText = QStringLiteral("Available");
    return t;
}

/** Pool "a" with 12 nodes in az1 and 3 in az2, pool "b" with 5 in az1. */
std::vector<NodeTile> sampleTiles()
{
    std::vector<NodeTile> tiles;
    for (int i = 0; i < 12; ++i)
        tiles.push_back(
            tile(QStringLiteral("a"), QStringLiteral("az1"), QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0'))));
    for (int i = 0; i < 3; ++i)
        tiles.push_back(tile(QStringLiteral("a"), QStringLiteral("az2"), QStringLiteral("m%1").arg(i)));
    for (int i = 0; i < 5; ++i)
        tiles.push_back(tile(QStringLiteral("b"), QStringLiteral("az1"), QStringLiteral("k%1").arg(i)));
    return tiles;
}

/** A QStringList of Latin-1 literals (the build forbids implicit casts from char strings). */
QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QPoint centre(const NodeMapWidget &map, int index)
{
    return map.tileRect(index).center();
}
} // namespace

class TestNodeMapWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headersFollowPoolsAndAzs();
    void tilesWrapToTheWidth();
    void hitTestFindsEveryTileAndNothingBetween();
    void clickSelectsOneTile();
    void ctrlClickTogglesAndShiftClickAdds();
    void clickOnEmptySpaceClearsTheSelection();
    void rubberBandSelectsTheTilesItCovers();
    void selectionSurvivesUpdatesByKey();
    void doubleClickActivatesTheTile();
    void colourFollowsTheMode();
    void tooltipNamesTheNodeAndItsJobs();
    void keyboardSelectsAllAndClears();

private:
    std::unique_ptr<NodeMapWidget> m_map;
};

void TestNodeMapWidget::init()
{
    m_map = std::make_unique<NodeMapWidget>();
    m_map->resize(400, 400);
    m_map->setTiles(sampleTiles());
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
}

void TestNodeMapWidget::cleanup()
{
    m_map.reset();
}

void TestNodeMapWidget::headersFollowPoolsAndAzs()
{
    const auto headers = m_map->headers();
    QStringList texts;
    for (const auto &[rect, text] : headers)
        texts << text;
    QCOMPARE(texts, names({ "a", "az1", "az2", "b", "az1" }));
    for (int i = 1; i < headers.size(); ++i)
        QVERIFY(headers[i].first.top() > headers[i - 1].first.top());
    // Every tile of az2 sits below its header and above pool b's.
    const QRect az2 = headers[2].first;
    const QRect poolB = headers[3].first;
    for (int i = 12; i < 15; ++i)
    {
        QVERIFY(m_map->tileRect(i).top() > az2.bottom());
        QVERIFY(m_map->tileRect(i).bottom() < poolB.top());
    }
}

void TestNodeMapWidget::tilesWrapToTheWidth()
{
    // Tiles of a section go left to right, then wrap; never past the widget's width.
    for (int i = 0; i < m_map->tileCount(); ++i)
    {
        QVERIFY(m_map->tileRect(i).right() < m_map->width());
        QCOMPARE(m_map->tileRect(i).size(), QSize(NodeMapWidget::kTileSize, NodeMapWidget::kTileSize));
    }
    QVERIFY(m_map->tileRect(1).left() > m_map->tileRect(0).right());
    QCOMPARE(m_map->tileRect(1).top(), m_map->tileRect(0).top());
    const int wide = m_map->heightForWidth(1000);
    const int narrow = m_map->heightForWidth(120);
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 <= %2").arg(narrow).arg(wide)));
    m_map->resize(120, narrow);
    int rowsOfAz1 = 0;
    int lastTop = -1;
    for (int i = 0; i < 12; ++i)
    {
        if (m_map->tileRect(i).top() != lastTop)
            ++rowsOfAz1;
        lastTop = m_map->tileRect(i).top();
    }
    QVERIFY(rowsOfAz1 > 1);
}

void TestNodeMapWidget::hitTestFindsEveryTileAndNothingBetween()
{
    for (int i = 0; i < m_map->tileCount(); ++i)
    {
        const QRect r = m_map->tileRect(i);
        QCOMPARE(m_map->tileAt(r.center()), i);
        QCOMPARE(m_map->tileAt(r.topLeft()), i);
        QCOMPARE(m_map->tileAt(r.bottomRight()), i);
        // The gap right of and below a tile belongs to none.
        QCOMPARE(m_map->tileAt(r.topRight() + QPoint(2, 0)), -1);
        QCOMPARE(m_map->tileAt(r.bottomLeft() + QPoint(0, 2)), -1);
    }
    for (const auto &[rect, text] : m_map->headers())
        QCOMPARE(m_map->tileAt(rect.center()), -1);
    QCOMPARE(m_map->tileAt(QPoint(2, 2)), -1); // the legend
    QCOMPARE(m_map->tileAt(QPoint(m_map->width() - 2, m_map->height() - 2)), -1);
}

void TestNodeMapWidget::clickSelectsOneTile()
{
    QSignalSpy changed(m_map.get(), &NodeMapWidget::selectionChanged);
    QSignalSpy clicked(m_map.get(), &NodeMapWidget::tileClicked);
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centre(*m_map, 3));
    QCOMPARE(m_map->selectedKeys(), names({ "a/n03" }));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("a/n03"));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centre(*m_map, 16));
    QCOMPARE(m_map->selectedKeys(), names({ "b/k1" }));
}

void TestNodeMapWidget::ctrlClickTogglesAndShiftClickAdds()
{
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, centre(*m_map, 0));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::ControlModifier, centre(*m_map, 13));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::ControlModifier, centre(*m_map, 19));
    QCOMPARE(m_map->selectedKeys(), names({ "a/n00", "a/m1", "b/k4" }));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::ControlModifier, centre(*m_map, 13));
    QCOMPARE(m_map->selectedKeys(), names({ "a/n00", "b/k4" }));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::ShiftModifier, centre(*m_map, 1));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::ShiftModifier, centre(*m_map, 1)); // adds, never removes
    QCOMPARE(m_map->selectedKeys(), names({ "a/n00", "a/n01", "b/k4" }));
}

void TestNodeMapWidget::clickOnEmptySpaceClearsTheSelection()
{
    m_map->setSelectedKeys(names({ "a/n00", "b/k2" }));
    QSignalSpy changed(m_map.get(), &NodeMapWidget::selectionChanged);
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, QPoint(m_map->width() - 3, m_map->height() - 3));
    QVERIFY(m_map->selectedKeys().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestNodeMapWidget::rubberBandSelectsTheTilesItCovers()
{
    // From the gap before tile 0 to the middle of tile 2 covers tiles 0..2 of the first row only.
    const QPoint from = m_map->tileRect(0).topLeft() - QPoint(2, 2);
    const QPoint to = centre(*m_map, 2);
    QTest::mousePress(m_map.get(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, m_map->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &move);
    QTest::mouseRelease(m_map.get(), Qt::LeftButton, {}, to);
    QCOMPARE(m_map->selectedKeys(), names({ "a/n00", "a/n01", "a/n02" }));

    // With Ctrl the band adds to what was selected.
    const QPoint from2 = m_map->tileRect(15).topLeft() - QPoint(2, 2);
    const QPoint to2 = centre(*m_map, 16);
    QTest::mousePress(m_map.get(), Qt::LeftButton, Qt::ControlModifier, from2);
    QMouseEvent move2(
        QEvent::MouseMove, to2, m_map->mapToGlobal(to2), Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(m_map.get(), &move2);
    QTest::mouseRelease(m_map.get(), Qt::LeftButton, Qt::ControlModifier, to2);
    QCOMPARE(m_map->selectedKeys(), names({ "a/n00", "a/n01", "a/n02", "b/k0", "b/k1" }));
}

void TestNodeMapWidget::selectionSurvivesUpdatesByKey()
{
    m_map->setSelectedKeys(names({ "a/n05", "b/k3" }));
    QSignalSpy changed(m_map.get(), &NodeMapWidget::selectionChanged);
    std::vector<NodeTile> tiles = sampleTiles();
    tiles.insert(tiles.begin(), tile(QStringLiteral("a"), QStringLiteral("az0"), QStringLiteral("new")));
    tiles[6].tone = StatusTone::Progress; // a/n05, rebooting now
    m_map->setTiles(tiles);
    QCOMPARE(m_map->selectedKeys(), names({ "a/n05", "b/k3" }));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_map->isSelected(6));

    tiles.erase(tiles.begin() + 6); // a/n05 is gone
    m_map->setTiles(tiles);
    QCOMPARE(m_map->selectedKeys(), names({ "b/k3" }));
    QCOMPARE(changed.count(), 1);
}

void TestNodeMapWidget::doubleClickActivatesTheTile()
{
    QSignalSpy activated(m_map.get(), &NodeMapWidget::tileActivated);
    QTest::mouseDClick(m_map.get(), Qt::LeftButton, {}, centre(*m_map, 14));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("a/m2"));
}

void TestNodeMapWidget::colourFollowsTheMode()
{
    NodeTile t = tile(QStringLiteral("a"), QStringLiteral("az1"), QStringLiteral("x"), StatusTone::Warning);
    QCOMPARE(NodeMapWidget::colourFor(t, Mode::Status), Theme::statusColor(StatusTone::Warning));
    // Utilisation without data is neither end of the scale.
    const QColor none = NodeMapWidget::colourFor(t, Mode::Cpu);
    t.cpuUtil = 0;
    const QColor idle = NodeMapWidget::colourFor(t, Mode::Cpu);
    t.cpuUtil = 100;
    const QColor busy = NodeMapWidget::colourFor(t, Mode::Cpu);
    QCOMPARE(idle, Theme::statusColor(StatusTone::Success));
    QCOMPARE(busy, Theme::statusColor(StatusTone::Failure));
    QVERIFY(none != idle && none != busy);
    t.cpuUtil = 50;
    QCOMPARE(NodeMapWidget::colourFor(t, Mode::Cpu), Theme::statusColor(StatusTone::Warning));
    // The GPU/NPU mode reads the accelerator's utilisation, not the CPU's.
    QCOMPARE(NodeMapWidget::colourFor(t, Mode::Accelerator), none);
    t.acceleratorUtil = 0;
    QCOMPARE(NodeMapWidget::colourFor(t, Mode::Accelerator), idle);
    // Status colour does not depend on utilisation.
    QCOMPARE(NodeMapWidget::colourFor(t, Mode::Status), Theme::statusColor(StatusTone::Warning));

    // The painted tile has the colour of the mode.
    std::vector<NodeTile> tiles = { t };
    m_map->setTiles(tiles);
    m_map->setColourMode(Mode::Cpu);
    QCOMPARE(m_map->colourMode(), Mode::Cpu);
    const QImage image = m_map->grab().toImage();
    const QPoint p = m_map->tileRect(0).bottomLeft() + QPoint(3, -3);
    QCOMPARE(image.pixelColor(p * m_map->devicePixelRatioF()).rgb(), NodeMapWidget::colourFor(t, Mode::Cpu).rgb());
    m_map->setColourMode(Mode::Status);
    QCOMPARE(m_map->grab().toImage().pixelColor(p * m_map->devicePixelRatioF()).rgb(),
        Theme::statusColor(StatusTone::Warning).rgb());
}

void TestNodeMapWidget::tooltipNamesTheNodeAndItsJobs()
{
    std::vector<NodeTile> tiles = sampleTiles();
    tiles[2].jobs = names({ "train-bert", "train-gpt" });
    tiles[2].cpuUtil = 42.4;
    tiles[2].acceleratorKind = QStringLiteral("GPU");
    tiles[2].acceleratorUtil = 77;
    tiles[2].details = names({ "IP: 192.168.0.7" });
    m_map->setTiles(tiles);
    const QPoint pos = centre(*m_map, 2);
    QHelpEvent help(QEvent::ToolTip, pos, m_map->mapToGlobal(pos));
    QApplication::sendEvent(m_map.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("n02")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Pool: a")));
    QVERIFY(text.contains(QStringLiteral("AZ: az1")));
    QVERIFY(text.contains(QStringLiteral("CPU: 42 %")));
    QVERIFY(text.contains(QStringLiteral("GPU: 77 %")));
    QVERIFY(text.contains(QStringLiteral("IP: 192.168.0.7")));
    QVERIFY(text.contains(QStringLiteral("Jobs: train-bert, train-gpt")));
    QToolTip::hideText();
}

void TestNodeMapWidget::keyboardSelectsAllAndClears()
{
    m_map->setFocus();
    QTest::keySequence(m_map.get(), QKeySequence::SelectAll);
    QCOMPARE(m_map->selectedKeys().size(), m_map->tileCount());
    QTest::keyClick(m_map.get(), Qt::Key_Escape);
    QVERIFY(m_map->selectedKeys().isEmpty());
}

QTEST_MAIN(TestNodeMapWidget)
#include "tst_nodemapwidget.moc"
