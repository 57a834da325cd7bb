// ObsMapper: obs:// URLs <-> folders under <dataDir>/obs, and the URLs it must refuse.

#include "api/obsmapper.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using ma::api::ObsMapper;
using namespace Qt::StringLiterals;

class TestObsMapper final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void obsUrlForOutsideRoot_data();
    void obsUrlForOutsideRoot();
    void fileUrlHasNoTrailingSlash();
    void ensureDirCreatesFolder();
    void bucketNames_data();
    void bucketNames();

private:
    std::unique_ptr<QTemporaryDir> m_dataDir;
};

void TestObsMapper::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
}

void TestObsMapper::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("relative"); // local path below <dataDir>/obs
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("folder");

    QTest::newRow("folder") << u"obs://bucket-1/a/b/"_s << u"bucket-1/a/b"_s << u"obs://bucket-1/a/b/"_s << true;
    QTest::newRow("file") << u"obs://my.bucket/train.py"_s << u"my.bucket/train.py"_s << u"obs://my.bucket/train.py"_s
                          << false;
    QTest::newRow("bucket only") << u"obs://bucket"_s << u"bucket"_s << u"obs://bucket/"_s << true;
    QTest::newRow("bucket slash") << u"obs://bucket/"_s << u"bucket"_s << u"obs://bucket/"_s << true;
    QTest::newRow("double slashes") << u"obs://bucket//a///b/"_s << u"bucket/a/b"_s << u"obs://bucket/a/b/"_s << true;
    QTest::newRow("v1 bucket-relative") << u"/bucket/data/"_s << u"bucket/data"_s << u"obs://bucket/data/"_s << true;
    QTest::newRow("scheme case") << u"OBS://abc/x/"_s << u"abc/x"_s << u"obs://abc/x/"_s << true;
    QTest::newRow("dots inside names") << u"obs://abc/v1.2/..hidden/a..b"_s << u"abc/v1.2/..hidden/a..b"_s
                                       << u"obs://abc/v1.2/..hidden/a..b"_s << false;
    QTest::newRow("unicode key") << u"obs://abc/数据/x.csv"_s << u"abc/数据/x.csv"_s << u"obs://abc/数据/x.csv"_s
                                 << false;
    QTest::newRow("spaces") << u"obs://abc/my data/"_s << u"abc/my data"_s << u"obs://abc/my data/"_s << true;
}

void TestObsMapper::roundTrip()
{
    QFETCH(QString, url);
    QFETCH(QString, relative);
    QFETCH(QString, canonical);
    QFETCH(bool, folder);

    const ObsMapper mapper(m_dataDir->path());
    QCOMPARE(mapper.root(), QDir::cleanPath(m_dataDir->path() + u"/obs"_s));

    QString error;
    const QString local = mapper.localPathFor(url, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(local, mapper.root() + u'/' + relative);
    QCOMPARE(ObsMapper::normalizedUrl(url), canonical);

    if (folder)
    {
        QCOMPARE(mapper.ensureDir(url, &error), local);
        QVERIFY(QFileInfo(local).isDir());
    }
    QCOMPARE(mapper.obsUrlFor(local), canonical);
    QCOMPARE(mapper.localPathFor(canonical), local);
}

void TestObsMapper::rejects_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << u"bucket/a"_s;
    QTest::newRow("other scheme") << u"s3://bucket/a"_s;
    QTest::newRow("scheme only") << u"obs://"_s;
    QTest::newRow("slash only") << u"/"_s;
    QTest::newRow("absolute path after scheme") << u"obs:///etc/passwd"_s;
    QTest::newRow("network path") << u"//bucket/a"_s;
    QTest::newRow("parent segment") << u"obs://bucket/../x"_s;
    QTest::newRow("deep parent escape") << u"obs://bucket/a/../../../x"_s;
    QTest::newRow("trailing parent") << u"obs://bucket/a/.."_s;
    QTest::newRow("dot segment") << u"obs://bucket/./x"_s;
    QTest::newRow("bucket is ..") << u"obs://../x"_s;
    QTest::newRow("v1 form escape") << u"/bucket/../../etc"_s;
    QTest::newRow("backslash") << u"obs://bucket/a\\..\\b"_s;
    QTest::newRow("control char") << u"obs://bucket/a\nb"_s;
    QTest::newRow("bucket too short") << u"obs://ab/x"_s;
    QTest::newRow("bucket too long") << (u"obs://"_s + QString(64, u'a') + u"/x"_s);
    QTest::newRow("bucket uppercase") << u"obs://Bucket/x"_s;
    QTest::newRow("bucket underscore") << u"obs://my_bucket/x"_s;
    QTest::newRow("bucket leading hyphen") << u"obs://-bucket/x"_s;
    QTest::newRow("bucket trailing period") << u"obs://bucket./x"_s;
    QTest::newRow("bucket double period") << u"obs://a..b/x"_s;
    QTest::newRow("bucket ip address") << u"obs://192.168.0.1/x"_s;
}

