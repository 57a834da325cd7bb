// RowLinksDelegate: the links laid out left to right, a click on an enabled link reported with
// its row and id (a disabled link or the space after the links reports nothing), the size hint
// fits the words, and a table of 10,000 rows asks for the links of the rows painted only.

#include "widgets/rowlinksdelegate.h"

#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ma::widgets;
using namespace Qt::StringLiterals;

namespace
{
constexpr int DisabledRole = Qt::UserRole + 1; // bool: the row's second link is disabled
enum LinkId
{
    First = 10,
    Second = 20,
    Menu = 30,
};
} // namespace

class TestRowLinksDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void layoutAndSizeHint();
    void clickReportsEnabledLinksOnly();
    void tenThousandRowsAskOnlyForPaintedRows();

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    QRect linkRect(int row, int link) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
    RowLinksDelegate *m_delegate = nullptr;
    QSet<int> m_askedRows;
    int m_asked = 0;
};

void TestRowLinksDelegate::init()
{
    m_model = std::make_unique<QStandardItemModel>(0, 2);
    for (int row = 0; row < 10000; ++row)
    {
        auto *name = new QStandardItem(u"row %1"_s.arg(row));
        auto *links = new QStandardItem;
        links->setData(row % 2 == 1, DisabledRole);
        m_model->appendRow({ name, links });
    }
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_model.get());
    m_delegate = new RowLinksDelegate(
        [this](const QModelIndex &index)
        {
            ++m_asked;
            m_askedRows.insert(index.row());
            const bool disabled = index.data(DisabledRole).toBool();
            return QList<RowLinksDelegate::Link> { { First, u"Open"_s, true, u"Open it"_s },
                { Second, u"Stop"_s, !disabled, {} }, { Menu, u"More"_s, true, {}, true } };
        },
        m_view.get());
    m_view->setItemDelegateForColumn(1, m_delegate);
    m_view->setColumnWidth(0, 100);
    m_view->setColumnWidth(1, 300);
    m_view->resize(460, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRowLinksDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_askedRows.clear();
    m_asked = 0;
}

QStyleOptionViewItem TestRowLinksDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view.get());
    option.rect = m_view->visualRect(index);
    return option;
}

QRect TestRowLinksDelegate::linkRect(int row, int link) const
{
    const QModelIndex index = m_model->index(row, 1);
    const QStyleOptionViewItem option = optionFor(index);
    return m_delegate->linkRects(option.rect, option, index).at(link);
}

void TestRowLinksDelegate::layoutAndSizeHint()
{
    const QModelIndex index = m_model->index(0, 1);
    const QStyleOptionViewItem option = optionFor(index);
    const QList<QRect> rects = m_delegate->linkRects(option.rect, option, index);
    QCOMPARE(rects.size(), 3);
    const QFontMetrics metrics(option.font);
    QCOMPARE(rects.at(0).width(), metrics.horizontalAdvance(u"Open"_s));
    QCOMPARE(rects.at(2).width(), metrics.horizontalAdvance(u"More \u25BE"_s)); // a menu link shows its arrow
    QVERIFY(rects.at(0).left() > option.rect.left());
    QVERIFY(rects.at(0).right() < rects.at(1).left());
    QVERIFY(rects.at(1).right() < rects.at(2).left());
    QCOMPARE(m_delegate->linkAt(option.rect, option, index, rects.at(1).center()), 1);
    QCOMPARE(
        m_delegate->linkAt(option.rect, option, index, QPoint(rects.at(2).right() + 5, rects.at(2).center().y())), -1);
    QVERIFY(m_delegate->sizeHint(option, index).width() > rects.at(2).right() - option.rect.left());
}

void TestRowLinksDelegate::clickReportsEnabledLinksOnly()
{
    QSignalSpy activated(m_delegate, &RowLinksDelegate::linkActivated);
    // Row 2: every link enabled; the second one is reported with its row, id and place.
    const QRect second = linkRect(2, 1);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().at(0).toModelIndex(), m_model->index(2, 1));
    QCOMPARE(activated.front().at(1).toInt(), int(Second));
    QCOMPARE(activated.front().at(2).toRect(), second);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, linkRect(2, 2).center());
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.back().at(1).toInt(), int(Menu));

    // Row 3: its second link is disabled; nothing is reported, as for the space after the links.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, linkRect(3, 1).center());
    QCOMPARE(activated.count(), 2);
    const QRect last = linkRect(3, 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(last.right() + 8, last.center().y()));
    QCOMPARE(activated.count(), 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, linkRect(3, 0).center());
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.back().at(0).toModelIndex().row(), 3);
    QCOMPARE(activated.back().at(1).toInt(), int(First));
}

void TestRowLinksDelegate::tenThousandRowsAskOnlyForPaintedRows()
{
    const int visible = m_view->rowAt(m_view->viewport()->height() - 1) - m_view->rowAt(0) + 1;
    QVERIFY(visible > 0 && visible < 50);
    m_asked = 0;
    m_askedRows.clear();
    m_view->viewport()->repaint();
    QVERIFY(m_asked > 0);
    QVERIFY2(m_askedRows.size() <= visible + 1, qPrintable(QString::number(m_askedRows.size())));
    // Scrolling to the end paints the last rows, still only as many.
    m_askedRows.clear();
    m_view->scrollToBottom();
    m_view->viewport()->repaint();
    QVERIFY(m_askedRows.contains(9999));
    QVERIFY2(m_askedRows.size() <= visible + 1, qPrintable(QString::number(m_askedRows.size())));
}

QTEST_MAIN(TestRowLinksDelegate)
#include "tst_rowlinksdelegate.moc"
