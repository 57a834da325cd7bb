#include "workspacemodule.h"

#include "api/types/workspace.h"
#include "lifecycleticker.h"
#include "serverutil.h"
#include "workspacequota.h"

#include <algorithm>
#include <climits>
#include <QLoggingCategory>

namespace ma::server
{
namespace
{
Q_LOGGING_CATEGORY(lcWorkspace, "ma.server.workspace")

constexpr qint64 kDeletingMs = 10000; // nominal, divided by --time-scale
constexpr int kMaxGrants = 500;

const QString kKind = QStringLiteral("workspace");
const QString kDefaultId = QStringLiteral("0");
const QString kDefaultName = QStringLiteral("default");
const QString kNormal = QStringLiteral("NORMAL");
const QString kDeleting = QStringLiteral("DELETING");

[[noreturn]] void notExisted(const QString &id)
{
    throw HttpError(400, QStringLiteral("ModelArts.7005"), QStringLiteral("workspace:%1 not existed").arg(id));
}

void checkWorkspaceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{Han}A-Za-z0-9_-]+$"));
    checkName(name, QStringLiteral("name"), 4, 64, pattern,
        QStringLiteral("Chinese characters, letters, digits, hyphens (-) and underscores (_)"));
    if (name == kDefaultName)
        invalidArgument(QStringLiteral("\"default\" is the name of the default workspace reserved by the system."));
}

void checkDescription(const QString &description)
{
    if (description.size() > 256)
        invalidArgument(QStringLiteral("description must be at most 256 characters long."));
}

/** The auth type in the upper case the API documents; lower case is accepted on input. */
QString authTypeText(const std::optional<QString> &value)
{
    const api::WorkspaceAuthType type = api::workspaceAuthType(value);
    if (type == api::WorkspaceAuthType::Unknown)
        invalidArgument(QStringLiteral("auth_type must be PUBLIC, PRIVATE or INTERNAL, got \"%1\".").arg(*value));
    return api::workspaceAuthTypeText(type);
}

/** Grants take effect only with INTERNAL (W-1); for the other types they are dropped. */
std::vector<api::WorkspaceGrant> checkGrants(
    const std::optional<std::vector<api::WorkspaceGrant>> &grants, const QString &authType)
{
    if (!grants || authType != u"INTERNAL")
        return {};
    if (grants->size() > static_cast<size_t>(kMaxGrants))
        invalidArgument(QStringLiteral("grants allows at most %1 users.").arg(kMaxGrants));
    std::vector<api::WorkspaceGrant> out;
    for (const api::WorkspaceGrant &g : *grants)
    {
        api::WorkspaceGrant grant = g;
        if (grant.userType)
        {
            const QString type = grant.userType->trimmed().toUpper();
            if (type != u"IAM" && type != u"FEDERATE" && type != u"AGENCY")
                invalidArgument(QStringLiteral("grants[].user_type must be IAM, FEDERATE or AGENCY."));
            grant.userType = type;
        }
        out.push_back(std::move(grant));
    }
    return out;
}

bool nameTaken(const Store &store, const QString &name, const QString &exceptId)
{
    for (const Json &doc : store.list(kKind))
    {
        if (stringAt(doc, "/name") == name && stringAt(doc, "/id") != exceptId)
            return true;
    }
    return false;
}

Json listItem(Json doc)
{
    doc.erase("grants"); // W-2 items carry no grants; W-1 and W-3 replies do
    return doc;
}
} // namespace

WorkspaceModule::WorkspaceModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
    , m_ticker(new LifecycleTicker(
          context.clock(), QStringLiteral("workspace"), [this] { tick(); }, this))
{
}

void WorkspaceModule::registerRoutes(Router &router)
{
    const auto route = routes<WorkspaceModule>(router);
    route("POST", "/v1/{project_id}/workspaces", &WorkspaceModule::createWorkspace);
    route("GET", "/v1/{project_id}/workspaces", &WorkspaceModule::listWorkspaces);
    route("GET", "/v1/{project_id}/workspaces/{workspace_id}", &WorkspaceModule::showWorkspace);
    route("PUT", "/v1/{project_id}/workspaces/{workspace_id}", &WorkspaceModule::updateWorkspace);
    route("DELETE", "/v1/{project_id}/workspaces/{workspace_id}", &WorkspaceModule::deleteWorkspace);
    route("GET", "/v1/{project_id}/workspaces/{workspace_id}/quotas", &WorkspaceModule::showQuotas);
    route("PUT", "/v1/{project_id}/workspaces/{workspace_id}/quotas", &WorkspaceModule::updateQuotas);
}

