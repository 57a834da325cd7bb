#include "pathconfinement.h"

#include "serverutil.h"

#include <QDir>
#include <QFileInfo>

namespace ma::server
{
namespace
{
/** The canonical form of @p path: its deepest existing ancestor resolved (symlinks and all)
    with the rest appended lexically. */
QString resolved(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QString rest;
    while (!QFileInfo::exists(existing))
    {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest = existing.mid(slash) + rest;
        existing.truncate(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return QDir::cleanPath((canonical.isEmpty() ? existing : canonical) + rest);
}
} // namespace

bool isInsideRoot(const QString &root, const QString &path)
{
    if (root.isEmpty() || path.isEmpty() || path.contains(QChar(0)))
        return false;
    const QString base = resolved(QDir(root).absolutePath());
    const QString target = resolved(QDir(base).absoluteFilePath(path));
    return target == base || target.startsWith(base.endsWith(u'/') ? base : base + u'/');
}

QString confinedPath(const QString &root, const QString &relative, QString *error)
{
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    // An absolute "relative" would replace the root in filePath(): refuse it outright.
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.contains(u'\\')
        || hasControlCharacter(relative))
    {
        if (error)
            *error = QStringLiteral("\"%1\" is not a relative path.").arg(relative);
        return {};
    }
    const QString path = QDir::cleanPath(base + u'/' + relative);
    if (path == base || !isInsideRoot(base, path))
    {
        if (error)
            *error = QStringLiteral("\"%1\" points outside the data folder.").arg(relative);
        return {};
    }
    return path;
}

QString confinedPathOr400(const QString &root, const QString &relative, const QString &field)
{
    QString error;
    const QString path = confinedPath(root, relative, &error);
    if (path.isEmpty())
        invalidArgument(QStringLiteral("%1: %2").arg(field, error));
    return path;
}
} // namespace ma::server
