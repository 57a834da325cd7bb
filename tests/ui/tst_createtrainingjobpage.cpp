// CreateTrainingJobPage against the real local backend: the catalog (flavors, engines,
// pools) fills the form, fields show and hide as in training.md §1.9, the validator's
// messages appear next to their fields and go away when fixed, a custom-image job on the
// local pool is confirmed and created, a duplicate name is reported on the form with every
// input kept, the draft is autosaved and restored, Rebuild pre-fills the form, and an input row's
// Dataset | Data path switch sends remote.dataset {id, version_id} with its rules next to the row.

#include "api/algorithmrequests.h"
#include "api/datasetrequests.h"
#include "api/jsoncodec.h"
#include "api/obsmapper.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/algorithmlistmodel.h"
#include "models/connection.h"
#include "models/draftstore.h"
#include "models/inputsizecheck.h"
#include "models/trainingjobvalidator.h"
#include "ui/training/algorithmpickerdialog.h"
#include "ui/training/autosearchresultstab.h"
#include "ui/training/channeleditor.h"
#include "ui/training/confirmjobdialog.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/searchrangeeditor.h"
#include "ui/training/sfsturboeditor.h"
#include "ui/training/trainingjobdetailspage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/obspathedit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ma;
using models::DraftField;
using models::TrainingJobDraft;

namespace
{
constexpr int kWaitMs = 15000;
} // namespace

class TestCreateTrainingJobPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void catalogFillsForm();
    void presetImageVisibility();
    void customImageVisibility();
    void poolVisibility();
    void highestPriorityOnlyOnLocalProfile();
    void flavorTypeVisibility();
    void trainingModeOnlyForMindSporeOnAscend();
    void nameMessages();
    void bootFileMustBePython();
    void userIdRangeFollowsPool();
    void tooManySfsTurboMounts();
    void autoStopCustomHours();
    void submitBlockedShowsAllErrors();
    void submitCustomImageJobOnLocalPool();
    void tagsFollowTheCreatedJob();
    void duplicateNameShownOnForm();
    void declinedConfirmationSendsNothing();
    void draftAutosavedAndRestored();
    void rebuildPrefillsForm();
    void legacyModeUsesV1Catalog();
    void unsupportedFieldsAreMarked();
    void confirmListsUnsentFieldsApart();
    void sfsCodeSourceJobOnLocalPool();
    /** My algorithm: picked in the dialog, the form fills from it, fixed parts dim, the job runs its command. */
    void myAlgorithmFillsFormAndRuns();
    /**
     * My algorithm with the autoSearch policy: the Hyperparameter search block, its rules next to
     * its fields, the policy in the request as modelarts-local stores it, the trials on the
     * details page and the block back on Rebuild.
     */
    void autoSearchSentRunAndRebuilt();
    /** Check Input Size: off without a data-path input, then the Local store's data against the flavor's disk. */
    void checkInputSizeAgainstTheFlavor();
    /** My subscription: its two id fields instead of the code fields; both reach the stored job. */
    void mySubscriptionSent();
    void datasetInputSentAndRebuilt();
    void datasetInputKeptInDraft();
    void myAlgorithmLimitsInputSources();
    void screenshots();

private:
    void createPage();
    template <typename T> T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    bool rowShown(const char *fieldName) const;
    QString shownMessage(const char *fieldName) const;
    void clickButton(const char *name);
    void selectComboText(const char *name, const QString &text);
    void selectFlavorOfType(const QString &type);
    TrainingJobDraft localCustomImageDraft(const QString &name) const;
    void saveScreenshot(const QString &fileName);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::CreateTrainingJobPage> m_page;
    QStringList m_confirmations;
    bool m_answer = true;
};

void TestCreateTrainingJobPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCreateTrainingJobPage::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
        .removeRecursively();
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_connection = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());
    m_confirmations.clear();
    m_answer = true;
    createPage();
}

void TestCreateTrainingJobPage::createPage()
{
    m_page = std::make_unique<ui::CreateTrainingJobPage>();
    m_page->setConfirmHandler(
        [this](const QString &summary)
        {
            m_confirmations.append(summary);
            return m_answer;
        });
    m_page->resize(1280, 800);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &ui::CreateTrainingJobPage::catalogLoaded);
    m_page->setConnection(m_connection.get());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
}

void TestCreateTrainingJobPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

bool TestCreateTrainingJobPage::rowShown(const char *fieldName) const
{
    QWidget *row = m_page->findChild<QWidget *>(QLatin1String(fieldName) + QStringLiteral("Row"));
    if (!row)
        qWarning("no row for %s", fieldName);
    return row && row->isVisibleTo(m_page.get());
}

QString TestCreateTrainingJobPage::shownMessage(const char *fieldName) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(fieldName) + QStringLiteral("Message"));
    return label && label->isVisibleTo(m_page.get()) ? label->text() : QString();
}

void TestCreateTrainingJobPage::clickButton(const char *name)
{
    auto *button = child<QAbstractButton>(name);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
}

void TestCreateTrainingJobPage::selectComboText(const char *name, const QString &text)
{
    auto *combo = child<QComboBox>(name);
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void TestCreateTrainingJobPage::selectFlavorOfType(const QString &type)
{
    clickButton("publicPoolButton");
    auto *typeButton = m_page->findChild<QAbstractButton *>(QStringLiteral("resourceType") + type);
    QVERIFY2(typeButton, qPrintable(type));
    typeButton->click();
    QCOMPARE(m_page->draft().resourceType, type);
    QVERIFY(!m_page->draft().flavorId.isEmpty());
}

TrainingJobDraft TestCreateTrainingJobPage::localCustomImageDraft(const QString &name) const
{
    TrainingJobDraft d = TrainingJobDraft::withDefaults();
    d.name = name;
    d.description = QStringLiteral("Created by the form test");
    d.bootMode = TrainingJobDraft::BootMode::CustomImage;
    d.image = QStringLiteral("demo/hello:1.0");
    d.bootCommand = QStringLiteral("echo hello");
    d.inputs.clear();
    d.outputs.clear();
    d.dedicatedPool = true;
    d.poolId = QStringLiteral("local");
    d.persistentLog = false;
    return d;
}

void TestCreateTrainingJobPage::saveScreenshot(const QString &fileName)
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(m_page->grab().save(dir + QLatin1Char('/') + fileName));
}

// ---------------------------------------------------------------------------------------

