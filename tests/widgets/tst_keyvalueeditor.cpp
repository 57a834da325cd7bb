// KeyValueEditor: rows round trip, add/remove, the maximum, file import (KEY=VALUE, JSON, refusals),
// row and table messages, height. With MA_SCREENSHOT_DIR set, screenshot() saves widget-keyvalueeditor.png.

#include "widgets/keyvalueeditor.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace ma::models;
using namespace ma::widgets;
using namespace Qt::StringLiterals;

class TestKeyValueEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setRowsRoundTrip();
    void addRowEditsKey();
    void removeSelectedRows();
    void maximumRowsDisablesAdd();
    void importKeyValueLines();
    void importJsonObject();
    void importOverLimitRefused();
    void importErrors_data();
    void importErrors();
    void rowMessages();
    void rowConstraints();
    void heightGrowsThenScrolls();
    void screenshot();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QToolButton *button(const char *name) const;
    QLabel *label(const char *name) const;

    std::unique_ptr<KeyValueEditor> m_editor;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestKeyValueEditor::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QToolButton *TestKeyValueEditor::button(const char *name) const
{
    return m_editor->findChild<QToolButton *>(QString::fromLatin1(name));
}

QLabel *TestKeyValueEditor::label(const char *name) const
{
    return m_editor->findChild<QLabel *>(QString::fromLatin1(name));
}

void TestKeyValueEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_editor = std::make_unique<KeyValueEditor>();
    m_editor->resize(520, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestKeyValueEditor::cleanup()
{
    m_editor.reset();
    m_dir.reset();
}

void TestKeyValueEditor::setRowsRoundTrip()
{
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    const QList<KeyValue> rows { { u"learning_rate"_s, u"0.01"_s }, { u"epochs"_s, u"10"_s },
        { u" spaced "_s, u""_s } };
    m_editor->setRows(rows);
    QCOMPARE(m_editor->rows(), rows); // kept exactly as given, empty values included
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->view()->model()->rowCount(), 3);
    QCOMPARE(m_editor->view()->model()->index(1, 1).data().toString(), u"10"_s);
    m_editor->setRows(rows);
    QCOMPARE(changed.count(), 1); // unchanged: no signal
    m_editor->setRows({});
    QCOMPARE(m_editor->rows(), QList<KeyValue>());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(label("keyValueCounter")->text(), u"0 entries"_s);
}

void TestKeyValueEditor::addRowEditsKey()
{
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    m_editor->setRows({ { u"a"_s, u"1"_s } });
    QTest::mouseClick(button("keyValueAdd"), Qt::LeftButton);
    QCOMPARE(m_editor->rows(), (QList<KeyValue> { { u"a"_s, u"1"_s }, {} }));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_editor->view()->currentIndex(), m_editor->view()->model()->index(1, 0));
    auto *editor = m_editor->view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor, u"batch_size"_s);
    QTest::keyClick(editor, Qt::Key_Tab); // commits and moves to the value
    QCOMPARE(m_editor->rows().at(1).key, u"batch_size"_s);
    QCOMPARE(changed.count(), 3);
    QTRY_VERIFY(m_editor->view()->viewport()->findChild<QLineEdit *>()
        && m_editor->view()->viewport()->findChild<QLineEdit *>()->isVisible());
    QCOMPARE(m_editor->view()->currentIndex(), m_editor->view()->model()->index(1, 1));
}

