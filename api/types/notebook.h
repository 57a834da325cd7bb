#pragma once

// Notebook (DevEnviron) resources of /v1/{project_id}/notebooks… and /v1/{project_id}/images
// (api.md §2.3, N-1..N-17). JSON keys are snake_case; C++ members their camelCase.
//
// Replies are read leniently: the PUT reply is published partial (no id), so every field
// of Notebook is optional. Request bodies are strict where the API marks fields mandatory
// (NotebookCreate: name, flavor, image_id, volume.category, volume.ownership; OBS mount:
// category, mount_path, uri).

#include "api/jsoncodec.h"

#include <optional>
#include <QStringView>
#include <vector>

namespace ma::api
{
/** Values of Notebook.status (api.md §3). */
namespace NotebookStatus
{
inline constexpr QStringView Init = u"INIT";
inline constexpr QStringView Creating = u"CREATING";
inline constexpr QStringView Starting = u"STARTING";
inline constexpr QStringView Stopping = u"STOPPING";
inline constexpr QStringView Deleting = u"DELETING";
inline constexpr QStringView Running = u"RUNNING";
inline constexpr QStringView Stopped = u"STOPPED";
inline constexpr QStringView Snapshotting = u"SNAPSHOTTING";
inline constexpr QStringView CreateFailed = u"CREATE_FAILED";
inline constexpr QStringView StartFailed = u"START_FAILED";
inline constexpr QStringView DeleteFailed = u"DELETE_FAILED";
inline constexpr QStringView Error = u"ERROR";
inline constexpr QStringView Deleted = u"DELETED";
inline constexpr QStringView Frozen = u"FROZEN";
} // namespace NotebookStatus

/** Values of action_progress[].status. */
namespace NotebookProgressStatus
{
inline constexpr QStringView Waiting = u"WAITING";
inline constexpr QStringView Processing = u"PROCESSING";
inline constexpr QStringView Failed = u"FAILED";
inline constexpr QStringView Completed = u"COMPLETED";
} // namespace NotebookProgressStatus

/** Values of DataVolume.status (OBS mounts). */
namespace DataVolumeStatus
{
inline constexpr QStringView Mounting = u"MOUNTING";
inline constexpr QStringView MountFailed = u"MOUNT_FAILED";
inline constexpr QStringView Mounted = u"MOUNTED";
inline constexpr QStringView Unmounting = u"UNMOUNTING";
inline constexpr QStringView UnmountFailed = u"UNMOUNT_FAILED";
inline constexpr QStringView Unmounted = u"UNMOUNTED";
} // namespace DataVolumeStatus

/** Values of NotebookImage.status. */
namespace NotebookImageStatus
{
inline constexpr QStringView Init = u"INIT";
inline constexpr QStringView Creating = u"CREATING";
inline constexpr QStringView CreateFailed = u"CREATE_FAILED";
inline constexpr QStringView Error = u"ERROR";
inline constexpr QStringView Deleted = u"DELETED";
inline constexpr QStringView Active = u"ACTIVE";
} // namespace NotebookImageStatus

/** Lease.type; replies use upper case, the request text lower case: compare case-insensitively. */
namespace LeaseType
{
inline constexpr QStringView Timing = u"TIMING";
inline constexpr QStringView Idle = u"IDLE";
} // namespace LeaseType

/** True for the states a poll waits through (INIT, CREATING, STARTING, STOPPING, DELETING, SNAPSHOTTING). */
bool notebookStatusIsTransient(QStringView status);

/** True for CREATE_FAILED, START_FAILED, DELETE_FAILED and ERROR (Terraform's terminal errors). */
bool notebookStatusIsFailure(QStringView status);

// ---------------------------------------------------------------------------
// Pieces of a notebook
// ---------------------------------------------------------------------------

/** @brief Auto-stop lease (N-9, N-10 replies; embedded in Notebook). */
struct Lease
{
    std::optional<qint64> createAt; // ms epoch
    std::optional<qint64> duration; // ms, counted from create_at
    std::optional<bool> enable;
    std::optional<QString> type; // TIMING | IDLE (any case)
    std::optional<qint64> updateAt; // ms epoch
    Json extra;
};

/** @brief Body of PATCH …/lease (N-10) and NotebookCreate.lease. */
struct LeaseRequest
{
    std::optional<qint64> duration; // ms
    std::optional<QString> type; // default timing
    Json extra;
};

/** @brief An image (N-13 items; also embedded in Notebook with a subset of fields). */
struct NotebookImage
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> arch; // X86_64 | AARCH64 (examples lower case)
    std::optional<qint64> createAt;
    std::optional<QString> description;
    std::optional<std::vector<QString>> devServices;
    std::optional<QString> namespace_; // JSON key "namespace"
    std::optional<QString> origin;
    std::optional<std::vector<QString>> resourceCategories;
    std::optional<QString> serviceType;
    std::optional<qint64> size; // KB
    std::optional<QString> status;
    std::optional<QString> statusMessage;
    std::optional<std::vector<QString>> supportResCategories;
    std::optional<QString> swrPath;
    std::optional<QString> tag;
    std::optional<QString> type; // BUILD_IN | DEDICATED
    std::optional<qint64> updateAt;
    std::optional<QString> visibility;
    std::optional<QString> workspaceId;
    Json extra;
};

