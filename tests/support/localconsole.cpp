#include "localconsole.h"

namespace ma::test
{
LocalConsole::LocalConsole(const LocalBackend::Options &options)
    : m_backend(options)
{
    if (!m_backend.isRunning())
        return;
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Local"),
        QStringLiteral("local"), m_backend.accessKeyClient().release());
}
} // namespace ma::test
