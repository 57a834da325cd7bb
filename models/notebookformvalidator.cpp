#include "models/notebookformvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace ma::models
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("NotebookFormValidator", text);
}

void add(QList<NotebookIssue> &out, NotebookField field, const QString &message, int row = -1)
{
    out.append({ field, row, message });
}

using Storage = NotebookDraft::Storage;

void checkName(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    // Console: "Name cannot be empty", at most 128 characters, digits, letters, _ and -.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (d.name.isEmpty())
        return add(out, NotebookField::Name, tr("The name cannot be empty."));
    if (d.name.size() > kMaxNotebookNameLength)
        add(out, NotebookField::Name, tr("The name can contain a maximum of 128 characters."));
    if (!pattern.match(d.name).hasMatch())
        add(out, NotebookField::Name, tr("Only digits, letters, underscores (_), and hyphens (-) are allowed."));
}

void checkDescription(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    // The console names no rule; the v1 API allows 512 characters without & < > " ' /.
    if (d.description.size() > kMaxNotebookDescriptionLength)
        add(out, NotebookField::Description, tr("The description can contain a maximum of 512 characters."));
    static const QRegularExpression forbidden(QStringLiteral("[&<>\"'/]"));
    if (forbidden.match(d.description).hasMatch())
        add(out, NotebookField::Description, tr("The description cannot contain the following characters: &<>\"'/"));
}

void checkAutoStop(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    if (!d.autoStop || d.autoStopHours > 0)
        return;
    // Custom: "any integer from 1 to 72 hours".
    static const QRegularExpression integer(QStringLiteral("^\\d+$"));
    const QString text = d.autoStopCustom.trimmed();
    if (text.isEmpty())
        return add(out, NotebookField::AutoStop, tr("Enter the auto stop duration."));
    bool ok = false;
    const int hours = text.toInt(&ok);
    if (!integer.match(text).hasMatch() || !ok || hours < kMinNotebookAutoStopHours
        || hours > kMaxNotebookAutoStopHours)
        add(out, NotebookField::AutoStop, tr("Enter an integer from 1 to 72."));
}

QString categoryOf(const NotebookDraft &d)
{
    return d.type.toUpper();
}

void checkImage(const NotebookDraft &d, const NotebookFormContext &c, QList<NotebookIssue> &out)
{
    if (d.imageId.isEmpty())
        return add(out, NotebookField::Image, tr("Select an image."));
    if (c.images.isEmpty())
        return;
    const auto it = c.images.constFind(d.imageId);
    if (it == c.images.cend())
        return add(out, NotebookField::Image, tr("The selected image no longer exists. Select another image."));
    if (!it->categories.contains(categoryOf(d), Qt::CaseInsensitive))
        add(out, NotebookField::Image, tr("The selected image does not support the %1 type.").arg(d.type));
}

void checkPool(const NotebookDraft &d, const NotebookFormContext &c, QList<NotebookIssue> &out)
{
    if (d.poolKind != NotebookDraft::PoolKind::Dedicated)
        return;
    if (d.poolId.isEmpty())
        return add(out, NotebookField::Pool, tr("Select a dedicated resource pool."));
    const auto it = c.pools.constFind(d.poolId);
    if (it == c.pools.cend())
    {
        if (!c.pools.isEmpty())
            add(out, NotebookField::Pool, tr("The resource pool no longer exists. Select another pool."));
        return;
    }
    if (!it->running)
        add(out, NotebookField::Pool, tr("The resource pool is not running."));
    if (!it->notebooks)
        add(out, NotebookField::Pool,
            tr("The resource pool does not accept notebooks (DevEnviron is not a job type)."));
}

void checkFlavor(const NotebookDraft &d, const NotebookFormContext &c, QList<NotebookIssue> &out)
{
    if (d.flavorId.isEmpty())
        return add(out, NotebookField::Flavor, tr("Select a flavor."));
    const auto it = c.flavors.constFind(d.flavorId);
    if (it == c.flavors.cend())
        return;
    if (it->category.compare(categoryOf(d), Qt::CaseInsensitive) != 0)
        return add(out, NotebookField::Flavor, tr("The flavor is not of the %1 type.").arg(d.type));
    if (it->soldOut)
        add(out, NotebookField::Flavor, tr("This flavor is sold out. Select another flavor."));
    if (d.poolKind == NotebookDraft::PoolKind::Dedicated)
    {
        const auto pool = c.pools.constFind(d.poolId);
        if (pool != c.pools.cend() && !pool->category.isEmpty()
            && pool->category.compare(it->category, Qt::CaseInsensitive) != 0)
            add(out, NotebookField::Flavor, tr("The flavor does not match the nodes of the resource pool."));
    }
}

void checkEvs(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    if (d.storage != Storage::Evs)
        return;
    if (d.evsGb < kMinNotebookEvsGb || d.evsGb > api::kMaxEvsGb)
        add(out, NotebookField::EvsSize, tr("The disk size must be from 5 GB to 4,096 GB."));
}