struct NotebookPoolRef
{
    std::optional<QString> id;
    std::optional<QString> name;
    Json extra;
};

/** @brief Storage of a notebook: NotebookCreate.volume (category/ownership strict) and Notebook.volume. */
struct NotebookVolume
{
    std::optional<QString> category; // EVS | SFS | EFS | OBS | OBSFS (any case)
    std::optional<QString> ownership; // MANAGED | DEDICATED
    std::optional<int> capacity; // GB
    std::optional<QString> uri;
    std::optional<QString> id;
    std::optional<QString> mountPath; // reply only ("/home/ma-user/work/")
    std::optional<QString> status; // reply only (RESIZING, …)
    Json extra;
};

/** @brief Remote-access endpoint: request form {service, key_pair_names, allowed_access_ips}, reply adds the rest. */
struct NotebookEndpoint
{
    std::optional<QString> service; // NOTEBOOK | SSH
    std::optional<std::vector<QString>> keyPairNames;
    std::optional<std::vector<QString>> allowedAccessIps;
    std::optional<QString> devService;
    std::optional<std::vector<QString>> sshKeys;
    std::optional<QString> uri;
    Json extra;
};

struct NotebookActionProgress
{
    std::optional<QString> notebookId;
    std::optional<QString> status; // NotebookProgressStatus
    std::optional<int> step; // 1 storage, 2 compute, 3 network, 4 init
    std::optional<QString> stepDescription;
    Json extra;
};

struct NotebookDomain
{
    std::optional<QString> id;
    std::optional<QString> name;
    Json extra;
};

struct NotebookUser
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<NotebookDomain> domain;
    Json extra;
};

/** @brief A TMS-style resource tag (N-18 tags/create, tags/delete; Notebook.tags). */
struct NotebookTag
{
    std::optional<QString> key;
    std::optional<QString> value;
    Json extra;
};

// ---------------------------------------------------------------------------
// Notebook, requests, lists
// ---------------------------------------------------------------------------

/** @brief A notebook instance (N-1, N-4..N-8 replies; N-2/N-3 items). */
struct Notebook
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> status; // NotebookStatus
    std::optional<QString> flavor;
    std::optional<QString> feature; // DEFAULT | NOTEBOOK
    std::optional<QString> workspaceId;
    std::optional<QString> token;
    std::optional<QString> url;
    std::optional<QString> failReason;
    std::optional<qint64> createAt;
    std::optional<qint64> updateAt;
    std::optional<NotebookImage> image;
    std::optional<Lease> lease;
    std::optional<NotebookPoolRef> pool;
    std::optional<NotebookVolume> volume;
    std::optional<std::vector<NotebookEndpoint>> endpoints;
    std::optional<std::vector<NotebookActionProgress>> actionProgress;
    std::optional<std::vector<QString>> billingItems;
    std::optional<NotebookUser> user;
    std::optional<Json> dataVolumes; // SDK-only, shape not documented
    std::optional<std::vector<NotebookTag>> tags; // SDK field
    Json extra;
};

