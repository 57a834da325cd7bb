#include "credentialfile.h"

#include "api/jsoncodec.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ma::server
{
namespace
{
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

CredentialFile::CredentialFile(QString path)
    : m_path(std::move(path))
{
}

bool CredentialFile::load(QMap<QString, QString> *values, QString *error) const
{
    values->clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
    {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Tightened on every start: a copy restored from a backup may have come back 0644.
    QFile::setPermissions(m_path, kOwnerOnly);
    try
    {
        const api::Json j = api::parseJson(file.read(64 * 1024));
        if (!j.is_object())
            throw api::DecodeError(QString(), QStringLiteral("not a JSON object"));
        for (auto it = j.begin(); it != j.end(); ++it)
        {
            if (it.value().is_string())
                values->insert(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
        }
    }
    catch (const api::DecodeError &e)
    {
        *error = QStringLiteral("%1 is damaged: %2").arg(m_path, e.message());
        return false;
    }
    return true;
}

bool CredentialFile::save(const QMap<QString, QString> &values, QString *error) const
{
    api::Json j = api::Json::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        j[it.key().toStdString()] = it.value().toStdString();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
    {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Before any byte is written: the temporary file must never be readable by others.
    file.setPermissions(kOwnerOnly);
    file.write(api::dumpJson(j));
    file.write("\n");
    if (!file.commit())
    {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, kOwnerOnly);
    return true;
}

bool makePrivateDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir))
    {
        *error = QStringLiteral("cannot create the data directory %1").arg(dir);
        return false;
    }
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
    {
        *error = QStringLiteral("cannot make the data directory %1 private (mode 0700)").arg(dir);
        return false;
    }
    return true;
}
} // namespace ma::server
