#pragma once

// Two or more training jobs side by side: one column per job, one row per setting, grouped
// in sections (status, algorithm, hyperparameters, environment variables, resources, inputs
// and outputs), each row marked when the jobs differ in it.
//
// Built from decoded api::TrainingJob structs (the T2-2 answers, not the list's summary).
// Values are compared as the user reads them: the text each cell shows, trimmed, with a
// setting a job lacks ("—") different from any value. Hyperparameters, environment variables
// and channels are the union over the jobs, in the order they first appear. Rows no job has
// a value for are left out. Created and Duration are shown for context and never marked:
// they differ between any two runs.

#include "api/types/training.h"

#include <optional>
#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace ma::models
{
class JobComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobComparisonModel)

public:
    /** Column 0 names the setting; the jobs follow, one column each (ColumnCount is 1 + jobCount()). */
    enum Column
    {
        FieldColumn,
        FirstJobColumn,
    };
    Q_ENUM(Column)

    enum Role
    {
        DiffersRole = Qt::UserRole, // bool: a compared setting whose values are not all the same
        RowKindRole, // RowKind
        SectionRole, // Section
        FieldKeyRole, // QString, stable: "algorithm.command", "parameter.lr", "environment.SEED", "resource.flavor"
        MissingRole, // bool, job cells: the job has no value for this setting (shown as "—")
        ComparedRole, // bool: false for the rows shown for context only (Created, Duration)
        SectionDifferencesRole, // int, section rows: how many of its settings differ
        JobIdRole, // QString: the job of a job column (cells and headerData)
    };
    Q_ENUM(Role)

    enum class RowKind
    {
        Section,
        Field,
    };
    Q_ENUM(RowKind)

    enum class Section
    {
        Status,
        Algorithm,
        Hyperparameters,
        Environment,
        Resources,
        InputOutput,
    };
    Q_ENUM(Section)

    explicit JobComparisonModel(QObject *parent = nullptr);
    ~JobComparisonModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /**
     * @brief Compares @p jobs, in this order. The same jobs again (a refresh) with the same rows
     * update the cells in place (dataChanged); other jobs or other rows reset the model.
     */
    void setJobs(std::vector<api::TrainingJob> jobs);
    void clear();

    int jobCount() const { return int(m_jobs.size()); }
    const api::TrainingJob &job(int jobIndex) const { return m_jobs.at(std::size_t(jobIndex)); }
    QString jobId(int jobIndex) const;
    /** The column of job @p jobIndex. */
    static int columnOfJob(int jobIndex) { return FirstJobColumn + jobIndex; }

    /** Keys of the rows marked as differing, in row order. */
    QStringList differingKeys() const;
    /** Keys of every setting row (no section rows), in row order. */
    QStringList fieldKeys() const;
    /** The row of setting @p key, or -1. */
    int rowOfKey(const QString &key) const;
    /** Setting rows that are compared / that differ. */
    int comparedCount() const;
    int differenceCount() const;

    /** The text of a setting a job lacks. */
    static QString missingText();
    static QString sectionTitle(Section section);

    /**
     * @brief The rows of @p model (this model or a proxy over it, e.g. "differences only") as a
     * Markdown table: a header of job names, section rows in bold, differing settings marked "≠".
     */
    static QString toMarkdown(const QAbstractItemModel &model);
    /**
     * @brief The settings of @p model as CSV for the clipboard (RFC 4180 fields as models::csvField
     * quotes them, CRLF, no byte order mark): Section, Setting, Differs, then one column per job.
     */
    static QString toCsv(const QAbstractItemModel &model);

private:
    struct Row
    {
        RowKind kind = RowKind::Field;
        Section section = Section::Status;
        QString key;
        QString label;
        std::vector<std::optional<QString>> values; // shown text per job; nullopt: the job lacks it
        std::vector<bool> hidden; // per job: a sensitive value, shown masked
        bool compared = true;
        bool differs = false;
        int sectionDifferences = 0; // section rows
    };

    static std::vector<Row> buildRows(const std::vector<api::TrainingJob> &jobs);
    QString cellText(const Row &row, int jobIndex) const;

    std::vector<api::TrainingJob> m_jobs;
    std::vector<Row> m_rows;
};
} // namespace ma::models