void WorkspaceModule::start()
{
    try
    {
        ensureDefaultWorkspace();
    }
    catch (const std::exception &e)
    {
        qCWarning(lcWorkspace) << "cannot create the default workspace:" << e.what();
    }
    m_ticker->start();
}

void WorkspaceModule::seedDemoData()
{
    ensureDefaultWorkspace();
    const qint64 created = m_ctx.clock().nowMs() - m_ctx.clock().scaled(7LL * 24 * 3600 * 1000);
    save(api::encode(publicWorkspace(ServerContext::newHexId(), QStringLiteral("vision-team"),
        QStringLiteral("Image classification experiments of the vision team"), created)));
}

void WorkspaceModule::ensureDefaultWorkspace()
{
    if (m_ctx.store().get(kKind, kDefaultId))
        return;
    save(api::encode(publicWorkspace(kDefaultId, kDefaultName, QString(), m_ctx.clock().nowMs())));
}

api::Workspace WorkspaceModule::publicWorkspace(
    const QString &id, const QString &name, const QString &description, qint64 createdMs) const
{
    api::Workspace ws;
    ws.id = id;
    ws.name = name;
    ws.description = description;
    ws.owner = m_ctx.config().userName;
    ws.createTime = createdMs;
    ws.updateTime = createdMs;
    ws.enterpriseProjectId = QStringLiteral("0");
    ws.enterpriseProjectName = QStringLiteral("default");
    ws.authType = QStringLiteral("PUBLIC");
    ws.status = kNormal;
    ws.statusInfo = QString();
    ws.grants = std::vector<api::WorkspaceGrant>();
    return ws;
}

Json WorkspaceModule::load(const QString &id) const
{
    const auto doc = m_ctx.store().get(kKind, id);
    if (!doc)
        notExisted(id);
    return *doc;
}

void WorkspaceModule::save(const Json &doc)
{
    ResourceIndex index;
    index.name = stringAt(doc, "/name");
    index.status = stringAt(doc, "/status");
    index.createdMs = intAt(doc, "/create_time");
    index.workspace = stringAt(doc, "/id");
    m_ctx.store().put(kKind, stringAt(doc, "/id"), doc, index);
}

// ---------------------------------------------------------------------------
// W-1 create
// ---------------------------------------------------------------------------

Response WorkspaceModule::createWorkspace(const Request &req)
{
    const auto body = api::fromJson<api::WorkspaceCreateRequest>(req.json());
    const QString name = body.name.trimmed();
    checkWorkspaceName(name);
    if (body.description)
        checkDescription(*body.description);
    const QString authType = authTypeText(body.authType);
    const std::vector<api::WorkspaceGrant> grants = checkGrants(body.grants, authType);
    Store &store = m_ctx.store();
    if (nameTaken(store, name, QString()))
        invalidArgument(QStringLiteral("a workspace named \"%1\" already exists.").arg(name));

    const qint64 now = m_ctx.clock().nowMs();
    api::Workspace ws;
    ws.id = ServerContext::newHexId();
    ws.name = name;
    ws.description = body.description.value_or(QString());
    ws.owner = m_ctx.config().userName;
    ws.createTime = now;
    ws.updateTime = now;
    const QString eps = body.enterpriseProjectId.value_or(QStringLiteral("0")).trimmed();
    ws.enterpriseProjectId = eps.isEmpty() ? QStringLiteral("0") : eps;
    ws.enterpriseProjectName = *ws.enterpriseProjectId == u"0" ? QStringLiteral("default") : *ws.enterpriseProjectId;
    ws.authType = authType;
    ws.status = kNormal;
    ws.statusInfo = QString();
    ws.grants = grants;
    const Json doc = api::encode(ws);
    save(doc);
    return Response::json(200, doc);
}

// ---------------------------------------------------------------------------
// W-2 list, W-3 show
// ---------------------------------------------------------------------------