/** @brief Body of POST /v1/{project_id}/notebooks (N-1). */
struct NotebookCreate
{
    QString name;
    QString flavor;
    QString imageId;
    NotebookVolume volume; // category and ownership required
    std::optional<QString> description;
    std::optional<QString> feature;
    std::optional<qint64> duration; // ms; when set the lease is ignored
    std::optional<std::vector<NotebookEndpoint>> endpoints;
    std::optional<QString> poolId;
    std::optional<QString> workspaceId;
    std::optional<Json> hooks; // {container_hooks: {post_start|pre_start: {script, type}}}
    std::optional<LeaseRequest> lease;
    std::optional<std::vector<NotebookTag>> tags; // console Table 6-3
    Json extra;
};

/** @brief Body of PUT /v1/{project_id}/notebooks/{id} (N-5, stopped instances only). */
struct NotebookUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> flavor;
    std::optional<QString> imageId;
    std::optional<int> storageNewSize; // GB, EVS only
    std::optional<std::vector<NotebookEndpoint>> endpoints;
    std::optional<Json> hooks;
    Json extra;
};

/** Paging counters every notebook-family list carries (api.md §7; `current`'s base is unclear). */
struct NotebookPaging
{
    std::optional<int> current;
    std::optional<int> pages;
    std::optional<int> size;
    std::optional<qint64> total;
};

struct NotebookList : NotebookPaging
{
    std::vector<Notebook> data;
    Json extra;
};

/** @brief A notebook flavor (N-11, N-12). */
struct NotebookFlavorBilling
{
    std::optional<QString> code;
    std::optional<int> unitNum;
    Json extra;
};

struct NotebookFlavorGpu
{
    std::optional<int> gpu; // number of cards
    std::optional<QString> gpuMemory;
    std::optional<QString> type;
    Json extra;
};

struct NotebookFlavor
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> arch;
    std::optional<NotebookFlavorBilling> billing;
    std::optional<QString> category; // CPU | GPU | ASCEND
    std::optional<QString> description;
    std::optional<QString> feature;
    std::optional<bool> free;
    std::optional<NotebookFlavorGpu> gpu;
    std::optional<qint64> memory; // KiB (inferred: "8 GB" flavor has 8388608)
    std::optional<bool> soldOut;
    std::optional<std::vector<QString>> storages;
    std::optional<int> vcpus;
    Json extra;
};

/** The flavor lists repeat the items under `data` and (N-12, sometimes N-11) `flavors`. */
struct NotebookFlavorList : NotebookPaging
{
    std::vector<NotebookFlavor> data;
    std::optional<std::vector<NotebookFlavor>> flavors;
    Json extra;
};

struct NotebookImageList : NotebookPaging
{
    std::vector<NotebookImage> data;
    Json extra;
};

/** @brief An OBS storage mounted into a running notebook (N-14, N-16, N-17 replies). */
struct DataVolume
{
    QString id;
    std::optional<QString> category; // OBS | OBSFS
    std::optional<QString> mountPath;
    std::optional<QString> uri;
    std::optional<QString> status; // DataVolumeStatus
    Json extra;
};

/** @brief Body of POST …/notebooks/{id}/storage (N-14). */
struct DataVolumeMountRequest
{
    QString category; // "OBS"
    QString mountPath; // under /data/
    QString uri; // obs://bucket/path/
    Json extra;
};

struct DataVolumeList : NotebookPaging
{
    std::vector<DataVolume> data;
    Json extra;
};

/** @brief Body of POST …/notebooks/{id}/tags/create and DELETE …/tags/delete; reply of GET …/{id}/tags. */
struct NotebookTagList
{
    std::vector<NotebookTag> tags;
    Json extra;
};

/** @brief One key of GET /v1/{project_id}/notebooks/tags: every value in use. */
struct NotebookTagValues
{
    QString key;
    std::vector<QString> values;
    Json extra;
};

struct NotebookTagSummary
{
    std::vector<NotebookTagValues> tags;
    Json extra;
};

/** @brief Body of POST …/notebooks/{id}/create-image (console: Save Image). */
struct NotebookImageSave
{
    QString name; // SWR repository: lower-case letters, digits, . _ -
    std::optional<QString> tag; // default "latest"
    std::optional<QString> description;
    std::optional<QString> namespace_; // the organization; JSON key "namespace"
    Json extra;
};

