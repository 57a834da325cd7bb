#include "remotesshdialog.h"

#include "ui_remotesshdialog.h"

namespace ma::ui
{
RemoteSshDialog::RemoteSshDialog(const QString &keyPair, const QString &whitelist, QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::RemoteSshDialog>())
{
    m_ui->setupUi(this);
    m_ui->keyPair->setText(keyPair);
    m_ui->whitelist->setText(whitelist);
    bindForm({ m_ui->keyPair, m_ui->whitelist }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Save"));
}

RemoteSshDialog::~RemoteSshDialog() = default;
} // namespace ma::ui
