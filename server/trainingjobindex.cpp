#include "trainingjobindex.h"

#include "storecodec.h"

#include <algorithm>
#include <limits>
#include <QDataStream>
#include <QIODevice>
#include <QStringMatcher>

namespace ma::server
{
namespace
{
bool terminal(const QString &phase)
{
    return phase == u"Completed" || phase == u"Failed" || phase == u"Terminated" || phase == u"Abnormal";
}

bool contains(const QStringList &values, const QString &value)
{
    return std::any_of(
        values.cbegin(), values.cend(), [&](const QString &v) { return v.compare(value, Qt::CaseInsensitive) == 0; });
}

/** The values of a filter without the empty strings the console sends for "no filter". */
QStringList meaningful(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
    {
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    }
    return out;
}

QString fieldOf(const TrainingJobSummary &job, const QString &key)
{
    if (key == u"name")
        return job.name;
    if (key == u"phase")
        return job.phase;
    if (key == u"kind")
        return job.kind;
    if (key == u"algorithm_name")
        return job.algorithmName;
    if (key == u"pool_id")
        return job.poolId;
    if (key == u"flavor_id")
        return job.flavorId;
    if (key == u"id")
        return job.id;
    if (key == u"user_name")
        return job.userName;
    return QString();
}

/**
 * One filter prepared once per search: its meaningful values, the field it reads and, for
 * "like", a matcher per value. Preparing per job cost a list allocation and a
 * trim per value for every job searched (most of a 50k-job name search).
 */
class CompiledFilter
{
public:
    explicit CompiledFilter(const TrainingJobFilterSpec &filter)
        : m_key(filter.key)
        , m_op(filter.op == u"like"     ? Op::Like
                  : filter.op == u"not" ? Op::Not
                                        : Op::In)
    {
        if (filter.key == u"create_time")
        {
            // between [from, to] in epoch ms; an empty bound is open.
            m_between = true;
            const QString from = filter.values.value(0).trimmed();
            const QString to = filter.values.value(1).trimmed();
            if (!from.isEmpty())
                m_from = from.toLongLong();
            if (!to.isEmpty())
                m_to = to.toLongLong();
            return;
        }
        m_values = meaningful(filter.values);
        // A name is matched in its case-folded copy (nameKey) with a case-sensitive matcher:
        // several times faster than a case-insensitive match over 50k names.
        m_folded = m_key == u"name";
        if (m_op == Op::Like)
        {
            for (const QString &v : std::as_const(m_values))
                m_matchers.emplace_back(
                    m_folded ? v.toCaseFolded() : v, m_folded ? Qt::CaseSensitive : Qt::CaseInsensitive);
        }
    }

    bool passes(const TrainingJobSummary &job) const
    {
        if (m_between)
            return job.createdMs >= m_from && job.createdMs <= m_to;
        if (m_values.isEmpty())
            return true;
        const QString field = fieldOf(job, m_key);
        switch (m_op)
        {
        case Op::Like:
        {
            const QString &text = m_folded ? job.nameKey : field;
            return std::any_of(
                m_matchers.cbegin(), m_matchers.cend(), [&](const QStringMatcher &m) { return m.indexIn(text) >= 0; });
        }
        case Op::Not:
            return !contains(m_values, field);
        case Op::In:
            break;
        }
        return contains(m_values, field);
    }

private:
    enum class Op
    {
        Like,
        Not,
        In
    };
    QString m_key;
    Op m_op;
    QStringList m_values;
    std::vector<QStringMatcher> m_matchers;
    bool m_folded = false;
    bool m_between = false;
    qint64 m_from = std::numeric_limits<qint64>::min();
    qint64 m_to = std::numeric_limits<qint64>::max();
};
} // namespace

bool TrainingJobSummary::isActive() const
{
    return !terminal(phase);
}

namespace
{
// Layout 1: QDataStream (UTF-16 strings), as earlier versions wrote it; still read.
constexpr quint8 kSummaryLayoutDataStream = 1;
// Layout 2: varints and UTF-8 strings (storecodec), half the bytes. Bump when the fields
// change: rows of an unknown layout are rebuilt from their documents.
constexpr quint8 kSummaryLayout = 2;

bool decodeDataStream(const QByteArray &bytes, TrainingJobSummary *out)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 layout = 0;
    in >> layout;
    TrainingJobSummary s;
    qint32 priority = 1;
    in >> s.id >> s.name >> s.description >> s.phase >> s.kind >> s.algorithmName >> s.poolId >> s.flavorId
        >> s.workspaceId >> s.userName >> s.createdMs >> s.startMs >> s.durationMs >> priority;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    s.priority = priority;
    *out = std::move(s);
    return true;
}
} // namespace

