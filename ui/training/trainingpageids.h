#pragma once

// The ids under which the training pages are registered (ui/pages.cpp); pages open one
// another by these ids, never by pointer.

#include "ui/confirmation.h"

#include <QString>

namespace ma::ui
{
inline const QString kTrainingJobsPageId = QStringLiteral("training.jobs");
inline const QString kCreateTrainingJobPageId = QStringLiteral("training.create");
inline const QString kTrainingJobDetailsPageId = QStringLiteral("training.details");
/** The details of a job of the legacy v1 API; opened with its job_id (a decimal QString). */
inline const QString kTrainingJobV1DetailsPageId = QStringLiteral("training.v1details");
/** Opened with a QStringList of job ids (2 to kMaxComparedJobs). */
inline const QString kJobComparisonPageId = QStringLiteral("training.compare");

/** The most jobs the comparison puts side by side (more columns would not be readable). */
inline constexpr int kMaxComparedJobs = 6;

/** The argument that makes the Training Jobs list reload when it is opened. */
inline const QString kReloadArgument = QStringLiteral("reload");
/** How destructive-action questions name training jobs. */
ResourceNoun trainingJobNoun();
} // namespace ma::ui
