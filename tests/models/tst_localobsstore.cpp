// LocalObsStore: buckets, folder creation, URL <-> path, importing a folder (nested files, progress,
// cancellation, refusals) in the object store of modelarts-local.

#include "models/localobsstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ma::models;
using namespace Qt::StringLiterals;

namespace
{
void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return file.readAll();
}
} // namespace

class TestLocalObsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rootAndBuckets();
    void createBucket_data();
    void createBucket();
    void createFolder();
    void urlPathMapping();
    void importCopiesNestedFiles();
    void importReportsProgress();
    void importRefusals_data();
    void importRefusals();
    void importRefusesExistingCopy();
    void importCancelRemovesPartialCopy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_source;
};

void TestLocalObsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(u"data/obs"_s);
    QVERIFY(QDir().mkpath(m_root));
    m_source = m_dir->filePath(u"home/project"_s);
    writeFile(m_source + u"/train.py"_s, "print('train')\n");
    writeFile(m_source + u"/lib/model.py"_s, "class Model: pass\n");
    writeFile(m_source + u"/lib/nn/layers.py"_s, "LAYERS = 3\n");
    writeFile(m_source + u"/.config"_s, "hidden=1\n");
    QVERIFY(QDir().mkpath(m_source + u"/empty"_s));
}

void TestLocalObsStore::cleanup()
{
    m_dir.reset();
}

void TestLocalObsStore::rootAndBuckets()
{
    LocalObsStore store(m_root + u"/"_s);
    QCOMPARE(store.root(), QDir::cleanPath(m_root));
    QCOMPARE(store.buckets(), QStringList());
    QVERIFY(QDir().mkpath(m_root + u"/zeta-bucket"_s));
    QVERIFY(QDir().mkpath(m_root + u"/alpha.bucket"_s));
    QVERIFY(QDir().mkpath(m_root + u"/Not_A_Bucket"_s)); // invalid name: not a bucket
    writeFile(m_root + u"/file-bucket"_s, "x"); // a file is not a bucket
    QCOMPARE(store.buckets(), (QStringList { u"alpha.bucket"_s, u"zeta-bucket"_s }));
}

void TestLocalObsStore::createBucket_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << u"local-bucket"_s << true << QString();
    QTest::newRow("too short") << u"ab"_s << false << u"The bucket name \"ab\" must be 3 to 63 characters long."_s;
    QTest::newRow("upper case") << u"MyBucket"_s << false
                                << u"The bucket name \"MyBucket\" may contain only lowercase letters, digits, "
                                   "hyphens (-) and periods (.)."_s;
    QTest::newRow("ip address") << u"192.168.1.1"_s << false
                                << u"The bucket name \"192.168.1.1\" must not be formatted as an IP address."_s;
    QTest::newRow("slash") << u"a/b/c"_s << false
                           << u"The bucket name \"a/b/c\" may contain only lowercase letters, digits, "
                              "hyphens (-) and periods (.)."_s;
}

void TestLocalObsStore::createBucket()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    LocalObsStore store(m_root);
    QString message;
    QCOMPARE(store.createBucket(name, &message), ok);
    QCOMPARE(message, error);
    QCOMPARE(QFileInfo(m_root + u'/' + name).isDir(), ok);
    if (ok)
    {
        QCOMPARE(store.buckets(), QStringList { name });
        QVERIFY(!store.createBucket(name, &message));
        QCOMPARE(message, u"The bucket \"%1\" already exists."_s.arg(name));
    }
}

void TestLocalObsStore::createFolder()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(!store.createFolder(u"obs://missing-bucket/code/"_s, &error));
    QCOMPARE(error, u"The bucket \"missing-bucket\" does not exist."_s);
    QVERIFY(!QFileInfo::exists(m_root + u"/missing-bucket"_s));

    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    QVERIFY2(store.createFolder(u"obs://my-bucket/jobs/run-1/output/"_s, &error), qPrintable(error));
    QVERIFY(QFileInfo(m_root + u"/my-bucket/jobs/run-1/output"_s).isDir());

    QVERIFY(!store.createFolder(u"obs://my-bucket/jobs/run-1/output/"_s, &error));
    QCOMPARE(error, u"obs://my-bucket/jobs/run-1/output/ already exists."_s);

    QVERIFY(!store.createFolder(u"obs://my-bucket/jobs/../../escape/"_s, &error));
    QCOMPARE(error, u"The OBS URL \"obs://my-bucket/jobs/../../escape/\" must not contain \".\" or \"..\" segments."_s);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"data/escape"_s)));

    QVERIFY(!store.createFolder(u"s3://my-bucket/x/"_s, &error));
    QCOMPARE(error, u"\"s3://my-bucket/x/\" is not an OBS URL (expected obs://bucket/path)."_s);
}

