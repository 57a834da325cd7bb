#pragma once

// One panel of a monitoring dashboard (issue 11, pools_monitoring.md §5.7): a titled chart with
// its unit and alarm thresholds (§5.8), a legend table with min/max/avg/last per series (click a
// row to hide or show the series), the query's error shown on the panel, and a menu to export
// the panel's data as CSV or the panel as a PNG image or a PDF.

#include "models/dashboarddefinitions.h"
#include "models/timeseries.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QMenu;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ma::widgets
{
class ChartWidget;

class DashboardPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    enum LegendColumn
    {
        NameColumn,
        MinColumn,
        MaxColumn,
        AvgColumn,
        LastColumn,
        LegendColumnCount
    };

    explicit DashboardPanel(const models::PanelDefinition &definition, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    const models::PanelDefinition &definition() const { return m_definition; }
    QString id() const { return m_definition.id; }
    /** The title as shown: "CPU usage (%)". */
    QString titleText() const;
    ChartWidget *chart() const { return m_chart; }
    QTreeWidget *legend() const { return m_legend; }
    QMenu *menu() const { return m_menu; }

    /**
     * @brief Replaces the panel's series (one query's answer) and clears an error. Series keep
     * their colour and hidden state by name across refreshes.
     */
    void setSeries(const QList<models::TimeSeries> &series);
    QList<models::TimeSeries> series() const;
    /** Shows @p message on the panel (an unreachable source, a refused query) instead of data. */
    void setError(const QString &message);
    QString error() const { return m_errorText; }
    bool hasError() const { return !m_errorText.isEmpty(); }
    /** A query for this panel is in flight (a discreet "Loading…" next to the title). */
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    /** Hides or shows the series named @p name, as clicking its legend row does. */
    void setSeriesHidden(const QString &name, bool hidden);
    bool isSeriesHidden(const QString &name) const { return m_hidden.contains(name); }

    /**
     * @brief The data as CSV (RFC 4180, UTF-8 with BOM, CRLF): a "Time" column in ISO 8601 UTC
     * then one column per series; a time a series has no value at is an empty field.
     */
    QByteArray csv() const;
    bool saveCsv(const QString &path, QString *error = nullptr) const;
    /** The panel as it looks on screen (title, chart, legend). */
    QImage image();
    bool savePng(const QString &path, QString *error = nullptr);
    /** The panel alone on an A4 page, its chart as vectors (writeDashboardPdf()). */
    bool savePdf(const QString &path, const QString &subtitle, QString *error = nullptr);

    /** The legend's statistic text for one value in the panel's unit ("42.0%", "1,024 MB"). */
    QString formatValue(double value) const;

private:
    void exportCsvInteractively();
    void exportPngInteractively();
    void exportPdfInteractively();
    void showExportError(const QString &reason);
    void updateLegend();
    void toggleFromLegend(QTreeWidgetItem *item);
    void updateTitle();

    models::PanelDefinition m_definition;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    ChartWidget *m_chart = nullptr;
    QTreeWidget *m_legend = nullptr;
    QList<models::TimeSeries> m_series;
    QStringList m_ids; // chart ids of m_series, unique
    QSet<QString> m_hidden;
    QString m_errorText;
    bool m_loading = false;
};
} // namespace ma::widgets
