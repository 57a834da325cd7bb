// RemoteListModel against a scripted HTTP server, with a traits of plain JSON items: every
// paging convention the API uses (page number, item offset, 1-based page, continue token),
// refreshes applied as inserts, removes, moves and column-masked dataChanged and never a
// reset, the half rule, a 20,000-row diff computed off the UI thread and dropped when the
// data set changes under it, and the tail mode of append-only lists. Every model runs under
// QAbstractItemModelTester.

#include "api/apiclient.h"
#include "listmodeltesting.h"
#include "models/remotelistmodel.h"
#include "scriptedhttpserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>
#include <QUrlQuery>

using namespace ma;
using namespace Qt::StringLiterals;
using models::RemoteListModelBase;

namespace
{
constexpr int kWaitMs = 15000;

/** Items {"id", "name", "note"}: column 0 shows the name, column 1 the note, column 2 the id. */
struct JsonItemTraits
{
    using Item = api::Json;
    using Page = api::Json;
    using Derived = int; // unused

    static int derive(const Item &) { return 0; }
    static QString id(const Item &item) { return QString::fromStdString(item.value("id", std::string())); }
    static std::vector<Item> takeItems(Page &page)
    {
        std::vector<Item> items;
        for (api::Json &item : page["items"])
            items.push_back(std::move(item));
        return items;
    }
    static std::optional<qint64> total(const Page &page)
    {
        return page.contains("count") ? std::optional<qint64>(page["count"].get<qint64>()) : std::nullopt;
    }
    static QString continueToken(const Page &page)
    {
        return QString::fromStdString(page.value("continue", std::string()));
    }
    static models::ColumnMask changedColumns(const Item &a, const Item &b)
    {
        models::ColumnMask mask = 0;
        if (a.value("name", std::string()) != b.value("name", std::string()))
            mask |= models::columnBit(0);
        if (a.value("note", std::string()) != b.value("note", std::string()))
            mask |= models::columnBit(1);
        return mask;
    }
};

class JsonListModel final : public models::RemoteListModel<JsonItemTraits>
{
public:
    explicit JsonListModel(const Paging &paging)
        : RemoteListModel(paging, 3)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return QVariant();
        const api::Json &item = *itemAt(index.row());
        const char *key = index.column() == 0 ? "name" : index.column() == 1 ? "note" : "id";
        return QString::fromStdString(item.value(key, std::string()));
    }

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override
    {
        api::ApiRequest request;
        request.path = QStringLiteral("/v1/items");
        request.query = cursor.queryItems();
        return request;
    }
};

/** Items served in a fixed order under the four paging conventions. */
class FakeItems
{
public:
    FakeItems(test::ScriptedHttpServer &server, api::PageConvention convention)
        : m_convention(convention)
    {
        server.setHandler([this](const test::ReceivedRequest &req) { return answer(req); });
    }

    static api::Json item(int n, const std::string &note = "")
    {
        return { { "id", "id-" + std::to_string(n) }, { "name", "item-" + std::to_string(n) }, { "note", note } };
    }

    void fill(int count)
    {
        items.clear();
        for (int n = 0; n < count; ++n)
            items.push_back(item(n));
    }

    int indexOf(int n) const
    {
        for (std::size_t i = 0; i < items.size(); ++i)
        {
            if (items[i]["id"] == "id-" + std::to_string(n))
                return static_cast<int>(i);
        }
        return -1;
    }

    QStringList names() const
    {
        QStringList out;
        for (const api::Json &j : items)
            out << QString::fromStdString(j["name"].get<std::string>());
        return out;
    }

