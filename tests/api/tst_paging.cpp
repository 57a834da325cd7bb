// The paging conventions of api.md §7 through one cursor.

#include "api/paging.h"

#include <QTest>

using namespace ma::api;
using Query = QList<std::pair<QString, QString>>;

class TestPaging : public QObject
{
    Q_OBJECT

private slots:
    void trainingSearchOffsetIsAPageNumber();
    void notebookOffsetCountsItems();
    void v1PagesStartAtOne();
    void continueTokenLists();
    void emptyPageEndsEvenWithATotal();
    void withoutTotalAShortPageEnds();
    void resetStartsOver();
};

void TestPaging::trainingSearchOffsetIsAPageNumber()
{
    PageCursor c(PageConvention::PageNumber, 50);
    QCOMPARE(c.offsetValue(), 0);
    c.advance(50, 120);
    QCOMPARE(c.offsetValue(), 1); // the second page, not item 50
    QVERIFY(c.hasMore());
    c.advance(50, 120);
    QCOMPARE(c.offsetValue(), 2);
    c.advance(20, 120);
    QVERIFY(!c.hasMore());
    QCOMPARE(c.itemsReceived(), 120);
}

void TestPaging::notebookOffsetCountsItems()
{
    PageCursor c(PageConvention::ItemOffset, 10);
    QCOMPARE(c.queryItems(),
        Query(
            { { QStringLiteral("offset"), QStringLiteral("0") }, { QStringLiteral("limit"), QStringLiteral("10") } }));
    c.advance(10, 25);
    QCOMPARE(c.offsetValue(), 10);
    c.advance(10, 25);
    QCOMPARE(c.offsetValue(), 20);
    QVERIFY(c.hasMore());
    c.advance(5, 25);
    QVERIFY(!c.hasMore());
}

void TestPaging::v1PagesStartAtOne()
{
    PageCursor c(PageConvention::OneBasedPage, 10);
    QCOMPARE(c.queryItems(),
        Query(
            { { QStringLiteral("page"), QStringLiteral("1") }, { QStringLiteral("per_page"), QStringLiteral("10") } }));
    c.advance(10, 11);
    QCOMPARE(c.offsetValue(), 2);
    QVERIFY(c.hasMore());
    c.advance(1, 11);
    QVERIFY(!c.hasMore());
}

void TestPaging::continueTokenLists()
{
    PageCursor c(PageConvention::ContinueToken, 500);
    QCOMPARE(c.queryItems(), Query({ { QStringLiteral("limit"), QStringLiteral("500") } }));
    c.advance(500, std::nullopt, QStringLiteral("tok-2"));
    QVERIFY(c.hasMore());
    QCOMPARE(c.queryItems(),
        Query({ { QStringLiteral("limit"), QStringLiteral("500") },
            { QStringLiteral("continue"), QStringLiteral("tok-2") } }));
    c.advance(3, std::nullopt, QString());
    QVERIFY(!c.hasMore());
}

void TestPaging::emptyPageEndsEvenWithATotal()
{
    PageCursor c(PageConvention::PageNumber, 50);
    c.advance(50, 500);
    c.advance(0, 500); // the list shrank meanwhile
    QVERIFY(!c.hasMore());
}

void TestPaging::withoutTotalAShortPageEnds()
{
    PageCursor c(PageConvention::ItemOffset, 10);
    c.advance(10, std::nullopt);
    QVERIFY(c.hasMore());
    c.advance(9, std::nullopt);
    QVERIFY(!c.hasMore());
}

void TestPaging::resetStartsOver()
{
    PageCursor c(PageConvention::ItemOffset, 10);
    c.advance(10, 11);
    c.reset();
    QCOMPARE(c.offsetValue(), 0);
    QVERIFY(c.hasMore());
    QVERIFY(!c.total());
}

QTEST_APPLESS_MAIN(TestPaging)
#include "tst_paging.moc"
