#pragma once

// Request builders for the legacy v1 training API (api.md §2.1, T1-1..T1-13), used when a
// profile enables it. The answers decode as the types of api/types/trainingv1.h.

#include "api/requestbuilder.h"
#include "api/types/trainingv1.h"

namespace ma::api::trainingv1
{
/** T1-1 POST /v1/{project_id}/training-jobs → v1::TrainingJobCreateResult. */
ApiRequest create(const v1::TrainingJobCreate &job);
/** T1-2 GET /v1/{project_id}/training-jobs → v1::TrainingJobList. */
ApiRequest list(const v1::TrainingJobListParams &params = {});
/** T1-3 PUT /v1/{project_id}/training-jobs/{job_id} → v1::SuccessResponse. */
ApiRequest updateDescription(qint64 jobId, const QString &description);
/** T1-4 DELETE /v1/{project_id}/training-jobs/{job_id} → v1::SuccessResponse. */
ApiRequest remove(qint64 jobId);
/** T1-5 POST …/training-jobs/{job_id}/versions (config.pre_version_id set) → v1::TrainingJobCreateResult. */
ApiRequest createVersion(qint64 jobId, const v1::TrainingJobVersionCreate &version);
/** T1-6 GET …/training-jobs/{job_id}/versions → v1::TrainingJobVersionList. */
ApiRequest versions(qint64 jobId);
/** T1-7 GET …/training-jobs/{job_id}/versions/{version_id} → v1::TrainingJobVersion. */
ApiRequest version(qint64 jobId, qint64 versionId);
/** T1-8 DELETE …/training-jobs/{job_id}/versions/{version_id} → v1::SuccessResponse. */
ApiRequest removeVersion(qint64 jobId, qint64 versionId);
/** T1-9 POST …/versions/{version_id}/stop → v1::SuccessResponse. */
ApiRequest stopVersion(qint64 jobId, qint64 versionId);
/** T1-10 GET …/versions/{version_id}/log/file-names → v1::LogFileNames. */
ApiRequest logFileNames(qint64 jobId, qint64 versionId);
/** T1-11 GET …/versions/{version_id}/aom-log → v1::AomLog. */
ApiRequest aomLog(qint64 jobId, qint64 versionId, const v1::AomLogParams &params);
/** T1-12 GET /v1/{project_id}/job/resource-specs?job_type= → v1::ResourceSpecList. */
ApiRequest resourceSpecs(const QString &jobType = QStringLiteral("train"));
/** T1-13 GET /v1/{project_id}/job/ai-engines?job_type= → v1::AiEngineList. */
ApiRequest aiEngines(const QString &jobType = QStringLiteral("train"));
} // namespace ma::api::trainingv1
