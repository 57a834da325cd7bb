#pragma once

// The Events tab of a training job (training.md §4.7): one row per T2-10 event, oldest first.
//
// The model reads the events in ascending order and remembers how many it holds, so
// refresh() only asks for the events after the last one and appends them as inserted rows:
// a view keeps its selection and scroll position while the job produces events. The level
// filter is applied by the service (T2-10 `level`); changing it or the job resets the model.

#include "api/types/training.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief RemoteListModel traits of T2-10: events have no id, they are only ever appended. */
struct TrainingEventTraits
{
    using Item = api::TrainingJobEvent;
    using Page = api::TrainingJobEventList;
    using Derived = qint64; // the time in epoch ms, 0 when the service sent no readable time

    static Derived derive(const Item &event);
    static QString id(const Item &) { return QString(); }
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page);
};

class TrainingEventModel final : public RemoteListModel<TrainingEventTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingEventModel)

public:
    enum Column
    {
        Level, // "Event Type" in the console
        Message,
        Occurred,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        LevelRole = Qt::UserRole, // QString as sent ("Info", "Warning", "Error")
        TimeRole, // qint64 epoch ms, 0 when the service sent no readable time
        SourceRole, // QString "Job", "Task", "K8S"; may be empty
    };
    Q_ENUM(Role)

    /** Events per request; T2-10 accepts at most 100. */
    static constexpr int kPageSize = api::kTrainingEventsMaxLimit;

    explicit TrainingEventModel(QObject *parent = nullptr);
    ~TrainingEventModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // setClient(), state(), stateChanged(), loaded() and errorOccurred(): RemoteListModelBase.

    /** Another job resets the model; the next refresh() loads its events. */
    void setJobId(const QString &jobId);
    QString jobId() const { return m_jobId; }

    /** "Info", "Warning", "Error", or empty for all. Another level resets the model and reloads. */
    void setLevelFilter(const QString &level);
    QString levelFilter() const { return m_level; }

    /**
     * @brief Loads the events after the last one held and appends them (rowsInserted only).
     * While a request is in flight, another refresh runs once it has finished.
     */
    void refresh();

    /** The event of @p row, or nullptr. */
    const api::TrainingJobEvent *eventAt(int row) const;

    /** The time an event occurred, as local time text ("2024/01/29 09:52:20 GMT+08:00"). */
    static QString formatTime(const QDateTime &time);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;

    QString m_jobId;
    QString m_level;
};
} // namespace ma::models
