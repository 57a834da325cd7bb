#include "notebook.h"

#include "api/jsonfields.h"

namespace ma::api
{
namespace
{
// The page fields every notebook-service list reply starts with.
constexpr auto pagingFields
    = std::make_tuple(field("current", &NotebookPaging::current), field("pages", &NotebookPaging::pages),
        field("size", &NotebookPaging::size), field("total", &NotebookPaging::total));

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

constexpr auto leaseFields = std::make_tuple(field("create_at", &Lease::createAt), field("duration", &Lease::duration),
    field("enable", &Lease::enable), field("type", &Lease::type), field("update_at", &Lease::updateAt));
MA_JSON_OBJECT(Lease, leaseFields)

constexpr auto leaseRequestFields
    = std::make_tuple(field("duration", &LeaseRequest::duration), field("type", &LeaseRequest::type));
MA_JSON_OBJECT(LeaseRequest, leaseRequestFields)

constexpr auto notebookImageFields = std::make_tuple(field("id", &NotebookImage::id),
    field("name", &NotebookImage::name), field("arch", &NotebookImage::arch),
    field("create_at", &NotebookImage::createAt), field("description", &NotebookImage::description),
    field("dev_services", &NotebookImage::devServices), field("namespace", &NotebookImage::namespace_),
    field("origin", &NotebookImage::origin), field("resource_categories", &NotebookImage::resourceCategories),
    field("service_type", &NotebookImage::serviceType), field("size", &NotebookImage::size),
    field("status", &NotebookImage::status), field("status_message", &NotebookImage::statusMessage),
    field("support_res_categories", &NotebookImage::supportResCategories), field("swr_path", &NotebookImage::swrPath),
    field("tag", &NotebookImage::tag), field("type", &NotebookImage::type),
    field("update_at", &NotebookImage::updateAt), field("visibility", &NotebookImage::visibility),
    field("workspace_id", &NotebookImage::workspaceId));
MA_JSON_OBJECT(NotebookImage, notebookImageFields)

constexpr auto notebookPoolRefFields
    = std::make_tuple(field("id", &NotebookPoolRef::id), field("name", &NotebookPoolRef::name));
MA_JSON_OBJECT(NotebookPoolRef, notebookPoolRefFields)

constexpr auto notebookVolumeFields = std::make_tuple(field("category", &NotebookVolume::category),
    field("ownership", &NotebookVolume::ownership), field("capacity", &NotebookVolume::capacity),
    field("uri", &NotebookVolume::uri), field("id", &NotebookVolume::id),
    field("mount_path", &NotebookVolume::mountPath), field("status", &NotebookVolume::status));
MA_JSON_OBJECT(NotebookVolume, notebookVolumeFields)

constexpr auto notebookEndpointFields = std::make_tuple(field("service", &NotebookEndpoint::service),
    field("key_pair_names", &NotebookEndpoint::keyPairNames),
    field("allowed_access_ips", &NotebookEndpoint::allowedAccessIps),
    field("dev_service", &NotebookEndpoint::devService), field("ssh_keys", &NotebookEndpoint::sshKeys),
    field("uri", &NotebookEndpoint::uri));
MA_JSON_OBJECT(NotebookEndpoint, notebookEndpointFields)

constexpr auto notebookActionProgressFields = std::make_tuple(field("notebook_id", &NotebookActionProgress::notebookId),
    field("status", &NotebookActionProgress::status), field("step", &NotebookActionProgress::step),
    field("step_description", &NotebookActionProgress::stepDescription));
MA_JSON_OBJECT(NotebookActionProgress, notebookActionProgressFields)

constexpr auto notebookDomainFields
    = std::make_tuple(field("id", &NotebookDomain::id), field("name", &NotebookDomain::name));
MA_JSON_OBJECT(NotebookDomain, notebookDomainFields)

constexpr auto notebookUserFields = std::make_tuple(
    field("id", &NotebookUser::id), field("name", &NotebookUser::name), field("domain", &NotebookUser::domain));
MA_JSON_OBJECT(NotebookUser, notebookUserFields)

constexpr auto notebookTagFields
    = std::make_tuple(field("key", &NotebookTag::key), field("value", &NotebookTag::value));
MA_JSON_OBJECT(NotebookTag, notebookTagFields)

constexpr auto notebookFields = std::make_tuple(field("id", &Notebook::id), field("name", &Notebook::name),
    field("description", &Notebook::description), field("status", &Notebook::status),
    field("flavor", &Notebook::flavor), field("feature", &Notebook::feature),
    field("workspace_id", &Notebook::workspaceId), field("token", &Notebook::token), field("url", &Notebook::url),
    field("fail_reason", &Notebook::failReason), field("create_at", &Notebook::createAt),
    field("update_at", &Notebook::updateAt), field("image", &Notebook::image), field("lease", &Notebook::lease),
    field("pool", &Notebook::pool), field("volume", &Notebook::volume), field("endpoints", &Notebook::endpoints),
    field("action_progress", &Notebook::actionProgress), field("billing_items", &Notebook::billingItems),
    field("user", &Notebook::user), field("data_volumes", &Notebook::dataVolumes), field("tags", &Notebook::tags));
MA_JSON_OBJECT(Notebook, notebookFields)

constexpr auto notebookCreateFields = std::make_tuple(field("name", &NotebookCreate::name),
    field("flavor", &NotebookCreate::flavor), field("image_id", &NotebookCreate::imageId),
    field("volume", &NotebookCreate::volume), field("description", &NotebookCreate::description),
    field("feature", &NotebookCreate::feature), field("duration", &NotebookCreate::duration),
    field("endpoints", &NotebookCreate::endpoints), field("pool_id", &NotebookCreate::poolId),
    field("workspace_id", &NotebookCreate::workspaceId), field("hooks", &NotebookCreate::hooks),
    field("lease", &NotebookCreate::lease), field("tags", &NotebookCreate::tags));

void decode(const Json &j, NotebookCreate &out, const QString &path)
{
    decodeObject(j, out, path, notebookCreateFields);
    // NotebookVolume is shared with replies and so lenient; VolumeReq makes these two mandatory.
    const QString volumePath = joinPath(path, "volume");
    requireText(out.volume.category, joinPath(volumePath, "category"));
    requireText(out.volume.ownership, joinPath(volumePath, "ownership"));
}

Json encode(const NotebookCreate &v)
{
    return encodeObject(v, notebookCreateFields);
}

constexpr auto notebookUpdateFields = std::make_tuple(field("name", &NotebookUpdate::name),
    field("description", &NotebookUpdate::description), field("flavor", &NotebookUpdate::flavor),
    field("image_id", &NotebookUpdate::imageId), field("storage_new_size", &NotebookUpdate::storageNewSize),
    field("endpoints", &NotebookUpdate::endpoints), field("hooks", &NotebookUpdate::hooks));
MA_JSON_OBJECT(NotebookUpdate, notebookUpdateFields)

constexpr auto notebookListFields
    = std::tuple_cat(pagingFields, std::make_tuple(listField("data", &NotebookList::data)));
MA_JSON_OBJECT(NotebookList, notebookListFields)

constexpr auto notebookFlavorBillingFields
    = std::make_tuple(field("code", &NotebookFlavorBilling::code), field("unit_num", &NotebookFlavorBilling::unitNum));
MA_JSON_OBJECT(NotebookFlavorBilling, notebookFlavorBillingFields)

constexpr auto notebookFlavorGpuFields = std::make_tuple(field("gpu", &NotebookFlavorGpu::gpu),
    field("gpu_memory", &NotebookFlavorGpu::gpuMemory), field("type", &NotebookFlavorGpu::type));
MA_JSON_OBJECT(NotebookFlavorGpu, notebookFlavorGpuFields)

constexpr auto notebookFlavorFields = std::make_tuple(field("id", &NotebookFlavor::id),
    field("name", &NotebookFlavor::name), field("arch", &NotebookFlavor::arch),
    field("billing", &NotebookFlavor::billing), field("category", &NotebookFlavor::category),
    field("description", &NotebookFlavor::description), field("feature", &NotebookFlavor::feature),
    field("free", &NotebookFlavor::free), field("gpu", &NotebookFlavor::gpu), field("memory", &NotebookFlavor::memory),
    field("sold_out", &NotebookFlavor::soldOut), field("storages", &NotebookFlavor::storages),
    field("vcpus", &NotebookFlavor::vcpus));
MA_JSON_OBJECT(NotebookFlavor, notebookFlavorFields)

constexpr auto notebookFlavorListFields = std::tuple_cat(pagingFields,
    std::make_tuple(listField("data", &NotebookFlavorList::data), field("flavors", &NotebookFlavorList::flavors)));
MA_JSON_OBJECT(NotebookFlavorList, notebookFlavorListFields)

constexpr auto notebookImageListFields
    = std::tuple_cat(pagingFields, std::make_tuple(listField("data", &NotebookImageList::data)));
MA_JSON_OBJECT(NotebookImageList, notebookImageListFields)

constexpr auto dataVolumeFields = std::make_tuple(field("id", &DataVolume::id),
    field("category", &DataVolume::category), field("mount_path", &DataVolume::mountPath),
    field("uri", &DataVolume::uri), field("status", &DataVolume::status));
MA_JSON_OBJECT(DataVolume, dataVolumeFields)

constexpr auto dataVolumeMountRequestFields = std::make_tuple(field("category", &DataVolumeMountRequest::category),
    field("mount_path", &DataVolumeMountRequest::mountPath), field("uri", &DataVolumeMountRequest::uri));
MA_JSON_OBJECT(DataVolumeMountRequest, dataVolumeMountRequestFields)

constexpr auto dataVolumeListFields
    = std::tuple_cat(pagingFields, std::make_tuple(listField("data", &DataVolumeList::data)));
MA_JSON_OBJECT(DataVolumeList, dataVolumeListFields)

constexpr auto notebookTagListFields = std::make_tuple(listField("tags", &NotebookTagList::tags));
MA_JSON_OBJECT(NotebookTagList, notebookTagListFields)

constexpr auto notebookTagValuesFields
    = std::make_tuple(field("key", &NotebookTagValues::key), listField("values", &NotebookTagValues::values));
MA_JSON_OBJECT(NotebookTagValues, notebookTagValuesFields)

constexpr auto notebookTagSummaryFields = std::make_tuple(listField("tags", &NotebookTagSummary::tags));
MA_JSON_OBJECT(NotebookTagSummary, notebookTagSummaryFields)

constexpr auto notebookImageSaveFields
    = std::make_tuple(field("name", &NotebookImageSave::name), field("tag", &NotebookImageSave::tag),
        field("description", &NotebookImageSave::description), field("namespace", &NotebookImageSave::namespace_));
MA_JSON_OBJECT(NotebookImageSave, notebookImageSaveFields)

constexpr auto notebookEventFields
    = std::make_tuple(field("time", &NotebookEvent::time), field("event", &NotebookEvent::event),
        field("severity", &NotebookEvent::severity), field("description", &NotebookEvent::description));
MA_JSON_OBJECT(NotebookEvent, notebookEventFields)

constexpr auto notebookEventListFields
    = std::make_tuple(field("total", &NotebookEventList::total), listField("events", &NotebookEventList::events));
MA_JSON_OBJECT(NotebookEventList, notebookEventListFields)

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
