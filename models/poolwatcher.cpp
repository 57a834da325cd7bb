#include "poolwatcher.h"

#include "api/poolrequests.h"

namespace ma::models
{
namespace
{
template <typename T> api::Json encoded(const std::optional<T> &v)
{
    return v ? api::encode(*v) : api::Json();
}
} // namespace

api::ApiRequest PoolWatchTraits::request(const QString &poolName)
{
    return api::pools::show(poolName);
}

QStringList PoolWatchTraits::changedFields(const Item &a, const Item &b)
{
    QStringList fields;
    if (a.metadata.labels != b.metadata.labels)
        fields << QStringLiteral("metadata.labels");
    if (a.metadata.annotations != b.metadata.annotations)
        fields << QStringLiteral("metadata.annotations");
    if (api::encode(a.spec.resources) != api::encode(b.spec.resources))
        fields << QStringLiteral("spec.resources");
    if (a.spec.scope != b.spec.scope)
        fields << QStringLiteral("spec.scope");
    const api::PoolStatus sa = a.status.value_or(api::PoolStatus());
    const api::PoolStatus sb = b.status.value_or(api::PoolStatus());
    if (sa.phase != sb.phase)
        fields << QStringLiteral("status.phase");
    if (sa.message != sb.message)
        fields << QStringLiteral("status.message");
    if (encoded(sa.resources) != encoded(sb.resources))
        fields << QStringLiteral("status.resources");
    if (encoded(sa.scope) != encoded(sb.scope))
        fields << QStringLiteral("status.scope");
    if (encoded(sa.driver) != encoded(sb.driver))
        fields << QStringLiteral("status.driver");
    return fields;
}

QStringList PoolWatchTraits::allFields()
{
    return { QStringLiteral("metadata.labels"), QStringLiteral("metadata.annotations"),
        QStringLiteral("spec.resources"), QStringLiteral("spec.scope"), QStringLiteral("status.phase"),
        QStringLiteral("status.message"), QStringLiteral("status.resources"), QStringLiteral("status.scope"),
        QStringLiteral("status.driver") };
}
} // namespace ma::models
