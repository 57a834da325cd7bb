// The Confirm step's "Pre-submit checks" block: lines follow the checks, and the submit
// button is held back exactly while a check blocks.

#include "models/presubmitchecks.h"
#include "widgets/presubmitchecklist.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using Outcome = models::PreSubmitCheck::Outcome;

class TestPreSubmitCheckList final : public QObject
{
    Q_OBJECT

private slots:
    void linesFollowTheChecks();
    void blockingCheckHoldsBackSubmit();
};

void TestPreSubmitCheckList::linesFollowTheChecks()
{
    models::PreSubmitChecks checks;
    models::PreSubmitChecks::Report quota;
    checks.add(u"Training job quota"_s, [&quota](const models::PreSubmitChecks::Report &report) { quota = report; });
    checks.addResult(u"Cost per hour"_s, Outcome::Unknown, u"Unknown: billing code x"_s);
    widgets::PreSubmitCheckList list(&checks);
    checks.start();
    QVERIFY(list.lineText(0).startsWith(u"Checking: Training job quota"_s));
    QCOMPARE(list.summaryText(), u"1 cannot be checked · 1 running"_s);

    quota(Outcome::Passed, u"3 of 20 used"_s);
    QCOMPARE(list.lineText(0), u"Passed: Training job quota — 3 of 20 used"_s);
    QCOMPARE(list.lineText(1), u"Cannot check: Cost per hour — Unknown: billing code x"_s);
    QCOMPARE(list.summaryText(), u"1 passed · 1 cannot be checked"_s);
    // The symbol carries the outcome word too (not colour alone).
    const QList<QLabel *> labels = list.findChildren<QLabel *>();
    const bool worded
        = std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->toolTip() == u"Passed"_s; });
    QVERIFY(worded);
}

void TestPreSubmitCheckList::blockingCheckHoldsBackSubmit()
{
    models::PreSubmitChecks checks;
    models::PreSubmitChecks::Report pool;
    checks.add(u"Nodes in the pool"_s, [&pool](const models::PreSubmitChecks::Report &report) { pool = report; });
    widgets::PreSubmitCheckList list(&checks);
    QPushButton ok(u"OK"_s);
    list.holdBack(&ok);
    checks.start();
    QVERIFY(ok.isEnabled()); // running checks do not hold the user back
    pool(Outcome::Blocking, u"no available node"_s);
    QVERIFY(!ok.isEnabled());
    QVERIFY(!ok.toolTip().isEmpty());
    QCOMPARE(list.summaryText(), u"1 fails"_s);

    models::PreSubmitChecks fine;
    fine.addResult(u"Image"_s, Outcome::Warning, u"w"_s);
    widgets::PreSubmitCheckList other(&fine);
    QPushButton submit(u"Submit"_s);
    other.holdBack(&submit);
    QVERIFY(submit.isEnabled());
}

QTEST_MAIN(TestPreSubmitCheckList)
#include "tst_presubmitchecklist.moc"