void TestCreateTrainingJobPage::catalogFillsForm()
{
    // Engines (T2-12): engine names, then the versions of the chosen engine plus Customize.
    auto *engines = child<QComboBox>("engineCombo");
    QVERIFY(engines->findText(QStringLiteral("PyTorch")) >= 0);
    QVERIFY(engines->findText(QStringLiteral("MindSpore")) >= 0);
    QVERIFY(engines->findText(QStringLiteral("TensorFlow")) >= 0);
    selectComboText("engineCombo", QStringLiteral("PyTorch"));
    auto *versions = child<QComboBox>("engineVersionCombo");
    QVERIFY(versions->findText(QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64")) >= 0);
    QCOMPARE(versions->itemText(versions->count() - 1), QStringLiteral("Customize"));
    QCOMPARE(m_page->draft().engineName, QStringLiteral("PyTorch"));
    QVERIFY(!m_page->draft().engineId.isEmpty());

    // Flavors (T2-11): one segment per resource type, the combo filtered by type.
    for (const char *type : { "resourceTypeCPU", "resourceTypeGPU", "resourceTypeAscend" })
        QVERIFY2(child<QAbstractButton>(type), type);
    selectFlavorOfType(QStringLiteral("GPU"));
    auto *flavors = child<QComboBox>("flavorCombo");
    QVERIFY(flavors->count() >= 3);
    for (int i = 0; i < flavors->count(); ++i)
        QVERIFY2(flavors->itemText(i).contains(QStringLiteral("GPU")), qPrintable(flavors->itemText(i)));
    // Each entry shows the flavor's details.
    flavors->setCurrentIndex(flavors->findData(QStringLiteral("modelarts.vm.gpu.t4")));
    QCOMPARE(flavors->currentText(),
        QStringLiteral("Computing GPU(T4) instance | 8 vCPUs · 32 GB memory · 1 × NVIDIA-T4 (16GB) · 500 GB disk"));
    QCOMPARE(m_page->draft().flavorId, QStringLiteral("modelarts.vm.gpu.t4"));
    const QString details = child<QLabel>("flavorDetailsLabel")->text();
    QCOMPARE(details, QStringLiteral("modelarts.vm.gpu.t4 · up to 8 nodes"));
    QCOMPARE(child<QSpinBox>("nodeCountSpin")->maximum(), 8);

    // Pools (P-2): the built-in local pool is listed and usable.
    auto *pools = child<QTableWidget>("poolTable");
    int localRow = -1;
    for (int r = 0; r < pools->rowCount(); ++r)
    {
        if (pools->item(r, 0)->data(Qt::UserRole).toString() == u"local")
            localRow = r;
    }
    QVERIFY(localRow >= 0);
    QCOMPARE(pools->item(localRow, 1)->text(), QStringLiteral("Running"));
    QVERIFY(pools->item(localRow, 0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(pools->item(localRow, 2)->text().contains(QStringLiteral("modelarts.local.cpu")));

    // The summary line follows the choices.
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("Public resource pool")));
}

void TestCreateTrainingJobPage::presetImageVisibility()
{
    QVERIFY(child<QAbstractButton>("customAlgorithmButton")->isChecked());
    QVERIFY(child<QAbstractButton>("presetImageButton")->isChecked());
    QVERIFY(rowShown("engineBox"));
    QVERIFY(rowShown("codeSourceBox"));
    QVERIFY(rowShown("codeDirHost"));
    QVERIFY(rowShown("bootFileHost"));
    QVERIFY(rowShown("localCodeDirEdit"));
    QVERIFY(rowShown("workDirEdit"));
    QVERIFY(!rowShown("imageEdit"));
    QVERIFY(!rowShown("userIdEdit"));
    QVERIFY(!rowShown("bootCommandEdit"));
    QVERIFY(!rowShown("algorithmBox"));

    // Customize adds Image.
    selectComboText("engineVersionCombo", QStringLiteral("Customize"));
    QCOMPARE(m_page->draft().engineVersion, TrainingJobDraft::customizeVersion());
    QVERIFY(rowShown("imageEdit"));

    // SFS asks for the code folder in the SFS file system and hides the local code directory
    // (it has no effect on a file:// code_dir).
    clickButton("codeSourceSfsRadio");
    QVERIFY(rowShown("codeDirHost"));
    QCOMPARE(child<QLabel>("codeDirHostHint")->text(),
        QStringLiteral("The code folder in the SFS file system, as mounted in the container. It is sent as "
                       "file://<folder>."));
    QVERIFY(!rowShown("localCodeDirEdit"));
    QVERIFY(rowShown("bootFileHost"));
    clickButton("codeSourceObsRadio");
    QVERIFY(rowShown("codeDirHost"));
    QVERIFY(rowShown("localCodeDirEdit"));

    // My algorithm hides the boot mode and everything under it.
    clickButton("myAlgorithmButton");
    QVERIFY(rowShown("algorithmBox"));
    QVERIFY(!rowShown("bootModeBox"));
    QVERIFY(!rowShown("engineBox"));
    QVERIFY(!rowShown("imageEdit"));
    QVERIFY(!rowShown("bootFileHost"));
    QVERIFY(!rowShown("codeDirHost"));
    QCOMPARE(m_page->draft().algorithmType, TrainingJobDraft::AlgorithmType::MyAlgorithm);
}

void TestCreateTrainingJobPage::customImageVisibility()
{
    clickButton("customImageButton");
    QVERIFY(rowShown("imageEdit"));
    QVERIFY(rowShown("codeDirHost"));
    QVERIFY(rowShown("userIdEdit"));
    QVERIFY(rowShown("bootCommandEdit"));
    QVERIFY(rowShown("localCodeDirEdit"));
    QVERIFY(rowShown("workDirEdit"));
    QVERIFY(!rowShown("engineBox"));
    QVERIFY(!rowShown("bootFileHost"));
    QVERIFY(!rowShown("codeSourceBox"));
    QCOMPARE(child<QLineEdit>("userIdEdit")->text(), QStringLiteral("1000"));
    QVERIFY(child<QPlainTextEdit>("bootCommandEdit")->font().fixedPitch()
        || QFontInfo(child<QPlainTextEdit>("bootCommandEdit")->font()).fixedPitch());
    // Mandatory marks: Image and Boot Command carry the red asterisk, Code Directory does not here.
    QVERIFY(child<QLabel>("bootCommandLabel")->text().contains(u'*'));
    QVERIFY(!child<QLabel>("codeDirLabel")->text().contains(u'*'));
}

void TestCreateTrainingJobPage::poolVisibility()
{
    QVERIFY(child<QAbstractButton>("publicPoolButton")->isChecked());
    QVERIFY(rowShown("resourceTypeHost"));
    QVERIFY(!rowShown("poolTable"));
    QVERIFY(!rowShown("priorityCombo"));
    QVERIFY(!rowShown("sfsTurboHost"));

    clickButton("dedicatedPoolButton");
    QVERIFY(!rowShown("resourceTypeHost"));
    QVERIFY(rowShown("poolTable"));
    QVERIFY(rowShown("priorityCombo"));
    QVERIFY(rowShown("sfsTurboHost"));
    QCOMPARE(m_page->draft().poolId, QStringLiteral("local"));
    QCOMPARE(m_page->draft().flavorId, QStringLiteral("modelarts.local.cpu"));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("Pool local")));
    // Local profile: priority 3 is allowed.
    auto *priority = child<QComboBox>("priorityCombo");
    QCOMPARE(priority->count(), 3);
    auto *model = qobject_cast<QStandardItemModel *>(priority->model());
    QVERIFY(model && model->item(2)->isEnabled());

    clickButton("publicPoolButton");
    QVERIFY(rowShown("resourceTypeHost"));
    QVERIFY(!rowShown("priorityCombo"));
    QVERIFY(!rowShown("sfsTurboHost"));
    QVERIFY(m_page->draft().poolId.isEmpty());
}

void TestCreateTrainingJobPage::highestPriorityOnlyOnLocalProfile()
{
    // A cloud profile without an IAM permission check: priority 3 is offered but disabled.
    auto client = m_backend->accessKeyClient();
    models::Connection cloud(
        models::Connection::Kind::HuaweiCloud, QStringLiteral("Cloud"), QStringLiteral("cn-north-4"), client.release());
    QSignalSpy loaded(m_page.get(), &ui::CreateTrainingJobPage::catalogLoaded);
    m_page->setConnection(&cloud);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
    clickButton("dedicatedPoolButton");
    auto *priority = child<QComboBox>("priorityCombo");
    auto *model = qobject_cast<QStandardItemModel *>(priority->model());
    QVERIFY(model);
    QVERIFY(model->item(0)->isEnabled());
    QVERIFY(model->item(1)->isEnabled());
    QVERIFY(!model->item(2)->isEnabled());
    QVERIFY(!m_page->validationContext().mayUseHighestPriority);
    m_page->setConnection(nullptr);
}

void TestCreateTrainingJobPage::flavorTypeVisibility()
{
    clickButton("notificationCheck");
    QVERIFY(rowShown("topicEdit"));
    QVERIFY(rowShown("eventsBox"));

    selectFlavorOfType(QStringLiteral("CPU"));
    QVERIFY(rowShown("persistentLogCheck"));
    QVERIFY(rowShown("logPathHost"));
    QVERIFY(!child<QCheckBox>("eventJobHangedCheck")->isVisibleTo(m_page.get()));
    clickButton("persistentLogCheck"); // off
    QVERIFY(!rowShown("logPathHost"));
    clickButton("persistentLogCheck");

    selectFlavorOfType(QStringLiteral("GPU"));
    QVERIFY(rowShown("persistentLogCheck"));
    QVERIFY(child<QCheckBox>("eventJobHangedCheck")->isVisibleTo(m_page.get()));

    selectFlavorOfType(QStringLiteral("Ascend"));
    QVERIFY(!rowShown("persistentLogCheck"));
    QVERIFY(child<QCheckBox>("eventJobHangedCheck")->isVisibleTo(m_page.get()));

    clickButton("notificationCheck");
    QVERIFY(!rowShown("topicEdit"));

    // Auto restart, auto stop and SSH reveal their sub-fields.
    QVERIFY(!rowShown("restartCountSpin"));
    clickButton("autoRestartCheck");
    QVERIFY(rowShown("restartCountSpin"));
    QVERIFY(rowShown("unconditionalRestartCheck"));
    QVERIFY(rowShown("restartOnSuspensionCheck"));
    QCOMPARE(child<QSpinBox>("restartCountSpin")->value(), 3);
    QVERIFY(!child<QComboBox>("autoStopCombo")->isVisibleTo(m_page.get()));
    clickButton("autoStopCheck");
    QVERIFY(child<QComboBox>("autoStopCombo")->isVisibleTo(m_page.get()));
    QVERIFY(!child<QSpinBox>("autoStopHoursSpin")->isVisibleTo(m_page.get()));
    QVERIFY(!rowShown("sshKeyDirEdit"));
    clickButton("sshTrustCheck");
    QVERIFY(rowShown("sshKeyDirEdit"));
    QCOMPARE(child<QLineEdit>("sshKeyDirEdit")->text(), QStringLiteral("/home/ma-user/.ssh"));
    QVERIFY(!rowShown("tagsHost"));
    clickButton("advancedCheck");
    QVERIFY(rowShown("tagsHost"));
}

void TestCreateTrainingJobPage::trainingModeOnlyForMindSporeOnAscend()
{
    auto *card = child<QWidget>("trainingModeCard");
    selectComboText("engineCombo", QStringLiteral("MindSpore"));
    selectFlavorOfType(QStringLiteral("GPU"));
    QVERIFY(!card->isVisibleTo(m_page.get()));
    selectFlavorOfType(QStringLiteral("Ascend"));
    QVERIFY(card->isVisibleTo(m_page.get()));
    QVERIFY(child<QAbstractButton>("commonModeRadio")->isChecked());
    selectComboText("engineCombo", QStringLiteral("PyTorch"));
    QVERIFY(!card->isVisibleTo(m_page.get()));
    selectComboText("engineCombo", QStringLiteral("MindSpore"));
    QVERIFY(card->isVisibleTo(m_page.get()));
    clickButton("customImageButton");
    QVERIFY(!card->isVisibleTo(m_page.get()));
}

