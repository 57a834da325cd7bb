#pragma once

// The secrets of modelarts-local (its secret key and IAM password) live in one JSON file in
// the data dir that only the owner can read (0600), not in the database: the database is
// shared with tools and backups, and the secret key must stay readable to check signatures.

#include <QMap>
#include <QString>

namespace ma::server
{
class CredentialFile final
{
public:
    explicit CredentialFile(QString path);

    const QString &path() const { return m_path; }

    /** The stored values; an absent file is empty. False with @p error when it cannot be read. */
    bool load(QMap<QString, QString> *values, QString *error) const;
    /** Replaces the file atomically with @p values, mode 0600 whatever the umask. */
    bool save(const QMap<QString, QString> &values, QString *error) const;

private:
    QString m_path;
};

/** Makes @p dir (created when missing) accessible to its owner only (0700). */
bool makePrivateDir(const QString &dir, QString *error);
} // namespace ma::server
