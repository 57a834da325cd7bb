#include "poolview.h"

namespace ma::server
{
namespace
{
QString str(const Json &j, const char *pointer)
{
    const Json::json_pointer ptr(pointer);
    return j.contains(ptr) && j.at(ptr).is_string() ? QString::fromStdString(j.at(ptr).get<std::string>()) : QString();
}

PoolView viewOf(const Store &store, const Json &doc)
{
    PoolView v;
    v.name = str(doc, "/metadata/name");
    v.displayName = str(doc, "/metadata/labels/os.modelarts~1name");
    if (v.displayName.isEmpty())
        v.displayName = v.name;
    v.phase = str(doc, "/status/phase");
    v.flavorId = str(doc, "/spec/resources/0/flavor");
    if (const auto resources = doc.find("spec");
        resources != doc.end() && resources->contains("resources") && resources->at("resources").is_array())
    {
        for (const Json &r : resources->at("resources"))
        {
            if (r.is_object() && r.value("flavor", Json()).is_string())
                v.flavorIds << QString::fromStdString(r.at("flavor").get<std::string>());
        }
    }
    v.isLocal = v.name == flavors::kLocalPool;
    v.shape = v.isLocal ? &flavors::local() : flavors::find(v.flavorId);
    if (!v.shape)
        v.shape = &flavors::poolNodes().front();
    const Json::json_pointer scope("/spec/scope");
    if (doc.contains(scope) && doc.at(scope).is_array())
    {
        for (const Json &s : doc.at(scope))
        {
            if (s.is_string())
                v.scope << QString::fromStdString(s.get<std::string>());
        }
    }
    v.nodeCount = store.countUnder(QStringLiteral("node"), v.name, QStringLiteral("Available"));
    v.usedNodes = store.unitsHeld(v.name);
    return v;
}
} // namespace

QSet<QString> forcedDriverUpgradeNodes(const Store &store, const QString &poolName)
{
    QSet<QString> out;
    const auto pool = store.get(QStringLiteral("pool"), poolName);
    // The pool module's bookkeeping annotation (poolstore.h kDriverStrategy).
    if (!pool || str(*pool, "/metadata/annotations/os.modelarts.local~1driver-strategy") != u"force")
        return out;
    for (const Json &node : store.list(QStringLiteral("node"), poolName))
    {
        if (str(node, "/status/driver/state") == u"Upgrading")
            out.insert(str(node, "/metadata/name"));
    }
    return out;
}

std::optional<PoolView> findPool(const Store &store, const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    if (const auto doc = store.get(QStringLiteral("pool"), name))
        return viewOf(store, *doc);
    for (const Json &doc : store.list(QStringLiteral("pool")))
    {
        if (str(doc, "/metadata/labels/os.modelarts~1name") == name)
            return viewOf(store, doc);
    }
    return std::nullopt;
}
} // namespace ma::server