void TestCreateTrainingJobPage::nameMessages()
{
    auto *name = child<QLineEdit>("nameEdit");
    QVERIFY(!name->text().isEmpty()); // generated
    QVERIFY(m_page->fieldMessage(DraftField::Name).isEmpty());

    name->setText(QString(65, u'a'));
    QCOMPARE(m_page->fieldMessage(DraftField::Name), QStringLiteral("Enter 1 to 64 characters."));
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("Enter 1 to 64 characters."));
    QVERIFY(m_page->visibleIssues().contains(
        models::DraftIssue { DraftField::Name, -1, QStringLiteral("Enter 1 to 64 characters."), false }));

    name->setText(QString(64, u'a'));
    QVERIFY(m_page->fieldMessage(DraftField::Name).isEmpty());
    QVERIFY(shownMessage("nameEdit").isEmpty());

    name->setText(QStringLiteral("my job!"));
    QCOMPARE(shownMessage("nameEdit"),
        QStringLiteral("Only letters, digits, hyphens (-), and underscores (_) are allowed."));
    name->setText(QStringLiteral("my_job-1"));
    QVERIFY(shownMessage("nameEdit").isEmpty());
    QVERIFY(m_page->visibleIssues().isEmpty());
}

void TestCreateTrainingJobPage::bootFileMustBePython()
{
    auto *codeDir = child<QWidget>("codeDirEdit")->findChild<QLineEdit *>();
    auto *bootFile = child<QWidget>("bootFileEdit")->findChild<QLineEdit *>();
    QVERIFY(codeDir && bootFile);
    codeDir->setText(QStringLiteral("obs://bucket/code/"));
    bootFile->setText(QStringLiteral("obs://bucket/code/train.sh"));
    QCOMPARE(m_page->draft().bootFile, QStringLiteral("obs://bucket/code/train.sh"));
    QCOMPARE(m_page->fieldMessage(DraftField::BootFile), QStringLiteral("The boot file must be a Python file (.py)."));
    QCOMPARE(shownMessage("bootFileHost"), QStringLiteral("The boot file must be a Python file (.py)."));
    bootFile->setText(QStringLiteral("obs://bucket/code/train.py"));
    QVERIFY(m_page->fieldMessage(DraftField::BootFile).isEmpty());
    QVERIFY(shownMessage("bootFileHost").isEmpty());
}

void TestCreateTrainingJobPage::userIdRangeFollowsPool()
{
    clickButton("customImageButton");
    auto *uid = child<QLineEdit>("userIdEdit");
    uid->setText(QStringLiteral("999"));
    QCOMPARE(m_page->fieldMessage(DraftField::UserId), QStringLiteral("Enter an integer from 1000 to 65535."));
    QCOMPARE(shownMessage("userIdEdit"), QStringLiteral("Enter an integer from 1000 to 65535."));
    // Dedicated pools allow 0..65535: the same value becomes valid.
    clickButton("dedicatedPoolButton");
    QVERIFY(m_page->fieldMessage(DraftField::UserId).isEmpty());
    uid->setText(QStringLiteral("0"));
    QVERIFY(m_page->fieldMessage(DraftField::UserId).isEmpty());
    uid->setText(QStringLiteral("65536"));
    QCOMPARE(m_page->fieldMessage(DraftField::UserId), QStringLiteral("Enter an integer from 0 to 65535."));
    clickButton("publicPoolButton");
    uid->setText(QStringLiteral("1000"));
    QVERIFY(m_page->fieldMessage(DraftField::UserId).isEmpty());
}

void TestCreateTrainingJobPage::tooManySfsTurboMounts()
{
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("sfs-six"));
    for (int i = 0; i < 6; ++i)
    {
        models::SfsTurboMount m;
        m.fileSystem = QStringLiteral("sfs-turbo-1");
        m.mountPath = QStringLiteral("/mnt/data%1").arg(i);
        d.sfsTurbo.append(m);
    }
    m_page->setDraft(d);
    auto *editor = child<ui::SfsTurboEditor>("sfsTurboEditor");
    QCOMPARE(editor->rowCount(), 6);
    QVERIFY(!editor->addButton()->isEnabled());

    m_page->submit();
    QCOMPARE(m_page->fieldMessage(DraftField::SfsTurbo), QStringLiteral("You can add up to 5 mount configurations."));
    QCOMPARE(editor->message(), QStringLiteral("You can add up to 5 mount configurations."));
    QVERIFY(m_confirmations.isEmpty());

    editor->removeRow(5);
    QVERIFY(m_page->fieldMessage(DraftField::SfsTurbo).isEmpty());
    QVERIFY(editor->message().isEmpty());
    QVERIFY(!editor->addButton()->isEnabled()); // 5 is the limit
    editor->removeRow(4);
    QVERIFY(editor->addButton()->isEnabled());
    editor->addRow();
    QCOMPARE(editor->rowCount(), 5);
    QCOMPARE(m_page->draft().sfsTurbo.size(), 5);
    QCOMPARE(
        m_page->fieldMessage(DraftField::SfsTurbo, 4), QStringLiteral("Select a file system.\nEnter a mount path."));
    QCOMPARE(editor->rowMessage(4), QStringLiteral("Select a file system.\nEnter a mount path."));

    // A reserved mount path is reported on its row.
    editor->mountPathEdit(1)->setText(QStringLiteral("/cache"));
    QCOMPARE(m_page->fieldMessage(DraftField::SfsTurbo, 1),
        QStringLiteral("This path is reserved by the system. Use another mount path."));
    QCOMPARE(editor->rowMessage(1), QStringLiteral("This path is reserved by the system. Use another mount path."));
}

void TestCreateTrainingJobPage::autoStopCustomHours()
{
    clickButton("autoStopCheck");
    selectComboText("autoStopCombo", QStringLiteral("Customize"));
    auto *hours = child<QSpinBox>("autoStopHoursSpin");
    QVERIFY(hours->isVisibleTo(m_page.get()));
    hours->setValue(721);
    QCOMPARE(m_page->draft().autoStopHours, 721);
    QCOMPARE(m_page->fieldMessage(DraftField::AutoStopHours), QStringLiteral("Enter an integer from 1 to 720."));
    QCOMPARE(shownMessage("autoStopBox"), QStringLiteral("Enter an integer from 1 to 720."));
    hours->setValue(720);
    QVERIFY(m_page->fieldMessage(DraftField::AutoStopHours).isEmpty());
    selectComboText("autoStopCombo", QStringLiteral("4 hours"));
    QCOMPARE(m_page->draft().autoStopHours, 4);
}

void TestCreateTrainingJobPage::submitBlockedShowsAllErrors()
{
    // Defaults: preset image without code directory and boot file, channels without paths,
    // persistent logs without a path.
    m_page->submit();
    QVERIFY(m_confirmations.isEmpty());
    QCOMPARE(m_page->fieldMessage(DraftField::CodeDir), QStringLiteral("Select a code directory."));
    QCOMPARE(m_page->fieldMessage(DraftField::BootFile), QStringLiteral("Select a boot file."));
    QCOMPARE(m_page->fieldMessage(DraftField::Inputs, 0), QStringLiteral("Select a data path."));
    QCOMPARE(child<ui::ChannelEditor>("inputChannels")->rowMessage(0), QStringLiteral("Select a data path."));
    QCOMPARE(m_page->fieldMessage(DraftField::LogPath), QStringLiteral("Select a job log path."));
    QVERIFY(!models::isSubmittable(m_page->visibleIssues()));
    // The first error (code directory) was scrolled into view.
    auto *scroll = child<QScrollArea>("scrollArea");
    QWidget *row = child<QWidget>("codeDirHostRow");
    const QPoint pos = row->mapTo(scroll->viewport(), QPoint(0, 0));
    QVERIFY(pos.y() >= 0 && pos.y() < scroll->viewport()->height());
}

