// DashboardGrid and DashboardPanel: panels with title, unit and thresholds; the hover crosshair
// synced across panels; a drag-to-zoom on one panel applied to all and reported once; legend
// statistics and click-to-hide; CSV export byte-checked; PNG and PDF export; a query error on the panel.
// With MA_SCREENSHOT_DIR set, screenshot() saves widget-dashboardgrid.png there.

#include "widgets/chartwidget.h"
#include "widgets/dashboardgrid.h"
#include "widgets/dashboardpanel.h"
#include "widgets/dashboardpdf.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ma::widgets;
using ma::models::PanelDefinition;
using ma::models::PanelThreshold;
using ma::models::TimeSeries;
using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 Minute = 60 * 1000;
const qint64 T0 = QDateTime(QDate(2026, 3, 12), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

PanelDefinition definition(const QString &id, const char *title, const QString &unit, double max = qQNaN())
{
    PanelDefinition p;
    p.id = id;
    p.titleSource = title;
    p.unit = unit;
    p.maximum = max;
    return p;
}

TimeSeries ramp(const QString &name, int count, double base)
{
    TimeSeries s(name, u"%"_s);
    for (int i = 0; i < count; ++i)
        s.append(T0 + i * Minute, base + i);
    return s;
}

QWidget *plotOf(DashboardPanel *panel)
{
    return panel->chart()->findChild<QWidget *>(u"chartPlot"_s);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree). */
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

void sendMouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}
} // namespace

class TestDashboardGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void panelsWithTitleUnitAndThresholds();
    void crosshairSyncedAcrossPanels();
    void zoomAppliesToAllPanels();
    void legendStatisticsAndHide();
    void csvExportBytes();
    void pngExport();
    void pdfExport();
    void errorShownOnPanel();
    void screenshot();

private:
    void fill();
    std::unique_ptr<DashboardGrid> m_grid;
};

void TestDashboardGrid::init()
{
    PanelDefinition cpu = definition(u"cpu"_s, "CPU usage", u"%"_s, 100);
    cpu.thresholds = { { 95, PanelThreshold::Severity::Major } };
    m_grid = std::make_unique<DashboardGrid>();
    m_grid->setPanels({ cpu, definition(u"memory"_s, "Memory usage", u"%"_s, 100),
        definition(u"cores"_s, "Used CPU cores", u"Cores"_s), definition(u"count"_s, "Nodes reporting", QString()) });
    m_grid->resize(1000, 700);
    m_grid->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_grid.get()));
}

void TestDashboardGrid::cleanup()
{
    m_grid.reset();
}

void TestDashboardGrid::fill()
{
    for (DashboardPanel *p : m_grid->panels())
        p->setSeries({ ramp(u"pool-a"_s, 60, 10), ramp(u"pool-b"_s, 60, 30) });
    m_grid->setTimeRange(QDateTime::fromMSecsSinceEpoch(T0), QDateTime::fromMSecsSinceEpoch(T0 + 59 * Minute));
    for (DashboardPanel *p : m_grid->panels())
        p->chart()->flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2); // queued replots laid the plots out
}

void TestDashboardGrid::panelsWithTitleUnitAndThresholds()
{
    QCOMPARE(m_grid->panels().size(), 4);
    QCOMPARE(m_grid->columns(), 2);
    DashboardPanel *cpu = m_grid->panel(u"cpu"_s);
    QVERIFY(cpu);
    QCOMPARE(cpu->findChild<QLabel *>(u"panelTitle"_s)->text(), u"CPU usage (%)"_s);
    QCOMPARE(m_grid->panel(u"cores"_s)->findChild<QLabel *>(u"panelTitle"_s)->text(), u"Used CPU cores (cores)"_s);
    QCOMPARE(m_grid->panel(u"count"_s)->findChild<QLabel *>(u"panelTitle"_s)->text(), u"Nodes reporting"_s);
    QCOMPARE(cpu->definition().thresholds.size(), 1);
    // Two columns: the second panel sits right of the first, the third below it.
    const QRect a = m_grid->panel(u"cpu"_s)->geometry();
    const QRect b = m_grid->panel(u"memory"_s)->geometry();
    const QRect c = m_grid->panel(u"cores"_s)->geometry();
    QCOMPARE(a.top(), b.top());
    QVERIFY(b.left() > a.right());
    QVERIFY(c.top() > a.bottom());
    m_grid->setColumns(1);
    QTRY_VERIFY(m_grid->panel(u"memory"_s)->geometry().top() > m_grid->panel(u"cpu"_s)->geometry().bottom());
    // The range is the dashboard's, not the data's extent.
    fill();
    const auto range = m_grid->panel(u"memory"_s)->chart()->visibleTimeRange();
    QCOMPARE(range.first.toMSecsSinceEpoch(), T0);
    QCOMPARE(range.second.toMSecsSinceEpoch(), T0 + 59 * Minute);
}

