#pragma once

// Interconnect VPC of a pool's network (pools_monitoring.md §1.0 step 2 and §4.7, console
// "Network list > Operation > Interconnect VPC"): a switch, then rows of a VPC and one of its
// subnets, "+" for another row, at most 10 subnets, none overlapping the network's CIDR block
// or another row's subnet. Each rule's message sits under its row. The choice becomes the
// network's spec.connection.peerConnectionList (api::networks::setPeerConnections).

#include "api/types/network.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QList>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace Ui
{
class InterconnectVpcDialog;
}

namespace ma::ui
{
class InterconnectVpcDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterconnectVpcDialog)

public:
    /** "At most 10 subnets per VPC interconnection" (L1079). */
    static constexpr int kMaxSubnets = 10;

    struct Input
    {
        QString networkName; // the user-given name, shown
        QString networkCidr;
        std::vector<api::Vpc> vpcs;
        std::vector<api::Subnet> subnets; // of every VPC, each naming its vpc_id
        std::vector<api::PeerConnection> current; // the network's interconnection now
    };

    explicit InterconnectVpcDialog(Input input, QWidget *parent = nullptr);
    ~InterconnectVpcDialog() override;

    bool isInterconnectEnabled() const;
    void setInterconnectEnabled(bool on);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /** The "+" button: a row with the first VPC and its first subnet that breaks no rule. */
    void addRow();
    void removeRow(int row);
    /** Chooses @p vpcId and @p subnetId in @p row; false when either is not offered. */
    bool setRow(int row, const QString &vpcId, const QString &subnetId);

    /** The rule @p row breaks, shown under it; empty when it is fine. */
    QString rowMessage(int row) const;
    /** The message under the rows (no VPC, no row chosen); empty when fine. */
    QString message() const { return m_message; }
    /** True when OK can be pressed. */
    bool isAcceptable() const;

    /** What to send: the rows chosen, or nothing when the switch is off. */
    std::vector<api::PeerConnection> peers() const;

    /** Runs the dialog; the subnets to send (empty ends the interconnection), or nothing when canceled. */
    static std::optional<std::vector<api::PeerConnection>> ask(QWidget *parent, Input input);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *vpc = nullptr;
        QComboBox *subnet = nullptr;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
    };

    Row makeRow();
    void fillSubnets(const Row &row);
    const api::Subnet *subnet(const QString &id) const;
    QString subnetLabel(const api::Subnet &subnet) const;
    /** The rule the subnet @p id breaks in row @p row, given the rows above it. */
    QString problemOf(int row, const QString &subnetId) const;
    void validate();

    std::unique_ptr<Ui::InterconnectVpcDialog> m_ui;
    Input m_input;
    QList<Row> m_rows;
    QString m_message;
    bool m_validating = false;
};
} // namespace ma::ui
