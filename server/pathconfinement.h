#pragma once

// Every id or URL that modelarts-local turns into a file path (dataset ids, OBS keys, job
// working dirs) goes through here, so ".." segments, absolute paths and symlinks cannot
// reach a file outside the data dir (issue 9).

#include <QString>

namespace ma::server
{
/**
 * @p relative resolved under @p root: the path is cleaned, and the part of it that exists is
 * resolved through symlinks, and the result must still lie strictly inside the canonical @p root.
 * Returns the absolute, cleaned path; empty with @p error when it would escape.
 */
QString confinedPath(const QString &root, const QString &relative, QString *error = nullptr);

/** True when the absolute @p path, after the same resolution, lies inside @p root (or is it). */
bool isInsideRoot(const QString &root, const QString &path);

/** confinedPath() or the service's 400 (ModelArts.0101) naming @p field. */
QString confinedPathOr400(const QString &root, const QString &relative, const QString &field);
} // namespace ma::server
