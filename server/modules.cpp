#include "modules.h"

#include "servermodule.h"

// TEMPORARY while the modules are written in parallel: each is included once its header
// exists. Replaced by plain includes when all four have landed.
#if __has_include("workspacemodule.h")
#include "workspacemodule.h"
#define MA_HAS_WORKSPACE_MODULE 1
#endif
#if __has_include("poolmodule.h")
#include "poolmodule.h"
#define MA_HAS_POOL_MODULE 1
#endif
#if __has_include("trainingmodule.h")
#include "trainingmodule.h"
#define MA_HAS_TRAINING_MODULE 1
#endif
#if __has_include("notebookmodule.h")
#include "notebookmodule.h"
#define MA_HAS_NOTEBOOK_MODULE 1
#endif

namespace ma::server
{
std::vector<ServerModule *> createModules(ServerContext &context, QObject *parent)
{
    std::vector<ServerModule *> modules;
#ifdef MA_HAS_WORKSPACE_MODULE
    modules.push_back(new WorkspaceModule(context, parent));
#endif
#ifdef MA_HAS_POOL_MODULE
    modules.push_back(new PoolModule(context, parent));
#endif
#ifdef MA_HAS_TRAINING_MODULE
    modules.push_back(new TrainingModule(context, parent));
#endif
#ifdef MA_HAS_NOTEBOOK_MODULE
    modules.push_back(new NotebookModule(context, parent));
#endif
    return modules;
}
} // namespace ma::server