    std::vector<api::Json> items;
    QList<QUrlQuery> queries; // of the requests received, in order
    std::function<int(int first)> delayFor; // ms before the page starting at item @p first is answered
    int maxInFlight = 0; // the most requests received and not yet answered at one time

private:
    test::ScriptedReply answer(const test::ReceivedRequest &req)
    {
        const qsizetype mark = req.target.indexOf('?');
        const QUrlQuery query(mark < 0 ? QString() : QString::fromUtf8(req.target.mid(mark + 1)));
        queries << query;
        const auto number = [&](const char *key, int fallback)
        {
            const QString v = query.queryItemValue(QLatin1String(key));
            return v.isEmpty() ? fallback : v.toInt();
        };
        int first = 0;
        int limit = number("limit", 10);
        switch (m_convention)
        {
        case api::PageConvention::PageNumber:
            first = number("offset", 0) * limit;
            break;
        case api::PageConvention::ItemOffset:
            first = number("offset", 0);
            break;
        case api::PageConvention::OneBasedPage:
            limit = number("per_page", 10);
            first = (number("page", 1) - 1) * limit;
            break;
        case api::PageConvention::ContinueToken:
            first = number("continue", 0);
            break;
        }
        const int count = static_cast<int>(items.size());
        api::Json page = api::Json::object();
        page["items"] = api::Json::array();
        for (int i = first; i < std::min(count, first + limit); ++i)
            page["items"].push_back(items[static_cast<std::size_t>(i)]);
        if (m_convention == api::PageConvention::ContinueToken)
            page["continue"] = first + limit < count ? std::to_string(first + limit) : std::string();
        else
            page["count"] = count;
        test::ScriptedReply reply = test::ScriptedReply::json(200, QByteArray::fromStdString(page.dump()));
        reply.delayMs = delayFor ? delayFor(first) : 0;
        if (!m_clock.isValid())
            m_clock.start();
        const qint64 now = m_clock.elapsed();
        m_answerAt.erase(std::remove_if(m_answerAt.begin(), m_answerAt.end(), [now](qint64 at) { return at <= now; }),
            m_answerAt.end());
        m_answerAt.push_back(now + reply.delayMs);
        maxInFlight = std::max(maxInFlight, static_cast<int>(m_answerAt.size()));
        return reply;
    }

    api::PageConvention m_convention;
    QElapsedTimer m_clock;
    std::vector<qint64> m_answerAt; // when the replies not yet sent go out
};

/** A pool whose one thread is held until release(): a diff queued there waits, visibly. */
class HeldPool
{
public:
    HeldPool()
    {
        pool.setMaxThreadCount(1);
        pool.start([this] { m_gate.acquire(); });
    }
    ~HeldPool() { release(); }
    void release()
    {
        if (!m_released)
            m_gate.release();
        m_released = true;
    }

    QThreadPool pool;

private:
    QSemaphore m_gate;
    bool m_released = false;
};

struct Fixture
{
    explicit Fixture(api::PageConvention convention, int pageSize = 5, int maxPageSize = 100)
        : fake(server, convention)
        , model(paging(convention, pageSize, maxPageSize))
    {
    }

    static RemoteListModelBase::Paging paging(api::PageConvention convention, int pageSize, int maxPageSize)
    {
        RemoteListModelBase::Paging p;
        p.convention = convention;
        p.pageSize = pageSize;
        p.maxPageSize = maxPageSize;
        p.refreshWindow = 100000;
        return p;
    }

    bool start(int items)
    {
        if (!server.start())
            return false;
        fake.fill(items);
        client = ma::test::attachModel(model, server);
        return true;
    }

    bool loadAll() { return ma::test::loadAllPages(model, loaded, kWaitMs) && model.state().complete; }

    bool refresh()
    {
        model.refresh();
        return loaded.wait(kWaitMs);
    }

    QStringList names() const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, 0).data().toString();
        return out;
    }

    test::ScriptedHttpServer server;
    FakeItems fake;
    std::unique_ptr<api::ApiClient> client;
    JsonListModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
    QSignalSpy loaded { &model, &RemoteListModelBase::loaded };
};

QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> out;
    for (const QList<QVariant> &args : spy)
        out << std::make_pair(args.at(1).toInt(), args.at(2).toInt());
    return out;
}

/** Every signal a refresh may emit, and the ones it must not. */
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};
} // namespace

Q_DECLARE_METATYPE(ma::api::PageConvention)

