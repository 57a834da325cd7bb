#include "servercontext.h"

#include "router.h"

#include <QUuid>

namespace ma::server
{
QString ServerContext::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ServerContext::newHexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void ServerContext::checkProject(const QString &projectId) const
{
    if (projectId != m_config.projectId)
        throw HttpError(403, QStringLiteral("ModelArts.0210"),
            QStringLiteral("The project id in the request URL does not match the token."));
}
} // namespace ma::server
