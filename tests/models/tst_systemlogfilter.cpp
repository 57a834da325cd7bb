// The Logs tab's "System logs" filter (models/systemlogfilter.h): the platform's lines pass
// or are dropped, also when a line arrives in pieces, and a change of the box resends the log.

#include "models/systemlogfilter.h"

#include <QSignalSpy>
#include <QTest>

using namespace ma;

class TestSystemLogFilter final : public QObject
{
    Q_OBJECT

private slots:
    void recognisesBothMarks();
    /** Shown (the default): the stream passes unchanged. */
    void passesEverythingWhenShown();
    /** Hidden: system lines go, also one split over two appends; the user's lines stay in order. */
    void dropsSystemLinesWhenHidden();
    /** Toggling resends the whole log, filtered or not. */
    void toggleResendsTheLog();

private:
    static QString joined(const QSignalSpy &spy);
};

namespace
{
const QString kSystem = QStringLiteral("[ModelArts Service Log][INFO] training input downloaded\n");
const QString kPlatform = QStringLiteral("time=1 Platform=ModelArts-Service msg=ready\n");
const QString kUser = QStringLiteral("epoch 1 loss=0.5\n");
} // namespace

QString TestSystemLogFilter::joined(const QSignalSpy &spy)
{
    QString out;
    for (const QList<QVariant> &args : spy)
        out += args.at(0).toString();
    return out;
}

void TestSystemLogFilter::recognisesBothMarks()
{
    QVERIFY(models::SystemLogFilter::isSystemLine(kSystem));
    QVERIFY(models::SystemLogFilter::isSystemLine(kPlatform));
    QVERIFY(!models::SystemLogFilter::isSystemLine(kUser));
}

void TestSystemLogFilter::passesEverythingWhenShown()
{
    models::SystemLogFilter filter;
    QSignalSpy reset(&filter, &models::SystemLogFilter::textReset);
    QSignalSpy appended(&filter, &models::SystemLogFilter::textAppended);
    filter.reset(kSystem + kUser);
    filter.append(QStringLiteral("epoch 2"));
    QCOMPARE(joined(reset), kSystem + kUser);
    QCOMPARE(joined(appended), QStringLiteral("epoch 2"));
}

void TestSystemLogFilter::dropsSystemLinesWhenHidden()
{
    models::SystemLogFilter filter;
    filter.setShowSystemLines(false);
    QSignalSpy reset(&filter, &models::SystemLogFilter::textReset);
    QSignalSpy appended(&filter, &models::SystemLogFilter::textAppended);
    filter.reset(kSystem + kUser + kPlatform);
    QCOMPARE(joined(reset), kUser);
    // A system line in two pieces, then a user line in two pieces.
    filter.append(kSystem.left(10));
    filter.append(kSystem.mid(10) + QStringLiteral("epoch 2 "));
    filter.append(QStringLiteral("loss=0.4\n"));
    QCOMPARE(joined(appended), QStringLiteral("epoch 2 loss=0.4\n"));
}

void TestSystemLogFilter::toggleResendsTheLog()
{
    models::SystemLogFilter filter;
    filter.reset(kSystem + kUser);
    filter.append(kPlatform);
    QSignalSpy reset(&filter, &models::SystemLogFilter::textReset);
    filter.setShowSystemLines(false);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(reset.last().at(0).toString(), kUser);
    filter.setShowSystemLines(false); // no change, nothing sent
    QCOMPARE(reset.count(), 1);
    filter.setShowSystemLines(true);
    QCOMPARE(reset.last().at(0).toString(), kSystem + kUser + kPlatform);
}

QTEST_GUILESS_MAIN(TestSystemLogFilter)
#include "tst_systemlogfilter.moc"
