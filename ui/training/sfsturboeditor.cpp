#include "sfsturboeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>

namespace ma::ui
{
namespace
{
enum Column
{
    FileSystemColumn,
    MountPathColumn,
    DirectoryColumn,
    OptionsColumn,
    ReadOnlyColumn,
};

constexpr int kConsoleMaxMounts = 5;
} // namespace

SfsTurboEditor::SfsTurboEditor(QWidget *parent)
    : RowListEditor({ tr("File system"), tr("Mount path"), tr("Directory"), tr("Mount options"), QString() },
        { tr("Add Mount Configuration"), tr("Remove this mount"), QString(), tr("At most %1 mounts."),
            QStringLiteral("mount") },
        parent)
{
    setObjectName(QStringLiteral("sfsTurboEditor"));
    grid()->setColumnStretch(FileSystemColumn, 2);
    grid()->setColumnStretch(MountPathColumn, 2);
    grid()->setColumnStretch(DirectoryColumn, 1);
    grid()->setColumnStretch(OptionsColumn, 2);
    setMaximumRows(kConsoleMaxMounts);
}

SfsTurboEditor::~SfsTurboEditor() = default;

void SfsTurboEditor::setMounts(const QList<models::SfsTurboMount> &mounts)
{
    QVariantList items;
    for (const models::SfsTurboMount &mount : mounts)
        items.append(QVariant::fromValue(mount));
    resetRows(items);
}

QList<models::SfsTurboMount> SfsTurboEditor::mounts() const
{
    QList<models::SfsTurboMount> out;
    for (int r = 0; r < rowCount(); ++r)
    {
        models::SfsTurboMount m;
        m.fileSystem = cellAs<QLineEdit>(r, FileSystemColumn)->text();
        m.mountPath = cellAs<QLineEdit>(r, MountPathColumn)->text();
        m.directory = cellAs<QLineEdit>(r, DirectoryColumn)->text();
        m.readOnly = cellAs<QCheckBox>(r, ReadOnlyColumn)->isChecked();
        m.mountOptions = cellAs<QLineEdit>(r, OptionsColumn)->text();
        out.append(m);
    }
    return out;
}

QLineEdit *SfsTurboEditor::fileSystemEdit(int row) const
{
    return cellAs<QLineEdit>(row, FileSystemColumn);
}

QLineEdit *SfsTurboEditor::mountPathEdit(int row) const
{
    return cellAs<QLineEdit>(row, MountPathColumn);
}

QVariant SfsTurboEditor::newItem(int) const
{
    return QVariant::fromValue(models::SfsTurboMount());
}

QList<QWidget *> SfsTurboEditor::createRow(const QVariant &item)
{
    const auto mount = item.value<models::SfsTurboMount>();
    const auto edit = [this](const QString &name, const QString &text, const QString &placeholder)
    {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &SfsTurboEditor::rowEdited);
        return e;
    };
    auto *readOnly = new QCheckBox(tr("Read-only"), this);
    readOnly->setObjectName(QStringLiteral("mountReadOnly"));
    readOnly->setChecked(mount.readOnly);
    connect(readOnly, &QCheckBox::toggled, this, &SfsTurboEditor::rowEdited);
    return {
        edit(QStringLiteral("mountFileSystem"), mount.fileSystem, tr("SFS Turbo name or ID")),
        edit(QStringLiteral("mountPath"), mount.mountPath, QStringLiteral("/mnt/sfs_turbo")),
        edit(QStringLiteral("mountDirectory"), mount.directory, QStringLiteral("/")),
        edit(QStringLiteral("mountOptions"), mount.mountOptions, QStringLiteral("vers=3,timeo=600,nolock,hard")),
        readOnly,
    };
}
} // namespace ma::ui
