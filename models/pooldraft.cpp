#include "pooldraft.h"

namespace ma::models
{
namespace
{
using api::Json;

Json str(const QString &v)
{
    return v.toStdString();
}

QString readString(const Json &j, const char *key, const QString &fallback)
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

QStringList readStrings(const Json &j, const char *key, const QStringList &fallback)
{
    if (!j.contains(key) || !j[key].is_array())
        return fallback;
    QStringList out;
    for (const Json &s : j[key])
    {
        if (s.is_string())
            out << QString::fromStdString(s.get<std::string>());
    }
    return out;
}
} // namespace

int PoolFlavorRow::instances(bool manualAz) const
{
    if (!manualAz)
        return count;
    int sum = 0;
    for (const int n : azCounts)
        sum += n;
    return sum;
}

int PoolDraft::totalInstances() const
{
    int total = 0;
    for (const PoolFlavorRow &row : flavors)
        total += row.instances(manualAz);
    return total;
}

Json PoolDraft::toJson() const
{
    Json j = Json::object();
    j["format"] = 1;
    j["billing"] = billing == Billing::YearlyMonthly ? "yearly_monthly" : "pay_per_use";
    j["duration_months"] = durationMonths;
    j["auto_renew"] = autoRenew;
    j["name"] = str(name);
    j["pool_type"] = poolType == PoolType::Logical ? "logical" : "physical";
    Json types = Json::array();
    for (const QString &t : jobTypes)
        types.push_back(str(t));
    j["job_types"] = types;
    j["network"] = str(network);
    j["ipv6"] = ipv6;
    j["cpu_arch"] = str(cpuArch);
    j["instance_type"] = str(instanceType);
    Json rows = Json::array();
    for (const PoolFlavorRow &row : flavors)
    {
        Json azs = Json::object();
        for (auto it = row.azCounts.cbegin(); it != row.azCounts.cend(); ++it)
            azs[it.key().toStdString()] = it.value();
        rows.push_back({ { "flavor", str(row.flavorId) }, { "count", row.count }, { "azs", azs },
            { "ha_redundant", row.haRedundantCount } });
    }
    j["flavors"] = rows;
    j["manual_az"] = manualAz;
    j["advanced_node"] = advancedNode;
    j["os"] = str(os);
    j["storage"] = storage;
    j["system_disk_type"] = str(systemDiskType);
    j["system_disk_gib"] = systemDiskGiB;
    j["container_disk_type"] = str(containerDiskType);
    j["container_disk_gib"] = containerDiskGiB;
    Json disks = Json::array();
    for (const PoolDataDisk &d : dataDisks)
        disks.push_back({ { "type", str(d.volumeType) }, { "size_gib", d.sizeGiB }, { "count", d.count } });
    j["data_disks"] = disks;
    j["container_engine_gib"] = containerEngineGiB;
    j["striped_write_mode"] = stripedWriteMode;
    j["custom_driver"] = customDriver;
    j["driver_version"] = str(driverVersion);
    j["ha_redundancy"] = haRedundancy;
    j["description"] = str(description);
    Json tagRows = Json::array();
    for (const KeyValue &t : tags)
        tagRows.push_back({ { "key", str(t.key) }, { "value", str(t.value) } });
    j["tags"] = tagRows;
    j["custom_cidr"] = customCidr;
    j["container_cidr"] = str(containerCidr);
    j["service_cidr"] = str(serviceCidr);
    return j;
}

PoolDraft PoolDraft::fromJson(const Json &j)
{
    PoolDraft d;
    if (!j.is_object())
        return d;
    d.billing = readString(j, "billing", QString()) == u"yearly_monthly" ? Billing::YearlyMonthly : Billing::PayPerUse;
    d.durationMonths = readInt(j, "duration_months", d.durationMonths);
    d.autoRenew = readBool(j, "auto_renew", d.autoRenew);
    d.name = readString(j, "name", d.name);
    d.poolType = readString(j, "pool_type", QString()) == u"logical" ? PoolType::Logical : PoolType::Physical;
    d.jobTypes = readStrings(j, "job_types", d.jobTypes);
    d.network = readString(j, "network", d.network);
    d.ipv6 = readBool(j, "ipv6", d.ipv6);
    d.cpuArch = readString(j, "cpu_arch", d.cpuArch);
    d.instanceType = readString(j, "instance_type", d.instanceType);
    if (j.contains("flavors") && j["flavors"].is_array())
    {
        d.flavors.clear();
        for (const Json &r : j["flavors"])
        {
            if (!r.is_object())
                continue;
            PoolFlavorRow row;
            row.flavorId = readString(r, "flavor", QString());
            row.count = readInt(r, "count", row.count);
            row.haRedundantCount = readInt(r, "ha_redundant", 0);
            if (r.contains("azs") && r["azs"].is_object())
            {
                for (auto it = r["azs"].begin(); it != r["azs"].end(); ++it)
                {
                    if (it.value().is_number_integer())
                        row.azCounts.insert(QString::fromStdString(it.key()), it.value().get<int>());
                }
            }
            d.flavors.append(row);
        }
    }
    d.manualAz = readBool(j, "manual_az", d.manualAz);
    d.advancedNode = readBool(j, "advanced_node", d.advancedNode);
    d.os = readString(j, "os", d.os);
    d.storage = readBool(j, "storage", d.storage);
    d.systemDiskType = readString(j, "system_disk_type", d.systemDiskType);
    d.systemDiskGiB = readInt(j, "system_disk_gib", d.systemDiskGiB);
    d.containerDiskType = readString(j, "container_disk_type", d.containerDiskType);
    d.containerDiskGiB = readInt(j, "container_disk_gib", d.containerDiskGiB);
    if (j.contains("data_disks") && j["data_disks"].is_array())
    {
        for (const Json &r : j["data_disks"])
        {
            if (!r.is_object())
                continue;
            PoolDataDisk disk;
            disk.volumeType = readString(r, "type", disk.volumeType);
            disk.sizeGiB = readInt(r, "size_gib", disk.sizeGiB);
            disk.count = readInt(r, "count", disk.count);
            d.dataDisks.append(disk);
        }
    }
    d.containerEngineGiB = readInt(j, "container_engine_gib", d.containerEngineGiB);
    d.stripedWriteMode = readBool(j, "striped_write_mode", d.stripedWriteMode);
    d.customDriver = readBool(j, "custom_driver", d.customDriver);
    d.driverVersion = readString(j, "driver_version", d.driverVersion);
    d.haRedundancy = readBool(j, "ha_redundancy", d.haRedundancy);
    d.description = readString(j, "description", d.description);
    if (j.contains("tags") && j["tags"].is_array())
    {
        for (const Json &r : j["tags"])
        {
            if (r.is_object())
                d.tags.append({ readString(r, "key", QString()), readString(r, "value", QString()) });
        }
    }
    d.customCidr = readBool(j, "custom_cidr", d.customCidr);
    d.containerCidr = readString(j, "container_cidr", d.containerCidr);
    d.serviceCidr = readString(j, "service_cidr", d.serviceCidr);
    return d;
}

api::Pool PoolDraft::toCreateRequest(const QString &workspaceId, bool gpuDriver) const
{
    api::Pool pool;
    pool.apiVersion = QStringLiteral("v2");
    pool.kind = QStringLiteral("Pool");
    api::StringMap labels { { api::PoolLabel::Name.toString(), name } };
    if (!workspaceId.isEmpty())
        labels[api::PoolLabel::WorkspaceId.toString()] = workspaceId;
    pool.metadata.labels = labels;

    api::StringMap annotations;
    if (!description.isEmpty())
        annotations[api::PoolLabel::Description.toString()] = description;
    const bool prepaid = billing == Billing::YearlyMonthly;
    annotations[QString::fromLatin1(kPoolBillingModeAnnotation)] = prepaid ? QStringLiteral("1") : QStringLiteral("0");
    if (prepaid)
    {
        // Order periods as Huawei Cloud orders count them: type 2 = months, 3 = years.
        const bool years = durationMonths >= 12 && durationMonths % 12 == 0;
        annotations[QString::fromLatin1(kPoolPeriodTypeAnnotation)] = years ? QStringLiteral("3") : QStringLiteral("2");
        annotations[QString::fromLatin1(kPoolPeriodNumAnnotation)]
            = QString::number(years ? durationMonths / 12 : durationMonths);
        annotations[QString::fromLatin1(kPoolAutoRenewAnnotation)]
            = autoRenew ? QStringLiteral("1") : QStringLiteral("0");
    }
    pool.metadata.annotations = annotations;

    api::PoolSpec &spec = pool.spec;
    spec.type = QStringLiteral("Dedicate");
    spec.scope = std::vector<QString>(jobTypes.cbegin(), jobTypes.cend());
    if (poolType == PoolType::Physical && !network.isEmpty())
    {
        api::PoolNetworkRef ref;
        ref.name = network;
        spec.network = ref;
        if (ipv6)
            spec.ipv6enable = true;
    }
    if (customCidr)
    {
        api::PoolContainerNetwork container;
        container.cidr = containerCidr.trimmed();
        spec.containerNetwork = container;
        spec.kubernetesSvcIpRange = serviceCidr.trimmed();
    }
    if (customDriver && !driverVersion.isEmpty())
    {
        api::PoolDriver driver;
        (gpuDriver ? driver.gpuVersion : driver.npuVersion) = driverVersion;
        spec.driver = driver;
    }
    for (const PoolFlavorRow &row : flavors)
    {
        api::PoolResource resource;
        resource.flavor = row.flavorId;
        resource.count = row.instances(manualAz);
        if (manualAz)
        {
            std::vector<api::PoolAzCount> azs;
            for (auto it = row.azCounts.cbegin(); it != row.azCounts.cend(); ++it)
            {
                if (it.value() > 0)
                    azs.push_back({ it.key(), it.value(), {} });
            }
            resource.azs = azs;
        }
        resource.extendParams = Json { { "dockerBaseSize", QString::number(containerEngineGiB).toStdString() } };
        if (advancedNode && !os.isEmpty())
            resource.os = Json { { "name", os.toStdString() } };
        if (storage)
        {
            api::PoolVolume root;
            root.volumeType = systemDiskType;
            root.size = QString::number(systemDiskGiB);
            resource.rootVolume = root;
            std::vector<api::PoolVolume> volumes;
            api::PoolVolume container;
            container.volumeType = containerDiskType;
            container.size = QString::number(containerDiskGiB);
            container.count = 1;
            volumes.push_back(container);
            for (const PoolDataDisk &disk : dataDisks)
            {
                api::PoolVolume v;
                v.volumeType = disk.volumeType;
                v.size = QString::number(disk.sizeGiB);
                v.count = disk.count;
                v.extendParams = Json { { "volumeGroup", "vg-everest-localvolume-persistent" } };
                volumes.push_back(v);
            }
            resource.dataVolumes = volumes;
            // Write Mode of the container disk's volume group (api.md PoolResource.volumeGroupConfigs).
            resource.volumeGroupConfigs = Json::array({ { { "volumeGroup", "vgpaas" },
                { "lvmConfig", { { "lvType", stripedWriteMode ? "striped" : "linear" } } } } });
        }
        if (haRedundancy && row.haRedundantCount > 0)
            resource.labels = api::StringMap { { QStringLiteral("os.modelarts.node/ha.redundant.count"),
                QString::number(row.haRedundantCount) } };
        spec.resources.push_back(resource);
    }
    return pool;
}

api::PoolTagList PoolDraft::tagList() const
{
    api::PoolTagList list;
    for (const KeyValue &t : tags)
        list.tags.push_back({ t.key, t.value, {} });
    return list;
}
} // namespace ma::models
