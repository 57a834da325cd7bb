#include "pooljobtypesdialog.h"

#include "ui_pooljobtypesdialog.h"

#include <QPushButton>

namespace ma::ui
{
PoolJobTypesDialog::PoolJobTypesDialog(const QString &poolName, const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolJobTypesDialog>())
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Choose the job types the pool <b>%1</b> accepts.").arg(poolName.toHtmlEscaped()));
    for (QCheckBox *box : { m_ui->trainCheck, m_ui->inferCheck, m_ui->notebookCheck })
        connect(box, &QCheckBox::toggled, this, &PoolJobTypesDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setScope(current);
    m_initial = scope();
    updateOk();
}

PoolJobTypesDialog::~PoolJobTypesDialog() = default;

QStringList PoolJobTypesDialog::scope() const
{
    QStringList out;
    if (m_ui->trainCheck->isChecked())
        out << QStringLiteral("Train");
    if (m_ui->inferCheck->isChecked())
        out << QStringLiteral("Infer");
    if (m_ui->notebookCheck->isChecked())
        out << QStringLiteral("Notebook");
    return out;
}

void PoolJobTypesDialog::setScope(const QStringList &scope)
{
    m_ui->trainCheck->setChecked(scope.contains(QStringLiteral("Train")));
    m_ui->inferCheck->setChecked(scope.contains(QStringLiteral("Infer")));
    m_ui->notebookCheck->setChecked(scope.contains(QStringLiteral("Notebook")));
}

QString PoolJobTypesDialog::message() const
{
    return m_ui->message->text();
}

void PoolJobTypesDialog::updateOk()
{
    const QStringList now = scope();
    m_ui->message->setText(now.isEmpty() ? tr("Select at least one job type.") : QString());
    m_ui->message->setVisible(now.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!now.isEmpty() && now != m_initial);
}

std::optional<QStringList> PoolJobTypesDialog::ask(QWidget *parent, const QString &poolName, const QStringList &current)
{
    PoolJobTypesDialog dialog(poolName, current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.scope().isEmpty() || dialog.scope() == dialog.m_initial)
        return std::nullopt;
    return dialog.scope();
}
} // namespace ma::ui
