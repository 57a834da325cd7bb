#include "sfsturboeditor.h"

#include "widgets/theme.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

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
    RemoveColumn,
};

void setMessageStyle(QLabel *label, bool warning)
{
    widgets::Theme::setStyleProperty(label, "tone", warning ? QStringLiteral("warning") : QStringLiteral("error"));
}
} // namespace

SfsTurboEditor::SfsTurboEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_listMessage(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("sfsTurboEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(FileSystemColumn, 2);
    m_grid->setColumnStretch(MountPathColumn, 2);
    m_grid->setColumnStretch(DirectoryColumn, 1);
    m_grid->setColumnStretch(OptionsColumn, 2);
    layout->addLayout(m_grid);

    m_listMessage->setObjectName(QStringLiteral("sfsTurboMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    layout->addWidget(m_listMessage);

    m_add->setObjectName(QStringLiteral("addMountButton"));
    m_add->setText(tr("Add Mount Configuration"));
    connect(m_add, &QPushButton::clicked, this, &SfsTurboEditor::addRow);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_count);
    buttons->addStretch();
    layout->addLayout(buttons);

    for (const QString &text : { tr("File system"), tr("Mount path"), tr("Directory"), tr("Mount options") })
    {
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_headers.append(label);
    }
    rebuildGrid();
}

SfsTurboEditor::~SfsTurboEditor() = default;

void SfsTurboEditor::setMaximumRows(int max)
{
    m_max = max;
    updateAddButton();
}

void SfsTurboEditor::setMounts(const QList<models::SfsTurboMount> &mounts)
{
    m_updating = true;
    for (Row &row : m_rows)
        deleteRow(row);
    m_rows.clear();
    for (const models::SfsTurboMount &mount : mounts)
        appendRow(mount);
    rebuildGrid();
    setMessage(QString());
    m_updating = false;
}

QList<models::SfsTurboMount> SfsTurboEditor::mounts() const
{
    QList<models::SfsTurboMount> out;
    for (const Row &row : m_rows)
    {
        models::SfsTurboMount m;
        m.fileSystem = row.fileSystem->text();
        m.mountPath = row.mountPath->text();
        m.directory = row.directory->text();
        m.readOnly = row.readOnly->isChecked();
        m.mountOptions = row.options->text();
        out.append(m);
    }
    return out;
}

void SfsTurboEditor::setRowMessage(int row, const QString &message, bool warning)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLabel *label = m_rows[row].message;
    label->setText(message);
    setMessageStyle(label, warning);
    label->setVisible(!message.isEmpty());
}

QString SfsTurboEditor::rowMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message->text() : QString();
}

void SfsTurboEditor::setMessage(const QString &message, bool warning)
{
    m_listMessage->setText(message);
    setMessageStyle(m_listMessage, warning);
    m_listMessage->setVisible(!message.isEmpty());
}

QString SfsTurboEditor::message() const
{
    return m_listMessage->text();
}

void SfsTurboEditor::clearMessages()
{
    for (int r = 0; r < m_rows.size(); ++r)
        setRowMessage(r, QString());
    setMessage(QString());
}

QLineEdit *SfsTurboEditor::fileSystemEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).fileSystem : nullptr;
}

QLineEdit *SfsTurboEditor::mountPathEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).mountPath : nullptr;
}

void SfsTurboEditor::addRow()
{
    if (m_max > 0 && m_rows.size() >= m_max)
        return;
    appendRow(models::SfsTurboMount());
    rebuildGrid();
    m_rows.last().fileSystem->setFocus();
    emit mountsChanged();
}

void SfsTurboEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row r = m_rows.takeAt(row);
    deleteRow(r);
    rebuildGrid();
    emit mountsChanged();
}

void SfsTurboEditor::appendRow(const models::SfsTurboMount &mount)
{
    Row row;
    const auto edit = [this](const QString &name, const QString &text, const QString &placeholder)
    {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &SfsTurboEditor::onRowEdited);
        return e;
    };
    row.fileSystem = edit(QStringLiteral("mountFileSystem"), mount.fileSystem, tr("SFS Turbo name or ID"));
    row.mountPath = edit(QStringLiteral("mountPath"), mount.mountPath, QStringLiteral("/mnt/sfs_turbo"));
    row.directory = edit(QStringLiteral("mountDirectory"), mount.directory, QStringLiteral("/"));
    row.options
        = edit(QStringLiteral("mountOptions"), mount.mountOptions, QStringLiteral("vers=3,timeo=600,nolock,hard"));
    row.readOnly = new QCheckBox(tr("Read-only"), this);
    row.readOnly->setObjectName(QStringLiteral("mountReadOnly"));
    row.readOnly->setChecked(mount.readOnly);
    connect(row.readOnly, &QCheckBox::toggled, this, &SfsTurboEditor::onRowEdited);
    row.remove = new QToolButton(this);
    row.remove->setObjectName(QStringLiteral("removeMountButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this mount"));
    connect(row.remove, &QToolButton::clicked, this,
        [this, button = row.remove]
        {
            for (int r = 0; r < m_rows.size(); ++r)
            {
                if (m_rows.at(r).remove == button)
                {
                    removeRow(r);
                    return;
                }
            }
        });
    row.message = new QLabel(this);
    row.message->setObjectName(QStringLiteral("mountMessage"));
    row.message->setWordWrap(true);
    row.message->hide();
    m_rows.append(row);
}

void SfsTurboEditor::deleteRow(Row &row)
{
    delete row.fileSystem;
    delete row.mountPath;
    delete row.directory;
    delete row.readOnly;
    delete row.options;
    delete row.remove;
    delete row.message;
}

void SfsTurboEditor::rebuildGrid()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    const bool any = !m_rows.isEmpty();
    for (int c = 0; c < m_headers.size(); ++c)
    {
        m_grid->addWidget(m_headers.at(c), 0, c);
        m_headers.at(c)->setVisible(any);
    }
    int gridRow = 1;
    for (const Row &row : std::as_const(m_rows))
    {
        m_grid->addWidget(row.fileSystem, gridRow, FileSystemColumn);
        m_grid->addWidget(row.mountPath, gridRow, MountPathColumn);
        m_grid->addWidget(row.directory, gridRow, DirectoryColumn);
        m_grid->addWidget(row.options, gridRow, OptionsColumn);
        m_grid->addWidget(row.readOnly, gridRow, ReadOnlyColumn);
        m_grid->addWidget(row.remove, gridRow, RemoveColumn);
        ++gridRow;
        m_grid->addWidget(row.message, gridRow, FileSystemColumn, 1, RemoveColumn);
        ++gridRow;
    }
    updateAddButton();
}

void SfsTurboEditor::updateAddButton()
{
    const bool full = m_max > 0 && m_rows.size() >= m_max;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("At most %1 mounts.").arg(m_max) : QString());
    m_count->setText(m_max > 0 ? QStringLiteral("%1/%2").arg(m_rows.size()).arg(m_max) : QString());
}

void SfsTurboEditor::onRowEdited()
{
    if (!m_updating)
        emit mountsChanged();
}
} // namespace ma::ui
