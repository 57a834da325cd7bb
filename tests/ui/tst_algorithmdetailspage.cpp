// AlgorithmDetailsPage against the real local backend: an algorithm created with every part
// (preset image, code and boot file, inputs with their data sources, outputs, constrained
// hyperparameters, training constraints) shows each of them; a custom-image one shows its
// command; Delete asks the standard question and goes back to the list; Create Training Job
// hands the algorithm to the creation page.

#include "api/algorithmrequests.h"
#include "api/typedcall.h"
#include "localconsole.h"
#include "ui/algorithms/algorithmdetailspage.h"
#include "ui/algorithms/algorithmpageids.h"
#include "ui/training/trainingpageids.h"
#include "widgets/overviewpanel.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 15000;

api::Algorithm presetAlgorithm()
{
    api::Algorithm a;
    a.metadata.name = QStringLiteral("resnet-train");
    a.metadata.description = QStringLiteral("ResNet on images");
    api::AlgorithmJobConfig c;
    c.codeDir = QStringLiteral("obs://bucket/resnet/");
    c.bootFile = QStringLiteral("obs://bucket/resnet/train.py");
    c.workingDir = QStringLiteral("/home/ma-user/work");
    api::AlgorithmEngine e;
    e.engineName = QStringLiteral("PyTorch");
    e.engineVersion = QStringLiteral("pytorch_2.1.0-cuda_11.8");
    c.engine = e;
    api::AlgorithmParameter epochs;
    epochs.name = QStringLiteral("epochs");
    epochs.value = QStringLiteral("10");
    epochs.description = QStringLiteral("passes over the data");
    api::ParameterConstraint ec;
    ec.type = QStringLiteral("Integer");
    ec.required = true;
    ec.editable = false;
    ec.validType = QStringLiteral("Range");
    ec.validRange = std::vector<QString> { QStringLiteral("1"), QStringLiteral("100") };
    epochs.constraint = ec;
    api::AlgorithmParameter optimiser;
    optimiser.name = QStringLiteral("optimiser");
    optimiser.value = QStringLiteral("adam");
    api::ParameterConstraint oc;
    oc.type = QStringLiteral("String");
    oc.validType = QStringLiteral("Enum");
    oc.validRange = std::vector<QString> { QStringLiteral("adam"), QStringLiteral("sgd") };
    optimiser.constraint = oc;
    c.parameters = std::vector<api::AlgorithmParameter> { epochs, optimiser };
    api::AlgorithmInputSpec in;
    in.name = QStringLiteral("data_url");
    in.description = QStringLiteral("images");
    api::RemoteConstraint rc;
    rc.dataType = QStringLiteral("dataset");
    in.remoteConstraints = std::vector<api::RemoteConstraint> { rc };
    c.inputs = std::vector<api::AlgorithmInputSpec> { in };
    api::AlgorithmOutputSpec out;
    out.name = QStringLiteral("train_url");
    c.outputs = std::vector<api::AlgorithmOutputSpec> { out };
    a.jobConfig = c;
    api::ResourceRequirement r;
    r.key = QStringLiteral("flavor_type");
    r.value = std::vector<QString> { QStringLiteral("GPU") };
    r.op = QStringLiteral("in");
    a.resourceRequirements = std::vector<api::ResourceRequirement> { r };
    return a;
}
} // namespace

class TestAlgorithmDetailsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryPartOfThePresetAlgorithm();
    void showsTheCommandOfACustomImageAlgorithm();
    void deleteAsksAndGoesBack();
    void createJobHandsTheAlgorithmOver();
    /** With MA_SCREENSHOT_DIR set: the details of the preset algorithm, on its Hyperparameters tab. */
    void screenshot();

private:
    QString create(const api::Algorithm &a);
    void show(const QString &id);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::AlgorithmDetailsPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestAlgorithmDetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlgorithmDetailsPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_page = std::make_unique<ui::AlgorithmDetailsPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->resize(1200, 700);
    m_page->show();
    m_page->setConnection(m_console->connection());
}

void TestAlgorithmDetailsPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

QString TestAlgorithmDetailsPage::create(const api::Algorithm &a)
{
    const auto created
        = api::decodeBody<api::Algorithm>(test::callAndWait(m_console->client(), api::algorithms::create(a)));
    return created.ok() ? created.value.metadata.id.value_or(QString()) : QString();
}

void TestAlgorithmDetailsPage::show(const QString &id)
{
    QSignalSpy loaded(m_page.get(), &ui::AlgorithmDetailsPage::algorithmLoaded);
    m_page->open(id);
    QVERIFY(loaded.wait(kWaitMs));
}

