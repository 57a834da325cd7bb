#pragma once

// In-memory summaries of the training jobs of one kind (v2 or v1), kept beside the store so
// that searches with filters, sorting and paging never re-read or re-parse the documents:
// a search filters and sorts these summaries and only the requested page is loaded.
// Rebuilt from the store when the module starts, updated on every write of the module.

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace ma::server
{
struct TrainingJobSummary
{
    QString id;
    QString name;
    QString nameKey; // case-folded name (sorting); filled by TrainingJobIndex
    QString description;
    QString phase; // v2 phase word, also for v1 jobs
    QString kind; // job | visualization_job
    QString algorithmName;
    QString poolId; // "" on the public pool
    QString flavorId;
    QString workspaceId; // "0" by default
    QString userName;
    qint64 createdMs = 0;
    qint64 startMs = 0; // 0 before the job runs
    qint64 durationMs = 0; // final duration once the job has ended (wall clock)
    int priority = 1;
    QString descriptionKey; // case-folded description (sorting); filled by TrainingJobIndex

    bool isActive() const;
    /**
     * The summary as stored beside its document, so that a restart fills the index without
     * parsing every document. decode() is false for anything else (an older layout, null).
     */
    QByteArray encode() const;
    static bool decode(const QByteArray &bytes, TrainingJobSummary *out);
    /** Duration now: grows while the job runs, fixed afterwards. */
    qint64 durationAt(qint64 nowMs) const;
};

/** @brief One filter of a search: key, operator and values as T2-3 sends them. */
struct TrainingJobFilterSpec
{
    QString key; // name | phase | create_time | kind | algorithm_name | pool_id | flavor_id | id
    QString op; // like | in | not | between
    QStringList values;
};

struct TrainingJobQuery
{
    std::vector<TrainingJobFilterSpec> filters;
    QString workspaceId; // empty: every workspace
    QString textContains; // v1 search_content: substring of the name, case-insensitive
    QString sortBy = QStringLiteral("create_time"); // create_time | name | duration | phase | description
    bool ascending = false;
    int first = 0; // index of the first item of the page
    int limit = 50; // items per page
};

struct TrainingJobPage
{
    int matching = 0; // jobs that pass the filters
    QStringList ids; // the page, in order
};

class TrainingJobIndex final
{
public:
    void clear();
    void upsert(const TrainingJobSummary &summary);
    void remove(const QString &id);
    const TrainingJobSummary *find(const QString &id) const;
    int size() const { return static_cast<int>(m_jobs.size()); }
    /** Jobs in @p workspaceId (every workspace when empty). */
    int countIn(const QString &workspaceId) const;
    bool nameTaken(const QString &name) const;
    /** Ids of jobs that are not in a terminal phase. */
    QStringList activeIds() const;
    int activeCount() const;

    /** Filters, sorts and pages; unknown filter keys are ignored (the caller validates them). */
    TrainingJobPage search(const TrainingJobQuery &query, qint64 nowMs) const;

    /** True for the sort keys search() understands. */
    static bool isSortKey(const QString &key);

private:
    QHash<QString, TrainingJobSummary> m_jobs;
    QHash<QString, int> m_names; // name -> number of jobs with it
};
} // namespace ma::server
