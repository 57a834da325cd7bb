#include "notebookextendedstorageeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

namespace ma::ui
{
namespace
{
enum Column
{
    TypeColumn,
    PathColumn,
    MountColumn,
};

constexpr int kMaxRows = 15; // 5 per type, three types
} // namespace

NotebookExtendedStorageEditor::NotebookExtendedStorageEditor(QWidget *parent)
    : RowListEditor({ tr("Type"), tr("Storage Path"), tr("Mount Directory") },
        { tr("Add Extended Storage"), tr("Remove this storage"), QString(), tr("At most %1 directories."),
            QStringLiteral("extendedStorage") },
        parent)
{
    setObjectName(QStringLiteral("extendedStorageEditor"));
    grid()->setColumnStretch(TypeColumn, 0);
    grid()->setColumnStretch(PathColumn, 3);
    grid()->setColumnStretch(MountColumn, 2);
    setMaximumRows(kMaxRows);
}

NotebookExtendedStorageEditor::~NotebookExtendedStorageEditor() = default;

void NotebookExtendedStorageEditor::setStorages(const QList<models::NotebookExtendedStorage> &rows)
{
    QVariantList items;
    for (const models::NotebookExtendedStorage &row : rows)
        items.append(QVariant::fromValue(row));
    resetRows(items);
}

QList<models::NotebookExtendedStorage> NotebookExtendedStorageEditor::storages() const
{
    QList<models::NotebookExtendedStorage> out;
    for (int r = 0; r < rowCount(); ++r)
    {
        models::NotebookExtendedStorage row;
        row.type = cellAs<QComboBox>(r, TypeColumn)->currentData().toString();
        row.path = cellAs<QLineEdit>(r, PathColumn)->text();
        row.mountPath = cellAs<QLineEdit>(r, MountColumn)->text();
        out.append(row);
    }
    return out;
}

QVariant NotebookExtendedStorageEditor::newItem(int) const
{
    return QVariant::fromValue(models::NotebookExtendedStorage());
}

QList<QWidget *> NotebookExtendedStorageEditor::createRow(const QVariant &item)
{
    const auto row = item.value<models::NotebookExtendedStorage>();
    auto *type = new QComboBox(this);
    type->setObjectName(QStringLiteral("extendedStorageType"));
    type->addItem(tr("OBS"), QStringLiteral("OBS"));
    type->addItem(tr("PFS"), QStringLiteral("PFS"));
    type->addItem(tr("SFS"), QStringLiteral("SFS"));
    type->setCurrentIndex(std::max(0, type->findData(row.type)));
    connect(type, &QComboBox::currentIndexChanged, this, &NotebookExtendedStorageEditor::rowEdited);
    auto *path = new QLineEdit(row.path, this);
    path->setObjectName(QStringLiteral("extendedStoragePath"));
    path->setPlaceholderText(QStringLiteral("obs://bucket/folder/"));
    connect(path, &QLineEdit::textChanged, this, &NotebookExtendedStorageEditor::rowEdited);
    auto *mount = new QLineEdit(row.mountPath, this);
    mount->setObjectName(QStringLiteral("extendedStorageMount"));
    mount->setPlaceholderText(QStringLiteral("/home/ma-user/work/data"));
    connect(mount, &QLineEdit::textChanged, this, &NotebookExtendedStorageEditor::rowEdited);
    return { type, path, mount };
}
} // namespace ma::ui