void checkSfs(const NotebookDraft &d, NotebookField field, QList<NotebookIssue> &out)
{
    if (d.storage != Storage::Sfs)
        return;
    if (field == NotebookField::SfsFileSystem)
    {
        // "SFS is available only with a dedicated resource pool."
        if (d.poolKind != NotebookDraft::PoolKind::Dedicated)
            add(out, field, tr("SFS can be used only with a dedicated resource pool."));
        else if (d.sfsId.trimmed().isEmpty())
            add(out, field, tr("Select a Scalable File Service."));
        return;
    }
    const QString dir = d.sfsSubdirectory.trimmed();
    if (dir.isEmpty())
        add(out, field, tr("Select a mounted subdirectory."));
    else if (!dir.startsWith(u'/'))
        add(out, field, tr("The subdirectory must start with a slash (/)."));
}

/** The problem of an OBS directory path; empty when fine. */
QString obsDirectoryProblem(const QString &path)
{
    const QString p = path.trimmed();
    if (p.isEmpty())
        return tr("Enter a storage path.");
    if (!p.startsWith(QStringLiteral("obs://")))
        return tr("The storage path must start with obs://.");
    const QString rest = p.mid(6);
    const int slash = rest.indexOf(u'/');
    if (rest.isEmpty() || slash == 0)
        return tr("Enter a bucket name after obs://.");
    // "The storage path must be a directory in a bucket, not the bucket root."
    if (slash < 0 || rest.mid(slash + 1).isEmpty())
        return tr("Select a directory in a bucket. The bucket root cannot be used.");
    return QString();
}

void checkObs(const NotebookDraft &d, NotebookField field, QList<NotebookIssue> &out)
{
    if (d.storage != Storage::Obs && d.storage != Storage::Pfs)
        return;
    if (field == NotebookField::StoragePath)
    {
        if (const QString problem = obsDirectoryProblem(d.storagePath); !problem.isEmpty())
            add(out, field, problem);
        return;
    }
    if (d.secret.trimmed().isEmpty())
        add(out, field, tr("Select a secret."));
}

const QStringList &forbiddenMountPrefixes()
{
    // The console's list for extended storage mount directories.
    static const QStringList prefixes = { QStringLiteral("/data/"), QStringLiteral("/cache/"), QStringLiteral("/dev/"),
        QStringLiteral("/etc/"), QStringLiteral("/bin/"), QStringLiteral("/lib/"), QStringLiteral("/sbin/"),
        QStringLiteral("/modelarts/"), QStringLiteral("/train-worker1-log/"), QStringLiteral("/var/"),
        QStringLiteral("/resource_info/"), QStringLiteral("/usr/"), QStringLiteral("/sys/"), QStringLiteral("/run/"),
        QStringLiteral("/tmp/"), QStringLiteral("/infer/"), QStringLiteral("/opt/") };
    return prefixes;
}

void checkExtendedStorage(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    QHash<QString, int> perType;
    for (const NotebookExtendedStorage &e : d.extendedStorage)
        ++perType[e.type];
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
    {
        if (it.value() > kMaxExtendedStoragePerType)
        {
            add(out, NotebookField::ExtendedStorage, tr("At most 5 directories of each type can be mounted."));
            break;
        }
    }
    QSet<QString> mounts;
    for (int i = 0; i < d.extendedStorage.size(); ++i)
    {
        const NotebookExtendedStorage &e = d.extendedStorage.at(i);
        if (e.type == u"SFS")
        {
            if (e.path.trimmed().isEmpty())
                add(out, NotebookField::ExtendedStorage, tr("Enter a storage path."), i);
            else if (d.poolKind != NotebookDraft::PoolKind::Dedicated)
                add(out, NotebookField::ExtendedStorage, tr("SFS can be used only with a dedicated resource pool."), i);
        }
        else if (const QString problem = obsDirectoryProblem(e.path); !problem.isEmpty())
        {
            add(out, NotebookField::ExtendedStorage, problem, i);
        }
        QString mount = e.mountPath.trimmed();
        if (mount.isEmpty())
        {
            add(out, NotebookField::ExtendedStorage, tr("Enter a mount directory."), i);
            continue;
        }
        if (!mount.startsWith(u'/'))
        {
            add(out, NotebookField::ExtendedStorage, tr("The mount directory must start with a slash (/)."), i);
            continue;
        }
        const QString withSlash = mount.endsWith(u'/') ? mount : mount + u'/';
        for (const QString &prefix : forbiddenMountPrefixes())
        {
            if (withSlash.startsWith(prefix))
            {
                add(out, NotebookField::ExtendedStorage, tr("The mount directory cannot start with %1.").arg(prefix),
                    i);
                break;
            }
        }
        if (mounts.contains(withSlash))
            add(out, NotebookField::ExtendedStorage, tr("The mount directory must be unique."), i);
        mounts.insert(withSlash);
    }
}

