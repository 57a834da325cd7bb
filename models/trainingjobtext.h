#pragma once

// How a training job's settings read on screen, shared by the job details page and the job
// comparison: the flavor with its vCPUs, memory and cards, and where a data channel lives.

#include "api/types/training.h"

#include <QString>

namespace ma::models
{
/**
 * @brief The job's flavor as the console shows it: its name (else its id) with the vCPUs,
 * memory and cards of spec.resource.flavor_detail; a display name that already says it
 * ("This computer: 2 vCPUs 8GB") is kept as it is. Empty when the job names no flavor.
 */
QString trainingFlavorText(const api::TrainingJob &job);

/** Where an input or output lives: its OBS path, or "dataset id / version id". */
QString dataRemoteText(const api::DataRemote &remote);
} // namespace ma::models
