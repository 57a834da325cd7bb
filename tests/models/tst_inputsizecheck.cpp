// Check Input Size (models/inputsizecheck.h): the data-path inputs of a form measured in a
// local object store, and the verdict against the node storage of the flavor.

#include "api/obsmapper.h"
#include "models/inputsizecheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;

class TestInputSizeCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    /** Files in folders and a single file add up; a missing path is named. */
    void measuresFoldersAndFiles();
    void verdicts_data();
    /** Fits, too large, unknown disk, missing data: the text says which. */
    void verdicts();

private:
    void writeFile(const QString &url, qint64 bytes);

    QTemporaryDir m_dir;
    QString m_obsRoot;
};

void TestInputSizeCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_obsRoot = api::ObsMapper(m_dir.path()).root();
    writeFile(QStringLiteral("obs://data/train/a.bin"), 1000);
    writeFile(QStringLiteral("obs://data/train/sub/b.bin"), 2000);
    writeFile(QStringLiteral("obs://data/labels.csv"), 300);
}

void TestInputSizeCheck::writeFile(const QString &url, qint64 bytes)
{
    const QString path = api::ObsMapper(m_dir.path()).localPathFor(url);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(bytes, 'x')), bytes);
}

void TestInputSizeCheck::measuresFoldersAndFiles()
{
    const models::InputSize size = models::measureLocalInputs(m_obsRoot,
        { QStringLiteral("obs://data/train/"), QStringLiteral("obs://data/labels.csv"),
            QStringLiteral("obs://data/none/") });
    QCOMPARE(size.bytes, qint64(3300));
    QCOMPARE(size.files, 3);
    QCOMPARE(size.missing, QStringList { QStringLiteral("obs://data/none/") });
}

void TestInputSizeCheck::verdicts_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<qint64>("disk");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("says");
    QTest::newRow("fits") << qint64(3300) << false << (qint64(1) << 30) << true << QStringLiteral("It fits");
    QTest::newRow("too large") << (qint64(5) << 30) << false << (qint64(4) << 30) << false
                               << QStringLiteral("does not fit");
    QTest::newRow("disk unknown") << qint64(10) << false << qint64(0) << true
                                  << QStringLiteral("does not say how much storage");
    QTest::newRow("missing data") << qint64(0) << true << (qint64(1) << 30) << false << QStringLiteral("Not found");
}

void TestInputSizeCheck::verdicts()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, missing);
    QFETCH(qint64, disk);
    QFETCH(bool, fits);
    QFETCH(QString, says);
    models::InputSize size;
    size.bytes = bytes;
    size.files = 2;
    if (missing)
        size.missing << QStringLiteral("obs://x/y/");
    const models::InputSizeVerdict verdict = models::inputSizeVerdict(size, disk);
    QCOMPARE(verdict.fits, fits);
    QVERIFY2(verdict.text.contains(says), qPrintable(verdict.text));
    QVERIFY2(verdict.text.contains(models::byteSizeText(bytes)), qPrintable(verdict.text));
}

QTEST_GUILESS_MAIN(TestInputSizeCheck)
#include "tst_inputsizecheck.moc"