void TestCreateTrainingJobPage::submitCustomImageJobOnLocalPool()
{
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    QSignalSpy failed(m_page.get(), &ui::CreateTrainingJobPage::errorOccurred);
    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-hello")));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("form-hello"));
    QCOMPARE(child<QPlainTextEdit>("bootCommandEdit")->toPlainText(), QStringLiteral("echo hello"));
    QCOMPARE(m_page->draft().flavorId, QStringLiteral("modelarts.local.cpu"));

    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    const QString summary = m_confirmations.first();
    QVERIFY(summary.contains(QStringLiteral("form-hello")));
    QVERIFY(summary.contains(QStringLiteral("echo hello")));
    QVERIFY(summary.contains(QStringLiteral("demo/hello:1.0")));
    QVERIFY(summary.contains(QStringLiteral("modelarts.local.cpu")));
    QVERIFY(summary.contains(QStringLiteral("Dedicated: local")));
    QVERIFY(m_page->isSubmitting());
    QVERIFY(!child<QPushButton>("submitButton")->isEnabled());
    m_page->submit(); // ignored while in flight
    QCOMPARE(m_confirmations.size(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QCOMPARE(failed.count(), 0);
    const QString id = submitted.first().at(0).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(submitted.first().at(1).toString(), QStringLiteral("form-hello"));
    QVERIFY(child<QPushButton>("submitButton")->isEnabled());
    QVERIFY(m_page->submitError().isEmpty());
    QVERIFY(!m_page->draftStore().exists());

    const api::ApiResult shown = test::callAndWait(*m_connection->client(), api::training::show(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const auto job = api::fromBody<api::TrainingJob>(shown.body);
    QCOMPARE(job.metadata.name, QStringLiteral("form-hello"));
    QCOMPARE(job.spec->resource->poolId.value_or(QString()), QStringLiteral("local"));
    QCOMPARE(job.algorithm->command.value_or(QString()), QStringLiteral("echo hello"));
}

void TestCreateTrainingJobPage::autoSearchSentRunAndRebuilt()
{
    const auto list
        = api::decodeBody<api::AlgorithmList>(test::callAndWait(*m_connection->client(), api::algorithms::list({})));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    const auto found = std::find_if(list.value.items.cbegin(), list.value.items.cend(),
        [](const api::Algorithm &a) { return a.metadata.name == u"demo-auto-search"; });
    QVERIFY(found != list.value.items.cend());
    const api::Algorithm algorithm = *found;

    // The block is offered, off, for an algorithm with the policy; on, it shows the algorithm's values.
    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-auto-search")));
    QVERIFY(!rowShown("autoSearchCheck"));
    m_page->useAlgorithm(algorithm);
    QVERIFY(rowShown("autoSearchCheck"));
    QVERIFY(!rowShown("autoSearchMetricEdit"));
    child<QCheckBox>("autoSearchCheck")->click();
    for (const char *row :
        { "autoSearchMetricEdit", "autoSearchAlgorithmsBox", "autoSearchParametersHost", "autoSearchRangesHost" })
        QVERIFY2(rowShown(row), row);
    QCOMPARE(child<QLineEdit>("autoSearchMetricEdit")->text(), QStringLiteral("accuracy"));
    QVERIFY(child<QCheckBox>("bayesOptSearchCheck")->isChecked());
    QVERIFY(child<QCheckBox>("tpeSearchCheck")->isChecked());
    QVERIFY(child<QCheckBox>("annealSearchCheck")->isChecked());
    auto *ranges = m_page->findChild<ui::SearchRangeEditor *>();
    QVERIFY(ranges);
    QCOMPARE(ranges->ranges(),
        (QList<models::SearchRange> {
            { QStringLiteral("learning_rate"), QStringLiteral("0.001"), QStringLiteral("0.05") },
            { QStringLiteral("momentum"), QStringLiteral("0.5"), QStringLiteral("0.99") } }));

    // Each rule next to its field.
    child<QLineEdit>("autoSearchMetricEdit")->clear();
    QCOMPARE(shownMessage("autoSearchMetricEdit"),
        QStringLiteral("Enter the metric the code prints, for example accuracy."));
    child<QLineEdit>("autoSearchMetricEdit")->setText(QStringLiteral("accuracy"));
    QVERIFY(shownMessage("autoSearchMetricEdit").isEmpty());
    for (const char *box : { "bayesOptSearchCheck", "tpeSearchCheck", "annealSearchCheck" })
        child<QCheckBox>(box)->click();
    QCOMPARE(shownMessage("autoSearchAlgorithmsBox"), QStringLiteral("Choose at least one search algorithm."));
    child<QCheckBox>("bayesOptSearchCheck")->click();
    QVERIFY(shownMessage("autoSearchAlgorithmsBox").isEmpty());
    ranges->lowerEdit(0)->setText(QStringLiteral("0.2"));
    emit ranges->rangesChanged();
    QCOMPARE(m_page->fieldMessage(models::DraftField::AutoSearchRanges, 0),
        QStringLiteral("The lower bound must be less than the upper bound."));
    ranges->lowerEdit(0)->setText(QStringLiteral("0.01"));
    emit ranges->rangesChanged();
    QVERIFY(m_page->fieldMessage(models::DraftField::AutoSearchRanges, 0).isEmpty());

    // Four samples (below the recommended 10: a warning only), bayes_opt_search alone.
    TrainingJobDraft d = m_page->draft();
    for (models::KeyValue &kv : d.autoSearch.parameters)
    {
        if (kv.key == u"num_samples")
            kv.value = QStringLiteral("4");
    }
    d.outputs[0].obsPath = QStringLiteral("obs://auto-search/out/");
    m_page->setDraft(d);
    const QList<models::DraftIssue> issues = models::validateDraft(m_page->draft(), m_page->validationContext());
    QVERIFY(models::isSubmittable(issues));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
        [](const models::DraftIssue &i) { return i.field == models::DraftField::AutoSearchParameters && i.warning; }));
    if (!qEnvironmentVariableIsEmpty("MA_SCREENSHOT_DIR"))
    {
        QTest::qWait(300); // screenshots only: let the layouts settle
        auto *scroll = m_page->findChild<QScrollArea *>();
        scroll->ensureWidgetVisible(child<QWidget>("autoSearchRangesHostRow"), 0, 40);
        QTest::qWait(50);
        saveScreenshot(QStringLiteral("create-training-job-auto-search.png"));
    }

    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QVERIFY(m_confirmations.last().contains(QStringLiteral("learning_rate 0.01 ~ 0.05")));
    const QString jobId = submitted.first().at(0).toString();
    const auto job
        = api::decodeBody<api::TrainingJob>(test::callAndWait(*m_connection->client(), api::training::show(jobId)));
    QVERIFY2(job.ok(), qPrintable(job.error.displayText()));
    // What the server stored, field by field.
    QCOMPARE(job.value.kind, QStringLiteral("autosearch_job"));
    const api::AutoSearchPolicy policy = *job.value.algorithm->policies->autoSearch;
    QCOMPARE(policy.rewardAttrs->front().name.value_or(QString()), QStringLiteral("accuracy"));
    QCOMPARE(policy.rewardAttrs->front().mode.value_or(QString()), QStringLiteral("max"));
    QCOMPARE(policy.rewardAttrs->front().regex.value_or(QString()), QStringLiteral("accuracy=([-+0-9.eE]+)"));
    QCOMPARE(policy.algoConfigs->size(), std::size_t(1));
    const api::AlgoConfig bayes = policy.algoConfigs->front();
    QCOMPARE(bayes.name.value_or(QString()), QStringLiteral("bayes_opt_search"));
    QStringList keys;
    for (const api::AlgoConfigParam &p : *bayes.params)
    {
        keys << p.key.value_or(QString());
        if (p.key == u"num_samples")
        {
            QCOMPARE(p.value->toString(), QStringLiteral("4"));
            QCOMPARE(p.type.value_or(QString()), QStringLiteral("Integer"));
        }
    }
    QVERIFY2(
        keys.contains(QStringLiteral("kind")) && !keys.contains(QStringLiteral("gamma")), qPrintable(keys.join(u',')));
    QCOMPARE(policy.searchParams->size(), std::size_t(2));
    QCOMPARE(policy.searchParams->front().lowerBound->toString(), QStringLiteral("0.01"));
    QVERIFY(policy.searchParams->front().lowerBound->isString()); // bounds are strings in the API
    QCOMPARE(policy.searchParams->front().paramType.value_or(QString()), QStringLiteral("continuous"));

    // The job runs four trials; the details page shows them with the best one marked.
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_connection->client(), jobId), QStringLiteral("Completed"), kWaitMs);
    ui::TrainingJobDetailsPage details;
    details.resize(1280, 800);
    details.setConnection(m_connection.get());
    details.show();
    QSignalSpy jobLoaded(&details, &ui::TrainingJobDetailsPage::jobLoaded);
    details.showJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(jobLoaded.count() > 0, kWaitMs);
    QTabWidget *tabs = details.tabs();
    QVERIFY(tabs->isTabVisible(ui::TrainingJobDetailsPage::AutoSearchTab));
    QSignalSpy trialsLoaded(&details, &ui::TrainingJobDetailsPage::autoSearchLoaded);
    tabs->setCurrentIndex(ui::TrainingJobDetailsPage::AutoSearchTab);
    QTRY_VERIFY_WITH_TIMEOUT(trialsLoaded.count() > 0, kWaitMs);
    ui::AutoSearchResultsTab *results = details.autoSearchTab();
    QVERIFY2(results->errorText().isEmpty(), qPrintable(results->errorText()));
    QCOMPARE(results->table()->rowCount(), 4);
    QVERIFY(results->bestRow() >= 0);
    double best = -1e9;
    for (int row = 0; row < 4; ++row)
        best = std::max(best, results->table()->item(row, 4)->text().toDouble());
    QCOMPARE(results->table()->item(results->bestRow(), 4)->text().toDouble(), best);
    QVERIFY2(results->summaryText().startsWith(QStringLiteral("Best accuracy")), qPrintable(results->summaryText()));
    if (const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(details.grab().save(dir + QStringLiteral("/training-job-auto-search-results.png")));

    // Rebuild brings the block back as it was sent.
    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(job.value);
    QVERIFY(rebuilt.autoSearch.enabled);
    QCOMPARE(rebuilt.autoSearch.metric, QStringLiteral("accuracy"));
    QCOMPARE(rebuilt.autoSearch.algorithms, QStringList { QStringLiteral("bayes_opt_search") });
    QCOMPARE(rebuilt.autoSearch.ranges.front(),
        (models::SearchRange { QStringLiteral("learning_rate"), QStringLiteral("0.01"), QStringLiteral("0.05") }));
}

void TestCreateTrainingJobPage::mySubscriptionSent()
{
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-subscription"));
    m_page->setDraft(d);
    QVERIFY(!rowShown("subscriptionIdEdit"));
    child<QPushButton>("mySubscriptionButton")->click();
    QVERIFY(rowShown("subscriptionIdEdit"));
    QVERIFY(rowShown("itemVersionIdEdit"));
    QVERIFY(!rowShown("algorithmBox"));
    QVERIFY(!rowShown("bootModeBox"));
    QVERIFY(!rowShown("bootCommandEdit"));
    QCOMPARE(m_page->draft().algorithmType, TrainingJobDraft::AlgorithmType::MySubscription);

    child<QLineEdit>("subscriptionIdEdit")->setText(QStringLiteral("sub 1"));
    QCOMPARE(shownMessage("subscriptionIdEdit"), QStringLiteral("Enter the ID as AI Gallery shows it."));
    child<QLineEdit>("subscriptionIdEdit")->setText(QStringLiteral("6c1e-subscription"));
    QVERIFY(shownMessage("subscriptionIdEdit").isEmpty());
    child<QLineEdit>("itemVersionIdEdit")->setText(QStringLiteral("version-3"));

    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QVERIFY(m_confirmations.last().contains(QStringLiteral("6c1e-subscription")));
    const auto job = api::decodeBody<api::TrainingJob>(
        test::callAndWait(*m_connection->client(), api::training::show(submitted.first().at(0).toString())));
    QVERIFY2(job.ok(), qPrintable(job.error.displayText()));
    QCOMPARE(job.value.algorithm->subscriptionId.value_or(QString()), QStringLiteral("6c1e-subscription"));
    QCOMPARE(job.value.algorithm->itemVersionId.value_or(QString()), QStringLiteral("version-3"));
    QVERIFY(!job.value.algorithm->id);
}

void TestCreateTrainingJobPage::checkInputSizeAgainstTheFlavor()
{
    auto *button = child<QPushButton>("checkInputSizeButton");
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-input-size"));
    d.dedicatedPool = false; // a public flavor, whose flavor_info.disk the check compares with
    d.poolId.clear();
    d.resourceType = QStringLiteral("CPU");
    m_page->setDraft(d);
    QVERIFY(!button->isEnabled()); // no input uses a data path

    // Data in the Local profile's object store (a folder of the backend).
    const QString obsRoot = api::ObsMapper(m_backend->dataDir()).root();
    m_connection->setLocalObsRoot(obsRoot);
    const QString file = api::ObsMapper(m_backend->dataDir()).localPathFor(QStringLiteral("obs://size-check/in/a.bin"));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QFile data(file);
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.write(QByteArray(4096, 'x'));
    data.close();
    models::DataChannel input;
    input.name = QStringLiteral("data_url");
    input.obsPath = QStringLiteral("obs://size-check/in/");
    d.inputs = { input };
    m_page->setDraft(d);
    QVERIFY(button->isEnabled());
    QSignalSpy checked(m_page.get(), &ui::CreateTrainingJobPage::inputSizeChecked);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kWaitMs);
    QCOMPARE(checked.first().at(0).toBool(), true);
    auto *label = child<QLabel>("inputSizeLabel");
    QVERIFY(label->isVisibleTo(m_page.get()));
    QVERIFY2(label->text().contains(models::byteSizeText(4096)) && label->text().contains(QStringLiteral("It fits")),
        qPrintable(label->text()));

    // A path that does not exist is named, and the check fails.
    d.inputs[0].obsPath = QStringLiteral("obs://size-check/missing/");
    m_page->setDraft(d);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, kWaitMs);
    QCOMPARE(checked.last().at(0).toBool(), false);
    QVERIFY2(label->text().contains(QStringLiteral("obs://size-check/missing/")), qPrintable(label->text()));
    m_connection->setLocalObsRoot(QString());
}

