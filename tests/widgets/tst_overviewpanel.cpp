#include "widgets/overviewpanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using ma::widgets::OverviewPanel;
using ma::widgets::OverviewRow;

class TestOverviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreShownGroupByGroup();
    void sameLabelsKeepTheValueWidgets();
    void otherLabelsRebuildTheGroup();
    void editButtonNamesItsRow();
    void setValueChangesOneRow();
    void clearEmptiesEveryGroup();
};

void TestOverviewPanel::rowsAreShownGroupByGroup()
{
    OverviewPanel panel;
    const int basic = panel.addGroup(QStringLiteral("Basic"));
    const int more = panel.addGroup(QStringLiteral("More"));
    panel.setRows(more, { { QStringLiteral("Flavor"), QStringLiteral("gpu.v100") } });
    panel.setRows(basic, { { QStringLiteral("ID"), QStringLiteral("abc") }, { QStringLiteral("Empty"), QString() } });
    QCOMPARE(panel.labels(), QStringList({ QStringLiteral("ID"), QStringLiteral("Empty"), QStringLiteral("Flavor") }));
    QCOMPARE(panel.value(QStringLiteral("ID")), QStringLiteral("abc"));
    QCOMPARE(panel.value(QStringLiteral("Empty")), QStringLiteral("–")); // an empty value shows a dash
    QCOMPARE(panel.value(QStringLiteral("Flavor")), QStringLiteral("gpu.v100"));
    QCOMPARE(panel.value(QStringLiteral("Missing")), QString());
}

void TestOverviewPanel::sameLabelsKeepTheValueWidgets()
{
    OverviewPanel panel;
    const int group = panel.addGroup(QStringLiteral("Basic"));
    panel.setRows(group, { { QStringLiteral("Status"), QStringLiteral("Running") } });
    const QList<QLabel *> before = panel.findChildren<QLabel *>(QStringLiteral("value"));
    QCOMPARE(before.size(), 1);
    panel.setRows(group, { { QStringLiteral("Status"), QStringLiteral("Completed") } });
    // A poll that changes a value keeps the label (and a selection in it).
    QCOMPARE(panel.findChildren<QLabel *>(QStringLiteral("value")), before);
    QCOMPARE(before.front()->text(), QStringLiteral("Completed"));
}

void TestOverviewPanel::otherLabelsRebuildTheGroup()
{
    OverviewPanel panel;
    const int group = panel.addGroup(QStringLiteral("Basic"));
    panel.setRows(group, { { QStringLiteral("Status"), QStringLiteral("Running") } });
    panel.setRows(group,
        { { QStringLiteral("Status"), QStringLiteral("Failed") },
            { QStringLiteral("Reason"), QStringLiteral("OOM") } });
    QCOMPARE(panel.labels(), QStringList({ QStringLiteral("Status"), QStringLiteral("Reason") }));
    QCOMPARE(panel.value(QStringLiteral("Reason")), QStringLiteral("OOM"));
    QCOMPARE(panel.value(QStringLiteral("Status")), QStringLiteral("Failed"));
}

void TestOverviewPanel::editButtonNamesItsRow()
{
    OverviewPanel panel;
    const int group = panel.addGroup(QStringLiteral("Basic"));
    panel.setRows(group,
        { { QStringLiteral("Name"), QStringLiteral("a") },
            { QStringLiteral("Description"), QStringLiteral("text"), QStringLiteral("editDescriptionButton"),
                QStringLiteral("Edit the description") } });
    QSignalSpy edit(&panel, &OverviewPanel::editRequested);
    auto *button = panel.findChild<QToolButton *>(QStringLiteral("editDescriptionButton"));
    QVERIFY(button);
    QCOMPARE(button->toolTip(), QStringLiteral("Edit the description"));
    QCOMPARE(panel.findChildren<QToolButton *>().size(), 1); // only the editable row has one
    button->click();
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.front().front().toString(), QStringLiteral("editDescriptionButton"));
}

void TestOverviewPanel::setValueChangesOneRow()
{
    OverviewPanel panel;
    const int group = panel.addGroup(QStringLiteral("Basic"));
    panel.setRows(group,
        { { QStringLiteral("Duration"), QStringLiteral("00:00:01") }, { QStringLiteral("ID"), QStringLiteral("x") } });
    panel.setValue(QStringLiteral("Duration"), QStringLiteral("00:00:02"));
    QCOMPARE(panel.value(QStringLiteral("Duration")), QStringLiteral("00:00:02"));
    QCOMPARE(panel.value(QStringLiteral("ID")), QStringLiteral("x"));
    // The next poll with the same rows compares against what is shown now.
    panel.setRows(group,
        { { QStringLiteral("Duration"), QStringLiteral("00:00:03") }, { QStringLiteral("ID"), QStringLiteral("x") } });
    QCOMPARE(panel.value(QStringLiteral("Duration")), QStringLiteral("00:00:03"));
}

void TestOverviewPanel::clearEmptiesEveryGroup()
{
    OverviewPanel panel;
    const int a = panel.addGroup(QStringLiteral("A"));
    const int b = panel.addGroup(QStringLiteral("B"));
    panel.setRows(a, { { QStringLiteral("One"), QStringLiteral("1") } });
    panel.setRows(b, { { QStringLiteral("Two"), QStringLiteral("2") } });
    panel.clear();
    QVERIFY(panel.labels().isEmpty());
    QCOMPARE(panel.value(QStringLiteral("One")), QString());
}

QTEST_MAIN(TestOverviewPanel)
#include "tst_overviewpanel.moc"
