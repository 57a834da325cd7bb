#pragma once

#include <QObject>
#include <vector>

namespace ma::server
{
class ServerContext;
class ServerModule;

/** The API areas of modelarts-local, in seeding order (pools before the jobs placed on them). */
std::vector<ServerModule *> createModules(ServerContext &context, QObject *parent);
} // namespace ma::server