void TestLocalObsStore::urlPathMapping()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    QVERIFY(store.createFolder(u"obs://my-bucket/code/"_s, &error));
    writeFile(m_root + u"/my-bucket/code/train.py"_s, "x");

    QCOMPARE(store.localPath(u"obs://my-bucket/code/"_s), m_root + u"/my-bucket/code"_s);
    QCOMPARE(store.localPath(u"obs://my-bucket/code/train.py"_s), m_root + u"/my-bucket/code/train.py"_s);
    QCOMPARE(store.localPath(u"obs://my-bucket"_s), m_root + u"/my-bucket"_s);
    QCOMPARE(store.localPath(u"obs://my-bucket/../x"_s, &error), QString());
    QCOMPARE(error, u"The OBS URL \"obs://my-bucket/../x\" must not contain \".\" or \"..\" segments."_s);

    QCOMPARE(store.obsUrl(m_root + u"/my-bucket"_s), u"obs://my-bucket/"_s);
    QCOMPARE(store.obsUrl(m_root + u"/my-bucket/code"_s), u"obs://my-bucket/code/"_s);
    QCOMPARE(store.obsUrl(m_root + u"/my-bucket/code/train.py"_s), u"obs://my-bucket/code/train.py"_s);
    QCOMPARE(store.obsUrl(m_root + u"/my-bucket/not-yet/"_s), u"obs://my-bucket/not-yet/"_s);
    QCOMPARE(store.obsUrl(m_root), QString());
    QCOMPARE(store.obsUrl(m_source), QString());
    QCOMPARE(store.obsUrl(m_root + u"/my-bucket/../../secret"_s), QString());
}

void TestLocalObsStore::importCopiesNestedFiles()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    // The destination folder need not exist yet; its bucket must.
    const QString url = store.importFolder(m_source, u"obs://my-bucket/code"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(url, u"obs://my-bucket/code/project/"_s);
    const QString copy = m_root + u"/my-bucket/code/project"_s;
    QCOMPARE(readFile(copy + u"/train.py"_s), QByteArray("print('train')\n"));
    QCOMPARE(readFile(copy + u"/lib/model.py"_s), QByteArray("class Model: pass\n"));
    QCOMPARE(readFile(copy + u"/lib/nn/layers.py"_s), QByteArray("LAYERS = 3\n"));
    QCOMPARE(readFile(copy + u"/.config"_s), QByteArray("hidden=1\n"));
    QVERIFY(QFileInfo(copy + u"/empty"_s).isDir());
    // The source is untouched.
    QCOMPARE(readFile(m_source + u"/lib/nn/layers.py"_s), QByteArray("LAYERS = 3\n"));
}

void TestLocalObsStore::importReportsProgress()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    QList<QPair<int, int>> calls;
    const QString url = store.importFolder(m_source, u"obs://my-bucket/"_s, &error,
        [&calls](int done, int total) {
            calls.append({ done, total });
        });
    QCOMPARE(url, u"obs://my-bucket/project/"_s);
    const QList<QPair<int, int>> expected { { 0, 4 }, { 1, 4 }, { 2, 4 }, { 3, 4 }, { 4, 4 } };
    QCOMPARE(calls, expected);
}

void TestLocalObsStore::importRefusals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("error");
    QTest::newRow("dot-dot escapes the root")
        << u"project"_s << u"obs://my-bucket/../../outside/"_s
        << u"The OBS URL \"obs://my-bucket/../../outside/\" must not contain \".\" or \"..\" segments."_s;
    QTest::newRow("not an obs url") << u"project"_s << u"file:///tmp/elsewhere/"_s
                                    << u"\"file:///tmp/elsewhere/\" is not an OBS URL (expected obs://bucket/path)."_s;
    QTest::newRow("missing bucket") << u"project"_s << u"obs://no-such-bucket/"_s
                                    << u"The bucket \"no-such-bucket\" does not exist."_s;
    QTest::newRow("missing source") << u"nothing-here"_s << u"obs://my-bucket/"_s << u"The folder %1 does not exist."_s;
    QTest::newRow("into itself") << u"root"_s << u"obs://my-bucket/"_s << u"Cannot import %1 into itself."_s;
}

void TestLocalObsStore::importRefusals()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, error);
    LocalObsStore store(m_root);
    QString message;
    QVERIFY(store.createBucket(u"my-bucket"_s, &message));
    QString sourcePath = m_source;
    if (source == u"nothing-here")
        sourcePath = m_dir->filePath(u"nothing-here"_s);
    else if (source == u"root")
        sourcePath = m_root; // copying the store into one of its own buckets
    if (error.contains(u"%1"))
        error = error.arg(QDir::toNativeSeparators(sourcePath));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(store.importFolder(sourcePath, destination, &message), QString());
    QCOMPARE(message, error);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(QDir(m_root + u"/my-bucket"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestLocalObsStore::importRefusesExistingCopy()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    QVERIFY(store.createFolder(u"obs://my-bucket/code/project/"_s, &error));
    writeFile(m_root + u"/my-bucket/code/project/keep.txt"_s, "mine");
    QCOMPARE(store.importFolder(m_source, u"obs://my-bucket/code/"_s, &error), QString());
    QCOMPARE(error,
        u"obs://my-bucket/code/ already contains \"project\". Choose another destination or rename the folder."_s);
    QCOMPARE(readFile(m_root + u"/my-bucket/code/project/keep.txt"_s), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(m_root + u"/my-bucket/code/project/train.py"_s));
}

void TestLocalObsStore::importCancelRemovesPartialCopy()
{
    LocalObsStore store(m_root);
    QString error;
    QVERIFY(store.createBucket(u"my-bucket"_s, &error));
    int done = 0;
    // Cancel once two files are copied.
    const QString url = store.importFolder(
        m_source, u"obs://my-bucket/"_s, &error, [&done](int value, int) { done = value; },
        [&done] { return done >= 2; });
    QCOMPARE(url, QString());
    QCOMPARE(error, u"The import was cancelled."_s);
    QCOMPARE(done, 2);
    QVERIFY(!QFileInfo::exists(m_root + u"/my-bucket/project"_s));
    QCOMPARE(QDir(m_root + u"/my-bucket"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestLocalObsStore)
#include "tst_localobsstore.moc"
