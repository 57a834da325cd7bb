#include "datasetcatalog.h"

#include "api/apiclient.h"
#include "api/datasetrequests.h"
#include "api/typedcall.h"

namespace ma::models
{
DatasetCatalog::DatasetCatalog(QObject *parent)
    : QObject(parent)
{
}

DatasetCatalog::~DatasetCatalog() = default;

void DatasetCatalog::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    ++m_generation;
    m_loaded = false;
    m_loading = false;
    m_error = api::ApiError();
    m_datasets.clear();
    m_versions.clear();
    m_versionsLoading.clear();
}

void DatasetCatalog::ensureDatasets()
{
    if (!m_client || m_loaded || m_loading)
        return;
    m_loading = true;
    const quint64 sent = m_generation;
    api::whenDecoded<api::DatasetList>(m_client->send(api::datasets::list(0, kPageSize)), this,
        [this, sent](const api::Typed<api::DatasetList> &result)
        {
            if (sent != m_generation)
                return;
            m_loading = false;
            m_error = result.error;
            // A failure is not remembered as loaded: the next row that needs the list asks again.
            m_loaded = result.ok();
            m_datasets = result.ok() ? result.value.datasets : std::vector<api::Dataset>();
            emit datasetsChanged();
        });
}

void DatasetCatalog::ensureVersions(const QString &datasetId)
{
    if (!m_client || datasetId.isEmpty() || m_versions.contains(datasetId) || m_versionsLoading.contains(datasetId))
        return;
    m_versionsLoading.insert(datasetId);
    const quint64 sent = m_generation;
    api::whenDecoded<api::DatasetVersionList>(m_client->send(api::datasets::versions(datasetId)), this,
        [this, sent, datasetId](const api::Typed<api::DatasetVersionList> &result)
        {
            if (sent != m_generation)
                return;
            m_versionsLoading.remove(datasetId);
            if (result.ok())
                m_versions.insert(datasetId, result.value.versions);
            emit versionsChanged(datasetId);
        });
}

const api::Dataset *DatasetCatalog::dataset(const QString &id) const
{
    for (const api::Dataset &d : m_datasets)
        if (d.datasetId == id)
            return &d;
    return nullptr;
}

std::vector<api::DatasetVersion> DatasetCatalog::versions(const QString &datasetId) const
{
    return m_versions.value(datasetId);
}

const api::DatasetVersion *DatasetCatalog::version(const QString &datasetId, const QString &versionId) const
{
    const auto it = m_versions.constFind(datasetId);
    if (it == m_versions.constEnd())
        return nullptr;
    for (const api::DatasetVersion &v : *it)
        if (v.versionId == versionId)
            return &v;
    return nullptr;
}
} // namespace ma::models