void TestDashboardGrid::crosshairSyncedAcrossPanels()
{
    fill();
    DashboardPanel *source = m_grid->panel(u"cpu"_s);
    DashboardPanel *other = m_grid->panel(u"cores"_s);
    QVERIFY(other->chart()->hoverText().isEmpty());
    QWidget *plot = plotOf(source);
    QTest::mouseMove(plot, QPoint(plot->width() / 2, plot->height() / 3));
    QTRY_VERIFY(!source->chart()->hoverText().isEmpty());
    // The same time (the first line) on every other panel.
    const QString time = source->chart()->hoverText().section(u'\n', 0, 0);
    for (DashboardPanel *p : m_grid->panels())
        QCOMPARE(p->chart()->hoverText().section(u'\n', 0, 0), time);
    QVERIFY2(other->chart()->hoverText().contains(u"pool-b: "_s), qPrintable(other->chart()->hoverText()));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QVERIFY(source->chart()->hoverText().isEmpty());
    QVERIFY(other->chart()->hoverText().isEmpty());
}

void TestDashboardGrid::zoomAppliesToAllPanels()
{
    fill();
    QSignalSpy zoomed(m_grid.get(), &DashboardGrid::timeRangeZoomed);
    DashboardPanel *source = m_grid->panel(u"memory"_s);
    QWidget *plot = plotOf(source);
    const int y = plot->height() / 3;
    const int left = plot->width() / 3;
    const int right = plot->width() * 2 / 3;
    sendMouse(plot, QEvent::MouseButtonPress, QPoint(left, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, QPoint((left + right) / 2, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, QPoint(right, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, QPoint(right, y), Qt::NoButton);

    const auto range = source->chart()->visibleTimeRange();
    const qint64 span = range.second.toMSecsSinceEpoch() - range.first.toMSecsSinceEpoch();
    QVERIFY2(span > 10 * Minute && span < 30 * Minute, qPrintable(QString::number(span)));
    QVERIFY(range.first.toMSecsSinceEpoch() > T0 + 10 * Minute);
    for (DashboardPanel *p : m_grid->panels())
    {
        QCOMPARE(p->chart()->visibleTimeRange(), range);
        QVERIFY(!p->chart()->isFollowingLatest());
    }
    // Reported once, after the user stopped, with the zoomed range.
    QVERIFY(zoomed.wait(DashboardGrid::ZoomSettleMs * 3));
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(zoomed.at(0).at(0).toDateTime(), range.first);
    QCOMPARE(zoomed.at(0).at(1).toDateTime(), range.second);

    // The dashboard's new range undoes the zoom everywhere.
    m_grid->setTimeRange(range.first, range.second);
    for (DashboardPanel *p : m_grid->panels())
        QVERIFY(p->chart()->isFollowingLatest());
    QTest::qWait(DashboardGrid::ZoomSettleMs * 2);
    QCOMPARE(zoomed.count(), 1);
}

void TestDashboardGrid::legendStatisticsAndHide()
{
    fill();
    DashboardPanel *panel = m_grid->panel(u"cpu"_s);
    QTreeWidget *legend = panel->legend();
    QCOMPARE(legend->topLevelItemCount(), 2);
    QTreeWidgetItem *a = legend->topLevelItem(0);
    const QLocale locale;
    QCOMPARE(a->text(DashboardPanel::NameColumn), u"pool-a"_s);
    QCOMPARE(a->text(DashboardPanel::MinColumn), u"%1%"_s.arg(locale.toString(10.0, 'f', 1)));
    QCOMPARE(a->text(DashboardPanel::MaxColumn), u"%1%"_s.arg(locale.toString(69.0, 'f', 1)));
    QCOMPARE(a->text(DashboardPanel::AvgColumn), u"%1%"_s.arg(locale.toString(39.5, 'f', 1)));
    QCOMPARE(a->text(DashboardPanel::LastColumn), u"%1%"_s.arg(locale.toString(69.0, 'f', 1)));

    // A real click on the row hides the series; a second click shows it again.
    const QRect rect = legend->visualItemRect(a);
    QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!panel->chart()->isSeriesVisible(u"pool-a"_s));
    QVERIFY(panel->chart()->isSeriesVisible(u"pool-b"_s));
    QVERIFY(panel->isSeriesHidden(u"pool-a"_s));
    QVERIFY(legend->topLevelItem(0)->font(DashboardPanel::NameColumn).strikeOut());
    // Hidden stays hidden across a refresh.
    panel->setSeries({ ramp(u"pool-a"_s, 61, 10), ramp(u"pool-b"_s, 61, 30) });
    QVERIFY(!panel->chart()->isSeriesVisible(u"pool-a"_s));
    QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, legend->visualItemRect(legend->topLevelItem(0)).center());
    QVERIFY(panel->chart()->isSeriesVisible(u"pool-a"_s));
    QVERIFY(!legend->topLevelItem(0)->font(DashboardPanel::NameColumn).strikeOut());
}

void TestDashboardGrid::csvExportBytes()
{
    DashboardPanel *panel = m_grid->panel(u"cpu"_s);
    TimeSeries a(u"pool \"a\", east"_s, u"%"_s);
    a.append({ { T0, 12.5 }, { T0 + Minute, 13 } });
    TimeSeries b(u"pool-b"_s, u"%"_s);
    b.append({ { T0 + Minute, 99.125 }, { T0 + 2 * Minute, -1 }, { T0 + 3 * Minute, 0.1 } });
    panel->setSeries({ a, b });
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Time,\"pool \"\"a\"\", east\",pool-b\r\n"
                                "2026-03-12T12:00:00Z,12.5,\r\n"
                                "2026-03-12T12:01:00Z,13,99.125\r\n"
                                "2026-03-12T12:02:00Z,,\r\n"
                                "2026-03-12T12:03:00Z,,0.1\r\n";
    QCOMPARE(panel->csv(), expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cpu.csv"_s);
    QVERIFY(panel->saveCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QString error;
    QVERIFY(!panel->saveCsv(dir.filePath(u"missing/dir/cpu.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestDashboardGrid::pngExport()
{
    fill();
    DashboardPanel *panel = m_grid->panel(u"memory"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"memory.png"_s);
    QVERIFY(panel->savePng(path));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), panel->size());
    // Not a blank picture: the plot's lines and text give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
    {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
}

void TestDashboardGrid::pdfExport()
{
    fill();
    m_grid->panel(u"count"_s)->setError(u"The data source refused the query"_s);
    QTemporaryDir dir;
    // The whole dashboard: four panels on one A4 page, the charts as vectors (no bitmap at all).
    const QString whole = dir.filePath(u"dashboard.pdf"_s);
    QVERIFY(writeDashboardPdf(whole, u"Cluster"_s, u"Cluster · pool: All"_s, m_grid->panels()));
    const QByteArray pdf = readFile(whole);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdf), 1);
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY(pdf.size() > 10'000); // lines, axes and text, not an empty page
    // Four a page: a fifth panel starts a second page.
    QList<DashboardPanel *> five = m_grid->panels();
    five << m_grid->panel(u"cpu"_s);
    const QString two = dir.filePath(u"two-pages.pdf"_s);
    QVERIFY(writeDashboardPdf(two, u"Cluster"_s, QString(), five));
    QCOMPARE(pdfPageCount(readFile(two)), 2);
    // One panel alone fills its page.
    const QString one = dir.filePath(u"memory.pdf"_s);
    QVERIFY(m_grid->panel(u"memory"_s)->savePdf(one, u"last hour"_s));
    const QByteArray single = readFile(one);
    QCOMPARE(pdfPageCount(single), 1);
    QVERIFY(!single.contains("/Subtype /Image"));
    // A folder that does not exist: an error, no file.
    QString error;
    QVERIFY(
        !writeDashboardPdf(dir.filePath(u"missing/dir/x.pdf"_s), u"Cluster"_s, QString(), m_grid->panels(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"missing/dir/x.pdf"_s)));
    QVERIFY(m_grid->panel(u"memory"_s)->menu()->findChild<QAction *>(u"exportPdfAction"_s));
}

void TestDashboardGrid::errorShownOnPanel()
{
    fill();
    DashboardPanel *panel = m_grid->panel(u"cores"_s);
    auto *error = panel->findChild<QLabel *>(u"panelError"_s);
    QVERIFY(error && error->isHidden());
    const QString message = u"Cannot reach the data source: connection refused"_s;
    panel->setError(message);
    QVERIFY(panel->hasError());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(panel->chart()->seriesCount(), 0); // no stale data under the error
    QCOMPARE(panel->legend()->topLevelItemCount(), 0);
    QVERIFY(panel->chart()->emptyText().contains(u"failed"_s));
    // The other panels keep their data; the next answer clears the error.
    QCOMPARE(m_grid->panel(u"cpu"_s)->chart()->seriesCount(), 2);
    panel->setSeries({ ramp(u"pool-a"_s, 5, 1) });
    QVERIFY(!panel->hasError());
    QVERIFY(error->isHidden());
    QCOMPARE(panel->chart()->seriesCount(), 1);
}

void TestDashboardGrid::screenshot()
{
    fill();
    m_grid->panel(u"count"_s)->setError(u"The data source refused the query (bad_data): parse error"_s);
    m_grid->panel(u"memory"_s)->chart()->hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 30 * Minute));
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    QVERIFY(m_grid->grab().save(QDir(dir).filePath(u"widget-dashboardgrid.png"_s)));
}

QTEST_MAIN(TestDashboardGrid)
#include "tst_dashboardgrid.moc"
