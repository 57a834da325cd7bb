#include "notebookmodule.h"

#include "lifecycleticker.h"
#include "localexecutor.h"
#include "notebookcatalog.h"
#include "notebookjupyter.h"
#include "poolview.h"
#include "serverutil.h"
#include "workspacequota.h"

#include <algorithm>
#include <climits>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>

namespace ma::server
{
namespace
{
Q_LOGGING_CATEGORY(lcNotebook, "ma.server.notebook")

// Nominal durations of the lifecycle (divided by --time-scale).
constexpr int kSteps = 4;
constexpr qint64 kStepMs = 8000; // each action_progress step while CREATING
constexpr qint64 kCreatingMs = kStepMs * kSteps;
constexpr qint64 kStartingMs = 12000;
constexpr qint64 kStoppingMs = 8000;
constexpr qint64 kDeletingMs = 6000;
constexpr qint64 kMountMs = 4000;
constexpr qint64 kUnmountMs = 4000;
constexpr qint64 kSnapshotMs = 5 * 60 * 1000; // "about 5 minutes" (notebooks.md §4.10)
constexpr qint64 kResizeMs = 20000; // EVS expansion ("Expanding", §4.11)
// The service stops an expired instance a few minutes late so that it can still be renewed.
constexpr qint64 kAutoStopGraceMs = 2 * 60 * 1000;

constexpr qint64 kMinLeaseMs = 3600000; // 1 h
constexpr qint64 kMaxLeaseMs = 259200000; // 72 h
constexpr qint64 kDefaultLeaseMs = 3600000;
constexpr int kMaxNotebooks = 10; // per account (notebooks.md G4)
constexpr int kMaxAccessIps = 5;
constexpr int kMaxMounts = 5;
constexpr int kMinEvsGb = 5;
constexpr int kMaxEvsGb = api::kMaxEvsGb;
constexpr int kMaxEvsStepGb = api::kMaxEvsStepGb;
constexpr int kDefaultEvsGb = 5;

const QString kKind = QStringLiteral("notebook");
const QString kStorageKind = QStringLiteral("notebook_storage");
const QString kImageKind = QStringLiteral("notebook_image");
const QString kProcessKind = QStringLiteral("notebook_process");
const QString kWorkPath = QStringLiteral("/home/ma-user/work/");

namespace st
{
const QString Creating = QStringLiteral("CREATING");
const QString Starting = QStringLiteral("STARTING");
const QString Running = QStringLiteral("RUNNING");
const QString Stopping = QStringLiteral("STOPPING");
const QString Stopped = QStringLiteral("STOPPED");
const QString Deleting = QStringLiteral("DELETING");
const QString CreateFailed = QStringLiteral("CREATE_FAILED");
const QString StartFailed = QStringLiteral("START_FAILED");
const QString Mounting = QStringLiteral("MOUNTING");
const QString Mounted = QStringLiteral("MOUNTED");
const QString Unmounting = QStringLiteral("UNMOUNTING");
const QString Snapshotting = QStringLiteral("SNAPSHOTTING");
const QString Error = QStringLiteral("ERROR");
const QString DeleteFailed = QStringLiteral("DELETE_FAILED");
const QString Resizing = QStringLiteral("RESIZING"); // volume.status during an EVS expansion
const QString ImageCreating = QStringLiteral("CREATING");
const QString ImageActive = QStringLiteral("ACTIVE");
const QString ImageFailed = QStringLiteral("CREATE_FAILED");
} // namespace st

const QStringList &allStatuses()
{
    static const QStringList list = { QStringLiteral("INIT"), st::Creating, st::Starting, st::Stopping, st::Deleting,
        st::Running, st::Stopped, st::Snapshotting, st::CreateFailed, st::StartFailed, st::DeleteFailed, st::Error,
        QStringLiteral("DELETED"), QStringLiteral("FROZEN") };
    return list;
}

const QStringList &stepDescriptions()
{
    static const QStringList list
        = { QStringLiteral("Preparing storage"), QStringLiteral("Allocating compute resources"),
              QStringLiteral("Configuring the network"), QStringLiteral("Initializing the instance") };
    return list;
}

[[noreturn]] void fail(const char *code, const QString &message)
{
    throw HttpError(400, QString::fromLatin1(code), message);
}

[[noreturn]] void instanceNotFound()
{
    fail("ModelArts.6309", QStringLiteral("The instance does not exist."));
}

/** The documented error for an operation the instance's status does not allow. */
[[noreturn]] void stateError(const QString &status, const QString &operation)
{
    const QString detail = QStringLiteral(" (%1 is not allowed while the instance is %2.)").arg(operation, status);
    if (status == st::Running)
        fail("ModelArts.6305", QStringLiteral("The instance is already running.") + detail);
    if (status == st::Starting)
        fail("ModelArts.6306", QStringLiteral("The instance is starting.") + detail);
    if (status == st::Creating)
        fail("ModelArts.6306", QStringLiteral("The instance is being created.") + detail);
    if (status == st::Stopped)
        fail("ModelArts.6307", QStringLiteral("The instance has already been stopped.") + detail);
    if (status == st::Stopping)
        fail("ModelArts.6308", QStringLiteral("The instance is stopping.") + detail);
    if (status == st::Snapshotting)
        fail("ModelArts.6357",
            QStringLiteral("operation not allowed: the instance is saving an image; do not perform any operations "
                           "on it until it is running again.")
                + detail);
    fail("ModelArts.6357",
        QStringLiteral("operation not allowed: another operation in progress or already in target state.") + detail);
}

QString upper(const std::optional<QString> &value)
{
    return value ? value->trimmed().toUpper() : QString();
}

std::optional<qint64> queryLong(const Request &req, const QString &name)
{
    if (!req.hasQuery(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = req.query(name).trimmed().toLongLong(&ok);
    if (!ok)
        invalidArgument(QStringLiteral("%1 must be an integer number of milliseconds.").arg(name));
    return value;
}

qint64 checkLeaseDuration(qint64 ms, const QString &field)
{
    if (ms < kMinLeaseMs || ms > kMaxLeaseMs)
        invalidArgument(QStringLiteral("%1 must be between %2 and %3 ms (1 to 72 hours), got %4.")
                            .arg(field)
                            .arg(kMinLeaseMs)
                            .arg(kMaxLeaseMs)
                            .arg(ms));
    return ms;
}

QString leaseType(const QString &value, const QString &field)
{
    const QString t = value.trimmed().toUpper();
    if (t.isEmpty())
        return QStringLiteral("TIMING");
    if (t != u"TIMING" && t != u"IDLE")
        invalidArgument(QStringLiteral("%1 must be timing or idle, got \"%2\".").arg(field, value));
    return t;
}

void checkNotebookName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    checkName(name, QStringLiteral("name"), 1, 128, pattern,
        QStringLiteral("letters, digits, hyphens (-) and underscores (_)"));
}

void checkDescription(const QString &description)
{
    if (description.size() > 512)
        invalidArgument(QStringLiteral("description must be at most 512 characters long."));
    for (const QChar c : description)
    {
        if (QStringView(u"&<>\"'/").contains(c))
            invalidArgument(QStringLiteral("description must not contain any of the characters & < > \" ' /."));
    }
}

const FlavorShape &checkFlavor(const QString &id)
{
    const FlavorShape *shape = notebookcatalog::findFlavor(id);
    if (!shape)
        invalidArgument(QStringLiteral("flavor \"%1\" does not exist. GET /v1/{project_id}/notebooks/flavors lists the "
                                       "notebook flavors.")
                            .arg(id));
    return *shape;
}

void checkImageFits(const api::NotebookImage &image, const FlavorShape &flavor)
{
    if (!notebookcatalog::imageSupports(image, flavor))
        invalidArgument(QStringLiteral("image %1 does not support %2 flavors such as %3.")
                            .arg(image.name.value_or(image.id), notebookcatalog::category(flavor), flavor.id));
}

bool validAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(u'/'))
        return QHostAddress::parseSubnet(t).first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol;
    QHostAddress address;
    return address.setAddress(t);
}

int sshPort(const QString &id)
{
    return 30000 + static_cast<int>(qHash(id) % 2767);
}

/** Checks the endpoints of a create or update body and shapes them as the reply shows them. */
std::vector<api::NotebookEndpoint> checkEndpoints(
    const std::vector<api::NotebookEndpoint> &in, const api::NotebookImage &image, const QString &notebookId)
{
    std::vector<api::NotebookEndpoint> out;
    int i = 0;
    for (const api::NotebookEndpoint &e : in)
    {
        const QString field = QStringLiteral("endpoints[%1]").arg(i++);
        const QString service = upper(e.service);
        if (service != u"NOTEBOOK" && service != u"SSH")
            invalidArgument(QStringLiteral("%1.service must be NOTEBOOK or SSH.").arg(field));
        const auto &devServices = image.devServices;
        if (!devServices || std::find(devServices->begin(), devServices->end(), service) == devServices->end())
            invalidArgument(QStringLiteral("image %1 does not support the %2 service.").arg(image.id, service));
        const std::vector<QString> ips = e.allowedAccessIps.value_or(std::vector<QString>());
        if (ips.size() > static_cast<size_t>(kMaxAccessIps))
            invalidArgument(QStringLiteral("%1.allowed_access_ips allows at most %2 IP addresses, got %3.")
                                .arg(field)
                                .arg(kMaxAccessIps)
                                .arg(ips.size()));
        for (const QString &ip : ips)
        {
            if (!validAddress(ip))
                invalidArgument(QStringLiteral("%1.allowed_access_ips: \"%2\" is not an IP address.").arg(field, ip));
        }
        const std::vector<QString> keys = e.keyPairNames.value_or(std::vector<QString>());
        if (service == u"SSH" && (keys.empty() || keys.front().trimmed().isEmpty()))
            invalidArgument(QStringLiteral("%1.key_pair_names is required when remote SSH is enabled.").arg(field));
        api::NotebookEndpoint r;
        r.service = service;
        r.devService = service;
        r.allowedAccessIps = ips;
        if (service == u"SSH")
        {
            r.keyPairNames = keys;
            r.sshKeys = keys;
            r.uri = QStringLiteral("ssh://ma-user@dev-modelarts-local.localhost:%1").arg(sshPort(notebookId));
        }
        out.push_back(std::move(r));
    }
    return out;
}

api::NotebookVolume checkVolume(const api::NotebookVolume &in, bool onDedicatedPool)
{
    api::NotebookVolume v;
    const QString category = upper(in.category);
    if (category == u"OBS" || category == u"OBSFS")
        invalidArgument(
            QStringLiteral("volume.category %1 is a whitelist feature that is not enabled for this account; "
                           "use EVS (or EFS on a dedicated pool).")
                .arg(category));
    if (category != u"EVS" && category != u"EFS" && category != u"SFS")
        invalidArgument(QStringLiteral("volume.category must be EVS or EFS (SFS), got \"%1\".")
                            .arg(in.category.value_or(QString())));
    const QString ownership = upper(in.ownership);
    if (ownership != u"MANAGED" && ownership != u"DEDICATED")
        invalidArgument(QStringLiteral("volume.ownership must be MANAGED or DEDICATED, got \"%1\".")
                            .arg(in.ownership.value_or(QString())));
    v.category = category;
    v.ownership = ownership;
    if (category == u"EVS")
    {
        const int capacity = in.capacity.value_or(kDefaultEvsGb);
        if (capacity < kMinEvsGb || capacity > kMaxEvsGb)
            invalidArgument(QStringLiteral("volume.capacity must be between %1 and %2 GB for EVS storage, got %3.")
                                .arg(kMinEvsGb)
                                .arg(kMaxEvsGb)
                                .arg(capacity));
        v.capacity = capacity;
    }
    else
    {
        if (!onDedicatedPool)
            invalidArgument(
                QStringLiteral("volume.category %1 (SFS Turbo) is available only on a dedicated resource pool; "
                               "set pool_id or use EVS.")
                    .arg(category));
        v.capacity = in.capacity;
        v.uri = in.uri;
        v.id = in.id;
    }
    v.mountPath = kWorkPath;
    return v;
}

/**
 * The pool a notebook runs on: it must exist, run, accept notebooks, match the flavor and have
 * a free node. The built-in "local" pool is this computer: any number of notebooks share it
 * beside training jobs, so neither its job types nor its free node count.
 */
PoolView checkPool(const Store &store, const QString &poolId, const FlavorShape &flavor)
{
    const auto pool = findPool(store, poolId);
    if (pool && pool->name == flavors::kLocalPool)
    {
        if (!pool->isRunning())
            invalidArgument(
                QStringLiteral("the resource pool %1 is not running (status %2).").arg(pool->name, pool->phase));
        if (notebookcatalog::category(*pool->shape) != notebookcatalog::category(flavor))
            invalidArgument(
                QStringLiteral("flavor %1 (%2) does not match this computer (the local pool runs %3 "
                               "notebooks).")
                    .arg(flavor.id, notebookcatalog::category(flavor), notebookcatalog::category(*pool->shape)));
        return *pool;
    }
    if (!pool)
        invalidArgument(QStringLiteral("pool_id: the resource pool \"%1\" does not exist.").arg(poolId));
    if (!pool->isRunning())
        invalidArgument(
            QStringLiteral("the resource pool %1 is not running (status %2).").arg(pool->name, pool->phase));
    if (!pool->allows(QStringLiteral("Notebook")))
        invalidArgument(QStringLiteral("the resource pool %1 does not accept notebooks (job types: %2); add Notebook "
                                       "to its job types.")
                            .arg(pool->name, pool->scope.join(QStringLiteral(", "))));
    if (notebookcatalog::category(*pool->shape) != notebookcatalog::category(flavor))
        invalidArgument(QStringLiteral("flavor %1 (%2) does not match the %3 nodes of the resource pool %4.")
                            .arg(flavor.id, notebookcatalog::category(flavor), notebookcatalog::category(*pool->shape),
                                pool->name));
    if (pool->freeNodes() < 1)
        invalidArgument(QStringLiteral("the resource pool %1 has no free node (%2 of %3 in use).")
                            .arg(pool->name)
                            .arg(pool->usedNodes)
                            .arg(pool->nodeCount));
    return *pool;
}

std::vector<api::NotebookActionProgress> progressFor(const QString &id, qint64 elapsed, qint64 stepMs, int firstStep)
{
    std::vector<api::NotebookActionProgress> out;
    for (int step = 1; step <= kSteps; ++step)
    {
        api::NotebookActionProgress p;
        p.notebookId = id;
        p.step = step;
        p.stepDescription = stepDescriptions().at(step - 1);
        const qint64 start = static_cast<qint64>(step - firstStep) * stepMs;
        if (step < firstStep || elapsed >= start + stepMs)
            p.status = QStringLiteral("COMPLETED");
        else if (elapsed >= start)
            p.status = QStringLiteral("PROCESSING");
        else
            p.status = QStringLiteral("WAITING");
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<api::NotebookActionProgress> allCompleted(const QString &id)
{
    return progressFor(id, LLONG_MAX / 2, 1, 1);
}

bool sameProgress(
    const std::optional<std::vector<api::NotebookActionProgress>> &a, const std::vector<api::NotebookActionProgress> &b)
{
    if (!a || a->size() != b.size())
        return false;
    for (size_t i = 0; i < b.size(); ++i)
    {
        if ((*a)[i].status != b[i].status)
            return false;
    }
    return true;
}

bool allStepsCompleted(const std::optional<std::vector<api::NotebookActionProgress>> &progress)
{
    if (!progress)
        return true;
    return std::all_of(progress->begin(), progress->end(),
        [](const api::NotebookActionProgress &p) { return p.status == u"COMPLETED"; });
}

std::vector<QString> billingItems(const QString &status)
{
    if (status == st::Starting || status == st::Running)
        return { QStringLiteral("COMPUTE"), QStringLiteral("STORAGE") };
    return { QStringLiteral("STORAGE") };
}

api::NotebookUser localUser(const ServerConfig &cfg)
{
    api::NotebookUser user;
    user.id = QStringLiteral("local-user");
    user.name = cfg.userName;
    api::NotebookDomain domain;
    domain.id = QStringLiteral("local-domain");
    domain.name = cfg.domainName;
    user.domain = domain;
    return user;
}

QString notebookUrl(const QString &id)
{
    // Nothing serves JupyterLab locally; the address keeps the service's shape and points at loopback.
    return QStringLiteral("https://authoring-modelarts-local.localhost/%1/lab").arg(id);
}

/** The remaining nominal lifetime of the lease when it is enabled. */
bool leaseExpired(const Clock &clock, const api::Lease &lease)
{
    if (!lease.enable.value_or(false) || !lease.createAt || !lease.duration || *lease.duration <= 0)
        return false;
    return clock.nominalSince(*lease.createAt) >= *lease.duration + kAutoStopGraceMs;
}

/** A lease ending @p requestedMs (nominal) from now, counted from create_at as the service does. */
void renew(const Clock &clock, api::Lease &lease, qint64 requestedMs, const QString &type, qint64 createdFallback)
{
    const qint64 now = clock.nowMs();
    if (!lease.createAt)
        lease.createAt = createdFallback;
    lease.duration = std::max<qint64>(0, clock.nominalSince(*lease.createAt)) + requestedMs;
    lease.enable = true;
    lease.type = type;
    lease.updateAt = now;
}

/** The list reply of every notebook-family list: {current, data, pages, size, total}. */
Json pageOf(const std::vector<Json> &items, int offset, std::optional<int> limit)
{
    const qint64 total = static_cast<qint64>(items.size());
    const int begin = static_cast<int>(std::min<qint64>(offset, total));
    const int size = limit ? *limit : static_cast<int>(total - begin);
    const int end = static_cast<int>(std::min<qint64>(total, static_cast<qint64>(begin) + size));
    Json data = Json::array();
    for (int i = begin; i < end; ++i)
        data.push_back(items[static_cast<size_t>(i)]);
    Json out = Json::object();
    out["current"] = size > 0 ? offset / size : 0;
    out["data"] = data;
    out["pages"] = size > 0 ? static_cast<int>((total + size - 1) / size) : 0;
    out["size"] = size;
    out["total"] = total;
    return out;
}

struct SortSpec
{
    QString key;
    bool ascending = false;
};

SortSpec sortSpec(const Request &req, const QStringList &allowedKeys, const QString &defaultKey)
{
    SortSpec s;
    s.key = req.hasQuery(QStringLiteral("sort_key")) ? req.query(QStringLiteral("sort_key")).trimmed() : defaultKey;
    if (s.key.isEmpty())
        s.key = defaultKey;
    if (!allowedKeys.contains(s.key))
        fail("ModelArts.6303",
            QStringLiteral("The field does not support sorting. sort_key must be one of: %1.")
                .arg(allowedKeys.join(QStringLiteral(", "))));
    const QString dir = req.query(QStringLiteral("sort_dir")).trimmed().toUpper();
    if (!dir.isEmpty() && dir != u"ASC" && dir != u"DESC")
        invalidArgument(QStringLiteral("sort_dir must be ASC or DESC."));
    s.ascending = dir == u"ASC";
    return s;
}

void sortDocs(std::vector<Json> &docs, const SortSpec &sort)
{
    const std::string key = sort.key.toStdString();
    std::stable_sort(docs.begin(), docs.end(),
        [&](const Json &a, const Json &b)
        {
            const Json va = a.value(key, Json());
            const Json vb = b.value(key, Json());
            bool less = false;
            bool greater = false;
            if (va.is_number() && vb.is_number())
            {
                less = va.get<double>() < vb.get<double>();
                greater = va.get<double>() > vb.get<double>();
            }
            else
            {
                const QString sa = va.is_string() ? QString::fromStdString(va.get<std::string>()) : QString();
                const QString sb = vb.is_string() ? QString::fromStdString(vb.get<std::string>()) : QString();
                const int c = sa.compare(sb, Qt::CaseInsensitive);
                less = c < 0;
                greater = c > 0;
            }
            return sort.ascending ? less : greater;
        });
}

Json storageView(Json doc)
{
    doc.erase("_since");
    doc.erase("_notebook");
    return doc;
}

/** Checks tags of a create body or of tags/create (TMS rules) and tags/delete (keys only). */
void checkTags(const std::vector<api::NotebookTag> &tags, bool needValues, const QString &field)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[\\p{L}\\p{N}_.:=+\\-@ ]+$"));
    static const QRegularExpression valuePattern(QStringLiteral("^[\\p{L}\\p{N}_.:/=+\\-@ ]*$"));
    QStringList seen;
    int i = 0;
    for (const api::NotebookTag &t : tags)
    {
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i++);
        const QString key = t.key.value_or(QString());
        if (key.trimmed().isEmpty() || key.size() > 128)
            invalidArgument(QStringLiteral("%1.key must be 1 to 128 characters long.").arg(where));
        if (!keyPattern.match(key).hasMatch())
            invalidArgument(QStringLiteral("%1.key \"%2\" may contain only letters, digits, spaces and _ . : = + - @.")
                                .arg(where, key));
        if (key.startsWith(QStringLiteral("_sys_")))
            invalidArgument(QStringLiteral("%1.key: keys starting with _sys_ are reserved by the system.").arg(where));
        if (seen.contains(key))
            invalidArgument(QStringLiteral("%1.key: the key %2 is given twice.").arg(where, key));
        seen << key;
        if (!needValues)
            continue;
        const QString value = t.value.value_or(QString());
        if (value.size() > 255)
            invalidArgument(QStringLiteral("%1.value must be at most 255 characters long.").arg(where));
        if (!valuePattern.match(value).hasMatch())
            invalidArgument(
                QStringLiteral("%1.value \"%2\" may contain only letters, digits, spaces and _ . : / = + - @.")
                    .arg(where, value));
    }
}

/** @p current with @p tags added or changed; at most api::kMaxNotebookTags. */
std::vector<api::NotebookTag> mergeTags(
    std::vector<api::NotebookTag> current, const std::vector<api::NotebookTag> &tags)
{
    for (const api::NotebookTag &t : tags)
    {
        auto it
            = std::find_if(current.begin(), current.end(), [&t](const api::NotebookTag &c) { return c.key == t.key; });
        api::NotebookTag tag;
        tag.key = t.key;
        tag.value = t.value.value_or(QString());
        if (it != current.end())
            *it = tag;
        else
            current.push_back(tag);
    }
    if (current.size() > static_cast<size_t>(api::kMaxNotebookTags))
        invalidArgument(QStringLiteral("an instance can have at most %1 tags, this would make %2.")
                            .arg(api::kMaxNotebookTags)
                            .arg(current.size()));
    return current;
}

/** Ends an EVS expansion (volume.status RESIZING) when the instance leaves RUNNING. */
bool finishResize(api::Notebook &nb)
{
    if (!nb.volume || nb.volume->status != st::Resizing)
        return false;
    nb.volume->status.reset();
    return true;
}

QString flavorListCategory(const Request &req)
{
    const QString category = req.query(QStringLiteral("category")).trimmed().toUpper();
    if (!category.isEmpty() && category != u"CPU" && category != u"GPU" && category != u"ASCEND")
        invalidArgument(QStringLiteral("category must be CPU, GPU or ASCEND."));
    return category;
}

Json flavorPage(const std::vector<Json> &items, const Request &req)
{
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    std::optional<int> limit;
    if (req.hasQuery(QStringLiteral("limit")))
        limit = queryInt(req, QStringLiteral("limit"), 0, 1, 1000);
    Json page = pageOf(items, offset, limit);
    page["flavors"] = page["data"]; // N-11/N-12 repeat the items under "flavors"
    Json ordered = Json::object();
    for (const char *key : { "current", "data", "flavors", "pages", "size", "total" })
        ordered[key] = page[key];
    return ordered;
}
} // namespace

