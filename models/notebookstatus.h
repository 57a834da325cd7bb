#pragma once

// Status words of notebooks (the 14 values of Notebook.status) mapped to translated display
// text and a badge kind, and the console's per-status conditions of every operation (Open
// and Stop only while running, Start from stopped, Change Image while stopped...), so the
// list and the details page enable the same actions. Translation context "NotebookStatus".

#include "models/poolstatus.h"

#include <QString>
#include <QStringList>

namespace ma::models::notebookstatus
{
/** The word and badge of a Notebook.status; unknown words are shown as sent, Neutral. */
StatusWord word(const QString &status);
/** The 14 statuses in the API's order (for the status filter). */
QStringList statuses();

// The console's conditions (user guide, DevEnviron > Notebook operations).
bool canOpen(const QString &status); // Running
bool canStart(const QString &status); // Stopped (and the failed starts, to try again)
bool canStop(const QString &status); // Running
bool canDelete(const QString &status); // not while deleting or saving an image
bool canChangeImage(const QString &status); // Stopped
bool canModifyFlavor(const QString &status); // Stopped, Running or Startup failed
bool canSaveImage(const QString &status); // Running
bool canUpdateSsh(const QString &status); // Stopped
bool canEditDetails(const QString &status); // rename/description: the update API takes stopped instances
bool canExpandStorage(const QString &status); // Running (EVS only)
bool canMountStorage(const QString &status); // Running
bool canRenew(const QString &status); // Running or Starting
} // namespace ma::models::notebookstatus
