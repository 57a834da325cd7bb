// StatusBadgeDelegate: text, tone, size hint, and painting every tone (plain and selected).
// With MA_SCREENSHOT_DIR set, screenshot() saves widget-statusbadge.png there.

#include "widgets/statusbadgedelegate.h"

#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ma::widgets;
using namespace Qt::StringLiterals;

namespace
{
constexpr int RawStatusRole = Qt::UserRole + 1;
constexpr int SecondaryRole = Qt::UserRole + 2;

QStandardItem *statusItem(const QString &raw, const QString &secondary = {}, bool display = true)
{
    auto *item = new QStandardItem;
    if (display)
        item->setData(statusText(raw), Qt::DisplayRole);
    item->setData(raw, RawStatusRole);
    if (!secondary.isEmpty())
        item->setData(secondary, SecondaryRole);
    return item;
}
} // namespace

class TestStatusBadgeDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text();
    void sizeHintFitsText();
    void paintsEachTone_data();
    void paintsEachTone();
    void narrowCellElides();
    void screenshot();
};

void TestStatusBadgeDelegate::text()
{
    QStandardItemModel model;
    model.appendRow(statusItem(u"Running"_s, u"Queuing"_s));
    model.appendRow(statusItem(u"Running"_s, u"Running"_s));
    model.appendRow(statusItem(u"Terminated"_s, {}, false)); // no DisplayRole: the raw word is translated
    model.appendRow(statusItem(u"SomethingNew"_s));

    StatusBadgeDelegate withSecondary(RawStatusRole, SecondaryRole);
    QCOMPARE(withSecondary.badgeText(model.index(0, 0)), u"Running · Queuing"_s);
    QCOMPARE(withSecondary.badgeText(model.index(1, 0)), u"Running"_s);
    QCOMPARE(withSecondary.badgeText(model.index(2, 0)), u"Stopped"_s);
    QCOMPARE(withSecondary.tone(model.index(0, 0)), StatusTone::Running);
    QCOMPARE(withSecondary.tone(model.index(2, 0)), StatusTone::Warning);
    QCOMPARE(withSecondary.tone(model.index(3, 0)), StatusTone::Neutral);

    StatusBadgeDelegate plain(RawStatusRole);
    QCOMPARE(plain.badgeText(model.index(0, 0)), u"Running"_s);
    QCOMPARE(plain.statusRole(), RawStatusRole);
    QCOMPARE(plain.secondaryStatusRole(), StatusBadgeDelegate::NoRole);
}

void TestStatusBadgeDelegate::sizeHintFitsText()
{
    QStandardItemModel model;
    model.appendRow(statusItem(u"Running"_s, u"Queuing"_s));
    StatusBadgeDelegate delegate(RawStatusRole, SecondaryRole);
    QStyleOptionViewItem option;
    option.font = QFont();
    const QSize hint = delegate.sizeHint(option, model.index(0, 0));
    QVERIFY(!hint.isEmpty());
    const QFontMetrics fm(option.font);
    QVERIFY(hint.width() > fm.horizontalAdvance(u"Running · Queuing"_s));
    QVERIFY(hint.height() > fm.height());
}

void TestStatusBadgeDelegate::paintsEachTone_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("tone");
    QTest::addColumn<bool>("selected");
    const QList<QPair<QString, StatusTone>> statuses {
        { u"Creating"_s, StatusTone::Progress },
        { u"Running"_s, StatusTone::Running },
        { u"Completed"_s, StatusTone::Success },
        { u"Abnormal"_s, StatusTone::Warning },
        { u"Failed"_s, StatusTone::Failure },
        { u"Stopped"_s, StatusTone::Neutral },
    };
    for (const auto &[status, tone] : statuses)
    {
        QTest::newRow(qPrintable(status)) << status << int(tone) << false;
        QTest::newRow(qPrintable(status + u" selected"_s)) << status << int(tone) << true;
    }
}

void TestStatusBadgeDelegate::paintsEachTone()
{
    QFETCH(QString, status);
    QFETCH(int, tone);
    QFETCH(bool, selected);
    QStandardItemModel model;
    model.appendRow(statusItem(status));
    StatusBadgeDelegate delegate(RawStatusRole);
    QCOMPARE(int(delegate.tone(model.index(0, 0))), tone);

    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 160, 28);
    option.font = QFont();
    option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    option.palette.setColor(QPalette::Highlight, QColor(0x30, 0x30, 0xa0));
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const QRect badge = delegate.badgeRect(option, model.index(0, 0));
    QVERIFY(!badge.isEmpty());
    QVERIFY(option.rect.contains(badge));
    // Inside the pill, left of the text: exactly the tone's colour.
    const QPoint inside(badge.left() + 4, badge.center().y());
    QCOMPARE(image.pixelColor(inside).rgb(), badgeColor(StatusTone(tone)).rgb());
    // White text was drawn in the middle of the badge.
    bool white = false;
    for (int x = badge.left() + 8; x < badge.right() - 8 && !white; ++x)
    {
        for (int y = badge.top(); y <= badge.bottom() && !white; ++y)
            white = image.pixelColor(x, y) == QColor(Qt::white);
    }
    QVERIFY(white);
    // Outside the badge: the view's background (white, or the selection highlight).
    const QColor outside = image.pixelColor(option.rect.right() - 2, option.rect.center().y());
    if (selected)
        QVERIFY(outside != QColor(Qt::white));
    else
        QCOMPARE(outside, QColor(Qt::white));
}

void TestStatusBadgeDelegate::narrowCellElides()
{
    QStandardItemModel model;
    model.appendRow(statusItem(u"Running"_s, u"Queuing"_s));
    StatusBadgeDelegate delegate(RawStatusRole, SecondaryRole);
    QStyleOptionViewItem option;
    option.rect = QRect(10, 5, 40, 24);
    option.font = QFont();
    QImage image(80, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    QVERIFY(option.rect.contains(delegate.badgeRect(option, model.index(0, 0))));
    // An empty status paints nothing but the background.
    model.appendRow(new QStandardItem);
    QVERIFY(delegate.badgeRect(option, model.index(1, 0)).isEmpty());
    delegate.paint(&painter, option, model.index(1, 0));
}

void TestStatusBadgeDelegate::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MA_SCREENSHOT_DIR to save screenshots");
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({ u"Name"_s, u"Status"_s, u"Flavor"_s });
    const QList<QPair<QString, QString>> rows {
        { u"Running"_s, u"Queuing"_s },
        { u"Running"_s, u"Running"_s },
        { u"Creating"_s, {} },
        { u"Pending"_s, {} },
        { u"Completed"_s, {} },
        { u"Failed"_s, {} },
        { u"Abnormal"_s, {} },
        { u"Terminated"_s, {} },
        { u"Terminating"_s, {} },
    };
    int n = 0;
    for (const auto &[status, secondary] : rows)
    {
        model.appendRow({ new QStandardItem(u"job-resnet50-%1"_s.arg(++n, 2, 10, QChar(u'0'))),
            statusItem(status, secondary), new QStandardItem(u"modelarts.vm.gpu.v100"_s) });
    }
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(1, new StatusBadgeDelegate(RawStatusRole, SecondaryRole, &view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.resize(560, 330);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resizeColumnsToContents();
    view.resizeRowsToContents();
    view.selectRow(2);
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(u"widget-statusbadge.png"_s);
    QVERIFY(view.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestStatusBadgeDelegate)
#include "tst_statusbadgedelegate.moc"
