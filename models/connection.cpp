#include "connection.h"

namespace ma::models
{
Connection::Connection(Kind kind, QString profileName, QString region, api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profileName(std::move(profileName))
    , m_region(std::move(region))
    , m_client(client)
{
    m_client->setParent(this);
    // The client reports every call, so the state follows whatever any page or model sends.
    connect(m_client, &api::ApiClient::callFinished, this, &Connection::reportResult);
}

Connection::~Connection()
{
    // Pages let go of a connection when it is destroyed and cancel their calls then; those
    // cancellations must not reach reportResult() of this half-destroyed object.
    disconnect(m_client, nullptr, this, nullptr);
}

QString Connection::projectId() const
{
    return m_client->authenticator() ? m_client->authenticator()->projectId() : QString();
}

void Connection::setPrometheusSource(const api::PrometheusSource &source)
{
    m_prometheusSource = source;
    if (m_prometheus)
        m_prometheus->deleteLater(); // a runner may still hold it (QPointer)
    m_prometheus = nullptr;
    if (source.isValid())
        m_prometheus = new api::PrometheusClient(m_client, source, this);
}

void Connection::setWorkspaceId(const QString &id)
{
    if (id == m_workspaceId)
        return;
    m_workspaceId = id;
    emit workspaceChanged(id);
}

void Connection::reportResult(const api::ApiResult &result)
{
    // Only failures that say something about the backend change the connection state;
    // a 4xx about one resource does not mean the backend is gone.
    const api::ApiError &e = result.error;
    if (!e.isError())
        setState(State::Connected);
    else if (e.kind == api::ApiError::Kind::Network || e.kind == api::ApiError::Kind::Timeout
        || e.kind == api::ApiError::Kind::Auth || e.httpStatus == 401)
        setState(State::Failed, e);
}

void Connection::setState(State state, const api::ApiError &error)
{
    m_lastError = error;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString Connection::backendText() const
{
    switch (m_kind)
    {
    case Kind::Local:
        return tr("Local (modelarts-local)");
    case Kind::HuaweiCloud:
        return tr("Huawei Cloud · %1").arg(m_region);
    case Kind::Environment:
        return tr("Environment · %1").arg(m_region);
    }
    return {};
}
} // namespace ma::models
