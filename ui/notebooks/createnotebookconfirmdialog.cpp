#include "createnotebookconfirmdialog.h"

#include "ui_createnotebookconfirmdialog.h"
#include "widgets/presubmitchecklist.h"

#include <QPushButton>

namespace ma::ui
{
CreateNotebookConfirmDialog::CreateNotebookConfirmDialog(
    const QString &summaryHtml, const QString &notSent, models::PreSubmitChecks *checks, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateNotebookConfirmDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryView->setHtml(summaryHtml);
    m_ui->notSentLabel->setText(notSent);
    m_ui->notSentLabel->setVisible(!notSent.isEmpty());
    m_ui->billingNote->setText(tr("A running instance is billed for the resources it uses. EVS storage is billed "
                                  "until the instance is deleted, even while it is stopped."));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Submit"));
    ok->setDefault(true);
    if (checks)
    {
        auto *list = new widgets::PreSubmitCheckList(checks, this);
        m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->summaryView) + 1, list);
        list->holdBack(ok);
    }
}

CreateNotebookConfirmDialog::~CreateNotebookConfirmDialog() = default;
} // namespace ma::ui
