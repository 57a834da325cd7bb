#pragma once

// The ids under which the notebook pages are registered (ui/pages.cpp).

#include "ui/confirmation.h"

#include <QString>

namespace ma::ui
{
inline const QString kNotebooksPageId = QStringLiteral("notebooks.list");
inline const QString kNotebookDetailsPageId = QStringLiteral("notebooks.details");
inline const QString kCreateNotebookPageId = QStringLiteral("notebooks.create");
/** Argument of kNotebooksPageId: load the list again (a notebook was just created). */
inline const QString kReloadNotebooksArgument = QStringLiteral("reload");

/** How destructive-action questions name notebooks. */
ResourceNoun notebookNoun();
} // namespace ma::ui
