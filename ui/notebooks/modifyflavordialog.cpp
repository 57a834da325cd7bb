#include "modifyflavordialog.h"

#include "ui_modifyflavordialog.h"

namespace ma::ui
{
ModifyFlavorDialog::ModifyFlavorDialog(QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::ModifyFlavorDialog>())
{
    m_ui->setupUi(this);
    bindForm({ m_ui->flavor }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Modify"));
}

ModifyFlavorDialog::~ModifyFlavorDialog() = default;
} // namespace ma::ui