NotebookModule::NotebookModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
    , m_ticker(new LifecycleTicker(
          context.clock(), QStringLiteral("notebook"), [this] { tick(); }, this))
{
}

void NotebookModule::registerRoutes(Router &router)
{
    const auto route = routes<NotebookModule>(router);
    route("POST", "/v1/{project_id}/notebooks", &NotebookModule::createNotebook);
    route("GET", "/v1/{project_id}/notebooks", &NotebookModule::listNotebooks);
    route("GET", "/v1/{project_id}/notebooks/all", &NotebookModule::listNotebooks);
    route("GET", "/v1/{project_id}/notebooks/flavors", &NotebookModule::listFlavors);
    route("GET", "/v1/{project_id}/notebooks/tags", &NotebookModule::tagSummary);
    route("GET", "/v1/{project_id}/notebooks/{id}", &NotebookModule::showNotebook);
    route("PUT", "/v1/{project_id}/notebooks/{id}", &NotebookModule::updateNotebook);
    route("DELETE", "/v1/{project_id}/notebooks/{id}", &NotebookModule::deleteNotebook);
    route("POST", "/v1/{project_id}/notebooks/{id}/start", &NotebookModule::startNotebook);
    route("POST", "/v1/{project_id}/notebooks/{id}/stop", &NotebookModule::stopNotebook);
    route("GET", "/v1/{project_id}/notebooks/{id}/lease", &NotebookModule::showLease);
    route("PATCH", "/v1/{project_id}/notebooks/{id}/lease", &NotebookModule::renewLease);
    route("GET", "/v1/{project_id}/notebooks/{id}/flavors", &NotebookModule::listSwitchableFlavors);
    route("GET", "/v1/{project_id}/notebooks/{id}/events", &NotebookModule::listEvents);
    route("GET", "/v1/{project_id}/images", &NotebookModule::listImages);
    route("GET", "/v1/{project_id}/images/{image_id}", &NotebookModule::showImage);
    route("DELETE", "/v1/{project_id}/images/{image_id}", &NotebookModule::deleteImage);
    route("POST", "/v1/{project_id}/notebooks/{id}/create-image", &NotebookModule::saveImage);
    route("GET", "/v1/{project_id}/notebooks/{id}/tags", &NotebookModule::listTags);
    route("POST", "/v1/{project_id}/notebooks/{id}/tags/create", &NotebookModule::createTags);
    route("DELETE", "/v1/{project_id}/notebooks/{id}/tags/delete", &NotebookModule::deleteTags);
    route("POST", "/v1/{project_id}/notebooks/{instance_id}/storage", &NotebookModule::mountStorage);
    route("GET", "/v1/{project_id}/notebooks/{instance_id}/storage", &NotebookModule::listStorage);
    route("GET", "/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}", &NotebookModule::showStorage);
    route("DELETE", "/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}", &NotebookModule::unmountStorage);
}

