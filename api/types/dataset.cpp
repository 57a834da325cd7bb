#include "dataset.h"

#include "api/jsonfields.h"

namespace ma::api
{
constexpr auto datasetDataSourceFields = std::make_tuple(
    field("data_type", &DatasetDataSource::dataType), field("data_path", &DatasetDataSource::dataPath));
MA_JSON_OBJECT(DatasetDataSource, datasetDataSourceFields)

constexpr auto datasetFields = std::make_tuple(field("dataset_id", &Dataset::datasetId),
    field("dataset_name", &Dataset::datasetName), field("dataset_type", &Dataset::datasetType),
    field("data_format", &Dataset::dataFormat), field("description", &Dataset::description),
    field("status", &Dataset::status), field("data_sources", &Dataset::dataSources),
    field("work_path", &Dataset::workPath), field("current_version_id", &Dataset::currentVersionId),
    field("current_version_name", &Dataset::currentVersionName),
    field("total_sample_count", &Dataset::totalSampleCount), field("create_time", &Dataset::createTime),
    field("workspace_id", &Dataset::workspaceId));
MA_JSON_OBJECT(Dataset, datasetFields)

constexpr auto datasetListFields
    = std::make_tuple(field("total_number", &DatasetList::totalNumber), listField("datasets", &DatasetList::datasets));
MA_JSON_OBJECT(DatasetList, datasetListFields)

constexpr auto datasetVersionFields = std::make_tuple(field("version_id", &DatasetVersion::versionId),
    field("version_name", &DatasetVersion::versionName), field("version_format", &DatasetVersion::versionFormat),
    field("status", &DatasetVersion::status), field("total_sample_count", &DatasetVersion::totalSampleCount),
    field("description", &DatasetVersion::description), field("create_time", &DatasetVersion::createTime));
MA_JSON_OBJECT(DatasetVersion, datasetVersionFields)

constexpr auto datasetVersionListFields = std::make_tuple(
    field("total_number", &DatasetVersionList::totalNumber), listField("versions", &DatasetVersionList::versions));
MA_JSON_OBJECT(DatasetVersionList, datasetVersionListFields)
} // namespace ma::api
