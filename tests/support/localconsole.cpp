#include "localconsole.h"

#include "server/localserver.h"

namespace ma::test
{
LocalConsole::LocalConsole(const LocalBackend::Options &options)
    : m_backend(options)
{
    if (!m_backend.isRunning())
        return;
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Local"),
        QStringLiteral("local"), m_backend.accessKeyClient().release());
    // As the Local profile has it: the backend's own Prometheus HTTP API, with its IAM user.
    const server::ServerConfig &c = m_backend.server().config();
    m_connection->setPrometheusSource(api::PrometheusSource { m_backend.url(), c.userName, c.password });
}
} // namespace ma::test
