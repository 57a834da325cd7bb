#pragma once

// The id under which the Overview page is registered (ui/pages.cpp).

#include <QString>

namespace ma::ui
{
inline const QString kOverviewPageId = QStringLiteral("overview");
} // namespace ma::ui
