#include "saveimagedialog.h"

#include "ui_saveimagedialog.h"

namespace ma::ui
{
SaveImageDialog::SaveImageDialog(const QString &imageName, QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::SaveImageDialog>())
{
    m_ui->setupUi(this);
    m_ui->name->setText(imageName);
    bindForm({ m_ui->organization, m_ui->name, m_ui->tag, m_ui->description }, m_ui->noteLabel, m_ui->errorLabel,
        m_ui->buttonBox, tr("Save"));
}

SaveImageDialog::~SaveImageDialog() = default;
} // namespace ma::ui