/** @brief One event of GET …/notebooks/{id}/events (the console's Events tab: event, description, severity). */
struct NotebookEvent
{
    std::optional<qint64> time; // ms epoch
    std::optional<QString> event; // "NotebookHealthy", "PullImageFailed"...
    std::optional<QString> severity; // "Warning" for routine events too (the guide's wording), "Major"...
    std::optional<QString> description;
    Json extra;
};

struct NotebookEventList
{
    std::optional<qint64> total;
    std::vector<NotebookEvent> events;
    Json extra;
};

/** At most this many tags on a notebook (the console's 20, as for pools and training jobs). */
inline constexpr int kMaxNotebookTags = 20;
/** Largest EVS growth per expansion and largest EVS size (notebooks.md §4.11). */
inline constexpr int kMaxEvsStepGb = 100;
inline constexpr int kMaxEvsGb = 4096;

void decode(const Json &j, Lease &out, const QString &path);
Json encode(const Lease &v);
void decode(const Json &j, LeaseRequest &out, const QString &path);
Json encode(const LeaseRequest &v);
void decode(const Json &j, NotebookImage &out, const QString &path);
Json encode(const NotebookImage &v);
void decode(const Json &j, NotebookPoolRef &out, const QString &path);
Json encode(const NotebookPoolRef &v);
void decode(const Json &j, NotebookVolume &out, const QString &path);
Json encode(const NotebookVolume &v);
void decode(const Json &j, NotebookEndpoint &out, const QString &path);
Json encode(const NotebookEndpoint &v);
void decode(const Json &j, NotebookActionProgress &out, const QString &path);
Json encode(const NotebookActionProgress &v);
void decode(const Json &j, NotebookDomain &out, const QString &path);
Json encode(const NotebookDomain &v);
void decode(const Json &j, NotebookUser &out, const QString &path);
Json encode(const NotebookUser &v);
void decode(const Json &j, Notebook &out, const QString &path);
Json encode(const Notebook &v);
void decode(const Json &j, NotebookCreate &out, const QString &path);
Json encode(const NotebookCreate &v);
void decode(const Json &j, NotebookUpdate &out, const QString &path);
Json encode(const NotebookUpdate &v);
void decode(const Json &j, NotebookList &out, const QString &path);
Json encode(const NotebookList &v);
void decode(const Json &j, NotebookFlavorBilling &out, const QString &path);
Json encode(const NotebookFlavorBilling &v);
void decode(const Json &j, NotebookFlavorGpu &out, const QString &path);
Json encode(const NotebookFlavorGpu &v);
void decode(const Json &j, NotebookFlavor &out, const QString &path);
Json encode(const NotebookFlavor &v);
void decode(const Json &j, NotebookFlavorList &out, const QString &path);
Json encode(const NotebookFlavorList &v);
void decode(const Json &j, NotebookImageList &out, const QString &path);
Json encode(const NotebookImageList &v);
void decode(const Json &j, DataVolume &out, const QString &path);
Json encode(const DataVolume &v);
void decode(const Json &j, DataVolumeMountRequest &out, const QString &path);
Json encode(const DataVolumeMountRequest &v);
void decode(const Json &j, DataVolumeList &out, const QString &path);
Json encode(const DataVolumeList &v);
void decode(const Json &j, NotebookTag &out, const QString &path);
Json encode(const NotebookTag &v);
void decode(const Json &j, NotebookTagList &out, const QString &path);
Json encode(const NotebookTagList &v);
void decode(const Json &j, NotebookTagValues &out, const QString &path);
Json encode(const NotebookTagValues &v);
void decode(const Json &j, NotebookTagSummary &out, const QString &path);
Json encode(const NotebookTagSummary &v);
void decode(const Json &j, NotebookEvent &out, const QString &path);
Json encode(const NotebookEvent &v);
void decode(const Json &j, NotebookEventList &out, const QString &path);
Json encode(const NotebookEventList &v);
void decode(const Json &j, NotebookImageSave &out, const QString &path);
Json encode(const NotebookImageSave &v);

/** Flavor memory in bytes (the API's `memory` is KiB); 0 when absent. */
qint64 notebookFlavorMemoryBytes(const NotebookFlavor &flavor);

/** When the lease runs out (create_at + duration, ms epoch); nullopt when either is missing. */
std::optional<qint64> leaseExpiresAtMs(const Lease &lease);
} // namespace ma::api
