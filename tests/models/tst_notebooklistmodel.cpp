// NotebookListModel against the real local backend (simulated public-pool notebooks): rows
// are the notebooks the API lists, newest first, under QAbstractItemModelTester; a refresh
// after a stop changes the Status cell in place (no reset, no layout change); the auto-stop
// countdown of a running notebook ticks with dataChanged on the Auto Stop column only.

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/notebooklistmodel.h"
#include "models/notebookstatus.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::NotebookListModel;
using test::callAndWait;
using test::createNotebook;

namespace
{
constexpr int kWaitMs = 20000;
const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.2u");

int rowOfId(const NotebookListModel &model, const QString &id)
{
    return model.rowOf(id);
}
} // namespace

class TestNotebookListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAreTheNotebooksNewestFirst();
    void refreshChangesStatusInPlace();
    void countdownTicksOnItsColumnOnly();
    void countdownText();
    void statusWordsAndConditions();

private:
    void waitForStatus(const QString &id, const QString &status);
    /** Waits until the row of @p id shows one of @p statuses. */
    void waitForStatusIn(const QString &id, const QStringList &statuses);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<NotebookListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_ids;
};

void TestNotebookListModel::init()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_ids.clear();
    for (const QString &name : { QStringLiteral("nb-a"), QStringLiteral("nb-b"), QStringLiteral("nb-c") })
    {
        m_ids << createNotebook(*m_client, name);
        QVERIFY(!m_ids.back().isEmpty());
        QTest::qWait(5); // distinct create_at
    }
    m_model = std::make_unique<NotebookListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClient(m_client.get());
    m_model->setScope(QStringLiteral("local"));
    QSignalSpy loaded(m_model.get(), &NotebookListModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(kWaitMs));
}

void TestNotebookListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_backend.reset();
}

void TestNotebookListModel::waitForStatus(const QString &id, const QString &status)
{
    waitForStatusIn(id, { status });
}

void TestNotebookListModel::waitForStatusIn(const QString &id, const QStringList &statuses)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            m_model->refresh();
            QSignalSpy loaded(m_model.get(), &NotebookListModel::loaded);
            loaded.wait(2000);
            const int row = rowOfId(*m_model, id);
            return row >= 0 && statuses.contains(m_model->index(row, 0).data(NotebookListModel::StatusRole).toString());
        }(),
        kWaitMs);
}

void TestNotebookListModel::rowsAreTheNotebooksNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->totalCount(), 3);
    QCOMPARE(m_model->index(0, NotebookListModel::Name).data().toString(), QStringLiteral("nb-c"));
    QCOMPARE(m_model->index(2, NotebookListModel::Name).data().toString(), QStringLiteral("nb-a"));
    QCOMPARE(m_model->index(0, 0).data(NotebookListModel::IdRole).toString(), m_ids.at(2));
    QCOMPARE(m_model->index(0, NotebookListModel::Flavor).data().toString(), kCpuFlavor);
    QCOMPARE(m_model->index(0, NotebookListModel::Pool).data().toString(), QStringLiteral("Public resource pool"));
    QVERIFY(!m_model->index(0, NotebookListModel::Image).data().toString().isEmpty());
    QCOMPARE(m_model->headerData(NotebookListModel::AutoStop, Qt::Horizontal).toString(), QStringLiteral("Auto Stop"));
}

