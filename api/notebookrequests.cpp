#include "notebookrequests.h"

namespace ma::api::notebooks
{
namespace
{
const QString kNotebooks = QStringLiteral("/v1/{project_id}/notebooks");

QString notebookPath(const QString &id)
{
    return kNotebooks + u'/' + id;
}
} // namespace

ApiRequest create(const NotebookCreate &notebook)
{
    return jsonRequest(QByteArrayLiteral("POST"), kNotebooks, encode(notebook));
}

ApiRequest list(const QueryItems &query)
{
    return getRequest(kNotebooks, query);
}

ApiRequest listAll(const QueryItems &query)
{
    return getRequest(kNotebooks + QStringLiteral("/all"), query);
}

ApiRequest show(const QString &id)
{
    return getRequest(notebookPath(id));
}

ApiRequest update(const QString &id, const NotebookUpdate &update)
{
    return jsonRequest(QByteArrayLiteral("PUT"), notebookPath(id), encode(update));
}

ApiRequest remove(const QString &id)
{
    return plainRequest(QByteArrayLiteral("DELETE"), notebookPath(id));
}

ApiRequest start(const QString &id)
{
    return plainRequest(QByteArrayLiteral("POST"), notebookPath(id) + QStringLiteral("/start"));
}

ApiRequest stop(const QString &id)
{
    return plainRequest(QByteArrayLiteral("POST"), notebookPath(id) + QStringLiteral("/stop"));
}

ApiRequest renewLease(const QString &id, const LeaseRequest &lease)
{
    return jsonRequest(QByteArrayLiteral("PATCH"), notebookPath(id) + QStringLiteral("/lease"), encode(lease));
}

ApiRequest flavors(const QueryItems &query)
{
    return getRequest(kNotebooks + QStringLiteral("/flavors"), query);
}

ApiRequest images(const QueryItems &query)
{
    return getRequest(QStringLiteral("/v1/{project_id}/images"), query);
}

ApiRequest mountStorage(const QString &id, const DataVolumeMountRequest &request)
{
    return jsonRequest(QByteArrayLiteral("POST"), notebookPath(id) + QStringLiteral("/storage"), encode(request));
}

ApiRequest unmountStorage(const QString &id, const QString &storageId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), notebookPath(id) + QStringLiteral("/storage/") + storageId);
}

ApiRequest storage(const QString &id)
{
    return getRequest(notebookPath(id) + QStringLiteral("/storage"));
}

ApiRequest saveImage(const QString &id, const NotebookImageSave &request)
{
    return jsonRequest(QByteArrayLiteral("POST"), notebookPath(id) + QStringLiteral("/create-image"), encode(request));
}

ApiRequest image(const QString &imageId)
{
    return getRequest(QStringLiteral("/v1/{project_id}/images/") + imageId);
}

ApiRequest removeImage(const QString &imageId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), QStringLiteral("/v1/{project_id}/images/") + imageId);
}

ApiRequest tags(const QString &id)
{
    return getRequest(notebookPath(id) + QStringLiteral("/tags"));
}

ApiRequest addTags(const QString &id, const NotebookTagList &tags)
{
    return jsonRequest(QByteArrayLiteral("POST"), notebookPath(id) + QStringLiteral("/tags/create"), encode(tags));
}

ApiRequest removeTags(const QString &id, const NotebookTagList &tags)
{
    return jsonRequest(QByteArrayLiteral("DELETE"), notebookPath(id) + QStringLiteral("/tags/delete"), encode(tags));
}

ApiRequest tagSummary()
{
    return getRequest(kNotebooks + QStringLiteral("/tags"));
}

ApiRequest events(const QString &id)
{
    return getRequest(notebookPath(id) + QStringLiteral("/events"));
}
} // namespace ma::api::notebooks
