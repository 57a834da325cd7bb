// SshConfigWriter on a temporary ~/.ssh/config: an entry is added after the others, written
// again in place when it changes, left alone when it does not; every other byte of the file
// stays as it was (comments, odd spacing, a last line without a newline); the file is 0600.

#include "models/sshconfigwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using ma::models::SshConfigWriter;
using ma::models::SshHostEntry;

namespace
{
// Owner, group and other bits (Qt's "user" bits, 0x0F00, repeat the owner's for the current user).
constexpr auto kModeBits = QFileDevice::Permissions::fromInt(0xF0FF);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

SshHostEntry entry(int port = 30022)
{
    SshHostEntry e;
    e.alias = QStringLiteral("modelarts-nb1");
    e.hostName = QStringLiteral("dev.example.com");
    e.port = port;
    e.identityFile = QStringLiteral("~/.ssh/KeyPair-nb.pem");
    return e;
}

const QByteArray kOthers = "# my hosts\n"
                           "Host github.com\n"
                           "  User git\n"
                           "\tIdentityFile ~/.ssh/gh\n"
                           "\n"
                           "Host  *.corp   jump\n"
                           "    ProxyJump bastion # keep this comment\n";
} // namespace

class TestSshConfigWriter : public QObject
{
    Q_OBJECT

private slots:
    void entryTextAndCommand();
    void addsToAMissingFileWithMode0600();
    void appendsAfterOtherEntriesLeavingThemByteIdentical();
    void updatesItsOwnEntryInPlace();
    void unchangedEntryIsNotRewritten();
    void entryWithoutTrailingNewlineAtTheEnd();
    void otherEntryWithTheAliasAmongPatternsIsNotOurs();
    void refusesWildcardAlias();
    void parsesEndpoints();
};

void TestSshConfigWriter::entryTextAndCommand()
{
    QCOMPARE(SshConfigWriter::entryText(entry()),
        QStringLiteral("Host modelarts-nb1\n    HostName dev.example.com\n    Port 30022\n    User ma-user\n"
                       "    IdentityFile ~/.ssh/KeyPair-nb.pem\n"));
    QCOMPARE(SshConfigWriter::sshCommand(entry()),
        QStringLiteral("ssh -p 30022 -i ~/.ssh/KeyPair-nb.pem ma-user@dev.example.com"));
    SshHostEntry plain = entry(22);
    plain.identityFile.clear();
    QCOMPARE(SshConfigWriter::sshCommand(plain), QStringLiteral("ssh ma-user@dev.example.com"));
}

void TestSshConfigWriter::addsToAMissingFileWithMode0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ssh/config"));
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Added);
    QCOMPARE(QString::fromUtf8(readAll(path)), SshConfigWriter::entryText(entry()));
    QCOMPARE(QFile::permissions(path) & kModeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The folder it made is private too.
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("ssh"))) & kModeBits,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestSshConfigWriter::appendsAfterOtherEntriesLeavingThemByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    writeAll(path, kOthers);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Added);
    const QByteArray after = readAll(path);
    QVERIFY(after.startsWith(kOthers));
    QCOMPARE(after.mid(kOthers.size()), "\n" + SshConfigWriter::entryText(entry()).toUtf8());
    QCOMPARE(QFile::permissions(path) & kModeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestSshConfigWriter::updatesItsOwnEntryInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    const QByteArray head = "Host a\n  HostName a.example\n\n";
    const QByteArray old = "Host modelarts-nb1\n  HostName old.example\n  Port 1\n";
    const QByteArray tail = "\nHost b\n  HostName b.example\n";
    writeAll(path, head + old + tail);
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Updated);
    QCOMPARE(readAll(path), head + SshConfigWriter::entryText(entry()).toUtf8() + tail);
    // A second update (another port) again replaces only that entry.
    QCOMPARE(writer.write(entry(40022)), SshConfigWriter::Result::Updated);
    QCOMPARE(readAll(path), head + SshConfigWriter::entryText(entry(40022)).toUtf8() + tail);
    QCOMPARE(readAll(path).count("Host modelarts-nb1"), 1);
}

void TestSshConfigWriter::unchangedEntryIsNotRewritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Added);
    const QByteArray before = readAll(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Unchanged);
    QCOMPARE(readAll(path), before);
}

void TestSshConfigWriter::entryWithoutTrailingNewlineAtTheEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    const QByteArray head = "Host a\n  User x\n\n";
    writeAll(path, head + "Host modelarts-nb1\n  Port 1");
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Updated);
    QString expected = SshConfigWriter::entryText(entry());
    expected.chop(1);
    QCOMPARE(readAll(path), head + expected.toUtf8());
}

void TestSshConfigWriter::otherEntryWithTheAliasAmongPatternsIsNotOurs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    const QByteArray shared = "Host modelarts-nb1 other\n  User someone\n";
    writeAll(path, shared);
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(entry()), SshConfigWriter::Result::Added);
    QVERIFY(readAll(path).startsWith(shared));
}

void TestSshConfigWriter::refusesWildcardAlias()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    SshHostEntry e = entry();
    e.alias = QStringLiteral("nb*");
    SshConfigWriter writer(path);
    QCOMPARE(writer.write(e), SshConfigWriter::Result::Failed);
    QCOMPARE(writer.errorString(),
        QStringLiteral("The host entry needs a one-word name without wildcards and a host name."));
    QVERIFY(!QFile::exists(path));
}

void TestSshConfigWriter::parsesEndpoints()
{
    QString host;
    int port = 0;
    QVERIFY(SshConfigWriter::parseEndpoint(QStringLiteral("ssh://ma-user@dev.example.com:30022"), &host, &port));
    QCOMPARE(host, QStringLiteral("dev.example.com"));
    QCOMPARE(port, 30022);
    QVERIFY(SshConfigWriter::parseEndpoint(QStringLiteral("10.0.0.5:2222"), &host, &port));
    QCOMPARE(host, QStringLiteral("10.0.0.5"));
    QCOMPARE(port, 2222);
    QVERIFY(!SshConfigWriter::parseEndpoint(QString(), &host, &port));
}

QTEST_GUILESS_MAIN(TestSshConfigWriter)
#include "tst_sshconfigwriter.moc"