class TestRemoteListModel : public QObject
{
    Q_OBJECT

private slots:
    void pagingKinds_data();
    void pagingKinds();
    void refreshDiffsWithoutReset_data();
    void refreshDiffsWithoutReset();
    void changesAreColumnMasked();
    void mostRowsChangedIsOneSignal();
    void scopeChangeDropsThePageInFlight();
    void largeDiffRunsOffTheUiThread();
    void bigPlanIsReplayedBetweenEvents();
    void diffOfRowsNoLongerShownIsDropped();
    void tailModeAppendsAndRestartsWhenTheListShrinks();
    void pagesReadAheadKeepTheirOrder_data();
    void pagesReadAheadKeepTheirOrder();
    void refreshOfTenChangedRowsSignalsOnlyThem_data();
    void refreshOfTenChangedRowsSignalsOnlyThem();
    void reloadKeepsTheLoadedRows();
    void fetchMoreGoesPastAPageAlreadyShown();
    void supersededRefreshNeverApplies();
};

void TestRemoteListModel::pagingKinds_data()
{
    QTest::addColumn<api::PageConvention>("convention");
    QTest::addColumn<QStringList>("firstQueries"); // the paging keys of pages 1..3
    QTest::newRow("page number (v2 search, workspaces)")
        << api::PageConvention::PageNumber
        << QStringList { u"limit=5&offset=0"_s, u"limit=5&offset=1"_s, u"limit=5&offset=2"_s };
    QTest::newRow("item offset (notebooks, events)")
        << api::PageConvention::ItemOffset
        << QStringList { u"limit=5&offset=0"_s, u"limit=5&offset=5"_s, u"limit=5&offset=10"_s };
    QTest::newRow("1-based page (v1 training)")
        << api::PageConvention::OneBasedPage
        << QStringList { u"page=1&per_page=5"_s, u"page=2&per_page=5"_s, u"page=3&per_page=5"_s };
    QTest::newRow("continue token (nodes, networks)")
        << api::PageConvention::ContinueToken
        << QStringList { u"limit=5"_s, u"continue=5&limit=5"_s, u"continue=10&limit=5"_s };
}

void TestRemoteListModel::pagingKinds()
{
    QFETCH(api::PageConvention, convention);
    QFETCH(QStringList, firstQueries);
    Fixture f(convention);
    QVERIFY(f.start(23));
    Spies spies(&f.model);
    QVERIFY(!f.model.canFetchMore(QModelIndex())); // nothing before the first reload

    f.model.reload();
    QVERIFY(f.model.state().loading);
    QVERIFY(f.loaded.wait(kWaitMs));
    QCOMPARE(f.model.rowCount(), 5);
    QVERIFY(f.model.canFetchMore(QModelIndex()));
    f.model.fetchMore(QModelIndex());
    QVERIFY(!f.model.canFetchMore(QModelIndex())); // one request at a time
    QVERIFY(f.loaded.wait(kWaitMs));
    while (f.model.canFetchMore(QModelIndex()))
    {
        f.model.fetchMore(QModelIndex());
        QVERIFY(f.loaded.wait(kWaitMs));
    }
    QVERIFY(f.model.state().complete);
    QCOMPARE(f.names(), f.fake.names());
    QCOMPARE(f.fake.queries.size(), 5); // 5 + 5 + 5 + 5 + 3
    // Pages read ahead are in flight together and may reach the server in any order; the rows
    // below prove they were applied in page order.
    QStringList sent;
    for (QUrlQuery query : std::as_const(f.fake.queries))
    {
        auto items = query.queryItems();
        std::sort(items.begin(), items.end());
        query.setQueryItems(items);
        sent << query.toString();
    }
    for (const QString &expected : firstQueries)
        QVERIFY2(sent.contains(expected), qPrintable(expected + u" not in " + sent.join(u", ")));
    QCOMPARE(sent.first(), firstQueries.first()); // the first page is asked for alone
    // Appended page by page, never reset.
    QCOMPARE(ranges(spies.inserted),
        (QList<std::pair<int, int>> { { 0, 4 }, { 5, 9 }, { 10, 14 }, { 15, 19 }, { 20, 22 } }));
    QCOMPARE(spies.reset.count(), 0);
    for (int r = 0; r < f.model.rowCount(); ++r)
        QCOMPARE(f.model.rowOf(QStringLiteral("id-%1").arg(r)), r);
}

