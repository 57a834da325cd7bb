#include "models/poolformvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ma::models
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("PoolFormValidator", text);
}

// Console (L1091): lowercase letters, digits and hyphens; starts with a letter; no final hyphen.
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]([a-z0-9-]*[a-z0-9])?$"));
    return re;
}

struct Block
{
    quint32 address = 0;
    int prefix = -1;
    bool valid() const { return prefix >= 0; }
    quint32 mask() const { return prefix == 0 ? 0 : (0xffffffffU << (32 - prefix)); }
};

Block parseCidr(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    quint32 address = 0;
    for (int i = 1; i <= 4; ++i)
    {
        const int octet = m.captured(i).toInt();
        if (octet > 255)
            return {};
        address = (address << 8) | quint32(octet);
    }
    const int prefix = m.captured(5).toInt();
    if (prefix > 32)
        return {};
    return { address, prefix };
}

// Kubernetes' fixed blocks of a ModelArts network's workspace (§1.0 tooltip, L1044).
const QString kContainerBlock = QStringLiteral("172.16.0.0/16");
const QString kServiceBlock = QStringLiteral("10.247.0.0/16");

/** The problem of a pool's custom container or service CIDR (row 31); empty when fine. */
QString poolCidrProblem(const QString &cidr, const QString &missing)
{
    if (cidr.trimmed().isEmpty())
        return missing;
    const Block block = parseCidr(cidr);
    if (!block.valid())
        return tr("Enter an IPv4 CIDR block such as 172.16.0.0/16.");
    if ((block.address & ~block.mask()) != 0)
        return tr("The block has host bits set: the address must be the first address of the block.");
    if (block.prefix < 8 || block.prefix > 28)
        return tr("The subnet mask must be 8 to 28.");
    return QString();
}

void add(QList<PoolIssue> &out, PoolField field, const QString &message, int row = -1, bool warning = false)
{
    out.append({ field, row, message, warning });
}

void checkName(const PoolDraft &d, const PoolFormContext &c, QList<PoolIssue> &out)
{
    const QString &name = d.name;
    if (name.isEmpty())
        return add(out, PoolField::Name, tr("Enter a cluster name."));
    if (name.size() < kMinPoolNameLength || name.size() > kMaxPoolNameLength)
        add(out, PoolField::Name, tr("The name must be 4 to 25 characters long."));
    if (!namePattern().match(name).hasMatch())
    {
        if (name.at(0) < u'a' || name.at(0) > u'z')
            add(out, PoolField::Name, tr("The name must start with a lowercase letter."));
        else if (name.endsWith(u'-'))
            add(out, PoolField::Name, tr("The name cannot end with a hyphen (-)."));
        else
            add(out, PoolField::Name, tr("Only lowercase letters, digits and hyphens (-) are allowed."));
    }
    if (c.existingPoolNames.contains(name))
        add(out, PoolField::Name, tr("A resource pool with this name already exists."));
}

void checkJobTypes(const PoolDraft &d, QList<PoolIssue> &out)
{
    if (d.jobTypes.isEmpty())
        add(out, PoolField::JobTypes, tr("Select at least one job type."));
}

void checkNetwork(const PoolDraft &d, const PoolFormContext &c, QList<PoolIssue> &out)
{
    if (d.poolType != PoolDraft::PoolType::Physical)
        return; // the network is set only for physical pools (L1098)
    if (d.network.isEmpty())
        return add(out, PoolField::Network, tr("Select a network."));
    const auto it = c.networks.constFind(d.network);
    if (it == c.networks.cend())
    {
        if (!c.networks.isEmpty())
            add(out, PoolField::Network, tr("The network no longer exists. Select another one."));
        return;
    }
    if (it->phase != u"Active")
        add(out, PoolField::Network,
            tr("The network is not active yet. Wait until it is Active or select another one."));
}

void checkFlavors(const PoolDraft &d, const PoolFormContext &c, QList<PoolIssue> &out)
{
    if (d.flavors.isEmpty())
        return add(out, PoolField::Flavors, tr("Add at least one specification."));
    if (d.flavors.size() > kMaxPoolFlavors)
        add(out, PoolField::Flavors, tr("A resource pool can have at most 10 specifications."));
    QSet<QString> seen;
    for (int i = 0; i < d.flavors.size(); ++i)
    {
        const PoolFlavorRow &row = d.flavors.at(i);
        if (row.flavorId.isEmpty())
        {
            add(out, PoolField::Flavors, tr("Select a specification."), i);
            continue;
        }
        if (seen.contains(row.flavorId))
            add(out, PoolField::Flavors, tr("Each specification can be added only once."), i);
        seen.insert(row.flavorId);
        const auto flavor = c.flavors.constFind(row.flavorId);
        if (!c.flavors.isEmpty() && flavor == c.flavors.cend())
            add(out, PoolField::Flavors, tr("This specification is not offered in this region."), i);
        else if (flavor != c.flavors.cend())
        {
            if (flavor->cpuArch != d.cpuArch)
                add(out, PoolField::Flavors,
                    tr("All specifications must have the CPU architecture chosen above (x86 or Arm64)."), i);
            if (flavor->soldOut)
                add(out, PoolField::Flavors, tr("This specification is sold out. Select another one."), i);
        }
        if (d.manualAz)
        {
            for (const int n : row.azCounts)
            {
                if (n < 0)
                {
                    add(out, PoolField::Flavors, tr("AZ instance counts cannot be negative."), i);
                    break;
                }
            }
            if (row.instances(true) < 1)
                add(out, PoolField::Flavors, tr("Set the number of instances in at least one AZ."), i);
        }
        else if (row.count < 1)
        {
            add(out, PoolField::Flavors, tr("Enter at least 1 instance."), i);
        }
    }
    if (d.totalInstances() > kPoolInstancesAdvice)
        add(out, PoolField::Flavors,
            tr("Creating more than 30 instances at a time may fail because of traffic limiting."), -1, true);
}

