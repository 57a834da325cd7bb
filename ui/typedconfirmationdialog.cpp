#include "typedconfirmationdialog.h"

#include "ui_typedconfirmationdialog.h"

#include <QPushButton>

namespace ma::ui
{
TypedConfirmationDialog::TypedConfirmationDialog(
    const QString &word, const QString &question, const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TypedConfirmationDialog>())
    , m_word(word)
    , m_mismatch(texts.mismatch)
{
    m_ui->setupUi(this);
    setWindowTitle(texts.title);
    m_ui->question->setText(question);
    m_ui->prompt->setText(texts.prompt);
    m_ui->confirmEdit->setPlaceholderText(word);
    m_ui->confirmEdit->setAccessibleName(texts.fieldName);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Delete"));
    // Cancel is the default answer of every destructive question.
    ok->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &TypedConfirmationDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

TypedConfirmationDialog::~TypedConfirmationDialog() = default;

QString TypedConfirmationDialog::question() const
{
    return m_ui->question->text();
}

QLineEdit *TypedConfirmationDialog::wordEdit() const
{
    return m_ui->confirmEdit;
}

bool TypedConfirmationDialog::isConfirmed() const
{
    return m_ui->confirmEdit->text() == m_word;
}

void TypedConfirmationDialog::updateOk()
{
    const bool mismatch = !m_ui->confirmEdit->text().isEmpty() && !isConfirmed();
    m_ui->message->setText(mismatch ? m_mismatch : QString());
    m_ui->message->setVisible(mismatch);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(isConfirmed());
}
} // namespace ma::ui
