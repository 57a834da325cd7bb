#include "renewfordialog.h"

#include "ui_renewfordialog.h"

namespace ma::ui
{
RenewForDialog::RenewForDialog(QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::RenewForDialog>())
{
    m_ui->setupUi(this);
    bindForm({ m_ui->hours }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Renew"));
}

RenewForDialog::~RenewForDialog() = default;
} // namespace ma::ui
