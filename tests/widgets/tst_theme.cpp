// The theme: the style sheet is complete in both schemes, status colours come from it, and
// the dark palette is dark.

#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace ma::widgets;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void styleSheetHasNoUnfilledRole_data();
    void styleSheetHasNoUnfilledRole();
    void schemesDiffer();
    void statusColoursFollowTheScheme();
    void darkPaletteIsDark();
    void applyFollowsTheScheme();
    void styleProperty();
    void navigationRowsArePadded();
};

void TestTheme::cleanup()
{
    Theme::setDark(false);
}

void TestTheme::styleSheetHasNoUnfilledRole_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTheme::styleSheetHasNoUnfilledRole()
{
    QFETCH(bool, dark);
    Theme::setDark(dark);
    const QString qss = Theme::styleSheet();
    QVERIFY(qss.contains(u"#errorBanner"));
    // Every "@role" is replaced: a typo in style.qss would leave one behind.
    const QRegularExpressionMatch left = QRegularExpression(QStringLiteral("@[A-Za-z]+")).match(qss);
    QVERIFY2(!left.hasMatch(), qPrintable(left.captured()));
    QVERIFY(qss.contains(Theme::color(Theme::Role::ErrorBackground).name()));
    QVERIFY(qss.contains(Theme::statusColor(StatusTone::Running).name()));
}

void TestTheme::schemesDiffer()
{
    const QString light = Theme::styleSheet();
    Theme::setDark(true);
    const QString dark = Theme::styleSheet();
    QVERIFY(light != dark);
    QVERIFY(dark.contains(Theme::color(Theme::Role::ErrorBackground).name()));
    QVERIFY(!light.contains(Theme::color(Theme::Role::ErrorBackground).name()));
}

void TestTheme::statusColoursFollowTheScheme()
{
    for (const StatusTone tone : { StatusTone::Neutral, StatusTone::Progress, StatusTone::Running, StatusTone::Success,
             StatusTone::Warning, StatusTone::Failure })
    {
        QCOMPARE(badgeColor(tone), Theme::statusColor(tone));
        // Badges carry white text: the background must be dark enough in both schemes.
        QVERIFY(Theme::statusColor(tone).lightness() < 140);
    }
    const QColor light = Theme::statusColor(StatusTone::Running);
    Theme::setDark(true);
    QVERIFY(Theme::statusColor(StatusTone::Running) != light);
    QCOMPARE(Theme::badgeName(StatusTone::Failure), QStringLiteral("failure"));
}

void TestTheme::darkPaletteIsDark()
{
    QVERIFY(Theme::isDarkPalette(Theme::darkPalette()));
    QVERIFY(!Theme::isDarkPalette(qApp->style()->standardPalette()));
}

void TestTheme::applyFollowsTheScheme()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    Theme::apply(*app, QStringLiteral("dark"));
    QVERIFY(Theme::isDark());
    QVERIFY(Theme::isDarkPalette(app->palette()));
    QVERIFY(app->styleSheet().contains(Theme::color(Theme::Role::ErrorBackground).name()));
    Theme::apply(*app, QStringLiteral("light"));
    QVERIFY(!Theme::isDark());
    QVERIFY(!Theme::isDarkPalette(app->palette()));
    app->setStyleSheet(QString());
}

void TestTheme::styleProperty()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    app->setStyleSheet(Theme::styleSheet());
    QLabel label(QStringLiteral("x"));
    label.ensurePolished();
    const QColor before = label.palette().color(QPalette::WindowText);
    Theme::setStyleProperty(&label, "tone", QStringLiteral("error"));
    QCOMPARE(label.palette().color(QPalette::WindowText), Theme::color(Theme::Role::ErrorText));
    QVERIFY(before != label.palette().color(QPalette::WindowText));
    app->setStyleSheet(QString());
}

void TestTheme::navigationRowsArePadded()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    const auto rowHeight = []
    {
        QTreeWidget tree;
        tree.setObjectName(QStringLiteral("navigation"));
        auto *item = new QTreeWidgetItem(&tree, { QStringLiteral("Training Jobs") });
        tree.show();
        return tree.visualItemRect(item).height();
    };
    const int plain = rowHeight();
    app->setStyleSheet(Theme::styleSheet());
    const int padded = rowHeight();
    app->setStyleSheet(QString());
    QVERIFY2(padded >= plain + 10, qPrintable(QStringLiteral("%1 vs %2").arg(padded).arg(plain)));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
