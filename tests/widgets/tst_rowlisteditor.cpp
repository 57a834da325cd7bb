#include "widgets/rowlisteditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace
{
// A row of one name field; the item is "name|hidden" so hidden data can be checked.
class NameListEditor final : public ma::widgets::RowListEditor
{
public:
    NameListEditor()
        : RowListEditor({ QStringLiteral("Name") },
            { QStringLiteral("Add Name"), QStringLiteral("Remove"), QStringLiteral("No names."),
                QStringLiteral("At most %1 names."), QStringLiteral("name") })
    {
    }

    QStringList names() const
    {
        QStringList out;
        for (int r = 0; r < rowCount(); ++r)
            out << cellAs<QLineEdit>(r, 0)->text() + u'|' + rowItem(r).toString().section(u'|', 1);
        return out;
    }
    void setNames(const QStringList &items)
    {
        QVariantList list;
        for (const QString &item : items)
            list << item;
        resetRows(list);
    }
    QLineEdit *edit(int row) const { return cellAs<QLineEdit>(row, 0); }

protected:
    QList<QWidget *> createRow(const QVariant &item) override
    {
        auto *edit = new QLineEdit(item.toString().section(u'|', 0, 0), this);
        connect(edit, &QLineEdit::textChanged, this, &NameListEditor::rowEdited);
        return { edit };
    }
    QVariant newItem(int rowCount) const override { return QStringLiteral("new%1|").arg(rowCount); }
};
} // namespace

class TestRowListEditor : public QObject
{
    Q_OBJECT

private slots:
    void resetRowsIsSilentAndKeepsHiddenData();
    void addAndRemoveAreReported();
    void addStopsAtTheLimit();
    void messagesFollowTheirRows();
    void emptyTextShowsWithoutRows();
};

void TestRowListEditor::resetRowsIsSilentAndKeepsHiddenData()
{
    NameListEditor editor;
    QSignalSpy changed(&editor, &NameListEditor::rowsChanged);
    editor.setNames({ QStringLiteral("a|x"), QStringLiteral("b|y") });
    QCOMPARE(changed.size(), 0);
    QCOMPARE(editor.rowCount(), 2);
    editor.edit(1)->setText(QStringLiteral("c"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.names(), QStringList({ QStringLiteral("a|x"), QStringLiteral("c|y") }));
}

void TestRowListEditor::addAndRemoveAreReported()
{
    NameListEditor editor;
    QSignalSpy changed(&editor, &NameListEditor::rowsChanged);
    editor.addButton()->click();
    editor.addButton()->click();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(editor.names(), QStringList({ QStringLiteral("new0|"), QStringLiteral("new1|") }));
    // The first row's remove button removes the first row.
    auto *remove = editor.findChildren<QToolButton *>(QStringLiteral("nameRemoveButton")).value(0);
    QVERIFY(remove);
    editor.removeRow(0);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(editor.names(), QStringList({ QStringLiteral("new1|") }));
}

void TestRowListEditor::addStopsAtTheLimit()
{
    NameListEditor editor;
    editor.setMaximumRows(2);
    editor.addRow();
    QVERIFY(editor.addButton()->isEnabled());
    editor.addRow();
    QVERIFY(!editor.addButton()->isEnabled());
    QCOMPARE(editor.addButton()->toolTip(), QStringLiteral("At most 2 names."));
    editor.addRow(); // ignored at the limit
    QCOMPARE(editor.rowCount(), 2);
    bool counted = false;
    for (const QLabel *label : editor.findChildren<QLabel *>())
        counted = counted || label->text() == QStringLiteral("2/2");
    QVERIFY(counted);
    editor.removeRow(1);
    QVERIFY(editor.addButton()->isEnabled());
}

void TestRowListEditor::messagesFollowTheirRows()
{
    NameListEditor editor;
    editor.setNames({ QStringLiteral("a|"), QStringLiteral("b|") });
    editor.setRowMessage(1, QStringLiteral("Duplicate name"));
    editor.setMessage(QStringLiteral("Too many"), true);
    editor.removeRow(0);
    QCOMPARE(editor.rowMessage(0), QStringLiteral("Duplicate name"));
    QCOMPARE(editor.message(), QStringLiteral("Too many"));
    editor.clearMessages();
    QCOMPARE(editor.rowMessage(0), QString());
    QCOMPARE(editor.message(), QString());
    QCOMPARE(editor.rowMessage(7), QString()); // out of range is harmless
}

void TestRowListEditor::emptyTextShowsWithoutRows()
{
    NameListEditor editor;
    editor.show();
    QLabel *empty = nullptr;
    for (QLabel *label : editor.findChildren<QLabel *>())
        if (label->text() == QStringLiteral("No names."))
            empty = label;
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    editor.addRow();
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(TestRowListEditor)
#include "tst_rowlisteditor.moc"