void TestKeyValueEditor::removeSelectedRows()
{
    QList<KeyValue> rows;
    for (int i = 0; i < 5; ++i)
        rows.append({ u"k%1"_s.arg(i), u"v%1"_s.arg(i) });
    m_editor->setRows(rows);
    QVERIFY(!button("keyValueDelete")->isEnabled());
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    QAbstractItemModel *model = m_editor->view()->model();
    QItemSelectionModel *selection = m_editor->view()->selectionModel();
    selection->select(model->index(1, 1), QItemSelectionModel::Select);
    selection->select(model->index(3, 0), QItemSelectionModel::Select);
    selection->select(model->index(4, 0), QItemSelectionModel::Select);
    QVERIFY(button("keyValueDelete")->isEnabled());
    QTest::mouseClick(button("keyValueDelete"), Qt::LeftButton);
    QCOMPARE(m_editor->rows(), (QList<KeyValue> { rows.at(0), rows.at(2) }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(label("keyValueCounter")->text(), u"2 entries"_s);
}

void TestKeyValueEditor::maximumRowsDisablesAdd()
{
    m_editor->setMaximumRows(3);
    m_editor->setRows({ { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s } });
    QCOMPARE(label("keyValueCounter")->text(), u"2/3"_s);
    QVERIFY(button("keyValueAdd")->isEnabled());
    m_editor->addRow();
    QCOMPARE(label("keyValueCounter")->text(), u"3/3"_s);
    QVERIFY(!button("keyValueAdd")->isEnabled());
    QCOMPARE(button("keyValueAdd")->toolTip(), u"At most 3 entries are allowed."_s);
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    m_editor->addRow();
    QCOMPARE(m_editor->rows().size(), 3);
    QCOMPARE(changed.count(), 0);
    m_editor->view()->selectionModel()->clearSelection();
    m_editor->view()->selectionModel()->select(m_editor->view()->model()->index(0, 0), QItemSelectionModel::Select);
    m_editor->removeSelectedRows();
    QCOMPARE(label("keyValueCounter")->text(), u"2/3"_s);
    QVERIFY(button("keyValueAdd")->isEnabled());
}

void TestKeyValueEditor::importKeyValueLines()
{
    m_editor->setRows({ { u"existing"_s, u"1"_s } });
    const QString path = writeFile(u"params.env"_s,
        "\xEF\xBB\xBF# training parameters\n"
        "learning_rate=0.01\n"
        "\n"
        "  epochs = 10  \r\n"
        "data_url=obs://bucket/data/?a=b\n"
        "quoted=\"hello world\"\n"
        "single='x=y'\n"
        "empty=\n"
        "   # indented comment\n");
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    QString error;
    QVERIFY2(m_editor->importFile(path, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    const QList<KeyValue> expected { { u"existing"_s, u"1"_s }, { u"learning_rate"_s, u"0.01"_s },
        { u"epochs"_s, u"10"_s }, { u"data_url"_s, u"obs://bucket/data/?a=b"_s }, { u"quoted"_s, u"hello world"_s },
        { u"single"_s, u"x=y"_s }, { u"empty"_s, QString() } };
    QCOMPARE(m_editor->rows(), expected);
}

void TestKeyValueEditor::importJsonObject()
{
    const QString path = writeFile(u"params.json"_s,
        R"({ "zeta": "last-first", "epochs": 10, "lr": 0.001, "use_amp": true, "note": null, "name": "résumé" })");
    QString error;
    QVERIFY2(m_editor->importFile(path, &error), qPrintable(error));
    const QList<KeyValue> expected { { u"zeta"_s, u"last-first"_s }, { u"epochs"_s, u"10"_s }, { u"lr"_s, u"0.001"_s },
        { u"use_amp"_s, u"true"_s }, { u"note"_s, QString() }, { u"name"_s, u"résumé"_s } };
    QCOMPARE(m_editor->rows(), expected); // file order, not sorted
}

void TestKeyValueEditor::importOverLimitRefused()
{
    m_editor->setMaximumRows(100);
    QList<KeyValue> rows;
    for (int i = 0; i < 98; ++i)
        rows.append({ u"k%1"_s.arg(i), u"v"_s });
    m_editor->setRows(rows);
    const QString path = writeFile(u"three.txt"_s, "a=1\nb=2\nc=3\n");
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    QString error;
    QVERIFY(!m_editor->importFile(path, &error));
    QCOMPARE(error,
        u"Importing 3 entries would exceed the maximum of 100 (the table already has 98). "
        "Nothing was imported."_s);
    QCOMPARE(m_editor->rows(), rows);
    QCOMPARE(changed.count(), 0);
    // Exactly reaching the maximum is fine.
    const QString two = writeFile(u"two.txt"_s, "a=1\nb=2\n");
    QVERIFY2(m_editor->importFile(two, &error), qPrintable(error));
    QCOMPARE(m_editor->rows().size(), 100);
    QCOMPARE(label("keyValueCounter")->text(), u"100/100"_s);
    QVERIFY(!button("keyValueAdd")->isEnabled());
}

void TestKeyValueEditor::importErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("no equals sign") << u"bad.txt"_s << QByteArray("a=1\n# ok\njust words here\n")
                                    << u"Line 3 of bad.txt is not KEY=VALUE: just words here"_s;
    QTest::newRow("no key") << u"bad.txt"_s << QByteArray("=value\n") << u"Line 1 of bad.txt has no key: =value"_s;
    QTest::newRow("broken json") << u"bad.json"_s << QByteArray("{ \"a\": 1, ") << u"bad.json is not valid JSON."_s;
    QTest::newRow("json array") << u"list.json"_s << QByteArray("[1, 2]")
                                << u"list.json must contain KEY=VALUE lines or a JSON object such as "
                                   "{\"epochs\": \"10\"}."_s;
    QTest::newRow("nested value") << u"nested.json"_s << QByteArray(R"({"a": "1", "b": {"c": 2}})")
                                  << u"The value of \"b\" in nested.json must be text, a number or a boolean."_s;
    QTest::newRow("nested too deep") << u"deep.json"_s
                                     << QByteArray("{\"a\": ") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
                                     << u"deep.json is too large or nested too deeply."_s;
    QTest::newRow("only comments") << u"empty.txt"_s << QByteArray("# nothing\n\n")
                                   << u"empty.txt contains no entries."_s;
}

void TestKeyValueEditor::importErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    m_editor->setRows({ { u"keep"_s, u"me"_s } });
    QString message;
    QVERIFY(!m_editor->importFile(writeFile(name, content), &message));
    QCOMPARE(message, error);
    QCOMPARE(m_editor->rows(), (QList<KeyValue> { { u"keep"_s, u"me"_s } }));

    const QString missing = m_dir->filePath(u"missing.txt"_s);
    QVERIFY(!m_editor->importFile(missing, &message));
    QCOMPARE(message, u"Cannot read %1: No such file or directory"_s.arg(QDir::toNativeSeparators(missing)));
}

void TestKeyValueEditor::rowMessages()
{
    m_editor->setRows({ { u"lr"_s, u"0.1"_s }, { u"lr"_s, u"0.2"_s }, { u"MA_HOME"_s, u"/x"_s } });
    QSignalSpy changed(m_editor.get(), &KeyValueEditor::rowsChanged);
    QLabel *messages = label("keyValueMessages");
    QVERIFY(!messages->isVisible());

    m_editor->setRowMessage(1, u"Duplicate key \"lr\"."_s);
    m_editor->setRowMessage(2, u"Names starting with MA_ are reserved."_s, true);
    m_editor->setMessage(u"At most 100 hyperparameters."_s);
    QCOMPARE(changed.count(), 0); // messages are not edits
    QVERIFY(messages->isVisible());
    QCOMPARE(m_editor->messageText(),
        u"Row 2: Duplicate key \"lr\".\nRow 3: Names starting with MA_ are reserved.\n"
        "At most 100 hyperparameters."_s);
    QVERIFY(messages->text().contains(u"Row 2: Duplicate key &quot;lr&quot;."_s));
    // Errors and warnings in the theme's colours (no literal colours in widgets).
    QVERIFY(messages->text().contains(Theme::color(Theme::Role::ErrorText).name()));
    QVERIFY(messages->text().contains(Theme::color(Theme::Role::WarningText).name()));

    QAbstractItemModel *model = m_editor->view()->model();
    QCOMPARE(model->index(1, 0).data(Qt::ToolTipRole).toString(), u"Duplicate key \"lr\"."_s);
    QCOMPARE(model->index(1, 1).data(Qt::ToolTipRole).toString(), u"Duplicate key \"lr\"."_s);
    const QColor error = model->index(1, 1).data(Qt::BackgroundRole).value<QColor>();
    const QColor warning = model->index(2, 0).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(error.isValid());
    QVERIFY(warning.isValid());
    QVERIFY(error != warning);
    QVERIFY(error.red() > error.green());
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());

    // Messages travel with their rows.
    m_editor->view()->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    m_editor->removeSelectedRows();
    QCOMPARE(m_editor->messageText(),
        u"Row 1: Duplicate key \"lr\".\nRow 2: Names starting with MA_ are reserved.\n"
        "At most 100 hyperparameters."_s);

    m_editor->setRowMessage(0, QString()); // clears one row
    QCOMPARE(m_editor->messageText(), u"Row 2: Names starting with MA_ are reserved.\nAt most 100 hyperparameters."_s);
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());

    m_editor->clearMessages();
    QCOMPARE(m_editor->messageText(), QString());
    QVERIFY(!messages->isVisible());
    QVERIFY(!model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(1, 0).data(Qt::ToolTipRole).toString(), QString());
    QCOMPARE(changed.count(), 1); // only the removal
}

