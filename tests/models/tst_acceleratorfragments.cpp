// GPU/NPU fragments (the pool Monitoring tab's snapshot table): what idle cards can run per task
// size, and the model over a pool's node list that follows it in place, never with a reset.

#include "models/acceleratorfragments.h"
#include "models/poolnodelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace ma::models;
using namespace Qt::StringLiterals;

namespace
{
QStandardItem *node(const QString &phase, int total, int free, const QString &kind = u"GPU"_s)
{
    auto *item = new QStandardItem(u"node"_s);
    item->setData(phase, PoolNodeListModel::PhaseRole);
    item->setData(total, PoolNodeListModel::AcceleratorTotalRole);
    item->setData(free, PoolNodeListModel::AcceleratorFreeRole);
    item->setData(kind, PoolNodeListModel::AcceleratorKindRole);
    return item;
}
} // namespace

class TestAcceleratorFragments : public QObject
{
    Q_OBJECT

private slots:
    void sizesUpToTheLargestNode();
    void fragmentsAreIdleCardsTasksCannotUse();
    void noCardsNoRows();
    void modelFollowsNodesWithoutReset();
};

void TestAcceleratorFragments::sizesUpToTheLargestNode()
{
    QList<int> sizes;
    for (const FragmentRow &r : computeFragments({ { 8, 8 }, { 4, 0 } }))
        sizes << r.cardsPerTask;
    QCOMPARE(sizes, (QList<int> { 1, 2, 4, 8 }));
    sizes.clear();
    for (const FragmentRow &r : computeFragments({ { 16, 3 } }))
        sizes << r.cardsPerTask;
    QCOMPARE(sizes, (QList<int> { 1, 2, 4, 8, 16 }));
}

void TestAcceleratorFragments::fragmentsAreIdleCardsTasksCannotUse()
{
    // Three 8-card nodes with 3, 5 and 8 idle cards: 16 idle cards in all.
    const QList<FragmentRow> rows = computeFragments({ { 8, 3 }, { 8, 5 }, { 8, 8 } });
    QCOMPARE(rows.size(), 4);
    for (const FragmentRow &r : rows)
    {
        // Every idle card either serves a task of this size or is a fragment.
        QCOMPARE(r.tasksThatFit * r.cardsPerTask + r.fragmentCards, 16);
    }
    QCOMPARE(rows.at(0).tasksThatFit, 16); // one card each: nothing is a fragment
    QCOMPARE(rows.at(0).fragmentCards, 0);
    QCOMPARE(rows.at(2).cardsPerTask, 4); // 4 cards: 0 + 1 + 2 tasks; 3 + 1 + 0 cards left over
    QCOMPARE(rows.at(2).tasksThatFit, 3);
    QCOMPARE(rows.at(2).nodesWithRoom, 2);
    QCOMPARE(rows.at(2).fragmentCards, 4);
    QCOMPARE(rows.at(3).tasksThatFit, 1); // 8 cards: only the idle node
    QCOMPARE(rows.at(3).fragmentCards, 8);
    // Free counts outside 0..total are clamped (a node reporting more free than it has).
    QCOMPARE(computeFragments({ { 2, 5 } }).at(1).tasksThatFit, 1);
}

void TestAcceleratorFragments::noCardsNoRows()
{
    QVERIFY(computeFragments({}).isEmpty());
    QVERIFY(computeFragments({ { 0, 0 }, { 0, 0 } }).isEmpty());
}

void TestAcceleratorFragments::modelFollowsNodesWithoutReset()
{
    QStandardItemModel nodes;
    nodes.appendRow(node(u"Available"_s, 4, 4));
    nodes.appendRow(node(u"Available"_s, 4, 1));
    FragmentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSourceModel(&nodes);
    QCOMPARE(model.rowCount(), 3); // 1, 2 and 4 cards
    QCOMPARE(model.idleCards(), 5);
    QCOMPARE(model.acceleratorKind(), u"GPU"_s);
    QCOMPARE(model.index(2, FragmentsModel::TasksThatFit).data().toInt(), 1);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy summary(&model, &FragmentsModel::summaryChanged);

    // A job takes two cards of the first node: cells change in place.
    nodes.item(0)->setData(2, PoolNodeListModel::AcceleratorFreeRole);
    QVERIFY(changed.count() > 0);
    QCOMPARE(model.idleCards(), 3);
    QCOMPARE(model.index(2, FragmentsModel::TasksThatFit).data().toInt(), 0);
    QCOMPARE(summary.count(), 1);
    // An abnormal node's idle cards run nothing.
    nodes.item(1)->setData(u"Abnormal"_s, PoolNodeListModel::PhaseRole);
    QCOMPARE(model.idleCards(), 2);
    // A larger node adds the 8-card row at the end; losing it removes the row again.
    nodes.appendRow(node(u"Available"_s, 8, 8));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, FragmentsModel::CardsPerTask).data().toInt(), 8);
    nodes.removeRow(2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.count(), 0);
    // No node with cards left: no rows.
    nodes.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.idleCards(), 0);
}

QTEST_MAIN(TestAcceleratorFragments)
#include "tst_acceleratorfragments.moc"
