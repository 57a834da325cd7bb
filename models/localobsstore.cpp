#include "localobsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ma::models
{
namespace
{
constexpr qint64 CopyChunkSize = 1024 * 1024; // cancellation is checked between chunks of large files

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString dataDirOf(const QString &obsRoot)
{
    return QFileInfo(QDir::cleanPath(QDir(obsRoot).absolutePath())).absolutePath();
}

/** Copies @p from to @p to in chunks; false with @p error on failure, or when @p cancelled says so. */
bool copyFile(
    const QString &from, const QString &to, const std::function<bool()> &cancelled, bool *wasCancelled, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(from), in.errorString()));
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(to), out.errorString()));
        return false;
    }
    while (!in.atEnd())
    {
        if (cancelled && cancelled())
        {
            *wasCancelled = true;
            return false;
        }
        const QByteArray chunk = in.read(CopyChunkSize);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
        {
            setError(error,
                QCoreApplication::translate("ma::models::LocalObsStore", "Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(from), in.errorString()));
            return false;
        }
        if (out.write(chunk) != chunk.size())
        {
            setError(error,
                QCoreApplication::translate("ma::models::LocalObsStore", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(to), out.errorString()));
            return false;
        }
    }
    if (!out.flush())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(to), out.errorString()));
        return false;
    }
    out.setPermissions(in.permissions()); // keeps scripts executable; not worth failing the import over
    return true;
}
} // namespace

LocalObsStore::LocalObsStore(const QString &obsRoot)
    : m_mapper(dataDirOf(obsRoot))
{
}

QString LocalObsStore::root() const
{
    return m_mapper.root();
}

QStringList LocalObsStore::buckets() const
{
    QStringList names;
    const QStringList entries = QDir(root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : entries)
    {
        if (api::ObsMapper::isValidBucketName(name))
            names.append(name);
    }
    return names;
}

bool LocalObsStore::createBucket(const QString &name, QString *error)
{
    if (!api::ObsMapper::isValidBucketName(name, error))
        return false;
    const QString path = root() + u'/' + name;
    if (QFileInfo::exists(path))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "The bucket \"%1\" already exists.").arg(name));
        return false;
    }
    if (!QDir().mkpath(path))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool LocalObsStore::createFolder(const QString &obsUrl, QString *error)
{
    const QString url = api::ObsMapper::normalizedUrl(obsUrl, error);
    if (url.isEmpty())
        return false;
    const QString path = m_mapper.localPathFor(url, error);
    const QString bucket = url.mid(6).section(u'/', 0, 0);
    if (!QFileInfo(root() + u'/' + bucket).isDir())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "The bucket \"%1\" does not exist.").arg(bucket));
        return false;
    }
    if (QFileInfo::exists(path))
    {
        setError(error, QCoreApplication::translate("ma::models::LocalObsStore", "%1 already exists.").arg(url));
        return false;
    }
    return !m_mapper.ensureDir(url, error).isEmpty();
}

QString LocalObsStore::localPath(const QString &obsUrl, QString *error) const
{
    return m_mapper.localPathFor(obsUrl, error);
}

QString LocalObsStore::obsUrl(const QString &localPath) const
{
    return m_mapper.obsUrlFor(localPath);
}

QString LocalObsStore::importFolder(const QString &sourceDir, const QString &destUrl, QString *error,
    const std::function<void(int, int)> &progress, const std::function<bool()> &cancelled)
{
    const QFileInfo source(sourceDir);
    if (sourceDir.isEmpty() || !source.isDir())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(sourceDir)));
        return {};
    }
    const QString sourcePath = QDir::cleanPath(source.absoluteFilePath());
    const QString name = QFileInfo(sourcePath).fileName();
    if (name.isEmpty())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot import the root folder %1.")
                .arg(QDir::toNativeSeparators(sourcePath)));
        return {};
    }

    QString url = api::ObsMapper::normalizedUrl(destUrl, error);
    if (url.isEmpty())
        return {};
    if (!url.endsWith(u'/'))
        url += u'/';
    const QString destPath = m_mapper.localPathFor(url, error);
    const QString bucket = url.mid(6).section(u'/', 0, 0);
    if (!QFileInfo(root() + u'/' + bucket).isDir())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "The bucket \"%1\" does not exist.").arg(bucket));
        return {};
    }
    if (QFileInfo(destPath).exists() && !QFileInfo(destPath).isDir())
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "%1 is a file, not a folder.")
                .arg(url.chopped(1)));
        return {};
    }
    const QString target = destPath + u'/' + name;
    // Compare canonical paths too: the root itself may be reached through a symbolic link.
    const auto inside = [](const QString &path, const QString &folder)
    {
        return path == folder || path.startsWith(folder + u'/');
    };
    const QString canonicalSource = source.canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root()).canonicalFilePath();
    const QString canonicalTarget = canonicalRoot.isEmpty() ? QString() : canonicalRoot + target.mid(root().size());
    if (inside(target, sourcePath) || (!canonicalTarget.isEmpty() && inside(canonicalTarget, canonicalSource)))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot import %1 into itself.")
                .arg(QDir::toNativeSeparators(sourcePath)));
        return {};
    }
    if (QFileInfo::exists(target))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore",
                "%1 already contains \"%2\". Choose another destination or rename the folder.")
                .arg(url, name));
        return {};
    }

    // List first so progress has a total; links are skipped (a link could point anywhere, even into the store).
    QStringList folders;
    QStringList files;
    QDirIterator it(sourcePath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
    {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        const QString relative = path.mid(sourcePath.size() + 1);
        if (info.isDir())
            folders.append(relative);
        else if (info.isFile())
            files.append(relative);
        if (cancelled && cancelled())
        {
            setError(error, QCoreApplication::translate("ma::models::LocalObsStore", "The import was cancelled."));
            return {};
        }
    }
    const int total = int(files.size());
    if (progress)
        progress(0, total);

    if (!QDir().mkpath(target))
    {
        setError(error,
            QCoreApplication::translate("ma::models::LocalObsStore", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(target)));
        return {};
    }
    const auto fail = [&](const QString &text)
    {
        QDir(target).removeRecursively();
        setError(error, text);
        return QString();
    };
    for (const QString &folder : std::as_const(folders))
    {
        if (!QDir().mkpath(target + u'/' + folder))
            return fail(QCoreApplication::translate("ma::models::LocalObsStore", "Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(target + u'/' + folder)));
    }
    for (int i = 0; i < total; ++i)
    {
        bool wasCancelled = cancelled && cancelled();
        QString copyError;
        if (!wasCancelled
            && !copyFile(
                sourcePath + u'/' + files.at(i), target + u'/' + files.at(i), cancelled, &wasCancelled, &copyError))
        {
            if (!wasCancelled)
                return fail(copyError);
        }
        if (wasCancelled)
            return fail(QCoreApplication::translate("ma::models::LocalObsStore", "The import was cancelled."));
        if (progress)
            progress(i + 1, total);
    }
    return m_mapper.obsUrlFor(target + u'/');
}
} // namespace ma::models
