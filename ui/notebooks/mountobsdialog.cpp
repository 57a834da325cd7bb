#include "mountobsdialog.h"

#include "ui_mountobsdialog.h"

namespace ma::ui
{
MountObsDialog::MountObsDialog(QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::MountObsDialog>())
{
    m_ui->setupUi(this);
    bindForm({ m_ui->uri, m_ui->mountPath }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Mount"));
}

MountObsDialog::~MountObsDialog() = default;
} // namespace ma::ui
