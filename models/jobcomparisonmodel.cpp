#include "jobcomparisonmodel.h"

#include "models/csvexport.h"
#include "models/trainingeventmodel.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobtext.h"

#include <algorithm>
#include <QDateTime>
#include <QHash>
#include <QStringBuilder>

namespace ma::models
{
namespace
{
using Section = JobComparisonModel::Section;

/** One setting of one job, before the jobs are put side by side. */
struct Field
{
    Section section;
    QString key;
    QString label;
    std::optional<QString> value; // nullopt: the job has no value for it
    bool sensitive = false;
    bool compared = true;
};

constexpr Section kSections[] = {
    Section::Status,
    Section::Algorithm,
    Section::Hyperparameters,
    Section::Environment,
    Section::Resources,
    Section::InputOutput,
};

/** What a cell shows, normalized: trimmed, one line-end style; empty text counts as absent. */
std::optional<QString> shown(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    QString t = text->trimmed();
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

/** The job's settings in display order: the fixed ones always (maybe absent), then its own lists. */
std::vector<Field> fieldsOf(const api::TrainingJob &job)
{
    std::vector<Field> out;
    const auto add = [&out](Section section, const QString &key, const QString &label,
                         const std::optional<QString> &value, bool compared = true)
    {
        out.push_back({ section, key, label, shown(value), false, compared });
    };

    // Status, and when the job ran (context only: they differ between any two runs).
    QString status = TrainingJobListModel::phaseText(job.status.phase);
    const QString secondary = job.status.secondaryPhase.value_or(QString());
    if (!secondary.isEmpty() && secondary.compare(job.status.phase, Qt::CaseInsensitive) != 0)
        status += QStringLiteral(" (%1)").arg(TrainingJobListModel::phaseText(secondary));
    add(Section::Status, QStringLiteral("status.phase"), JobComparisonModel::tr("Status"), status);
    add(Section::Status, QStringLiteral("status.description"), JobComparisonModel::tr("Description"),
        job.metadata.description);
    const qint64 created = job.metadata.createTime.value_or(0);
    add(Section::Status, QStringLiteral("status.created"), JobComparisonModel::tr("Created"),
        created > 0 ? std::optional(TrainingEventModel::formatTime(QDateTime::fromMSecsSinceEpoch(created)))
                    : std::nullopt,
        false);
    qint64 duration = job.status.duration.value_or(0);
    const qint64 start = job.status.startTime.value_or(0);
    if (!api::isTerminalPhase(job.status.phase) && start > 0)
        duration = std::max<qint64>(duration, QDateTime::currentMSecsSinceEpoch() - start);
    add(Section::Status, QStringLiteral("status.duration"), JobComparisonModel::tr("Duration"),
        duration > 0 ? std::optional(TrainingJobListModel::formatDuration(duration)) : std::nullopt, false);

    // Algorithm: where the code comes from and how it starts.
    const api::TrainingAlgorithm algorithm = job.algorithm.value_or(api::TrainingAlgorithm());
    const api::AlgorithmEngine engine = algorithm.engine.value_or(api::AlgorithmEngine());
    add(Section::Algorithm, QStringLiteral("algorithm.id"), JobComparisonModel::tr("Algorithm"),
        algorithm.id ? std::optional(algorithm.name.value_or(*algorithm.id)) : std::nullopt);
    std::optional<QString> subscription;
    if (algorithm.subscriptionId)
        subscription = algorithm.itemVersionId
            ? QString(*algorithm.subscriptionId % QStringLiteral(" / ") % *algorithm.itemVersionId)
            : *algorithm.subscriptionId;
    add(Section::Algorithm, QStringLiteral("algorithm.subscription"), JobComparisonModel::tr("Subscription"),
        subscription);
    add(Section::Algorithm, QStringLiteral("algorithm.image"), JobComparisonModel::tr("Custom image"), engine.imageUrl);
    add(Section::Algorithm, QStringLiteral("algorithm.engine"), JobComparisonModel::tr("AI engine"),
        engine.engineName ? engine.engineName : engine.engineId);
    add(Section::Algorithm, QStringLiteral("algorithm.engineVersion"), JobComparisonModel::tr("Engine version"),
        engine.engineVersion);
    add(Section::Algorithm, QStringLiteral("algorithm.codeDir"), JobComparisonModel::tr("Code directory"),
        algorithm.codeDir);
    add(Section::Algorithm, QStringLiteral("algorithm.bootFile"), JobComparisonModel::tr("Boot file"),
        algorithm.bootFile);
    add(Section::Algorithm, QStringLiteral("algorithm.command"), JobComparisonModel::tr("Boot command"),
        algorithm.command);
    add(Section::Algorithm, QStringLiteral("algorithm.workingDir"), JobComparisonModel::tr("Work directory"),
        algorithm.workingDir);
    add(Section::Algorithm, QStringLiteral("algorithm.localCodeDir"), JobComparisonModel::tr("Local code directory"),
        algorithm.localCodeDir);

    // Resources.
    const api::TrainingResource resource
        = job.spec && job.spec->resource ? *job.spec->resource : api::TrainingResource();
    const QString pool = resource.poolId.value_or(QString());
    add(Section::Resources, QStringLiteral("resource.pool"), JobComparisonModel::tr("Resource pool"),
        pool.isEmpty() ? JobComparisonModel::tr("Public resource pool") : pool);
    add(Section::Resources, QStringLiteral("resource.flavor"), JobComparisonModel::tr("Flavor"),
        trainingFlavorText(job));
    add(Section::Resources, QStringLiteral("resource.nodes"), JobComparisonModel::tr("Compute nodes"),
        resource.nodeCount ? std::optional(QString::number(*resource.nodeCount)) : std::nullopt);
    const std::optional<int> priority
        = job.spec && job.spec->schedulePolicy ? job.spec->schedulePolicy->priority : std::nullopt;
    add(Section::Resources, QStringLiteral("resource.priority"), JobComparisonModel::tr("Job priority"),
        priority ? std::optional(QString::number(*priority)) : std::nullopt);

    // Inputs and outputs: the fixed log path, then each channel by name.
    const std::optional<api::LogExportPath> log = job.spec ? job.spec->logExportPath : std::nullopt;
    add(Section::InputOutput, QStringLiteral("io.logPath"), JobComparisonModel::tr("Job log path"),
        log ? (log->obsUrl ? log->obsUrl : log->hostPath) : std::nullopt);
    // A channel's place in OBS (or its dataset) and the folder the job sees it in are two rows:
    // one of them differing shows at a glance.
    const auto channel
        = [&add](const QString &kind, const QString &name, const QString &label, const QString &localLabel,
              const api::DataRemote &remote, const std::optional<QString> &localDir)
    {
        add(Section::InputOutput, kind + u'.' + name, label, dataRemoteText(remote));
        add(Section::InputOutput, kind + u'.' + name + QStringLiteral(".localDir"), localLabel, localDir);
    };
    if (algorithm.inputs)
        for (const api::AlgorithmInput &input : *algorithm.inputs)
            channel(QStringLiteral("input"), input.name, JobComparisonModel::tr("%1 (input)").arg(input.name),
                JobComparisonModel::tr("%1 (input), local path").arg(input.name), input.remote, input.localDir);
    if (algorithm.outputs)
        for (const api::AlgorithmOutput &output : *algorithm.outputs)
            channel(QStringLiteral("output"), output.name, JobComparisonModel::tr("%1 (output)").arg(output.name),
                JobComparisonModel::tr("%1 (output), local path").arg(output.name), output.remote, output.localDir);

    // Hyperparameters and environment variables, each by name.
    if (algorithm.parameters)
        for (const api::AlgorithmParameter &p : *algorithm.parameters)
        {
            // A parameter set to nothing is still set: it shows empty, not as missing.
            out.push_back({ Section::Hyperparameters, QStringLiteral("parameter.") + p.name, p.name,
                p.value.value_or(QString()).trimmed(), p.constraint && p.constraint->sensitive.value_or(false) });
        }
    if (algorithm.environments)
        for (const auto &[key, value] : *algorithm.environments)
            out.push_back({ Section::Environment, QStringLiteral("environment.") + key, key, value.trimmed() });
    return out;
}
} // namespace

JobComparisonModel::JobComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

JobComparisonModel::~JobComparisonModel() = default;

QString JobComparisonModel::missingText()
{
    return QStringLiteral("—");
}

QString JobComparisonModel::sectionTitle(Section section)
{
    switch (section)
    {
    case Section::Status:
        return tr("Job", "comparison section: status, description, times");
    case Section::Algorithm:
        return tr("Algorithm");
    case Section::Hyperparameters:
        return tr("Hyperparameters");
    case Section::Environment:
        return tr("Environment variables");
    case Section::Resources:
        return tr("Resources");
    case Section::InputOutput:
        return tr("Inputs and outputs");
    }
    return QString();
}

std::vector<JobComparisonModel::Row> JobComparisonModel::buildRows(const std::vector<api::TrainingJob> &jobs)
{
    const std::size_t n = jobs.size();
    // The union of the settings, in the order they first appear; each job's value by key.
    std::vector<Field> order;
    QHash<QString, std::size_t> indexOfKey;
    std::vector<QHash<QString, Field>> byJob(n);
    for (std::size_t j = 0; j < n; ++j)
    {
        for (Field &field : fieldsOf(jobs[j]))
        {
            if (!indexOfKey.contains(field.key))
            {
                indexOfKey.insert(field.key, order.size());
                order.push_back(field);
            }
            byJob[j].insert(field.key, std::move(field));
        }
    }

    std::vector<Row> rows;
    for (const Section section : kSections)
    {
        const std::size_t sectionRow = rows.size();
        int differences = 0;
        for (const Field &first : order)
        {
            if (first.section != section)
                continue;
            Row row;
            row.section = section;
            row.key = first.key;
            row.label = first.label;
            row.compared = first.compared;
            row.values.resize(n);
            row.hidden.resize(n, false);
            bool any = false;
            for (std::size_t j = 0; j < n; ++j)
            {
                const auto it = byJob[j].constFind(first.key);
                if (it == byJob[j].cend())
                    continue;
                row.values[j] = it->value;
                row.hidden[j] = it->sensitive;
                any = any || it->value.has_value();
            }
            if (!any)
                continue; // no job has a value: nothing to show
            row.differs = row.compared && n > 1
                && std::any_of(row.values.begin() + 1, row.values.end(),
                    [&row](const std::optional<QString> &v) { return v != row.values.front(); });
            differences += row.differs ? 1 : 0;
            if (rows.size() == sectionRow)
            {
                Row header;
                header.kind = RowKind::Section;
                header.section = section;
                header.key = QStringLiteral("section.") + QString::number(int(section));
                header.label = sectionTitle(section);
                header.compared = false;
                rows.push_back(std::move(header));
            }
            rows.push_back(std::move(row));
        }
        if (rows.size() > sectionRow)
            rows[sectionRow].sectionDifferences = differences;
    }
    return rows;
}

void JobComparisonModel::setJobs(std::vector<api::TrainingJob> jobs)
{
    std::vector<Row> rows = buildRows(jobs);
    const auto sameIds = [&]
    {
        if (jobs.size() != m_jobs.size())
            return false;
        for (std::size_t j = 0; j < jobs.size(); ++j)
        {
            if (jobs[j].metadata.id != m_jobs[j].metadata.id)
                return false;
        }
        return true;
    };
    const auto sameRows = [&]
    {
        return rows.size() == m_rows.size()
            && std::equal(
                rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.key == b.key; });
    };
    if (!m_rows.empty() && sameIds() && sameRows())
    {
        // A refresh of the same jobs (a status moved on): the cells change, the rows stay.
        m_jobs = std::move(jobs);
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, FirstJobColumn, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_jobs = std::move(jobs);
    m_rows = std::move(rows);
    endResetModel();
}

void JobComparisonModel::clear()
{
    if (m_jobs.empty() && m_rows.empty())
        return;
    beginResetModel();
    m_jobs.clear();
    m_rows.clear();
    endResetModel();
}

QString JobComparisonModel::jobId(int jobIndex) const
{
    if (jobIndex < 0 || jobIndex >= jobCount())
        return QString();
    return job(jobIndex).metadata.id.value_or(QString());
}

int JobComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstJobColumn + jobCount();
}

QString JobComparisonModel::cellText(const Row &row, int jobIndex) const
{
    const std::optional<QString> &value = row.values.at(std::size_t(jobIndex));
    if (!value)
        return missingText();
    if (row.hidden.at(std::size_t(jobIndex)))
        return QStringLiteral("••••••");
    // One line per cell; the tooltip has the text as it is.
    QString text = *value;
    text.replace(u'\n', QStringLiteral(" ↵ "));
    return text;
}

QVariant JobComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(std::size_t(index.row()));
    const int jobIndex = index.column() - FirstJobColumn;
    switch (role)
    {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn)
            return row.label;
        return row.kind == RowKind::Section ? QString() : cellText(row, jobIndex);
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Section)
            return row.sectionDifferences > 0 ? tr("%n settings differ", nullptr, row.sectionDifferences)
                                              : tr("The same in every job");
        if (index.column() == FieldColumn)
        {
            if (!row.compared)
                return tr("Shown for context; not compared");
            return row.differs ? tr("The jobs differ in this setting") : tr("The same in every job");
        }
        if (row.hidden.at(std::size_t(jobIndex)) && row.values.at(std::size_t(jobIndex)))
            return tr("A sensitive value: hidden, but compared");
        return row.values.at(std::size_t(jobIndex)).value_or(tr("Not set in this job"));
    case Qt::AccessibleDescriptionRole:
        return row.differs ? tr("differs") : QString();
    case DiffersRole:
        return row.differs;
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case SectionRole:
        return QVariant::fromValue(row.section);
    case FieldKeyRole:
        return row.key;
    case MissingRole:
        return row.kind == RowKind::Field && jobIndex >= 0 && !row.values.at(std::size_t(jobIndex));
    case ComparedRole:
        return row.compared;
    case SectionDifferencesRole:
        return row.sectionDifferences;
    case JobIdRole:
        return jobIndex >= 0 ? jobId(jobIndex) : QString();
    default:
        return QVariant();
    }
}

