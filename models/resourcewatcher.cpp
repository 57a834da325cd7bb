#include "resourcewatcher.h"

namespace ma::models
{
ResourceWatcherBase::ResourceWatcherBase(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true); // the next read is scheduled when the last one has answered
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ResourceWatcherBase::read);
}

ResourceWatcherBase::~ResourceWatcherBase()
{
    cancelInFlight();
}

void ResourceWatcherBase::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    cancelInFlight();
    m_client = client;
    if (m_active && !m_final)
        read();
}

void ResourceWatcherBase::setResourceId(const QString &id)
{
    if (m_id == id)
        return;
    cancelInFlight();
    m_id = id;
    m_final = false;
    m_hasValue = false;
    m_reads = 0;
    m_lastError = api::ApiError();
    forgetValue();
    if (m_active)
        read();
}

void ResourceWatcherBase::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active)
    {
        m_timer.stop();
        return;
    }
    if (!m_final && !m_call)
        read();
}

void ResourceWatcherBase::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 1));
}

void ResourceWatcherBase::refreshNow()
{
    if (!m_call)
        read();
}

void ResourceWatcherBase::read()
{
    m_timer.stop();
    if (!m_client || m_id.isEmpty())
        return;
    cancelInFlight();
    send(request(m_id), m_generation);
}

void ResourceWatcherBase::accept(quint64 generation, const QStringList &fields, bool final)
{
    if (!isCurrent(generation))
        return;
    m_call = nullptr;
    ++m_reads;
    m_hasValue = true;
    m_final = final;
    m_lastError = api::ApiError();
    if (!fields.isEmpty())
        emit updated(fields);
    schedule();
}

void ResourceWatcherBase::reject(quint64 generation, const api::ApiError &error)
{
    if (!isCurrent(generation))
        return;
    m_call = nullptr;
    ++m_reads;
    m_lastError = error;
    if (error.kind != api::ApiError::Kind::Canceled)
        emit errorOccurred(error);
    schedule();
}

void ResourceWatcherBase::schedule()
{
    if (m_active && !m_final && m_client && !m_id.isEmpty())
        m_timer.start();
}

void ResourceWatcherBase::cancelInFlight()
{
    ++m_generation; // an answer of an earlier read is ignored from here on
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
}
} // namespace ma::models
