#pragma once

// What notebooks of modelarts-local can run: the built-in images of
// GET /v1/{project_id}/images (N-13) and the notebook flavors of
// GET /v1/{project_id}/notebooks/flavors (N-11), shaped as the API returns them.
// Image ids are fixed here so that they stay the same across restarts and data dirs.

#include "api/types/notebook.h"
#include "flavorcatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ma::server::notebookcatalog
{
/** The built-in (BUILD_IN) notebook images, in catalog order. */
const QList<api::NotebookImage> &images();

/** An image by id; nullptr when unknown. */
const api::NotebookImage *findImage(const QString &id);

/** The subset of an image a Notebook embeds: id, name, swr_path, tag, type, description. */
api::NotebookImage embeddedImage(const api::NotebookImage &image);

/** CPU | GPU | ASCEND: the resource category of a flavor (images list the categories they support). */
QString category(const FlavorShape &shape);

/** True when @p image lists the category of @p shape in resource_categories. */
bool imageSupports(const api::NotebookImage &image, const FlavorShape &shape);

/** A notebook flavor by id (flavors::notebook() only); nullptr when unknown. */
const FlavorShape *findFlavor(const QString &id);

/** One flavor as N-11 returns it (memory in KiB, category upper case, sold_out false). */
api::NotebookFlavor flavorJson(const FlavorShape &shape);
} // namespace ma::server::notebookcatalog