void NotebookModule::start()
{
    reapOrphans();
    m_ticker->start(); // resumes what a restart interrupted
}

// ---------------------------------------------------------------------------
// Store helpers
// ---------------------------------------------------------------------------

Json NotebookModule::loadNotebook(const QString &id) const
{
    auto doc = m_ctx.store().get(kKind, id);
    if (!doc)
        instanceNotFound();
    return *doc;
}

Json NotebookModule::loadStorage(const QString &notebookId, const QString &storageId) const
{
    const auto doc = m_ctx.store().get(kStorageKind, storageId);
    if (!doc || stringAt(*doc, "/_notebook") != notebookId)
        throw HttpError(404, QStringLiteral("ModelArts.6404"),
            QStringLiteral("The storage %1 is not mounted on the instance %2.").arg(storageId, notebookId));
    return *doc;
}

void NotebookModule::saveNotebook(const Json &doc)
{
    ResourceIndex index;
    index.name = stringAt(doc, "/name");
    index.status = stringAt(doc, "/status");
    index.createdMs = intAt(doc, "/create_at");
    index.parent = stringAt(doc, "/pool/id");
    index.workspace = stringAt(doc, "/workspace_id");
    const bool holdsNode
        = index.status == st::Starting || index.status == st::Running || index.status == st::Snapshotting;
    // This computer (pool "local") is shared, not held: notebooks there leave it to training jobs.
    index.units = holdsNode && index.parent != flavors::kLocalPool ? 1 : 0;
    m_ctx.store().put(kKind, stringAt(doc, "/id"), doc, index);
}

void NotebookModule::addEvent(
    const QString &id, qint64 timeMs, const QString &level, const QString &name, const QString &message)
{
    m_ctx.store().addEvent(kKind, id, { timeMs, level, name, message });
}

// ---------------------------------------------------------------------------
// N-1 create
// ---------------------------------------------------------------------------

Response NotebookModule::createNotebook(const Request &req)
{
    const auto body = req.decode<api::NotebookCreate>();
    Store &store = m_ctx.store();
    const qint64 now = m_ctx.clock().nowMs();

    checkNotebookName(body.name);
    if (body.description)
        checkDescription(*body.description);
    const QString feature = body.feature ? upper(body.feature) : QStringLiteral("NOTEBOOK");
    if (feature != u"NOTEBOOK" && feature != u"DEFAULT")
        invalidArgument(QStringLiteral("feature must be NOTEBOOK or DEFAULT."));
    const FlavorShape &flavor = checkFlavor(body.flavor);
    const api::NotebookImage image = checkImage(body.imageId);
    checkImageFits(image, flavor);
    if (body.tags)
    {
        checkTags(*body.tags, true, QStringLiteral("tags"));
        mergeTags({}, *body.tags);
    }

    const QString poolId = body.poolId.value_or(QString()).trimmed();
    std::optional<PoolView> pool;
    if (!poolId.isEmpty())
        pool = checkPool(store, poolId, flavor);
    const api::NotebookVolume volume = checkVolume(body.volume, pool.has_value());

    // Auto stop: a top-level duration wins over lease; -1 switches auto stop off.
    api::Lease lease;
    lease.createAt = now;
    lease.updateAt = now;
    lease.enable = true;
    lease.type = QStringLiteral("TIMING");
    lease.duration = kDefaultLeaseMs;
    if (body.duration)
    {
        if (*body.duration == -1)
        {
            lease.enable = false;
            lease.duration.reset();
        }
        else
        {
            lease.duration = checkLeaseDuration(*body.duration, QStringLiteral("duration"));
        }
    }
    else if (body.lease)
    {
        if (body.lease->duration)
            lease.duration = checkLeaseDuration(*body.lease->duration, QStringLiteral("lease.duration"));
        lease.type = leaseType(body.lease->type.value_or(QString()), QStringLiteral("lease.type"));
    }

    const QString workspaceId = body.workspaceId.value_or(QStringLiteral("0")).trimmed();
    if (!workspacequota::workspaceUsable(store, workspaceId.isEmpty() ? QStringLiteral("0") : workspaceId))
        fail("ModelArts.0102", QStringLiteral("The workspace does not exist. (workspace_id %1)").arg(workspaceId));

    const QString id = ServerContext::newUuid();
    std::vector<api::NotebookEndpoint> endpoints;
    if (body.endpoints)
        endpoints = checkEndpoints(*body.endpoints, image, id);

    if (store.count(kKind) >= kMaxNotebooks)
        fail("ModelArts.6302",
            QStringLiteral("The instance count already reaches the maximum value (%1 notebook "
                           "instances per account).")
                .arg(kMaxNotebooks));
    const QString ws = workspaceId.isEmpty() ? QStringLiteral("0") : workspaceId;
    if (const auto quota = workspacequota::limit(store, ws, workspacequota::kNotebook))
    {
        if (workspacequota::used(store, ws, workspacequota::kNotebook) >= *quota)
            fail("ModelArts.0113",
                QStringLiteral("Create Notebook failed. Quota: notebook is exhausted. (workspace %1 "
                               "allows %2 notebook instances)")
                    .arg(ws)
                    .arg(*quota));
    }

    api::Notebook nb;
    nb.id = id;
    nb.name = body.name;
    nb.description = body.description.value_or(QString());
    nb.status = st::Creating;
    nb.flavor = flavor.id;
    nb.feature = feature;
    nb.workspaceId = ws;
    nb.token = ServerContext::newUuid();
    nb.url = notebookUrl(id);
    nb.createAt = now;
    nb.updateAt = now;
    nb.image = notebookcatalog::embeddedImage(image);
    nb.lease = lease;
    if (pool)
    {
        api::NotebookPoolRef ref;
        ref.id = pool->name;
        ref.name = pool->displayName;
        nb.pool = ref;
    }
    nb.volume = volume;
    if (!endpoints.empty())
        nb.endpoints = endpoints;
    nb.actionProgress = progressFor(id, 0, kStepMs, 1);
    nb.billingItems = billingItems(st::Creating);
    nb.user = localUser(m_ctx.config());
    if (body.hooks)
        nb.extra["hooks"] = *body.hooks;
    if (body.tags && !body.tags->empty())
        nb.tags = mergeTags({}, *body.tags);
    if (runsLocally(nb))
        nb.url = QString(); // the address of its Jupyter once that answers

    const Json doc = api::encode(nb);
    store.transaction(
        [&]
        {
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Warning"), QStringLiteral("CreateNotebook"),
                QStringLiteral("The instance is being created (flavor %1, image %2).")
                    .arg(flavor.id, image.name.value_or(image.id)));
        });
    return Response::json(200, doc);
}

// ---------------------------------------------------------------------------
// N-2/N-3 list, N-4 show
// ---------------------------------------------------------------------------