void TestCreateTrainingJobPage::myAlgorithmFillsFormAndRuns()
{
    // The demo data's algorithm (modelarts-local seeds it): a command with two hyperparameters.
    const auto list
        = api::decodeBody<api::AlgorithmList>(test::callAndWait(*m_connection->client(), api::algorithms::list({})));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    const auto demoIt = std::find_if(list.value.items.cbegin(), list.value.items.cend(),
        [](const api::Algorithm &a) { return a.metadata.name == u"demo-print-data"; });
    QVERIFY(demoIt != list.value.items.cend());
    const api::Algorithm demo = *demoIt;
    const QString id = demo.metadata.id.value_or(QString());

    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-my-algorithm")));
    QVERIFY(m_page->selectAlgorithmButton()->isEnabled());
    m_page->selectAlgorithmButton()->click();
    auto *picker = m_page->findChild<ui::AlgorithmPickerDialog *>();
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 0, kWaitMs);
    auto *ok = picker->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(picker->selectAlgorithm(id));
    QVERIFY(ok->isEnabled());
    if (const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(QDir().mkpath(dir) && picker->grab().save(dir + QStringLiteral("/algorithm-picker.png")));
    ok->click();

    // The form now runs the algorithm: its id, its channels and its hyperparameters.
    TrainingJobDraft d = m_page->draft();
    QCOMPARE(d.algorithmType, TrainingJobDraft::AlgorithmType::MyAlgorithm);
    QCOMPARE(d.algorithmId, id);
    QVERIFY(rowShown("algorithmBox"));
    QVERIFY(!rowShown("bootCommandEdit"));
    QCOMPARE(d.inputs.size(), 1);
    QCOMPARE(d.inputs.front().name, QStringLiteral("data_url"));
    QCOMPARE(d.outputs.size(), 1);
    QCOMPARE(d.outputs.front().name, QStringLiteral("train_url"));
    const QList<models::KeyValue> expected { { QStringLiteral("epochs"), QStringLiteral("10") },
        { QStringLiteral("learning_rate"), QStringLiteral("0.001") } };
    QCOMPARE(d.hyperparameters, expected);
    // What the algorithm fixes is dimmed: channel names, hyperparameter names, a required row.
    auto *inputs = child<QWidget>("inputsHost")->findChild<ui::ChannelEditor *>();
    QVERIFY(inputs);
    QVERIFY(!inputs->nameEdit(0)->isEnabled());
    auto *hyper = child<QWidget>("hyperparametersHost")->findChild<widgets::KeyValueEditor *>();
    QVERIFY(hyper);
    QVERIFY(!hyper->isRowRemovable(0)); // epochs is required
    QVERIFY(hyper->isRowRemovable(1));

    // Values are checked against the algorithm's constraints, next to the field.
    d.hyperparameters[0].value = QStringLiteral("5000");
    QList<models::DraftIssue> issues = models::validateDraft(d, m_page->validationContext());
    const auto rangeIssue = std::find_if(issues.begin(), issues.end(),
        [](const models::DraftIssue &i) { return i.field == models::DraftField::Hyperparameters && i.row == 0; });
    QVERIFY(rangeIssue != issues.end());
    QCOMPARE(rangeIssue->message, QStringLiteral("Enter a value from 1 to 1000."));
    d.hyperparameters.removeFirst();
    issues = models::validateDraft(d, m_page->validationContext());
    QVERIFY(std::any_of(issues.begin(), issues.end(),
        [](const models::DraftIssue &i)
        { return i.message == QStringLiteral("The algorithm requires the hyperparameter epochs."); }));

    // Data for the channels, then the job: the body names the algorithm and the server runs its command.
    d = m_page->draft();
    d.hyperparameters[0].value = QStringLiteral("7");
    d.inputs[0].obsPath = QStringLiteral("obs://algo-form/in/");
    d.outputs[0].obsPath = QStringLiteral("obs://algo-form/out/");
    m_page->setDraft(d);
    QVERIFY(!hyper->isRowRemovable(0)); // still dimmed after the draft was set again
    QCOMPARE(child<QLabel>("algorithmNameLabel")->text(), demo.metadata.name);
    if (!qEnvironmentVariableIsEmpty("MA_SCREENSHOT_DIR"))
    {
        QTest::qWait(300); // screenshots only: let the layouts settle
        saveScreenshot(QStringLiteral("create-training-job-my-algorithm.png"));
    }
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QVERIFY(m_confirmations.last().contains(id));
    const QString jobId = submitted.first().at(0).toString();
    const auto job
        = api::decodeBody<api::TrainingJob>(test::callAndWait(*m_connection->client(), api::training::show(jobId)));
    QVERIFY2(job.ok(), qPrintable(job.error.displayText()));
    QCOMPARE(job.value.algorithm->id.value_or(QString()), id);
    QCOMPARE(job.value.algorithm->name.value_or(QString()), demo.metadata.name);
    QCOMPARE(job.value.algorithm->inputs->front().remote.obs->obsUrl, QStringLiteral("obs://algo-form/in/"));
    QCOMPARE(job.value.algorithm->outputs->front().remote.obs->obsUrl, QStringLiteral("obs://algo-form/out/"));
    QCOMPARE(job.value.algorithm->parameters->front().value.value_or(QString()), QStringLiteral("7"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_connection->client(), jobId), QStringLiteral("Completed"), kWaitMs);
    const auto log = api::decodeBody<api::TrainingLogPreview>(
        test::callAndWait(*m_connection->client(), api::training::logPreview(jobId, QStringLiteral("worker-0"))));
    QVERIFY(log.ok());
    QVERIFY2(log.value.content.contains(QStringLiteral("epochs=7 learning_rate=0.001")), qPrintable(log.value.content));

    // Rebuild brings the algorithm back, dimmed again once it has been read.
    m_page->startRebuild(job.value);
    QCOMPARE(m_page->draft().algorithmType, TrainingJobDraft::AlgorithmType::MyAlgorithm);
    QCOMPARE(m_page->draft().algorithmId, id);
    QTRY_VERIFY_WITH_TIMEOUT(!hyper->isRowRemovable(0), kWaitMs);
}

