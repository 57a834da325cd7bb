#pragma once

// The ids under which the pool pages are registered (ui/pages.cpp).

#include "ui/confirmation.h"

#include <QString>

namespace ma::ui
{
inline const QString kPoolsPageId = QStringLiteral("pools.list");
inline const QString kPoolDetailsPageId = QStringLiteral("pools.details");
inline const QString kCreatePoolPageId = QStringLiteral("pools.create");
/** Argument of kPoolsPageId: load the list again (a pool was just ordered). */
inline const QString kReloadPoolsArgument = QStringLiteral("reload");
inline const QString kNodeMapPageId = QStringLiteral("pools.nodemap");
/** The Network tab of Dedicated Resource Pools. */
inline const QString kNetworksPageId = QStringLiteral("pools.networks");

/** How destructive-action questions name dedicated resource pools. */
ResourceNoun poolNoun();
/** How questions name the nodes of a pool. */
ResourceNoun nodeNoun();
/** How questions name ModelArts networks. */
ResourceNoun networkNoun();
} // namespace ma::ui
