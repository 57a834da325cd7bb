// The one wording of destructive actions: one name, a short list, a count, a consequence.

#include "ui/confirmation.h"

#include <QTest>

using namespace ma::ui;

class TestConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void wording_data();
    void wording();
};

void TestConfirmation::wording_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("consequence");
    QTest::addColumn<QString>("expected");
    const auto names = [](int n)
    {
        QStringList list;
        for (int i = 1; i <= n; ++i)
            list << QStringLiteral("p%1").arg(i);
        return list;
    };
    QTest::newRow("stop one") << int(DestructiveAction::Stop) << names(1) << QString()
                              << QStringLiteral("Stop the pool “p1”?");
    QTest::newRow("delete one") << int(DestructiveAction::Delete) << names(1) << QString()
                                << QStringLiteral("Delete the pool “p1”? This cannot be undone.");
    QTest::newRow("stop two, listed") << int(DestructiveAction::Stop) << names(2) << QString()
                                      << QStringLiteral("Stop these 2 pools?\n\n• p1\n• p2");
    QTest::newRow("delete five, listed")
        << int(DestructiveAction::Delete) << names(5) << QString()
        << QStringLiteral("Delete these 5 pools? This cannot be undone.\n\n• p1\n• p2\n• p3\n• p4\n• p5");
    QTest::newRow("delete six, counted") << int(DestructiveAction::Delete) << names(6) << QString()
                                         << QStringLiteral("Delete the 6 selected pools? This cannot be undone.");
    QTest::newRow("consequence") << int(DestructiveAction::Stop) << names(1)
                                 << QStringLiteral("Billing stops once the pool is stopped.")
                                 << QStringLiteral("Stop the pool “p1”?\n\nBilling stops once the pool is stopped.");
}

void TestConfirmation::wording()
{
    QFETCH(int, action);
    QFETCH(QStringList, names);
    QFETCH(QString, consequence);
    QFETCH(QString, expected);
    const ResourceNoun noun { QStringLiteral("pool"), QStringLiteral("pools") };
    QCOMPARE(destructiveQuestion(DestructiveAction(action), noun, names, consequence), expected);
}

QTEST_MAIN(TestConfirmation)
#include "tst_confirmation.moc"