void TestCreateTrainingJobPage::datasetInputSentAndRebuilt()
{
    // The demo datasets as modelarts-local lists them.
    api::ApiClient &client = *m_connection->client();
    const api::ApiResult listed = test::callAndWait(client, api::datasets::list());
    QVERIFY2(listed.ok(), qPrintable(listed.error.displayText()));
    QString flowersId;
    for (const api::Dataset &d : api::fromBody<api::DatasetList>(listed.body).datasets)
        if (d.datasetName == u"flowers-demo")
            flowersId = d.datasetId;
    QVERIFY(!flowersId.isEmpty());
    const api::ApiResult versions = test::callAndWait(client, api::datasets::versions(flowersId));
    QVERIFY2(versions.ok(), qPrintable(versions.error.displayText()));
    const auto versionList = api::fromBody<api::DatasetVersionList>(versions.body).versions;
    QCOMPARE(versionList.size(), size_t(1));
    const QString versionId = versionList.front().versionId;

    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-dataset"));
    d.inputs = { models::DataChannel { QStringLiteral("data_url") } };
    m_page->setDraft(d);
    auto *inputs = child<ui::ChannelEditor>("inputChannels");
    QVERIFY(inputs);
    QVERIFY(inputs->dataPathSourceButton(0)->isChecked());
    // New rows are shown once the event loop runs (QLayout shows added children queued).
    QTRY_VERIFY(inputs->pathEdit(0)->isVisibleTo(m_page.get()));
    QVERIFY(!inputs->datasetCombo(0)->isVisibleTo(m_page.get()));

    // Dataset: the pickers replace the OBS path and fill from ListDatasets.
    inputs->datasetSourceButton(0)->click();
    QVERIFY(inputs->datasetSourceButton(0)->isChecked());
    QVERIFY(!inputs->pathEdit(0)->isVisibleTo(m_page.get()));
    QComboBox *dataset = inputs->datasetCombo(0);
    QComboBox *version = inputs->datasetVersionCombo(0);
    QVERIFY(dataset->isVisibleTo(m_page.get()));
    QTRY_COMPARE_WITH_TIMEOUT(dataset->count(), 2, kWaitMs);
    QCOMPARE(dataset->currentIndex(), -1);
    QVERIFY(!version->isEnabled());
    QCOMPARE(m_page->draft().inputs.at(0).source, models::DataChannel::Source::Dataset);

    // The rules next to the row: a dataset, then a version.
    m_page->submit();
    QVERIFY(m_confirmations.isEmpty());
    QCOMPARE(m_page->fieldMessage(DraftField::Inputs, 0), QStringLiteral("Select a dataset."));
    QCOMPARE(inputs->rowMessage(0), QStringLiteral("Select a dataset."));
    dataset->setCurrentIndex(dataset->findText(QStringLiteral("flowers-demo")));
    QCOMPARE(dataset->currentData().toString(), flowersId);
    QCOMPARE(m_page->fieldMessage(DraftField::Inputs, 0), QStringLiteral("Select a dataset version."));
    QCOMPARE(inputs->rowMessage(0), QStringLiteral("Select a dataset version."));
    QTRY_COMPARE_WITH_TIMEOUT(version->count(), 1, kWaitMs);
    QVERIFY(version->isEnabled());
    QCOMPARE(version->itemText(0), QStringLiteral("V001"));
    version->setCurrentIndex(0);
    QCOMPARE(m_page->fieldMessage(DraftField::Inputs, 0), QString());
    QCOMPARE(inputs->rowMessage(0), QString());
    QCOMPARE(m_page->draft().inputs.at(0).datasetId, flowersId);
    QCOMPARE(m_page->draft().inputs.at(0).datasetVersionId, versionId);
    child<QScrollArea>("scrollArea")->ensureWidgetVisible(inputs, 0, 200);
    saveScreenshot(QStringLiteral("create-training-job-dataset.png"));

    // Submitted: the body names the dataset and version; read back from the backend.
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(m_confirmations.first().contains(QStringLiteral("data_url ← dataset flowers-demo, version V001")));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    const QString id = submitted.first().at(0).toString();
    const api::ApiResult shown = test::callAndWait(client, api::training::show(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const auto job = api::fromBody<api::TrainingJob>(shown.body);
    QVERIFY(job.algorithm && job.algorithm->inputs);
    QCOMPARE(job.algorithm->inputs->size(), size_t(1));
    const api::DataRemote &remote = job.algorithm->inputs->front().remote;
    QVERIFY(remote.dataset.has_value());
    QVERIFY(!remote.obs.has_value());
    QCOMPARE(remote.dataset->id, flowersId);
    QCOMPARE(remote.dataset->versionId.value_or(QString()), versionId);
    QVERIFY(!remote.dataset->obsUrl.value_or(QString()).isEmpty());
    const api::Json body = api::parseJson(shown.body);
    QCOMPARE(body["algorithm"]["inputs"][0]["remote"]["dataset"]["id"].get<std::string>(), flowersId.toStdString());
    QCOMPARE(
        body["algorithm"]["inputs"][0]["remote"]["dataset"]["version_id"].get<std::string>(), versionId.toStdString());

    // Rebuild brings the choice back, by name once the lists are read.
    m_page->startRebuild(job);
    inputs = child<ui::ChannelEditor>("inputChannels");
    QVERIFY(inputs->datasetSourceButton(0)->isChecked());
    QTRY_VERIFY(inputs->datasetCombo(0)->isVisibleTo(m_page.get()));
    QCOMPARE(inputs->datasetCombo(0)->currentData().toString(), flowersId);
    QCOMPARE(inputs->datasetVersionCombo(0)->currentData().toString(), versionId);
    QTRY_COMPARE_WITH_TIMEOUT(inputs->datasetCombo(0)->currentText(), QStringLiteral("flowers-demo"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(inputs->datasetVersionCombo(0)->currentText(), QStringLiteral("V001"), kWaitMs);
    const models::DataChannel rebuilt = m_page->draft().inputs.at(0);
    QCOMPARE(rebuilt.source, models::DataChannel::Source::Dataset);
    QCOMPARE(rebuilt.datasetId, flowersId);
    QCOMPARE(rebuilt.datasetVersionId, versionId);
    QCOMPARE(m_page->fieldMessage(DraftField::Inputs, 0), QString());
}

void TestCreateTrainingJobPage::datasetInputKeptInDraft()
{
    m_page->startNew();
    auto *inputs = child<ui::ChannelEditor>("inputChannels");
    QVERIFY(inputs);
    QCOMPARE(inputs->rowCount(), 1);
    inputs->datasetSourceButton(0)->click();
    QComboBox *dataset = inputs->datasetCombo(0);
    QTRY_COMPARE_WITH_TIMEOUT(dataset->count(), 2, kWaitMs);
    dataset->setCurrentIndex(dataset->findText(QStringLiteral("reviews-demo")));
    const QString datasetId = dataset->currentData().toString();
    QComboBox *version = inputs->datasetVersionCombo(0);
    QTRY_COMPARE_WITH_TIMEOUT(version->count(), 1, kWaitMs);
    version->setCurrentIndex(0);
    const QString versionId = version->currentData().toString();
    QVERIFY(!versionId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->draftStore().exists(), 5000);

    // The page goes away (crash or close) and comes back with the choice.
    m_page.reset();
    createPage();
    m_page->startNew();
    QVERIFY(child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    inputs = child<ui::ChannelEditor>("inputChannels");
    QVERIFY(inputs->datasetSourceButton(0)->isChecked());
    QCOMPARE(inputs->datasetCombo(0)->currentData().toString(), datasetId);
    QCOMPARE(inputs->datasetVersionCombo(0)->currentData().toString(), versionId);
    QTRY_COMPARE_WITH_TIMEOUT(inputs->datasetCombo(0)->currentText(), QStringLiteral("reviews-demo"), kWaitMs);
    QCOMPARE(m_page->draft().inputs.at(0).source, models::DataChannel::Source::Dataset);

    // Back to Data path: the OBS path returns and the body has no dataset.
    inputs->dataPathSourceButton(0)->click();
    QTRY_VERIFY(inputs->pathEdit(0)->isVisibleTo(m_page.get()));
    QCOMPARE(m_page->draft().inputs.at(0).source, models::DataChannel::Source::DataPath);
    const api::TrainingJobCreate body = m_page->draft().toCreateRequest();
    QVERIFY(!body.algorithm->inputs->front().remote.dataset.has_value());
}

void TestCreateTrainingJobPage::myAlgorithmLimitsInputSources()
{
    // An algorithm whose "images" input takes a dataset only and "extra" an OBS path only.
    api::Algorithm algorithm;
    algorithm.metadata.name = QStringLiteral("dataset-only-input");
    api::AlgorithmJobConfig config;
    config.command = QStringLiteral("ls");
    api::AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("demo/hello:1.0");
    config.engine = engine;
    const auto input = [](const char *name, const char *type)
    {
        api::AlgorithmInputSpec spec;
        spec.name = QString::fromLatin1(name);
        api::RemoteConstraint constraint;
        constraint.dataType = QString::fromLatin1(type);
        spec.remoteConstraints = std::vector<api::RemoteConstraint> { constraint };
        return spec;
    };
    config.inputs = std::vector<api::AlgorithmInputSpec> { input("images", "dataset"), input("extra", "obs") };
    algorithm.jobConfig = config;
    const auto created = api::decodeBody<api::Algorithm>(
        test::callAndWait(*m_connection->client(), api::algorithms::create(algorithm)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));

    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-algorithm-sources")));
    m_page->useAlgorithm(created.value);
    auto *inputs = child<ui::ChannelEditor>("inputChannels");
    QCOMPARE(inputs->rowCount(), 2);
    QCOMPARE(inputs->nameEdit(0)->text(), QStringLiteral("images"));
    QVERIFY(inputs->datasetSourceButton(0)->isChecked());
    QVERIFY(inputs->datasetSourceButton(0)->isEnabled());
    QVERIFY(!inputs->dataPathSourceButton(0)->isEnabled());
    QCOMPARE(inputs->dataPathSourceButton(0)->toolTip(),
        QStringLiteral("The algorithm's input does not accept this source."));
    QCOMPARE(inputs->nameEdit(1)->text(), QStringLiteral("extra"));
    QVERIFY(inputs->dataPathSourceButton(1)->isChecked());
    QVERIFY(!inputs->datasetSourceButton(1)->isEnabled());
    QCOMPARE(m_page->draft().inputs.at(0).source, models::DataChannel::Source::Dataset);
    QCOMPARE(m_page->draft().inputs.at(1).source, models::DataChannel::Source::DataPath);
}

void TestCreateTrainingJobPage::tagsFollowTheCreatedJob()
{
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    QSignalSpy failed(m_page.get(), &ui::CreateTrainingJobPage::errorOccurred);
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-tagged"));
    d.tags = { { QStringLiteral("team"), QStringLiteral("vision") },
        { QStringLiteral("cost-center"), QStringLiteral("42") } };
    m_page->setDraft(d);
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QCOMPARE(failed.count(), 0);
    const QString id = submitted.first().at(0).toString();
    const api::ApiResult shown = test::callAndWait(*m_connection->client(), api::training::showTags(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const api::Json tags = api::parseJson(shown.body)["tags"];
    QVERIFY2(tags
            == (api::Json::array(
                { { { "key", "team" }, { "value", "vision" } }, { { "key", "cost-center" }, { "value", "42" } } })),
        tags.dump().c_str());
}

void TestCreateTrainingJobPage::duplicateNameShownOnForm()
{
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    QSignalSpy failed(m_page.get(), &ui::CreateTrainingJobPage::errorOccurred);
    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-twice")));
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);

    const TrainingJobDraft before = m_page->draft();
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(m_confirmations.size(), 2);
    const QString error = m_page->submitError();
    QVERIFY2(error.contains(QStringLiteral("Training job name form-twice already exists.")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("ModelArts.2751")), qPrintable(error));
    QVERIFY(child<QWidget>("submitErrorBox")->isVisibleTo(m_page.get()));
    QCOMPARE(m_page->fieldMessage(DraftField::Name), QStringLiteral("A training job with this name already exists."));
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("A training job with this name already exists."));
    QVERIFY(m_page->draft() == before);
    QCOMPARE(child<QPlainTextEdit>("bootCommandEdit")->toPlainText(), QStringLiteral("echo hello"));
    QVERIFY(child<QPushButton>("submitButton")->isEnabled());

    // Renaming clears the name message; the POST is never resent on its own.
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("form-twice-2"));
    QVERIFY(m_page->fieldMessage(DraftField::Name).isEmpty());
    QTest::qWait(200);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(failed.count(), 1);
}

void TestCreateTrainingJobPage::declinedConfirmationSendsNothing()
{
    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    m_answer = false;
    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-declined")));
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(!m_page->isSubmitting());
    QVERIFY(child<QPushButton>("submitButton")->isEnabled());
    QTest::qWait(200);
    QCOMPARE(submitted.count(), 0);
}

void TestCreateTrainingJobPage::draftAutosavedAndRestored()
{
    m_page->startNew();
    QVERIFY(!child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("draft-keep-me"));
    clickButton("customImageButton");
    child<QPlainTextEdit>("bootCommandEdit")->setPlainText(QStringLiteral("python train.py"));
    clickButton("dedicatedPoolButton");
    QVERIFY(!m_page->draftStore().exists());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->draftStore().exists(), 5000);

    // The page goes away (crash or close) and comes back.
    m_page.reset();
    createPage();
    m_page->startNew();
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("draft-keep-me"));
    QCOMPARE(child<QPlainTextEdit>("bootCommandEdit")->toPlainText(), QStringLiteral("python train.py"));
    QVERIFY(child<QAbstractButton>("customImageButton")->isChecked());
    QVERIFY(child<QAbstractButton>("dedicatedPoolButton")->isChecked());
    QCOMPARE(m_page->draft().poolId, QStringLiteral("local"));
    QVERIFY(child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    QVERIFY(child<QLabel>("draftBannerLabel")->text().startsWith(QStringLiteral("Draft restored from ")));

    clickButton("discardDraftButton");
    QVERIFY(!child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->draftStore().exists());
    QVERIFY(child<QLineEdit>("nameEdit")->text() != u"draft-keep-me");
    QVERIFY(child<QAbstractButton>("presetImageButton")->isChecked());

    // Nothing edited after Discard: a new page starts from the defaults.
    m_page.reset();
    createPage();
    m_page->startNew();
    QVERIFY(!child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->draftStore().exists());
}

void TestCreateTrainingJobPage::rebuildPrefillsForm()
{
    TrainingJobDraft source = localCustomImageDraft(QStringLiteral("form-rebuild-src"));
    source.hyperparameters = { { QStringLiteral("epochs"), QStringLiteral("3") } };
    const api::ApiResult created
        = test::callAndWait(*m_connection->client(), api::training::create(source.toCreateRequest()));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const auto job = api::fromBody<api::TrainingJob>(created.body);

    m_page->startRebuild(job);
    const QString name = child<QLineEdit>("nameEdit")->text();
    QVERIFY(!name.isEmpty());
    QVERIFY(name != u"form-rebuild-src");
    QVERIFY(child<QAbstractButton>("customImageButton")->isChecked());
    QCOMPARE(child<QLineEdit>("imageEdit")->text(), QStringLiteral("demo/hello:1.0"));
    QCOMPARE(child<QPlainTextEdit>("bootCommandEdit")->toPlainText(), QStringLiteral("echo hello"));
    QVERIFY(child<QAbstractButton>("dedicatedPoolButton")->isChecked());
    QCOMPARE(m_page->draft().poolId, QStringLiteral("local"));
    QCOMPARE(m_page->draft().hyperparameters, source.hyperparameters);
    QVERIFY(!child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));

    // Tags live outside the job body: they arrive with ShowTrainJobTags.
    const QString id = job.metadata.id.value_or(QString());
    QVERIFY(test::callAndWait(
        *m_connection->client(), api::training::createTags(id, { { QStringLiteral("team"), QStringLiteral("nlp") } }))
                .ok());
    m_page->startRebuild(job);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->draft().tags, (QList<models::KeyValue> { { QStringLiteral("team"), QStringLiteral("nlp") } }), kWaitMs);
    QVERIFY(child<QCheckBox>("advancedCheck")->isChecked());
}

void TestCreateTrainingJobPage::legacyModeUsesV1Catalog()
{
    m_page.reset();
    m_connection->setLegacyTrainingApi(true);
    createPage();
    m_page->startNew();
    QVERIFY(child<QComboBox>("engineCombo")->count() > 0);
    bool ok = false;
    m_page->draft().engineId.toLongLong(&ok);
    QVERIFY2(ok, qPrintable(m_page->draft().engineId));
    selectFlavorOfType(QStringLiteral("CPU"));
    m_page->draft().flavorId.toLongLong(&ok);
    QVERIFY2(ok, qPrintable(m_page->draft().flavorId));

    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    QSignalSpy failed(m_page.get(), &ui::CreateTrainingJobPage::errorOccurred);
    TrainingJobDraft d = m_page->draft();
    d.name = QStringLiteral("form-v1-job");
    d.codeDir = QStringLiteral("obs://bucket/code/");
    d.bootFile = QStringLiteral("obs://bucket/code/train.py");
    d.inputs.first().obsPath = QStringLiteral("obs://bucket/data/");
    d.outputs.first().obsPath = QStringLiteral("obs://bucket/output/");
    d.logPath = QStringLiteral("obs://bucket/logs/");
    m_page->setDraft(d);
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count() + failed.count(), 1, kWaitMs);
    QVERIFY2(submitted.count() == 1, qPrintable(m_page->submitError()));
    const QString id = submitted.first().at(0).toString();
    id.toLongLong(&ok);
    QVERIFY2(ok, qPrintable(id));
}

