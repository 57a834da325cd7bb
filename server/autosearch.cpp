#include "autosearch.h"

#include "serverutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace ma::server::autosearch
{
namespace
{
using api::Json;

constexpr int kDefaultSamples = 10;
constexpr int kMaxSamples = 20;

const QStringList &knownAlgorithms()
{
    static const QStringList names = []
    {
        QStringList out;
        for (const api::SearchAlgorithm &algorithm : api::kSearchAlgorithms)
            out << QString::fromLatin1(algorithm.name);
        return out;
    }();
    return names;
}

QString text(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

QString text(const std::optional<api::LooseScalar> &v)
{
    return v ? v->toString() : QString();
}

QString metricName(const api::AutoSearchPolicy &policy)
{
    return policy.rewardAttrs && !policy.rewardAttrs->empty() ? text(policy.rewardAttrs->front().name).trimmed()
                                                              : QString();
}

// "[autosearch] trial 3 begin lr=0.01 momentum=0.9" / "[autosearch] trial 3 end 0"
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\[autosearch\] trial (\d+) (begin|end)(.*)$)"));
    return re;
}
} // namespace

void check(const api::AutoSearchPolicy &policy, const api::Algorithm *algorithm)
{
    if (algorithm && !(algorithm->advancedConfig && algorithm->advancedConfig->autoSearch))
        invalidArgument(QStringLiteral("algorithm.policies.auto_search: the algorithm %1 does not support auto "
                                       "search (its advanced_config has no auto_search).")
                            .arg(algorithm->metadata.name));
    if (metricName(policy).isEmpty())
        invalidArgument(QStringLiteral("algorithm.policies.auto_search.reward_attrs[0].name is required."));
    const auto configs = policy.algoConfigs.value_or(std::vector<api::AlgoConfig>());
    if (configs.empty())
        invalidArgument(QStringLiteral("algorithm.policies.auto_search.algo_configs must name a search algorithm."));
    for (std::size_t i = 0; i < configs.size(); ++i)
    {
        if (!knownAlgorithms().contains(text(configs[i].name)))
            invalidArgument(QStringLiteral("algorithm.policies.auto_search.algo_configs[%1].name must be one of %2.")
                                .arg(i)
                                .arg(knownAlgorithms().join(QStringLiteral(", "))));
    }
    const auto params = policy.searchParams.value_or(std::vector<api::SearchParam>());
    if (params.empty())
        invalidArgument(QStringLiteral("algorithm.policies.auto_search.search_params must name a hyperparameter."));
    const auto definitions = algorithm && algorithm->jobConfig
        ? algorithm->jobConfig->parameters.value_or(std::vector<api::AlgorithmParameter>())
        : std::vector<api::AlgorithmParameter>();
    for (std::size_t i = 0; i < params.size(); ++i)
    {
        const QString name = text(params[i].name);
        const QString field = QStringLiteral("algorithm.policies.auto_search.search_params[%1]").arg(i);
        if (name.isEmpty())
            invalidArgument(field + QStringLiteral(".name is required."));
        bool lowerOk = false;
        bool upperOk = false;
        const double lower = text(params[i].lowerBound).toDouble(&lowerOk);
        const double upper = text(params[i].upperBound).toDouble(&upperOk);
        if (!lowerOk || !upperOk || !(lower < upper))
            invalidArgument(field
                + QStringLiteral(": lower_bound and upper_bound must be numbers, the lower less "
                                 "than the upper."));
        for (const api::AlgorithmParameter &def : definitions)
        {
            const QString type = def.constraint ? text(def.constraint->type) : QString();
            if (def.name == name && !type.isEmpty() && type != u"Float")
                invalidArgument(
                    field + QStringLiteral(": only Float hyperparameters can be searched (%1 is %2).").arg(name, type));
        }
    }
}