void checkOs(const PoolDraft &d, QList<PoolIssue> &out)
{
    if (d.advancedNode && d.os.isEmpty())
        add(out, PoolField::Os, tr("Select an operating system."));
}

void checkDisks(const PoolDraft &d, const PoolFormContext &c, PoolField field, QList<PoolIssue> &out)
{
    if (!d.storage)
        return;
    switch (field)
    {
    case PoolField::SystemDisk:
        if (d.systemDiskGiB < kMinSystemDiskGiB || d.systemDiskGiB > kMaxSystemDiskGiB)
            add(out, field, tr("The system disk must be 40 to 1,024 GiB."));
        break;
    case PoolField::ContainerDisk:
        if (d.containerDiskGiB < kMinDiskGiB || d.containerDiskGiB > kMaxDiskGiB)
            add(out, field, tr("The container disk must be 10 to 32,768 GiB."));
        break;
    case PoolField::DataDisks:
        for (int i = 0; i < d.dataDisks.size(); ++i)
        {
            const PoolDataDisk &disk = d.dataDisks.at(i);
            if (disk.sizeGiB < kMinDiskGiB || disk.sizeGiB > kMaxDiskGiB)
                add(out, field, tr("A data disk must be 10 to 32,768 GiB."), i);
            if (disk.count < 1)
                add(out, field, tr("Enter at least 1 disk."), i);
        }
        break;
    default:
        break;
    }
    Q_UNUSED(c);
}

void checkContainerEngine(const PoolDraft &d, const PoolFormContext &c, QList<PoolIssue> &out)
{
    if (d.containerEngineGiB < kMinContainerEngineGiB)
        return add(out, PoolField::ContainerEngineSpace, tr("The container engine space must be at least 50 GiB."));
    const std::optional<int> max = d.storage ? std::optional<int>(d.containerDiskGiB) : c.containerDiskMaxGiB;
    if (max && d.containerEngineGiB > *max)
        add(out, PoolField::ContainerEngineSpace,
            tr("The container engine space cannot exceed the container disk (%1 GiB).").arg(*max));
}

void checkDriver(const PoolDraft &d, QList<PoolIssue> &out)
{
    if (d.customDriver && d.instanceType != u"CPU" && d.driverVersion.isEmpty())
        add(out, PoolField::DriverVersion, tr("Select a driver version."));
}

void checkHaRedundancy(const PoolDraft &d, const PoolFormContext &c, QList<PoolIssue> &out)
{
    if (!d.haRedundancy)
        return;
    for (int i = 0; i < d.flavors.size(); ++i)
    {
        const PoolFlavorRow &row = d.flavors.at(i);
        const auto flavor = c.flavors.constFind(row.flavorId);
        if (flavor == c.flavors.cend() || !flavor->haRedundancy)
            continue;
        if (row.haRedundantCount < 0 || row.haRedundantCount >= row.instances(d.manualAz))
            add(out, PoolField::HaRedundancy,
                tr("The redundant instances must be fewer than the instances of the specification."), i);
    }
}

void checkDescription(const PoolDraft &d, QList<PoolIssue> &out)
{
    if (d.description.size() > kMaxPoolDescriptionLength)
        add(out, PoolField::Description, tr("The description can contain at most 256 characters."));
}

void checkTags(const PoolDraft &d, QList<PoolIssue> &out)
{
    if (d.tags.size() > api::kMaxPoolTags)
        add(out, PoolField::Tags, tr("A resource pool can have at most 20 tags."));
    QSet<QString> keys;
    for (int i = 0; i < d.tags.size(); ++i)
    {
        const KeyValue &tag = d.tags.at(i);
        if (tag.key.trimmed().isEmpty())
            add(out, PoolField::Tags, tr("Enter a tag key."), i);
        else if (tag.key.size() > kMaxPoolTagKeyLength)
            add(out, PoolField::Tags, tr("A tag key can contain at most 128 characters."), i);
        else if (keys.contains(tag.key))
            add(out, PoolField::Tags, tr("Tag keys must be unique."), i);
        if (tag.value.size() > kMaxPoolTagValueLength)
            add(out, PoolField::Tags, tr("A tag value can contain at most 255 characters."), i);
        keys.insert(tag.key);
    }
}

