#pragma once

// The object store of modelarts-local as the desktop sees it (Local profile): buckets are the
// sub-folders of <dataDir>/obs and obs://bucket/key is the file or folder <root>/bucket/key.
// The URL <-> path rules are api::ObsMapper's; this class adds the few operations the
// OBS browser offers (list and create buckets, create folders, import a folder of this computer).
// Cloud profiles have no such store: they have no root and the user types obs:// paths.

#include "api/obsmapper.h"

#include <functional>
#include <QString>
#include <QStringList>

namespace ma::models
{
/**
 * @brief Buckets and folders of the local object store under one root folder.
 *
 * The root is Connection::localObsRoot(), i.e. <dataDir>/obs: its last component must be "obs"
 * because the mapping is ObsMapper's (constructed with the root's parent). No widgets, no
 * QObject: every method runs in the calling thread and may be used from a worker thread as long
 * as one instance is not used by two threads at once.
 */
class LocalObsStore final
{
public:
    explicit LocalObsStore(const QString &obsRoot);

    /** The absolute, cleaned root folder (the one holding the buckets). */
    QString root() const;

    /** Names of the bucket folders under root(), sorted; folders with invalid bucket names are left out. */
    QStringList buckets() const;

    /** Creates the bucket @p name (ObsMapper::isValidBucketName rules); false with @p error if invalid or present. */
    bool createBucket(const QString &name, QString *error);

    /**
     * Creates the folder of @p obsUrl and any missing parents inside an existing bucket.
     * False with @p error for a malformed URL, a missing bucket, or when the folder (or a file of that name) exists.
     */
    bool createFolder(const QString &obsUrl, QString *error);

    /** Local path of @p obsUrl (ObsMapper::localPathFor); empty with @p error when malformed. */
    QString localPath(const QString &obsUrl, QString *error = nullptr) const;

    /** obs:// URL of @p localPath (folders end with '/'); empty when the path is not inside a bucket under root(). */
    QString obsUrl(const QString &localPath) const;

    /**
     * Copies the folder @p sourceDir into @p destUrl/<sourceDir's name>/ and returns the obs:// URL of the copy.
     *
     * @p destUrl must be a folder of an existing bucket (missing sub-folders are created). The copy must not
     * exist yet, and the source must not contain the destination. Files are copied one by one (symbolic
     * links are not followed); @p progress is called with (0, total) first and after every file,
     * and @p cancelled is polled between files and between chunks of large files. On failure or cancellation
     * the partial copy is removed and an empty string is returned with @p error set.
     * Runs in the calling thread: call it off the GUI thread (QtConcurrent) for anything large.
     */
    QString importFolder(const QString &sourceDir, const QString &destUrl, QString *error,
        const std::function<void(int done, int total)> &progress = {}, const std::function<bool()> &cancelled = {});

private:
    api::ObsMapper m_mapper;
};
} // namespace ma::models
