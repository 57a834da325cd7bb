#include "interconnectvpcdialog.h"

#include "models/poolformvalidator.h"
#include "ui_interconnectvpcdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
InterconnectVpcDialog::InterconnectVpcDialog(Input input, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InterconnectVpcDialog>())
    , m_input(std::move(input))
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Connect the network <b>%1</b> (%2) to subnets of your VPCs, so that the pool's nodes "
                            "reach them and, through SNAT in the VPC, the Internet.")
                             .arg(m_input.networkName.toHtmlEscaped(), m_input.networkCidr.toHtmlEscaped()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    connect(m_ui->enableSwitch, &QCheckBox::toggled, this, &InterconnectVpcDialog::validate);
    connect(m_ui->addSubnetButton, &QPushButton::clicked, this, &InterconnectVpcDialog::addRow);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_validating = true; // one check once the rows are in
    for (const api::PeerConnection &peer : m_input.current)
    {
        addRow();
        setRow(rowCount() - 1, peer.peerVpcId.value_or(QString()), peer.peerSubnetId.value_or(QString()));
    }
    m_ui->enableSwitch->setChecked(!m_input.current.empty());
    if (m_rows.isEmpty())
        addRow();
    m_validating = false;
    validate();
}

InterconnectVpcDialog::~InterconnectVpcDialog() = default;

bool InterconnectVpcDialog::isInterconnectEnabled() const
{
    return m_ui->enableSwitch->isChecked();
}

void InterconnectVpcDialog::setInterconnectEnabled(bool on)
{
    m_ui->enableSwitch->setChecked(on);
}

