// AlgorithmsPage (Algorithm Management) against the real local backend: the table lists
// what the server lists, the search asks the server, Delete asks the standard question, goes
// through the API and the row leaves without a reset, and Create Training Job asks for the
// creation page with the selected algorithm; the page is registered once and fits 1200 px.

#include "api/algorithmrequests.h"
#include "api/typedcall.h"
#include "localconsole.h"
#include "models/algorithmlistmodel.h"
#include "ui/algorithms/algorithmpageids.h"
#include "ui/algorithms/algorithmspage.h"
#include "ui/pageregistry.h"
#include "ui/training/trainingpageids.h"

#include <QAction>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ma;
using models::AlgorithmListModel;

namespace
{
constexpr int kWaitMs = 15000;

api::Algorithm commandAlgorithm(const QString &name)
{
    api::Algorithm a;
    a.metadata.name = name;
    api::AlgorithmJobConfig c;
    c.command = QStringLiteral("echo %1").arg(name);
    api::AlgorithmEngine e;
    e.imageUrl = QStringLiteral("team/%1:1").arg(name);
    c.engine = e;
    a.jobConfig = c;
    return a;
}
} // namespace

class TestAlgorithmsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registeredUnderModelTraining();
    void tableShowsWhatTheServerLists();
    void searchAsksTheServer();
    void deleteAsksAndRemovesTheRowWithoutReset();
    void createJobOpensTheFormWithTheAlgorithm();
    /** With MA_SCREENSHOT_DIR set: the list as the window shows it. */
    void screenshot();

private:
    int rowOfName(const QString &name) const;
    void selectName(const QString &name);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::AlgorithmsPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestAlgorithmsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlgorithmsPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    for (const QString &name : { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") })
        QVERIFY(test::callAndWait(m_console->client(), api::algorithms::create(commandAlgorithm(name))).ok());
    m_page = std::make_unique<ui::AlgorithmsPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->resize(1200, 600);
    m_page->show();
    m_page->setConnection(m_console->connection());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, kWaitMs);
}

void TestAlgorithmsPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

int TestAlgorithmsPage::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, AlgorithmListModel::Name).data().toString() == name)
            return row;
    return -1;
}

void TestAlgorithmsPage::selectName(const QString &name)
{
    const int row = rowOfName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    m_page->view()->selectionModel()->select(
        m_page->view()->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestAlgorithmsPage::registeredUnderModelTraining()
{
    int lists = 0;
    int details = 0;
    for (const ui::PageEntry &entry : ui::PageRegistry::entries())
    {
        if (entry.id == ui::kAlgorithmsPageId)
        {
            ++lists;
            QCOMPARE(QString::fromLatin1(entry.group), QStringLiteral("Model Training"));
            QCOMPARE(QString::fromLatin1(entry.title), QStringLiteral("Algorithm Management"));
        }
        if (entry.id == ui::kAlgorithmDetailsPageId)
        {
            ++details;
            QCOMPARE(entry.parentId, ui::kAlgorithmsPageId);
        }
    }
    QCOMPARE(lists, 1);
    QCOMPARE(details, 1);
    // Fits the window's narrowest supported width without a horizontal scroll of the toolbar.
    QVERIFY(m_page->minimumSizeHint().width() <= 1200);
}

void TestAlgorithmsPage::tableShowsWhatTheServerLists()
{
    QCOMPARE(m_page->model()->totalCount(), 3);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("3 algorithms"));
    const int row = rowOfName(QStringLiteral("beta"));
    QVERIFY(row >= 0);
    const QAbstractItemModel *model = m_page->view()->model();
    QCOMPARE(model->index(row, AlgorithmListModel::Image).data().toString(), QStringLiteral("team/beta:1"));
    QCOMPARE(model->index(row, AlgorithmListModel::BootMode).data().toString(),
        AlgorithmListModel::bootModeText(api::AlgorithmBootMode::CustomImage));
}

void TestAlgorithmsPage::searchAsksTheServer()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QSignalSpy loaded(m_page->model(), &AlgorithmListModel::loaded);
    QTest::keyClicks(search, QStringLiteral("GAM"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_page->model()->searchText(), QStringLiteral("GAM"));
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->totalCount(), 1);
    QVERIFY(rowOfName(QStringLiteral("gamma")) >= 0);
}

void TestAlgorithmsPage::deleteAsksAndRemovesTheRowWithoutReset()
{
    selectName(QStringLiteral("alpha"));
    QVERIFY(m_page->deleteAction()->isEnabled());
    QSignalSpy resets(m_page->model(), &AlgorithmListModel::modelReset);
    QSignalSpy removed(m_page->model(), &AlgorithmListModel::rowsRemoved);

    m_confirm.answer = false;
    m_page->deleteAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().contains(QStringLiteral("alpha")), qPrintable(m_confirm.questions.front()));
    QCOMPARE(m_page->model()->rowCount(), 3);

    m_confirm.answer = true;
    m_page->deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kWaitMs);
    QCOMPARE(rowOfName(QStringLiteral("alpha")), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
    const auto list
        = api::decodeBody<api::AlgorithmList>(test::callAndWait(m_console->client(), api::algorithms::list({})));
    QVERIFY(list.ok());
    QCOMPARE(int(list.value.items.size()), 2);
}

void TestAlgorithmsPage::createJobOpensTheFormWithTheAlgorithm()
{
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    QVERIFY(!m_page->createJobAction()->isEnabled());
    selectName(QStringLiteral("beta"));
    QVERIFY(m_page->createJobAction()->isEnabled());
    m_page->createJobAction()->trigger();
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.front().at(0).toString(), ui::kCreateTrainingJobPageId);
    const QVariant argument = navigation.front().at(1);
    QVERIFY(argument.metaType() == QMetaType::fromType<api::Algorithm>());
    QCOMPARE(argument.value<api::Algorithm>().metadata.name, QStringLiteral("beta"));

    // Double click opens the details.
    navigation.clear();
    const QModelIndex index = m_page->view()->model()->index(rowOfName(QStringLiteral("gamma")), 1);
    m_page->activateSourceRow(m_page->model()->rowOf(index.data(AlgorithmListModel::AlgorithmIdRole).toString()));
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.front().at(0).toString(), ui::kAlgorithmDetailsPageId);
    QCOMPARE(navigation.front().at(1).toString(), index.data(AlgorithmListModel::AlgorithmIdRole).toString());
}

void TestAlgorithmsPage::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    selectName(QStringLiteral("beta"));
    QTest::qWait(300); // screenshots only: let the layouts settle
    QDir().mkpath(dir);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/algorithms.png")));
}

QTEST_MAIN(TestAlgorithmsPage)
#include "tst_algorithmspage.moc"
