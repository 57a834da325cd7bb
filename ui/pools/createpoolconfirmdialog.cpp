#include "createpoolconfirmdialog.h"

#include "ui_createpoolconfirmdialog.h"
#include "widgets/presubmitchecklist.h"

#include <QPushButton>

namespace ma::ui
{
CreatePoolConfirmDialog::CreatePoolConfirmDialog(
    const QString &summaryHtml, const Quota &quota, bool prepaid, models::PreSubmitChecks *checks, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreatePoolConfirmDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryView->setHtml(summaryHtml);
    m_ui->quotaLabel->setText(quota.text);
    m_ui->quotaLabel->setProperty("tone", quota.fits ? QString() : QStringLiteral("error"));
    m_ui->billingNote->setText(prepaid
            ? tr("Yearly/Monthly: you pay for the required duration when the order is placed.")
            : tr("Pay-per-use: the nodes are billed for the time they exist; the pool can be deleted at any time."));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Buy Now"));
    ok->setDefault(true);
    ok->setEnabled(quota.fits);
    if (checks)
    {
        // The quota is one line of the checks list then.
        m_ui->quotaLabel->hide();
        auto *list = new widgets::PreSubmitCheckList(checks, this);
        m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->summaryView) + 1, list);
        list->holdBack(ok);
    }
}

CreatePoolConfirmDialog::~CreatePoolConfirmDialog() = default;
} // namespace ma::ui
