#include "trainingjobrows.h"

#include <iterator>
#include <QHash>

namespace ma::models
{
namespace
{
/**
 * A char iterator that remembers the last character read: nlohmann's lexer reads each
 * character once through operator*, so when the parser reports an object's '{' or '}' the
 * handler knows where it stands, and a job's own bytes can be kept without re-serialising it.
 */
class TrackingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator(const char *at, const char **last)
        : m_at(at)
        , m_last(last)
    {
    }
    reference operator*() const
    {
        *m_last = m_at;
        return *m_at;
    }
    TrackingIterator &operator++()
    {
        ++m_at;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator before = *this;
        ++m_at;
        return before;
    }
    bool operator==(const TrackingIterator &other) const { return m_at == other.m_at; }
    bool operator!=(const TrackingIterator &other) const { return m_at != other.m_at; }

private:
    const char *m_at;
    const char **m_last;
};

/**
 * Strings that repeat across jobs (phases, flavors, pools) share one copy per worker thread:
 * a few hundred distinct values, instead of a copy per job.
 */
QString shared(const std::string &text)
{
    thread_local QHash<QByteArray, QString> strings;
    const QByteArray key = QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
    const auto found = strings.constFind(key);
    if (found != strings.cend())
        return *found;
    if (strings.size() > 4096)
        strings.clear(); // not a repeating field after all
    const QString value = QString::fromStdString(text);
    strings.insert(QByteArray(text.data(), static_cast<qsizetype>(text.size())), value);
    return value;
}

/** The object the parser is in (Skip: one the rows do not read). */
enum class Scope : quint8
{
    Skip,
    Answer,
    Items,
    Job,
    Metadata,
    Status,
    Spec,
    Resource,
    FlavorDetail,
    FlavorInfo,
    Gpu,
    Npu,
    SchedulePolicy,
};

/** The member whose value comes next. */
enum class Field : quint8
{
    None,
    Count,
    Items,
    Kind,
    Metadata,
    Status,
    Spec,
    Id,
    Name,
    Description,
    CreateTime,
    Phase,
    SecondaryPhase,
    StartTime,
    Duration,
    Resource,
    SchedulePolicy,
    FlavorId,
    FlavorName,
    PoolId,
    NodeCount,
    FlavorDetail,
    FlavorInfo,
    Gpu,
    Npu,
    UnitNum,
    Priority,
};

struct Member
{
    Scope scope;
    const char *key;
    Field field;
    const char *path; // relative to the item, or to the answer for Count and Items
};

constexpr Member kMembers[] = {
    { Scope::Answer, "count", Field::Count, ".count" },
    { Scope::Answer, "items", Field::Items, ".items" },
    { Scope::Job, "kind", Field::Kind, ".kind" },
    { Scope::Job, "metadata", Field::Metadata, ".metadata" },
    { Scope::Job, "status", Field::Status, ".status" },
    { Scope::Job, "spec", Field::Spec, ".spec" },
    { Scope::Metadata, "id", Field::Id, ".metadata.id" },
    { Scope::Metadata, "name", Field::Name, ".metadata.name" },
    { Scope::Metadata, "description", Field::Description, ".metadata.description" },
    { Scope::Metadata, "create_time", Field::CreateTime, ".metadata.create_time" },
    { Scope::Status, "phase", Field::Phase, ".status.phase" },
    { Scope::Status, "secondary_phase", Field::SecondaryPhase, ".status.secondary_phase" },
    { Scope::Status, "start_time", Field::StartTime, ".status.start_time" },
    { Scope::Status, "duration", Field::Duration, ".status.duration" },
    { Scope::Spec, "resource", Field::Resource, ".spec.resource" },
    { Scope::Spec, "schedule_policy", Field::SchedulePolicy, ".spec.schedule_policy" },
    { Scope::Resource, "flavor_id", Field::FlavorId, ".spec.resource.flavor_id" },
    { Scope::Resource, "flavor_name", Field::FlavorName, ".spec.resource.flavor_name" },
    { Scope::Resource, "pool_id", Field::PoolId, ".spec.resource.pool_id" },
    { Scope::Resource, "node_count", Field::NodeCount, ".spec.resource.node_count" },
    { Scope::Resource, "flavor_detail", Field::FlavorDetail, ".spec.resource.flavor_detail" },
    { Scope::FlavorDetail, "flavor_info", Field::FlavorInfo, ".spec.resource.flavor_detail.flavor_info" },
    { Scope::FlavorInfo, "gpu", Field::Gpu, ".spec.resource.flavor_detail.flavor_info.gpu" },
    { Scope::FlavorInfo, "npu", Field::Npu, ".spec.resource.flavor_detail.flavor_info.npu" },
    { Scope::Gpu, "unit_num", Field::UnitNum, ".spec.resource.flavor_detail.flavor_info.gpu.unit_num" },
    { Scope::Npu, "unit_num", Field::UnitNum, ".spec.resource.flavor_detail.flavor_info.npu.unit_num" },
    { Scope::SchedulePolicy, "priority", Field::Priority, ".spec.schedule_policy.priority" },
};

/** What a field holds. */
enum class Kind : quint8
{
    Other,
    Text,
    Integer, // int
    LongInteger, // qint64
    Object,
    Array,
};

Kind kindOf(Field field)
{
    switch (field)
    {
    case Field::Kind:
    case Field::Id:
    case Field::Name:
    case Field::Description:
    case Field::Phase:
    case Field::SecondaryPhase:
    case Field::FlavorId:
    case Field::FlavorName:
    case Field::PoolId:
        return Kind::Text;
    case Field::Count:
    case Field::NodeCount:
    case Field::Priority:
        return Kind::Integer;
    case Field::CreateTime:
    case Field::StartTime:
    case Field::Duration:
        return Kind::LongInteger;
    case Field::Metadata:
    case Field::Status:
    case Field::Spec:
    case Field::Resource:
    case Field::SchedulePolicy:
    case Field::FlavorDetail:
    case Field::FlavorInfo:
    case Field::Gpu:
    case Field::Npu:
        return Kind::Object;
    case Field::Items:
        return Kind::Array;
    case Field::None:
    case Field::UnitNum:
        return Kind::Other;
    }
    return Kind::Other;
}

QString pathOf(Field field, std::size_t item)
{
    for (const Member &member : kMembers)
    {
        if (member.field == field)
        {
            const QString path = QLatin1String(member.path);
            return field == Field::Count || field == Field::Items ? path
                                                                  : QStringLiteral(".items[%1]").arg(item) + path;
        }
    }
    return QStringLiteral(".items[%1]").arg(item);
}

/**
 * The nlohmann SAX handler: fills the page as the parser walks the body. Values are read by
 * the typed decoders' primitives (api/jsoncodec.h), so the rows accept what api::TrainingJob
 * accepts (a number sent as a string, say) and refuse it with the same words.
 */
class RowsHandler
{
public:
    using Json = api::Json;