QByteArray TrainingJobSummary::encode() const
{
    QByteArray bytes;
    bytes.reserve(160);
    bytes.append(static_cast<char>(kSummaryLayout));
    for (const QString *text :
        { &id, &name, &description, &phase, &kind, &algorithmName, &poolId, &flavorId, &workspaceId, &userName })
        storecodec::putBytes(bytes, text->toUtf8());
    storecodec::putSignedVarint(bytes, createdMs);
    storecodec::putSignedVarint(bytes, startMs);
    storecodec::putSignedVarint(bytes, durationMs);
    storecodec::putSignedVarint(bytes, priority);
    return bytes;
}

bool TrainingJobSummary::decode(const QByteArray &bytes, TrainingJobSummary *out)
{
    if (bytes.isEmpty())
        return false;
    const auto layout = static_cast<quint8>(bytes.front());
    if (layout == kSummaryLayoutDataStream)
        return decodeDataStream(bytes, out);
    if (layout != kSummaryLayout)
        return false;
    storecodec::Reader in(QByteArrayView(bytes).sliced(1));
    TrainingJobSummary s;
    for (QString *text : { &s.id, &s.name, &s.description, &s.phase, &s.kind, &s.algorithmName, &s.poolId, &s.flavorId,
             &s.workspaceId, &s.userName })
        *text = QString::fromUtf8(in.bytes());
    s.createdMs = in.signedVarint();
    s.startMs = in.signedVarint();
    s.durationMs = in.signedVarint();
    const qint64 priority = in.signedVarint();
    if (in.failed() || !in.atEnd() || priority < std::numeric_limits<int>::min()
        || priority > std::numeric_limits<int>::max())
        return false;
    s.priority = static_cast<int>(priority);
    *out = std::move(s);
    return true;
}

qint64 TrainingJobSummary::durationAt(qint64 nowMs) const
{
    if (startMs <= 0)
        return durationMs;
    if (phase == u"Running" || phase == u"Terminating")
        return std::max<qint64>(0, nowMs - startMs);
    return durationMs;
}

void TrainingJobIndex::clear()
{
    m_jobs.clear();
    m_names.clear();
}

void TrainingJobIndex::upsert(const TrainingJobSummary &summary)
{
    remove(summary.id);
    auto it = m_jobs.insert(summary.id, summary);
    it->nameKey = summary.name.toCaseFolded();
    it->descriptionKey = summary.description.toCaseFolded();
    m_names[summary.name] += 1;
}

void TrainingJobIndex::remove(const QString &id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return;
    auto name = m_names.find(it->name);
    if (name != m_names.end() && --name.value() <= 0)
        m_names.erase(name);
    m_jobs.erase(it);
}

const TrainingJobSummary *TrainingJobIndex::find(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &it.value();
}

int TrainingJobIndex::countIn(const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return size();
    return static_cast<int>(std::count_if(
        m_jobs.cbegin(), m_jobs.cend(), [&](const TrainingJobSummary &j) { return j.workspaceId == workspaceId; }));
}

bool TrainingJobIndex::nameTaken(const QString &name) const
{
    return m_names.contains(name);
}

QStringList TrainingJobIndex::activeIds() const
{
    QStringList ids;
    for (const TrainingJobSummary &j : m_jobs)
    {
        if (j.isActive())
            ids << j.id;
    }
    return ids;
}

int TrainingJobIndex::activeCount() const
{
    return static_cast<int>(
        std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const TrainingJobSummary &j) { return j.isActive(); }));
}

