#pragma once

// modelarts-local has no object storage service (this lives in api/ because both the server
// and the desktop's Local profile, which browses and fills that store, need it): an OBS location is a folder under
// <dataDir>/obs, one sub-folder per bucket, so obs://bucket/a/b/ is <dataDir>/obs/bucket/a/b.
// The mapping is purely lexical (no symlink resolution) and never leaves that folder.

#include <QString>

namespace ma::api
{
/** @brief Maps OBS URLs to folders of the local data dir and back. Stateless apart from the root. */
class ObsMapper final
{
public:
    /** @p dataDir is the server's data dir; the buckets live in its "obs" sub-folder. */
    explicit ObsMapper(const QString &dataDir);

    /** Absolute, cleaned folder that holds the buckets (<dataDir>/obs). */
    QString root() const { return m_root; }

    /**
     * Local path for @p url: "obs://bucket/key" or the bucket-relative form "/bucket/key"
     * that the v1 API uses. The key may name a folder (trailing '/') or a file; the result
     * has no trailing '/'. Returns an empty string with @p error set for a malformed URL:
     * other scheme, missing or invalid bucket, "." or ".." segments, backslashes or control
     * characters.
     */
    QString localPathFor(const QString &url, QString *error = nullptr) const;

    /**
     * The obs:// URL of @p localPath, which must lie inside a bucket folder under root().
     * Folders (existing directories, or a path ending in '/') get a trailing '/'.
     * Returns an empty string for a path outside root() or not inside a valid bucket.
     */
    QString obsUrlFor(const QString &localPath) const;

    /** Creates the folder of @p url (and parents); returns its local path, or empty with @p error. */
    QString ensureDir(const QString &url, QString *error = nullptr) const;

    /**
     * Canonical form of @p url: "obs://bucket/" + key with empty segments collapsed and
     * the trailing '/' kept. Empty with @p error when malformed (same rules as localPathFor).
     */
    static QString normalizedUrl(const QString &url, QString *error = nullptr);

    /** OBS bucket naming: 3-63 chars of [a-z0-9.-], starting and ending with a letter or
        digit, no "..", ".-" or "-.", and not shaped like an IPv4 address. */
    static bool isValidBucketName(const QString &bucket, QString *error = nullptr);

private:
    /** Splits @p url into bucket and key segments; false with @p error when malformed. */
    static bool parse(const QString &url, QString *bucket, QStringList *segments, bool *isFolder, QString *error);

    QString m_root;
};
} // namespace ma::api