const api::Subnet *InterconnectVpcDialog::subnet(const QString &id) const
{
    for (const api::Subnet &s : m_input.subnets)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString InterconnectVpcDialog::subnetLabel(const api::Subnet &s) const
{
    return tr("%1 (%2)", "subnet name (CIDR block)").arg(s.name.value_or(s.id), s.cidr.value_or(QString()));
}

InterconnectVpcDialog::Row InterconnectVpcDialog::makeRow()
{
    Row row;
    row.widget = new QWidget(m_ui->rowsBox);
    row.widget->setObjectName(QStringLiteral("subnetRow"));
    auto *outer = new QVBoxLayout(row.widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    row.vpc = new QComboBox(row.widget);
    row.vpc->setObjectName(QStringLiteral("vpcCombo"));
    row.vpc->setAccessibleName(tr("VPC"));
    for (const api::Vpc &vpc : m_input.vpcs)
        row.vpc->addItem(
            tr("%1 (%2)", "VPC name (CIDR block)").arg(vpc.name.value_or(vpc.id), vpc.cidr.value_or(QString())),
            vpc.id);
    row.subnet = new QComboBox(row.widget);
    row.subnet->setObjectName(QStringLiteral("subnetCombo"));
    row.subnet->setAccessibleName(tr("Subnet"));
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("removeSubnetButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setToolTip(tr("Remove this subnet"));
    row.remove->setAccessibleName(tr("Remove this subnet"));
    line->addWidget(row.vpc, 1);
    line->addWidget(row.subnet, 1);
    line->addWidget(row.remove);
    outer->addLayout(line);
    row.message = new QLabel(row.widget);
    row.message->setObjectName(QStringLiteral("rowMessage"));
    row.message->setProperty("tone", QStringLiteral("error"));
    row.message->setWordWrap(true);
    row.message->hide();
    outer->addWidget(row.message);

    QWidget *rowWidget = row.widget;
    connect(row.vpc, &QComboBox::currentIndexChanged, this,
        [this, rowWidget]
        {
            for (const Row &r : std::as_const(m_rows))
                if (r.widget == rowWidget)
                    fillSubnets(r);
            validate();
        });
    connect(row.subnet, &QComboBox::currentIndexChanged, this, &InterconnectVpcDialog::validate);
    connect(row.remove, &QToolButton::clicked, this,
        [this, rowWidget]
        {
            for (int i = 0; i < m_rows.size(); ++i)
                if (m_rows[i].widget == rowWidget)
                    return removeRow(i);
        });
    return row;
}

void InterconnectVpcDialog::fillSubnets(const Row &row)
{
    const QString vpcId = row.vpc->currentData().toString();
    const QSignalBlocker blocker(row.subnet);
    row.subnet->clear();
    for (const api::Subnet &s : m_input.subnets)
        if (s.vpcId.value_or(QString()) == vpcId)
            row.subnet->addItem(subnetLabel(s), s.id);
}

void InterconnectVpcDialog::addRow()
{
    if (m_rows.size() >= kMaxSubnets)
        return;
    Row row = makeRow();
    m_rows.append(row);
    m_ui->rowList->addWidget(row.widget);
    row.widget->show(); // at once, not on the next event loop turn (a shown dialog grows now)
    const int index = static_cast<int>(m_rows.size()) - 1;
    // The first subnet, over the VPCs in order, that breaks no rule given the rows above.
    bool chosen = false;
    for (int v = 0; v < row.vpc->count() && !chosen; ++v)
    {
        {
            const QSignalBlocker blocker(row.vpc);
            row.vpc->setCurrentIndex(v);
        }
        fillSubnets(row);
        for (int s = 0; s < row.subnet->count() && !chosen; ++s)
        {
            if (problemOf(index, row.subnet->itemData(s).toString()).isEmpty())
            {
                const QSignalBlocker blocker(row.subnet);
                row.subnet->setCurrentIndex(s);
                chosen = true;
            }
        }
    }
    if (!chosen && row.vpc->count() > 0)
    {
        const QSignalBlocker blocker(row.vpc);
        row.vpc->setCurrentIndex(0);
        fillSubnets(row);
    }
    validate();
}

void InterconnectVpcDialog::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row r = m_rows.takeAt(row);
    r.widget->hide();
    r.widget->deleteLater();
    validate();
}

bool InterconnectVpcDialog::setRow(int row, const QString &vpcId, const QString &subnetId)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows[row];
    const int v = r.vpc->findData(vpcId);
    if (v < 0)
        return false;
    r.vpc->setCurrentIndex(v); // refills the subnets
    fillSubnets(r);
    const int s = r.subnet->findData(subnetId);
    if (s < 0)
        return false;
    r.subnet->setCurrentIndex(s);
    validate();
    return true;
}

QString InterconnectVpcDialog::problemOf(int row, const QString &subnetId) const
{
    if (subnetId.isEmpty())
        return tr("Choose a subnet of the VPC; this VPC has none, create one in the VPC console first.");
    const api::Subnet *s = subnet(subnetId);
    if (!s)
        return tr("Choose a subnet.");
    const QString name = s->name.value_or(s->id);
    const QString cidr = s->cidr.value_or(QString());
    if (!models::isIpv4Cidr(cidr))
        return tr("The subnet %1 has no valid IPv4 CIDR block (%2).").arg(name, cidr);
    if (models::cidrOverlaps(cidr, m_input.networkCidr))
        return tr("The subnet %1 (%2) overlaps the network's CIDR block %3.").arg(name, cidr, m_input.networkCidr);
    for (int above = 0; above < row && above < m_rows.size(); ++above)
    {
        const QString otherId = m_rows[above].subnet->currentData().toString();
        if (otherId == subnetId)
            return tr("The subnet %1 is already chosen in row %2.").arg(name).arg(above + 1);
        const api::Subnet *other = subnet(otherId);
        if (other && models::cidrOverlaps(cidr, other->cidr.value_or(QString())))
            return tr("The subnet %1 (%2) overlaps the subnet %3 (%4) of row %5.")
                .arg(name, cidr, other->name.value_or(other->id), other->cidr.value_or(QString()))
                .arg(above + 1);
    }
    return QString();
}

QString InterconnectVpcDialog::rowMessage(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    return m_rows[row].message->text();
}

bool InterconnectVpcDialog::isAcceptable() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void InterconnectVpcDialog::validate()
{
    if (m_validating)
        return;
    const bool on = isInterconnectEnabled();
    bool rowsOk = true;
    for (int i = 0; i < m_rows.size(); ++i)
    {
        const Row &r = m_rows[i];
        const QString problem = on ? problemOf(i, r.subnet->currentData().toString()) : QString();
        r.message->setText(problem);
        r.message->setVisible(!problem.isEmpty());
        r.remove->setEnabled(m_rows.size() > 1);
        rowsOk = rowsOk && problem.isEmpty();
    }
    m_ui->rowsBox->setEnabled(on);
    const int count = static_cast<int>(m_rows.size());
    m_ui->addSubnetButton->setEnabled(on && count < kMaxSubnets && !m_input.vpcs.empty());
    m_ui->countLabel->setText(count >= kMaxSubnets ? tr("At most %1 subnets can be interconnected.").arg(kMaxSubnets)
                                                   : tr("%1 of at most %2 subnets").arg(count).arg(kMaxSubnets));
    m_message.clear();
    if (on && m_input.vpcs.empty())
        m_message = tr("The project has no VPC; create one in the VPC console first.");
    else if (on && m_rows.isEmpty())
        m_message = tr("Add at least one subnet, or switch Interconnect VPC off.");
    m_ui->message->setText(m_message);
    m_ui->message->setVisible(!m_message.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!on || (rowsOk && m_message.isEmpty()));
}

std::vector<api::PeerConnection> InterconnectVpcDialog::peers() const
{
    std::vector<api::PeerConnection> out;
    if (!isInterconnectEnabled())
        return out;
    for (const Row &r : m_rows)
    {
        api::PeerConnection peer;
        peer.peerVpcId = r.vpc->currentData().toString();
        peer.peerSubnetId = r.subnet->currentData().toString();
        out.push_back(std::move(peer));
    }
    return out;
}

std::optional<std::vector<api::PeerConnection>> InterconnectVpcDialog::ask(QWidget *parent, Input input)
{
    InterconnectVpcDialog dialog(std::move(input), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.isAcceptable())
        return std::nullopt;
    return dialog.peers();
}
} // namespace ma::ui