void TestRemoteListModel::refreshDiffsWithoutReset_data()
{
    pagingKinds_data();
}

void TestRemoteListModel::refreshDiffsWithoutReset()
{
    QFETCH(api::PageConvention, convention);
    Fixture f(convention);
    QVERIFY(f.start(20));
    QVERIFY(f.loadAll());
    QItemSelectionModel selection(&f.model);
    selection.select(f.model.index(15, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // Remove rows 2-4 and 12, insert two items after row 6 and one on top, move item 18
    // to the second place and change the note of item 9.
    auto &items = f.fake.items;
    items.erase(items.begin() + 12);
    items.erase(items.begin() + 2, items.begin() + 5);
    items.insert(items.begin() + 4, { FakeItems::item(100), FakeItems::item(101) });
    items.insert(items.begin(), FakeItems::item(102));
    const int from = f.fake.indexOf(18);
    std::rotate(items.begin() + 1, items.begin() + from, items.begin() + from + 1);
    items[static_cast<std::size_t>(f.fake.indexOf(9))]["note"] = "edited";

    Spies spies(&f.model);
    QVERIFY(f.refresh());
    QCOMPARE(f.names(), f.fake.names());
    QCOMPARE(ranges(spies.removed), (QList<std::pair<int, int>> { { 12, 12 }, { 2, 4 } }));
    QCOMPARE(spies.moved.count(), 1);
    QCOMPARE(ranges(spies.inserted), (QList<std::pair<int, int>> { { 0, 0 }, { 6, 7 } }));
    QCOMPARE(spies.changed.count(), 1);
    const int edited = f.model.rowOf(QStringLiteral("id-9"));
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), f.model.index(edited, 1));
    QCOMPARE(spies.changed.at(0).at(1).toModelIndex(), f.model.index(edited, 1));
    QCOMPARE(f.model.index(edited, 1).data().toString(), QStringLiteral("edited"));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    // The selection followed its item.
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(f.model.idsForRows({ selection.selectedRows().constFirst().row() }), QStringList { u"id-15"_s });
    for (int r = 0; r < f.model.rowCount(); ++r)
        QCOMPARE(f.model.rowOf(f.model.idsForRows({ r }).constFirst()), r);

    // Nothing new: no signal at all.
    Spies again(&f.model);
    QVERIFY(f.refresh());
    QCOMPARE(again.inserted.count() + again.removed.count() + again.moved.count() + again.changed.count(), 0);
}

void TestRemoteListModel::changesAreColumnMasked()
{
    Fixture f(api::PageConvention::ItemOffset);
    QVERIFY(f.start(10));
    QVERIFY(f.loadAll());
    auto &items = f.fake.items;
    items[3]["note"] = "a";
    items[4]["note"] = "b";
    items[6]["name"] = "renamed";
    items[6]["note"] = "c";
    items[8]["name"] = "renamed too";
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.refresh());
    QList<std::pair<QModelIndex, QModelIndex>> got;
    for (const QList<QVariant> &args : changed)
        got << std::make_pair(args.at(0).toModelIndex(), args.at(1).toModelIndex());
    const auto idx = [&](int r, int c)
    {
        return f.model.index(r, c);
    };
    // Consecutive rows with the same columns share one signal; columns 0-1 of row 6 are one range.
    QCOMPARE(got,
        (QList<std::pair<QModelIndex, QModelIndex>> {
            { idx(3, 1), idx(4, 1) }, { idx(6, 0), idx(6, 1) }, { idx(8, 0), idx(8, 0) } }));
}

void TestRemoteListModel::mostRowsChangedIsOneSignal()
{
    Fixture f(api::PageConvention::ItemOffset);
    QVERIFY(f.start(10));
    QVERIFY(f.loadAll());
    for (std::size_t row : { 0, 2, 4, 6, 8, 9 }) // six of ten, in five runs
        f.fake.items[row]["note"] = "changed";
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.refresh());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), f.model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), f.model.index(9, 2));

    // Exactly half is not "more than half": one signal per run.
    for (std::size_t row : { 0, 1, 2, 3, 4 })
        f.fake.items[row]["note"] = "again";
    changed.clear();
    QVERIFY(f.refresh());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), f.model.index(0, 1));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), f.model.index(4, 1));
}

