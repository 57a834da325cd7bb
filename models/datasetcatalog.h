#pragma once

// The datasets and their versions an input channel can take (training.md §1.3.1, §8.2), read
// once per connection through ListDatasets and ListDatasetVersions and shared by every input
// row of the form and by the job details page (names for the ids a job carries). Loading is
// lazy: nothing is asked until a row or a page needs it.

#include "api/apierror.h"
#include "api/types/dataset.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <vector>

namespace ma::api
{
class ApiClient;
} // namespace ma::api

namespace ma::models
{
class DatasetCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetCatalog)

public:
    /** At most this many datasets are listed (one page of ListDatasets). */
    static constexpr int kPageSize = 100;

    explicit DatasetCatalog(QObject *parent = nullptr);
    ~DatasetCatalog() override;

    /** @p client is not owned (nullptr: none). Forgets what was read; answers in flight are dropped. */
    void setClient(api::ApiClient *client);

    /** Starts ListDatasets unless the list is loaded or being loaded. */
    void ensureDatasets();
    /** Starts ListDatasetVersions of @p datasetId unless loaded or being loaded. */
    void ensureVersions(const QString &datasetId);

    bool datasetsLoaded() const { return m_loaded; }
    bool datasetsLoading() const { return m_loading; }
    /** The error of the last ListDatasets (none when it succeeded). */
    const api::ApiError &datasetsError() const { return m_error; }
    const std::vector<api::Dataset> &datasets() const { return m_datasets; }
    /** The dataset @p id, or nullptr when it is not in the list (yet). */
    const api::Dataset *dataset(const QString &id) const;

    bool versionsLoaded(const QString &datasetId) const { return m_versions.contains(datasetId); }
    /** The versions of @p datasetId as read (empty before they are). */
    std::vector<api::DatasetVersion> versions(const QString &datasetId) const;
    /** The version @p versionId of @p datasetId, or nullptr when it is not known (yet). */
    const api::DatasetVersion *version(const QString &datasetId, const QString &versionId) const;

signals:
    /** ListDatasets answered (datasetsError() says whether it failed). */
    void datasetsChanged();
    /** ListDatasetVersions of @p datasetId answered (an error leaves the list empty). */
    void versionsChanged(const QString &datasetId);

private:
    QPointer<api::ApiClient> m_client;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    api::ApiError m_error;
    std::vector<api::Dataset> m_datasets;
    QHash<QString, std::vector<api::DatasetVersion>> m_versions;
    QSet<QString> m_versionsLoading;
};
} // namespace ma::models
