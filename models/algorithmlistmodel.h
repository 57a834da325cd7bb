#pragma once

// Algorithm Management's list: one row per algorithm of ListAlgorithms (GET
// /v2/{project_id}/algorithms, item offset and limit up to 50, newest first), searched by
// name on the server (searches=name:<text>). The Create Training Job form's algorithm picker
// and the Algorithm Management page show it.
//
// RemoteListModel: fetchMore, refresh by algorithm id, never a reset but on setScope().

#include "api/types/algorithm.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief RemoteListModel traits of ListAlgorithms: one row per algorithm. */
struct AlgorithmListTraits
{
    using Item = api::Algorithm;
    using Page = api::AlgorithmList;
    using Derived = int; // nothing to derive

    static Derived derive(const Item &) { return 0; }
    static QString id(const Item &algorithm);
    static qint64 orderKey(const Item &algorithm); // create_time: asked newest first
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // count: the algorithms the search matches
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class AlgorithmListModel final : public RemoteListModel<AlgorithmListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlgorithmListModel)

public:
    enum Column
    {
        Name,
        BootMode,
        Image, // the engine and version, or the custom image
        Hyperparameters, // how many
        Created,
        Description,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        AlgorithmIdRole = Qt::UserRole, // QString
        SortRole, // raw value of the column
        AlgorithmRole, // api::Algorithm
    };
    Q_ENUM(Role)

    explicit AlgorithmListModel(QObject *parent = nullptr);
    ~AlgorithmListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The name contains it (searches=name:<text>); applied by the next reload(). */
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /** workspace_id; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);

    /** The algorithm of @p row, or nullptr (valid until the row changes or is removed). */
    const api::Algorithm *algorithmAt(int row) const;

    /** "Preset image" or "Custom image", as the console says how an algorithm starts. */
    static QString bootModeText(api::AlgorithmBootMode mode);
    /** The engine and version ("PyTorch 2.1"), or the custom image; empty when neither is known. */
    static QString imageText(const api::Algorithm &algorithm);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;

    QString m_search;
    QString m_workspaceId;
};
} // namespace ma::models