bool TrainingJobIndex::isSortKey(const QString &key)
{
    static const QStringList keys
        = { QStringLiteral("create_time"), QStringLiteral("name"), QStringLiteral("duration"), QStringLiteral("phase"),
              QStringLiteral("status"), QStringLiteral("description"), QStringLiteral("start_time") };
    return keys.contains(key);
}

TrainingJobPage TrainingJobIndex::search(const TrainingJobQuery &query, qint64 nowMs) const
{
    std::vector<CompiledFilter> filters;
    filters.reserve(query.filters.size());
    for (const TrainingJobFilterSpec &f : query.filters)
        filters.emplace_back(f);
    const QStringMatcher text(query.textContains.toCaseFolded(), Qt::CaseSensitive);
    std::vector<const TrainingJobSummary *> hits;
    hits.reserve(m_jobs.size());
    for (const TrainingJobSummary &job : m_jobs)
    {
        if (!query.workspaceId.isEmpty() && job.workspaceId != query.workspaceId)
            continue;
        if (!query.textContains.isEmpty() && text.indexIn(job.nameKey) < 0)
            continue;
        const bool ok
            = std::all_of(filters.cbegin(), filters.cend(), [&](const CompiledFilter &f) { return f.passes(job); });
        if (ok)
            hits.push_back(&job);
    }

    // The key is chosen once, not inside every comparison; ties go to the creation time (newest
    // first) and the id, so that pages are stable.
    enum class Key
    {
        Name,
        Description,
        Phase,
        Duration,
        Start,
        Created
    };
    const QString &sortBy = query.sortBy;
    const Key key = sortBy == u"name"               ? Key::Name
        : sortBy == u"description"                  ? Key::Description
        : sortBy == u"phase" || sortBy == u"status" ? Key::Phase
        : sortBy == u"duration"                     ? Key::Duration
        : sortBy == u"start_time"                   ? Key::Start
                                                    : Key::Created;
    const bool ascending = query.ascending;
    const auto cmp = [](qint64 a, qint64 b)
    {
        return a < b ? -1 : (a > b ? 1 : 0);
    };
    const auto less = [&](const TrainingJobSummary *a, const TrainingJobSummary *b)
    {
        int c = 0;
        switch (key)
        {
        case Key::Name:
            c = a->nameKey.compare(b->nameKey);
            break;
        case Key::Description:
            c = a->descriptionKey.compare(b->descriptionKey);
            break;
        case Key::Phase:
            c = a->phase.compare(b->phase);
            break;
        case Key::Duration:
            c = cmp(a->durationAt(nowMs), b->durationAt(nowMs));
            break;
        case Key::Start:
            c = cmp(a->startMs, b->startMs);
            break;
        case Key::Created:
            c = cmp(a->createdMs, b->createdMs);
            break;
        }
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        if (a->createdMs != b->createdMs)
            return a->createdMs > b->createdMs;
        // Jobs created in the same millisecond: the later id is the newer one (v1 ids count
        // up), so "newest first" holds for them too.
        const bool idLess = a->id.size() != b->id.size() ? a->id.size() < b->id.size() : a->id < b->id;
        const bool idGreater = a->id.size() != b->id.size() ? a->id.size() > b->id.size() : a->id > b->id;
        return key == Key::Created && !ascending ? idGreater : idLess;
    };

    TrainingJobPage page;
    page.matching = static_cast<int>(hits.size());
    const int first = std::max(0, query.first);
    if (first >= page.matching || query.limit <= 0)
        return page;
    const int last = std::min(page.matching, first + query.limit);
    // Only the page has to be in order: the items before it are partitioned off (linear), then
    // the page alone is sorted, so a deep page costs no more than the first one.
    const auto begin = hits.begin() + first;
    if (first > 0)
        std::nth_element(hits.begin(), begin, hits.end(), less);
    std::partial_sort(begin, hits.begin() + last, hits.end(), less);
    for (int i = first; i < last; ++i)
        page.ids << hits[static_cast<std::size_t>(i)]->id;
    return page;
}
} // namespace ma::server
