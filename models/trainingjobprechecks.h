#pragma once

// The pre-submit checks of Create Training Job, listed in its Confirm step: the training-job
// quota (GET /v2/{project_id}/training-quotas), the dedicated pool's nodes and queue, the OBS
// paths, the image and the cost.

#include "models/presubmitchecks.h"

namespace ma::models
{
class Connection;
struct TrainingJobDraft;

/** What the form knows of the chosen flavor beyond the draft. */
struct TrainingFlavorFacts
{
    QString billingCode; // billing.code of the flavor list; empty when the API gave none
    int billingUnits = 0; // billing.unit_num
};

/** Adds the checks for submitting @p draft through @p connection to @p checks (start() them). */
void addTrainingJobChecks(
    PreSubmitChecks &checks, Connection *connection, const TrainingJobDraft &draft, const TrainingFlavorFacts &flavor);
} // namespace ma::models
