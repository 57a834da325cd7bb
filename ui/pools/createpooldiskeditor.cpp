#include "createpooldiskeditor.h"

#include "models/poolformvalidator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QSpinBox>

namespace ma::ui
{
namespace
{
enum Column
{
    TypeColumn,
    SizeColumn,
    CountColumn,
};

constexpr int kMaxDataDisks = 10; // rows offered; each row may stand for several disks
} // namespace

CreatePoolDiskEditor::CreatePoolDiskEditor(QWidget *parent)
    : RowListEditor({ tr("Disk type"), tr("Size"), tr("Quantity") },
        { tr("Add Container Data Disk"), tr("Remove this disk"), QString(), tr("At most %1 disk rows."),
            QStringLiteral("disk") },
        parent)
{
    setObjectName(QStringLiteral("dataDiskEditor"));
    grid()->setColumnStretch(TypeColumn, 2);
    grid()->setColumnStretch(SizeColumn, 1);
    grid()->setColumnStretch(CountColumn, 1);
    setMaximumRows(kMaxDataDisks);
}

CreatePoolDiskEditor::~CreatePoolDiskEditor() = default;

void CreatePoolDiskEditor::fillVolumeTypes(QComboBox *combo)
{
    // EVS disk types (§1.1 row 18: common SSD, high I/O, ultra-high I/O).
    combo->addItem(tr("General Purpose SSD"), QStringLiteral("GPSSD"));
    combo->addItem(tr("High I/O"), QStringLiteral("SAS"));
    combo->addItem(tr("Ultra-high I/O"), QStringLiteral("SSD"));
}

void CreatePoolDiskEditor::setDisks(const QList<models::PoolDataDisk> &disks)
{
    QVariantList items;
    for (const models::PoolDataDisk &disk : disks)
        items.append(QVariant::fromValue(disk));
    resetRows(items);
}

QList<models::PoolDataDisk> CreatePoolDiskEditor::disks() const
{
    QList<models::PoolDataDisk> out;
    for (int r = 0; r < rowCount(); ++r)
    {
        models::PoolDataDisk disk;
        disk.volumeType = cellAs<QComboBox>(r, TypeColumn)->currentData().toString();
        disk.sizeGiB = cellAs<QSpinBox>(r, SizeColumn)->value();
        disk.count = cellAs<QSpinBox>(r, CountColumn)->value();
        out.append(disk);
    }
    return out;
}

QVariant CreatePoolDiskEditor::newItem(int) const
{
    return QVariant::fromValue(models::PoolDataDisk());
}

QList<QWidget *> CreatePoolDiskEditor::createRow(const QVariant &item)
{
    const auto disk = item.value<models::PoolDataDisk>();
    auto *type = new QComboBox(this);
    type->setObjectName(QStringLiteral("dataDiskType"));
    fillVolumeTypes(type);
    type->setCurrentIndex(std::max(0, type->findData(disk.volumeType)));
    connect(type, &QComboBox::currentIndexChanged, this, &CreatePoolDiskEditor::rowEdited);
    auto *size = new QSpinBox(this);
    size->setObjectName(QStringLiteral("dataDiskSize"));
    size->setRange(1, 2 * models::kMaxDiskGiB); // the validator names the limits
    size->setSuffix(tr(" GiB"));
    size->setValue(disk.sizeGiB);
    connect(size, &QSpinBox::valueChanged, this, &CreatePoolDiskEditor::rowEdited);
    auto *count = new QSpinBox(this);
    count->setObjectName(QStringLiteral("dataDiskCount"));
    count->setRange(0, 16);
    count->setValue(disk.count);
    connect(count, &QSpinBox::valueChanged, this, &CreatePoolDiskEditor::rowEdited);
    return { type, size, count };
}
} // namespace ma::ui
