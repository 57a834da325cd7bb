#include "createnetworkdialog.h"

#include "api/apiclient.h"
#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "models/poolformvalidator.h"
#include "ui_createnetworkdialog.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QPushButton>

namespace ma::ui
{
CreateNetworkDialog::CreateNetworkDialog(api::ApiClient *client, const QString &workspaceId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateNetworkDialog>())
    , m_client(client)
    , m_workspace(workspaceId)
{
    m_ui->setupUi(this);
    setStyleSheet(widgets::Theme::styleSheet());
    auto *type = new QButtonGroup(this);
    type->addButton(m_ui->presetButton, 0);
    type->addButton(m_ui->customButton, 1);
    // Preset blocks: the recommended ranges (§1.0) that keep clear of the container and service blocks.
    for (const char *block : { "192.168.0.0/16", "172.17.0.0/16", "172.18.0.0/16", "10.0.0.0/16" })
        m_ui->presetCombo->addItem(QString::fromLatin1(block));
    m_ui->cidrEdit->hide();
    m_ui->nameMessage->hide();
    m_ui->cidrMessage->hide();
    m_ui->serverError->hide();
    m_ui->cidrTypeLabel->setToolTip(
        tr("The VPC network segment, container network segment (fixed at 172.16.0.0/16), service network segment "
           "(fixed at 10.247.0.0/16), and created VPC network segment can be displayed only in the same workspace."));
    connect(type, &QButtonGroup::idClicked, this,
        [this](int id)
        {
            m_ui->presetCombo->setVisible(id == 0);
            m_ui->cidrEdit->setVisible(id == 1);
            if (id == 1)
                m_ui->cidrEdit->setFocus();
        });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_ui->nameMessage->hide(); });
    connect(m_ui->cidrEdit, &QLineEdit::textEdited, this, [this] { m_ui->cidrMessage->hide(); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CreateNetworkDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    loadQuota();
}

CreateNetworkDialog::~CreateNetworkDialog()
{
    if (m_call)
        m_call->cancel();
}

void CreateNetworkDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void CreateNetworkDialog::setCustomCidr(const QString &cidr)
{
    m_ui->customButton->click();
    m_ui->cidrEdit->setText(cidr);
}

QString CreateNetworkDialog::cidr() const
{
    return m_ui->customButton->isChecked() ? m_ui->cidrEdit->text().trimmed() : m_ui->presetCombo->currentText();
}

QString CreateNetworkDialog::nameMessage() const
{
    return m_ui->nameMessage->isHidden() ? QString() : m_ui->nameMessage->text();
}

QString CreateNetworkDialog::cidrMessage() const
{
    return m_ui->cidrMessage->isHidden() ? QString() : m_ui->cidrMessage->text();
}

QString CreateNetworkDialog::serverError() const
{
    return m_ui->serverError->isHidden() ? QString() : m_ui->serverError->text();
}

void CreateNetworkDialog::loadQuota()
{
    if (!m_client)
        return;
    api::whenDecoded<api::OsQuotas>(m_client->send(api::pools::quotas()), this,
        [this](const api::Typed<api::OsQuotas> &result)
        {
            if (!result.ok())
                return; // the server still refuses a network over the quota
            for (const api::OsQuotaResource &r : result.value.quotas.resources)
            {
                if (r.type != u"network" || !r.quota)
                    continue;
                const qint64 used = r.used.value_or(0);
                m_quotaFull = used >= *r.quota;
                m_ui->quotaLabel->setText(m_quotaFull
                        ? tr("All %1 networks of your quota are in use. Delete a network first.").arg(*r.quota)
                        : tr("Networks: %1 of %2 used.").arg(used).arg(*r.quota));
                widgets::Theme::setStyleProperty(
                    m_ui->quotaLabel, "tone", m_quotaFull ? QStringLiteral("error") : QStringLiteral("muted"));
                m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_quotaFull);
            }
        });
}

bool CreateNetworkDialog::validate()
{
    const QString nameProblem = models::networkNameProblem(m_ui->nameEdit->text());
    m_ui->nameMessage->setText(nameProblem);
    m_ui->nameMessage->setVisible(!nameProblem.isEmpty());
    const QString cidrProblem = models::networkCidrProblem(cidr());
    m_ui->cidrMessage->setText(cidrProblem);
    m_ui->cidrMessage->setVisible(!cidrProblem.isEmpty());
    return nameProblem.isEmpty() && cidrProblem.isEmpty() && !m_quotaFull;
}

void CreateNetworkDialog::submit()
{
    m_ui->serverError->hide();
    if (m_call || !validate() || !m_client)
        return;
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    m_call = m_client->send(
        api::networks::create(api::makeNetworkCreateRequest(m_ui->nameEdit->text(), cidr(), m_workspace)));
    api::whenDecoded<api::Network>(m_call, this,
        [this, ok](const api::Typed<api::Network> &result)
        {
            m_call = nullptr;
            ok->setEnabled(true);
            if (!result.ok())
            {
                m_ui->serverError->setText(tr("The network was not created: %1").arg(result.error.displayText()));
                m_ui->serverError->show();
                return;
            }
            m_created = result.value.metadata ? result.value.metadata->name.value_or(QString()) : QString();
            emit networkCreated(m_created);
            accept();
        });
}
} // namespace ma::ui
