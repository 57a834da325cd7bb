#include "notebook.h"

namespace ma::api
{
namespace
{
void readPaging(ObjectReader &r, NotebookPaging &out)
{
    r.optional("current", out.current);
    r.optional("pages", out.pages);
    r.optional("size", out.size);
    r.optional("total", out.total);
}

void writePaging(ObjectWriter &w, const NotebookPaging &v)
{
    w.put("current", v.current);
    w.put("pages", v.pages);
    w.put("size", v.size);
    w.put("total", v.total);
}

void requireText(const std::optional<QString> &value, const QString &path)
{
    if (!value || value->isEmpty())
        throw DecodeError(path, QStringLiteral("required field is missing"));
}
} // namespace

bool notebookStatusIsTransient(QStringView status)
{
    for (const QStringView s : { NotebookStatus::Init, NotebookStatus::Creating, NotebookStatus::Starting,
             NotebookStatus::Stopping, NotebookStatus::Deleting, NotebookStatus::Snapshotting })
    {
        if (status == s)
            return true;
    }
    return false;
}

bool notebookStatusIsFailure(QStringView status)
{
    for (const QStringView s : { NotebookStatus::CreateFailed, NotebookStatus::StartFailed,
             NotebookStatus::DeleteFailed, NotebookStatus::Error })
    {
        if (status == s)
            return true;
    }
    return false;
}

void decode(const Json &j, Lease &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("create_at", out.createAt);
    r.optional("duration", out.duration);
    r.optional("enable", out.enable);
    r.optional("type", out.type);
    r.optional("update_at", out.updateAt);
    out.extra = r.rest();
}

Json encode(const Lease &v)
{
    ObjectWriter w(v.extra);
    w.put("create_at", v.createAt);
    w.put("duration", v.duration);
    w.put("enable", v.enable);
    w.put("type", v.type);
    w.put("update_at", v.updateAt);
    return w.take();
}

void decode(const Json &j, LeaseRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("duration", out.duration);
    r.optional("type", out.type);
    out.extra = r.rest();
}

Json encode(const LeaseRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("duration", v.duration);
    w.put("type", v.type);
    return w.take();
}

void decode(const Json &j, NotebookImage &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.optional("name", out.name);
    r.optional("arch", out.arch);
    r.optional("create_at", out.createAt);
    r.optional("description", out.description);
    r.optional("dev_services", out.devServices);
    r.optional("namespace", out.namespace_);
    r.optional("origin", out.origin);
    r.optional("resource_categories", out.resourceCategories);
    r.optional("service_type", out.serviceType);
    r.optional("size", out.size);
    r.optional("status", out.status);
    r.optional("status_message", out.statusMessage);
    r.optional("support_res_categories", out.supportResCategories);
    r.optional("swr_path", out.swrPath);
    r.optional("tag", out.tag);
    r.optional("type", out.type);
    r.optional("update_at", out.updateAt);
    r.optional("visibility", out.visibility);
    r.optional("workspace_id", out.workspaceId);
    out.extra = r.rest();
}

Json encode(const NotebookImage &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("arch", v.arch);
    w.put("create_at", v.createAt);
    w.put("description", v.description);
    w.put("dev_services", v.devServices);
    w.put("namespace", v.namespace_);
    w.put("origin", v.origin);
    w.put("resource_categories", v.resourceCategories);
    w.put("service_type", v.serviceType);
    w.put("size", v.size);
    w.put("status", v.status);
    w.put("status_message", v.statusMessage);
    w.put("support_res_categories", v.supportResCategories);
    w.put("swr_path", v.swrPath);
    w.put("tag", v.tag);
    w.put("type", v.type);
    w.put("update_at", v.updateAt);
    w.put("visibility", v.visibility);
    w.put("workspace_id", v.workspaceId);
    return w.take();
}

void decode(const Json &j, NotebookPoolRef &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    out.extra = r.rest();
}

Json encode(const NotebookPoolRef &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    return w.take();
}

void decode(const Json &j, NotebookVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("category", out.category);
    r.optional("ownership", out.ownership);
    r.optional("capacity", out.capacity);
    r.optional("uri", out.uri);
    r.optional("id", out.id);
    r.optional("mount_path", out.mountPath);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const NotebookVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("category", v.category);
    w.put("ownership", v.ownership);
    w.put("capacity", v.capacity);
    w.put("uri", v.uri);
    w.put("id", v.id);
    w.put("mount_path", v.mountPath);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, NotebookEndpoint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("service", out.service);
    r.optional("key_pair_names", out.keyPairNames);
    r.optional("allowed_access_ips", out.allowedAccessIps);
    r.optional("dev_service", out.devService);
    r.optional("ssh_keys", out.sshKeys);
    r.optional("uri", out.uri);
    out.extra = r.rest();
}

Json encode(const NotebookEndpoint &v)
{
    ObjectWriter w(v.extra);
    w.put("service", v.service);
    w.put("key_pair_names", v.keyPairNames);
    w.put("allowed_access_ips", v.allowedAccessIps);
    w.put("dev_service", v.devService);
    w.put("ssh_keys", v.sshKeys);
    w.put("uri", v.uri);
    return w.take();
}

void decode(const Json &j, NotebookActionProgress &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("notebook_id", out.notebookId);
    r.optional("status", out.status);
    r.optional("step", out.step);
    r.optional("step_description", out.stepDescription);
    out.extra = r.rest();
}

Json encode(const NotebookActionProgress &v)
{
    ObjectWriter w(v.extra);
    w.put("notebook_id", v.notebookId);
    w.put("status", v.status);
    w.put("step", v.step);
    w.put("step_description", v.stepDescription);
    return w.take();
}

void decode(const Json &j, NotebookDomain &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    out.extra = r.rest();
}

Json encode(const NotebookDomain &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    return w.take();
}

void decode(const Json &j, NotebookUser &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    r.optional("domain", out.domain);
    out.extra = r.rest();
}

Json encode(const NotebookUser &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("domain", v.domain);
    return w.take();
}

void decode(const Json &j, Notebook &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    r.optional("description", out.description);
    r.optional("status", out.status);
    r.optional("flavor", out.flavor);
    r.optional("feature", out.feature);
    r.optional("workspace_id", out.workspaceId);
    r.optional("token", out.token);
    r.optional("url", out.url);
    r.optional("fail_reason", out.failReason);
    r.optional("create_at", out.createAt);
    r.optional("update_at", out.updateAt);
    r.optional("image", out.image);
    r.optional("lease", out.lease);
    r.optional("pool", out.pool);
    r.optional("volume", out.volume);
    r.optional("endpoints", out.endpoints);
    r.optional("action_progress", out.actionProgress);
    r.optional("billing_items", out.billingItems);
    r.optional("user", out.user);
    r.optional("data_volumes", out.dataVolumes);
    out.extra = r.rest();
}

Json encode(const Notebook &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("status", v.status);
    w.put("flavor", v.flavor);
    w.put("feature", v.feature);
    w.put("workspace_id", v.workspaceId);
    w.put("token", v.token);
    w.put("url", v.url);
    w.put("fail_reason", v.failReason);
    w.put("create_at", v.createAt);
    w.put("update_at", v.updateAt);
    w.put("image", v.image);
    w.put("lease", v.lease);
    w.put("pool", v.pool);
    w.put("volume", v.volume);
    w.put("endpoints", v.endpoints);
    w.put("action_progress", v.actionProgress);
    w.put("billing_items", v.billingItems);
    w.put("user", v.user);
    w.put("data_volumes", v.dataVolumes);
    return w.take();
}

void decode(const Json &j, NotebookCreate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("name", out.name);
    r.required("flavor", out.flavor);
    r.required("image_id", out.imageId);
    r.required("volume", out.volume);
    // NotebookVolume is shared with replies and so lenient; VolumeReq makes these two mandatory.
    const QString volumePath = joinPath(path, "volume");
    requireText(out.volume.category, joinPath(volumePath, "category"));
    requireText(out.volume.ownership, joinPath(volumePath, "ownership"));
    r.optional("description", out.description);
    r.optional("feature", out.feature);
    r.optional("duration", out.duration);
    r.optional("endpoints", out.endpoints);
    r.optional("pool_id", out.poolId);
    r.optional("workspace_id", out.workspaceId);
    r.optional("hooks", out.hooks);
    r.optional("lease", out.lease);
    out.extra = r.rest();
}

Json encode(const NotebookCreate &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("flavor", v.flavor);
    w.put("image_id", v.imageId);
    w.put("volume", v.volume);
    w.put("description", v.description);
    w.put("feature", v.feature);
    w.put("duration", v.duration);
    w.put("endpoints", v.endpoints);
    w.put("pool_id", v.poolId);
    w.put("workspace_id", v.workspaceId);
    w.put("hooks", v.hooks);
    w.put("lease", v.lease);
    return w.take();
}

void decode(const Json &j, NotebookUpdate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("description", out.description);
    r.optional("flavor", out.flavor);
    r.optional("image_id", out.imageId);
    r.optional("storage_new_size", out.storageNewSize);
    r.optional("endpoints", out.endpoints);
    r.optional("hooks", out.hooks);
    out.extra = r.rest();
}

Json encode(const NotebookUpdate &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("flavor", v.flavor);
    w.put("image_id", v.imageId);
    w.put("storage_new_size", v.storageNewSize);
    w.put("endpoints", v.endpoints);
    w.put("hooks", v.hooks);
    return w.take();
}

void decode(const Json &j, NotebookList &out, const QString &path)
{
    ObjectReader r(j, path);
    readPaging(r, out);
    r.list("data", out.data);
    out.extra = r.rest();
}

Json encode(const NotebookList &v)
{
    ObjectWriter w(v.extra);
    writePaging(w, v);
    w.put("data", v.data);
    return w.take();
}

void decode(const Json &j, NotebookFlavorBilling &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("code", out.code);
    r.optional("unit_num", out.unitNum);
    out.extra = r.rest();
}

Json encode(const NotebookFlavorBilling &v)
{
    ObjectWriter w(v.extra);
    w.put("code", v.code);
    w.put("unit_num", v.unitNum);
    return w.take();
}

void decode(const Json &j, NotebookFlavorGpu &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("gpu", out.gpu);
    r.optional("gpu_memory", out.gpuMemory);
    r.optional("type", out.type);
    out.extra = r.rest();
}

Json encode(const NotebookFlavorGpu &v)
{
    ObjectWriter w(v.extra);
    w.put("gpu", v.gpu);
    w.put("gpu_memory", v.gpuMemory);
    w.put("type", v.type);
    return w.take();
}

void decode(const Json &j, NotebookFlavor &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.optional("name", out.name);
    r.optional("arch", out.arch);
    r.optional("billing", out.billing);
    r.optional("category", out.category);
    r.optional("description", out.description);
    r.optional("feature", out.feature);
    r.optional("free", out.free);
    r.optional("gpu", out.gpu);
    r.optional("memory", out.memory);
    r.optional("sold_out", out.soldOut);
    r.optional("storages", out.storages);
    r.optional("vcpus", out.vcpus);
    out.extra = r.rest();
}

Json encode(const NotebookFlavor &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("arch", v.arch);
    w.put("billing", v.billing);
    w.put("category", v.category);
    w.put("description", v.description);
    w.put("feature", v.feature);
    w.put("free", v.free);
    w.put("gpu", v.gpu);
    w.put("memory", v.memory);
    w.put("sold_out", v.soldOut);
    w.put("storages", v.storages);
    w.put("vcpus", v.vcpus);
    return w.take();
}

void decode(const Json &j, NotebookFlavorList &out, const QString &path)
{
    ObjectReader r(j, path);
    readPaging(r, out);
    r.list("data", out.data);
    r.optional("flavors", out.flavors);
    out.extra = r.rest();
}

Json encode(const NotebookFlavorList &v)
{
    ObjectWriter w(v.extra);
    writePaging(w, v);
    w.put("data", v.data);
    w.put("flavors", v.flavors);
    return w.take();
}

void decode(const Json &j, NotebookImageList &out, const QString &path)
{
    ObjectReader r(j, path);
    readPaging(r, out);
    r.list("data", out.data);
    out.extra = r.rest();
}

Json encode(const NotebookImageList &v)
{
    ObjectWriter w(v.extra);
    writePaging(w, v);
    w.put("data", v.data);
    return w.take();
}

void decode(const Json &j, DataVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.optional("category", out.category);
    r.optional("mount_path", out.mountPath);
    r.optional("uri", out.uri);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const DataVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("category", v.category);
    w.put("mount_path", v.mountPath);
    w.put("uri", v.uri);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, DataVolumeMountRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("category", out.category);
    r.required("mount_path", out.mountPath);
    r.required("uri", out.uri);
    out.extra = r.rest();
}

Json encode(const DataVolumeMountRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("category", v.category);
    w.put("mount_path", v.mountPath);
    w.put("uri", v.uri);
    return w.take();
}

void decode(const Json &j, DataVolumeList &out, const QString &path)
{
    ObjectReader r(j, path);
    readPaging(r, out);
    r.list("data", out.data);
    out.extra = r.rest();
}

Json encode(const DataVolumeList &v)
{
    ObjectWriter w(v.extra);
    writePaging(w, v);
    w.put("data", v.data);
    return w.take();
}

qint64 notebookFlavorMemoryBytes(const NotebookFlavor &flavor)
{
    return flavor.memory ? *flavor.memory * 1024 : 0;
}

std::optional<qint64> leaseExpiresAtMs(const Lease &lease)
{
    if (!lease.createAt || !lease.duration)
        return std::nullopt;
    return *lease.createAt + *lease.duration;
}
} // namespace ma::api
