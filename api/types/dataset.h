#pragma once

// Datasets of ModelArts data management as a training job's input (training.md §1.3.1, §8.2):
// ListDatasets (GET /v2/{project_id}/datasets) and ListDatasetVersions
// (GET /v2/{project_id}/datasets/{dataset_id}/versions), the members the console's dataset and
// version pickers need; every other key is kept in `extra`.

#include "api/jsoncodec.h"

#include <optional>
#include <QString>
#include <vector>

namespace ma::api
{
/** @brief Where a dataset's files are: data_type 0 = OBS, data_path "/bucket/folder/". */
struct DatasetDataSource
{
    std::optional<int> dataType;
    std::optional<QString> dataPath;
    Json extra;
};
void decode(const Json &j, DatasetDataSource &out, const QString &path);
Json encode(const DatasetDataSource &v);

struct Dataset
{
    QString datasetId;
    QString datasetName;
    std::optional<int> datasetType; // 0 image classification, 1 object detection, ...
    std::optional<QString> dataFormat; // Default | CarbonData
    std::optional<QString> description;
    std::optional<int> status;
    std::optional<std::vector<DatasetDataSource>> dataSources;
    std::optional<QString> workPath;
    std::optional<QString> currentVersionId;
    std::optional<QString> currentVersionName;
    std::optional<qint64> totalSampleCount;
    std::optional<qint64> createTime; // epoch ms
    std::optional<QString> workspaceId;
    Json extra;
};
void decode(const Json &j, Dataset &out, const QString &path);
Json encode(const Dataset &v);

struct DatasetList
{
    std::optional<qint64> totalNumber;
    std::vector<Dataset> datasets;
    Json extra;
};
void decode(const Json &j, DatasetList &out, const QString &path);
Json encode(const DatasetList &v);

struct DatasetVersion
{
    QString versionId;
    std::optional<QString> versionName; // V001
    std::optional<QString> versionFormat;
    std::optional<int> status;
    std::optional<qint64> totalSampleCount;
    std::optional<QString> description;
    std::optional<qint64> createTime;
    Json extra;
};
void decode(const Json &j, DatasetVersion &out, const QString &path);
Json encode(const DatasetVersion &v);

struct DatasetVersionList
{
    std::optional<qint64> totalNumber;
    std::vector<DatasetVersion> versions;
    Json extra;
};
void decode(const Json &j, DatasetVersionList &out, const QString &path);
Json encode(const DatasetVersionList &v);
} // namespace ma::api
