#include "models/autosearchdraft.h"

#include <algorithm>
#include <array>

namespace ma::models
{
namespace
{
QString text(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

QString text(const std::optional<api::LooseScalar> &v)
{
    return v ? v->toString() : QString();
}
} // namespace

QStringList autoSearchAlgorithms()
{
    QStringList out;
    for (const api::SearchAlgorithm &a : api::kSearchAlgorithms)
        out << QString::fromLatin1(a.name);
    return out;
}

QStringList autoSearchParameterKeys(const QString &algorithm)
{
    QStringList out;
    for (const api::SearchAlgorithm &a : api::kSearchAlgorithms)
    {
        if (algorithm != QLatin1String(a.name))
            continue;
        for (const api::SearchAlgorithmParameter &p : a.parameters)
        {
            if (p.key)
                out << QString::fromLatin1(p.key);
        }
    }
    return out;
}

QString autoSearchParameterType(const QString &key)
{
    for (const api::SearchAlgorithm &a : api::kSearchAlgorithms)
    {
        for (const api::SearchAlgorithmParameter &p : a.parameters)
        {
            if (p.key && key == QLatin1String(p.key))
                return QString::fromLatin1(p.type);
        }
    }
    return QString();
}

AutoSearchDraft AutoSearchDraft::fromPolicy(const api::AutoSearchPolicy &policy, bool enabled)
{
    AutoSearchDraft d;
    d.enabled = enabled;
    if (policy.rewardAttrs && !policy.rewardAttrs->empty())
    {
        const api::RewardAttr &reward = policy.rewardAttrs->front();
        d.metric = text(reward.name);
        d.direction = text(reward.mode);
        d.regex = text(reward.regex);
    }
    for (const api::AlgoConfig &config : policy.algoConfigs.value_or(std::vector<api::AlgoConfig>()))
    {
        const QString name = text(config.name);
        if (name.isEmpty() || d.algorithms.contains(name))
            continue;
        d.algorithms << name;
        for (const api::AlgoConfigParam &p : config.params.value_or(std::vector<api::AlgoConfigParam>()))
        {
            const QString key = text(p.key);
            const bool known = std::any_of(
                d.parameters.cbegin(), d.parameters.cend(), [&](const KeyValue &kv) { return kv.key == key; });
            if (!key.isEmpty() && !known)
                d.parameters.append({ key, text(p.value) });
        }
    }
    for (const api::SearchParam &p : policy.searchParams.value_or(std::vector<api::SearchParam>()))
        d.ranges.append({ text(p.name), text(p.lowerBound), text(p.upperBound) });
    return d;
}

api::AutoSearchPolicy AutoSearchDraft::toPolicy() const
{
    api::AutoSearchPolicy policy;
    api::RewardAttr reward;
    reward.name = metric.trimmed();
    if (!direction.isEmpty())
        reward.mode = direction;
    if (!regex.isEmpty())
        reward.regex = regex;
    policy.rewardAttrs = std::vector<api::RewardAttr> { reward };

    std::vector<api::SearchParam> searchParams;
    for (const SearchRange &range : ranges)
    {
        api::SearchParam p;
        p.name = range.name;
        p.paramType = QStringLiteral("continuous");
        p.lowerBound = api::LooseScalar(range.lower.trimmed());
        p.upperBound = api::LooseScalar(range.upper.trimmed());
        searchParams.push_back(p);
    }
    policy.searchParams = searchParams;

    std::vector<api::AlgoConfig> configs;
    for (const QString &name : algorithms)
    {
        api::AlgoConfig config;
        config.name = name;
        const QStringList documented = autoSearchParameterKeys(name);
        std::vector<api::AlgoConfigParam> params;
        for (const KeyValue &kv : parameters)
        {
            // A key the guide names for another algorithm only is not this algorithm's.
            const QString type = autoSearchParameterType(kv.key.trimmed());
            if (!type.isEmpty() && !documented.contains(kv.key.trimmed()))
                continue;
            api::AlgoConfigParam p;
            p.key = kv.key.trimmed();
            p.value = api::LooseScalar(kv.value.trimmed());
            p.type = type.isEmpty() ? QStringLiteral("String") : type;
            params.push_back(p);
        }
        config.params = params;
        configs.push_back(config);
    }
    policy.algoConfigs = configs;
    return policy;
}
} // namespace ma::models
