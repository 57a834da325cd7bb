#include "regions.h"

#include <QSet>

namespace ma::api
{
namespace
{
const QString kDefaultCloud = QStringLiteral("myhuaweicloud.com");

// Regions whose IAM has a regional endpoint in the core SDK's table (api.md §5).
const QSet<QString> &regionalIam()
{
    static const QSet<QString> regions = {
        QStringLiteral("cn-north-2"),
        QStringLiteral("cn-north-4"),
        QStringLiteral("cn-north-1"),
        QStringLiteral("cn-east-2"),
        QStringLiteral("cn-east-3"),
        QStringLiteral("cn-south-1"),
        QStringLiteral("cn-south-2"),
        QStringLiteral("cn-southwest-2"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"),
        QStringLiteral("ap-southeast-4"),
        QStringLiteral("af-south-1"),
        QStringLiteral("sa-brazil-1"),
        QStringLiteral("la-south-2"),
        QStringLiteral("na-mexico-1"),
        QStringLiteral("la-north-2"),
        QStringLiteral("cn-north-9"),
        QStringLiteral("eu-west-0"),
        QStringLiteral("my-kualalumpur-1"),
        QStringLiteral("ru-moscow-1"),
        QStringLiteral("me-east-1"),
        QStringLiteral("ae-ad-1"),
        QStringLiteral("cn-east-4"),
        QStringLiteral("cn-east-5"),
        QStringLiteral("tr-west-1"),
        QStringLiteral("cn-north-12"),
    };
    return regions;
}

QUrl httpsUrl(const QString &host)
{
    return QUrl(QStringLiteral("https://") + host);
}
} // namespace

const QList<Region> &modelArtsRegions()
{
    // Display names where a Huawei endpoint table gives one; the rest are shown by id.
    static const QList<Region> regions = {
        { QStringLiteral("cn-north-1"), QStringLiteral("CN North-Beijing1") },
        { QStringLiteral("cn-north-4"), QStringLiteral("CN North-Beijing4") },
        { QStringLiteral("cn-south-1"), QStringLiteral("CN South-Guangzhou") },
        { QStringLiteral("ap-southeast-1"), QStringLiteral("CN-Hong Kong") },
        { QStringLiteral("ap-southeast-2"), QStringLiteral("AP-Bangkok") },
        { QStringLiteral("ap-southeast-3"), QStringLiteral("AP-Singapore") },
        { QStringLiteral("cn-east-3"), QStringLiteral("CN East-Shanghai1") },
        { QStringLiteral("cn-east-4"), QString() },
        { QStringLiteral("la-south-2"), QStringLiteral("LA-Santiago") },
        { QStringLiteral("af-south-1"), QString() },
        { QStringLiteral("cn-north-9"), QString() },
        { QStringLiteral("tr-west-1"), QString() },
        { QStringLiteral("ap-southeast-4"), QString() },
        { QStringLiteral("me-east-1"), QString() },
        { QStringLiteral("cn-southwest-2"), QString() },
        { QStringLiteral("cn-north-2"), QString() },
        { QStringLiteral("sa-brazil-1"), QStringLiteral("LA-Sao Paulo1") },
        { QStringLiteral("la-north-2"), QString() },
        { QStringLiteral("af-north-1"), QString() },
        { QStringLiteral("cn-north-12"), QString() },
        { QStringLiteral("cn-southwest-3"), QString() },
        { QStringLiteral("cn-north-11"), QString() },
    };
    return regions;
}

bool isKnownRegion(const QString &regionId)
{
    for (const Region &r : modelArtsRegions())
    {
        if (r.id == regionId)
            return true;
    }
    return false;
}

QUrl modelArtsEndpoint(const QString &regionId, const QString &cloudDomain)
{
    if (cloudDomain.isEmpty() && regionId == u"ap-southeast-1")
        return httpsUrl(QStringLiteral("modelarts.ap-southeast-1.myhuaweicloud.cn"));
    const QString domain = cloudDomain.isEmpty() ? kDefaultCloud : cloudDomain;
    return httpsUrl(QStringLiteral("modelarts.%1.%2").arg(regionId, domain));
}

QUrl iamEndpoint(const QString &regionId, const QString &cloudDomain)
{
    if (!cloudDomain.isEmpty())
        return httpsUrl(QStringLiteral("iam.%1.%2").arg(regionId, cloudDomain));
    if (regionId == u"eu-west-101")
        return httpsUrl(QStringLiteral("iam.eu-west-101.myhuaweicloud.eu"));
    if (regionalIam().contains(regionId))
        return httpsUrl(QStringLiteral("iam.%1.%2").arg(regionId, kDefaultCloud));
    return httpsUrl(QStringLiteral("iam.") + kDefaultCloud);
}

Endpoints endpointsFor(
    const QString &regionId, const QUrl &modelArtsOverride, const QUrl &iamOverride, const QString &cloudDomain)
{
    Endpoints e;
    e.modelArts = modelArtsOverride.isEmpty() ? modelArtsEndpoint(regionId, cloudDomain) : modelArtsOverride;
    e.iam = iamOverride.isEmpty() ? iamEndpoint(regionId, cloudDomain) : iamOverride;
    if (modelArtsOverride.isEmpty())
        e.vpc
            = httpsUrl(QStringLiteral("vpc.%1.%2").arg(regionId, cloudDomain.isEmpty() ? kDefaultCloud : cloudDomain));
    return e;
}
} // namespace ma::api
