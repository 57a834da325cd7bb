#pragma once

// The pre-submit checks of Create Notebook, listed in its Confirm step: the instance limit
// (10 per account, ModelArts.6302) and the workspace quota (W-6), the dedicated pool's nodes
// and queue, the image (N-14), the OBS storage folder and the cost.

#include "models/presubmitchecks.h"

namespace ma::models
{
class Connection;
struct NotebookDraft;

/** What the form knows of the chosen flavor beyond the draft. */
struct NotebookFlavorFacts
{
    QString billingCode;
    int billingUnits = 0;
};

/** Adds the checks for creating @p draft through @p connection to @p checks (start() them). */
void addNotebookChecks(
    PreSubmitChecks &checks, Connection *connection, const NotebookDraft &draft, const NotebookFlavorFacts &flavor);
} // namespace ma::models
