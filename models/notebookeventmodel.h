#pragma once

// The Events tab of a notebook (the console's event, description and severity columns): one
// row per event of GET …/notebooks/{id}/events. The reply is the whole list (no paging, no
// id), so each event is keyed by its time, name and text, and refresh() re-reads it and
// applies the difference: new events are inserted, never a reset. A view shows newest first
// through a sort proxy on TimeRole.

#include "api/types/notebook.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
struct NotebookEventTraits
{
    using Item = api::NotebookEvent;
    using Page = api::NotebookEventList;
    using Derived = qint64; // time, epoch ms

    static Derived derive(const Item &event) { return event.time.value_or(0); }
    static QString id(const Item &event);
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page);
};

class NotebookEventModel final : public RemoteListModel<NotebookEventTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookEventModel)

public:
    enum Column
    {
        Event, // "NotebookHealthy", "PullImageFailed"...
        Description,
        Severity,
        Occurred,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SeverityRole = Qt::UserRole, // QString as sent
        TimeRole, // qint64 epoch ms
        BadgeRole, // int BadgeKind
    };
    Q_ENUM(Role)

    explicit NotebookEventModel(QObject *parent = nullptr);
    ~NotebookEventModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The notebook whose events are read; another notebook clears the rows. */
    void setNotebook(const QString &id);
    QString notebook() const { return m_notebook; }
    /** Re-reads the events (nothing without a notebook). */
    void refresh();

    /** The severity as the tab shows it: the guide labels routine events "Warning"; they read as Info. */
    static QString severityText(const QString &severity);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;

    QString m_notebook;
};
} // namespace ma::models
