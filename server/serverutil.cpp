#include "serverutil.h"

#include <QDateTime>

namespace ma::server
{
QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void invalidArgument(const QString &message)
{
    throw HttpError(400, QStringLiteral("ModelArts.0101"), QStringLiteral("Invalid Argument. %1").arg(message));
}

int queryInt(const Request &request, const QString &name, int fallback, int min, int max)
{
    if (!request.hasQuery(name))
        return fallback;
    bool ok = false;
    const int value = request.query(name).toInt(&ok);
    if (!ok || value < min || value > max)
        invalidArgument(QStringLiteral("%1 must be an integer between %2 and %3.").arg(name).arg(min).arg(max));
    return value;
}

void checkName(const QString &value, const QString &field, int minLength, int maxLength,
    const QRegularExpression &pattern, const QString &patternText)
{
    if (value.size() < minLength || value.size() > maxLength)
        invalidArgument(
            QStringLiteral("%1 must be %2 to %3 characters long.").arg(field).arg(minLength).arg(maxLength));
    if (!pattern.match(value).hasMatch())
        invalidArgument(QStringLiteral("%1 may contain only %2.").arg(field, patternText));
}

QString stringAt(const Json &j, const char *pointer)
{
    const Json::json_pointer ptr(pointer);
    if (!j.contains(ptr))
        return {};
    const Json &v = j.at(ptr);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    return {};
}

qint64 intAt(const Json &j, const char *pointer, qint64 fallback)
{
    const Json::json_pointer ptr(pointer);
    if (!j.contains(ptr))
        return fallback;
    const Json &v = j.at(ptr);
    if (v.is_number())
        return v.get<qint64>();
    if (v.is_string())
    {
        bool ok = false;
        const qint64 n = QString::fromStdString(v.get<std::string>()).toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}
} // namespace ma::server
