#pragma once

// Shared by the typed-resource tests (tests/api/tst_*types.cpp): JSON comparison that
// ignores key order, round trips, the path of a decode error, fixture mutation, and the
// runner that decodes the published examples of api_examples.md (repairing the two
// mechanical faults some were printed with).

#include "api/jsoncodec.h"
#include "specexamples.h"

#include <functional>
#include <optional>
#include <QList>
#include <QTest>

namespace ma::test
{
using api::Json;

// Compared as plain nlohmann::json so key order does not matter.
nlohmann::json plain(const Json &j);

QString text(const Json &j);

template <typename T> Json reencode(const Json &j)
{
    return encode(api::fromJson<T>(j));
}

template <typename T> QString errorPath(const Json &j)
{
    try
    {
        api::fromJson<T>(j);
    }
    catch (const api::DecodeError &e)
    {
        return e.path();
    }
    return QStringLiteral("<no error>");
}

/**
 * First place where @p out differs from @p in, or an empty string. A number the input
 * sent as a string may come back as that number (the typed field is numeric); nothing
 * else may change. Used to check round trips of published bodies.
 */
QString firstDifference(const nlohmann::json &in, const nlohmann::json &out, const QString &path = QStringLiteral("$"));

/**
 * The JSON body of a published example. The shared reader starts the body at the first
 * '{', which in request blocks is the "{project_id}" of the request line; then the body is
 * taken from the first line that opens JSON (@p recovered is set). False when the block
 * holds no valid JSON at all.
 */
bool exampleJson(const SpecExample &e, Json &out, bool *recovered = nullptr);

/** Equal as JSON; otherwise prints both and returns false. */
bool sameJson(const Json &a, const Json &b);

void erasePointer(Json &j, const QString &pointer);

/** @p j with one change: "/a/b" erases that member, "/a/b=<json>" sets it. */
Json withChange(Json j, const QString &change);

// A published block that is not JSON as printed: drop a leading request line / prose and
// trailing commas, the two mechanical faults of the published examples.
std::optional<Json> repairExample(const QByteArray &block);

struct ExampleCase
{
    QString id;
    bool request;
    std::function<void(const Json &)> check; // decodes, compares values, checks the round trip
};

// Runs @p cases against api_examples.md; returns false when the file is absent.
bool runExamples(const QList<ExampleCase> &cases, const char *what);

template <typename T> void checkRoundTrip(const T &value, const Json &raw)
{
    QVERIFY(sameJson(encode(value), raw));
}
} // namespace ma::test
