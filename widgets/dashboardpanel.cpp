#include "dashboardpanel.h"

#include "models/csvexport.h"
#include "widgets/chartwidget.h"
#include "widgets/dashboardpdf.h"
#include "widgets/theme.h"

#include <cmath>
#include <map>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
constexpr int LegendVisibleRows = 3;

QColor thresholdColor(models::PanelThreshold::Severity severity)
{
    switch (severity)
    {
    case models::PanelThreshold::Severity::Suggestion:
        return Theme::color(Theme::Role::StatusProgress);
    case models::PanelThreshold::Severity::Major:
        return Theme::color(Theme::Role::StatusWarning);
    case models::PanelThreshold::Severity::Critical:
        return Theme::color(Theme::Role::StatusFailure);
    }
    return Theme::color(Theme::Role::StatusWarning);
}

QString unitTitle(const QString &unit)
{
    if (unit == u"Cores")
        return DashboardPanel::tr("cores");
    return unit;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 3, 10, 6), 2, 2);
    return QIcon(pixmap);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
    {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

DashboardPanel::DashboardPanel(const models::PanelDefinition &definition, QWidget *parent)
    : QFrame(parent)
    , m_definition(definition)
{
    setObjectName(u"dashboardPanel_"_s + definition.id);
    setProperty("card", true);

    m_title = new QLabel(this);
    m_title->setObjectName(u"panelTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(u"panelStatus"_s);
    m_status->setProperty("tone", u"muted"_s);

    m_menu = new QMenu(this);
    QAction *csvAction = m_menu->addAction(tr("Export data as CSV…"));
    csvAction->setObjectName(u"exportCsvAction"_s);
    connect(csvAction, &QAction::triggered, this, &DashboardPanel::exportCsvInteractively);
    QAction *pngAction = m_menu->addAction(tr("Export as PNG image…"));
    pngAction->setObjectName(u"exportPngAction"_s);
    connect(pngAction, &QAction::triggered, this, &DashboardPanel::exportPngInteractively);
    QAction *pdfAction = m_menu->addAction(tr("Export as PDF…"));
    pdfAction->setObjectName(u"exportPdfAction"_s);
    connect(pdfAction, &QAction::triggered, this, &DashboardPanel::exportPdfInteractively);
    m_menu->addSeparator();
    QAction *resetAction = m_menu->addAction(tr("Reset zoom"));
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(u"panelMenuButton"_s);
    m_menuButton->setText(u"⋯"_s);
    m_menuButton->setToolTip(tr("Panel actions"));
    m_menuButton->setAutoRaise(true);
    // The menu opens below the button; no menu arrow next to the dots (QToolButton::setMenu draws one).
    connect(m_menuButton, &QToolButton::clicked, this,
        [this] { m_menu->popup(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height()))); });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 6, 4, 0);
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_menuButton);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"panelError"_s);
    m_errorLabel->setProperty("tone", u"error"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setContentsMargins(10, 0, 10, 0);
    m_errorLabel->hide();

    m_chart = new ChartWidget(this);
    m_chart->setLegendVisible(false);
    m_chart->setDragZoom(true);
    m_chart->setMinimumHeight(150);
    m_chart->setValueAxis(QString(), definition.unit == u"Cores" ? tr("cores") : definition.unit, definition.minimum,
        qIsNaN(definition.maximum) ? std::nullopt : std::optional<double>(definition.maximum));
    m_chart->setEmptyText(tr("Loading…"));
    QList<QPair<double, QColor>> lines;
    for (const models::PanelThreshold &t : definition.thresholds)
        lines.append({ t.value, thresholdColor(t.severity) });
    m_chart->setThresholds(lines);
    connect(resetAction, &QAction::triggered, m_chart, &ChartWidget::resetZoom);

    m_legend = new QTreeWidget(this);
    m_legend->setObjectName(u"panelLegend"_s);
    m_legend->setColumnCount(LegendColumnCount);
    m_legend->setHeaderLabels({ tr("Series"), tr("Min"), tr("Max"), tr("Avg"), tr("Last") });
    m_legend->setRootIsDecorated(false);
    m_legend->setUniformRowHeights(true);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setFocusPolicy(Qt::NoFocus);
    m_legend->setFrameShape(QFrame::NoFrame);
    m_legend->setToolTip(tr("Click a series to hide or show it"));
    m_legend->header()->setStretchLastSection(false);
    m_legend->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = MinColumn; c < LegendColumnCount; ++c)
        m_legend->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_legend->setCursor(Qt::PointingHandCursor);
    const int rowHeight = m_legend->fontMetrics().height() + 6;
    m_legend->setFixedHeight(m_legend->header()->sizeHint().height() + rowHeight * LegendVisibleRows + 4);
    connect(m_legend, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { toggleFromLegend(item); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_legend);
    updateTitle();
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::updateTitle()
{
    const QString unit = unitTitle(m_definition.unit);
    m_title->setText(
        unit.isEmpty() ? m_definition.title() : tr("%1 (%2)", "panel title (unit)").arg(m_definition.title(), unit));
    m_status->setText(m_loading ? tr("Loading…") : QString());
}

void DashboardPanel::setLoading(bool loading)
{
    m_loading = loading;
    updateTitle();
}

void DashboardPanel::setSeries(const QList<models::TimeSeries> &series)
{
    m_errorText.clear();
    m_errorLabel->hide();
    m_series = series;
    QStringList ids;
    for (const models::TimeSeries &s : series)
    {
        QString id = s.name().isEmpty() ? tr("(no labels)") : s.name();
        for (int n = 2; ids.contains(id); ++n)
            id = tr("%1 (%2)", "a repeated series name and its number").arg(s.name()).arg(n);
        ids << id;
    }
    for (const QString &old : m_chart->seriesIds())
    {
        if (!ids.contains(old))
            m_chart->removeSeries(old);
    }
    for (int i = 0; i < series.size(); ++i)
    {
        models::TimeSeries named = series.at(i);
        named.setName(ids.at(i));
        m_chart->setSeries(ids.at(i), named);
        m_chart->setSeriesVisible(ids.at(i), !m_hidden.contains(ids.at(i)));
    }
    m_ids = ids;
    m_chart->setEmptyText(tr("No data in this time range"));
    updateLegend();
}

QList<models::TimeSeries> DashboardPanel::series() const
{
    return m_series;
}

void DashboardPanel::setError(const QString &message)
{
    m_errorText = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    m_series.clear();
    m_ids.clear();
    m_chart->clear();
    m_chart->setEmptyText(tr("No data: the query failed"));
    updateLegend();
}

void DashboardPanel::setSeriesHidden(const QString &name, bool hidden)
{
    if (hidden)
        m_hidden.insert(name);
    else
        m_hidden.remove(name);
    m_chart->setSeriesVisible(name, !hidden);
    updateLegend();
}

void DashboardPanel::toggleFromLegend(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(NameColumn, Qt::UserRole).toString();
    setSeriesHidden(id, !m_hidden.contains(id));
}

QString DashboardPanel::formatValue(double value) const
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude < 10 ? 2 : (magnitude < 1000 ? 1 : 0);
    const QString number = QLocale().toString(value, 'f', decimals);
    const QString &unit = m_definition.unit;
    if (unit.isEmpty())
        return number;
    if (unit == u"%")
        return tr("%1%", "a value in percent").arg(number);
    return tr("%1 %2", "a value and its unit").arg(number, unitTitle(unit));
}

