#include "serverutil.h"

#include <climits>
#include <cmath>
#include <QDateTime>

namespace ma::server
{
QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void invalidArgument(const QString &message)
{
    throw BodyErrors().refuse(message);
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

bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s)
    {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

void rejectControlCharacters(const QString &value, const QString &field)
{
    if (hasControlCharacter(value))
        invalidArgument(QStringLiteral("%1 must not contain control characters.").arg(field));
}

void checkTagText(const QString &key, const QString &value, const QString &field)
{
    rejectControlCharacters(key, field + QStringLiteral(" key"));
    rejectControlCharacters(value, field + QStringLiteral(" value"));
}

int pageStart(qint64 page, qint64 limit)
{
    if (page <= 0 || limit <= 0)
        return 0;
    return page > INT_MAX / limit ? INT_MAX : static_cast<int>(page * limit);
}

void checkName(const QString &value, const QString &field, int minLength, int maxLength,
    const QRegularExpression &pattern, const QString &patternText)
{
    if (value.size() < minLength || value.size() > maxLength)
        invalidArgument(
            QStringLiteral("%1 must be %2 to %3 characters long.").arg(field).arg(minLength).arg(maxLength));
    rejectControlCharacters(value, field);
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch() || m.capturedStart() != 0 || m.capturedLength() != value.size())
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
    if (v.is_number_integer())
        return v.is_number_unsigned() && v.get<quint64>() > quint64(LLONG_MAX) ? fallback : v.get<qint64>();
    if (v.is_number_float())
    {
        // 1e308, inf or NaN cast to an integer is undefined behaviour: they are not a number of ms.
        const double d = v.get<double>();
        return std::isfinite(d) && d > -9.2e18 && d < 9.2e18 ? static_cast<qint64>(d) : fallback;
    }
    if (v.is_string())
    {
        bool ok = false;
        const qint64 n = QString::fromStdString(v.get<std::string>()).toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}
QString shellQuote(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./=:,+@%-]+$"));
    if (!text.isEmpty() && safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

bool isEnvName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}
} // namespace ma::server
