#include "dashboardpdf.h"

#include "widgets/chartwidget.h"
#include "widgets/dashboardpanel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
constexpr int Resolution = 96; // layout in screen pixels: the panels' fonts keep their look
constexpr int Gap = 16;

/** Title, chart and legend of one panel inside @p box. */
void drawPanel(QPainter &painter, DashboardPanel *panel, const QRectF &box)
{
    painter.save();
    painter.setPen(QPen(QColor(0xd0, 0xd4, 0xdb), 1));
    painter.drawRect(box);
    const QRectF inner = box.adjusted(10, 8, -10, -8);

    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(11);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const QFontMetricsF titleMetrics(titleFont);
    const QString title = panel->titleText();
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, inner.width()));
    double y = inner.top() + titleMetrics.height() + 6;

    QFont bodyFont = painter.font();
    bodyFont.setBold(false);
    bodyFont.setPointSizeF(8.5);
    painter.setFont(bodyFont);
    const QFontMetricsF body(bodyFont);

    if (panel->hasError())
    {
        painter.setPen(QColor(0xc0, 0x1c, 0x28));
        painter.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), Qt::TextWordWrap, panel->error());
        painter.restore();
        return;
    }

    // The legend under the chart: one line per series with its statistics, as on screen.
    QTreeWidget *legend = panel->legend();
    const int rows = legend->topLevelItemCount();
    const double lineHeight = body.height() + 2;
    const int shownRows = std::min(rows, 6);
    const double legendHeight = rows > 0 ? lineHeight * (shownRows + 1 + (rows > shownRows ? 1 : 0)) : 0;
    const QRectF chartBox(inner.left(), y, inner.width(), std::max(60.0, inner.bottom() - y - legendHeight - 4));
    panel->chart()->renderVector(&painter, chartBox);
    y = chartBox.bottom() + 4;
    if (rows == 0)
    {
        painter.restore();
        return;
    }
    const double nameWidth = inner.width() * 0.44;
    const double statWidth = (inner.width() - nameWidth) / 4;
    const double swatchWidth = 14;
    const auto drawRow = [&](const QStringList &cells, const QColor &color, const QColor &swatch)
    {
        if (swatch.isValid())
        {
            painter.setPen(Qt::NoPen);
            painter.setBrush(swatch);
            painter.drawRoundedRect(QRectF(inner.left(), y + lineHeight / 2 - 2.5, 10, 5), 1.5, 1.5);
            painter.setBrush(Qt::NoBrush);
        }
        painter.setPen(color);
        const double nameLeft = inner.left() + swatchWidth;
        painter.drawText(QRectF(nameLeft, y, nameWidth - swatchWidth - 4, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            body.elidedText(cells.value(0), Qt::ElideMiddle, nameWidth - swatchWidth - 4));
        for (int c = 1; c < cells.size(); ++c)
            painter.drawText(QRectF(inner.left() + nameWidth + (c - 1) * statWidth, y, statWidth, lineHeight),
                Qt::AlignRight | Qt::AlignVCenter, cells.at(c));
        y += lineHeight;
    };
    const QColor mutedText(0x5f, 0x66, 0x70);
    QStringList header;
    for (int c = 0; c < DashboardPanel::LegendColumnCount; ++c)
        header << legend->headerItem()->text(c);
    drawRow(header, mutedText, QColor());
    for (int r = 0; r < shownRows; ++r)
    {
        const QTreeWidgetItem *item = legend->topLevelItem(r);
        QStringList cells;
        for (int c = 0; c < DashboardPanel::LegendColumnCount; ++c)
            cells << item->text(c);
        const QString name = item->text(DashboardPanel::NameColumn);
        const bool hidden = panel->isSeriesHidden(name);
        drawRow(cells, hidden ? QColor(0x9a, 0xa0, 0xa6) : QColor(Qt::black),
            hidden ? QColor() : panel->chart()->seriesColor(name));
    }
    if (rows > shownRows)
        drawRow(
            { QCoreApplication::translate("ma::widgets::DashboardPdf", "… and %1 more series").arg(rows - shownRows) },
            mutedText, QColor());
    painter.restore();
}

void drawHeader(
    QPainter &painter, const QRectF &page, const QString &title, const QString &subtitle, int pageNo, int pageCount)
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(14);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(page.left(), page.top(), page.width(), 24), Qt::AlignLeft | Qt::AlignVCenter, title);
    font.setBold(false);
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x66, 0x70));
    painter.drawText(
        QRectF(page.left(), page.top() + 26, page.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    painter.drawText(QRectF(page.left(), page.top() + 26, page.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("ma::widgets::DashboardPdf", "Page %1 of %2").arg(pageNo).arg(pageCount));
    painter.restore();
}
} // namespace

bool writeDashboardPdf(const QString &path, const QString &title, const QString &subtitle,
    const QList<DashboardPanel *> &panels, QString *error)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&bytes);
        writer.setTitle(title);
        writer.setCreator(u"ModelArts Desktop"_s);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter(&writer);
        if (!painter.isActive())
        {
            if (error)
                *error = QCoreApplication::translate("ma::widgets::DashboardPdf", "Cannot start the PDF writer.");
            return false;
        }
        const QRectF page = writer.pageLayout().paintRectPixels(Resolution);
        const QRectF body = QRectF(0, 48, page.width(), page.height() - 48);
        const int perPage = panels.size() == 1 ? 1 : 4;
        const int pageCount = std::max<int>(1, (int(panels.size()) + perPage - 1) / perPage);
        for (int p = 0; p < pageCount; ++p)
        {
            if (p > 0)
                writer.newPage();
            drawHeader(painter, QRectF(0, 0, page.width(), page.height()), title, subtitle, p + 1, pageCount);
            for (int i = 0; i < perPage; ++i)
            {
                const int index = p * perPage + i;
                if (index >= panels.size())
                    break;
                QRectF box = body;
                if (perPage > 1)
                {
                    const double w = (body.width() - Gap) / 2;
                    const double h = (body.height() - Gap) / 2;
                    box = QRectF(body.left() + (i % 2) * (w + Gap), body.top() + (i / 2) * (h + Gap), w, h);
                }
                drawPanel(painter, panels.at(index), box);
            }
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data()) != bytes.size() || !file.commit())
    {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace ma::widgets
