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

/** True when @p s holds a control character (C0 including NUL and newline, DEL, C1). */
bool hasControlCharacter(const QString &s);

/** 400 (ModelArts.0101) when @p value holds a control character; the message names @p field. */
void rejectControlCharacters(const QString &value, const QString &field);

/** Tag and label keys and values: no NUL or other control characters, as the console refuses them. */
void checkTagText(const QString &key, const QString &value, const QString &field);

/** The first item of page @p page of @p limit items, clamped to INT_MAX so a page near INT_MAX
    gives an empty page instead of wrapping round to page 0. */
int pageStart(qint64 page, qint64 limit);

/**
 * Checks a name against a length range and a pattern; the message names @p field. The whole
 * value must match (a "$" in a pattern also matches before a final newline) and control
 * characters are refused.
 */
void checkName(const QString &value, const QString &field, int minLength, int maxLength,
    const QRegularExpression &pattern, const QString &patternText);

/** @p text as one word for sh: as it is when it holds only safe characters, else in single quotes. */
QString shellQuote(const QString &text);
/** A name sh accepts for an environment variable. */
bool isEnvName(const QString &name);

/** A string member of a JSON object through a JSON pointer ("/metadata/name"); empty when absent. */
QString stringAt(const Json &j, const char *pointer);
/** An integer member through a JSON pointer, accepting numbers in strings; @p fallback when absent. */
qint64 intAt(const Json &j, const char *pointer, qint64 fallback = 0);
} // namespace ma::server
