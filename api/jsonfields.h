#pragma once

// One field list per JSON object drives both decode() and encode(), so no key is written
// twice. The rules of jsoncodec.h hold: unknown keys go to `extra` and come back first on
// encode, optional members stay absent, a missing required key throws DecodeError naming
// its path. A struct with special logic reads/writes its plain fields with readFields() /
// writeFields() and adds only what is special.
//
//     constexpr auto grantFields = std::make_tuple(field("user_id", &Grant::userId), ...);
//     MA_JSON_OBJECT(Grant, grantFields)   // defines decode(j, Grant&, path) and encode(Grant)

#include "api/jsoncodec.h"

#include <tuple>
#include <type_traits>

namespace ma::api
{
enum class FieldRule
{
    ByType, // std::optional members may be absent (null = absent); any other member is required
    List // a list that may be absent or null (Go's nil slice) reads as empty; always written
};

/** @brief One key of a JSON object and the member of @p S it maps to. */
template <typename S, typename M, FieldRule Rule> struct JsonField
{
    const char *key;
    M S::*member;
};

template <typename S, typename M> constexpr JsonField<S, M, FieldRule::ByType> field(const char *key, M S::*member)
{
    return { key, member };
}

template <typename S, typename T>
constexpr JsonField<S, std::vector<T>, FieldRule::List> listField(const char *key, std::vector<T> S::*member)
{
    return { key, member };
}

template <typename T> inline constexpr bool isOptionalMember = false;
template <typename T> inline constexpr bool isOptionalMember<std::optional<T>> = true;

template <typename Object, typename S, typename M, FieldRule Rule>
void readField(ObjectReader &r, Object &out, const JsonField<S, M, Rule> &f)
{
    M &member = out.*f.member;
    if constexpr (Rule == FieldRule::List)
        r.list(f.key, member);
    else if constexpr (isOptionalMember<M>)
        r.optional(f.key, member);
    else
        r.required(f.key, member);
}

template <typename Object, typename... Fields>
void readFields(ObjectReader &r, Object &out, const std::tuple<Fields...> &fields)
{
    std::apply([&](const auto &...f) { (readField(r, out, f), ...); }, fields);
}

template <typename Object, typename... Fields>
void writeFields(ObjectWriter &w, const Object &v, const std::tuple<Fields...> &fields)
{
    std::apply([&](const auto &...f) { (w.put(f.key, v.*f.member), ...); }, fields);
}

template <typename Object, typename Fields>
void decodeObject(const Json &j, Object &out, const QString &path, const Fields &fields)
{
    ObjectReader r(j, path);
    readFields(r, out, fields);
    out.extra = r.rest();
}

template <typename Object, typename Fields> Json encodeObject(const Object &v, const Fields &fields)
{
    ObjectWriter w(v.extra);
    writeFields(w, v, fields);
    return w.take();
}
} // namespace ma::api

/** Defines decode() and encode() of @p Type from its field list (in namespace ma::api). */
#define MA_JSON_OBJECT(Type, fields)                                                                                   \
    void decode(const Json &j, Type &out, const QString &path)                                                         \
    {                                                                                                                  \
        decodeObject(j, out, path, fields);                                                                            \
    }                                                                                                                  \
    Json encode(const Type &v)                                                                                         \
    {                                                                                                                  \
        return encodeObject(v, fields);                                                                                \
    }