void TestRemoteListModel::scopeChangeDropsThePageInFlight()
{
    Fixture f(api::PageConvention::PageNumber);
    QVERIFY(f.start(10));
    QVERIFY(f.loadAll());
    QCOMPARE(f.model.rowCount(), 5 * 2);
    // The server answers late; meanwhile the user switches project.
    f.fake.items.erase(f.fake.items.begin());
    test::ScriptedReply slow = test::ScriptedReply::json(200, R"({"count":1,"items":[{"id":"stale","name":"x"}]})");
    slow.delayMs = 300;
    f.server.enqueue("/v1/items", slow);
    Spies spies(&f.model);
    QSignalSpy request(&f.server, &test::ScriptedHttpServer::requestReceived);
    f.model.refresh();
    QVERIFY(request.wait(kWaitMs));
    f.model.setScope(QStringLiteral("another project"));
    QCOMPARE(spies.reset.count(), 1);
    QVERIFY(!f.model.state().loading);
    QVERIFY(!f.loaded.wait(800)); // the late answer is dropped, not applied
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(spies.inserted.count(), 0);
}

void TestRemoteListModel::largeDiffRunsOffTheUiThread()
{
    constexpr int kRows = 20000;
    Fixture f(api::PageConvention::ContinueToken, 1000, 1000);
    QVERIFY(f.start(kRows));
    QVERIFY(f.loadAll());
    QCOMPARE(f.model.rowCount(), kRows);

    // 0.1% removed, 0.15% added (on top and in the middle), 1% changed.
    auto &items = f.fake.items;
    for (int i = kRows - 1000; i > 0; i -= 1000)
        items.erase(items.begin() + i);
    for (int i = 0; i < 200; ++i)
        items[static_cast<std::size_t>(i * 97)]["note"] = "changed";
    for (int i = 0; i < 10; ++i)
        items.insert(items.begin() + 5000, FakeItems::item(kRows + i));
    for (int i = 0; i < 20; ++i)
        items.insert(items.begin(), FakeItems::item(kRows + 100 + i));

    HeldPool held;
    f.model.setOffThreadDiff(1000, &held.pool);
    Spies spies(&f.model);
    f.model.refresh();
    // Every page is read, then the diff waits for its thread while the UI thread goes on.
    QTRY_VERIFY_WITH_TIMEOUT(f.model.isDiffing(), kWaitMs);
    QVERIFY(f.model.state().loading);
    QCOMPARE(f.model.rowCount(), kRows);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.changed.count(), 0);

    held.release();
    QVERIFY(f.loaded.wait(kWaitMs));
    QVERIFY(!f.model.isDiffing());
    QCOMPARE(f.names(), f.fake.names());
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.moved.count(), 0);
    QCOMPARE(spies.removed.count(), 19); // one per vanished item, none adjacent
    QCOMPARE(ranges(spies.inserted), (QList<std::pair<int, int>> { { 0, 19 }, { 5020, 5029 } }));
    int changedRows = 0;
    for (const QList<QVariant> &args : spies.changed)
    {
        QCOMPARE(args.at(0).toModelIndex().column(), 1);
        changedRows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
    }
    int notes = 0;
    for (const api::Json &item : items)
        notes += item["note"] == "changed";
    QCOMPARE(changedRows, notes);
    for (int r = 0; r < f.model.rowCount(); r += 997)
        QCOMPARE(f.model.rowOf(f.model.idsForRows({ r }).constFirst()), r);
}

