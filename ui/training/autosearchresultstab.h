#pragma once

// Auto Search Results (training job details, hyperparameter search jobs only): one row per
// trial from GET .../training-jobs/{id}/autosearch-trials, with the values the trial gave each
// searched hyperparameter, its status and the metric it reached; the best trial (by the
// metric's direction, max or min) is marked and summarised above the table.

#include "api/types/training.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ma::api
{
class ApiClient;
} // namespace ma::api

namespace ma::ui
{
class ErrorBanner;

class AutoSearchResultsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoSearchResultsTab)

public:
    explicit AutoSearchResultsTab(QWidget *parent = nullptr);

    /** The job whose trials to show and its policy (metric, direction, ranges); clears the table. */
    void setJob(api::ApiClient *client, const QString &jobId, const api::AutoSearchPolicy &policy);
    /** Reads the trials again (at most 500: the API's page limit). */
    void refresh();

    QTableWidget *table() const { return m_table; }
    /** "Best accuracy 0.9489 in trial 3: learning_rate=0.021, momentum=0.89", or why there is none. */
    QString summaryText() const;
    /** The row of the best trial, -1 when no trial has reached the metric yet. */
    int bestRow() const { return m_bestRow; }
    /** The error shown above the table, empty when none. */
    QString errorText() const;

Q_SIGNALS:
    void loaded();

private:
    void show(const api::AutoSearchTrials &trials);

    QPointer<api::ApiClient> m_client;
    QString m_jobId;
    api::AutoSearchPolicy m_policy;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    int m_bestRow = -1;
    bool m_loading = false;
};
} // namespace ma::ui