QList<Trial> plan(const api::AutoSearchPolicy &policy, const QString &seed)
{
    int samples = kDefaultSamples;
    const auto configs = policy.algoConfigs.value_or(std::vector<api::AlgoConfig>());
    if (!configs.empty())
    {
        for (const api::AlgoConfigParam &p : configs.front().params.value_or(std::vector<api::AlgoConfigParam>()))
        {
            bool ok = false;
            const qint64 n = p.value ? p.value->toInt(&ok) : 0;
            if (text(p.key) == u"num_samples" && ok && n > 0)
                samples = static_cast<int>(std::min<qint64>(n, kMaxSamples));
        }
    }
    QRandomGenerator random(static_cast<quint32>(qHash(seed)));
    QList<Trial> trials;
    for (int i = 0; i < samples; ++i)
    {
        Trial trial;
        trial.index = i;
        for (const api::SearchParam &p : policy.searchParams.value_or(std::vector<api::SearchParam>()))
        {
            const double lower = text(p.lowerBound).toDouble();
            const double upper = text(p.upperBound).toDouble();
            const double value = lower + (upper - lower) * random.generateDouble();
            trial.values.append({ text(p.name), QString::number(value, 'g', 6) });
        }
        trials.append(trial);
    }
    return trials;
}

QString marker(const Trial &trial)
{
    QStringList values;
    for (const auto &[name, value] : trial.values)
        values << QStringLiteral("%1=%2").arg(name, value);
    return QStringLiteral("[autosearch] trial %1 begin %2").arg(trial.index).arg(values.join(u' '));
}

QString endMarker(const Trial &trial)
{
    return QStringLiteral("[autosearch] trial %1 end $rc").arg(trial.index);
}

Json trialsResponse(const QByteArray &log, const api::AutoSearchPolicy &policy, int limit, int offset)
{
    const QString metric = metricName(policy);
    QString regex
        = policy.rewardAttrs && !policy.rewardAttrs->empty() ? text(policy.rewardAttrs->front().regex) : QString();
    QRegularExpression metricPattern(regex);
    if (regex.isEmpty() || !metricPattern.isValid() || metricPattern.captureCount() < 1)
        metricPattern
            = QRegularExpression(QRegularExpression::escape(metric) + QStringLiteral(R"(\s*[=:]\s*([-+0-9.eE]+))"));

    struct Row
    {
        int index = 0;
        Json config = Json::object();
        QString status = QStringLiteral("RUNNING");
        std::optional<double> reward;
    };
    std::vector<Row> rows;
    for (const QString &line : QString::fromUtf8(log).split(u'\n'))
    {
        const QRegularExpressionMatch m = markerPattern().match(line.trimmed());
        if (m.hasMatch())
        {
            const int index = m.captured(1).toInt();
            if (m.captured(2) == u"begin")
            {
                Row row;
                row.index = index;
                for (const QString &pair : m.captured(3).split(u' ', Qt::SkipEmptyParts))
                {
                    const qsizetype eq = pair.indexOf(u'=');
                    if (eq > 0)
                        row.config[toStd(pair.left(eq))] = toStd(pair.mid(eq + 1));
                }
                rows.push_back(row);
            }
            else if (!rows.empty() && rows.back().index == index)
            {
                rows.back().status
                    = m.captured(3).trimmed() == u"0" ? QStringLiteral("TERMINATED") : QStringLiteral("ERROR");
            }
            continue;
        }
        if (rows.empty())
            continue;
        const QRegularExpressionMatch value = metricPattern.match(line);
        bool ok = false;
        const double number = value.hasMatch() ? value.captured(1).toDouble(&ok) : 0;
        if (ok)
            rows.back().reward = number; // the last value the trial printed
    }

    Json data = Json::array();
    const int total = static_cast<int>(rows.size());
    for (int i = offset; i < total && i < offset + limit; ++i)
    {
        const Row &row = rows[static_cast<std::size_t>(i)];
        Json reward = row.reward ? Json(*row.reward) : Json(nullptr);
        data.push_back(Json::array({ row.index, row.config, toStd(row.status), reward, reward }));
    }
    Json out = Json::object();
    out["total"] = total;
    out["count"] = static_cast<int>(data.size());
    out["limit"] = limit;
    out["offset"] = offset;
    out["group_by"] = "";
    out["items"] = {
        { "header", Json::array({ "trial_id", "config", "status", "reward_attr", toStd(metric) }) },
        { "data", data },
    };
    return out;
}
} // namespace ma::server::autosearch