void TestCreateTrainingJobPage::unsupportedFieldsAreMarked()
{
    const QString notSent = QStringLiteral("Not sent: the ModelArts API has no field for this.");
    const auto marker = [this](const char *field)
    {
        auto *label = m_page->findChild<QLabel *>(QLatin1String(field) + QStringLiteral("NotSent"));
        return label && label->isVisibleTo(m_page.get()) ? label->text() : QString();
    };
    // Public pool, preset image: the output's Predownload column is marked; SSH trust too.
    QCOMPARE(marker("outputsHost"), QStringLiteral("Predownload: not sent. The ModelArts API has no field for this."));
    QCOMPARE(marker("sshTrustCheck"), notSent);
    QCOMPARE(marker("userIdEdit"), QString()); // row hidden with the preset image
    QCOMPARE(marker("sfsTurboHost"), QString()); // dedicated pools only

    clickButton("customImageButton");
    QCOMPARE(marker("userIdEdit"), notSent);
    clickButton("dedicatedPoolButton");
    QCOMPARE(
        marker("sfsTurboHost"), QStringLiteral("Mount options: not sent. The ModelArts API has no field for this."));
    // Training mode: the marker sits in its card, shown with the card (MindSpore on Ascend).
    auto *modeMarker = child<QLabel>("trainingModeBoxNotSent");
    QVERIFY(modeMarker);
    QCOMPARE(modeMarker->text(), notSent);
    QCOMPARE(modeMarker->isVisibleTo(m_page.get()), child<QWidget>("trainingModeCard")->isVisibleTo(m_page.get()));
    // Fields the API carries have no marker.
    for (const char *field : { "nameEdit", "imageEdit", "bootCommandEdit", "inputsHost", "priorityCombo" })
        QVERIFY2(!m_page->findChild<QLabel *>(QLatin1String(field) + QStringLiteral("NotSent")), field);
}

