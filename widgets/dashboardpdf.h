#pragma once

// PDF export of monitoring panels (issue 11: "a panel's data exported as CSV and as PNG/PDF, the
// whole dashboard as PDF"): charts as vector graphics, so they stay sharp when zoomed or printed.

#include <QList>
#include <QString>

namespace ma::widgets
{
class DashboardPanel;

/**
 * @brief Writes @p panels to a PDF at @p path: A4 landscape, a header with @p title and
 * @p subtitle (the view, its selection and time range) on every page, then the panels in two
 * columns, two rows a page (one panel fills the page). Each panel is drawn with its title, its
 * chart as vectors, its thresholds and its legend statistics, or its error. The file is written
 * atomically; false with @p error set when it cannot be.
 */
bool writeDashboardPdf(const QString &path, const QString &title, const QString &subtitle,
    const QList<DashboardPanel *> &panels, QString *error = nullptr);
} // namespace ma::widgets
