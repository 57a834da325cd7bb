// AlgorithmListModel against the real local backend: algorithms of ListAlgorithms listed
// newest first with their boot mode, image and hyperparameter count, paging with fetchMore
// (pages of 2), the server-side name search, and refreshes that follow a new and a deleted
// algorithm with row inserts and removes, never a reset.

#include "api/algorithmrequests.h"
#include "localbackend.h"
#include "models/algorithmlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ma;
using models::AlgorithmListModel;
using test::callAndWait;

namespace
{
constexpr int kWaitMs = 20000;
constexpr int kAlgorithms = 5;

api::Algorithm algorithm(const QString &name, bool customImage, int parameters)
{
    api::Algorithm a;
    a.metadata.name = name;
    a.metadata.description = QStringLiteral("about %1").arg(name);
    api::AlgorithmJobConfig c;
    api::AlgorithmEngine e;
    if (customImage)
    {
        c.command = QStringLiteral("python run.py");
        e.imageUrl = QStringLiteral("team/%1:1").arg(name);
    }
    else
    {
        c.codeDir = QStringLiteral("obs://bucket/%1/").arg(name);
        c.bootFile = QStringLiteral("obs://bucket/%1/train.py").arg(name);
        e.engineName = QStringLiteral("PyTorch");
        e.engineVersion = QStringLiteral("2.1");
    }
    c.engine = e;
    std::vector<api::AlgorithmParameter> ps;
    for (int i = 0; i < parameters; ++i)
    {
        api::AlgorithmParameter p;
        p.name = QStringLiteral("p%1").arg(i);
        p.value = QString::number(i);
        ps.push_back(p);
    }
    c.parameters = ps;
    a.jobConfig = c;
    return a;
}
} // namespace

class TestAlgorithmListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyModel();
    void listsAlgorithmsNewestFirst();
    void pagesWithFetchMore();
    void searchesByName();
    void refreshFollowsCreateAndDeleteWithoutReset();

private:
    void attach(AlgorithmListModel &model, const QString &scope);
    void loadAll(AlgorithmListModel &model);
    QString create(const api::Algorithm &a);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QStringList m_ids; // oldest first
};

void TestAlgorithmListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    for (int i = 0; i < kAlgorithms; ++i)
    {
        const QString id = create(algorithm(QStringLiteral("algo-%1").arg(i), i % 2 == 1, i));
        QVERIFY(!id.isEmpty());
        m_ids << id;
        // Distinct create_time (ms), so "newest first" has one answer: the clock moves on.
        const qint64 created = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > created);
    }
}

void TestAlgorithmListModel::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

QString TestAlgorithmListModel::create(const api::Algorithm &a)
{
    const api::ApiResult r = callAndWait(*m_client, api::algorithms::create(a));
    return r.ok() ? api::fromBody<api::Algorithm>(r.body).metadata.id.value_or(QString()) : QString();
}

void TestAlgorithmListModel::attach(AlgorithmListModel &model, const QString &scope)
{
    model.setClient(m_client.get());
    model.setScope(scope);
}

void TestAlgorithmListModel::loadAll(AlgorithmListModel &model)
{
    QSignalSpy loaded(&model, &AlgorithmListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    while (model.canFetchMore(QModelIndex()))
    {
        model.fetchMore(QModelIndex());
        QVERIFY(loaded.wait(kWaitMs));
    }
    QVERIFY(!model.state().hasError());
}

void TestAlgorithmListModel::emptyModel()
{
    AlgorithmListModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AlgorithmListModel::ColumnCount));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (int c = 0; c < AlgorithmListModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.algorithmAt(0));
}

void TestAlgorithmListModel::listsAlgorithmsNewestFirst()
{
    AlgorithmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    attach(model, QStringLiteral("list"));
    loadAll(model);
    QCOMPARE(model.rowCount(), kAlgorithms);
    QCOMPARE(model.totalCount(), kAlgorithms);
    for (int row = 0; row < kAlgorithms; ++row)
    {
        const int i = kAlgorithms - 1 - row;
        const auto at = [&](int column, int role = Qt::DisplayRole)
        {
            return model.index(row, column).data(role);
        };
        QCOMPARE(at(AlgorithmListModel::Name).toString(), QStringLiteral("algo-%1").arg(i));
        QCOMPARE(at(0, AlgorithmListModel::AlgorithmIdRole).toString(), m_ids[i]);
        QCOMPARE(at(AlgorithmListModel::BootMode).toString(),
            AlgorithmListModel::bootModeText(
                i % 2 == 1 ? api::AlgorithmBootMode::CustomImage : api::AlgorithmBootMode::PresetImage));
        QCOMPARE(at(AlgorithmListModel::Image).toString(),
            i % 2 == 1 ? QStringLiteral("team/algo-%1:1").arg(i)
                       : AlgorithmListModel::tr("%1 %2", "engine name and version")
                             .arg(QStringLiteral("PyTorch"), QStringLiteral("2.1")));
        QCOMPARE(at(AlgorithmListModel::Hyperparameters, AlgorithmListModel::SortRole).toInt(), i);
        QCOMPARE(at(AlgorithmListModel::Description).toString(), QStringLiteral("about algo-%1").arg(i));
        QVERIFY(at(AlgorithmListModel::Created, AlgorithmListModel::SortRole).toLongLong() > 0);
        QCOMPARE(at(0, AlgorithmListModel::AlgorithmRole).value<api::Algorithm>().metadata.name,
            QStringLiteral("algo-%1").arg(i));
    }
}

void TestAlgorithmListModel::pagesWithFetchMore()
{
    AlgorithmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    attach(model, QStringLiteral("paged"));
    model.setPageSize(2);
    QSignalSpy loaded(&model, &AlgorithmListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore(QModelIndex()));
    loadAll(model);
    QCOMPARE(model.rowCount(), kAlgorithms);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.prepend(model.index(row, 0).data(AlgorithmListModel::AlgorithmIdRole).toString());
    QCOMPARE(ids, m_ids);
}

void TestAlgorithmListModel::searchesByName()
{
    AlgorithmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    attach(model, QStringLiteral("search"));
    model.setSearchText(QStringLiteral("  ALGO-3 "));
    loadAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AlgorithmListModel::Name).data().toString(), QStringLiteral("algo-3"));
}

void TestAlgorithmListModel::refreshFollowsCreateAndDeleteWithoutReset()
{
    AlgorithmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    attach(model, QStringLiteral("refresh"));
    loadAll(model);
    QCOMPARE(model.rowCount(), kAlgorithms);

    QSignalSpy resets(&model, &AlgorithmListModel::modelReset);
    QSignalSpy inserted(&model, &AlgorithmListModel::rowsInserted);
    QSignalSpy removed(&model, &AlgorithmListModel::rowsRemoved);
    QSignalSpy loaded(&model, &AlgorithmListModel::loaded);

    const QString added = create(algorithm(QStringLiteral("algo-new"), true, 1));
    QVERIFY(!added.isEmpty());
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), kAlgorithms + 1);
    QCOMPARE(model.index(0, 0).data(AlgorithmListModel::AlgorithmIdRole).toString(), added);
    QCOMPARE(inserted.count(), 1);

    QVERIFY(callAndWait(*m_client, api::algorithms::remove(m_ids[2])).ok());
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), kAlgorithms);
    QCOMPARE(model.rowOf(m_ids[2]), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
}

QTEST_GUILESS_MAIN(TestAlgorithmListModel)
#include "tst_algorithmlistmodel.moc"
