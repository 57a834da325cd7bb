#pragma once

// Replays a copied shell command (a curl from Copy as API Call) the way a user would paste it:
// sh -c, with the token in $TOKEN, waited for with the event loop running so an in-process
// local backend can answer.

#include <QByteArray>
#include <QString>

namespace ma::test
{
struct ShellResult
{
    int exitCode = -1; ///< -1 when sh crashed or timed out
    QByteArray out;
    QByteArray err;
};

/** Runs @p script with sh, TOKEN set to @p token; a non-zero exit logs its stderr. */
ShellResult runShellWithToken(const QString &script, const QByteArray &token, int timeoutMs = 20000);
} // namespace ma::test
