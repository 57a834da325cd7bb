#include "jsoncodec.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QByteArray>

namespace ma::api
{
namespace
{
QString typeName(const Json &j)
{
    return QString::fromUtf8(j.type_name());
}

// Numbers sent as strings ("12", " 12 ", "1.5e3") are accepted; anything else is an error.
bool numberFromString(const Json &j, double &out)
{
    const std::string &s = j.get_ref<const std::string &>();
    bool ok = false;
    out = QString::fromStdString(s).trimmed().toDouble(&ok);
    return ok;
}

template <typename Int> void decodeInteger(const Json &j, Int &out, const QString &path)
{
    double d = 0;
    if (j.is_number_integer())
    {
        if (j.is_number_unsigned())
        {
            const auto u = j.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<Int>::max()))
                throw DecodeError(path, QStringLiteral("integer out of range"));
            out = static_cast<Int>(u);
            return;
        }
        const auto v = j.get<std::int64_t>();
        if (v < std::numeric_limits<Int>::min() || v > std::numeric_limits<Int>::max())
            throw DecodeError(path, QStringLiteral("integer out of range"));
        out = static_cast<Int>(v);
        return;
    }
    if (j.is_number_float())
        d = j.get<double>();
    else if (j.is_string())
    {
        // A whole number in a string is parsed exactly (ms timestamps exceed double's
        // exact range only far in the future, but ids must never be rounded).
        bool ok = false;
        const QString s = QString::fromStdString(j.get_ref<const std::string &>()).trimmed();
        const qlonglong exact = s.toLongLong(&ok);
        if (ok)
        {
            if (exact < std::numeric_limits<Int>::min() || exact > std::numeric_limits<Int>::max())
                throw DecodeError(path, QStringLiteral("integer out of range"));
            out = static_cast<Int>(exact);
            return;
        }
        if (!numberFromString(j, d))
            throw DecodeError(path, QStringLiteral("expected an integer, got the string \"%1\"").arg(s));
    }
    else
        throw DecodeError(path, QStringLiteral("expected an integer, got %1").arg(typeName(j)));
    if (!std::isfinite(d) || d != std::floor(d))
        throw DecodeError(path, QStringLiteral("expected an integer, got %1").arg(d));
    // max + 1.0: double(INT64_MAX) rounds up to 2^63, which would pass "> max" and overflow the cast.
    if (d < static_cast<double>(std::numeric_limits<Int>::min())
        || d >= static_cast<double>(std::numeric_limits<Int>::max()) + 1.0)
        throw DecodeError(path, QStringLiteral("integer out of range"));
    out = static_cast<Int>(d);
}
} // namespace

DecodeError::DecodeError(const QString &path, const QString &message)
    : std::runtime_error((path.isEmpty() ? message : path + QStringLiteral(": ") + message).toStdString())
    , m_path(path)
    , m_message(message)
{
}

QString joinPath(const QString &path, const char *key)
{
    const QString k = QString::fromUtf8(key);
    return path.isEmpty() ? k : path + u'.' + k;
}

