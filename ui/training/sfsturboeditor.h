#pragma once

// SFS Turbo mount rows of a dedicated-pool training job (training.md §1.5): file system,
// mount path in the container, directory in the file system, read-only and mount
// options. "Add Mount Configuration" stops at the console's limit (5); the validator
// reports duplicate or forbidden mount paths per row.

#include "models/trainingjobdraft.h"
#include "widgets/rowlisteditor.h"

class QLineEdit;

namespace ma::ui
{
class SfsTurboEditor final : public widgets::RowListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SfsTurboEditor)

public:
    explicit SfsTurboEditor(QWidget *parent = nullptr);
    ~SfsTurboEditor() override;

    /** Replaces all rows and clears the messages. */
    void setMounts(const QList<models::SfsTurboMount> &mounts);
    QList<models::SfsTurboMount> mounts() const;

    QLineEdit *fileSystemEdit(int row) const;
    QLineEdit *mountPathEdit(int row) const;

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;
};
} // namespace ma::ui