void TestKeyValueEditor::rowConstraints()
{
    m_editor->setRows({ { u"data_url"_s, u"obs://b/d/"_s }, { u"lr"_s, u"0.1"_s }, { u"mine"_s, u"1"_s } });
    m_editor->setRowConstraints(0, false, false, false); // fixed by the algorithm
    m_editor->setRowConstraints(1, false, true, false); // required: value editable only
    QAbstractItemModel *model = m_editor->view()->model();
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(model->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(model->index(1, 0)) & Qt::ItemIsEditable));
    QVERIFY(model->flags(model->index(1, 1)) & Qt::ItemIsEditable);
    QVERIFY(model->index(0, 0).data(Qt::ForegroundRole).isValid()); // dimmed
    QVERIFY(!model->index(1, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_editor->isRowRemovable(0));
    QVERIFY(m_editor->isRowRemovable(2));

    QItemSelectionModel *selection = m_editor->view()->selectionModel();
    selection->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QVERIFY(!button("keyValueDelete")->isEnabled());
    selection->select(model->index(2, 1), QItemSelectionModel::Select);
    QVERIFY(button("keyValueDelete")->isEnabled());
    m_editor->removeSelectedRows();
    QCOMPARE(m_editor->rows(), (QList<KeyValue> { { u"data_url"_s, u"obs://b/d/"_s }, { u"lr"_s, u"0.1"_s } }));

    // Double-clicking a fixed key opens no editor.
    m_editor->view()->scrollTo(model->index(0, 0));
    const QPoint center = m_editor->view()->visualRect(model->index(0, 0)).center();
    QTest::mouseClick(m_editor->view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(m_editor->view()->viewport(), Qt::LeftButton, {}, center);
    auto *editor = m_editor->view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(!editor || !editor->isVisible());
    // ...while the editable value of the required row does.
    const QPoint value = m_editor->view()->visualRect(model->index(1, 1)).center();
    QTest::mouseClick(m_editor->view()->viewport(), Qt::LeftButton, {}, value);
    QTest::mouseDClick(m_editor->view()->viewport(), Qt::LeftButton, {}, value);
    editor = m_editor->view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->text(), u"0.1"_s);
    QTest::keyClick(editor, Qt::Key_Escape);

    m_editor->setRows({ { u"data_url"_s, u"x"_s } });
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(m_editor->isRowRemovable(0));
}

