#include "datasetrequests.h"

namespace ma::api::datasets
{
namespace
{
const QString kDatasets = QStringLiteral("/v2/{project_id}/datasets");
} // namespace

ApiRequest list(int offset, int limit, const QString &searchContent)
{
    QueryItems query { { QStringLiteral("offset"), QString::number(offset) },
        { QStringLiteral("limit"), QString::number(limit) } };
    if (!searchContent.isEmpty())
        query.append({ QStringLiteral("search_content"), searchContent });
    return getRequest(kDatasets, query);
}

ApiRequest versions(const QString &datasetId)
{
    return getRequest(kDatasets + u'/' + datasetId + QStringLiteral("/versions"));
}
} // namespace ma::api::datasets