    explicit RowsHandler(const char *const *lastRead)
        : m_lastRead(lastRead)
    {
        m_scopes.reserve(16);
    }

    TrainingJobRowsPage take() { return std::move(m_page); }

    bool null()
    {
        checkScalarPlace(Json());
        m_field = Field::None; // a null member counts as absent, as in the typed decoders
        return true;
    }
    bool boolean(bool value) { return scalar(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return scalar(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return scalar(Json(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t &) { return scalar(Json(value)); }
    bool binary(Json::binary_t &) { return scalar(Json()); } // not in JSON text

    bool string(Json::string_t &value)
    {
        const Field field = m_field;
        if (kindOf(field) != Kind::Text)
            return scalar(Json(value));
        checkScalarPlace(Json());
        m_field = Field::None;
        setText(field, value);
        return true;
    }

    bool start_object(std::size_t)
    {
        enter();
        Scope scope = Scope::Skip;
        if (m_scopes.empty())
        {
            scope = Scope::Answer;
        }
        else if (m_scopes.back() == Scope::Items)
        {
            scope = Scope::Job;
            m_row = TrainingJobRow();
            m_hasKind = m_hasMetadata = m_hasName = m_hasStatus = m_hasPhase = m_gpuUnits = m_npuUnits = false;
            m_jobBegin = *m_lastRead; // the '{' just read
        }
        else if (m_scopes.back() != Scope::Skip)
        {
            scope = objectScope(std::exchange(m_field, Field::None));
        }
        m_field = Field::None;
        m_scopes.push_back(scope);
        return true;
    }

    bool key(Json::string_t &key)
    {
        m_field = Field::None;
        const Scope scope = m_scopes.back();
        if (scope == Scope::Skip)
            return true;
        for (const Member &member : kMembers)
        {
            if (member.scope == scope && key == member.key)
            {
                m_field = member.field;
                break;
            }
        }
        return true;
    }

    bool end_object()
    {
        const Scope scope = m_scopes.back();
        m_scopes.pop_back();
        if (scope == Scope::Job)
            finishJob();
        return true;
    }

    bool start_array(std::size_t)
    {
        enter();
        checkScalarPlace(Json::array());
        const Field field = std::exchange(m_field, Field::None);
        Scope scope = Scope::Skip;
        if (m_scopes.back() == Scope::Answer && field == Field::Items)
            scope = Scope::Items;
        else if (m_scopes.back() != Scope::Skip)
            assign(field, Json::array());
        m_scopes.push_back(scope);
        return true;
    }

    bool end_array()
    {
        m_scopes.pop_back();
        return true;
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        throw api::DecodeError(QString(), QStringLiteral("the body is not valid JSON"));
    }

private:
    void enter()
    {
        if (static_cast<int>(m_scopes.size()) >= api::kMaxJsonDepth)
        {
            throw api::DecodeError(
                QString(), QStringLiteral("the body nests more than %1 levels deep").arg(api::kMaxJsonDepth));
        }
    }

    /** The answer and each item must be objects: @p value (of its type) is refused where one is due. */
    void checkScalarPlace(const Json &value) const
    {
        if (m_scopes.empty())
            throw api::DecodeError(
                QString(), QStringLiteral("expected an object, got %1").arg(QLatin1String(value.type_name())));
        if (m_scopes.back() == Scope::Items)
        {
            throw api::DecodeError(QStringLiteral(".items[%1]").arg(m_page.items.size()),
                QStringLiteral("expected an object, got %1").arg(QLatin1String(value.type_name())));
        }
    }

    bool scalar(const Json &value)
    {
        checkScalarPlace(value);
        const Field field = std::exchange(m_field, Field::None);
        if (m_scopes.back() != Scope::Skip)
            assign(field, value);
        return true;
    }

    /** A value other than an object for @p field. */
    void assign(Field field, const Json &value)
    {
        if (field == Field::None)
            return;
        if (field == Field::UnitNum)
        {
            double units = 0;
            try
            {
                api::decode(value, units, QString());
            }
            catch (const api::DecodeError &)
            {
                units = 0; // only decides the accelerator kind: not worth refusing the page for
            }
            (m_scopes.back() == Scope::Gpu ? m_gpuUnits : m_npuUnits) = units > 0;
            return;
        }
        try
        {
            switch (kindOf(field))
            {
            case Kind::Text:
            {
                QString text;
                api::decode(value, text, QString());
                setText(field, text.toStdString());
                break;
            }
            case Kind::Integer:
            {
                int number = 0;
                api::decode(value, number, QString());
                setNumber(field, number);
                break;
            }
            case Kind::LongInteger:
            {
                qint64 number = 0;
                api::decode(value, number, QString());
                setNumber(field, number);
                break;
            }
            case Kind::Object:
                throw api::DecodeError(
                    QString(), QStringLiteral("expected an object, got %1").arg(QLatin1String(value.type_name())));
            case Kind::Array:
                throw api::DecodeError(QString(), QStringLiteral("expected an array"));
            case Kind::Other:
                break;
            }
        }
        catch (const api::DecodeError &e)
        {
            throw api::DecodeError(pathOf(field, m_page.items.size()), e.message());
        }
    }

    void setText(Field field, const std::string &value)
    {
        switch (field)
        {
        case Field::Kind:
            m_hasKind = true;
            break;
        case Field::Id:
            m_row.id = QString::fromStdString(value);
            break;
        case Field::Name:
            m_row.name = QString::fromStdString(value);
            m_hasName = true;
            break;
        case Field::Description:
            m_row.description = QString::fromStdString(value);
            break;
        case Field::Phase:
            m_row.phase = shared(value);
            m_hasPhase = true;
            break;
        case Field::SecondaryPhase:
            m_row.secondaryPhase = shared(value);
            break;
        case Field::FlavorId:
            m_row.flavorId = shared(value);
            break;
        case Field::FlavorName:
            m_row.flavorName = shared(value);
            break;
        case Field::PoolId:
            m_row.poolId = shared(value);
            break;
        default:
            break;
        }
    }

    void setNumber(Field field, qint64 value)
    {
        switch (field)
        {
        case Field::Count:
            m_page.count = static_cast<int>(value);
            break;
        case Field::CreateTime:
            m_row.createTime = value;
            break;
        case Field::StartTime:
            m_row.startTime = value;
            break;
        case Field::Duration:
            m_row.duration = value;
            break;
        case Field::NodeCount:
            m_row.nodes = static_cast<int>(value);
            break;
        case Field::Priority:
            m_row.priority = static_cast<int>(value);
            break;
        default:
            break;
        }
    }

    /** The scope an object value of @p field opens; an object where a value is due is refused. */
    Scope objectScope(Field field)
    {
        switch (field)
        {
        case Field::Metadata:
            m_hasMetadata = true;
            return Scope::Metadata;
        case Field::Status:
            m_hasStatus = true;
            return Scope::Status;
        case Field::Spec:
            return Scope::Spec;
        case Field::Resource:
            return Scope::Resource;
        case Field::SchedulePolicy:
            return Scope::SchedulePolicy;
        case Field::FlavorDetail:
            return Scope::FlavorDetail;
        case Field::FlavorInfo:
            return Scope::FlavorInfo;
        case Field::Gpu:
            return Scope::Gpu;
        case Field::Npu:
            return Scope::Npu;
        default:
            assign(field, Json::object());
            return Scope::Skip;
        }
    }

    void finishJob()
    {
        const auto required = [this](bool given, const char *path)
        {
            if (!given)
            {
                throw api::DecodeError(QStringLiteral(".items[%1]").arg(m_page.items.size()) + QLatin1String(path),
                    QStringLiteral("required field is missing"));
            }
        };
        required(m_hasKind, ".kind");
        required(m_hasMetadata, ".metadata");
        required(m_hasName, ".metadata.name");
        required(m_hasStatus, ".status");
        required(m_hasPhase, ".status.phase");
        m_row.acceleratorKind = m_gpuUnits ? QStringLiteral("GPU") : m_npuUnits ? QStringLiteral("NPU") : QString();
        const char *end = *m_lastRead + 1; // past the '}' just read
        m_row.json = QByteArray(m_jobBegin, static_cast<qsizetype>(end - m_jobBegin));
        m_page.items.push_back(std::move(m_row));
    }

    const char *const *m_lastRead;
    std::vector<Scope> m_scopes;
    Field m_field = Field::None;
    TrainingJobRowsPage m_page;
    TrainingJobRow m_row;
    const char *m_jobBegin = nullptr;
    bool m_hasKind = false, m_hasMetadata = false, m_hasName = false, m_hasStatus = false, m_hasPhase = false;
    bool m_gpuUnits = false, m_npuUnits = false;
};
} // namespace

TrainingJobRowsPage decodeTrainingJobRows(const QByteArray &body)
{
    if (body.size() > api::kMaxJsonBytes)
        throw api::DecodeError(QString(), QStringLiteral("the body is larger than %1 bytes").arg(api::kMaxJsonBytes));
    const char *lastRead = body.constData();
    RowsHandler handler(&lastRead);
    TrackingIterator first(body.constBegin(), &lastRead), last(body.constEnd(), &lastRead);
    api::Json::sax_parse(first, last, &handler);
    return handler.take();
}
} // namespace ma::models
