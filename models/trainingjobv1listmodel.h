#pragma once

// The legacy training jobs of a profile that uses the v1 API: one row per v1 job over T1-2
// (GET /v1/{project_id}/training-jobs, page and per_page, newest first), with its latest
// version's status and duration and its count of versions. The Training Jobs page shows it
// beside the v2 list (its "Legacy (v1)" section) with the same status words and badges:
// a v1 status code is mapped to the v2 phase word that means the same (phaseOfStatus()).
//
// Same engine as TrainingJobListModel (RemoteListModel: fetchMore, refresh by job id,
// never a reset but on setScope()).

#include "api/types/trainingv1.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief RemoteListModel traits of T1-2: one row per v1 training job. */
struct TrainingJobV1ListTraits
{
    using Item = api::v1::TrainingJobSummary;
    using Page = api::v1::TrainingJobList;
    using Derived = QString; // the v2 phase word of the status code

    static Derived derive(const Item &job);
    static QString id(const Item &job); // the decimal job_id
    static qint64 orderKey(const Item &job); // create_time: asked newest first
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // job_total_count
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class TrainingJobV1ListModel final : public RemoteListModel<TrainingJobV1ListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobV1ListModel)

public:
    enum Column
    {
        Name,
        Api, // "v1": tells the legacy rows apart wherever they are shown
        Status,
        Versions,
        Duration,
        Created,
        Description,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        JobIdRole = Qt::UserRole, // QString: the decimal job_id
        VersionIdRole, // qint64: the latest version's version_id (0 when absent)
        PhaseRole, // QString: the v2 phase word of the status ("Running"), for the status badge
        StatusCodeRole, // int: the v1 status code
        SortRole, // raw value of the column
        CanStopRole, // bool: the latest version is creating, waiting or running (T1-9)
        CanDeleteRole, // bool
    };
    Q_ENUM(Role)

    /** Jobs per page (T1-2 accepts up to 1000; the v2 list reads 50 at a time too). */
    static constexpr int kDefaultPageSize = 50;

    explicit TrainingJobV1ListModel(QObject *parent = nullptr);
    ~TrainingJobV1ListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** T1-2 search_content (the name contains it); applied by the next reload(). */
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /** T1-2 workspace_id; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);

    /** The summary of @p row, or nullptr (valid until the row changes or is removed). */
    const api::v1::TrainingJobSummary *jobAt(int row) const;

    /**
     * @brief The v2 phase word ("Running", "Pending", "Failed"...) of a v1 status code
     * (OTC "Job Statuses"), so v1 rows read and look like v2 ones; "Unknown" for other codes.
     */
    static QString phaseOfStatus(int status);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;

    QString m_search;
    QString m_workspaceId;
};
} // namespace ma::models
