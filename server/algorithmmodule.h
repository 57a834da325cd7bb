#pragma once

// Algorithm Management of modelarts-local: the v2 algorithms API.
//
// Routes (under the server's project):
//   POST   /v2/{project_id}/algorithms                   CreateAlgorithm (201, the algorithm)
//   GET    /v2/{project_id}/algorithms                   ListAlgorithms (offset = item offset, limit 1..50,
//                                                        sort_by create_time|name, order asc|desc,
//                                                        searches name:<text>, workspace_id)
//   GET    /v2/{project_id}/algorithms/{algorithm_id}    ShowAlgorithmByUuid
//   DELETE /v2/{project_id}/algorithms/{algorithm_id}    DeleteAlgorithm (202, no content)
//
// Documents (docs/server-conventions.md): kind "algorithm", id = metadata.id (a UUID), the
// ShowAlgorithmByUuid JSON. Refusals: a missing or malformed metadata.name, a name already
// used, a description over 256 characters, a job_config with neither a boot file nor a command
// (or a boot file not ending in .py), hyperparameters or channels without a name or named twice:
// 400 ModelArts.0101 (the published error catalog has no algorithm-specific code for these); an
// unknown id: 400 ModelArts.2755 "algorithm not found.", as the training API answers.
// Training jobs that name an algorithm id run with its code, boot file or command and engine
// (TrainingModule reads the document through storedAlgorithm()).

#include "api/types/algorithm.h"
#include "servermodule.h"

#include <optional>

namespace ma::server
{
/** The stored algorithm @p id, or nullopt. */
std::optional<api::Algorithm> storedAlgorithm(const Store &store, const QString &id);

class AlgorithmModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlgorithmModule)

public:
    explicit AlgorithmModule(ServerContext &context, QObject *parent = nullptr);

    void registerRoutes(Router &router) override;
    void seedDemoData() override;

private:
    Response createAlgorithm(const Request &req);
    Response listAlgorithms(const Request &req);
    Response showAlgorithm(const Request &req);
    Response deleteAlgorithm(const Request &req);

    /** Validates @p algorithm, completes its metadata and stores it; returns the stored JSON. */
    Json add(api::Algorithm algorithm);

    /** The create_time given last: two algorithms made in one millisecond still come newest first. */
    qint64 m_lastCreateMs = 0;
};
} // namespace ma::server