void TestRemoteListModel::bigPlanIsReplayedBetweenEvents()
{
    constexpr int kRows = 20000;
    Fixture f(api::PageConvention::ContinueToken, 1000, 1000);
    QVERIFY(f.start(kRows));
    QVERIFY(f.loadAll());
    // 19 items gone and 5 new ones, none adjacent: 24 row operations.
    auto &items = f.fake.items;
    for (int i = kRows - 1000; i > 0; i -= 1000)
        items.erase(items.begin() + i);
    for (int i = 0; i < 5; ++i)
        items.insert(items.begin() + 3000 * (i + 1), FakeItems::item(kRows + i));

    f.model.setOffThreadDiff(1000);
    f.model.setReplayStepMs(0); // one row operation per event-loop turn
    Spies spies(&f.model);
    // A 0 ms timer beats whenever the event loop runs: each operation should come in a turn
    // of its own, with the rows whole (the tester checks) and the model still diffing.
    int beats = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++beats; });
    heartbeat.start(0);
    QList<int> beatAtOperation;
    bool diffingThroughout = true;
    const auto operation = [&]
    {
        beatAtOperation << beats;
        diffingThroughout = diffingThroughout && f.model.isDiffing();
    };
    connect(&f.model, &QAbstractItemModel::rowsRemoved, this, operation);
    connect(&f.model, &QAbstractItemModel::rowsInserted, this, operation);
    f.model.refresh();
    QVERIFY(f.loaded.wait(kWaitMs));
    heartbeat.stop();

    QCOMPARE(beatAtOperation.size(), 24);
    for (int i = 1; i < beatAtOperation.size(); ++i)
        QVERIFY2(beatAtOperation[i] > beatAtOperation[i - 1], qPrintable(QString::number(i)));
    QVERIFY(diffingThroughout);
    QVERIFY(!f.model.isDiffing());
    QCOMPARE(f.names(), f.fake.names());
    QCOMPARE(spies.reset.count(), 0);
    for (int r = 0; r < f.model.rowCount(); r += 997)
        QCOMPARE(f.model.rowOf(f.model.idsForRows({ r }).constFirst()), r);
}

void TestRemoteListModel::diffOfRowsNoLongerShownIsDropped()
{
    Fixture f(api::PageConvention::ItemOffset, 100, 100);
    QVERIFY(f.start(3000));
    QVERIFY(f.loadAll());
    f.fake.items.erase(f.fake.items.begin() + 10);

    // A reload overtakes the refresh whose diff waits for its thread.
    {
        HeldPool held;
        f.model.setOffThreadDiff(1000, &held.pool);
        f.model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(f.model.isDiffing(), kWaitMs);
        f.model.setOffThreadDiff(1000000); // the reload's own diff runs in place
        Spies spies(&f.model);
        f.loaded.clear();
        f.model.reload();
        QVERIFY(!f.model.isDiffing());
        QVERIFY(f.loaded.wait(kWaitMs));
        held.release();
        held.pool.waitForDone();
        QCoreApplication::processEvents(); // the stale plan's finished signal
        QCOMPARE(f.loaded.count(), 1);
        // The reload re-reads every row loaded (F5 keeps them): only the vanished one goes.
        QCOMPARE(f.model.rowCount(), 2999);
        QCOMPARE(f.names(), f.fake.names());
        QCOMPARE(ranges(spies.removed), (QList<std::pair<int, int>> { { 10, 10 } }));
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.reset.count(), 0);
    }

    // A scope change while the diff waits: the plan is dropped after the reset.
    QVERIFY(f.loadAll());
    HeldPool held;
    f.model.setOffThreadDiff(1000, &held.pool);
    f.model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(f.model.isDiffing(), kWaitMs);
    Spies spies(&f.model);
    f.loaded.clear();
    f.model.setScope(QStringLiteral("another project"));
    held.release();
    held.pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(f.loaded.count(), 0);
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.changed.count(), 0);
}

