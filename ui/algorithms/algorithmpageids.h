#pragma once

// The ids under which the Algorithm Management pages are registered (ui/pages.cpp).

#include "ui/confirmation.h"

#include <QString>

namespace ma::ui
{
inline const QString kAlgorithmsPageId = QStringLiteral("algorithms.list");
/** Opened with the algorithm's id (a QString). */
inline const QString kAlgorithmDetailsPageId = QStringLiteral("algorithms.details");
/** Argument of kAlgorithmsPageId: load the list again (an algorithm was just created or deleted). */
inline const QString kReloadAlgorithmsArgument = QStringLiteral("reload");

/** How destructive-action questions name algorithms. */
ResourceNoun algorithmNoun();
} // namespace ma::ui