void TestCreateTrainingJobPage::confirmListsUnsentFieldsApart()
{
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-unsent"));
    d.userId = QStringLiteral("1234");
    d.sshTrust = true;
    d.outputs = { models::DataChannel { QStringLiteral("train_url"), models::DataChannel::Source::DataPath,
        QStringLiteral("obs://bucket/out/"), {}, {}, models::DataChannel::Delivery::Hyperparameter, true, {} } };
    m_answer = false;
    m_page->setDraft(d);
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    const QString summary = m_confirmations.first();
    const int heading = summary.indexOf(QStringLiteral("<b>Not sent</b>"));
    QVERIFY2(heading > 0, qPrintable(summary));
    const QString sent = summary.left(heading);
    const QString unsent = summary.mid(heading);
    QVERIFY(sent.contains(QStringLiteral("demo/hello:1.0")));
    QVERIFY(sent.contains(QStringLiteral("echo hello")));
    for (const char *text : { "User ID", "1234", "SSH mutual trust", "Predownload" })
    {
        QVERIFY2(!sent.contains(QLatin1String(text)), text);
        QVERIFY2(unsent.contains(QLatin1String(text)), text);
    }
    QVERIFY(unsent.contains(QStringLiteral("The ModelArts API has no field for these settings; the job runs without "
                                           "them.")));
}

void TestCreateTrainingJobPage::sfsCodeSourceJobOnLocalPool()
{
    // The local backend stands in for the SFS mount with this computer's file system.
    QTemporaryDir sfs;
    QVERIFY(sfs.isValid());
    QFile boot(sfs.filePath(QStringLiteral("train.py")));
    QVERIFY(boot.open(QIODevice::WriteOnly));
    boot.write("print('hello from sfs')\n");
    boot.close();

    m_page->startNew();
    clickButton("dedicatedPoolButton");
    clickButton("codeSourceSfsRadio");
    TrainingJobDraft d = m_page->draft();
    QVERIFY(!d.engineName.isEmpty());
    d.name = QStringLiteral("form-sfs-code");
    d.codeDir = sfs.path() + u'/';
    d.bootFile = sfs.filePath(QStringLiteral("train.py"));
    d.inputs.clear();
    d.outputs.clear();
    d.poolId = QStringLiteral("local");
    d.persistentLog = false;
    m_page->setDraft(d);
    QVERIFY(child<QAbstractButton>("codeSourceSfsRadio")->isChecked());

    QSignalSpy submitted(m_page.get(), &ui::CreateTrainingJobPage::submitted);
    QSignalSpy failed(m_page.get(), &ui::CreateTrainingJobPage::errorOccurred);
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(m_confirmations.first().contains(sfs.path()));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count() + failed.count(), 1, kWaitMs);
    QVERIFY2(submitted.count() == 1, qPrintable(m_page->submitError()));
    const QString id = submitted.first().at(0).toString();

    // The body as the backend stored it: code_dir with file://, no local_code_dir.
    const api::ApiResult shown = test::callAndWait(*m_connection->client(), api::training::show(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const auto job = api::fromBody<api::TrainingJob>(shown.body);
    QCOMPARE(job.algorithm->codeDir.value_or(QString()), QStringLiteral("file://") + sfs.path() + u'/');
    QVERIFY(!job.algorithm->localCodeDir);

    // Rebuild brings the SFS code source back.
    m_page->startRebuild(job);
    QVERIFY(child<QAbstractButton>("codeSourceSfsRadio")->isChecked());
    QCOMPARE(m_page->draft().codeDir, sfs.path() + u'/');
    QVERIFY(rowShown("codeDirHost"));
    QVERIFY(!rowShown("localCodeDirEdit"));
}

void TestCreateTrainingJobPage::screenshots()
{
    m_page->startNew();
    selectFlavorOfType(QStringLiteral("GPU"));
    QVERIFY(rowShown("resourceTypeHost"));
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("resnet50 training!"));
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("create-training-job-public.png"));
    // Scrolled to the resource section.
    auto *scroll = child<QScrollArea>("scrollArea");
    scroll->ensureWidgetVisible(child<QWidget>("resourceCard"), 0, 0);
    scroll->verticalScrollBar()->setValue(child<QWidget>("resourceCard")->y() - 10);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("create-training-job-public-resource.png"));

    clickButton("customImageButton");
    clickButton("dedicatedPoolButton");
    clickButton("autoStopCheck");
    QVERIFY(rowShown("poolTable"));
    child<ui::SfsTurboEditor>("sfsTurboEditor")->addRow();
    QCoreApplication::processEvents();
    scroll->verticalScrollBar()->setValue(child<QWidget>("resourceCard")->y() - 10);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("create-training-job-dedicated.png"));
    scroll->verticalScrollBar()->setValue(child<QWidget>("algorithmCard")->y() - 10);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("create-training-job-custom-image.png"));

    // The Confirm dialog with the summary of a valid job (declined: nothing is sent).
    m_answer = false;
    m_page->setDraft(localCustomImageDraft(QStringLiteral("form-confirm")));
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    ui::ConfirmJobDialog dialog(m_confirmations.first());
    dialog.resize(620, 520);
    dialog.show();
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/create-training-job-confirm.png")));

    // The "Not sent" markers next to the fields and in the Confirm dialog.
    m_confirmations.clear();
    TrainingJobDraft d = localCustomImageDraft(QStringLiteral("form-unsent"));
    d.sshTrust = true;
    d.outputs = { models::DataChannel { QStringLiteral("train_url"), models::DataChannel::Source::DataPath,
        QStringLiteral("obs://bucket/out/"), {}, {}, models::DataChannel::Delivery::Hyperparameter, true, {} } };
    d.sfsTurbo = { models::SfsTurboMount { QStringLiteral("sfs-turbo-1"), QStringLiteral("/mnt/data") } };
    m_page->setDraft(d);
    QCoreApplication::processEvents();
    scroll->verticalScrollBar()->setValue(child<QWidget>("imageEditRow")->mapTo(scroll->widget(), QPoint()).y() - 40);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("training-not-sent-user-id.png"));
    scroll->verticalScrollBar()->setValue(child<QWidget>("outputsHostRow")->mapTo(scroll->widget(), QPoint()).y() - 40);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("training-not-sent-predownload.png"));
    scroll->verticalScrollBar()->setValue(
        child<QWidget>("sfsTurboHostRow")->mapTo(scroll->widget(), QPoint()).y() - 40);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("training-not-sent-sfs-ssh.png"));
    m_page->submit();
    QCOMPARE(m_confirmations.size(), 1);
    ui::ConfirmJobDialog unsent(m_confirmations.first());
    unsent.resize(620, 620);
    unsent.show();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(unsent.grab().save(dir + QStringLiteral("/training-confirm-not-sent.png")));
}

QTEST_MAIN(TestCreateTrainingJobPage)
#include "tst_createtrainingjobpage.moc"