void TestRemoteListModel::tailModeAppendsAndRestartsWhenTheListShrinks()
{
    test::ScriptedHttpServer server;
    FakeItems fake(server, api::PageConvention::ItemOffset);
    QVERIFY(server.start());
    fake.fill(12);
    api::ApiClient client(api::Endpoints { server.url(), server.url() });
    RemoteListModelBase::Paging paging = Fixture::paging(api::PageConvention::ItemOffset, 5, 5);
    paging.refresh = RemoteListModelBase::RefreshMode::Tail;
    JsonListModel model(paging);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&client);
    QSignalSpy loaded(&model, &RemoteListModelBase::loaded);
    Spies spies(&model);

    model.refresh(); // every page to the end, one loaded()
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(fake.queries.size(), 3);

    fake.items.push_back(FakeItems::item(50));
    fake.items.push_back(FakeItems::item(51));
    fake.queries.clear();
    model.refresh();
    model.refresh(); // queued: one more read once this one ends
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(fake.queries.size(), 2);
    QCOMPARE(fake.queries.at(0).queryItemValue(u"offset"_s), u"12"_s);
    QCOMPARE(fake.queries.at(1).queryItemValue(u"offset"_s), u"14"_s);
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(ranges(spies.inserted).constLast(), std::make_pair(12, 13));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 0);

    // Old items dropped by the service (retention): the only case that starts over.
    fake.items.erase(fake.items.begin(), fake.items.begin() + 10);
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("item-10"));
}

void TestRemoteListModel::pagesReadAheadKeepTheirOrder_data()
{
    QTest::addColumn<api::PageConvention>("convention");
    QTest::newRow("page number") << api::PageConvention::PageNumber;
    QTest::newRow("item offset") << api::PageConvention::ItemOffset;
    QTest::newRow("1-based page") << api::PageConvention::OneBasedPage;
}

void TestRemoteListModel::pagesReadAheadKeepTheirOrder()
{
    QFETCH(api::PageConvention, convention);
    Fixture f(convention);
    QVERIFY(f.start(57));
    // Pages further down answer first: the pages read ahead arrive out of order.
    f.fake.delayFor = [](int first)
    {
        return first == 0 ? 0 : std::max(0, 120 - 2 * first);
    };
    Spies spies(&f.model);
    QVERIFY(f.loadAll());
    QVERIFY2(f.fake.maxInFlight > 1, "pages are read ahead, several at a time");
    QCOMPARE(f.fake.queries.size(), 12); // each page once: 11 × 5 + 2
    QCOMPARE(f.names(), f.fake.names());
    QList<std::pair<int, int>> pages;
    for (int first = 0; first < 57; first += 5)
        pages << std::make_pair(first, std::min(first + 4, 56));
    QCOMPARE(ranges(spies.inserted), pages); // appended page by page, in order
    QCOMPARE(spies.reset.count(), 0);
    for (int r = 0; r < f.model.rowCount(); ++r)
        QCOMPARE(f.model.rowOf(QStringLiteral("id-%1").arg(r)), r);
}

void TestRemoteListModel::refreshOfTenChangedRowsSignalsOnlyThem_data()
{
    QTest::addColumn<bool>("offThread");
    QTest::newRow("diff in place") << false;
    QTest::newRow("diff off the UI thread") << true;
}

void TestRemoteListModel::refreshOfTenChangedRowsSignalsOnlyThem()
{
    QFETCH(bool, offThread);
    Fixture f(api::PageConvention::ItemOffset, 50);
    QVERIFY(f.start(500));
    QVERIFY(f.loadAll());
    if (offThread)
        f.model.setOffThreadDiff(1);
    const QList<int> rows { 3, 47, 48, 120, 121, 122, 250, 333, 401, 499 };
    for (int row : rows)
        f.fake.items[static_cast<std::size_t>(row)]["note"] = "changed";
    Spies spies(&f.model);
    QVERIFY(f.refresh());
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.moved.count(), 0);
    // One signal per run of consecutive rows, in the note column only.
    QList<QList<int>> got;
    for (const QList<QVariant> &args : spies.changed)
    {
        const QModelIndex from = args.at(0).toModelIndex(), to = args.at(1).toModelIndex();
        got << QList<int> { from.row(), to.row(), from.column(), to.column() };
    }
    QCOMPARE(got,
        (QList<QList<int>> { { 3, 3, 1, 1 }, { 47, 48, 1, 1 }, { 120, 122, 1, 1 }, { 250, 250, 1, 1 },
            { 333, 333, 1, 1 }, { 401, 401, 1, 1 }, { 499, 499, 1, 1 } }));
    for (int row : rows)
        QCOMPARE(f.model.index(row, 1).data().toString(), QStringLiteral("changed"));
    QCOMPARE(f.model.rowCount(), 500);
}

