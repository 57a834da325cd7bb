// The "Create Notebook" rules on drafts: every rule with its exact message, field and row
// (name, description, auto stop, image, pool, flavor, EVS size, SFS, OBS/PFS, extended
// storage, remote SSH key pair and whitelist, tags); rules of hidden fields not applied;
// per-field checks agree with the whole-draft check; issues come in form order.

#include "models/notebookformvalidator.h"

#include <functional>
#include <QtTest>

using namespace ma;
using models::KeyValue;
using models::NotebookDraft;
using models::NotebookExtendedStorage;
using models::NotebookField;
using models::NotebookFormContext;
using models::NotebookIssue;

using Mutation = std::function<void(NotebookDraft &, NotebookFormContext &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(ma::models::NotebookField)

namespace
{
/** A valid draft: a CPU image and flavor on the public pool, EVS 5 GB, auto stop 1 h. */
NotebookDraft base()
{
    NotebookDraft d;
    d.name = QStringLiteral("notebook-1206-ab12");
    d.imageId = QStringLiteral("img-cpu");
    d.flavorId = QStringLiteral("cpu.2u");
    return d;
}

NotebookFormContext baseContext()
{
    NotebookFormContext c;
    c.images.insert(QStringLiteral("img-cpu"), { { QStringLiteral("CPU") } });
    c.images.insert(QStringLiteral("img-gpu"), { { QStringLiteral("GPU"), QStringLiteral("CPU") } });
    c.images.insert(QStringLiteral("img-npu"), { { QStringLiteral("ASCEND") } });
    c.flavors.insert(QStringLiteral("cpu.2u"), { QStringLiteral("CPU"), false });
    c.flavors.insert(QStringLiteral("gpu.t4"), { QStringLiteral("GPU"), false });
    c.flavors.insert(QStringLiteral("gpu.gone"), { QStringLiteral("GPU"), true });
    c.pools.insert(QStringLiteral("local"), { true, true, QStringLiteral("CPU") });
    c.pools.insert(QStringLiteral("train-only"), { true, false, QString() });
    c.pools.insert(QStringLiteral("creating"), { false, true, QString() });
    c.pools.insert(QStringLiteral("gpu-pool"), { true, true, QStringLiteral("GPU") });
    return c;
}

Mutation set(std::function<void(NotebookDraft &)> f)
{
    return [f](NotebookDraft &d, NotebookFormContext &)
    {
        f(d);
    };
}

void dedicated(NotebookDraft &d)
{
    d.poolKind = NotebookDraft::PoolKind::Dedicated;
    d.poolId = QStringLiteral("local");
}
} // namespace

class TestNotebookFormValidator : public QObject
{
    Q_OBJECT

private slots:
    void validBaseHasNoIssue();
    void validVariants_data();
    void validVariants();
    void rule_data();
    void rule();
    void hiddenFieldsAreNotChecked();
    void fieldCheckMatchesDraftCheck();
    void formOrder();
    void whitelistEntry_data();
    void whitelistEntry();
};

void TestNotebookFormValidator::validBaseHasNoIssue()
{
    QCOMPARE(models::validateNotebookDraft(base(), baseContext()), QList<NotebookIssue>());
    // Without a context (lists not loaded yet) the list rules are skipped.
    QCOMPARE(models::validateNotebookDraft(base()), QList<NotebookIssue>());
}

void TestNotebookFormValidator::validVariants_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::newRow("name 128 characters") << set([](NotebookDraft &d) { d.name = QString(128, u'a'); });
    QTest::newRow("name of one character") << set([](NotebookDraft &d) { d.name = QStringLiteral("x"); });
    QTest::newRow("name with _ and -") << set([](NotebookDraft &d) { d.name = QStringLiteral("A_b-9"); });
    QTest::newRow("description 512") << set([](NotebookDraft &d) { d.description = QString(512, u'd'); });
    QTest::newRow("custom 1 h") << set(
        [](NotebookDraft &d)
        {
            d.autoStopHours = 0;
            d.autoStopCustom = QStringLiteral("1");
        });
    QTest::newRow("custom 72 h") << set(
        [](NotebookDraft &d)
        {
            d.autoStopHours = 0;
            d.autoStopCustom = QStringLiteral(" 72 ");
        });
    QTest::newRow("auto stop off, bad custom ignored") << set(
        [](NotebookDraft &d)
        {
            d.autoStop = false;
            d.autoStopHours = 0;
            d.autoStopCustom = QStringLiteral("99");
        });
    QTest::newRow("local pool") << set(dedicated);
    QTest::newRow("EVS 4096") << set([](NotebookDraft &d) { d.evsGb = 4096; });
    QTest::newRow("SFS on a dedicated pool") << set(
        [](NotebookDraft &d)
        {
            dedicated(d);
            d.storage = NotebookDraft::Storage::Sfs;
            d.sfsId = QStringLiteral("sfs-1");
            d.sfsSubdirectory = QStringLiteral("/team/a");
            d.evsGb = 0; // hidden: not checked
        });
    QTest::newRow("OBS directory") << set(
        [](NotebookDraft &d)
        {
            d.storage = NotebookDraft::Storage::Obs;
            d.storagePath = QStringLiteral("obs://bucket/dir/");
            d.secret = QStringLiteral("my-secret");
        });
    QTest::newRow("PFS directory") << set(
        [](NotebookDraft &d)
        {
            d.storage = NotebookDraft::Storage::Pfs;
            d.storagePath = QStringLiteral("obs://bucket/a/b");
            d.secret = QStringLiteral("s");
        });
    QTest::newRow("5 OBS + 5 PFS extended") << set(
        [](NotebookDraft &d)
        {
            for (int i = 0; i < 5; ++i)
            {
                d.extendedStorage.append({ QStringLiteral("OBS"), QStringLiteral("obs://b/o%1/").arg(i),
                    QStringLiteral("/home/ma-user/o%1").arg(i) });
                d.extendedStorage.append({ QStringLiteral("PFS"), QStringLiteral("obs://b/p%1/").arg(i),
                    QStringLiteral("/home/ma-user/p%1").arg(i) });
            }
        });
    QTest::newRow("nested mounts") << set(
        [](NotebookDraft &d)
        {
            d.extendedStorage = { { QStringLiteral("OBS"), QStringLiteral("obs://b/x/"), QStringLiteral("/mnt/a") },
                { QStringLiteral("OBS"), QStringLiteral("obs://b/y/"), QStringLiteral("/mnt/a/b") } };
        });
    QTest::newRow("SSH, empty whitelist") << set(
        [](NotebookDraft &d)
        {
            d.remoteSsh = true;
            d.keyPair = QStringLiteral("KeyPair-9a64");
        });
    QTest::newRow("SSH, 5 whitelist entries") << set(
        [](NotebookDraft &d)
        {
            d.remoteSsh = true;
            d.keyPair = QStringLiteral("kp");
            d.whitelist = QStringLiteral("1.2.3.4, 10.0.0.0/8,192.168.1.1,2001:db8::1,  2001:db8::/32");
        });
    QTest::newRow("20 tags") << set(
        [](NotebookDraft &d)
        {
            for (int i = 0; i < 20; ++i)
                d.tags.append({ QStringLiteral("k%1").arg(i), QStringLiteral("v") });
        });
    QTest::newRow("tag with empty value") << set([](NotebookDraft &d) { d.tags = { { QStringLiteral("env"), {} } }; });
    QTest::newRow("GPU image and flavor") << set(
        [](NotebookDraft &d)
        {
            d.type = QStringLiteral("GPU");
            d.imageId = QStringLiteral("img-gpu");
            d.flavorId = QStringLiteral("gpu.t4");
        });
}

