// LogViewer: search with counter and wrapping navigation, follow mode, wrap toggle, download request.
// With MA_SCREENSHOT_DIR set, screenshot() saves widget-logviewer.png there.

#include "widgets/logviewer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ma::widgets;
using namespace Qt::StringLiterals;

namespace
{
/** A training log: most lines report a loss, every 20th a validation loss too, some say "Loss". */
QString trainingLog(int lines, int firstLine = 0)
{
    QString log;
    for (int i = firstLine; i < firstLine + lines; ++i)
    {
        const QString time
            = QDateTime(QDate(2024, 3, 12), QTime(12, 0)).addSecs(i * 3).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (i % 25 == 0)
            log += u"[%1] [worker-0] [ModelArts Service Log] Epoch %2 started, lr=0.00%3\n"_s.arg(time)
                       .arg(i / 25 + 1)
                       .arg(9 - i % 9);
        else if (i % 20 == 0)
            log += u"[%1] [worker-0] epoch %2 step %3 loss=%4 val_loss=%5 acc=0.%6\n"_s.arg(time)
                       .arg(i / 25 + 1)
                       .arg(i * 10)
                       .arg(2.0 / (1 + i / 40.0), 0, 'f', 4)
                       .arg(2.3 / (1 + i / 45.0), 0, 'f', 4)
                       .arg(60 + i % 39);
        else if (i % 13 == 0)
            log += u"[%1] [worker-0] Loss scale updated to %2\n"_s.arg(time).arg(1 << (i % 16));
        else if (i % 4 == 3)
            log += u"[%1] [worker-0] throughput %2 samples/s, gpu mem 21.4 GiB\n"_s.arg(time).arg(900 + i % 50);
        else
            log += u"[%1] [worker-0] epoch %2 step %3 loss=%4 acc=0.%5\n"_s.arg(time)
                       .arg(i / 25 + 1)
                       .arg(i * 10)
                       .arg(2.0 / (1 + i / 40.0), 0, 'f', 4)
                       .arg(60 + i % 39);
    }
    return log;
}

QScrollBar *vbar(LogViewer &viewer)
{
    return viewer.editor()->verticalScrollBar();
}
} // namespace

class TestLogViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchCountsAndWraps();
    void searchKeys();
    void searchFollowsAppendsAndCase();
    void searchAfterLineLimit();
    void followScrollsAndStopsWhenScrolledUp();
    void wrapToggle();
    void downloadAndProgress();
    void longLogAppend();
    void screenshot();

private:
    std::unique_ptr<LogViewer> m_viewer;
};

