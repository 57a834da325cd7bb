#pragma once

// What the pool details page and the Network tab share for Interconnect VPC
// (pools_monitoring.md §1.0 step 2, §4.7): reading the VPC catalogue the dialog offers,
// naming a subnet as the console does, and the confirmed PATCH of the network's peers.
// Translation context "VpcInterconnection".

#include "api/types/network.h"
#include "models/actionrunner.h"

#include <functional>
#include <vector>

class QObject;

namespace ma::api
{
class ApiClient;
struct ApiError;
} // namespace ma::api

namespace ma::ui::vpcinterconnection
{
/** @brief The VPCs and the subnets of every VPC, as the VPC API lists them. */
struct Catalogue
{
    std::vector<api::Vpc> vpcs;
    std::vector<api::Subnet> subnets;
};

/**
 * @brief Reads the VPC list, then every subnet; @p done gets the catalogue, or the first
 * error (and an empty catalogue). Nothing is called once @p context is gone.
 */
void read(api::ApiClient *client, QObject *context,
    std::function<void(const api::ApiError &error, const Catalogue &catalogue)> done);

/** "subnet-a (192.168.0.0/24)" for @p subnetId, or the id when the catalogue does not list it. */
QString subnetLabel(const std::vector<api::Subnet> &subnets, const QString &subnetId);

/**
 * @brief The operation that joins @p network (metadata.name @p networkName) to @p peers
 * (empty: ends the interconnection): the question the console would ask, then the PATCH.
 */
models::Action action(const QString &networkName, const api::Network &network,
    const std::vector<api::PeerConnection> &peers, const std::vector<api::Subnet> &subnets);
} // namespace ma::ui::vpcinterconnection