void checkCidrs(const PoolDraft &d, const PoolFormContext &c, PoolField field, QList<PoolIssue> &out)
{
    if (!d.customCidr)
        return;
    const bool container = field == PoolField::ContainerCidr;
    const QString &cidr = container ? d.containerCidr : d.serviceCidr;
    const QString problem = poolCidrProblem(cidr,
        container ? tr("Enter the K8S container network CIDR block.") : tr("Enter the Kubernetes service CIDR block."));
    if (!problem.isEmpty())
        return add(out, field, problem);
    if (!container && cidrOverlaps(d.serviceCidr, d.containerCidr))
        add(out, field, tr("The service CIDR block cannot overlap the container CIDR block."));
    const auto network = c.networks.constFind(d.network);
    if (d.poolType == PoolDraft::PoolType::Physical && network != c.networks.cend()
        && cidrOverlaps(cidr, network->cidr))
        add(out, field, tr("The block cannot overlap the network's CIDR block (%1).").arg(network->cidr));
}

void checkField(const PoolDraft &d, PoolField field, const PoolFormContext &c, QList<PoolIssue> &out)
{
    switch (field)
    {
    case PoolField::Name:
        return checkName(d, c, out);
    case PoolField::JobTypes:
        return checkJobTypes(d, out);
    case PoolField::Network:
        return checkNetwork(d, c, out);
    case PoolField::Flavors:
        return checkFlavors(d, c, out);
    case PoolField::Os:
        return checkOs(d, out);
    case PoolField::SystemDisk:
    case PoolField::ContainerDisk:
    case PoolField::DataDisks:
        return checkDisks(d, c, field, out);
    case PoolField::ContainerEngineSpace:
        return checkContainerEngine(d, c, out);
    case PoolField::DriverVersion:
        return checkDriver(d, out);
    case PoolField::HaRedundancy:
        return checkHaRedundancy(d, c, out);
    case PoolField::Description:
        return checkDescription(d, out);
    case PoolField::Tags:
        return checkTags(d, out);
    case PoolField::ContainerCidr:
    case PoolField::ServiceCidr:
        return checkCidrs(d, c, field, out);
    }
}

const QList<PoolField> &formOrder()
{
    static const QList<PoolField> fields = { PoolField::Name, PoolField::JobTypes, PoolField::Network,
        PoolField::Flavors, PoolField::Os, PoolField::SystemDisk, PoolField::ContainerDisk, PoolField::DataDisks,
        PoolField::ContainerEngineSpace, PoolField::DriverVersion, PoolField::HaRedundancy, PoolField::Description,
        PoolField::Tags, PoolField::ContainerCidr, PoolField::ServiceCidr };
    return fields;
}
} // namespace

QList<PoolIssue> validatePoolDraft(const PoolDraft &draft, const PoolFormContext &context)
{
    QList<PoolIssue> out;
    for (const PoolField field : formOrder())
        checkField(draft, field, context, out);
    return out;
}

QList<PoolIssue> validatePoolField(const PoolDraft &draft, PoolField field, const PoolFormContext &context)
{
    QList<PoolIssue> out;
    checkField(draft, field, context, out);
    return out;
}

bool isPoolDraftSubmittable(const QList<PoolIssue> &issues)
{
    return std::none_of(issues.cbegin(), issues.cend(), [](const PoolIssue &i) { return !i.warning; });
}

bool isIpv4Cidr(const QString &cidr)
{
    return parseCidr(cidr).valid();
}

bool cidrOverlaps(const QString &a, const QString &b)
{
    const Block x = parseCidr(a);
    const Block y = parseCidr(b);
    if (!x.valid() || !y.valid())
        return false;
    const quint32 mask = std::min(x.prefix, y.prefix) == 0 ? 0 : (0xffffffffU << (32 - std::min(x.prefix, y.prefix)));
    return (x.address & mask) == (y.address & mask);
}

QString networkCidrProblem(const QString &cidr)
{
    if (cidr.trimmed().isEmpty())
        return tr("Enter a CIDR block.");
    const Block block = parseCidr(cidr);
    if (!block.valid())
        return tr("Enter an IPv4 CIDR block such as 192.168.0.0/16.");
    if (block.prefix < 8 || block.prefix > 28)
        return tr("The subnet mask must be 8 to 28.");
    if ((block.address & ~block.mask()) != 0)
        return tr("The block has host bits set: the address must be the first address of the block.");
    if (cidrOverlaps(cidr, kContainerBlock))
        return tr("The block cannot overlap the container CIDR block 172.16.0.0/16.");
    if (cidrOverlaps(cidr, kServiceBlock))
        return tr("The block cannot overlap the service CIDR block 10.247.0.0/16.");
    return QString();
}

QString networkNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a network name.");
    if (name.size() < 4 || name.size() > 64)
        return tr("The name must be 4 to 64 characters long.");
    if (!namePattern().match(name).hasMatch())
        return tr("Only lowercase letters, digits and hyphens (-) are allowed. The name must start with a lowercase "
                  "letter and cannot end with a hyphen.");
    return QString();
}
} // namespace ma::models
