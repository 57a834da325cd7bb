#include "consoletable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace ma::widgets
{
void applyConsoleTableLook(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QTableWidget *makeReadOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    applyConsoleTableLook(table);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setColumnWidths(QTableView *view, std::initializer_list<ColumnWidth> widths)
{
    for (const ColumnWidth &w : widths)
        view->setColumnWidth(w.column, w.width);
}
} // namespace ma::widgets
