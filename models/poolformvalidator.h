#pragma once

// The rules of "Buy AI Dedicated Cluster" (pools_monitoring.md §1.1, Table 3-1) and of the
// Create Network dialog (§1.0 step 1), checked on a PoolDraft so they can be tested without
// widgets. Every message is what the form shows next to the field; the texts go through
// QCoreApplication::translate("PoolFormValidator", ...).

#include "models/pooldraft.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief The form field a message belongs to. */
enum class PoolField
{
    Name,
    JobTypes,
    Network,
    Flavors, // row = flavor row, or -1 for the list
    Os,
    SystemDisk,
    ContainerDisk,
    DataDisks, // row = disk row, or -1 for the list
    ContainerEngineSpace,
    DriverVersion,
    HaRedundancy, // row = flavor row
    Description,
    Tags, // row = tag index, or -1 for the table
    ContainerCidr,
    ServiceCidr,
};

/** @brief One finding. Warnings (e.g. more than 30 instances at once) do not block submit. */
struct PoolIssue
{
    PoolField field;
    int row = -1;
    QString message;
    bool warning = false;
    bool operator==(const PoolIssue &) const = default;
};

/** @brief What the rules need beyond the draft: the flavors and networks from the API, names in use. */
struct PoolFormContext
{
    struct Flavor
    {
        QString cpuArch; // x86 | arm64
        QString type; // CPU | GPU | Ascend
        bool soldOut = false; // sold out in every AZ
        bool haRedundancy = false; // the flavor supports HA redundancy (Snt9C)
    };
    struct Network
    {
        QString phase; // Active when it can be used
        QString cidr;
    };
    QHash<QString, Flavor> flavors; // by flavor id; empty: unknown (flavor rules are skipped)
    QHash<QString, Network> networks; // by metadata.name
    QStringList existingPoolNames; // display names in use (duplicates are refused)
    std::optional<int> containerDiskMaxGiB; // maximum of the container disk, when known
};

/** Every issue of @p draft, in form order. An empty list (or warnings only) means it may be submitted. */
QList<PoolIssue> validatePoolDraft(const PoolDraft &draft, const PoolFormContext &context = {});
/** The issues of one field only (the form re-checks a field while the user types). */
QList<PoolIssue> validatePoolField(const PoolDraft &draft, PoolField field, const PoolFormContext &context = {});
/** True when @p issues has no blocking (non-warning) entry. */
bool isPoolDraftSubmittable(const QList<PoolIssue> &issues);

/**
 * The problem with the CIDR block @p cidr of a new network (Create Network dialog, §1.0):
 * an IPv4 block with mask 8 to 28, no host bits, not overlapping the container CIDR
 * 172.16.0.0/16 or the service CIDR 10.247.0.0/16. Empty when it is fine.
 */
QString networkCidrProblem(const QString &cidr);
/** The problem with a network name (API: 4-64 lowercase letters, digits, hyphens); empty when fine. */
QString networkNameProblem(const QString &name);

/** True when @p cidr is an IPv4 block a.b.c.d/n (n 0 to 32). */
bool isIpv4Cidr(const QString &cidr);
/** True when the IPv4 blocks @p a and @p b (a.b.c.d/n) share an address; false when either is invalid. */
bool cidrOverlaps(const QString &a, const QString &b);

/** Console limits. */
inline constexpr int kMinPoolNameLength = 4; // API: os.modelarts/name 4-25 characters
inline constexpr int kMaxPoolNameLength = 25;
inline constexpr int kMaxPoolFlavors = 10; // "At most 10 specifications per pool" (L1121)
inline constexpr int kPoolInstancesAdvice = 30; // "<= 30 instances at a time" (L1108)
inline constexpr int kMinContainerEngineGiB = 50; // "Default = minimum = 50 GiB" (L1117)
inline constexpr int kMaxPoolDescriptionLength = 256;
inline constexpr int kMaxPoolTagKeyLength = 128; // TMS tag key
inline constexpr int kMaxPoolTagValueLength = 255; // TMS tag value
inline constexpr int kMinDiskGiB = 10; // EVS disk sizes
inline constexpr int kMaxDiskGiB = 32768;
inline constexpr int kMinSystemDiskGiB = 40;
inline constexpr int kMaxSystemDiskGiB = 1024;
} // namespace ma::models
