#pragma once

// Datasets of modelarts-local, as much of ModelArts data management as a training job's
// input needs (training.md §8.2):
//   GET /v2/{project_id}/datasets                          ListDatasets (offset = item offset, limit 1..100,
//                                                          search_content: the name contains it)
//   GET /v2/{project_id}/datasets/{dataset_id}/versions    ListDatasetVersions
// An unknown dataset id answers 400 ModelArts.4352 "Dataset does not exist" (modelarts-local's choice:
// the published catalog excerpt has no dataset code).
//
// Documents (docs/server-conventions.md): kind "dataset" (id = dataset_id, the ListDatasets item)
// and "dataset_version" (id = version_id, parent = dataset_id). The demo data seeds two datasets
// whose files are real folders of the local object store (data_sources[0].data_path
// "/demo-datasets/<name>/" = <data-dir>/obs/demo-datasets/<name>/), so that a job on the local
// pool with a dataset input gets those files (datasetObsUrl()).

#include "servermodule.h"

#include <optional>

namespace ma::server
{
/** The obs:// folder of stored dataset @p id's files, or nullopt when the dataset is unknown. */
std::optional<QString> datasetObsUrl(const Store &store, const QString &id);

class DatasetModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetModule)

public:
    explicit DatasetModule(ServerContext &context, QObject *parent = nullptr);

    void registerRoutes(Router &router) override;
    void seedDemoData() override;

    /** Stores a dataset of @p files (name → text) in the object store with one version V001; returns its id. */
    QString addDataset(
        const QString &name, const QString &description, const QList<std::pair<QString, QByteArray>> &files);

private:
    Response listDatasets(const Request &req);
    Response listVersions(const Request &req);
};
} // namespace ma::server