QString joinPath(const QString &path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

void decode(const Json &j, QString &out, const QString &path)
{
    if (j.is_string())
        out = QString::fromStdString(j.get_ref<const std::string &>());
    else if (j.is_number_integer())
        out = j.is_number_unsigned() ? QString::number(j.get<std::uint64_t>()) : QString::number(j.get<std::int64_t>());
    else if (j.is_number_float())
        out = QString::number(j.get<double>(), 'g', 17);
    else if (j.is_boolean())
        out = j.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    else
        throw DecodeError(path, QStringLiteral("expected a string, got %1").arg(typeName(j)));
}

void decode(const Json &j, bool &out, const QString &path)
{
    if (j.is_boolean())
    {
        out = j.get<bool>();
        return;
    }
    if (j.is_string())
    {
        const QString s = QString::fromStdString(j.get_ref<const std::string &>()).trimmed().toLower();
        if (s == u"true" || s == u"1")
        {
            out = true;
            return;
        }
        if (s == u"false" || s == u"0")
        {
            out = false;
            return;
        }
    }
    if (j.is_number_integer())
    {
        out = j.get<std::int64_t>() != 0;
        return;
    }
    throw DecodeError(path, QStringLiteral("expected a boolean, got %1").arg(typeName(j)));
}

void decode(const Json &j, int &out, const QString &path)
{
    decodeInteger(j, out, path);
}

void decode(const Json &j, qint64 &out, const QString &path)
{
    decodeInteger(j, out, path);
}

void decode(const Json &j, double &out, const QString &path)
{
    if (j.is_number() || (j.is_string() && numberFromString(j, out)))
    {
        if (j.is_number())
            out = j.get<double>();
        // "inf", "NaN" (as strings) or a literal past 1.8e308 are no duration, size or price.
        if (!std::isfinite(out))
            throw DecodeError(path, QStringLiteral("expected a finite number"));
        return;
    }
    throw DecodeError(path, QStringLiteral("expected a number, got %1").arg(typeName(j)));
}

void decode(const Json &j, Json &out, const QString &)
{
    out = j;
}

void decode(const Json &j, StringMap &out, const QString &path)
{
    if (!j.is_object())
        throw DecodeError(path, QStringLiteral("expected an object, got %1").arg(typeName(j)));
    out.clear();
    for (auto it = j.begin(); it != j.end(); ++it)
    {
        QString value;
        if (!it.value().is_null())
            decode(it.value(), value, joinPath(path, it.key().c_str()));
        out.emplace(QString::fromStdString(it.key()), value);
    }
}

Json encode(const QString &v)
{
    return v.toStdString();
}

Json encode(const StringMap &v)
{
    Json obj = Json::object();
    for (const auto &[key, value] : v)
        obj[key.toStdString()] = value.toStdString();
    return obj;
}

ObjectReader::ObjectReader(const Json &j, QString path)
    : m_json(j)
    , m_path(std::move(path))
{
    if (!j.is_object())
        throw DecodeError(m_path, QStringLiteral("expected an object, got %1").arg(typeName(j)));
}

const Json *ObjectReader::take(const char *key)
{
    const auto it = m_json.find(key);
    if (it == m_json.end())
        return nullptr;
    // Explicit nulls stay in rest() so that encode() reproduces them.
    if (!it->is_null())
        m_consumed.emplace_back(key);
    return &*it;
}

Json ObjectReader::rest() const
{
    Json extra = Json::object();
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
    {
        if (std::find(m_consumed.begin(), m_consumed.end(), it.key()) == m_consumed.end())
            extra[it.key()] = it.value();
    }
    return extra;
}

ObjectWriter::ObjectWriter(const Json &extra)
    : m_json(extra.is_object() ? extra : Json::object())
{
}

int jsonNestingDepth(const QByteArray &text, int stopAfter)
{
    // The JSON lexer's view of brackets: outside strings only, with backslash escapes inside.
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text)
    {
        if (inString)
        {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        }
        else if (c == '"')
        {
            inString = true;
        }
        else if (c == '[' || c == '{')
        {
            deepest = std::max(deepest, ++depth);
            if (deepest >= stopAfter)
                return deepest;
        }
        else if ((c == ']' || c == '}') && depth > 0)
        {
            --depth;
        }
    }
    return deepest;
}

Json parseJson(const QByteArray &body, int maxDepth, qsizetype maxBytes)
{
    if (body.size() > maxBytes)
        throw DecodeError(QString(), QStringLiteral("the body is larger than %1 bytes").arg(maxBytes));
    if (jsonNestingDepth(body, maxDepth + 1) > maxDepth)
        throw DecodeError(QString(), QStringLiteral("the body nests more than %1 levels deep").arg(maxDepth));
    Json j = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (j.is_discarded())
        throw DecodeError(QString(), QStringLiteral("the body is not valid JSON"));
    return j;
}

QByteArray dumpJson(const Json &j)
{
    const std::string s = j.dump();
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace ma::api
