#include "models/notebookdraft.h"

#include <QDate>
#include <QRandomGenerator>

namespace ma::models
{
namespace
{
using api::Json;

Json str(const QString &v)
{
    return v.toStdString();
}

QString readString(const Json &j, const char *key, const QString &fallback = QString())
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : fallback;
}

int readInt(const Json &j, const char *key, int fallback)
{
    return j.contains(key) && j[key].is_number_integer() ? j[key].get<int>() : fallback;
}

bool readBool(const Json &j, const char *key, bool fallback)
{
    return j.contains(key) && j[key].is_boolean() ? j[key].get<bool>() : fallback;
}

const char *storageWord(NotebookDraft::Storage s)
{
    switch (s)
    {
    case NotebookDraft::Storage::Sfs:
        return "sfs";
    case NotebookDraft::Storage::Obs:
        return "obs";
    case NotebookDraft::Storage::Pfs:
        return "pfs";
    case NotebookDraft::Storage::Evs:
        break;
    }
    return "evs";
}

constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

QString notebookVolumeCategory(NotebookDraft::Storage storage)
{
    switch (storage)
    {
    case NotebookDraft::Storage::Sfs:
        return QStringLiteral("EFS"); // SFS Turbo; the name Terraform and the API examples use
    case NotebookDraft::Storage::Obs:
        return QStringLiteral("OBS");
    case NotebookDraft::Storage::Pfs:
        return QStringLiteral("OBSFS");
    case NotebookDraft::Storage::Evs:
        break;
    }
    return QStringLiteral("EVS");
}

int NotebookDraft::effectiveAutoStopHours() const
{
    if (autoStopHours > 0)
        return autoStopHours;
    bool ok = false;
    const int hours = autoStopCustom.trimmed().toInt(&ok);
    return ok ? hours : 0;
}

QStringList NotebookDraft::whitelistEntries() const
{
    QStringList out;
    for (const QString &part : whitelist.split(u','))
    {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QString NotebookDraft::generateName(const QDate &today)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 4; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return QStringLiteral("notebook-%1-%2").arg(today.toString(QStringLiteral("MMdd")), suffix);
}

Json NotebookDraft::toJson() const
{
    Json j = Json::object();
    j["format"] = 1;
    j["name"] = str(name);
    j["description"] = str(description);
    j["auto_stop"] = autoStop;
    j["auto_stop_hours"] = autoStopHours;
    j["auto_stop_custom"] = str(autoStopCustom);
    j["image_source"] = imageSource == ImageSource::Private ? "private" : "public";
    j["image_id"] = str(imageId);
    j["pool_kind"] = poolKind == PoolKind::Dedicated ? "dedicated" : "public";
    j["pool_id"] = str(poolId);
    j["type"] = str(type);
    j["flavor"] = str(flavorId);
    j["storage"] = storageWord(storage);
    j["evs_gb"] = evsGb;
    j["sfs_id"] = str(sfsId);
    j["sfs_subdirectory"] = str(sfsSubdirectory);
    j["sfs_read_only"] = sfsReadOnly;
    j["storage_path"] = str(storagePath);
    j["secret"] = str(secret);
    Json rows = Json::array();
    for (const NotebookExtendedStorage &e : extendedStorage)
        rows.push_back({ { "type", str(e.type) }, { "path", str(e.path) }, { "mount_path", str(e.mountPath) } });
    j["extended_storage"] = rows;
    j["remote_ssh"] = remoteSsh;
    j["key_pair"] = str(keyPair);
    j["whitelist"] = str(whitelist);
    Json tagRows = Json::array();
    for (const KeyValue &t : tags)
        tagRows.push_back({ { "key", str(t.key) }, { "value", str(t.value) } });
    j["tags"] = tagRows;
    return j;
}

NotebookDraft NotebookDraft::fromJson(const Json &j)
{
    NotebookDraft d;
    if (!j.is_object())
        return d;
    d.name = readString(j, "name", d.name);
    d.description = readString(j, "description");
    d.autoStop = readBool(j, "auto_stop", d.autoStop);
    d.autoStopHours = readInt(j, "auto_stop_hours", d.autoStopHours);
    d.autoStopCustom = readString(j, "auto_stop_custom");
    d.imageSource = readString(j, "image_source") == u"private" ? ImageSource::Private : ImageSource::Public;
    d.imageId = readString(j, "image_id");
    d.poolKind = readString(j, "pool_kind") == u"dedicated" ? PoolKind::Dedicated : PoolKind::Public;
    d.poolId = readString(j, "pool_id");
    d.type = readString(j, "type", d.type);
    d.flavorId = readString(j, "flavor");
    const QString storage = readString(j, "storage");
    d.storage = storage == u"sfs" ? Storage::Sfs
        : storage == u"obs"       ? Storage::Obs
        : storage == u"pfs"       ? Storage::Pfs
                                  : Storage::Evs;
    d.evsGb = readInt(j, "evs_gb", d.evsGb);
    d.sfsId = readString(j, "sfs_id");
    d.sfsSubdirectory = readString(j, "sfs_subdirectory");
    d.sfsReadOnly = readBool(j, "sfs_read_only", false);
    d.storagePath = readString(j, "storage_path");
    d.secret = readString(j, "secret");
    if (j.contains("extended_storage") && j["extended_storage"].is_array())
    {
        for (const Json &row : j["extended_storage"])
        {
            if (!row.is_object())
                continue;
            d.extendedStorage.append({ readString(row, "type", QStringLiteral("OBS")), readString(row, "path"),
                readString(row, "mount_path") });
        }
    }
    d.remoteSsh = readBool(j, "remote_ssh", false);
    d.keyPair = readString(j, "key_pair");
    d.whitelist = readString(j, "whitelist");
    if (j.contains("tags") && j["tags"].is_array())
    {
        for (const Json &row : j["tags"])
        {
            if (row.is_object())
                d.tags.append({ readString(row, "key"), readString(row, "value") });
        }
    }
    return d;
}

api::NotebookCreate NotebookDraft::toCreateRequest(const QString &workspaceId) const
{
    api::NotebookCreate body;
    body.name = name.trimmed();
    body.flavor = flavorId;
    body.imageId = imageId;
    body.feature = QStringLiteral("NOTEBOOK");
    body.volume.category = notebookVolumeCategory(storage);
    switch (storage)
    {
    case Storage::Evs:
        body.volume.ownership = QStringLiteral("MANAGED");
        body.volume.capacity = evsGb;
        break;
    case Storage::Sfs:
        body.volume.ownership = QStringLiteral("DEDICATED");
        body.volume.id = sfsId.trimmed();
        body.volume.uri = sfsSubdirectory.trimmed();
        break;
    case Storage::Obs:
    case Storage::Pfs:
        body.volume.ownership = QStringLiteral("MANAGED");
        body.volume.uri = storagePath.trimmed();
        break;
    }
    if (!description.isEmpty())
        body.description = description;
    // -1 switches auto stop off (what Terraform sends); else the duration in ms.
    body.duration = autoStop ? effectiveAutoStopHours() * kHourMs : qint64(-1);
    if (remoteSsh)
    {
        api::NotebookEndpoint ssh;
        ssh.service = QStringLiteral("SSH");
        ssh.keyPairNames = std::vector<QString> { keyPair.trimmed() };
        const QStringList ips = whitelistEntries();
        ssh.allowedAccessIps = std::vector<QString>(ips.cbegin(), ips.cend());
        body.endpoints = std::vector<api::NotebookEndpoint> { ssh };
    }
    if (poolKind == PoolKind::Dedicated && !poolId.isEmpty())
        body.poolId = poolId;
    if (!workspaceId.isEmpty())
        body.workspaceId = workspaceId;
    if (!tags.isEmpty())
    {
        std::vector<api::NotebookTag> out;
        for (const KeyValue &t : tags)
        {
            api::NotebookTag tag;
            tag.key = t.key.trimmed();
            tag.value = t.value;
            out.push_back(tag);
        }
        body.tags = out;
    }
    return body;
}
} // namespace ma::models