void DashboardPanel::updateLegend()
{
    m_legend->setUpdatesEnabled(false);
    while (m_legend->topLevelItemCount() > m_ids.size())
        delete m_legend->takeTopLevelItem(m_legend->topLevelItemCount() - 1);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < m_ids.size(); ++i)
    {
        QTreeWidgetItem *item = m_legend->topLevelItem(i);
        if (!item)
        {
            item = new QTreeWidgetItem(m_legend);
            for (int c = MinColumn; c < LegendColumnCount; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        const QString &id = m_ids.at(i);
        const models::TimeSeries &s = m_series.at(i);
        double sum = 0;
        int count = 0;
        for (const models::TimePoint &p : s.points())
        {
            if (!p.isGap())
            {
                sum += p.value;
                ++count;
            }
        }
        const auto text = [this](std::optional<double> v)
        {
            return v ? formatValue(*v) : tr("–", "no value");
        };
        item->setText(NameColumn, id);
        item->setData(NameColumn, Qt::UserRole, id);
        item->setIcon(NameColumn, swatch(m_chart->seriesColor(id)));
        item->setToolTip(NameColumn, id);
        item->setText(MinColumn, text(s.minimum()));
        item->setText(MaxColumn, text(s.maximum()));
        item->setText(AvgColumn, text(count ? std::optional<double>(sum / count) : std::nullopt));
        const auto last = s.last();
        item->setText(LastColumn, text(last ? std::optional<double>(last->value) : std::nullopt));
        const bool hidden = m_hidden.contains(id);
        for (int c = 0; c < LegendColumnCount; ++c)
        {
            QFont f = m_legend->font();
            f.setStrikeOut(hidden && c == NameColumn);
            item->setFont(c, f);
            item->setForeground(c, hidden ? QBrush(muted) : QBrush());
        }
    }
    m_legend->setUpdatesEnabled(true);
}

QString DashboardPanel::titleText() const
{
    return m_title->text();
}

QByteArray DashboardPanel::csv() const
{
    // One row per time any series has a point, in time order; series are columns.
    std::map<qint64, QList<double>> rows;
    const int columns = int(m_series.size());
    for (int i = 0; i < columns; ++i)
    {
        for (const models::TimePoint &p : m_series.at(i).points())
        {
            auto it = rows.find(p.timeMs);
            if (it == rows.end())
            {
                QList<double> empty(columns, qQNaN());
                it = rows.emplace(p.timeMs, std::move(empty)).first;
            }
            it->second[i] = p.value;
        }
    }
    QStringList header { models::csvField(tr("Time")) };
    for (const QString &id : m_ids)
        header << models::csvField(id);
    QString out = header.join(u',') + u"\r\n"_s;
    for (const auto &[time, values] : rows)
    {
        QStringList fields { QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate) };
        for (double v : values)
            fields << (qIsNaN(v) ? QString() : QString::number(v, 'g', 12));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool DashboardPanel::saveCsv(const QString &path, QString *error) const
{
    return writeFile(path, csv(), error);
}

QImage DashboardPanel::image()
{
    m_chart->flush();
    const bool menuVisible = m_menuButton->isVisible();
    m_menuButton->setVisible(false); // the image shows the data, not the controls
    QImage out = grab().toImage();
    m_menuButton->setVisible(menuVisible);
    return out;
}

bool DashboardPanel::savePng(const QString &path, QString *error)
{
    const QImage picture = image();
    if (!picture.save(path, "PNG"))
    {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool DashboardPanel::savePdf(const QString &path, const QString &subtitle, QString *error)
{
    m_chart->flush();
    return writeDashboardPdf(path, m_definition.title(), subtitle, { this }, error);
}

void DashboardPanel::exportCsvInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export data as CSV"), m_definition.id + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCsv(path, &error))
        showExportError(error);
}

void DashboardPanel::exportPngInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as PNG image"), m_definition.id + u".png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePng(path, &error))
        showExportError(error);
}
void DashboardPanel::exportPdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as PDF"), m_definition.id + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto [from, to] = m_chart->visibleTimeRange();
    const QLocale locale;
    const QString range = tr("%1 to %2")
                              .arg(locale.toString(from.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(to.toLocalTime(), QLocale::ShortFormat));
    QString error;
    if (!savePdf(path, range, &error))
        showExportError(error);
}
} // namespace ma::widgets

namespace ma::widgets
{
void DashboardPanel::showExportError(const QString &reason)
{
    // Next to the data, which stays: the export failed, not the query.
    m_errorLabel->setText(tr("Cannot export: %1").arg(reason));
    m_errorLabel->show();
}
} // namespace ma::widgets