void TestNotebookFormValidator::validVariants()
{
    QFETCH(Mutation, mutate);
    NotebookDraft d = base();
    NotebookFormContext c = baseContext();
    mutate(d, c);
    QCOMPARE(models::validateNotebookDraft(d, c), QList<NotebookIssue>());
}

void TestNotebookFormValidator::rule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<NotebookField>("field");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");

    // Name
    QTest::newRow("name empty") << set([](NotebookDraft &d) { d.name.clear(); }) << NotebookField::Name << -1
                                << "The name cannot be empty.";
    QTest::newRow("name 129") << set([](NotebookDraft &d) { d.name = QString(129, u'a'); }) << NotebookField::Name << -1
                              << "The name can contain a maximum of 128 characters.";
    QTest::newRow("name with space") << set([](NotebookDraft &d) { d.name = QStringLiteral("my nb"); })
                                     << NotebookField::Name << -1
                                     << "Only digits, letters, underscores (_), and hyphens (-) are allowed.";
    QTest::newRow("name with dot") << set([](NotebookDraft &d) { d.name = QStringLiteral("nb.1"); })
                                   << NotebookField::Name << -1
                                   << "Only digits, letters, underscores (_), and hyphens (-) are allowed.";
    QTest::newRow("name in Chinese") << set([](NotebookDraft &d) { d.name = QStringLiteral("笔记本"); })
                                     << NotebookField::Name << -1
                                     << "Only digits, letters, underscores (_), and hyphens (-) are allowed.";
    // Description
    QTest::newRow("description 513") << set([](NotebookDraft &d) { d.description = QString(513, u'd'); })
                                     << NotebookField::Description << -1
                                     << "The description can contain a maximum of 512 characters.";
    for (const char *c : { "&", "<", ">", "\"", "'", "/" })
        QTest::addRow("description with %s", c)
            << set([c](NotebookDraft &d) { d.description = QStringLiteral("a%1b").arg(QLatin1String(c)); })
            << NotebookField::Description << -1 << "The description cannot contain the following characters: &<>\"'/";
    // Auto stop (custom: 0, 73, 1.5, text, empty)
    const auto custom = [](const char *text)
    {
        return set(
            [text](NotebookDraft &d)
            {
                d.autoStopHours = 0;
                d.autoStopCustom = QString::fromUtf8(text);
            });
    };
    QTest::newRow("custom 0") << custom("0") << NotebookField::AutoStop << -1 << "Enter an integer from 1 to 72.";
    QTest::newRow("custom 73") << custom("73") << NotebookField::AutoStop << -1 << "Enter an integer from 1 to 72.";
    QTest::newRow("custom 1.5") << custom("1.5") << NotebookField::AutoStop << -1 << "Enter an integer from 1 to 72.";
    QTest::newRow("custom -1") << custom("-1") << NotebookField::AutoStop << -1 << "Enter an integer from 1 to 72.";
    QTest::newRow("custom text") << custom("two") << NotebookField::AutoStop << -1 << "Enter an integer from 1 to 72.";
    QTest::newRow("custom empty") << custom("  ") << NotebookField::AutoStop << -1 << "Enter the auto stop duration.";
    // Image
    QTest::newRow("no image") << set([](NotebookDraft &d) { d.imageId.clear(); }) << NotebookField::Image << -1
                              << "Select an image.";
    QTest::newRow("image gone") << set([](NotebookDraft &d) { d.imageId = QStringLiteral("deleted"); })
                                << NotebookField::Image << -1
                                << "The selected image no longer exists. Select another image.";
    QTest::newRow("image without the type")
        << set([](NotebookDraft &d) { d.imageId = QStringLiteral("img-npu"); }) << NotebookField::Image << -1
        << "The selected image does not support the CPU type.";
    // Pool
    QTest::newRow("dedicated, none chosen")
        << set([](NotebookDraft &d) { d.poolKind = NotebookDraft::PoolKind::Dedicated; }) << NotebookField::Pool << -1
        << "Select a dedicated resource pool.";
    QTest::newRow("pool gone") << set(
        [](NotebookDraft &d)
        {
            d.poolKind = NotebookDraft::PoolKind::Dedicated;
            d.poolId = QStringLiteral("deleted");
        }) << NotebookField::Pool
                               << -1 << "The resource pool no longer exists. Select another pool.";
    QTest::newRow("pool not running") << set(
        [](NotebookDraft &d)
        {
            d.poolKind = NotebookDraft::PoolKind::Dedicated;
            d.poolId = QStringLiteral("creating");
        }) << NotebookField::Pool << -1
                                      << "The resource pool is not running.";
    QTest::newRow("pool without notebooks") << set(
        [](NotebookDraft &d)
        {
            d.poolKind = NotebookDraft::PoolKind::Dedicated;
            d.poolId = QStringLiteral("train-only");
        }) << NotebookField::Pool << -1
                                            << "The resource pool does not accept notebooks (DevEnviron is not a job "
                                               "type).";
    // Flavor
    QTest::newRow("no flavor") << set([](NotebookDraft &d) { d.flavorId.clear(); }) << NotebookField::Flavor << -1
                               << "Select a flavor.";
    QTest::newRow("flavor of another type") << set([](NotebookDraft &d) { d.flavorId = QStringLiteral("gpu.t4"); })
                                            << NotebookField::Flavor << -1 << "The flavor is not of the CPU type.";
    QTest::newRow("flavor sold out") << set(
        [](NotebookDraft &d)
        {
            d.type = QStringLiteral("GPU");
            d.imageId = QStringLiteral("img-gpu");
            d.flavorId = QStringLiteral("gpu.gone");
        }) << NotebookField::Flavor << -1
                                     << "This flavor is sold out. Select another flavor.";
    QTest::newRow("flavor not on the pool's nodes") << set(
        [](NotebookDraft &d)
        {
            dedicated(d);
            d.type = QStringLiteral("GPU");
            d.imageId = QStringLiteral("img-gpu");
            d.flavorId = QStringLiteral("gpu.t4");
        }) << NotebookField::Flavor << -1 << "The flavor does not match the nodes of the resource pool.";
    // EVS
    QTest::newRow("EVS 4") << set([](NotebookDraft &d) { d.evsGb = 4; }) << NotebookField::EvsSize << -1
                           << "The disk size must be from 5 GB to 4,096 GB.";
    QTest::newRow("EVS 4097") << set([](NotebookDraft &d) { d.evsGb = 4097; }) << NotebookField::EvsSize << -1
                              << "The disk size must be from 5 GB to 4,096 GB.";
    // SFS
    QTest::newRow("SFS on the public pool") << set(
        [](NotebookDraft &d)
        {
            d.storage = NotebookDraft::Storage::Sfs;
            d.sfsId = QStringLiteral("sfs-1");
            d.sfsSubdirectory = QStringLiteral("/");
        }) << NotebookField::SfsFileSystem << -1
                                            << "SFS can be used only with a dedicated resource pool.";
    QTest::newRow("SFS without file system") << set(
        [](NotebookDraft &d)
        {
            dedicated(d);
            d.storage = NotebookDraft::Storage::Sfs;
            d.sfsSubdirectory = QStringLiteral("/");
        }) << NotebookField::SfsFileSystem << -1
                                             << "Select a Scalable File Service.";
    QTest::newRow("SFS without subdirectory") << set(
        [](NotebookDraft &d)
        {
            dedicated(d);
            d.storage = NotebookDraft::Storage::Sfs;
            d.sfsId = QStringLiteral("sfs-1");
        }) << NotebookField::SfsSubdirectory << -1
                                              << "Select a mounted subdirectory.";
    QTest::newRow("SFS relative subdirectory") << set(
        [](NotebookDraft &d)
        {
            dedicated(d);
            d.storage = NotebookDraft::Storage::Sfs;
            d.sfsId = QStringLiteral("sfs-1");
            d.sfsSubdirectory = QStringLiteral("team");
        }) << NotebookField::SfsSubdirectory << -1
                                               << "The subdirectory must start with a slash (/).";
    // OBS / PFS
    const auto obs = [](const char *path)
    {
        return set(
            [path](NotebookDraft &d)
            {
                d.storage = NotebookDraft::Storage::Obs;
                d.storagePath = QString::fromUtf8(path);
                d.secret = QStringLiteral("s");
            });
    };
    QTest::newRow("OBS empty path") << obs("") << NotebookField::StoragePath << -1 << "Enter a storage path.";
    QTest::newRow("OBS no scheme") << obs("bucket/dir/") << NotebookField::StoragePath << -1
                                   << "The storage path must start with obs://.";
    QTest::newRow("OBS no bucket") << obs("obs://") << NotebookField::StoragePath << -1
                                   << "Enter a bucket name after obs://.";
    QTest::newRow("OBS bucket root") << obs("obs://bucket") << NotebookField::StoragePath << -1
                                     << "Select a directory in a bucket. The bucket root cannot be used.";
    QTest::newRow("OBS bucket root slash") << obs("obs://bucket/") << NotebookField::StoragePath << -1
                                           << "Select a directory in a bucket. The bucket root cannot be used.";
    QTest::newRow("PFS without secret") << set(
        [](NotebookDraft &d)
        {
            d.storage = NotebookDraft::Storage::Pfs;
            d.storagePath = QStringLiteral("obs://b/d/");
        }) << NotebookField::Secret << -1
                                        << "Select a secret.";
    // Extended storage
    const auto ext = [](QList<NotebookExtendedStorage> rows)
    {
        return set([rows](NotebookDraft &d) { d.extendedStorage = rows; });
    };
    QTest::newRow("ext path empty") << ext({ { QStringLiteral("OBS"), {}, QStringLiteral("/mnt/a") } })
                                    << NotebookField::ExtendedStorage << 0 << "Enter a storage path.";
    QTest::newRow("ext bucket root") << ext(
        { { QStringLiteral("PFS"), QStringLiteral("obs://b"), QStringLiteral("/m") } })
                                     << NotebookField::ExtendedStorage << 0
                                     << "Select a directory in a bucket. The bucket root cannot be used.";
    QTest::newRow("ext mount empty") << ext({ { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), {} } })
                                     << NotebookField::ExtendedStorage << 0 << "Enter a mount directory.";
    QTest::newRow("ext mount relative") << ext(
        { { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QStringLiteral("mnt") } })
                                        << NotebookField::ExtendedStorage << 0
                                        << "The mount directory must start with a slash (/).";
    for (const char *prefix :
        { "/data/", "/cache/", "/dev/", "/etc/", "/bin/", "/lib/", "/sbin/", "/modelarts/", "/train-worker1-log/",
            "/var/", "/resource_info/", "/usr/", "/sys/", "/run/", "/tmp/", "/infer/", "/opt/" })
        QTest::addRow("ext mount under %s", prefix)
            << ext({ { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QLatin1String(prefix) + u'x' } })
            << NotebookField::ExtendedStorage << 0
            << QStringLiteral("The mount directory cannot start with %1.").arg(QLatin1String(prefix));
    QTest::newRow("ext mount is /data") << ext(
        { { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QStringLiteral("/data") } })
                                        << NotebookField::ExtendedStorage << 0
                                        << "The mount directory cannot start with /data/.";
    QTest::newRow("ext duplicate mount") << ext(
        { { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QStringLiteral("/mnt/a") },
            { QStringLiteral("PFS"), QStringLiteral("obs://b/e/"), QStringLiteral("/mnt/a/") } })
                                         << NotebookField::ExtendedStorage << 1
                                         << "The mount directory must be unique.";
    QTest::newRow("ext SFS on public pool")
        << ext({ { QStringLiteral("SFS"), QStringLiteral("sfs-1:/a"), QStringLiteral("/mnt/s") } })
        << NotebookField::ExtendedStorage << 0 << "SFS can be used only with a dedicated resource pool.";
    QTest::newRow("ext 6 OBS") << set(
        [](NotebookDraft &d)
        {
            for (int i = 0; i < 6; ++i)
                d.extendedStorage.append({ QStringLiteral("OBS"), QStringLiteral("obs://b/o%1/").arg(i),
                    QStringLiteral("/mnt/o%1").arg(i) });
        }) << NotebookField::ExtendedStorage
                               << -1 << "At most 5 directories of each type can be mounted.";
    // Remote SSH
    const auto ssh = [](const char *keyPair, const char *whitelist)
    {
        return set(
            [keyPair, whitelist](NotebookDraft &d)
            {
                d.remoteSsh = true;
                d.keyPair = QString::fromUtf8(keyPair);
                d.whitelist = QString::fromUtf8(whitelist);
            });
    };
    QTest::newRow("SSH without key pair")
        << ssh("", "") << NotebookField::KeyPair << -1 << "Set a key pair after remote SSH is enabled.";
    QTest::newRow("SSH blank key pair") << ssh("  ", "") << NotebookField::KeyPair << -1
                                        << "Set a key pair after remote SSH is enabled.";
    QTest::newRow("whitelist 6") << ssh("kp", "1.1.1.1,1.1.1.2,1.1.1.3,1.1.1.4,1.1.1.5,1.1.1.6")
                                 << NotebookField::Whitelist << -1
                                 << "A maximum of 5 IP addresses can be added. Separate them with commas (,).";
    QTest::newRow("whitelist bad octet") << ssh("kp", "1.2.3.256") << NotebookField::Whitelist << -1
                                         << "1.2.3.256 is not a valid IP address or CIDR block.";
    QTest::newRow("whitelist short") << ssh("kp", "10.1") << NotebookField::Whitelist << -1
                                     << "10.1 is not a valid IP address or CIDR block.";
    QTest::newRow("whitelist name") << ssh("kp", "1.2.3.4, office") << NotebookField::Whitelist << -1
                                    << "office is not a valid IP address or CIDR block.";
    QTest::newRow("whitelist semicolons") << ssh("kp", "1.2.3.4;5.6.7.8") << NotebookField::Whitelist << -1
                                          << "1.2.3.4;5.6.7.8 is not a valid IP address or CIDR block.";
    QTest::newRow("whitelist mask 33") << ssh("kp", "10.0.0.0/33") << NotebookField::Whitelist << -1
                                       << "10.0.0.0/33 is not a valid IP address or CIDR block.";
    QTest::newRow("whitelist twice") << ssh("kp", "1.2.3.4,1.2.3.4") << NotebookField::Whitelist << -1
                                     << "1.2.3.4 is entered more than once.";
    // Tags
    const auto tags = [](QList<KeyValue> rows)
    {
        return set([rows](NotebookDraft &d) { d.tags = rows; });
    };
    QTest::newRow("tag key empty") << tags({ { QString(), QStringLiteral("v") } }) << NotebookField::Tags << 0
                                   << "Enter a tag key.";
    QTest::newRow("tag key 129") << tags({ { QString(129, u'k'), {} } }) << NotebookField::Tags << 0
                                 << "A tag key can contain at most 128 characters.";
    QTest::newRow("tag key _sys_") << tags({ { QStringLiteral("_sys_x"), {} } }) << NotebookField::Tags << 0
                                   << "A tag key cannot start with _sys_.";
    QTest::newRow("tag key with slash") << tags({ { QStringLiteral("a/b"), {} } }) << NotebookField::Tags << 0
                                        << "A tag key can contain only letters, digits, spaces, and the characters _ "
                                           ". : = + - @";
    QTest::newRow("tag key twice") << tags({ { QStringLiteral("a"), {} }, { QStringLiteral("a"), {} } })
                                   << NotebookField::Tags << 1 << "Tag keys must be unique.";
    QTest::newRow("tag value 256") << tags({ { QStringLiteral("a"), QString(256, u'v') } }) << NotebookField::Tags << 0
                                   << "A tag value can contain at most 255 characters.";
    QTest::newRow("tag value with #") << tags({ { QStringLiteral("a"), QStringLiteral("x#y") } }) << NotebookField::Tags
                                      << 0
                                      << "A tag value can contain only letters, digits, spaces, and the characters _ . "
                                         ": / = + - @";
    QTest::newRow("21 tags") << set(
        [](NotebookDraft &d)
        {
            for (int i = 0; i < 21; ++i)
                d.tags.append({ QStringLiteral("k%1").arg(i), {} });
        }) << NotebookField::Tags
                             << -1 << "A maximum of 20 tags can be added.";
}

