#pragma once

// "Add Extended Storage" of Create Notebook: OBS, PFS or SFS directories mounted in the
// instance besides its storage, each with its path and mount directory (at most 5 per type).

#include "models/notebookdraft.h"
#include "widgets/rowlisteditor.h"

namespace ma::ui
{
class NotebookExtendedStorageEditor final : public widgets::RowListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookExtendedStorageEditor)

public:
    explicit NotebookExtendedStorageEditor(QWidget *parent = nullptr);
    ~NotebookExtendedStorageEditor() override;

    void setStorages(const QList<models::NotebookExtendedStorage> &rows);
    QList<models::NotebookExtendedStorage> storages() const;

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;
};
} // namespace ma::ui
