#include "sshconfigwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <QUrl>

namespace ma::models
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("SshConfigWriter", text);
}

/** The keyword of a config line ("Host", "Match"...), lower case; empty for blanks and comments. */
QString keywordOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(u'#'))
        return QString();
    const qsizetype end = t.indexOf(QRegularExpression(QStringLiteral("[\\s=]")));
    return (end < 0 ? t : t.left(end)).toLower();
}

/** The patterns of a "Host a b" line. */
QStringList hostPatterns(const QString &line)
{
    QString rest = line.trimmed().mid(4).trimmed();
    if (rest.startsWith(u'='))
        rest = rest.mid(1);
    return rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}
} // namespace

SshConfigWriter::SshConfigWriter(QString path)
    : m_path(std::move(path))
{
}

QString SshConfigWriter::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

QString SshConfigWriter::entryText(const SshHostEntry &entry)
{
    QString text = QStringLiteral("Host %1\n    HostName %2\n    Port %3\n    User %4\n")
                       .arg(entry.alias, entry.hostName)
                       .arg(entry.port)
                       .arg(entry.user);
    if (!entry.identityFile.isEmpty())
    {
        const QString file = entry.identityFile.contains(u' ') ? u'"' + entry.identityFile + u'"' : entry.identityFile;
        text += QStringLiteral("    IdentityFile %1\n").arg(file);
    }
    return text;
}

QString SshConfigWriter::sshCommand(const SshHostEntry &entry)
{
    QString command = QStringLiteral("ssh");
    if (entry.port != 22)
        command += QStringLiteral(" -p %1").arg(entry.port);
    if (!entry.identityFile.isEmpty())
        command += QStringLiteral(" -i %1").arg(
            entry.identityFile.contains(u' ') ? u'"' + entry.identityFile + u'"' : entry.identityFile);
    return command + QStringLiteral(" %1@%2").arg(entry.user, entry.hostName);
}

bool SshConfigWriter::parseEndpoint(const QString &uri, QString *host, int *port)
{
    const QString text = uri.trimmed();
    if (text.isEmpty())
        return false;
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("ssh://") + text);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    *host = url.host();
    *port = url.port(22);
    return true;
}

SshConfigWriter::Result SshConfigWriter::write(const SshHostEntry &entry)
{
    m_error.clear();
    if (entry.alias.isEmpty() || entry.alias.contains(QRegularExpression(QStringLiteral("[\\s*?!]")))
        || entry.hostName.isEmpty())
    {
        m_error = tr("The host entry needs a one-word name without wildcards and a host name.");
        return Result::Failed;
    }

    QByteArray before;
    QFile in(m_path);
    if (in.exists())
    {
        if (!in.open(QIODevice::ReadOnly))
        {
            m_error = tr("Could not read %1: %2").arg(m_path, in.errorString());
            return Result::Failed;
        }
        before = in.readAll();
        in.close();
    }

    // Split into lines keeping their ends, so every line outside the entry is written back as read.
    const QString text = QString::fromUtf8(before);
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size())
    {
        const qsizetype nl = text.indexOf(u'\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines << text.mid(start, end - start);
        start = end;
    }

    // Our entry: from "Host <alias>" (that one pattern alone) to the next Host or Match line.
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
    {
        const QString keyword = keywordOf(lines[i]);
        if (first >= 0 && (keyword == u"host" || keyword == u"match"))
        {
            last = i;
            break;
        }
        if (first < 0 && keyword == u"host" && hostPatterns(lines[i]) == QStringList { entry.alias })
            first = i;
    }
    if (first >= 0 && last < 0)
        last = lines.size();
    // Blank lines before the next entry belong to the layout, not to ours.
    while (first >= 0 && last - 1 > first && lines[last - 1].trimmed().isEmpty())
        --last;

    const QString block = entryText(entry);
    QString after;
    Result result;
    if (first >= 0)
    {
        QString old;
        for (qsizetype i = first; i < last; ++i)
            old += lines[i];
        QString replacement = block;
        if (!old.endsWith(u'\n'))
            replacement.chop(1); // the entry was the file's last line without a newline
        for (qsizetype i = 0; i < first; ++i)
            after += lines[i];
        after += replacement;
        for (qsizetype i = last; i < lines.size(); ++i)
            after += lines[i];
        result = old == replacement ? Result::Unchanged : Result::Updated;
    }
    else
    {
        after = text;
        if (!after.isEmpty() && !after.endsWith(u'\n'))
            after += u'\n';
        if (!after.isEmpty() && !after.endsWith(QStringLiteral("\n\n")))
            after += u'\n';
        after += block;
        result = Result::Added;
    }
    if (result == Result::Unchanged)
        return result;

    const QFileInfo info(m_path);
    const bool folderExisted = QDir(info.absolutePath()).exists();
    if (!QDir().mkpath(info.absolutePath()))
    {
        m_error = tr("Could not create the folder %1.").arg(info.absolutePath());
        return Result::Failed;
    }
    if (!folderExisted) // a folder we make is private, as ssh-keygen makes ~/.ssh; an existing one is left alone
        QFile::setPermissions(
            info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(after.toUtf8()) < 0)
    {
        m_error = tr("Could not write %1: %2").arg(m_path, out.errorString());
        return Result::Failed;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!out.commit())
    {
        m_error = tr("Could not write %1: %2").arg(m_path, out.errorString());
        return Result::Failed;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return result;
}
} // namespace ma::models
