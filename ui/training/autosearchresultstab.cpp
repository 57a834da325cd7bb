#include "ui/training/autosearchresultstab.h"

#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "ui/errorbanner.h"
#include "widgets/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
constexpr int kMaxTrials = 500;

QString cellText(const api::Json &cell)
{
    if (cell.is_null())
        return QString();
    if (cell.is_string())
        return QString::fromStdString(cell.get<std::string>());
    return QString::fromStdString(cell.dump());
}
} // namespace

AutoSearchResultsTab::AutoSearchResultsTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("autoSearchResultsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    m_banner = new ErrorBanner(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("autoSearchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("autoSearchTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
}

void AutoSearchResultsTab::setJob(api::ApiClient *client, const QString &jobId, const api::AutoSearchPolicy &policy)
{
    m_client = client;
    m_jobId = jobId;
    m_policy = policy;
    m_bestRow = -1;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_summary->setText(tr("No trial has run yet."));
    m_banner->dismiss();
}

void AutoSearchResultsTab::refresh()
{
    if (!m_client || m_jobId.isEmpty() || m_loading)
        return;
    m_loading = true;
    const QString jobId = m_jobId;
    api::whenDecoded<api::AutoSearchTrials>(m_client->send(api::training::autosearchTrials(jobId, kMaxTrials)), this,
        [this, jobId](const api::Typed<api::AutoSearchTrials> &result)
        {
            m_loading = false;
            if (jobId != m_jobId)
                return;
            if (!result.ok())
            {
                m_banner->showError(result.error);
                emit loaded();
                return;
            }
            m_banner->dismiss();
            show(result.value);
            emit loaded();
        });
}

void AutoSearchResultsTab::show(const api::AutoSearchTrials &trials)
{
    const api::AutoSearchTrialTable items = trials.items.value_or(api::AutoSearchTrialTable());
    const auto column = [&](const char *name) -> int
    {
        for (std::size_t i = 0; i < items.header.size(); ++i)
        {
            if (items.header[i] == QLatin1String(name))
                return static_cast<int>(i);
        }
        return -1;
    };
    const api::RewardAttr reward
        = m_policy.rewardAttrs && !m_policy.rewardAttrs->empty() ? m_policy.rewardAttrs->front() : api::RewardAttr();
    const QString metric = reward.name.value_or(QString());
    const bool minimise = reward.mode.value_or(QString()) == u"min";
    const int trialColumn = column("trial_id");
    const int configColumn = column("config");
    const int statusColumn = column("status");
    int metricColumn = metric.isEmpty() ? -1 : column(metric.toUtf8().constData());
    if (metricColumn < 0)
        metricColumn = column("reward_attr");

    QStringList parameters;
    for (const api::SearchParam &p : m_policy.searchParams.value_or(std::vector<api::SearchParam>()))
        parameters << p.name.value_or(QString());
    QStringList headers = { tr("Trial") };
    headers << parameters << tr("Status") << (metric.isEmpty() ? tr("Metric") : metric);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(items.data.size()));

    m_bestRow = -1;
    double best = 0;
    for (std::size_t r = 0; r < items.data.size(); ++r)
    {
        const api::Json &row = items.data[r];
        const auto cell = [&](int c) -> api::Json
        {
            return c >= 0 && row.is_array() && static_cast<std::size_t>(c) < row.size()
                ? row[static_cast<std::size_t>(c)]
                : api::Json();
        };
        const int tableRow = static_cast<int>(r);
        m_table->setItem(tableRow, 0, new QTableWidgetItem(cellText(cell(trialColumn))));
        const api::Json config = cell(configColumn);
        for (qsizetype p = 0; p < parameters.size(); ++p)
        {
            const std::string key = parameters.at(p).toStdString();
            const QString value = config.is_object() && config.contains(key) ? cellText(config[key]) : QString();
            m_table->setItem(tableRow, static_cast<int>(1 + p), new QTableWidgetItem(value));
        }
        m_table->setItem(
            tableRow, static_cast<int>(1 + parameters.size()), new QTableWidgetItem(cellText(cell(statusColumn))));
        const api::Json value = cell(metricColumn);
        m_table->setItem(tableRow, static_cast<int>(2 + parameters.size()), new QTableWidgetItem(cellText(value)));
        bool ok = value.is_number();
        const double number = ok ? value.get<double>() : cellText(value).toDouble(&ok);
        if (ok && (m_bestRow < 0 || (minimise ? number < best : number > best)))
        {
            best = number;
            m_bestRow = tableRow;
        }
    }
    if (m_bestRow >= 0)
    {
        for (int c = 0; c < m_table->columnCount(); ++c)
        {
            if (QTableWidgetItem *item = m_table->item(m_bestRow, c))
            {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        const QString bestTrial = m_table->item(m_bestRow, 0)->text();
        m_table->item(m_bestRow, 0)->setText(tr("%1 (best)").arg(bestTrial));
        QStringList values;
        for (qsizetype p = 0; p < parameters.size(); ++p)
            values << QStringLiteral("%1=%2").arg(
                parameters.at(p), m_table->item(m_bestRow, static_cast<int>(1 + p))->text());
        m_summary->setText(tr("Best %1 %2 in trial %3 of %4: %5")
                               .arg(metric, QString::number(best), bestTrial)
                               .arg(trials.total.value_or(static_cast<int>(items.data.size())))
                               .arg(values.join(QStringLiteral(", "))));
    }
    else
    {
        m_summary->setText(items.data.empty() ? tr("No trial has run yet.")
                                              : tr("No trial has printed the metric %1 yet.").arg(metric));
    }
    m_table->resizeColumnsToContents();
}

QString AutoSearchResultsTab::summaryText() const
{
    return m_summary->text();
}

QString AutoSearchResultsTab::errorText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}
} // namespace ma::ui
