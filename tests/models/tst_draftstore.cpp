// DraftStore: the autosaved Create Training Job draft survives a round trip through disk,
// carries the time it was saved, is replaced atomically, and can be cleared.

#include "models/draftstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::DraftStore;
using models::TrainingJobDraft;

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void loadWithoutFileIsEmpty();
    void saveAndLoadRoundTrip();
    void saveReplacesPreviousDraft();
    void clearRemovesDraft();
    void keysAreSeparateAndSanitized();
    void corruptFileIsIgnored();
};

void TestDraftStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftStore::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
        .removeRecursively();
}

void TestDraftStore::loadWithoutFileIsEmpty()
{
    DraftStore store(QStringLiteral("empty"));
    QVERIFY(!store.exists());
    QVERIFY(!store.load().has_value());
    QVERIFY(store.clear());
}

void TestDraftStore::saveAndLoadRoundTrip()
{
    DraftStore store(QStringLiteral("round-trip"));
    TrainingJobDraft draft = TrainingJobDraft::withDefaults();
    draft.name = QStringLiteral("resnet-draft");
    draft.description = QStringLiteral("Half-filled form");
    draft.bootMode = TrainingJobDraft::BootMode::CustomImage;
    draft.image = QStringLiteral("org/train:1.0");
    draft.bootCommand = QStringLiteral("python train.py && echo done");
    draft.dedicatedPool = true;
    draft.poolId = QStringLiteral("local");
    draft.nodeCount = 2;
    draft.hyperparameters = { { QStringLiteral("lr"), QStringLiteral("0.01") } };
    draft.autoStop = true;
    draft.autoStopHours = 12;

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QString error;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    QVERIFY(store.exists());
    QCOMPARE(store.filePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/round-trip.json"));

    const auto saved = store.load();
    QVERIFY(saved.has_value());
    QCOMPARE(saved->draft.name, draft.name);
    QCOMPARE(saved->draft.bootCommand, draft.bootCommand);
    QCOMPARE(saved->draft.poolId, draft.poolId);
    QCOMPARE(saved->draft.nodeCount, 2);
    QCOMPARE(saved->draft.autoStopHours, 12);
    QCOMPARE(saved->draft.hyperparameters, draft.hyperparameters);
    QVERIFY(saved->draft == draft);
    QVERIFY(saved->savedAt.isValid());
    QVERIFY(saved->savedAt >= before);
    QVERIFY(saved->savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    // QSaveFile leaves no temporary file next to the draft.
    const QStringList files = QDir(QFileInfo(store.filePath()).absolutePath()).entryList(QDir::Files);
    QCOMPARE(files, QStringList { QStringLiteral("round-trip.json") });
}

void TestDraftStore::saveReplacesPreviousDraft()
{
    DraftStore store(QStringLiteral("replace"));
    TrainingJobDraft first = TrainingJobDraft::withDefaults();
    first.name = QStringLiteral("first");
    TrainingJobDraft second = first;
    second.name = QStringLiteral("second");
    QVERIFY(store.save(first));
    QVERIFY(store.save(second));
    QCOMPARE(store.load()->draft.name, QStringLiteral("second"));
}

void TestDraftStore::clearRemovesDraft()
{
    DraftStore store(QStringLiteral("clear"));
    QVERIFY(store.save(TrainingJobDraft::withDefaults()));
    QVERIFY(store.exists());
    QVERIFY(store.clear());
    QVERIFY(!store.exists());
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(!store.load().has_value());
}

void TestDraftStore::keysAreSeparateAndSanitized()
{
    DraftStore a(QStringLiteral("create-training-job-Local"));
    DraftStore b(QStringLiteral("create-training-job-cn north/4"));
    QCOMPARE(b.key(), QStringLiteral("create-training-job-cn_north_4"));
    TrainingJobDraft da = TrainingJobDraft::withDefaults();
    da.name = QStringLiteral("a");
    TrainingJobDraft db = TrainingJobDraft::withDefaults();
    db.name = QStringLiteral("b");
    QVERIFY(a.save(da));
    QVERIFY(b.save(db));
    QCOMPARE(a.load()->draft.name, QStringLiteral("a"));
    QCOMPARE(b.load()->draft.name, QStringLiteral("b"));
    QVERIFY(b.clear());
    QVERIFY(a.exists());
    QVERIFY(!DraftStore(QStringLiteral("../escape")).filePath().contains(QStringLiteral("..")));
}

void TestDraftStore::corruptFileIsIgnored()
{
    DraftStore store(QStringLiteral("corrupt"));
    QVERIFY(store.save(TrainingJobDraft::withDefaults()));
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\":1,\"draft\":");
    file.close();
    QVERIFY(!store.load().has_value());

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[1,2,3]");
    file.close();
    QVERIFY(!store.load().has_value());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
