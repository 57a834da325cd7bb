#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ma::api
{
/** @brief A ModelArts region of Huawei Cloud as the official SDKs know it (api.md §5). */
struct Region
{
    QString id; // "cn-north-4"
    QString displayName; // "CN North-Beijing4"; empty where no public name was found
};

/** @brief Where the client sends ModelArts and IAM calls. */
struct Endpoints
{
    QUrl modelArts; // "https://modelarts.cn-north-4.myhuaweicloud.com"
    QUrl iam; // "https://iam.cn-north-4.myhuaweicloud.com"
    /** "https://vpc.cn-north-4.myhuaweicloud.com"; empty: the ModelArts endpoint (modelarts-local serves it). */
    QUrl vpc = {};
};

/** The 22 regions of the ModelArts SDK region table, in the SDK's order. */
const QList<Region> &modelArtsRegions();

bool isKnownRegion(const QString &regionId);

/**
 * ModelArts endpoint of a region: https://modelarts.{region}.myhuaweicloud.com, except
 * ap-southeast-1 which the SDKs map to the .myhuaweicloud.cn host. @p cloudDomain
 * replaces "myhuaweicloud.com" for other Huawei-based clouds (then no exception applies).
 */
QUrl modelArtsEndpoint(const QString &regionId, const QString &cloudDomain = QString());

/**
 * IAM endpoint: the regional one where the SDK table has it, the global
 * https://iam.myhuaweicloud.com otherwise (and eu-west-101 on .myhuaweicloud.eu).
 */
QUrl iamEndpoint(const QString &regionId, const QString &cloudDomain = QString());

/**
 * The endpoints, with custom overrides winning where given (non-empty). The VPC endpoint is the
 * region's (vpc.{region}.{domain}), or empty, so following ModelArts, when ModelArts is overridden.
 */
Endpoints endpointsFor(const QString &regionId, const QUrl &modelArtsOverride = QUrl(),
    const QUrl &iamOverride = QUrl(), const QString &cloudDomain = QString());
} // namespace ma::api
