#include "pooldeletedialog.h"

#include "ui_pooldeletedialog.h"

#include <QPushButton>

namespace ma::ui
{
PoolDeleteDialog::PoolDeleteDialog(const QString &poolName, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolDeleteDialog>())
    , m_name(poolName)
{
    m_ui->setupUi(this);
    m_ui->question->setText(question);
    m_ui->prompt->setText(tr("To confirm, enter the name of the pool, <b>%1</b>:").arg(poolName.toHtmlEscaped()));
    m_ui->nameEdit->setPlaceholderText(poolName);
    m_ui->nameEdit->setAccessibleName(tr("Pool name"));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Delete"));
    // Cancel is the default answer of every destructive question.
    ok->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PoolDeleteDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

PoolDeleteDialog::~PoolDeleteDialog() = default;

QString PoolDeleteDialog::question() const
{
    return m_ui->question->text();
}

bool PoolDeleteDialog::isConfirmed() const
{
    return m_ui->nameEdit->text() == m_name;
}

void PoolDeleteDialog::updateOk()
{
    const QString typed = m_ui->nameEdit->text();
    m_ui->message->setText(
        !typed.isEmpty() && !isConfirmed() ? tr("The name does not match the pool's name.") : QString());
    m_ui->message->setVisible(!m_ui->message->text().isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(isConfirmed());
}

bool PoolDeleteDialog::ask(QWidget *parent, const QString &poolName, const QString &question)
{
    PoolDeleteDialog dialog(poolName, question, parent);
    return dialog.exec() == QDialog::Accepted && dialog.isConfirmed();
}
} // namespace ma::ui