QVariant JobComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int jobIndex = section - FirstJobColumn;
    switch (role)
    {
    case Qt::DisplayRole:
        return section == FieldColumn ? tr("Setting") : job(jobIndex).metadata.name;
    case Qt::ToolTipRole:
        return section == FieldColumn ? QVariant() : QVariant(tr("Job ID: %1").arg(jobId(jobIndex)));
    case JobIdRole:
        return section == FieldColumn ? QString() : jobId(jobIndex);
    default:
        return QVariant();
    }
}

Qt::ItemFlags JobComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QStringList JobComparisonModel::differingKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
    {
        if (row.differs)
            keys << row.key;
    }
    return keys;
}

QStringList JobComparisonModel::fieldKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
    {
        if (row.kind == RowKind::Field)
            keys << row.key;
    }
    return keys;
}

int JobComparisonModel::rowOfKey(const QString &key) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&key](const Row &row) { return row.key == key; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int JobComparisonModel::comparedCount() const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [](const Row &row) { return row.kind == RowKind::Field && row.compared; }));
}

int JobComparisonModel::differenceCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.differs; }));
}

// ---------------------------------------------------------------------------------------
// Export

namespace
{
QString markdownCell(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', QStringLiteral("<br>"));
    return text;
}

bool isSectionRow(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(JobComparisonModel::RowKindRole).value<JobComparisonModel::RowKind>()
        == JobComparisonModel::RowKind::Section;
}
} // namespace

