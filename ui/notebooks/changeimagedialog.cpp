#include "changeimagedialog.h"

#include "ui_changeimagedialog.h"

namespace ma::ui
{
ChangeImageDialog::ChangeImageDialog(QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeImageDialog>())
{
    m_ui->setupUi(this);
    bindForm({ m_ui->image }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Change"));
}

ChangeImageDialog::~ChangeImageDialog() = default;
} // namespace ma::ui