void checkSsh(const NotebookDraft &d, NotebookField field, QList<NotebookIssue> &out)
{
    if (!d.remoteSsh)
        return;
    if (field == NotebookField::KeyPair)
    {
        if (d.keyPair.trimmed().isEmpty())
            add(out, field, tr("Set a key pair after remote SSH is enabled."));
        return;
    }
    const QStringList entries = d.whitelistEntries();
    if (entries.size() > kMaxWhitelistEntries)
        add(out, field, tr("A maximum of 5 IP addresses can be added. Separate them with commas (,)."));
    QStringList seen;
    for (const QString &entry : entries)
    {
        if (const QString problem = whitelistEntryProblem(entry); !problem.isEmpty())
            add(out, field, problem);
        else if (seen.contains(entry))
            add(out, field, tr("%1 is entered more than once.").arg(entry));
        seen << entry;
    }
}

void checkTags(const NotebookDraft &d, QList<NotebookIssue> &out)
{
    // Tag rules of TMS, as for pools and training jobs (20 tags).
    static const QRegularExpression keyPattern(QStringLiteral("^[\\p{L}\\p{N}_.:=+\\-@ ]+$"));
    static const QRegularExpression valuePattern(QStringLiteral("^[\\p{L}\\p{N}_.:/=+\\-@ ]*$"));
    if (d.tags.size() > api::kMaxNotebookTags)
        add(out, NotebookField::Tags, tr("A maximum of 20 tags can be added."));
    QSet<QString> keys;
    for (int i = 0; i < d.tags.size(); ++i)
    {
        const KeyValue &tag = d.tags.at(i);
        if (tag.key.trimmed().isEmpty())
            add(out, NotebookField::Tags, tr("Enter a tag key."), i);
        else if (tag.key.size() > kMaxNotebookTagKeyLength)
            add(out, NotebookField::Tags, tr("A tag key can contain at most 128 characters."), i);
        else if (tag.key.startsWith(QStringLiteral("_sys_")))
            add(out, NotebookField::Tags, tr("A tag key cannot start with _sys_."), i);
        else if (!keyPattern.match(tag.key).hasMatch())
            add(out, NotebookField::Tags,
                tr("A tag key can contain only letters, digits, spaces, and the characters _ . : = + - @"), i);
        else if (keys.contains(tag.key))
            add(out, NotebookField::Tags, tr("Tag keys must be unique."), i);
        if (tag.value.size() > kMaxNotebookTagValueLength)
            add(out, NotebookField::Tags, tr("A tag value can contain at most 255 characters."), i);
        else if (!valuePattern.match(tag.value).hasMatch())
            add(out, NotebookField::Tags,
                tr("A tag value can contain only letters, digits, spaces, and the characters _ . : / = + - @"), i);
        keys.insert(tag.key);
    }
}

void check(const NotebookDraft &d, NotebookField field, const NotebookFormContext &c, QList<NotebookIssue> &out)
{
    switch (field)
    {
    case NotebookField::Name:
        return checkName(d, out);
    case NotebookField::Description:
        return checkDescription(d, out);
    case NotebookField::AutoStop:
        return checkAutoStop(d, out);
    case NotebookField::Image:
        return checkImage(d, c, out);
    case NotebookField::Pool:
        return checkPool(d, c, out);
    case NotebookField::Flavor:
        return checkFlavor(d, c, out);
    case NotebookField::EvsSize:
        return checkEvs(d, out);
    case NotebookField::SfsFileSystem:
    case NotebookField::SfsSubdirectory:
        return checkSfs(d, field, out);
    case NotebookField::StoragePath:
    case NotebookField::Secret:
        return checkObs(d, field, out);
    case NotebookField::ExtendedStorage:
        return checkExtendedStorage(d, out);
    case NotebookField::KeyPair:
    case NotebookField::Whitelist:
        return checkSsh(d, field, out);
    case NotebookField::Tags:
        return checkTags(d, out);
    }
}
} // namespace

QString whitelistEntryProblem(const QString &entry)
{
    const QString t = entry.trimmed();
    bool valid = false;
    if (t.contains(u'/'))
    {
        const auto subnet = QHostAddress::parseSubnet(t);
        valid = subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol;
    }
    else
    {
        static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
        QHostAddress address;
        // QHostAddress also takes "1" or "1.2" as IPv4; the console wants four parts.
        valid = address.setAddress(t)
            && (address.protocol() == QAbstractSocket::IPv6Protocol || ipv4.match(t).hasMatch());
    }
    return valid ? QString() : tr("%1 is not a valid IP address or CIDR block.").arg(t);
}

QList<NotebookIssue> validateNotebookField(
    const NotebookDraft &draft, NotebookField field, const NotebookFormContext &context)
{
    QList<NotebookIssue> out;
    check(draft, field, context, out);
    return out;
}

QList<NotebookIssue> validateNotebookDraft(const NotebookDraft &draft, const NotebookFormContext &context)
{
    QList<NotebookIssue> out;
    for (const NotebookField field :
        { NotebookField::Name, NotebookField::Description, NotebookField::AutoStop, NotebookField::Image,
            NotebookField::Pool, NotebookField::Flavor, NotebookField::EvsSize, NotebookField::SfsFileSystem,
            NotebookField::SfsSubdirectory, NotebookField::StoragePath, NotebookField::Secret,
            NotebookField::ExtendedStorage, NotebookField::KeyPair, NotebookField::Whitelist, NotebookField::Tags })
        check(draft, field, context, out);
    return out;
}
} // namespace ma::models