void TestNotebookFormValidator::rule()
{
    QFETCH(Mutation, mutate);
    QFETCH(NotebookField, field);
    QFETCH(int, row);
    QFETCH(QString, message);
    NotebookDraft d = base();
    NotebookFormContext c = baseContext();
    mutate(d, c);
    const QList<NotebookIssue> issues = models::validateNotebookDraft(d, c);
    const NotebookIssue expected { field, row, message };
    QVERIFY2(issues.contains(expected),
        qPrintable(
            [&]
            {
                QStringList got;
                for (const NotebookIssue &i : issues)
                    got << QStringLiteral("%1/%2: %3").arg(int(i.field)).arg(i.row).arg(i.message);
                return got.join(u'\n');
            }()));
    // Only that field complains.
    for (const NotebookIssue &i : issues)
        QCOMPARE(i.field, field);
}

void TestNotebookFormValidator::hiddenFieldsAreNotChecked()
{
    NotebookDraft d = base();
    // Hidden while EVS is chosen: SFS and OBS fields; hidden while SSH is off: key pair and whitelist.
    d.sfsSubdirectory = QStringLiteral("relative");
    d.storagePath = QStringLiteral("not-obs");
    d.remoteSsh = false;
    d.whitelist = QStringLiteral("nonsense");
    // A public pool ignores the pool choice.
    d.poolId = QStringLiteral("train-only");
    QCOMPARE(models::validateNotebookDraft(d, baseContext()), QList<NotebookIssue>());
    // OBS hides the EVS size.
    d.storage = NotebookDraft::Storage::Obs;
    d.storagePath = QStringLiteral("obs://b/d/");
    d.secret = QStringLiteral("s");
    d.evsGb = 1;
    QCOMPARE(models::validateNotebookDraft(d, baseContext()), QList<NotebookIssue>());
}