QString JobComparisonModel::toMarkdown(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << markdownCell(model.headerData(c, Qt::Horizontal).toString());
    lines << QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    lines << QStringLiteral("|") + QStringLiteral("---|").repeated(columns);
    for (int r = 0; r < model.rowCount(); ++r)
    {
        QStringList cells;
        const QModelIndex first = model.index(r, 0);
        if (isSectionRow(model, r))
        {
            cells << QStringLiteral("**%1**").arg(markdownCell(first.data().toString()));
            for (int c = 1; c < columns; ++c)
                cells << QString();
        }
        else
        {
            const QString label = markdownCell(first.data().toString());
            cells << (first.data(DiffersRole).toBool() ? QStringLiteral("≠ **%1**").arg(label) : label);
            for (int c = 1; c < columns; ++c)
                cells << markdownCell(model.index(r, c).data().toString());
        }
        // An empty cell reads "| |", not "|  |".
        lines << QString(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"))
                     .replace(QStringLiteral("  |"), QStringLiteral(" |"));
    }
    return lines.join(u'\n') + u'\n';
}

QString JobComparisonModel::toCsv(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QStringList header { tr("Section"), tr("Setting"), tr("Differs") };
    for (int c = FirstJobColumn; c < columns; ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    QStringList lines;
    const auto line = [](const QStringList &fields)
    {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(u',');
    };
    lines << line(header);
    QString section;
    for (int r = 0; r < model.rowCount(); ++r)
    {
        const QModelIndex first = model.index(r, 0);
        if (isSectionRow(model, r))
        {
            section = first.data().toString();
            continue;
        }
        QStringList fields { section, first.data().toString(),
            first.data(ComparedRole).toBool() ? (first.data(DiffersRole).toBool() ? tr("yes") : tr("no")) : QString() };
        for (int c = FirstJobColumn; c < columns; ++c)
            fields << model.index(r, c).data().toString();
        lines << line(fields);
    }
    // CRLF line ends as models::exportCsv writes them; no byte order mark: this goes to the clipboard.
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}
} // namespace ma::models