Response NotebookModule::listNotebooks(const Request &req)
{
    const int limit = queryInt(req, QStringLiteral("limit"), 10, 1, 1000);
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    const SortSpec sort = sortSpec(req,
        { QStringLiteral("create_at"), QStringLiteral("update_at"), QStringLiteral("name"), QStringLiteral("status"),
            QStringLiteral("flavor") },
        QStringLiteral("create_at"));

    QStringList statuses;
    for (const QString &s : req.query(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts))
    {
        const QString status = s.trimmed().toUpper();
        if (!allStatuses().contains(status))
            invalidArgument(QStringLiteral("status \"%1\" is not a notebook status.").arg(s));
        statuses << status;
    }
    const QString feature = req.query(QStringLiteral("feature")).trimmed().toUpper();
    if (!feature.isEmpty() && feature != u"NOTEBOOK" && feature != u"DEFAULT")
        invalidArgument(QStringLiteral("feature must be NOTEBOOK or DEFAULT."));
    const QString name = req.query(QStringLiteral("name")).trimmed();
    QString workspace = req.query(QStringLiteral("workspace_id")).trimmed();
    if (workspace.isEmpty())
        workspace = req.query(QStringLiteral("workspaceId")).trimmed();
    const QString poolId = req.query(QStringLiteral("pool_id")).trimmed();
    const QString flavor = req.query(QStringLiteral("flavor")).trimmed();
    const QString imageId = req.query(QStringLiteral("image_id")).trimmed();
    const QString id = req.query(QStringLiteral("id")).trimmed();
    // N-2 lists the caller's own instances; N-3 (/notebooks/all, the console's "View all") those
    // of every IAM user in the project. `owner` narrows either to one user (id or name).
    const bool allUsers = req.url.path().endsWith(u"/notebooks/all");
    const QString self = *localUser(m_ctx.config()).id;
    const QString owner = req.query(QStringLiteral("owner")).trimmed();

    std::vector<Json> docs;
    for (Json &doc : m_ctx.store().list(kKind))
    {
        const QString userId = stringAt(doc, "/user/id");
        if (!allUsers && !userId.isEmpty() && userId != self)
            continue;
        if (!owner.isEmpty() && userId != owner && stringAt(doc, "/user/name") != owner)
            continue;
        if (!name.isEmpty() && !stringAt(doc, "/name").contains(name, Qt::CaseInsensitive))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(stringAt(doc, "/status")))
            continue;
        if (!feature.isEmpty() && stringAt(doc, "/feature") != feature)
            continue;
        if (!workspace.isEmpty() && stringAt(doc, "/workspace_id") != workspace)
            continue;
        if (!poolId.isEmpty() && stringAt(doc, "/pool/id") != poolId && stringAt(doc, "/pool/name") != poolId)
            continue;
        if (!flavor.isEmpty() && stringAt(doc, "/flavor") != flavor)
            continue;
        if (!imageId.isEmpty() && stringAt(doc, "/image/id") != imageId)
            continue;
        if (!id.isEmpty() && stringAt(doc, "/id") != id)
            continue;
        docs.push_back(std::move(doc));
    }
    sortDocs(docs, sort);
    return Response::json(200, pageOf(docs, offset, limit));
}

Response NotebookModule::showNotebook(const Request &req)
{
    return Response::json(200, loadNotebook(req.param(QStringLiteral("id"))));
}

// ---------------------------------------------------------------------------
// N-5 update (stopped instances)
// ---------------------------------------------------------------------------

Response NotebookModule::updateNotebook(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const auto body = req.decode<api::NotebookUpdate>();
    const QString status = nb.status.value_or(QString());
    // A running instance takes only an EVS expansion (notebooks.md §4.11); the rest waits for a stop.
    const bool onlyExpansion = body.storageNewSize && !body.name && !body.description && !body.flavor && !body.imageId
        && !body.endpoints && !body.hooks;
    const bool expandWhileRunning = status == st::Running && onlyExpansion;
    if (status != st::Stopped && status != st::StartFailed && status != st::Error && !expandWhileRunning)
        stateError(status, QStringLiteral("Updating the instance"));

    const qint64 now = m_ctx.clock().nowMs();
    struct Change
    {
        QString level;
        QString name;
        QString message;
    };
    std::vector<Change> changes;

    if (body.name && *body.name != nb.name.value_or(QString()))
    {
        checkNotebookName(*body.name);
        changes.push_back({ QStringLiteral("Warning"), QStringLiteral("UpdateName"),
            QStringLiteral("Updating the instance name (%1 -> %2)").arg(nb.name.value_or(QString()), *body.name) });
        nb.name = *body.name;
    }
    if (body.description && *body.description != nb.description.value_or(QString()))
    {
        checkDescription(*body.description);
        changes.push_back({ QStringLiteral("Warning"), QStringLiteral("UpdateDescription"),
            QStringLiteral("Updating the instance description") });
        nb.description = *body.description;
    }

    const FlavorShape *current = notebookcatalog::findFlavor(nb.flavor.value_or(QString()));
    const FlavorShape *flavor = current;
    if (body.flavor && *body.flavor != nb.flavor.value_or(QString()))
    {
        flavor = &checkFlavor(*body.flavor);
        if (current && notebookcatalog::category(*current) != notebookcatalog::category(*flavor))
            invalidArgument(QStringLiteral("flavor %1 is not switchable from %2: only %3 flavors are "
                                           "(GET /v1/{project_id}/notebooks/%4/flavors).")
                                .arg(flavor->id, current->id, notebookcatalog::category(*current), id));
        changes.push_back({ QStringLiteral("Major"), QStringLiteral("UpdateFlavor"),
            QStringLiteral("Updating the instance flavor (%1 -> %2)").arg(nb.flavor.value_or(QString()), flavor->id) });
        nb.flavor = flavor->id;
    }

    std::optional<api::NotebookImage> image = findImage(nb.image ? nb.image->id : QString());
    if (body.imageId && (!nb.image || *body.imageId != nb.image->id))
    {
        image = checkImage(*body.imageId);
        changes.push_back({ QStringLiteral("Major"), QStringLiteral("UpdateImage"),
            QStringLiteral("Updating the instance image (%1)").arg(image->name.value_or(image->id)) });
        nb.image = notebookcatalog::embeddedImage(*image);
    }
    if (image && flavor && (body.flavor || body.imageId))
        checkImageFits(*image, *flavor);

    if (body.storageNewSize)
    {
        api::NotebookVolume volume = nb.volume.value_or(api::NotebookVolume());
        if (upper(volume.category) != u"EVS")
            invalidArgument(QStringLiteral("storage_new_size applies to EVS storage only."));
        if (volume.status == st::Resizing)
            fail("ModelArts.6357",
                QStringLiteral("operation not allowed: the EVS disk is being expanded; wait until it is done."));
        const int from = volume.capacity.value_or(kDefaultEvsGb);
        const int to = *body.storageNewSize;
        if (from >= kMaxEvsGb)
            invalidArgument(QStringLiteral("the EVS disk already has the maximum size of %1 GB.").arg(kMaxEvsGb));
        if (to <= from || to > kMaxEvsGb)
            invalidArgument(QStringLiteral("storage_new_size must be larger than the current %1 GB and at most %2 GB, "
                                           "got %3.")
                                .arg(from)
                                .arg(kMaxEvsGb)
                                .arg(to));
        if (to - from > kMaxEvsStepGb)
            invalidArgument(QStringLiteral("an expansion adds at most %1 GB at a time: storage_new_size can be at most "
                                           "%2 GB now, got %3.")
                                .arg(kMaxEvsStepGb)
                                .arg(std::min(from + kMaxEvsStepGb, kMaxEvsGb))
                                .arg(to));
        volume.capacity = to;
        const QString user = m_ctx.config().userName;
        if (expandWhileRunning)
        {
            // The disk grows while the instance runs; volume.status shows it ("Expanding").
            volume.status = st::Resizing;
            changes.push_back({ QStringLiteral("Major"), QStringLiteral("UpdateStorageSize"),
                QStringLiteral("The instance storage size is being updated. (User %1 is updating storage size from %2 "
                               "GB to %3 GB.)")
                    .arg(user)
                    .arg(from)
                    .arg(to) });
        }
        else
        {
            changes.push_back({ QStringLiteral("Major"), QStringLiteral("UpdateStorageSize"),
                QStringLiteral("The instance storage size has been updated. (User %1 updated the storage size from %2 "
                               "GB to %3 GB.)")
                    .arg(user)
                    .arg(from)
                    .arg(to) });
        }
        nb.volume = volume;
    }

    if (body.endpoints)
    {
        if (!image)
            invalidArgument(QStringLiteral("the image of the instance no longer exists; set image_id."));
        nb.endpoints = checkEndpoints(*body.endpoints, *image, id);
        changes.push_back({ QStringLiteral("Major"), QStringLiteral("UpdateWhitelist"),
            QStringLiteral("Updating the instance remote access settings (key pair and whitelist)") });
    }
    if (body.hooks)
    {
        nb.extra["hooks"] = *body.hooks;
        changes.push_back(
            { QStringLiteral("Major"), QStringLiteral("UpdateHook"), QStringLiteral("Updating a custom script") });
    }

    nb.updateAt = now;
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(doc);
            for (const Change &c : changes)
                addEvent(id, now, c.level, c.name, c.message);
        });
    return Response::json(200, doc);
}

// ---------------------------------------------------------------------------
// N-6 delete, N-7 start, N-8 stop
// ---------------------------------------------------------------------------

Response NotebookModule::deleteNotebook(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const QString status = nb.status.value_or(QString());
    if (status == st::Deleting || status == st::Snapshotting)
        stateError(status, QStringLiteral("Deleting the instance"));
    const qint64 now = m_ctx.clock().nowMs();
    nb.status = st::Deleting;
    nb.updateAt = now;
    nb.billingItems = billingItems(st::Deleting);
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Major"), QStringLiteral("DeleteNotebook"),
                QStringLiteral("The instance is being deleted."));
        });
    if (LocalJupyter *jupyter = m_jupyters.value(id))
        jupyter->stop();
    return Response::json(200, doc);
}

Response NotebookModule::startNotebook(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const QString status = nb.status.value_or(QString());
    if (status != st::Stopped && status != st::StartFailed && status != st::Error)
        stateError(status, QStringLiteral("Starting the instance"));

    const qint64 duration = checkLeaseDuration(
        queryLong(req, QStringLiteral("duration")).value_or(kDefaultLeaseMs), QStringLiteral("duration"));
    const QString type = leaseType(req.query(QStringLiteral("type")), QStringLiteral("type"));
    if (nb.pool && nb.pool->id)
    {
        const FlavorShape *flavor = notebookcatalog::findFlavor(nb.flavor.value_or(QString()));
        checkPool(m_ctx.store(), *nb.pool->id, flavor ? *flavor : flavors::notebook().front());
    }

    const qint64 now = m_ctx.clock().nowMs();
    api::Lease lease = nb.lease.value_or(api::Lease());
    renew(m_ctx.clock(), lease, duration, type, nb.createAt.value_or(now));
    nb.lease = lease;
    nb.status = st::Starting;
    nb.updateAt = now;
    nb.token = ServerContext::newUuid();
    nb.failReason.reset();
    nb.actionProgress = progressFor(id, 0, kStartingMs / 3, 2);
    nb.billingItems = billingItems(st::Starting);
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Warning"), QStringLiteral("StartNotebook"),
                QStringLiteral("The instance is being started; it stops automatically after %1 h.")
                    .arg(static_cast<double>(duration) / 3600000.0, 0, 'g', 3));
        });
    return Response::json(200, doc);
}

Response NotebookModule::stopNotebook(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const QString status = nb.status.value_or(QString());
    if (status != st::Running)
        stateError(status, QStringLiteral("Stopping the instance"));
    const qint64 now = m_ctx.clock().nowMs();
    nb.status = st::Stopping;
    nb.updateAt = now;
    nb.billingItems = billingItems(st::Stopping);
    finishResize(nb);
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Major"), QStringLiteral("StopNotebook"),
                QStringLiteral("The instance is being stopped."));
        });
    if (LocalJupyter *jupyter = m_jupyters.value(id))
        jupyter->stop();
    return Response::json(200, doc);
}

// ---------------------------------------------------------------------------
// N-9/N-10 lease
// ---------------------------------------------------------------------------

Response NotebookModule::showLease(const Request &req)
{
    const auto nb = api::fromJson<api::Notebook>(loadNotebook(req.param(QStringLiteral("id"))));
    return Response::json(200, api::encode(nb.lease.value_or(api::Lease())));
}