void TestObsMapper::rejects()
{
    QFETCH(QString, url);
    const ObsMapper mapper(m_dataDir->path());

    QString error;
    QVERIFY(mapper.localPathFor(url, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(ObsMapper::normalizedUrl(url, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(mapper.ensureDir(url, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // Nothing may have been created anywhere, in particular not outside the root.
    QCOMPARE(QDir(m_dataDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestObsMapper::obsUrlForOutsideRoot_data()
{
    QTest::addColumn<QString>("relativeToDataDir");

    QTest::newRow("root itself") << u"obs"_s;
    QTest::newRow("data dir") << u"."_s;
    QTest::newRow("sibling with root as prefix") << u"obsx/bucket"_s;
    QTest::newRow("escape through ..") << u"obs/bucket/../../elsewhere"_s;
    QTest::newRow("invalid bucket folder") << u"obs/Bad_Bucket/x"_s;
    QTest::newRow("empty") << QString();
}

void TestObsMapper::obsUrlForOutsideRoot()
{
    QFETCH(QString, relativeToDataDir);
    const ObsMapper mapper(m_dataDir->path());
    const QString path = relativeToDataDir.isEmpty() ? QString() : m_dataDir->path() + u'/' + relativeToDataDir;
    QCOMPARE(mapper.obsUrlFor(path), QString());
}

void TestObsMapper::fileUrlHasNoTrailingSlash()
{
    const ObsMapper mapper(m_dataDir->path());
    const QString folder = mapper.ensureDir(u"obs://bucket/out/"_s);
    QVERIFY(!folder.isEmpty());
    QFile file(folder + u"/model.pth"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(mapper.obsUrlFor(file.fileName()), u"obs://bucket/out/model.pth"_s);
    QCOMPARE(mapper.obsUrlFor(folder), u"obs://bucket/out/"_s);
    // A path ending in '/' is a folder even before it exists.
    QCOMPARE(mapper.obsUrlFor(folder + u"/later/"_s), u"obs://bucket/out/later/"_s);
}

void TestObsMapper::ensureDirCreatesFolder()
{
    const ObsMapper mapper(m_dataDir->path());
    QString error;
    const QString path = mapper.ensureDir(u"obs://train-bucket/jobs/a/b/c/"_s, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(path.startsWith(mapper.root() + u'/'));
    // Idempotent.
    QCOMPARE(mapper.ensureDir(u"obs://train-bucket/jobs/a/b/c"_s), path);
}

void TestObsMapper::bucketNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"bucket"_s << true;
    QTest::newRow("3 chars") << u"abc"_s << true;
    QTest::newRow("63 chars") << QString(63, u'a') << true;
    QTest::newRow("digits hyphen period") << u"my-bucket.2024"_s << true;
    QTest::newRow("starts with digit") << u"1bucket"_s << true;
    QTest::newRow("2 chars") << u"ab"_s << false;
    QTest::newRow("64 chars") << QString(64, u'a') << false;
    QTest::newRow("uppercase") << u"myBucket"_s << false;
    QTest::newRow("underscore") << u"my_bucket"_s << false;
    QTest::newRow("space") << u"my bucket"_s << false;
    QTest::newRow("non-ascii") << u"bücket"_s << false;
    QTest::newRow("leading period") << u".bucket"_s << false;
    QTest::newRow("trailing hyphen") << u"bucket-"_s << false;
    QTest::newRow("period hyphen") << u"a.-b"_s << false;
    QTest::newRow("ip address") << u"10.0.0.1"_s << false;
}

void TestObsMapper::bucketNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(ObsMapper::isValidBucketName(name, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestObsMapper)
#include "tst_obsmapper.moc"
