#include "editnotebookdialog.h"

#include "ui_editnotebookdialog.h"

namespace ma::ui
{
EditNotebookDialog::EditNotebookDialog(const QString &name, const QString &description, QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::EditNotebookDialog>())
{
    m_ui->setupUi(this);
    m_ui->name->setText(name);
    m_ui->description->setPlainText(description);
    bindForm({ m_ui->name, m_ui->description }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Save"));
}

EditNotebookDialog::~EditNotebookDialog() = default;
} // namespace ma::ui