void TestNotebookFormValidator::fieldCheckMatchesDraftCheck()
{
    NotebookDraft d = base();
    d.name = QStringLiteral("bad name");
    d.evsGb = 1;
    d.remoteSsh = true;
    d.whitelist = QStringLiteral("x");
    QList<NotebookIssue> perField;
    for (const NotebookField f :
        { NotebookField::Name, NotebookField::Description, NotebookField::AutoStop, NotebookField::Image,
            NotebookField::Pool, NotebookField::Flavor, NotebookField::EvsSize, NotebookField::SfsFileSystem,
            NotebookField::SfsSubdirectory, NotebookField::StoragePath, NotebookField::Secret,
            NotebookField::ExtendedStorage, NotebookField::KeyPair, NotebookField::Whitelist, NotebookField::Tags })
        perField += models::validateNotebookField(d, f, baseContext());
    QCOMPARE(perField, models::validateNotebookDraft(d, baseContext()));
    QCOMPARE(perField.size(), 4);
}

void TestNotebookFormValidator::formOrder()
{
    NotebookDraft d = base();
    d.tags = { { QString(), {} } };
    d.name.clear();
    d.remoteSsh = true;
    d.flavorId.clear();
    const QList<NotebookIssue> issues = models::validateNotebookDraft(d, baseContext());
    QCOMPARE(issues.size(), 4);
    QCOMPARE(issues.at(0).field, NotebookField::Name);
    QCOMPARE(issues.at(1).field, NotebookField::Flavor);
    QCOMPARE(issues.at(2).field, NotebookField::KeyPair);
    QCOMPARE(issues.at(3).field, NotebookField::Tags);
}

void TestNotebookFormValidator::whitelistEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipv4") << "8.8.8.8" << true;
    QTest::newRow("ipv4 cidr") << "10.0.0.0/8" << true;
    QTest::newRow("ipv4 /32") << "1.2.3.4/32" << true;
    QTest::newRow("ipv6") << "2001:db8::1" << true;
    QTest::newRow("ipv6 cidr") << "fe80::/10" << true;
    QTest::newRow("spaces") << " 1.2.3.4 " << true;
    QTest::newRow("three parts") << "1.2.3" << false;
    QTest::newRow("octet 300") << "1.2.3.300" << false;
    QTest::newRow("mask 40") << "1.2.3.4/40" << false;
    QTest::newRow("host name") << "example.com" << false;
    QTest::newRow("empty mask") << "1.2.3.4/" << false;
}

void TestNotebookFormValidator::whitelistEntry()
{
    QFETCH(QString, entry);
    QFETCH(bool, valid);
    QCOMPARE(models::whitelistEntryProblem(entry).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestNotebookFormValidator)
#include "tst_notebookformvalidator.moc"