Response WorkspaceModule::listWorkspaces(const Request &req)
{
    // offset is the number of the first page (api.md §7), not an item offset.
    const int page = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    const int limit = queryInt(req, QStringLiteral("limit"), 1000, 1, 1000);
    const QString sortBy = req.hasQuery(QStringLiteral("sort_by")) ? req.query(QStringLiteral("sort_by")).trimmed()
                                                                   : QStringLiteral("name");
    if (sortBy != u"name" && sortBy != u"update_time" && sortBy != u"status")
        invalidArgument(QStringLiteral("sort_by must be name, update_time or status."));
    const QString order = req.hasQuery(QStringLiteral("order")) ? req.query(QStringLiteral("order")).trimmed().toLower()
                                                                : QStringLiteral("desc");
    if (order != u"asc" && order != u"desc")
        invalidArgument(QStringLiteral("order must be asc or desc."));
    const QString name = req.query(QStringLiteral("name")).trimmed();
    const QString eps = req.query(QStringLiteral("enterprise_project_id")).trimmed();
    const QString accessible = req.query(QStringLiteral("filter_accessible")).trimmed().toLower();
    if (!accessible.isEmpty() && accessible != u"true" && accessible != u"false")
        invalidArgument(QStringLiteral("filter_accessible must be true or false."));

    std::vector<Json> items;
    for (Json &doc : m_ctx.store().list(kKind))
    {
        if (!name.isEmpty() && !stringAt(doc, "/name").contains(name, Qt::CaseInsensitive))
            continue;
        if (!eps.isEmpty() && stringAt(doc, "/enterprise_project_id") != eps)
            continue;
        items.push_back(listItem(std::move(doc)));
    }
    const bool ascending = order == u"asc";
    std::stable_sort(items.begin(), items.end(),
        [&](const Json &a, const Json &b)
        {
            int c = 0;
            if (sortBy == u"update_time")
            {
                const qint64 ta = intAt(a, "/update_time");
                const qint64 tb = intAt(b, "/update_time");
                c = ta < tb ? -1 : (ta > tb ? 1 : 0);
            }
            else
            {
                const char *pointer = sortBy == u"status" ? "/status" : "/name";
                c = stringAt(a, pointer).compare(stringAt(b, pointer), Qt::CaseInsensitive);
            }
            // Equal keys (workspaces written in the same millisecond) still get one order
            // that does not depend on storage order: then by name.
            if (c == 0)
                c = stringAt(a, "/name").compare(stringAt(b, "/name"), Qt::CaseInsensitive);
            return ascending ? c < 0 : c > 0;
        });

    const qint64 total = static_cast<qint64>(items.size());
    const qint64 first = std::min<qint64>(total, static_cast<qint64>(page) * limit);
    const qint64 last = std::min<qint64>(total, first + limit);
    Json workspaces = Json::array();
    for (qint64 i = first; i < last; ++i)
        workspaces.push_back(items[static_cast<size_t>(i)]);
    Json out = Json::object();
    out["total_count"] = total;
    out["count"] = last - first;
    out["workspaces"] = workspaces;
    return Response::json(200, out);
}

Response WorkspaceModule::showWorkspace(const Request &req)
{
    return Response::json(200, load(req.param(QStringLiteral("workspace_id"))));
}

// ---------------------------------------------------------------------------
// W-4 update, W-5 delete
// ---------------------------------------------------------------------------

Response WorkspaceModule::updateWorkspace(const Request &req)
{
    const QString id = req.param(QStringLiteral("workspace_id"));
    auto ws = api::fromJson<api::Workspace>(load(id));
    const auto body = api::fromJson<api::WorkspaceUpdateRequest>(req.json());
    if (ws.status.value_or(QString()) == kDeleting)
        invalidArgument(QStringLiteral("the workspace %1 is being deleted.").arg(id));
    if (body.name && body.name->trimmed() != ws.name)
    {
        const QString name = body.name->trimmed();
        if (id == kDefaultId)
            invalidArgument(QStringLiteral("the default workspace cannot be renamed."));
        checkWorkspaceName(name);
        if (nameTaken(m_ctx.store(), name, id))
            invalidArgument(QStringLiteral("a workspace named \"%1\" already exists.").arg(name));
        ws.name = name;
    }
    if (body.description)
    {
        checkDescription(*body.description);
        ws.description = *body.description;
    }
    if (body.authType)
    {
        if (id == kDefaultId && api::workspaceAuthType(body.authType) != api::WorkspaceAuthType::Public)
            invalidArgument(QStringLiteral("the default workspace is always PUBLIC."));
        ws.authType = authTypeText(body.authType);
    }
    if (body.authType || body.grants)
    {
        // Grants given alone replace the list of an INTERNAL workspace.
        const auto grants = body.grants ? body.grants : ws.grants;
        ws.grants = checkGrants(grants, ws.authType.value_or(QStringLiteral("PUBLIC")));
    }
    ws.updateTime = m_ctx.clock().nowMs();
    save(api::encode(ws));
    api::WorkspaceIdResponse out;
    out.workspaceId = id;
    return Response::json(200, api::encode(out));
}

