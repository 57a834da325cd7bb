#pragma once

// The console's table look, set in one place: every list, details tab and picker table of
// the app reads the same (whole rows, alternating shades, no grid, left-aligned headers).

#include <initializer_list>
#include <QString>
#include <QStringList>

class QTableView;
class QTableWidget;
class QWidget;

namespace ma::widgets
{
/**
 * Whole rows selected, alternating row colours, no grid, no word wrap, no row numbers, header
 * sections left-aligned and not highlighted. Row height, stretching and sorting stay the
 * caller's: they differ between a list and a small details table.
 */
void applyConsoleTableLook(QTableView *view);

/** A read-only table of @p headers in the console look, its last column stretched. */
QTableWidget *makeReadOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers);

/** @brief A column's initial width in pixels. */
struct ColumnWidth
{
    int column;
    int width;
};

/** Sets the initial width of each listed column (the user may still resize them). */
void setColumnWidths(QTableView *view, std::initializer_list<ColumnWidth> widths);
} // namespace ma::widgets
