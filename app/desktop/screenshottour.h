#pragma once

// Drives the main window through the pages a new user sees (the job list, the creation
// form, a job on the local pool until it completes, its logs and CPU chart) and saves a
// screenshot of each. scripts/screenshots runs it for the README; nothing is drawn by hand.

#include <functional>
#include <QObject>
#include <QString>

class QWidget;

class QTimer;

namespace ma::ui
{
class MainWindow;
} // namespace ma::ui

namespace ma::desktop
{
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(ui::MainWindow *window, QString outputDir, QObject *parent = nullptr);

    /** Starts once the window has a connection; finished() reports the outcome. */
    void start();
    /** Files written so far. */
    QStringList written() const { return m_written; }

signals:
    void finished(bool ok, const QString &message);

private:
    using Condition = std::function<bool()>;
    using Step = std::function<void()>;

    /** Runs @p then once @p condition holds (checked every 200 ms), or fails after @p timeoutMs. */
    void waitFor(const QString &what, Condition condition, Step then, int timeoutMs = 60000);
    void after(int ms, Step then);
    bool save(const QString &fileName);
    /** Writes a picture of @p widget (a dialog, say) to the output folder. */
    bool saveWidget(QWidget *widget, const QString &fileName);
    void fail(const QString &message);

    void showList();
    void showForm();
    void submitJob();
    void showDetails();
    void showComparison();
    void showPools();
    void showNetworks();
    void showPoolDetails();
    void showCreatePool();
    void showNotebookForm();
    void showNotebooks();
    void showNodeMap();
    void showOverview();
    void showDashboardView(int index);

    ui::MainWindow *m_window;
    QString m_outputDir;
    QString m_jobId;
    QStringList m_written;
    bool m_done = false;
};
} // namespace ma::desktop