void TestAlgorithmDetailsPage::showsEveryPartOfThePresetAlgorithm()
{
    const QString id = create(presetAlgorithm());
    QVERIFY(!id.isEmpty());
    show(id);
    widgets::OverviewPanel *o = m_page->overview();
    QCOMPARE(o->value(QStringLiteral("Name")), QStringLiteral("resnet-train"));
    QCOMPARE(o->value(QStringLiteral("ID")), id);
    QCOMPARE(o->value(QStringLiteral("Description")), QStringLiteral("ResNet on images"));
    QCOMPARE(o->value(QStringLiteral("Boot Mode")), QStringLiteral("Preset image"));
    QCOMPARE(o->value(QStringLiteral("Preset image")), QStringLiteral("PyTorch pytorch_2.1.0-cuda_11.8"));
    QCOMPARE(o->value(QStringLiteral("Code Directory")), QStringLiteral("obs://bucket/resnet/"));
    QCOMPARE(o->value(QStringLiteral("Boot File")), QStringLiteral("obs://bucket/resnet/train.py"));
    QCOMPARE(o->value(QStringLiteral("Work Directory")), QStringLiteral("/home/ma-user/work"));
    QCOMPARE(o->value(QStringLiteral("Resource Type")), QStringLiteral("GPU"));
    QVERIFY(!o->labels().contains(QStringLiteral("Boot Command")));

    QTableWidget *inputs = m_page->inputsTable();
    QCOMPARE(inputs->rowCount(), 1);
    QCOMPARE(inputs->item(0, 0)->text(), QStringLiteral("data_url"));
    QCOMPARE(inputs->item(0, 1)->text(), QStringLiteral("Dataset"));
    QCOMPARE(inputs->item(0, 2)->text(), QStringLiteral("images"));
    QCOMPARE(m_page->outputsTable()->rowCount(), 1);
    QCOMPARE(m_page->outputsTable()->item(0, 0)->text(), QStringLiteral("train_url"));

    QTableWidget *p = m_page->parametersTable();
    QCOMPARE(p->rowCount(), 2);
    const QStringList epochs { p->item(0, 0)->text(), p->item(0, 1)->text(), p->item(0, 2)->text(),
        p->item(0, 3)->text(), p->item(0, 4)->text(), p->item(0, 5)->text(), p->item(0, 6)->text() };
    QCOMPARE(epochs,
        QStringList(
            { QStringLiteral("epochs"), QStringLiteral("Integer"), QStringLiteral("10"), QStringLiteral("1 – 100"),
                QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("passes over the data") }));
    QCOMPARE(p->item(1, 3)->text(), QStringLiteral("adam, sgd"));
    QVERIFY(m_page->autoSearchLabel()->text().contains(QStringLiteral("does not support auto search")));
    QVERIFY(m_page->deleteButton()->isEnabled());
    QVERIFY(m_page->resourceCall().has_value());
}

void TestAlgorithmDetailsPage::showsTheCommandOfACustomImageAlgorithm()
{
    api::Algorithm a;
    a.metadata.name = QStringLiteral("custom-one");
    api::AlgorithmJobConfig c;
    c.command = QStringLiteral("bash run.sh");
    api::AlgorithmEngine e;
    e.imageUrl = QStringLiteral("team/runner:2");
    c.engine = e;
    a.jobConfig = c;
    const QString id = create(a);
    QVERIFY(!id.isEmpty());
    show(id);
    widgets::OverviewPanel *o = m_page->overview();
    QCOMPARE(o->value(QStringLiteral("Boot Mode")), QStringLiteral("Custom image"));
    QCOMPARE(o->value(QStringLiteral("Custom image")), QStringLiteral("team/runner:2"));
    QCOMPARE(o->value(QStringLiteral("Boot Command")), QStringLiteral("bash run.sh"));
    QVERIFY(!o->labels().contains(QStringLiteral("Boot File")));
    QCOMPARE(o->value(QStringLiteral("Constraints")), QStringLiteral("None"));
    QCOMPARE(m_page->parametersTable()->rowCount(), 0);
}

void TestAlgorithmDetailsPage::deleteAsksAndGoesBack()
{
    const QString id = create(presetAlgorithm());
    show(id);
    QSignalSpy deleted(m_page.get(), &ui::AlgorithmDetailsPage::algorithmDeleted);
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    m_confirm.answer = false;
    m_page->deleteButton()->click();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY(m_confirm.questions.front().contains(QStringLiteral("resnet-train")));
    QCOMPARE(deleted.count(), 0);

    m_confirm.answer = true;
    m_page->deleteButton()->click();
    QVERIFY(deleted.wait(kWaitMs));
    QCOMPARE(deleted.front().at(0).toString(), id);
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.front().at(0).toString(), ui::kAlgorithmsPageId);
    QCOMPARE(navigation.front().at(1).toString(), ui::kReloadAlgorithmsArgument);
    QCOMPARE(
        test::callAndWait(m_console->client(), api::algorithms::show(id)).error.code, QStringLiteral("ModelArts.2755"));
}

void TestAlgorithmDetailsPage::createJobHandsTheAlgorithmOver()
{
    const QString id = create(presetAlgorithm());
    show(id);
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    QVERIFY(m_page->createJobButton()->isEnabled());
    m_page->createJobButton()->click();
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.front().at(0).toString(), ui::kCreateTrainingJobPageId);
    QCOMPARE(navigation.front().at(1).value<api::Algorithm>().metadata.id.value_or(QString()), id);
}

void TestAlgorithmDetailsPage::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    show(create(presetAlgorithm()));
    m_page->tabs()->setCurrentIndex(2);
    QTest::qWait(300); // screenshots only: let the layouts settle, as the other details pages' screenshots do
    QDir().mkpath(dir);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/algorithm-details.png")));
}

QTEST_MAIN(TestAlgorithmDetailsPage)
#include "tst_algorithmdetailspage.moc"