Response WorkspaceModule::deleteWorkspace(const Request &req)
{
    const QString id = req.param(QStringLiteral("workspace_id"));
    auto ws = api::fromJson<api::Workspace>(load(id));
    if (id == kDefaultId)
        invalidArgument(QStringLiteral("the default workspace cannot be deleted."));
    if (ws.status.value_or(QString()) != kDeleting)
    {
        ws.status = kDeleting;
        ws.updateTime = m_ctx.clock().nowMs();
        save(api::encode(ws));
    }
    api::WorkspaceIdResponse out;
    out.workspaceId = id;
    return Response::json(200, api::encode(out));
}

// ---------------------------------------------------------------------------
// W-6 quotas
// ---------------------------------------------------------------------------

Response WorkspaceModule::showQuotas(const Request &req)
{
    const QString id = req.param(QStringLiteral("workspace_id"));
    const Json ws = load(id);
    return Response::json(200, api::encode(workspacequota::quotas(m_ctx.store(), id, intAt(ws, "/create_time"))));
}

Response WorkspaceModule::updateQuotas(const Request &req)
{
    const QString id = req.param(QStringLiteral("workspace_id"));
    const Json ws = load(id);
    if (stringAt(ws, "/status") == kDeleting)
        invalidArgument(QStringLiteral("the workspace %1 is being deleted.").arg(id));
    const auto body = api::fromJson<api::WorkspaceQuotas>(req.json());
    if (body.quotas.empty())
        invalidArgument(QStringLiteral("quotas must list at least one quota to modify."));
    Store &store = m_ctx.store();
    const api::WorkspaceQuotas current = workspacequota::quotas(store, id, intAt(ws, "/create_time"));
    const qint64 now = m_ctx.clock().nowMs();

    Json stored = store.get(workspacequota::kQuotaKind, id).value_or(Json::object());
    if (!stored.contains("quotas") || !stored["quotas"].is_array())
        stored["quotas"] = Json::array();
    QStringList changed;
    int i = 0;
    for (const api::WorkspaceQuota &q : body.quotas)
    {
        const QString field = QStringLiteral("quotas[%1]").arg(i++);
        const auto known = std::find_if(current.quotas.begin(), current.quotas.end(),
            [&](const api::WorkspaceQuota &c) { return c.resource == q.resource; });
        if (known == current.quotas.end())
            invalidArgument(QStringLiteral("%1.resource \"%2\" is not a workspace quota; use one of %3.")
                                .arg(field, q.resource, workspacequota::resources().join(QStringLiteral(", "))));
        if (!q.quota)
            invalidArgument(QStringLiteral("%1.quota is required.").arg(field));
        const qint64 value = *q.quota;
        if (value != -1 && (value < known->minQuota.value_or(1) || value > known->maxQuota.value_or(LLONG_MAX)))
            invalidArgument(QStringLiteral("%1.quota must be -1 (unlimited) or between %2 and %3, got %4.")
                                .arg(field)
                                .arg(known->minQuota.value_or(1))
                                .arg(known->maxQuota.value_or(LLONG_MAX))
                                .arg(value));
        Json &list = stored["quotas"];
        const auto it = std::find_if(
            list.begin(), list.end(), [&](const Json &s) { return stringAt(s, "/resource") == q.resource; });
        const Json entry = { { "resource", q.resource.toStdString() }, { "quota", value }, { "update_time", now } };
        if (it == list.end())
            list.push_back(entry);
        else
            *it = entry;
        changed << q.resource;
    }
    ResourceIndex index;
    index.name = id;
    index.createdMs = now;
    index.workspace = id;
    store.put(workspacequota::kQuotaKind, id, stored, index);

    // The reply lists the modified quotas with their new values (no usage).
    api::WorkspaceQuotas out;
    for (api::WorkspaceQuota q : workspacequota::quotas(store, id, intAt(ws, "/create_time")).quotas)
    {
        if (!changed.contains(q.resource))
            continue;
        q.usedQuota.reset();
        q.extra = Json();
        out.quotas.push_back(std::move(q));
    }
    return Response::json(200, api::encode(out));
}

// ---------------------------------------------------------------------------
// Lifecycle
// ---------------------------------------------------------------------------

void WorkspaceModule::tick()
{
    Store &store = m_ctx.store();
    for (const QString &id : store.idsWithStatus(kKind, { kDeleting }))
    {
        const auto doc = store.get(kKind, id);
        if (!doc || m_ctx.clock().nominalSince(intAt(*doc, "/update_time")) < kDeletingMs)
            continue;
        store.transaction(
            [&]
            {
                store.remove(kKind, id);
                store.remove(workspacequota::kQuotaKind, id);
            });
    }
}
} // namespace ma::server
