#pragma once

// The ResourceWatcher of one v2 training job (T2-2): polled while the job is not in a final
// phase and its details page is visible.

#include "api/types/training.h"
#include "models/resourcewatcher.h"

namespace ma::models
{
struct TrainingJobWatchTraits
{
    using Item = api::TrainingJob;

    static api::ApiRequest request(const QString &jobId);
    /** Completed, Failed, Terminated, Abnormal...: api::isTerminalPhase(). */
    static bool isFinal(const Item &job);
    /** The wire paths that differ ("status.phase", "metadata.description"...). */
    static QStringList changedFields(const Item &before, const Item &after);
    static QStringList allFields();
};

using TrainingJobWatcher = ResourceWatcher<TrainingJobWatchTraits>;
} // namespace ma::models