void TestRemoteListModel::reloadKeepsTheLoadedRows()
{
    Fixture f(api::PageConvention::PageNumber);
    QVERIFY(f.start(23));
    QVERIFY(f.loadAll());
    f.fake.items[17]["note"] = "changed";
    f.fake.items.erase(f.fake.items.begin() + 20);
    Spies spies(&f.model);
    f.loaded.clear();
    f.model.reload(); // F5
    QVERIFY(f.loaded.wait(kWaitMs));
    QCOMPARE(f.loaded.count(), 1);
    // Every row loaded was re-read: nothing below the first page is dropped for being there.
    QCOMPARE(f.model.rowCount(), 22);
    QCOMPARE(f.names(), f.fake.names());
    QCOMPARE(ranges(spies.removed), (QList<std::pair<int, int>> { { 20, 20 } }));
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), f.model.index(17, 1));
    QCOMPARE(f.model.index(17, 1).data().toString(), QStringLiteral("changed"));
    QVERIFY(f.model.state().complete);
}

void TestRemoteListModel::fetchMoreGoesPastAPageAlreadyShown()
{
    Fixture f(api::PageConvention::ItemOffset);
    QVERIFY(f.start(30));
    f.model.reload();
    QVERIFY(f.loaded.wait(kWaitMs));
    QCOMPARE(f.model.rowCount(), 5);
    // Five jobs created on top: the next page (offset 5) holds the five rows already shown.
    for (int n = 0; n < 5; ++n)
        f.fake.items.insert(f.fake.items.begin(), FakeItems::item(100 + n));
    Spies spies(&f.model);
    f.loaded.clear();
    f.model.fetchMore(QModelIndex());
    QVERIFY(f.loaded.wait(kWaitMs));
    QCOMPARE(f.loaded.count(), 1);
    // That page adds nothing, so the same fetch goes on to the next one.
    QCOMPARE(f.model.rowCount(), 10);
    QCOMPARE(ranges(spies.inserted), (QList<std::pair<int, int>> { { 5, 9 } }));
    for (int n = 0; n < 10; ++n)
        QCOMPARE(f.model.index(n, 0).data().toString(), QStringLiteral("item-%1").arg(n));
}

void TestRemoteListModel::supersededRefreshNeverApplies()
{
    Fixture f(api::PageConvention::PageNumber);
    QVERIFY(f.start(10));
    QVERIFY(f.loadAll());
    // The refresh's answers are slow; the data changes again and F5 overtakes it.
    f.fake.delayFor = [](int)
    {
        return 300;
    };
    f.fake.items[3]["note"] = "seen by the refresh";
    QSignalSpy request(&f.server, &test::ScriptedHttpServer::requestReceived);
    QStringList notesShown;
    QObject::connect(&f.model, &QAbstractItemModel::dataChanged, &f.model,
        [&](const QModelIndex &from, const QModelIndex &to)
        {
            for (int r = from.row(); r <= to.row(); ++r)
                notesShown << f.model.index(r, 1).data().toString();
        });
    f.model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(request.count(), 2, kWaitMs); // both pages asked for, answers on their way
    f.fake.items[3]["note"] = "seen by the reload";
    f.fake.delayFor = nullptr;
    f.loaded.clear();
    f.model.reload();
    QVERIFY(f.loaded.wait(kWaitMs));
    QVERIFY(!f.loaded.wait(700)); // the refresh's late answers come and are dropped
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.model.index(3, 1).data().toString(), QStringLiteral("seen by the reload"));
    QVERIFY(!notesShown.contains(QStringLiteral("seen by the refresh")));
    QCOMPARE(notesShown, QStringList { QStringLiteral("seen by the reload") });
}

QTEST_GUILESS_MAIN(TestRemoteListModel)
#include "tst_remotelistmodel.moc"
