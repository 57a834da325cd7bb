#include "vpcinterconnection.h"

#include "api/apiclient.h"
#include "api/networkrequests.h"
#include "api/typedcall.h"

#include <QCoreApplication>
#include <QPointer>

namespace ma::ui::vpcinterconnection
{
void read(api::ApiClient *client, QObject *context,
    std::function<void(const api::ApiError &error, const Catalogue &catalogue)> done)
{
    api::whenDecoded<api::VpcList>(client->send(api::networks::vpcs()), context,
        [client = QPointer<api::ApiClient>(client), context, done](const api::Typed<api::VpcList> &vpcs)
        {
            if (!vpcs.ok() || !client)
                return done(vpcs.error, Catalogue());
            api::whenDecoded<api::SubnetList>(client->send(api::networks::subnets()), context,
                [done, vpcList = vpcs.value.vpcs](const api::Typed<api::SubnetList> &subnets)
                {
                    if (!subnets.ok())
                        return done(subnets.error, Catalogue());
                    done(subnets.error, Catalogue { vpcList, subnets.value.subnets });
                });
        });
}

QString subnetLabel(const std::vector<api::Subnet> &subnets, const QString &subnetId)
{
    for (const api::Subnet &s : subnets)
        if (s.id == subnetId)
            return QCoreApplication::translate("VpcInterconnection", "%1 (%2)", "subnet name (CIDR block)")
                .arg(s.name.value_or(s.id), s.cidr.value_or(QString()));
    return subnetId;
}

models::Action action(const QString &networkName, const api::Network &network,
    const std::vector<api::PeerConnection> &peers, const std::vector<api::Subnet> &subnets)
{
    models::Action action;
    action.title = QCoreApplication::translate("VpcInterconnection", "Interconnect VPC");
    const QString display = api::networkDisplayName(network);
    if (peers.empty())
        action.confirmation = QCoreApplication::translate("VpcInterconnection",
            "End the VPC interconnection of the network “%1”? The pool's nodes can no longer "
            "reach the VPC's subnets.")
                                  .arg(display);
    else
    {
        QStringList names;
        for (const api::PeerConnection &peer : peers)
            names << subnetLabel(subnets, peer.peerSubnetId.value_or(QString()));
        action.confirmation = QCoreApplication::translate("VpcInterconnection",
            "Interconnect the network “%1” with %n subnet(s): %2?", nullptr, static_cast<int>(peers.size()))
                                  .arg(display, names.join(QStringLiteral(", ")));
    }
    action.calls.push_back({ display, api::networks::setPeerConnections(networkName, peers) });
    return action;
}
} // namespace ma::ui::vpcinterconnection
