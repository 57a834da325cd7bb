#include "datasetmodule.h"

#include "api/obsmapper.h"
#include "serverutil.h"

#include <climits>
#include <QDir>
#include <QFile>

namespace ma::server
{
namespace
{
const QString kDataset = QStringLiteral("dataset");
const QString kVersion = QStringLiteral("dataset_version");
constexpr int kStatusNormal = 1;
} // namespace

std::optional<QString> datasetObsUrl(const Store &store, const QString &id)
{
    const auto doc = store.get(kDataset, id);
    if (!doc)
        return std::nullopt;
    const Json sources = doc->value("data_sources", Json::array());
    if (!sources.is_array() || sources.empty())
        return std::nullopt;
    QString path = stringAt(sources.front(), "/data_path");
    if (path.isEmpty())
        return std::nullopt;
    if (!path.startsWith(u"obs://"))
        path = QStringLiteral("obs:/") + (path.startsWith(u'/') ? path : u'/' + path);
    return path;
}

DatasetModule::DatasetModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
{
}

void DatasetModule::registerRoutes(Router &router)
{
    const auto route = routes<DatasetModule>(router);
    route("GET", "/v2/{project_id}/datasets", &DatasetModule::listDatasets);
    route("GET", "/v2/{project_id}/datasets/{dataset_id}/versions", &DatasetModule::listVersions);
}

void DatasetModule::seedDemoData()
{
    addDataset(QStringLiteral("flowers-demo"), QStringLiteral("Five flower photos' labels (text stand-ins)"),
        { { QStringLiteral("labels.csv"), QByteArrayLiteral("file,label\ndaisy-1.jpg,daisy\nrose-1.jpg,rose\n") },
            { QStringLiteral("README.txt"), QByteArrayLiteral("flowers-demo: a modelarts-local demo dataset\n") } });
    addDataset(QStringLiteral("reviews-demo"), QStringLiteral("Short product reviews for text classification"),
        { { QStringLiteral("reviews.txt"),
            QByteArrayLiteral("positive\tgreat product\nnegative\tbroke in a day\n") } });
}

QString DatasetModule::addDataset(
    const QString &name, const QString &description, const QList<std::pair<QString, QByteArray>> &files)
{
    const QString id = ServerContext::newHexId().left(20);
    const QString dataPath = QStringLiteral("/demo-datasets/%1/").arg(name);
    const api::ObsMapper mapper(m_ctx.config().dataDir);
    QString error;
    const QString folder = mapper.ensureDir(QStringLiteral("obs:/") + dataPath, &error);
    for (const auto &[file, content] : files)
    {
        QFile f(QDir(folder).filePath(file));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }
    const qint64 now = m_ctx.clock().nowMs();
    const QString versionId = ServerContext::newHexId().left(20);
    Json doc = Json::object();
    doc["dataset_id"] = id.toStdString();
    doc["dataset_name"] = name.toStdString();
    doc["dataset_type"] = 0;
    doc["data_format"] = "Default";
    doc["description"] = description.toStdString();
    doc["status"] = kStatusNormal;
    doc["data_sources"] = Json::array({ { { "data_type", 0 }, { "data_path", dataPath.toStdString() } } });
    doc["work_path"] = QStringLiteral("/demo-datasets/%1-output/").arg(name).toStdString();
    doc["work_path_type"] = 0;
    doc["current_version_id"] = versionId.toStdString();
    doc["current_version_name"] = "V001";
    doc["total_sample_count"] = static_cast<qint64>(files.size());
    doc["create_time"] = now;
    doc["update_time"] = now;
    doc["workspace_id"] = "0";
    ResourceIndex index;
    index.name = name;
    index.createdMs = now;
    index.workspace = QStringLiteral("0");
    m_ctx.store().put(kDataset, id, doc, index);

    Json version = Json::object();
    version["version_id"] = versionId.toStdString();
    version["version_name"] = "V001";
    version["version_format"] = "Default";
    version["status"] = kStatusNormal;
    version["total_sample_count"] = static_cast<qint64>(files.size());
    version["description"] = "";
    version["create_time"] = now;
    ResourceIndex vindex;
    vindex.name = QStringLiteral("V001");
    vindex.createdMs = now;
    vindex.parent = id;
    m_ctx.store().put(kVersion, versionId, version, vindex);
    return id;
}

Response DatasetModule::listDatasets(const Request &req)
{
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, INT_MAX);
    const int limit = queryInt(req, QStringLiteral("limit"), 10, 1, 100);
    const QString search = req.query(QStringLiteral("search_content"));
    Json items = Json::array();
    int matching = 0;
    for (const Json &doc : m_ctx.store().list(kDataset))
    {
        if (!search.isEmpty() && !stringAt(doc, "/dataset_name").contains(search, Qt::CaseInsensitive))
            continue;
        if (matching++ >= offset && items.size() < static_cast<std::size_t>(limit))
            items.push_back(doc);
    }
    return Response::json(200, Json { { "total_number", matching }, { "datasets", std::move(items) } });
}

Response DatasetModule::listVersions(const Request &req)
{
    const QString id = req.param(QStringLiteral("dataset_id"));
    if (!m_ctx.store().get(kDataset, id))
        throw HttpError(400, QStringLiteral("ModelArts.4352"), QStringLiteral("Dataset %1 does not exist.").arg(id));
    Json versions = Json::array();
    for (const Json &doc : m_ctx.store().list(kVersion, id))
        versions.push_back(doc);
    const auto count = static_cast<qint64>(versions.size());
    return Response::json(200, Json { { "total_number", count }, { "versions", std::move(versions) } });
}
} // namespace ma::server
