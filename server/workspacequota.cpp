#include "workspacequota.h"

#include "serverutil.h"

namespace ma::server::workspacequota
{
namespace
{
struct QuotaSpec
{
    QString resource;
    QString nameEn;
    QString unitEn;
    QString nameCn;
    QString unitCn;
    qint64 maxQuota;
};

const QList<QuotaSpec> &specs()
{
    static const QList<QuotaSpec> list = {
        { kNotebook, QStringLiteral("Notebook instances"), QStringLiteral("instances"), QStringLiteral(u"Notebook实例"),
            QStringLiteral(u"个"), 1000 },
        { kTrainJob, QStringLiteral("Training jobs"), QStringLiteral("jobs"), QStringLiteral(u"训练作业"),
            QStringLiteral(u"个"), 10000 },
        { QStringLiteral("model"), QStringLiteral("AI applications"), QStringLiteral("applications"),
            QStringLiteral(u"AI应用"), QStringLiteral(u"个"), 1000 },
        { QStringLiteral("real_time_service"), QStringLiteral("Real-time services"), QStringLiteral("services"),
            QStringLiteral(u"在线服务"), QStringLiteral(u"个"), 1000 },
    };
    return list;
}

// The value a PUT stored for @p resource, with the time it was stored.
std::optional<std::pair<qint64, qint64>> stored(const Store &store, const QString &workspaceId, const QString &resource)
{
    const auto doc = store.get(kQuotaKind, workspaceId);
    if (!doc || !doc->contains("quotas") || !(*doc)["quotas"].is_array())
        return std::nullopt;
    for (const Json &q : (*doc)["quotas"])
    {
        if (stringAt(q, "/resource") == resource)
            return std::make_pair(intAt(q, "/quota", -1), intAt(q, "/update_time", 0));
    }
    return std::nullopt;
}

QString workspaceOf(const Json &doc, const char *pointer)
{
    const QString ws = stringAt(doc, pointer);
    return ws.isEmpty() ? QStringLiteral("0") : ws;
}
} // namespace

bool workspaceUsable(const Store &store, const QString &workspaceId)
{
    if (workspaceId == u"0")
        return true;
    const auto doc = store.get(QStringLiteral("workspace"), workspaceId);
    return doc && stringAt(*doc, "/status") == u"NORMAL";
}

QStringList resources()
{
    QStringList out;
    for (const QuotaSpec &s : specs())
        out << s.resource;
    return out;
}

qint64 used(const Store &store, const QString &workspaceId, const QString &resource)
{
    qint64 n = 0;
    if (resource == kNotebook)
    {
        for (const Json &doc : store.list(QStringLiteral("notebook")))
        {
            if (workspaceOf(doc, "/workspace_id") == workspaceId)
                ++n;
        }
    }
    else if (resource == kTrainJob)
    {
        for (const Json &doc : store.list(QStringLiteral("training_job")))
        {
            if (workspaceOf(doc, "/metadata/workspace_id") == workspaceId)
                ++n;
        }
    }
    return n;
}

std::optional<qint64> limit(const Store &store, const QString &workspaceId, const QString &resource)
{
    const auto value = stored(store, workspaceId, resource);
    if (!value || value->first < 0)
        return std::nullopt;
    return value->first;
}

api::WorkspaceQuotas quotas(const Store &store, const QString &workspaceId, qint64 workspaceCreatedMs)
{
    api::WorkspaceQuotas out;
    for (const QuotaSpec &s : specs())
    {
        api::WorkspaceQuota q;
        q.resource = s.resource;
        const auto value = stored(store, workspaceId, s.resource);
        q.quota = value ? value->first : -1;
        q.maxQuota = s.maxQuota;
        q.minQuota = 1;
        q.updateTime = value ? value->second : workspaceCreatedMs;
        q.nameEn = s.nameEn;
        q.unitEn = s.unitEn;
        q.nameCn = s.nameCn;
        q.unitCn = s.unitCn;
        if (*q.quota >= 0)
            q.usedQuota = used(store, workspaceId, s.resource);
        else
            q.extra["used_quota"] = nullptr; // documented as null when the quota is unlimited
        out.quotas.push_back(std::move(q));
    }
    return out;
}
} // namespace ma::server::workspacequota
