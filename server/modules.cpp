#include "modules.h"

#include "algorithmmodule.h"
#include "datasetmodule.h"
#include "metricsmodule.h"
#include "notebookmodule.h"
#include "poolmodule.h"
#include "servermodule.h"
#include "trainingmodule.h"
#include "workspacemodule.h"

namespace ma::server
{
std::vector<ServerModule *> createModules(ServerContext &context, QObject *parent)
{
    // Seeding order matters: workspaces, then pools, then the jobs and notebooks placed on them.
    return {
        new WorkspaceModule(context, parent),
        new PoolModule(context, parent),
        new AlgorithmModule(context, parent),
        new DatasetModule(context, parent),
        new TrainingModule(context, parent),
        new NotebookModule(context, parent),
        new MetricsModule(context, parent),
    };
}
} // namespace ma::server
