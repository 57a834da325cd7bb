#include "draftstore.h"

#include "api/jsoncodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace ma::models
{
namespace
{
constexpr int kFormatVersion = 1;

QString sanitizedKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (const QChar c : key)
    {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        out.append(ok ? c : u'_');
    }
    return out.isEmpty() ? QStringLiteral("draft") : out;
}
} // namespace

DraftStore::DraftStore(const QString &key)
    : m_key(sanitizedKey(key))
{
}

QString DraftStore::filePath() const
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QStringLiteral("/drafts/") + m_key + QStringLiteral(".json");
}

bool DraftStore::save(const TrainingJobDraft &draft, QString *error) const
{
    return saveJson(draft.toJson(), error);
}

bool DraftStore::saveJson(const api::Json &draft, QString *error) const
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
    {
        if (error)
            *error = QCoreApplication::translate("DraftStore", "Cannot create the folder for %1.").arg(path);
        return false;
    }
    api::Json doc = api::Json::object();
    doc["version"] = kFormatVersion;
    doc["saved_at"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    doc["draft"] = draft;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
    {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(api::dumpJson(doc));
    if (!file.commit())
    {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<DraftStore::Saved> DraftStore::load() const
{
    const auto saved = loadJson();
    if (!saved)
        return std::nullopt;
    return Saved { TrainingJobDraft::fromJson(saved->first), saved->second };
}

std::optional<std::pair<api::Json, QDateTime>> DraftStore::loadJson() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    try
    {
        const api::Json doc = api::parseJson(file.readAll());
        if (!doc.is_object() || !doc.contains("draft") || !doc["draft"].is_object())
            return std::nullopt;
        QDateTime savedAt;
        if (doc.contains("saved_at") && doc["saved_at"].is_string())
            savedAt
                = QDateTime::fromString(QString::fromStdString(doc["saved_at"].get<std::string>()), Qt::ISODateWithMs);
        if (!savedAt.isValid())
            savedAt = QFileInfo(file).lastModified().toUTC();
        return std::make_pair(doc["draft"], savedAt);
    }
    catch (const std::exception &)
    {
        return std::nullopt;
    }
}

bool DraftStore::clear() const
{
    QFile file(filePath());
    return !file.exists() || file.remove();
}

bool DraftStore::exists() const
{
    return QFile::exists(filePath());
}
} // namespace ma::models
