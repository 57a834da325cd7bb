#pragma once

// JSON <-> struct mapping shared by every resource type of the api/ library.
//
// The ModelArts APIs are loose in places (numbers sent as strings, optional fields
// missing, fields added over time) and strict in others (required fields). The rules:
//   - decode(json, value, path) reads one value; it throws DecodeError naming the field
//     path ("spec.resource.node_count") when the JSON cannot be read as the type asked.
//   - Numbers may arrive as strings ("12") and are accepted; strings may arrive as
//     numbers (workspace id 0) and are accepted as their decimal text.
//   - A struct keeps every key it does not know in its `extra` member, and encode()
//     writes them back, so a read-modify-write round trip loses nothing.
//   - Optional fields are std::optional: absent stays absent on encode.
//
// Each resource struct provides, in namespace ma::api:
//     void decode(const Json &j, Foo &out, const QString &path);
//     Json encode(const Foo &v);
// using ObjectReader / ObjectWriter below.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <QString>
#include <stdexcept>
#include <vector>

namespace ma::api
{
using Json = nlohmann::ordered_json;
using StringMap = std::map<QString, QString>;

/** @brief A body that could not be read as the expected type; `path` names the field. */
class DecodeError : public std::runtime_error
{
public:
    DecodeError(const QString &path, const QString &message);
    const QString &path() const { return m_path; }
    const QString &message() const { return m_message; }

private:
    QString m_path;
    QString m_message;
};

QString joinPath(const QString &path, const char *key);
QString joinPath(const QString &path, int index);

// Primitive decoders: tolerant where the API is loose.
void decode(const Json &j, QString &out, const QString &path);
void decode(const Json &j, bool &out, const QString &path);
void decode(const Json &j, int &out, const QString &path);
void decode(const Json &j, qint64 &out, const QString &path);
void decode(const Json &j, double &out, const QString &path);
void decode(const Json &j, Json &out, const QString &path);
void decode(const Json &j, StringMap &out, const QString &path);

Json encode(const QString &v);
inline Json encode(bool v)
{
    return v;
}
inline Json encode(int v)
{
    return v;
}
inline Json encode(qint64 v)
{
    return v;
}
inline Json encode(double v)
{
    return v;
}
inline Json encode(const Json &v)
{
    return v;
}
Json encode(const StringMap &v);

template <typename T> void decode(const Json &j, std::vector<T> &out, const QString &path)
{
    if (!j.is_array())
        throw DecodeError(path, QStringLiteral("expected an array"));
    out.clear();
    out.reserve(j.size());
    int i = 0;
    for (const auto &item : j)
    {
        T value {};
        decode(item, value, joinPath(path, i++));
        out.push_back(std::move(value));
    }
}

template <typename T> Json encode(const std::vector<T> &v)
{
    Json arr = Json::array();
    for (const auto &item : v)
        arr.push_back(encode(item));
    return arr;
}

/**
 * @brief Reads the fields of one JSON object and remembers which keys it consumed,
 * so that the rest can be kept in a struct's `extra`.
 */
class ObjectReader
{
public:
    /** Throws DecodeError when @p j is not an object. */
    ObjectReader(const Json &j, QString path);

    /** A field that must be present and non-null. */
    template <typename T> void required(const char *key, T &out)
    {
        const Json *v = take(key);
        if (!v || v->is_null())
            throw DecodeError(joinPath(m_path, key), QStringLiteral("required field is missing"));
        decode(*v, out, joinPath(m_path, key));
    }

    /** A field that may be absent; null counts as absent. */
    template <typename T> void optional(const char *key, std::optional<T> &out)
    {
        const Json *v = take(key);
        if (!v || v->is_null())
        {
            out.reset();
            return;
        }
        T value {};
        decode(*v, value, joinPath(m_path, key));
        out = std::move(value);
    }

    /**
     * A list that may be absent or null (Go services send an empty slice as null) reads
     * as empty; encode() writes it back as an array.
     */
    template <typename T> void list(const char *key, std::vector<T> &out)
    {
        std::optional<std::vector<T>> value;
        optional(key, value);
        out = value ? std::move(*value) : std::vector<T>();
    }

    /** Unknown keys (and explicit nulls of known ones, so they survive a round trip). */
    Json rest() const;
    const QString &path() const { return m_path; }

private:
    const Json *take(const char *key);

    const Json &m_json;
    QString m_path;
    std::vector<std::string> m_consumed;
};

/** @brief Builds a JSON object: unknown keys first as they came, then the known fields. */
class ObjectWriter
{
public:
    explicit ObjectWriter(const Json &extra = Json());

    template <typename T> void put(const char *key, const T &value) { m_json[key] = encode(value); }

    template <typename T> void put(const char *key, const std::optional<T> &value)
    {
        if (value)
            m_json[key] = encode(*value);
    }

    Json take() { return std::move(m_json); }

private:
    Json m_json;
};

/** Deepest array/object nesting parseJson accepts (ModelArts bodies nest about 8 levels). */
constexpr int kMaxJsonDepth = 64;
/** Largest body parseJson accepts by default (a page of 50 jobs is a few hundred KiB). */
constexpr qsizetype kMaxJsonBytes = 16 * 1024 * 1024;

/**
 * Parses a whole body; throws DecodeError ("" path) on malformed JSON, on a body larger than
 * @p maxBytes or nested deeper than @p maxDepth. Both limits are checked before any tree is
 * built, by a scan that does not recurse: nlohmann's copies, dumps and comparisons recurse
 * once per level, so a deep document from outside could otherwise exhaust the stack.
 */
Json parseJson(const QByteArray &body, int maxDepth = kMaxJsonDepth, qsizetype maxBytes = kMaxJsonBytes);
/** The deepest array/object nesting in @p text (strings skipped), counting no further than @p stopAfter. */
int jsonNestingDepth(const QByteArray &text, int stopAfter = kMaxJsonDepth + 1);
QByteArray dumpJson(const Json &j);

template <typename T> T fromJson(const Json &j, const QString &path = QString())
{
    T value {};
    decode(j, value, path);
    return value;
}

template <typename T> T fromBody(const QByteArray &body)
{
    return fromJson<T>(parseJson(body));
}
} // namespace ma::api
