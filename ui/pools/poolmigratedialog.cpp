#include "poolmigratedialog.h"

#include "ui_poolmigratedialog.h"

#include <QPushButton>

namespace ma::ui
{
PoolMigrateDialog::PoolMigrateDialog(const QString &poolName, const QString &currentWorkspaceId,
    const QList<WorkspaceEntry> &workspaces, QWidget *parent, Subject subject)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolMigrateDialog>())
    , m_current(currentWorkspaceId.isEmpty() ? QStringLiteral("0") : currentWorkspaceId)
    , m_workspaces(workspaces)
    , m_subject(subject)
{
    m_ui->setupUi(this);
    if (m_subject == Subject::Network)
    {
        setWindowTitle(tr("Migrate Network"));
        m_ui->intro->setText(tr("Move the network <b>%1</b> to another workspace. The pools on it stay where they are.")
                                 .arg(poolName.toHtmlEscaped()));
        m_ui->note->setText(tr("A workspace is tied to an enterprise project. IAM users can migrate only networks "
                               "of their own workspaces."));
    }
    else
        m_ui->intro->setText(
            tr("Move the pool <b>%1</b> to another workspace. Its nodes, jobs and notebooks are not affected.")
                .arg(poolName.toHtmlEscaped()));
    m_ui->currentValue->setText(workspaceName(m_workspaces, m_current));
    for (const WorkspaceEntry &w : m_workspaces)
    {
        const QString name = workspaceName(m_workspaces, w.id);
        m_ui->workspaceCombo->addItem(w.id == m_current ? tr("%1 (current)", "workspace").arg(name) : name, w.id);
    }
    // The first other workspace, as the current one cannot be the target.
    for (int i = 0; i < m_ui->workspaceCombo->count(); ++i)
        if (m_ui->workspaceCombo->itemData(i).toString() != m_current)
        {
            m_ui->workspaceCombo->setCurrentIndex(i);
            break;
        }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Migrate"));
    connect(m_ui->workspaceCombo, &QComboBox::currentIndexChanged, this, &PoolMigrateDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PoolMigrateDialog::~PoolMigrateDialog() = default;

PoolMigrateDialog::WorkspaceEntry PoolMigrateDialog::target() const
{
    const QString id = m_ui->workspaceCombo->currentData().toString();
    for (const WorkspaceEntry &w : m_workspaces)
        if (w.id == id)
            return w;
    return {};
}

void PoolMigrateDialog::setTarget(const QString &workspaceId)
{
    const int index = m_ui->workspaceCombo->findData(workspaceId);
    if (index >= 0)
        m_ui->workspaceCombo->setCurrentIndex(index);
}

QList<PoolMigrateDialog::WorkspaceEntry> PoolMigrateDialog::entriesOf(const api::WorkspaceList &list)
{
    QList<WorkspaceEntry> entries;
    bool hasDefault = false;
    for (const api::Workspace &w : list.workspaces)
    {
        entries.append({ w.id, w.name });
        hasDefault = hasDefault || w.id == u"0";
    }
    if (!hasDefault)
        entries.prepend({ QStringLiteral("0"), QString() });
    return entries;
}

QString PoolMigrateDialog::workspaceName(const QList<WorkspaceEntry> &workspaces, const QString &id)
{
    if (id == u"0")
        return tr("default", "the default workspace");
    for (const WorkspaceEntry &w : workspaces)
        if (w.id == id && !w.name.isEmpty())
            return w.name;
    return id;
}

void PoolMigrateDialog::validate()
{
    m_message.clear();
    const bool network = m_subject == Subject::Network;
    if (m_ui->workspaceCombo->count() <= 1)
        m_message = network ? tr("The project has no other workspace to move the network to.")
                            : tr("The project has no other workspace to move the pool to.");
    else if (m_ui->workspaceCombo->currentData().toString() == m_current)
        m_message = network ? tr("The network is already in this workspace; choose another one.")
                            : tr("The pool is already in this workspace; choose another one.");
    m_ui->message->setText(m_message);
    m_ui->message->setVisible(!m_message.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message.isEmpty());
}

api::PoolPatch PoolMigrateDialog::patchFor(const QString &workspaceId)
{
    api::PoolPatch patch;
    patch.metadata = api::K8sObjectMeta();
    patch.metadata->labels = api::StringMap { { QStringLiteral("os.modelarts/workspace.id"), workspaceId } };
    return patch;
}

std::optional<PoolMigrateDialog::WorkspaceEntry> PoolMigrateDialog::ask(QWidget *parent, const QString &poolName,
    const QString &currentWorkspaceId, const QList<WorkspaceEntry> &workspaces, Subject subject)
{
    PoolMigrateDialog dialog(poolName, currentWorkspaceId, workspaces, parent, subject);
    if (dialog.exec() != QDialog::Accepted || !dialog.message().isEmpty())
        return std::nullopt;
    return dialog.target();
}
} // namespace ma::ui