Response NotebookModule::renewLease(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const QString status = nb.status.value_or(QString());
    if (status != st::Running && status != st::Starting)
        stateError(status, QStringLiteral("Prolonging the instance"));

    // A duration in the query wins over the body, and makes the type timing.
    qint64 duration = kDefaultLeaseMs;
    QString type = QStringLiteral("TIMING");
    if (const auto fromQuery = queryLong(req, QStringLiteral("duration")))
    {
        duration = checkLeaseDuration(*fromQuery, QStringLiteral("duration"));
    }
    else if (!req.body.trimmed().isEmpty())
    {
        const auto body = req.decode<api::LeaseRequest>();
        if (body.duration)
            duration = checkLeaseDuration(*body.duration, QStringLiteral("duration"));
        type = leaseType(body.type.value_or(QString()), QStringLiteral("type"));
    }

    const qint64 now = m_ctx.clock().nowMs();
    api::Lease lease = nb.lease.value_or(api::Lease());
    renew(m_ctx.clock(), lease, duration, type, nb.createAt.value_or(now));
    nb.lease = lease;
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Warning"), QStringLiteral("RenewLease"),
                QStringLiteral("The running time has been prolonged: the instance stops automatically in %1 h.")
                    .arg(static_cast<double>(duration) / 3600000.0, 0, 'g', 3));
        });
    return Response::json(200, api::encode(lease));
}

// ---------------------------------------------------------------------------
// N-11/N-12 flavors, N-13 images
// ---------------------------------------------------------------------------

Response NotebookModule::listFlavors(const Request &req)
{
    const QString category = flavorListCategory(req);
    std::vector<Json> items;
    for (const FlavorShape &f : flavors::notebook())
    {
        if (category.isEmpty() || notebookcatalog::category(f) == category)
            items.push_back(api::encode(notebookcatalog::flavorJson(f)));
    }
    return Response::json(200, flavorPage(items, req));
}

Response NotebookModule::listSwitchableFlavors(const Request &req)
{
    const auto nb = api::fromJson<api::Notebook>(loadNotebook(req.param(QStringLiteral("id"))));
    const FlavorShape *current = notebookcatalog::findFlavor(nb.flavor.value_or(QString()));
    const api::NotebookImage *image = notebookcatalog::findImage(nb.image ? nb.image->id : QString());
    std::vector<Json> items;
    if (current)
    {
        for (const FlavorShape &f : flavors::notebook())
        {
            if (f.id == current->id || notebookcatalog::category(f) != notebookcatalog::category(*current))
                continue;
            if (image && !notebookcatalog::imageSupports(*image, f))
                continue;
            items.push_back(api::encode(notebookcatalog::flavorJson(f)));
        }
    }
    return Response::json(200, flavorPage(items, req));
}

Response NotebookModule::listImages(const Request &req)
{
    const int limit = queryInt(req, QStringLiteral("limit"), 200, 1, 1000);
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    const SortSpec sort
        = sortSpec(req, { QStringLiteral("create_at"), QStringLiteral("update_at"), QStringLiteral("name") },
            QStringLiteral("create_at"));
    const QString name = req.query(QStringLiteral("name")).trimmed();
    const QString fuzzy = req.query(QStringLiteral("name_fuzzy_match")).trimmed().toLower();
    if (!fuzzy.isEmpty() && fuzzy != u"true" && fuzzy != u"false")
        invalidArgument(QStringLiteral("name_fuzzy_match must be true or false."));
    const QString ns = req.query(QStringLiteral("namespace")).trimmed();
    const QString serviceType = req.query(QStringLiteral("service_type")).trimmed().toUpper();
    static const QStringList serviceTypes = { QStringLiteral("COMMON"), QStringLiteral("INFERENCE"),
        QStringLiteral("TRAIN"), QStringLiteral("DEV"), QStringLiteral("UNKNOWN") };
    if (!serviceType.isEmpty() && !serviceTypes.contains(serviceType))
        invalidArgument(QStringLiteral("service_type must be one of %1.").arg(serviceTypes.join(QStringLiteral(", "))));
    const QString type = req.query(QStringLiteral("type")).trimmed().toUpper();
    if (!type.isEmpty() && type != u"BUILD_IN" && type != u"DEDICATED")
        invalidArgument(QStringLiteral("type must be BUILD_IN or DEDICATED."));

    // Built-in images, then the private ones saved from instances (Save Image).
    std::vector<api::NotebookImage> all(notebookcatalog::images().begin(), notebookcatalog::images().end());
    for (const Json &doc : m_ctx.store().list(kImageKind))
        all.push_back(api::fromJson<api::NotebookImage>(doc));
    std::vector<Json> items;
    for (const api::NotebookImage &image : all)
    {
        const QString imageName = image.name.value_or(QString());
        if (!name.isEmpty())
        {
            const bool match = fuzzy == u"false" ? imageName == name : imageName.contains(name, Qt::CaseInsensitive);
            if (!match)
                continue;
        }
        if (!ns.isEmpty() && image.namespace_.value_or(QString()) != ns)
            continue;
        // COMMON images serve every service type.
        if (!serviceType.isEmpty() && serviceType != image.serviceType.value_or(QString())
            && image.serviceType != u"COMMON")
            continue;
        if (!type.isEmpty() && image.type.value_or(QString()) != type)
            continue;
        items.push_back(api::encode(image));
    }
    sortDocs(items, sort);
    return Response::json(200, pageOf(items, offset, limit));
}

// ---------------------------------------------------------------------------
// N-14..N-17 OBS storage
// ---------------------------------------------------------------------------

Response NotebookModule::mountStorage(const Request &req)
{
    const QString id = req.param(QStringLiteral("instance_id"));
    const auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const auto body = req.decode<api::DataVolumeMountRequest>();
    const QString status = nb.status.value_or(QString());
    if (status != st::Running)
        stateError(status, QStringLiteral("Mounting OBS storage"));

    const QString category = body.category.trimmed().toUpper();
    if (category != u"OBS" && category != u"OBSFS")
        invalidArgument(QStringLiteral("category must be OBS, got \"%1\".").arg(body.category));
    QString mountPath = body.mountPath.trimmed();
    if (!mountPath.endsWith(u'/'))
        mountPath += u'/';
    static const QRegularExpression pathPattern(QStringLiteral("^/data/([A-Za-z0-9_.-]+/)+$"));
    if (!pathPattern.match(mountPath).hasMatch() || mountPath.contains(QStringLiteral("/../"))
        || mountPath.contains(QStringLiteral("/./")))
        invalidArgument(QStringLiteral("mount_path must be a folder under /data/ such as /data/demo/, got \"%1\".")
                            .arg(body.mountPath));
    static const QRegularExpression uriPattern(QStringLiteral("^obs://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"));
    if (!uriPattern.match(body.uri.trimmed()).hasMatch())
        invalidArgument(
            QStringLiteral("uri must be an OBS path such as obs://bucket/folder/, got \"%1\".").arg(body.uri));

    Store &store = m_ctx.store();
    const std::vector<Json> mounts = store.list(kStorageKind, id);
    if (mounts.size() >= static_cast<size_t>(kMaxMounts))
        invalidArgument(QStringLiteral("at most %1 OBS storages can be mounted on an instance.").arg(kMaxMounts));
    for (const Json &m : mounts)
    {
        if (stringAt(m, "/mount_path") == mountPath)
            invalidArgument(QStringLiteral("mount_path %1 is already in use on this instance.").arg(mountPath));
    }

    const qint64 now = m_ctx.clock().nowMs();
    api::DataVolume volume;
    volume.id = ServerContext::newUuid();
    volume.category = QStringLiteral("OBSFS"); // the service answers OBSFS for an OBS mount (parallel file system)
    volume.mountPath = mountPath;
    volume.uri = body.uri.trimmed();
    volume.status = st::Mounting;
    Json doc = api::encode(volume);
    doc["_since"] = now;
    doc["_notebook"] = id.toStdString();
    ResourceIndex index;
    index.name = mountPath;
    index.status = st::Mounting;
    index.createdMs = now;
    index.parent = id;
    store.put(kStorageKind, volume.id, doc, index);
    return Response::json(200, storageView(doc));
}

Response NotebookModule::listStorage(const Request &req)
{
    const QString id = req.param(QStringLiteral("instance_id"));
    loadNotebook(id);
    std::vector<Json> mounts = m_ctx.store().list(kStorageKind, id);
    std::reverse(mounts.begin(), mounts.end()); // oldest first
    std::vector<Json> items;
    for (const Json &m : mounts)
        items.push_back(storageView(m));
    return Response::json(200, pageOf(items, 0, std::nullopt));
}

Response NotebookModule::showStorage(const Request &req)
{
    const QString id = req.param(QStringLiteral("instance_id"));
    loadNotebook(id);
    return Response::json(200, storageView(loadStorage(id, req.param(QStringLiteral("storage_id")))));
}

Response NotebookModule::unmountStorage(const Request &req)
{
    const QString id = req.param(QStringLiteral("instance_id"));
    const auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const QString storageId = req.param(QStringLiteral("storage_id"));
    Json doc = loadStorage(id, storageId);
    const QString notebookStatus = nb.status.value_or(QString());
    if (notebookStatus != st::Running && notebookStatus != st::Stopped)
        stateError(notebookStatus, QStringLiteral("Unmounting OBS storage"));
    const QString status = stringAt(doc, "/status");
    if (status == st::Mounting || status == st::Unmounting)
        fail("ModelArts.6357",
            QStringLiteral("operation not allowed: another operation in progress or already in target state. (The "
                           "storage is %1.)")
                .arg(status));
    const qint64 now = m_ctx.clock().nowMs();
    doc["status"] = st::Unmounting.toStdString();
    doc["_since"] = now;
    ResourceIndex index;
    index.name = stringAt(doc, "/mount_path");
    index.status = st::Unmounting;
    index.createdMs = now;
    index.parent = id;
    m_ctx.store().put(kStorageKind, storageId, doc, index);
    return Response::json(200, storageView(doc));
}

// ---------------------------------------------------------------------------
// Non-standard: events of a notebook
// ---------------------------------------------------------------------------

