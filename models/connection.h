#pragma once

// The backend the app is talking to right now: its client, where it is, and whether it
// answers. Pages take a Connection*; switching profiles replaces it (pages reset then).

#include "api/apiclient.h"
#include "api/prometheusclient.h"

#include <QObject>

namespace ma::models
{
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class Kind
    {
        Local, // modelarts-local started in-process
        HuaweiCloud, // a region of Huawei Cloud (or a Huawei-based cloud with custom endpoints)
        Environment, // HUAWEICLOUD_SDK_* variables or command-line options
    };

    enum class State
    {
        Connecting,
        Connected,
        Failed,
    };

    /** Takes ownership of @p client. */
    Connection(Kind kind, QString profileName, QString region, api::ApiClient *client, QObject *parent = nullptr);
    ~Connection() override;

    Kind kind() const { return m_kind; }
    const QString &profileName() const { return m_profileName; }
    const QString &region() const { return m_region; }
    /** The project id once known (after the first authenticated call for AK/SK lookups). */
    QString projectId() const;
    QString workspaceId() const { return m_workspaceId; }
    void setWorkspaceId(const QString &id);
    api::ApiClient *client() const { return m_client; }

    /**
     * The Local profile's object store: the folder that holds modelarts-local's buckets
     * (see api::ObsMapper), so OBS path fields can browse it and import folders into it.
     * Empty for cloud profiles, which have no browsable store here.
     */
    QString localObsRoot() const { return m_localObsRoot; }
    void setLocalObsRoot(const QString &folder) { m_localObsRoot = folder; }
    /**
     * The profile's Prometheus HTTP API data source (issue 11): modelarts-local's own /api/v1
     * with its IAM user for Local, AOM's Prometheus instance for a cloud profile; invalid
     * when the profile has none (metrics-based parts of pages then show that they are off).
     */
    const api::PrometheusSource &prometheusSource() const { return m_prometheusSource; }
    /** Submit training jobs with the legacy v1 API (a profile option). */
    bool legacyTrainingApi() const { return m_legacyTrainingApi; }
    void setLegacyTrainingApi(bool legacy) { m_legacyTrainingApi = legacy; }

    /**
     * The profile's Prometheus data source for the dashboards (AOM's Prometheus instance, or
     * modelarts-local's own /api/v1 for Local); nullptr when the profile has none.
     */
    api::PrometheusClient *prometheus() const { return m_prometheus; }
    /** Sets (or, with an invalid source, removes) the Prometheus data source; queries go through client(). */
    void setPrometheusSource(const api::PrometheusSource &source);

    State state() const { return m_state; }
    const api::ApiError &lastError() const { return m_lastError; }
    /** What a call ended with (the client reports every call); the status bar follows. */
    void reportResult(const api::ApiResult &result);
    void setState(State state, const api::ApiError &error = api::ApiError());

    /** "Local (modelarts-local)", "cn-north-4", ... for the status bar. */
    QString backendText() const;

signals:
    void stateChanged(ma::models::Connection::State state);
    void workspaceChanged(const QString &workspaceId);

private:
    Kind m_kind;
    QString m_profileName;
    QString m_region;
    QString m_workspaceId = QStringLiteral("0");
    api::ApiClient *m_client;
    api::PrometheusClient *m_prometheus = nullptr;
    QString m_localObsRoot;
    bool m_legacyTrainingApi = false;
    api::PrometheusSource m_prometheusSource;
    State m_state = State::Connecting;
    api::ApiError m_lastError;
};
} // namespace ma::models
