#pragma once

// Small helpers every module of modelarts-local uses: time formats, query parameters
// and the validation errors the real service answers with.

#include "router.h"

#include <QRegularExpression>
#include <QString>

namespace ma::server
{
inline std::string toStd(const QString &s)
{
    return s.toStdString();
}

/** "2021-11-01T03:49:41Z" (pools, nodes, networks, events). */
QString rfc3339(qint64 ms);

/** An integer query parameter; absent gives @p fallback; outside [min, max] or not a number is a 400. */
int queryInt(const Request &request, const QString &name, int fallback, int min, int max);

/** Throws the service's 400 "Invalid Argument" (ModelArts.0101) with @p message. */
[[noreturn]] void invalidArgument(const QString &message);

/** Checks a name against a length range and a pattern; the message names @p field. */
void checkName(const QString &value, const QString &field, int minLength, int maxLength,
    const QRegularExpression &pattern, const QString &patternText);

/** A string member of a JSON object through a JSON pointer ("/metadata/name"); empty when absent. */
QString stringAt(const Json &j, const char *pointer);
/** An integer member through a JSON pointer, accepting numbers in strings; @p fallback when absent. */
qint64 intAt(const Json &j, const char *pointer, qint64 fallback = 0);
} // namespace ma::server