Response NotebookModule::listEvents(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    loadNotebook(id);
    Json events = Json::array();
    for (const StoredEvent &e : m_ctx.store().events(kKind, id))
    {
        events.push_back({ { "time", e.timeMs }, { "event", e.source.toStdString() },
            { "severity", e.level.toStdString() }, { "description", e.message.toStdString() } });
    }
    Json out = Json::object();
    out["total"] = events.size();
    out["events"] = events;
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------
// N-18 Save Image, images/{id}
// ---------------------------------------------------------------------------

/** Images still being saved from notebook @p notebookId become CREATE_FAILED with @p why. */
static void failPendingImages(Store &store, const QString &notebookId, const QString &why)
{
    for (Json image : store.list(kImageKind, notebookId))
    {
        if (stringAt(image, "/status") != st::ImageCreating)
            continue;
        image["status"] = st::ImageFailed.toStdString();
        image["status_message"] = why.toStdString();
        ResourceIndex index;
        index.name = stringAt(image, "/name");
        index.status = st::ImageFailed;
        index.createdMs = intAt(image, "/create_at");
        index.parent = notebookId;
        store.put(kImageKind, stringAt(image, "/id"), image, index);
    }
}

/** The image being saved from @p notebookId becomes ACTIVE; returns its name:tag. */
static QString activatePendingImage(Store &store, const QString &notebookId, qint64 now)
{
    QString what;
    for (Json image : store.list(kImageKind, notebookId))
    {
        if (stringAt(image, "/status") != st::ImageCreating)
            continue;
        image["status"] = st::ImageActive.toStdString();
        image["update_at"] = now;
        ResourceIndex index;
        index.name = stringAt(image, "/name");
        index.status = st::ImageActive;
        index.createdMs = intAt(image, "/create_at");
        index.parent = notebookId;
        store.put(kImageKind, stringAt(image, "/id"), image, index);
        what = stringAt(image, "/namespace") + u'/' + stringAt(image, "/name") + u':' + stringAt(image, "/tag");
    }
    return what;
}

std::optional<api::NotebookImage> NotebookModule::findImage(const QString &id) const
{
    if (const api::NotebookImage *builtIn = notebookcatalog::findImage(id))
        return *builtIn;
    if (id.isEmpty())
        return std::nullopt;
    if (const auto doc = m_ctx.store().get(kImageKind, id))
        return api::fromJson<api::NotebookImage>(*doc);
    return std::nullopt;
}

api::NotebookImage NotebookModule::checkImage(const QString &id) const
{
    const auto image = findImage(id);
    if (!image)
        invalidArgument(
            QStringLiteral("image_id \"%1\" does not exist. GET /v1/{project_id}/images lists the images.").arg(id));
    if (image->status && *image->status != st::ImageActive)
        invalidArgument(QStringLiteral("image %1 cannot be used: its status is %2, not ACTIVE.")
                            .arg(image->name.value_or(id), *image->status));
    return *image;
}

Response NotebookModule::saveImage(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const auto body = req.decode<api::NotebookImageSave>();
    const QString status = nb.status.value_or(QString());
    if (status != st::Running)
        stateError(status, QStringLiteral("Saving an image"));
    if (nb.volume && nb.volume->status == st::Resizing)
        fail("ModelArts.6357",
            QStringLiteral("operation not allowed: the EVS disk is being expanded; save the image when it is done."));

    // An SWR repository name and tag, as Image Management shows them.
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$"));
    static const QRegularExpression tagPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression nsPattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}[a-z0-9]$"));
    const QString name = body.name.trimmed();
    if (!namePattern.match(name).hasMatch())
        invalidArgument(QStringLiteral("name must be 1 to 64 lower-case letters, digits, periods (.), underscores (_) "
                                       "and hyphens (-), starting and ending with a letter or digit, got \"%1\".")
                            .arg(body.name));
    const QString tag = body.tag.value_or(QStringLiteral("latest")).trimmed();
    if (!tagPattern.match(tag).hasMatch())
        invalidArgument(QStringLiteral("tag must be 1 to 64 letters, digits, periods (.), underscores (_) and hyphens "
                                       "(-), starting with a letter or digit, got \"%1\".")
                            .arg(tag));
    const QString ns = body.namespace_.value_or(QStringLiteral("modelarts-local")).trimmed();
    if (!nsPattern.match(ns).hasMatch())
        invalidArgument(QStringLiteral("namespace (the organization) must be 2 to 64 lower-case letters, digits, "
                                       "periods, underscores and hyphens, starting with a letter, got \"%1\".")
                            .arg(ns));
    const QString description = body.description.value_or(QString());
    checkDescription(description);
    for (const Json &doc : m_ctx.store().list(kImageKind))
    {
        if (stringAt(doc, "/name") == name && stringAt(doc, "/tag") == tag && stringAt(doc, "/namespace") == ns)
            invalidArgument(QStringLiteral("the image %1/%2:%3 already exists.").arg(ns, name, tag));
    }

    const qint64 now = m_ctx.clock().nowMs();
    const std::optional<api::NotebookImage> source = findImage(nb.image ? nb.image->id : QString());
    api::NotebookImage image;
    image.id = ServerContext::newUuid();
    image.name = name;
    image.tag = tag;
    image.namespace_ = ns;
    image.description = description;
    image.arch = source ? source->arch : QStringLiteral("x86_64");
    image.devServices = source ? source->devServices : std::vector<QString> { QStringLiteral("NOTEBOOK") };
    image.resourceCategories = source ? source->resourceCategories : std::vector<QString> { QStringLiteral("CPU") };
    image.supportResCategories = source ? source->supportResCategories : image.resourceCategories;
    image.serviceType = source && source->serviceType ? source->serviceType : QStringLiteral("DEV");
    image.origin = QStringLiteral("IMAGE_SAVE");
    image.type = QStringLiteral("DEDICATED");
    image.visibility = QStringLiteral("PRIVATE");
    image.status = st::ImageCreating;
    image.swrPath = QStringLiteral("swr.%1.myhuaweicloud.com/%2/%3:%4").arg(m_ctx.config().region, ns, name, tag);
    image.size = source && source->size ? source->size : std::optional<qint64>(4LL * 1024 * 1024);
    image.workspaceId = nb.workspaceId.value_or(QStringLiteral("0"));
    image.createAt = now;
    image.updateAt = now;
    const Json imageDoc = api::encode(image);

    nb.status = st::Snapshotting;
    nb.updateAt = now;
    const Json doc = api::encode(nb);
    m_ctx.store().transaction(
        [&]
        {
            ResourceIndex index;
            index.name = name;
            index.status = st::ImageCreating;
            index.createdMs = now;
            index.parent = id;
            index.workspace = *image.workspaceId;
            m_ctx.store().put(kImageKind, image.id, imageDoc, index);
            saveNotebook(doc);
            addEvent(id, now, QStringLiteral("Warning"), QStringLiteral("ContainerCommitStarted"),
                QStringLiteral("Start to commit notebook container. (image %1/%2:%3)").arg(ns, name, tag));
        });
    return Response::json(200, imageDoc);
}

Response NotebookModule::showImage(const Request &req)
{
    const auto image = findImage(req.param(QStringLiteral("image_id")));
    if (!image)
        throw HttpError(404, QStringLiteral("ModelArts.6404"), QStringLiteral("The image does not exist."));
    return Response::json(200, api::encode(*image));
}

