#pragma once

// The id under which the Dashboards page is registered (ui/pages.cpp). Its argument: a view id
// ("cluster") or a map {view, pool, node, user, job, task}.

#include <QString>

namespace ma::ui
{
inline const QString kDashboardsPageId = QStringLiteral("monitoring.dashboards");
} // namespace ma::ui
