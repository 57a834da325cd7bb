// ObsPathEdit (typing, Select… visibility, browsing) and ObsBrowserDialog (selection by URL, selected URL per
// mode, first bucket, new folder, import with progress and cancel) over a temporary local object store.
// With MA_SCREENSHOT_DIR set, screenshot() saves widget-obsbrowserdialog.png, widget-obsbrowserdialog-empty.png
// and widget-obspathedit.png.

#include "widgets/obsbrowserdialog.h"
#include "widgets/obspathedit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ma::widgets;
using namespace Qt::StringLiterals;

namespace
{
bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QPushButton *okButton(ObsBrowserDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestObsPathEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingEmitsPathChanged();
    void selectButtonNeedsRoot();
    void placeholders();
    void browseSetsPath();
    void dialogSelectsFolderByUrl();
    void dialogFileMode();
    void dialogFirstBucket();
    void dialogNewFolder();
    void dialogImportFolder();
    void dialogCancelImport();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestObsPathEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(u"data/obs"_s);
    QVERIFY(writeFile(m_root + u"/my-bucket/code/train.py"_s, "print(1)\n"));
    QVERIFY(writeFile(m_root + u"/my-bucket/code/utils/io.py"_s, "pass\n"));
    QVERIFY(QDir().mkpath(m_root + u"/my-bucket/data/mnist"_s));
    QVERIFY(QDir().mkpath(m_root + u"/my-bucket/output"_s));
    QVERIFY(QDir().mkpath(m_root + u"/results"_s));
}

void TestObsPathEdit::cleanup()
{
    m_dir.reset();
}

void TestObsPathEdit::typingEmitsPathChanged()
{
    ObsPathEdit edit;
    QSignalSpy changed(&edit, &ObsPathEdit::pathChanged);
    QTest::keyClicks(edit.lineEdit(), u" obs://b/x "_s);
    QCOMPARE(changed.count(), 11);
    QCOMPARE(changed.last().at(0).toString(), u" obs://b/x "_s);
    QCOMPARE(edit.path(), u" obs://b/x "_s); // kept as typed
    edit.setPath(u"obs://my-bucket/code/"_s);
    QCOMPARE(changed.count(), 12);
    QCOMPARE(changed.last().at(0).toString(), u"obs://my-bucket/code/"_s);
    edit.setPath(u"obs://my-bucket/code/"_s);
    QCOMPARE(changed.count(), 12);
    QCOMPARE(edit.lineEdit()->text(), u"obs://my-bucket/code/"_s);
}

void TestObsPathEdit::selectButtonNeedsRoot()
{
    QWidget window;
    auto *edit = new ObsPathEdit(ObsPathEdit::Mode::Folder, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(edit->localStoreRoot(), QString());
    QVERIFY(!edit->selectButton()->isVisible());
    edit->browse(); // nothing to browse
    QVERIFY(!edit->findChild<ObsBrowserDialog *>());

    edit->setLocalStoreRoot(m_root);
    QCOMPARE(edit->localStoreRoot(), m_root);
    QVERIFY(edit->selectButton()->isVisible());
    QCOMPARE(edit->selectButton()->text(), u"Select…"_s);

    edit->setLocalStoreRoot(QString());
    QVERIFY(!edit->selectButton()->isVisible());
}

void TestObsPathEdit::placeholders()
{
    ObsPathEdit folder(ObsPathEdit::Mode::Folder);
    ObsPathEdit file(ObsPathEdit::Mode::File);
    QCOMPARE(folder.lineEdit()->placeholderText(), u"obs://bucket/folder/"_s);
    QCOMPARE(file.lineEdit()->placeholderText(), u"obs://bucket/folder/file.py"_s);
    file.setPlaceholderText(u"obs://bucket/code/train.py"_s);
    QCOMPARE(file.lineEdit()->placeholderText(), u"obs://bucket/code/train.py"_s);
}

void TestObsPathEdit::browseSetsPath()
{
    QWidget window;
    auto *edit = new ObsPathEdit(ObsPathEdit::Mode::Folder, &window);
    edit->setLocalStoreRoot(m_root);
    edit->setPath(u"obs://my-bucket/data/"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(edit, &ObsPathEdit::pathChanged);

    QTest::mouseClick(edit->selectButton(), Qt::LeftButton);
    QPointer<ObsBrowserDialog> dialog = edit->findChild<ObsBrowserDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // open(): window-modal, no nested event loop
    QCOMPARE(dialog->selectedUrl(), u"obs://my-bucket/data/"_s);

    dialog->setCurrentUrl(u"obs://my-bucket/data/mnist/"_s);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QCOMPARE(edit->path(), u"obs://my-bucket/data/mnist/"_s);
    QCOMPARE(changed.count(), 1);
    QTRY_VERIFY(!dialog); // deleted on close

    // Cancel keeps the text.
    edit->browse();
    dialog = edit->findChild<ObsBrowserDialog *>();
    QVERIFY(dialog);
    dialog->setCurrentUrl(u"obs://my-bucket/output/"_s);
    dialog->reject();
    QCOMPARE(edit->path(), u"obs://my-bucket/data/mnist/"_s);
    QTRY_VERIFY(!dialog);
}

void TestObsPathEdit::dialogSelectsFolderByUrl()
{
    ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::Folder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *location = dialog.findChild<QLineEdit *>(u"obsLocation"_s);
    QVERIFY(location);
    QCOMPARE(dialog.findChild<QLabel *>(u"obsBrowserHint"_s)->text(),
        u"Local object store of modelarts-local. Paths here are visible to jobs on the local pool."_s);
    QVERIFY(!dialog.findChild<QFrame *>(u"obsEmptyPanel"_s)->isVisible());

    dialog.setCurrentUrl(u"obs://my-bucket/code/"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/"_s);
    QCOMPARE(location->text(), u"obs://my-bucket/code/"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    dialog.setCurrentUrl(u"obs://my-bucket"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/"_s);

    // A folder that does not exist yet selects its nearest existing parent.
    dialog.setCurrentUrl(u"obs://my-bucket/output/run-7/logs/"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/output/"_s);

    // A file in Folder mode selects its folder.
    dialog.setCurrentUrl(u"obs://my-bucket/code/utils/io.py"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/utils/"_s);

    // Malformed URLs change nothing.
    dialog.setCurrentUrl(u"obs://my-bucket/../../etc/"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/utils/"_s);
    dialog.setCurrentUrl(u"obs://missing-bucket/x/"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/utils/"_s);
}

void TestObsPathEdit::dialogFileMode()
{
    ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::File);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCurrentUrl(u"obs://my-bucket/code/train.py"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/train.py"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    // A folder is not a file: OK stays disabled.
    dialog.setCurrentUrl(u"obs://my-bucket/code/"_s);
    QCOMPARE(dialog.currentUrl(), u"obs://my-bucket/code/"_s);
    QCOMPARE(dialog.selectedUrl(), QString());
    QVERIFY(!okButton(dialog)->isEnabled());

    dialog.setCurrentUrl(u"obs://my-bucket/code/utils/io.py"_s);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/utils/io.py"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTreeView *view = dialog.view();
    // The tree lays out expanded folders lazily and QFileSystemModel fills them asynchronously.
    QTRY_VERIFY(view->visualRect(view->currentIndex()).isValid()
        && view->indexAt(view->visualRect(view->currentIndex()).center()) == view->currentIndex());
    const QPoint center = view->visualRect(view->currentIndex()).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(accepted.count(), 1);
}

void TestObsPathEdit::dialogFirstBucket()
{
    const QString emptyRoot = m_dir->filePath(u"fresh/obs"_s); // does not exist yet
    ObsBrowserDialog dialog(emptyRoot, ObsPathEdit::Mode::Folder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *panel = dialog.findChild<QFrame *>(u"obsEmptyPanel"_s);
    QVERIFY(panel->isVisible());
    auto *name = dialog.findChild<QLineEdit *>(u"obsFirstBucketName"_s);
    QCOMPARE(name->text(), u"local-bucket"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"obsImportFolder"_s)->isEnabled());

    name->setText(u"Bad_Name"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"obsCreateFirstBucket"_s), Qt::LeftButton);
    QCOMPARE(dialog.errorText(),
        u"The bucket name \"Bad_Name\" may contain only lowercase letters, digits, "
        "hyphens (-) and periods (.)."_s);
    QVERIFY(panel->isVisible());

    name->setText(u"local-bucket"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"obsCreateFirstBucket"_s), Qt::LeftButton);
    QVERIFY(QFileInfo(emptyRoot + u"/local-bucket"_s).isDir());
    QVERIFY(!panel->isVisible());
    QCOMPARE(dialog.selectedUrl(), u"obs://local-bucket/"_s);
    QCOMPARE(dialog.errorText(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestObsPathEdit::dialogNewFolder()
{
    ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::Folder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCurrentUrl(u"obs://my-bucket/output/"_s);
    QVERIFY(dialog.createFolder(u"run-1"_s));
    QVERIFY(QFileInfo(m_root + u"/my-bucket/output/run-1"_s).isDir());
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/output/run-1/"_s);

    QVERIFY(!dialog.createFolder(u"a/b"_s));
    QCOMPARE(dialog.errorText(), u"Enter a folder name without \"/\" or \"\\\"."_s);
    dialog.setCurrentUrl(u"obs://my-bucket/output/"_s);
    QVERIFY(!dialog.createFolder(u"run-1"_s));
    QCOMPARE(dialog.errorText(), u"obs://my-bucket/output/run-1/ already exists."_s);

    QVERIFY(dialog.createBucket(u"second-bucket"_s));
    QCOMPARE(dialog.selectedUrl(), u"obs://second-bucket/"_s);
    QVERIFY(!dialog.createBucket(u"second-bucket"_s));
    QCOMPARE(dialog.errorText(), u"The bucket \"second-bucket\" already exists."_s);
}

void TestObsPathEdit::dialogImportFolder()
{
    const QString source = m_dir->filePath(u"home/resnet"_s);
    QVERIFY(writeFile(source + u"/train.py"_s, "train\n"));
    QVERIFY(writeFile(source + u"/models/resnet.py"_s, "net\n"));
    ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::Folder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    dialog.setCurrentUrl(u"obs://my-bucket/code/train.py"_s); // imports into the folder of a selected file too
    QSignalSpy finished(&dialog, &ObsBrowserDialog::importFinished);
    QVERIFY(dialog.importLocalFolder(source));
    QVERIFY(dialog.isImporting());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QProgressBar *>(u"obsImportProgress"_s)->isVisible());
    QVERIFY(!dialog.importLocalFolder(source)); // one at a time
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), u"obs://my-bucket/code/resnet/"_s);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!dialog.isImporting());
    QVERIFY(!dialog.findChild<QProgressBar *>(u"obsImportProgress"_s)->isVisible());
    QCOMPARE(dialog.findChild<QProgressBar *>(u"obsImportProgress"_s)->value(), 2);
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/code/resnet/"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(QFileInfo(m_root + u"/my-bucket/code/resnet/models/resnet.py"_s).isFile());

    // A second import of the same folder is refused, in words.
    dialog.setCurrentUrl(u"obs://my-bucket/code/"_s);
    QVERIFY(dialog.importLocalFolder(source));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toString(), QString());
    QCOMPARE(dialog.errorText(),
        u"obs://my-bucket/code/ already contains \"resnet\". Choose another destination or "
        "rename the folder."_s);
}

void TestObsPathEdit::dialogCancelImport()
{
    const QString source = m_dir->filePath(u"home/big"_s);
    for (int i = 0; i < 1500; ++i)
        QVERIFY(writeFile(source + u"/part-%1/file-%2.bin"_s.arg(i % 10).arg(i), QByteArray(512, 'x')));
    ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::Folder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCurrentUrl(u"obs://my-bucket/data/"_s);
    QSignalSpy finished(&dialog, &ObsBrowserDialog::importFinished);
    QVERIFY(dialog.importLocalFolder(source));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"obsCancelImport"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), QString());
    QCOMPARE(finished.first().at(1).toString(), u"The import was cancelled."_s);
    QCOMPARE(dialog.errorText(), u"The import was cancelled."_s);
    QVERIFY(!QFileInfo::exists(m_root + u"/my-bucket/data/big"_s));
    QCOMPARE(dialog.selectedUrl(), u"obs://my-bucket/data/"_s);
}

void TestObsPathEdit::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MA_SCREENSHOT_DIR to save screenshots");
    QVERIFY(writeFile(m_root + u"/my-bucket/code/config.yaml"_s, QByteArray(2300, 'x')));
    {
        ObsBrowserDialog dialog(m_root, ObsPathEdit::Mode::File);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.view()->expand(dialog.view()->model()->index(0, 0, dialog.view()->rootIndex()));
        dialog.setCurrentUrl(u"obs://my-bucket/code/train.py"_s);
        QTRY_VERIFY(dialog.view()->model()->rowCount(dialog.view()->currentIndex().parent()) >= 3);
        QTest::qWait(100);
        const QString path = QDir(dir).filePath(u"widget-obsbrowserdialog.png"_s);
        QVERIFY(dialog.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    {
        ObsBrowserDialog dialog(m_dir->filePath(u"fresh/obs"_s), ObsPathEdit::Mode::Folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.createBucket(u"My_Bucket"_s); // shows the error line
        const QString path = QDir(dir).filePath(u"widget-obsbrowserdialog-empty.png"_s);
        QVERIFY(dialog.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *code = new ObsPathEdit(ObsPathEdit::Mode::Folder, &form);
        code->setLocalStoreRoot(m_root);
        code->setPath(u"obs://my-bucket/code/"_s);
        auto *boot = new ObsPathEdit(ObsPathEdit::Mode::File, &form);
        boot->setLocalStoreRoot(m_root);
        auto *output = new ObsPathEdit(ObsPathEdit::Mode::Folder, &form);
        layout->addRow(u"Code directory"_s, code);
        layout->addRow(u"Boot file"_s, boot);
        layout->addRow(u"Output (cloud, no browser)"_s, output);
        form.resize(560, 120);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QString path = QDir(dir).filePath(u"widget-obspathedit.png"_s);
        QVERIFY(form.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

QTEST_MAIN(TestObsPathEdit)
#include "tst_obspathedit.moc"