Response NotebookModule::deleteImage(const Request &req)
{
    const QString imageId = req.param(QStringLiteral("image_id"));
    if (notebookcatalog::findImage(imageId))
        fail("ModelArts.6357", QStringLiteral("operation not allowed: built-in images cannot be deleted."));
    const auto doc = m_ctx.store().get(kImageKind, imageId);
    if (!doc)
        throw HttpError(404, QStringLiteral("ModelArts.6404"), QStringLiteral("The image does not exist."));
    if (stringAt(*doc, "/status") == st::ImageCreating)
        fail("ModelArts.6357",
            QStringLiteral("operation not allowed: the image is still being saved from its instance."));
    m_ctx.store().transaction([&] { m_ctx.store().remove(kImageKind, imageId); });
    Json out = *doc;
    out["status"] = "DELETED";
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------
// N-18 tags (TMS style: tags/create, tags/delete, the project's keys and values)
// ---------------------------------------------------------------------------

Response NotebookModule::listTags(const Request &req)
{
    const auto nb = api::fromJson<api::Notebook>(loadNotebook(req.param(QStringLiteral("id"))));
    api::NotebookTagList out;
    out.tags = nb.tags.value_or(std::vector<api::NotebookTag>());
    return Response::json(200, api::encode(out));
}

Response NotebookModule::createTags(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const auto body = req.decode<api::NotebookTagList>();
    if (body.tags.empty())
        invalidArgument(QStringLiteral("tags must name at least one tag."));
    checkTags(body.tags, true, QStringLiteral("tags"));
    if (nb.status == st::Deleting)
        stateError(st::Deleting, QStringLiteral("Tagging the instance"));
    nb.tags = mergeTags(nb.tags.value_or(std::vector<api::NotebookTag>()), body.tags);
    m_ctx.store().transaction([&] { saveNotebook(api::encode(nb)); });
    return Response::text(204, QByteArray(), QByteArrayLiteral("application/json"));
}

Response NotebookModule::deleteTags(const Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    auto nb = api::fromJson<api::Notebook>(loadNotebook(id));
    const auto body = req.decode<api::NotebookTagList>();
    if (body.tags.empty())
        invalidArgument(QStringLiteral("tags must name at least one tag."));
    checkTags(body.tags, false, QStringLiteral("tags"));
    if (nb.status == st::Deleting)
        stateError(st::Deleting, QStringLiteral("Untagging the instance"));
    std::vector<api::NotebookTag> kept;
    for (const api::NotebookTag &t : nb.tags.value_or(std::vector<api::NotebookTag>()))
    {
        if (std::none_of(
                body.tags.begin(), body.tags.end(), [&t](const api::NotebookTag &d) { return d.key == t.key; }))
            kept.push_back(t);
    }
    if (kept.empty())
        nb.tags.reset();
    else
        nb.tags = kept;
    m_ctx.store().transaction([&] { saveNotebook(api::encode(nb)); });
    return Response::text(204, QByteArray(), QByteArrayLiteral("application/json"));
}

Response NotebookModule::tagSummary(const Request &req)
{
    Q_UNUSED(req);
    std::map<QString, QStringList> values;
    for (const Json &doc : m_ctx.store().list(kKind))
    {
        const auto nb = api::fromJson<api::Notebook>(doc);
        for (const api::NotebookTag &t : nb.tags.value_or(std::vector<api::NotebookTag>()))
        {
            QStringList &list = values[t.key.value_or(QString())];
            if (!list.contains(t.value.value_or(QString())))
                list << t.value.value_or(QString());
        }
    }
    api::NotebookTagSummary out;
    for (auto &[key, list] : values)
    {
        list.sort();
        api::NotebookTagValues v;
        v.key = key;
        v.values = std::vector<QString>(list.begin(), list.end());
        out.tags.push_back(std::move(v));
    }
    return Response::json(200, api::encode(out));
}

// ---------------------------------------------------------------------------
// Jupyter on this computer (pool "local")
// ---------------------------------------------------------------------------

bool NotebookModule::runsLocally(const api::Notebook &nb) const
{
    return m_ctx.config().executeLocalJobs && nb.pool && nb.pool->id == flavors::kLocalPool;
}

QString NotebookModule::workingDir(const QString &id) const
{
    return QDir(m_ctx.config().dataDir).filePath(QStringLiteral("notebooks/") + id);
}

void NotebookModule::launchJupyter(const QString &id)
{
    if (m_jupyters.contains(id))
        return;
    JupyterLaunch launch;
    launch.notebookId = id;
    launch.workingDir = workingDir(id);
    auto *jupyter = new LocalJupyter(launch, this);
    m_jupyters.insert(id, jupyter);
    connect(jupyter, &LocalJupyter::started, this, [this, id](qint64 pgid) { onJupyterStarted(id, pgid); });
    connect(jupyter, &LocalJupyter::ready, this, [this, id](const QString &url) { onJupyterReady(id, url); });
    connect(
        jupyter, &LocalJupyter::finished, this, [this, id](const QString &reason) { onJupyterFinished(id, reason); });
    jupyter->start();
}

void NotebookModule::onJupyterStarted(const QString &id, qint64 pgid)
{
    const LocalJupyter *jupyter = m_jupyters.value(id);
    const qint64 now = m_ctx.clock().nowMs();
    Json record = { { "pgid", pgid }, { "port", jupyter ? jupyter->port() : 0 } };
    ResourceIndex index;
    index.name = id;
    index.status = QStringLiteral("RUNNING");
    index.createdMs = now;
    index.parent = id;
    m_ctx.store().transaction(
        [&]
        {
            m_ctx.store().put(kProcessKind, id, record, index);
            if (m_ctx.store().get(kKind, id))
                addEvent(id, now, QStringLiteral("Warning"), QStringLiteral("StartJupyter"),
                    QStringLiteral("Jupyter is starting on this computer (pid %1, port %2, folder %3).")
                        .arg(pgid)
                        .arg(jupyter ? jupyter->port() : 0)
                        .arg(workingDir(id) + QStringLiteral("/work")));
        });
}

void NotebookModule::onJupyterReady(const QString &id, const QString &url)
{
    const auto stored = m_ctx.store().get(kKind, id);
    const LocalJupyter *jupyter = m_jupyters.value(id);
    if (!stored || !jupyter)
        return;
    auto nb = api::fromJson<api::Notebook>(*stored);
    if (nb.status != st::Starting)
        return;
    const qint64 now = m_ctx.clock().nowMs();
    nb.status = st::Running;
    nb.url = url;
    nb.token = jupyter->token();
    nb.failReason.reset();
    nb.actionProgress = allCompleted(id);
    nb.updateAt = now;
    nb.billingItems = billingItems(st::Running);
    m_ctx.store().transaction(
        [&]
        {
            saveNotebook(api::encode(nb));
            addEvent(id, now, QStringLiteral("Major"), QStringLiteral("NotebookHealthy"),
                QStringLiteral("The instance is running and healthy: Jupyter answers on 127.0.0.1:%1.")
                    .arg(jupyter->port()));
        });
}

void NotebookModule::onJupyterFinished(const QString &id, const QString &reason)
{
    if (LocalJupyter *jupyter = m_jupyters.take(id))
        jupyter->deleteLater();
    Store &store = m_ctx.store();
    const qint64 now = m_ctx.clock().nowMs();
    const auto stored = store.get(kKind, id);
    if (!stored)
    {
        store.transaction([&] { store.remove(kProcessKind, id); });
        return;
    }
    auto nb = api::fromJson<api::Notebook>(*stored);
    const QString status = nb.status.value_or(QString());
    if (status == st::Deleting)
    {
        store.transaction([&] { store.remove(kProcessKind, id); });
        advanceNotebook(id); // the process is gone: the instance can go
        return;
    }
    struct Event
    {
        QString level;
        QString name;
        QString message;
    };
    std::vector<Event> events;
    if (status == st::Stopping)
    {
        nb.status = st::Stopped;
        events.push_back({ QStringLiteral("Major"), QStringLiteral("StopNotebook"),
            QStringLiteral("The instance has been stopped; its Jupyter server has ended.") });
    }
    else if (status == st::Starting || status == st::Running || status == st::Snapshotting)
    {
        const QString why = reason.isEmpty() ? QStringLiteral("Jupyter ended.") : reason;
        nb.status = st::Error;
        nb.failReason = why;
        events.push_back({ QStringLiteral("Critical"),
            status == st::Starting ? QStringLiteral("StartNotebookFailed") : QStringLiteral("NotebookUnhealthy"),
            status == st::Starting ? QStringLiteral("Jupyter could not be started on this computer. %1").arg(why)
                                   : QStringLiteral("The Jupyter server of the instance has stopped. %1").arg(why) });
        if (status == st::Starting)
        {
            auto failed = allCompleted(id);
            failed.back().status = QStringLiteral("FAILED");
            nb.actionProgress = failed;
        }
    }
    nb.url = QString();
    finishResize(nb);
    nb.updateAt = now;
    nb.billingItems = billingItems(nb.status.value_or(QString()));
    store.transaction(
        [&]
        {
            store.remove(kProcessKind, id);
            if (status == st::Snapshotting)
                failPendingImages(store, id, QStringLiteral("The instance stopped before the image was saved."));
            saveNotebook(api::encode(nb));
            for (const Event &e : events)
                addEvent(id, now, e.level, e.name, e.message);
        });
}

void NotebookModule::reapOrphans()
{
    Store &store = m_ctx.store();
    const qint64 now = m_ctx.clock().nowMs();
    try
    {
        // PR_SET_PDEATHSIG took Jupyter (the shell exec'd it) when the previous server died;
        // its kernels and what they started may still run.
        const QStringList ids = store.idsWithStatus(kProcessKind, { QStringLiteral("RUNNING") });
        for (const QString &id : ids)
        {
            // The recorded group holds Jupyter; each kernel runs in a session of its own, so
            // the marker every one of them inherits finds them all.
            const int killed = LocalExecutor::killMarkedProcesses(id);
            if (killed > 0)
                qCInfo(lcNotebook) << "reaped" << killed << "orphaned processes of notebook" << id;
        }
        const QStringList active
            = store.idsWithStatus(kKind, { st::Starting, st::Running, st::Snapshotting, st::Stopping });
        store.transaction(
            [&]
            {
                for (const QString &id : ids)
                    store.remove(kProcessKind, id);
                for (const QString &id : active)
                {
                    const auto doc = store.get(kKind, id);
                    if (!doc)
                        continue;
                    auto nb = api::fromJson<api::Notebook>(*doc);
                    if (!runsLocally(nb))
                        continue;
                    const bool wasStopping = nb.status == st::Stopping;
                    if (nb.status == st::Snapshotting)
                        failPendingImages(store, id, QStringLiteral("The modelarts-local backend restarted."));
                    nb.status = st::Stopped;
                    nb.url = QString();
                    nb.updateAt = now;
                    finishResize(nb);
                    nb.billingItems = billingItems(st::Stopped);
                    saveNotebook(api::encode(nb));
                    addEvent(id, now, QStringLiteral("Major"), QStringLiteral("StopNotebook"),
                        wasStopping ? QStringLiteral("The instance has been stopped.")
                                    : QStringLiteral("The modelarts-local backend restarted, which ended the Jupyter "
                                                     "server of this instance; start it again to continue."));
                }
            });
    }
    catch (const std::exception &e)
    {
        qCWarning(lcNotebook) << "cannot reap local notebooks:" << e.what();
    }
}

// ---------------------------------------------------------------------------
// Lifecycle
// ---------------------------------------------------------------------------

void NotebookModule::tick()
{
    Store &store = m_ctx.store();
    QStringList notebooks;
    QStringList mounts;
    try
    {
        notebooks = store.idsWithStatus(
            kKind, { st::Creating, st::Starting, st::Running, st::Snapshotting, st::Stopping, st::Deleting });
        mounts = store.idsWithStatus(kStorageKind, { st::Mounting, st::Unmounting });
    }
    catch (const std::exception &e)
    {
        qCWarning(lcNotebook) << "cannot read notebooks:" << e.what();
        return;
    }
    for (const QString &id : notebooks)
    {
        try
        {
            advanceNotebook(id);
        }
        catch (const std::exception &e)
        {
            qCWarning(lcNotebook) << "notebook" << id << e.what();
        }
    }
    for (const QString &id : mounts)
    {
        try
        {
            advanceStorage(id);
        }
        catch (const std::exception &e)
        {
            qCWarning(lcNotebook) << "notebook storage" << id << e.what();
        }
    }
}

void NotebookModule::advanceNotebook(const QString &id)
{
    Store &store = m_ctx.store();
    const Clock &clock = m_ctx.clock();
    const auto stored = store.get(kKind, id);
    if (!stored)
        return;
    api::Notebook nb = api::fromJson<api::Notebook>(*stored);
    const QString status = nb.status.value_or(QString());
    const qint64 now = clock.nowMs();
    const qint64 since = nb.updateAt.value_or(nb.createAt.value_or(now));
    const qint64 elapsed = clock.nominalSince(since);
    // When a step ended (real time): a late tick or a restart catches up from the stored time.
    const auto endOf = [&](qint64 nominalMs)
    {
        return clock.endOfStep(since, nominalMs);
    };

    struct Event
    {
        qint64 time;
        QString level;
        QString name;
        QString message;
    };
    std::vector<Event> events;
    bool remove = false;
    const bool local = runsLocally(nb);

    if (status == st::Creating && local)
    {
        // Nothing to allocate on this computer: straight on to starting Jupyter.
        nb.status = st::Starting;
        nb.actionProgress = progressFor(id, 0, kStartingMs / 3, 2);
        nb.updateAt = now;
        events.push_back({ now, QStringLiteral("Warning"), QStringLiteral("Scheduled"),
            QStringLiteral("The instance has been scheduled on this computer (pool local).") });
    }
    else if (status == st::Starting && local)
    {
        launchJupyter(id); // no-op while it starts; ready or finished moves the instance on
        return;
    }
    else if ((status == st::Stopping || status == st::Deleting) && local && m_jupyters.contains(id))
    {
        m_jupyters.value(id)->stop(); // its finished() completes the stop or the delete
        return;
    }
    else if (status == st::Creating)
    {
        const auto progress = progressFor(id, elapsed, kStepMs, 1);
        // Steps that began since the last look: 2 schedules the instance, 4 pulls the image.
        for (size_t i = 1; i < progress.size(); ++i)
        {
            const bool began = progress[i].status != u"WAITING";
            const bool wasWaiting
                = !nb.actionProgress || i >= nb.actionProgress->size() || (*nb.actionProgress)[i].status == u"WAITING";
            if (!began || !wasWaiting)
                continue;
            const qint64 at = endOf(static_cast<qint64>(i) * kStepMs);
            if (i == 1)
                events.push_back({ at, QStringLiteral("Warning"), QStringLiteral("Scheduled"),
                    QStringLiteral("The instance has been scheduled.") });
            else if (i == 3)
                events.push_back({ at, QStringLiteral("Warning"), QStringLiteral("PullingImage"),
                    QStringLiteral("The image is being pulled.") });
        }
        if (elapsed < kCreatingMs)
        {
            if (sameProgress(nb.actionProgress, progress))
                return;
            nb.actionProgress = progress;
        }
        else
        {
            std::optional<QString> failure;
            if (nb.pool && nb.pool->id)
            {
                const auto pool = findPool(store, *nb.pool->id);
                if (!pool || !pool->isRunning() || pool->freeNodes() < 1)
                    failure = QStringLiteral("Insufficient resources: the resource pool %1 has no free node.")
                                  .arg(*nb.pool->id);
            }
            if (failure)
            {
                auto failed = allCompleted(id);
                failed[1].status = QStringLiteral("FAILED");
                for (size_t i = 2; i < failed.size(); ++i)
                    failed[i].status = QStringLiteral("WAITING");
                nb.actionProgress = failed;
                nb.status = st::CreateFailed;
                nb.failReason = *failure;
                events.push_back(
                    { endOf(kCreatingMs), QStringLiteral("Critical"), QStringLiteral("CreateNotebookFailed"),
                        QStringLiteral("Creating an instance failed. %1").arg(*failure) });
            }
            else
            {
                nb.actionProgress = progress;
                nb.status = st::Starting;
                events.push_back({ endOf(kCreatingMs), QStringLiteral("Warning"), QStringLiteral("PulledImage"),
                    QStringLiteral("The image has been pulled.") });
            }
            nb.updateAt = endOf(kCreatingMs);
        }
    }
    else if (status == st::Starting)
    {
        if (elapsed >= kStartingMs)
        {
            nb.status = st::Running;
            nb.actionProgress = allCompleted(id);
            nb.updateAt = endOf(kStartingMs);
            events.push_back({ endOf(kStartingMs), QStringLiteral("Major"), QStringLiteral("NotebookHealthy"),
                QStringLiteral("The instance is running and healthy.") });
        }
        else
        {
            if (allStepsCompleted(nb.actionProgress))
                return;
            const auto progress = progressFor(id, elapsed, kStartingMs / 3, 2);
            if (sameProgress(nb.actionProgress, progress))
                return;
            nb.actionProgress = progress;
        }
    }
    else if (status == st::Snapshotting)
    {
        // "If the duration expires before the snapshot is saved, saving fails" (notebooks.md §4.10).
        const bool expired = nb.lease && leaseExpired(clock, *nb.lease);
        if (!expired && elapsed < kSnapshotMs)
            return;
        nb.status = st::Running;
        nb.updateAt = expired ? now : endOf(kSnapshotMs);
        if (expired)
        {
            failPendingImages(store, id,
                QStringLiteral("Saving the image failed due to task timeout: the auto-stop duration expired first."));
            events.push_back({ now, QStringLiteral("Critical"), QStringLiteral("SavedImageFailed"),
                QStringLiteral("Saving the image failed due to task timeout. (The auto-stop duration expired before "
                               "the image was saved.)") });
        }
        else
        {
            const QString what = activatePendingImage(store, id, nb.updateAt.value_or(now));
            events.push_back({ *nb.updateAt, QStringLiteral("Major"), QStringLiteral("SaveImage"),
                QStringLiteral("The image has been saved. (%1)").arg(what) });
        }
    }
    else if (status == st::Running && nb.volume && nb.volume->status == st::Resizing
        && !(nb.lease && leaseExpired(clock, *nb.lease)))
    {
        if (elapsed < kResizeMs)
            return;
        finishResize(nb);
        nb.updateAt = endOf(kResizeMs);
        events.push_back({ *nb.updateAt, QStringLiteral("Major"), QStringLiteral("UpdateStorageSize"),
            QStringLiteral("The instance storage size has been updated. (User %1 updated the storage size to %2 GB.)")
                .arg(m_ctx.config().userName)
                .arg(nb.volume->capacity.value_or(0)) });
    }
    else if (status == st::Running)
    {
        if (!nb.lease || !leaseExpired(clock, *nb.lease))
            return;
        finishResize(nb);
        const api::Lease &lease = *nb.lease;
        const qint64 expiredAt = std::min(now, *lease.createAt + clock.scaled(*lease.duration + kAutoStopGraceMs));
        const bool idle = lease.type.value_or(QString()).compare(u"IDLE", Qt::CaseInsensitive) == 0;
        nb.status = st::Stopping;
        nb.updateAt = expiredAt;
        events.push_back({ expiredAt, QStringLiteral("Major"),
            idle ? QStringLiteral("StopNotebookResourceIdle") : QStringLiteral("StopNotebook"),
            idle ? QStringLiteral("The notebook instance will automatically stop because resources are idle.")
                 : QStringLiteral("The auto-stop duration has expired; the instance is being stopped.") });
    }
    else if (status == st::Stopping)
    {
        if (elapsed < kStoppingMs && !local)
            return;
        nb.status = st::Stopped;
        nb.updateAt = endOf(kStoppingMs);
        events.push_back({ endOf(kStoppingMs), QStringLiteral("Major"), QStringLiteral("StopNotebook"),
            QStringLiteral("The instance has been stopped.") });
    }
    else if (status == st::Deleting)
    {
        if (elapsed < kDeletingMs && !local)
            return;
        remove = true;
    }
    else
    {
        return;
    }

    if (remove && local)
    {
        // The working folder is the instance's disk: deleting the instance releases it (§4.5).
        QDir dir(workingDir(id));
        if (dir.exists() && !dir.removeRecursively())
        {
            remove = false;
            nb.status = st::DeleteFailed;
            nb.updateAt = now;
            nb.failReason = QStringLiteral("Cannot remove the working folder %1.").arg(dir.path());
            events.push_back({ now, QStringLiteral("Critical"), QStringLiteral("DeleteNotebookFailed"),
                QStringLiteral("Deleting the instance failed: cannot remove the working folder %1; check its "
                               "permissions and delete the instance again.")
                    .arg(dir.path()) });
        }
    }
    store.transaction(
        [&]
        {
            if (remove)
            {
                for (const Json &m : store.list(kStorageKind, id))
                {
                    const QString storageId = stringAt(m, "/id");
                    store.remove(kStorageKind, storageId);
                    store.purgeOwned(storageId);
                }
                store.remove(kKind, id);
                store.purgeOwned(id);
                return;
            }
            nb.billingItems = billingItems(nb.status.value_or(QString()));
            saveNotebook(api::encode(nb));
            for (const Event &e : events)
                addEvent(id, e.time, e.level, e.name, e.message);
        });
}

void NotebookModule::advanceStorage(const QString &id)
{
    Store &store = m_ctx.store();
    const Clock &clock = m_ctx.clock();
    auto doc = store.get(kStorageKind, id);
    if (!doc)
        return;
    const QString status = stringAt(*doc, "/status");
    const qint64 since = intAt(*doc, "/_since");
    const qint64 elapsed = clock.nominalSince(since);
    const QString notebookId = stringAt(*doc, "/_notebook");
    const QString where = QStringLiteral("%1 at %2").arg(stringAt(*doc, "/uri"), stringAt(*doc, "/mount_path"));
    if (status == st::Mounting && elapsed >= kMountMs)
    {
        const qint64 at = clock.endOfStep(since, kMountMs);
        (*doc)["status"] = st::Mounted.toStdString();
        (*doc)["_since"] = at;
        ResourceIndex index;
        index.name = stringAt(*doc, "/mount_path");
        index.status = st::Mounted;
        index.createdMs = since;
        index.parent = notebookId;
        store.transaction(
            [&]
            {
                store.put(kStorageKind, id, *doc, index);
                addEvent(notebookId, at, QStringLiteral("Major"), QStringLiteral("DynamicMountStorage"),
                    QStringLiteral("The OBS storage is mounted. (%1)").arg(where));
            });
    }
    else if (status == st::Unmounting && elapsed >= kUnmountMs)
    {
        const qint64 at = clock.endOfStep(since, kUnmountMs);
        store.transaction(
            [&]
            {
                store.remove(kStorageKind, id);
                if (store.get(kKind, notebookId))
                    addEvent(notebookId, at, QStringLiteral("Major"), QStringLiteral("DynamicUnmountStorage"),
                        QStringLiteral("The OBS storage is unmounted. (%1)").arg(where));
            });
    }
}

// ---------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------

void NotebookModule::seedDemoData()
{
    const Clock &clock = m_ctx.clock();
    const qint64 now = clock.nowMs();
    // Offsets are nominal, so the demo looks the same at any time scale.
    const auto ago = [&](qint64 nominalMs)
    {
        return now - clock.scaled(nominalMs);
    };
    const qint64 minute = 60 * 1000;

    const auto make = [&](const QString &name, const QString &description, const QString &flavorId,
                          const QString &imageId, qint64 createdAt)
    {
        const api::NotebookImage *image = notebookcatalog::findImage(imageId);
        api::Notebook nb;
        nb.id = ServerContext::newUuid();
        nb.name = name;
        nb.description = description;
        nb.flavor = flavorId;
        nb.feature = QStringLiteral("NOTEBOOK");
        nb.workspaceId = QStringLiteral("0");
        nb.token = ServerContext::newUuid();
        nb.url = notebookUrl(*nb.id);
        nb.createAt = createdAt;
        if (image)
            nb.image = notebookcatalog::embeddedImage(*image);
        api::NotebookVolume volume;
        volume.category = QStringLiteral("EVS");
        volume.ownership = QStringLiteral("MANAGED");
        volume.capacity = kDefaultEvsGb;
        volume.mountPath = kWorkPath;
        nb.volume = volume;
        nb.actionProgress = allCompleted(*nb.id);
        nb.user = localUser(m_ctx.config());
        return nb;
    };
    const auto creationEvents = [&](const QString &id, qint64 createdAt)
    {
        addEvent(id, createdAt, QStringLiteral("Warning"), QStringLiteral("CreateNotebook"),
            QStringLiteral("The instance is being created."));
        addEvent(id, createdAt + clock.scaled(kStepMs), QStringLiteral("Warning"), QStringLiteral("Scheduled"),
            QStringLiteral("The instance has been scheduled."));
        addEvent(id, createdAt + clock.scaled(3 * kStepMs), QStringLiteral("Warning"), QStringLiteral("PullingImage"),
            QStringLiteral("The image is being pulled."));
        addEvent(id, createdAt + clock.scaled(kCreatingMs), QStringLiteral("Warning"), QStringLiteral("PulledImage"),
            QStringLiteral("The image has been pulled."));
        addEvent(id, createdAt + clock.scaled(kCreatingMs + kStartingMs), QStringLiteral("Major"),
            QStringLiteral("NotebookHealthy"), QStringLiteral("The instance is running and healthy."));
    };

    // A running CPU notebook on the public pool, four hours of auto stop.
    {
        const qint64 created = ago(25 * minute);
        api::Notebook nb
            = make(QStringLiteral("notebook-data-exploration"), QStringLiteral("Exploring the sample data set"),
                QStringLiteral("modelarts.vm.cpu.2u"), QStringLiteral("e1a07296-22a8-4f05-8bc8-e936c8e54090"), created);
        nb.status = st::Running;
        nb.updateAt = created + clock.scaled(kCreatingMs + kStartingMs);
        api::Lease lease;
        lease.createAt = created;
        lease.duration = 4 * 3600000LL;
        lease.enable = true;
        lease.type = QStringLiteral("TIMING");
        lease.updateAt = created;
        nb.lease = lease;
        nb.billingItems = billingItems(st::Running);
        saveNotebook(api::encode(nb));
        creationEvents(*nb.id, created);
    }
    // A stopped GPU notebook with remote SSH, stopped by its auto stop yesterday.
    {
        const qint64 created = ago(3 * 24 * 60 * minute);
        api::Notebook nb
            = make(QStringLiteral("notebook-pytorch-finetune"), QStringLiteral("Fine-tuning a ResNet-50 on GPU"),
                QStringLiteral("modelarts.vm.gpu.t4"), QStringLiteral("278e88d1-5b71-4766-8502-b3ba72e824d9"), created);
        nb.status = st::Stopped;
        const qint64 startedAt = ago(26 * 60 * minute);
        const qint64 stoppedAt = startedAt + clock.scaled(2 * 3600000LL + kAutoStopGraceMs + kStoppingMs);
        nb.updateAt = stoppedAt;
        api::Lease lease;
        lease.createAt = created;
        lease.duration = static_cast<qint64>(static_cast<double>(startedAt - created) * clock.scale()) + 2 * 3600000LL;
        lease.enable = true;
        lease.type = QStringLiteral("TIMING");
        lease.updateAt = startedAt;
        nb.lease = lease;
        api::NotebookVolume volume = *nb.volume;
        volume.capacity = 50;
        nb.volume = volume;
        api::NotebookEndpoint ssh;
        ssh.service = QStringLiteral("SSH");
        ssh.devService = QStringLiteral("SSH");
        ssh.keyPairNames = std::vector<QString> { QStringLiteral("KeyPair-local") };
        ssh.sshKeys = ssh.keyPairNames;
        ssh.allowedAccessIps = std::vector<QString> { QStringLiteral("192.168.1.10") };
        ssh.uri = QStringLiteral("ssh://ma-user@dev-modelarts-local.localhost:%1").arg(sshPort(*nb.id));
        nb.endpoints = std::vector<api::NotebookEndpoint> { ssh };
        nb.billingItems = billingItems(st::Stopped);
        saveNotebook(api::encode(nb));
        creationEvents(*nb.id, created);
        addEvent(*nb.id, startedAt, QStringLiteral("Warning"), QStringLiteral("StartNotebook"),
            QStringLiteral("The instance is being started; it stops automatically after 2 h."));
        addEvent(*nb.id, stoppedAt - clock.scaled(kStoppingMs), QStringLiteral("Major"), QStringLiteral("StopNotebook"),
            QStringLiteral("The auto-stop duration has expired; the instance is being stopped."));
        addEvent(*nb.id, stoppedAt, QStringLiteral("Major"), QStringLiteral("StopNotebook"),
            QStringLiteral("The instance has been stopped."));
    }
}
} // namespace ma::server