void TestKeyValueEditor::heightGrowsThenScrolls()
{
    const auto heightFor = [this](int count)
    {
        QList<KeyValue> rows;
        for (int i = 0; i < count; ++i)
            rows.append({ u"k%1"_s.arg(i), u"v"_s });
        m_editor->setRows(rows);
        return m_editor->view()->height();
    };
    const int empty = heightFor(0);
    QCOMPARE(heightFor(1), empty); // room for the empty-state text
    const int three = heightFor(3);
    const int eight = heightFor(KeyValueEditor::VisibleRowLimit);
    QVERIFY(three > empty);
    QVERIFY(eight > three);
    QCOMPARE(heightFor(40), eight);
}

void TestKeyValueEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MA_SCREENSHOT_DIR to save screenshots");
    m_editor.reset();
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *hyper = new KeyValueEditor(&page);
    hyper->setHeaders(u"Name"_s, u"Value"_s);
    hyper->setMaximumRows(100);
    hyper->setRows({ { u"learning_rate"_s, u"0.01"_s }, { u"epochs"_s, u"30"_s }, { u"batch_size"_s, u"64"_s },
        { u"epochs"_s, u"10"_s }, { u"MA_NUM_GPUS"_s, u"8"_s } });
    hyper->setRowConstraints(0, false, true, false); // required by the algorithm
    hyper->setRowMessage(3, u"Duplicate name \"epochs\"."_s);
    hyper->setRowMessage(4, u"Names starting with MA_ may be overwritten by ModelArts."_s, true);
    auto *empty = new KeyValueEditor(&page);
    empty->setHeaders(u"Tag key"_s, u"Tag value"_s);
    empty->setMaximumRows(20);
    layout->addWidget(new QLabel(u"Hyperparameters"_s, &page));
    layout->addWidget(hyper);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(u"Tags"_s, &page));
    layout->addWidget(empty);
    layout->addStretch(1);
    page.resize(560, 440);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    hyper->view()->setCurrentIndex(hyper->view()->model()->index(1, 1));
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(u"widget-keyvalueeditor.png"_s);
    QVERIFY(page.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestKeyValueEditor)
#include "tst_keyvalueeditor.moc"