void TestLogViewer::init()
{
    m_viewer = std::make_unique<LogViewer>();
    m_viewer->resize(900, 360);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestLogViewer::cleanup()
{
    m_viewer.reset();
}

void TestLogViewer::searchCountsAndWraps()
{
    LogViewer &viewer = *m_viewer;
    const QString log = trainingLog(200);
    viewer.setText(log);
    QCOMPARE(viewer.matchCount(), 0);
    QCOMPARE(viewer.currentMatch(), 0);

    viewer.setSearchText(u"loss"_s);
    const int expected = int(log.count(u"loss"_s, Qt::CaseInsensitive));
    QVERIFY(expected > 100);
    QCOMPARE(viewer.matchCount(), expected);
    QVERIFY(viewer.currentMatch() >= 1 && viewer.currentMatch() <= expected);
    QCOMPARE(viewer.editor()->extraSelections().size(), expected);
    auto *counter = viewer.findChild<QLabel *>(u"logMatchCounter"_s);
    QCOMPARE(counter->text(), u"%1 / %2"_s.arg(viewer.currentMatch()).arg(expected));

    // Next wraps from the last match to the first, previous from the first to the last.
    while (viewer.currentMatch() != expected)
        viewer.findNext();
    viewer.findNext();
    QCOMPARE(viewer.currentMatch(), 1);
    QCOMPARE(counter->text(), u"1 / %1"_s.arg(expected));
    viewer.findPrevious();
    QCOMPARE(viewer.currentMatch(), expected);
    viewer.findPrevious();
    QCOMPARE(viewer.currentMatch(), expected - 1);
    // The caret sits on the current match, which is on screen.
    const QTextCursor caret = viewer.editor()->textCursor();
    QCOMPARE(viewer.editor()->document()->toPlainText().mid(caret.position(), 4).toLower(), u"loss"_s);
    QVERIFY(viewer.editor()->viewport()->rect().contains(viewer.editor()->cursorRect()));

    viewer.setSearchText(u"no such thing"_s);
    QCOMPARE(viewer.matchCount(), 0);
    QCOMPARE(viewer.currentMatch(), 0);
    QCOMPARE(counter->text(), u"No matches"_s);
    viewer.findNext(); // harmless
    viewer.setSearchText(QString());
    QVERIFY(counter->text().isEmpty());
    QVERIFY(viewer.editor()->extraSelections().isEmpty());
}

void TestLogViewer::searchKeys()
{
    LogViewer &viewer = *m_viewer;
    viewer.setText(trainingLog(200));
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    auto *field = viewer.findChild<QLineEdit *>(u"logSearch"_s);
    QVERIFY(field);
    field->setFocus();
    QTest::keyClicks(field, u"val_loss"_s);
    const int expected = int(viewer.text().count(u"val_loss"_s));
    QTRY_COMPARE(viewer.matchCount(), expected); // typing searches after a short pause
    const int first = viewer.currentMatch();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(viewer.currentMatch(), first % expected + 1);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(viewer.currentMatch(), first);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(viewer.currentMatch(), first % expected + 1);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(viewer.currentMatch(), first);
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(viewer.searchText(), QString());
    QCOMPARE(viewer.matchCount(), 0);
}

void TestLogViewer::searchFollowsAppendsAndCase()
{
    LogViewer &viewer = *m_viewer;
    viewer.setText(trainingLog(100));
    viewer.setSearchText(u"loss"_s);
    const int before = viewer.matchCount();
    const QString more = trainingLog(100, 100);
    // Split a chunk in the middle of a word: a match across chunks still counts once.
    const int cut = int(more.indexOf(u"loss"_s)) + 2;
    viewer.appendText(more.left(cut));
    viewer.appendText(more.mid(cut));
    QCOMPARE(viewer.text(), trainingLog(100) + more);
    QCOMPARE(viewer.matchCount(), before + int(more.count(u"loss"_s, Qt::CaseInsensitive)));

    viewer.setCaseSensitive(true);
    QCOMPARE(viewer.matchCount(), int(viewer.text().count(u"loss"_s, Qt::CaseSensitive)));
    QVERIFY(viewer.matchCount() < before + int(more.count(u"loss"_s, Qt::CaseInsensitive)));
    viewer.setSearchText(u"Loss"_s);
    QCOMPARE(viewer.matchCount(), int(viewer.text().count(u"Loss"_s, Qt::CaseSensitive)));
    viewer.setCaseSensitive(false);
    QCOMPARE(viewer.matchCount(), int(viewer.text().count(u"loss"_s, Qt::CaseInsensitive)));
}

void TestLogViewer::searchAfterLineLimit()
{
    LogViewer &viewer = *m_viewer;
    viewer.setMaximumLineCount(100);
    viewer.setText(trainingLog(50));
    viewer.setSearchText(u"loss"_s);
    viewer.appendText(trainingLog(150, 50));
    // Only the newest lines stay, and only their matches are counted.
    QVERIFY(viewer.editor()->document()->blockCount() <= 100);
    QCOMPARE(viewer.matchCount(), int(viewer.text().count(u"loss"_s, Qt::CaseInsensitive)));
    QVERIFY(viewer.currentMatch() >= 1);
}

void TestLogViewer::followScrollsAndStopsWhenScrolledUp()
{
    LogViewer &viewer = *m_viewer;
    QSignalSpy followSpy(&viewer, &LogViewer::followingChanged);
    QVERIFY(viewer.isFollowing());
    viewer.setText(trainingLog(200));
    QScrollBar *bar = vbar(viewer);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    viewer.appendText(trainingLog(50, 200));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(viewer.isFollowing());

    // The user scrolls up: follow switches off and appends leave the view alone.
    bar->setValue(bar->maximum() / 3);
    QVERIFY(!viewer.isFollowing());
    QCOMPARE(followSpy.count(), 1);
    auto *followButton = viewer.findChild<QToolButton *>(u"logFollow"_s);
    QVERIFY(!followButton->isChecked());
    const int position = bar->value();
    viewer.appendText(trainingLog(50, 250));
    QCOMPARE(bar->value(), position);
    QVERIFY(bar->value() < bar->maximum());

    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    QVERIFY(viewer.isFollowing());
    QVERIFY(followButton->isChecked());

    // The toggle button: off stays off at the bottom, on jumps to the end.
    followButton->click();
    QVERIFY(!viewer.isFollowing());
    viewer.appendText(trainingLog(20, 300));
    QVERIFY(bar->value() < bar->maximum());
    followButton->click();
    QVERIFY(viewer.isFollowing());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestLogViewer::wrapToggle()
{
    LogViewer &viewer = *m_viewer;
    viewer.setText(trainingLog(20) + QString(400, u'x') + u'\n');
    QCOMPARE(viewer.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(!viewer.wrapLines());
    auto *wrapButton = viewer.findChild<QToolButton *>(u"logWrap"_s);
    QTest::mouseClick(wrapButton, Qt::LeftButton);
    QCOMPARE(viewer.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QVERIFY(viewer.wrapLines());
    viewer.setWrapLines(false);
    QCOMPARE(viewer.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(!wrapButton->isChecked());
    QVERIFY(viewer.editor()->isReadOnly());
    QVERIFY(viewer.editor()->font().fixedPitch() || QFontInfo(viewer.editor()->font()).fixedPitch());
}

void TestLogViewer::downloadAndProgress()
{
    LogViewer &viewer = *m_viewer;
    QSignalSpy download(&viewer, &LogViewer::downloadRequested);
    auto *button = viewer.findChild<QToolButton *>(u"logDownload"_s);
    auto *bar = viewer.findChild<QProgressBar *>(u"logProgress"_s);
    QVERIFY(!bar->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(download.count(), 1);

    viewer.setProgress(40);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 40);
    QVERIFY(!button->isEnabled());
    viewer.setProgress(100);
    QVERIFY(button->isEnabled());
    viewer.setProgress(-1);
    QVERIFY(!bar->isVisible());
    QCOMPARE(viewer.progress(), -1);

    viewer.clear();
    QVERIFY(viewer.text().isEmpty());
}

void TestLogViewer::longLogAppend()
{
    LogViewer &viewer = *m_viewer;
    viewer.setSearchText(u"val_loss"_s);
    QElapsedTimer timer;
    timer.start();
    for (int chunk = 0; chunk < 100; ++chunk)
        viewer.appendText(trainingLog(500, chunk * 500));
    qInfo("50k lines appended in 100 chunks with a live search: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(viewer.editor()->document()->blockCount(), 50001);
    QCOMPARE(viewer.matchCount(), int(viewer.text().count(u"val_loss"_s)));
    QCOMPARE(vbar(viewer)->value(), vbar(viewer)->maximum());
}

void TestLogViewer::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MA_SCREENSHOT_DIR to save screenshots");
    LogViewer &viewer = *m_viewer;
    viewer.resize(1000, 480);
    viewer.setText(trainingLog(200));
    viewer.setSearchText(u"loss"_s);
    for (int i = 0; i < 5; ++i)
        viewer.findPrevious();
    viewer.setProgress(62);
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(u"widget-logviewer.png"_s);
    QVERIFY(viewer.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
