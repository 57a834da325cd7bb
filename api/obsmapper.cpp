#include "api/obsmapper.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace ma::api
{
namespace
{
const QString kScheme = QStringLiteral("obs://");

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

ObsMapper::ObsMapper(const QString &dataDir)
    : m_root(QDir::cleanPath(QDir(dataDir).absoluteFilePath(QStringLiteral("obs"))))
{
}

bool ObsMapper::isValidBucketName(const QString &bucket, QString *error)
{
    if (bucket.size() < 3 || bucket.size() > 63)
    {
        setError(error, QStringLiteral("The bucket name \"%1\" must be 3 to 63 characters long.").arg(bucket));
        return false;
    }
    for (const QChar c : bucket)
    {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        if (!ok)
        {
            setError(error,
                QStringLiteral("The bucket name \"%1\" may contain only lowercase letters, digits, "
                               "hyphens (-) and periods (.).")
                    .arg(bucket));
            return false;
        }
    }
    const auto isAlnum = [](QChar c)
    {
        return c.isDigit() || c.isLower();
    };
    if (!isAlnum(bucket.front()) || !isAlnum(bucket.back()))
    {
        setError(
            error, QStringLiteral("The bucket name \"%1\" must start and end with a letter or digit.").arg(bucket));
        return false;
    }
    if (bucket.contains(u"..") || bucket.contains(u".-") || bucket.contains(u"-."))
    {
        setError(
            error, QStringLiteral("The bucket name \"%1\" must not contain \"..\", \".-\" or \"-.\".").arg(bucket));
        return false;
    }
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    if (ipv4.match(bucket).hasMatch())
    {
        setError(error, QStringLiteral("The bucket name \"%1\" must not be formatted as an IP address.").arg(bucket));
        return false;
    }
    return true;
}

bool ObsMapper::parse(const QString &url, QString *bucket, QStringList *segments, bool *isFolder, QString *error)
{
    QString rest;
    if (url.startsWith(kScheme, Qt::CaseInsensitive))
    {
        rest = url.mid(kScheme.size());
        // obs:///x would make "x" look like a bucket after collapsing: an empty host is an error.
        if (rest.startsWith(u'/'))
        {
            setError(error, QStringLiteral("The OBS URL \"%1\" has no bucket name.").arg(url));
            return false;
        }
    }
    else if (url.startsWith(u'/') && !url.startsWith(QStringLiteral("//")))
    {
        rest = url.mid(1); // bucket-relative form of the v1 API: /bucket/key
    }
    else
    {
        setError(error, QStringLiteral("\"%1\" is not an OBS URL (expected obs://bucket/path).").arg(url));
        return false;
    }

    for (const QChar c : rest)
    {
        if (c == u'\\' || c.category() == QChar::Other_Control)
        {
            setError(error, QStringLiteral("The OBS URL \"%1\" contains a backslash or a control character.").arg(url));
            return false;
        }
    }

    QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
    {
        setError(error, QStringLiteral("The OBS URL \"%1\" has no bucket name.").arg(url));
        return false;
    }
    const QString name = parts.takeFirst();
    QString bucketError;
    if (!isValidBucketName(name, &bucketError))
    {
        setError(error, QStringLiteral("Invalid OBS URL \"%1\": %2").arg(url, bucketError));
        return false;
    }
    for (const QString &part : std::as_const(parts))
    {
        if (part == u"." || part == u"..")
        {
            setError(error, QStringLiteral("The OBS URL \"%1\" must not contain \".\" or \"..\" segments.").arg(url));
            return false;
        }
    }
    *bucket = name;
    *segments = parts;
    *isFolder = parts.isEmpty() || rest.endsWith(u'/');
    return true;
}

QString ObsMapper::normalizedUrl(const QString &url, QString *error)
{
    QString bucket;
    QStringList segments;
    bool folder = false;
    if (!parse(url, &bucket, &segments, &folder, error))
        return {};
    QString out = kScheme + bucket + u'/' + segments.join(u'/');
    if (folder && !segments.isEmpty())
        out += u'/';
    return out;
}

QString ObsMapper::localPathFor(const QString &url, QString *error) const
{
    QString bucket;
    QStringList segments;
    bool folder = false;
    if (!parse(url, &bucket, &segments, &folder, error))
        return {};
    QString path = m_root + u'/' + bucket;
    if (!segments.isEmpty())
        path += u'/' + segments.join(u'/');
    return path;
}

QString ObsMapper::obsUrlFor(const QString &localPath) const
{
    if (localPath.isEmpty())
        return {};
    const QString cleaned = QDir::cleanPath(QDir(m_root).absoluteFilePath(localPath));
    const QString prefix = m_root + u'/';
    if (!cleaned.startsWith(prefix))
        return {};
    const QString relative = cleaned.mid(prefix.size());
    const qsizetype slash = relative.indexOf(u'/');
    const QString bucket = slash < 0 ? relative : relative.left(slash);
    if (!isValidBucketName(bucket))
        return {};
    const bool folder = slash < 0 || localPath.endsWith(u'/') || QFileInfo(cleaned).isDir();
    QString url = kScheme + relative;
    if (slash < 0 || folder)
        url += u'/';
    return url;
}

QString ObsMapper::ensureDir(const QString &url, QString *error) const
{
    const QString path = localPathFor(url, error);
    if (path.isEmpty())
        return {};
    if (!QDir().mkpath(path))
    {
        setError(error, QStringLiteral("Cannot create the folder %1 for %2.").arg(path, url));
        return {};
    }
    return path;
}
} // namespace ma::api