void TestNotebookListModel::refreshChangesStatusInPlace()
{
    const QString id = m_ids.at(1);
    waitForStatus(id, QStringLiteral("RUNNING"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(callAndWait(*m_client, api::notebooks::stop(id)).ok());
    waitForStatus(id, QStringLiteral("STOPPED"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(changed.count() > 0);
    const int row = rowOfId(*m_model, id);
    QCOMPARE(m_model->index(row, NotebookListModel::Status).data().toString(), QStringLiteral("Stopped"));
    // A stopped notebook does not count down.
    QCOMPARE(m_model->index(row, NotebookListModel::AutoStop).data().toString(), QString());
    QCOMPARE(m_model->index(row, 0).data(NotebookListModel::RemainingMsRole).toLongLong(), -1);
}

void TestNotebookListModel::countdownTicksOnItsColumnOnly()
{
    for (const QString &id : m_ids)
        waitForStatus(id, QStringLiteral("RUNNING"));
    QVERIFY(callAndWait(*m_client, api::notebooks::stop(m_ids.at(1))).ok());
    waitForStatusIn(m_ids.at(1), { QStringLiteral("STOPPING"), QStringLiteral("STOPPED") });

    const int running = rowOfId(*m_model, m_ids.at(0));
    const qint64 before = m_model->index(running, 0).data(NotebookListModel::RemainingMsRole).toLongLong();
    QVERIFY2(before > 0, qPrintable(QString::number(before)));

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->tick(m_model->now() + 1000);
    QVERIFY(changed.count() >= 1);
    int rowsTicked = 0;
    for (const QList<QVariant> &args : changed)
    {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(NotebookListModel::AutoStop));
        QCOMPARE(bottomRight.column(), int(NotebookListModel::AutoStop));
        rowsTicked += bottomRight.row() - topLeft.row() + 1;
    }
    QCOMPARE(rowsTicked, 2); // the two running notebooks, not the stopping one
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->index(running, 0).data(NotebookListModel::RemainingMsRole).toLongLong(), before - 1000);
    QCOMPARE(m_model->index(running, NotebookListModel::AutoStop).data().toString(),
        NotebookListModel::countdownText(before - 1000));
}

void TestNotebookListModel::countdownText()
{
    QCOMPARE(NotebookListModel::countdownText(3600 * 1000), QStringLiteral("1:00:00"));
    QCOMPARE(NotebookListModel::countdownText((2 * 3600 + 5 * 60 + 9) * 1000 + 999), QStringLiteral("2:05:09"));
    QCOMPARE(NotebookListModel::countdownText(59 * 1000), QStringLiteral("0:59"));
    QCOMPARE(NotebookListModel::countdownText(0), QStringLiteral("Stopping…"));
}

void TestNotebookListModel::statusWordsAndConditions()
{
    namespace nbs = models::notebookstatus;
    QCOMPARE(nbs::statuses().size(), 14);
    for (const QString &status : nbs::statuses())
        QVERIFY2(nbs::word(status).text != status, qPrintable(status)); // every word has its text
    QCOMPARE(nbs::word(QStringLiteral("SNAPSHOTTING")).text, QStringLiteral("Saving image"));
    QCOMPARE(nbs::word(QStringLiteral("START_FAILED")).text, QStringLiteral("Startup failed"));
    QCOMPARE(nbs::word(QStringLiteral("RUNNING")).badge, models::BadgeKind::Running);
    QCOMPARE(nbs::word(QStringLiteral("DELETE_FAILED")).badge, models::BadgeKind::Failure);
    QCOMPARE(nbs::word(QStringLiteral("SOMETHING")).text, QStringLiteral("SOMETHING"));
    QVERIFY(nbs::canOpen(QStringLiteral("RUNNING")) && !nbs::canOpen(QStringLiteral("STOPPED")));
    QVERIFY(nbs::canStart(QStringLiteral("STOPPED")) && !nbs::canStart(QStringLiteral("RUNNING")));
    QVERIFY(nbs::canChangeImage(QStringLiteral("STOPPED")) && !nbs::canChangeImage(QStringLiteral("RUNNING")));
    QVERIFY(nbs::canModifyFlavor(QStringLiteral("START_FAILED")) && !nbs::canModifyFlavor(QStringLiteral("CREATING")));
    QVERIFY(nbs::canSaveImage(QStringLiteral("RUNNING")) && !nbs::canSaveImage(QStringLiteral("STOPPED")));
    QVERIFY(!nbs::canDelete(QStringLiteral("SNAPSHOTTING")) && nbs::canDelete(QStringLiteral("ERROR")));
    QVERIFY(nbs::canUpdateSsh(QStringLiteral("STOPPED")) && !nbs::canUpdateSsh(QStringLiteral("RUNNING")));
}

QTEST_GUILESS_MAIN(TestNotebookListModel)
#include "tst_notebooklistmodel.moc"
