#pragma once

// "Add Container Data Disk" of "Buy AI Dedicated Cluster" (pools_monitoring.md §1.1 row 19):
// extra EVS disks per instance, each with its type, size in GiB and count.

#include "models/pooldraft.h"
#include "widgets/rowlisteditor.h"

class QComboBox;

namespace ma::ui
{
class CreatePoolDiskEditor final : public widgets::RowListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePoolDiskEditor)

public:
    explicit CreatePoolDiskEditor(QWidget *parent = nullptr);
    ~CreatePoolDiskEditor() override;

    void setDisks(const QList<models::PoolDataDisk> &disks);
    QList<models::PoolDataDisk> disks() const;

    /** The EVS disk types the form offers (API volumeType and the console's name). */
    static void fillVolumeTypes(QComboBox *combo);

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;
};
} // namespace ma::ui
