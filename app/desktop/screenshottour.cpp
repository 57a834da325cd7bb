#include "screenshottour.h"

#include "api/notebookrequests.h"
#include "models/connection.h"
#include "models/jobcomparisonmodel.h"
#include "models/nodemapmodel.h"
#include "models/notebooklistmodel.h"
#include "models/poollistmodel.h"
#include "models/poolnodelistmodel.h"
#include "models/presubmitchecks.h"
#include "models/trainingjobdraft.h"
#include "models/trainingjoblistmodel.h"
#include "ui/dashboards/dashboardspage.h"
#include "ui/mainwindow.h"
#include "ui/notebooks/createnotebookpage.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/overview/overviewpageids.h"
#include "ui/pools/createpoolpage.h"
#include "ui/pools/networkspage.h"
#include "ui/pools/nodemappage.h"
#include "ui/pools/pooldetailspage.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/poolspage.h"
#include "ui/training/confirmjobdialog.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/jobcomparisonpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/logviewer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

namespace ma::desktop
{
namespace
{
// What the README's job prints and how long it keeps one core busy, so the CPU chart has a curve.
const QString kDemoCommand = QStringLiteral(
    "echo \"hello from the local pool\"; timeout 12 sh -c 'while :; do :; done'; echo \"training finished\"");
} // namespace

ScreenshotTour::ScreenshotTour(ui::MainWindow *window, QString outputDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outputDir(std::move(outputDir))
{
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_outputDir))
    {
        fail(tr("Cannot create the folder %1.").arg(m_outputDir));
        return;
    }
    m_window->resize(1280, 800);
    waitFor(
        tr("a connection"),
        [this] { return m_window->connection() && m_window->page<ui::TrainingJobsPage>()->model()->rowCount() > 0; },
        [this] { showList(); });
}

void ScreenshotTour::showList()
{
    m_window->showPage(ui::kTrainingJobsPageId);
    after(800,
        [this]
        {
            if (save(QStringLiteral("training-jobs.png")))
                showForm();
        });
}

void ScreenshotTour::showForm()
{
    ui::CreateTrainingJobPage *form = m_window->page<ui::CreateTrainingJobPage>();
    m_window->navigate(ui::kCreateTrainingJobPageId);
    models::TrainingJobDraft draft = models::TrainingJobDraft::withDefaults();
    draft.name = QStringLiteral("hello-local-pool");
    draft.description = QStringLiteral("First job on this computer");
    draft.bootMode = models::TrainingJobDraft::BootMode::CustomImage;
    draft.image = QStringLiteral("modelarts-local/shell:latest");
    draft.bootCommand = kDemoCommand;
    draft.inputs.clear();
    draft.outputs.clear();
    draft.dedicatedPool = true;
    draft.poolId = QStringLiteral("local");
    draft.persistentLog = false;
    // Give the form time to load flavors, engines and pools before it is filled in.
    after(2500,
        [this, form, draft]
        {
            form->setDraft(draft);
            after(800,
                [this, form]
                {
                    if (!save(QStringLiteral("create-training-job.png")))
                        return;
                    // The resource part of the same form.
                    if (auto *scroll = form->findChild<QScrollArea *>())
                        scroll->ensureVisible(0, scroll->widget()->height() * 2 / 3);
                    after(500,
                        [this]
                        {
                            if (save(QStringLiteral("create-training-job-resource.png")))
                                submitJob();
                        });
                });
        });
}

void ScreenshotTour::submitJob()
{
    ui::CreateTrainingJobPage *form = m_window->page<ui::CreateTrainingJobPage>();
    // The Confirm step with its pre-submit checks, shown long enough to be photographed.
    form->setConfirmHandler(
        [this, form](const QString &summary)
        {
            ui::ConfirmJobDialog dialog(summary, form->preSubmitChecks(), m_window);
            dialog.show();
            if (models::PreSubmitChecks *checks = form->preSubmitChecks(); checks && !checks->isFinished())
            {
                QEventLoop loop;
                connect(checks, &models::PreSubmitChecks::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(5000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            QCoreApplication::processEvents();
            saveWidget(&dialog, QStringLiteral("confirm-training-job.png"));
            return true;
        });
    connect(
        form, &ui::CreateTrainingJobPage::submitted, this,
        [this](const QString &jobId)
        {
            m_jobId = jobId;
            showDetails();
        },
        Qt::SingleShotConnection);
    form->submit();
    waitFor(
        tr("the job to be submitted"), [this] { return !m_jobId.isEmpty(); }, [] {}, 30000);
}

void ScreenshotTour::showDetails()
{
    ui::TrainingJobDetailsPage *details = m_window->page<ui::TrainingJobDetailsPage>();
    m_window->navigate(ui::kTrainingJobDetailsPageId, m_jobId);
    waitFor(
        tr("the job to complete"),
        [details]
        {
            const std::optional<api::TrainingJob> job = details->job();
            return job && job->status.phase == u"Completed";
        },
        [this, details]
        {
            details->tabs()->setCurrentIndex(ui::TrainingJobDetailsPage::LogsTab);
            waitFor(
                tr("the log line"),
                [details] { return details->logViewer()->text().contains(u"hello from the local pool"); },
                [this, details]
                {
                    if (!save(QStringLiteral("job-details-logs.png")))
                        return;
                    details->tabs()->setCurrentIndex(ui::TrainingJobDetailsPage::ResourceUsageTab);
                    after(3000,
                        [this]
                        {
                            if (save(QStringLiteral("job-details-usage.png")))
                                showComparison();
                        });
                });
        },
        120000);
}

void ScreenshotTour::showComparison()
{
    // Three of the demo jobs, as a user picks them in the list: a baseline, a fine-tuning run
    // and the run whose learning rate was too high.
    m_window->showPage(ui::kTrainingJobsPageId);
    auto *list = m_window->page<ui::TrainingJobsPage>();
    const QStringList names = { QStringLiteral("resnet50-imagenet-baseline"), QStringLiteral("bert-finetune-squad"),
        QStringLiteral("yolov5-detection-exp3") };
    QItemSelectionModel *selection = list->view()->selectionModel();
    selection->clearSelection();
    const QAbstractItemModel *rows = list->view()->model();
    for (int row = 0; row < rows->rowCount(); ++row)
    {
        if (names.contains(rows->index(row, models::TrainingJobListModel::Name).data().toString()))
            selection->select(rows->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    list->compareAction()->trigger();
    auto *page = m_window->page<ui::JobComparisonPage>();
    waitFor(
        tr("the job comparison"), [page] { return page->model()->jobCount() == 3 && page->metricsLoaded(); },
        [this, page]
        {
            // The settings the runs differ in, over the charts of all three.
            page->differencesOnlyAction()->setChecked(true);
            after(1500,
                [this]
                {
                    if (save(QStringLiteral("training-compare.png")))
                        showPools();
                });
        });
}

void ScreenshotTour::showPools()
{
    m_window->showPage(ui::kPoolsPageId);
    auto *pools = m_window->page<ui::PoolsPage>();
    waitFor(
        tr("the pools"), [pools] { return pools->model()->rowCount() > 0; },
        [this]
        {
            after(800,
                [this]
                {
                    if (save(QStringLiteral("resource-pools.png")))
                        showNetworks();
                });
        });
}

void ScreenshotTour::showNetworks()
{
    m_window->showPage(ui::kNetworksPageId);
    auto *networks = m_window->page<ui::NetworksPage>();
    waitFor(
        tr("the networks"), [networks] { return networks->model()->rowCount() > 0; },
        [this]
        {
            after(800,
                [this]
                {
                    if (save(QStringLiteral("networks.png")))
                        showPoolDetails();
                });
        });
}

void ScreenshotTour::showPoolDetails()
{
    // The demo GPU pool on its Nodes tab: drivers, HA marks, IPs and AZs.
    const auto *pools = m_window->page<ui::PoolsPage>()->model();
    QString id;
    for (int row = 0; row < pools->rowCount(); ++row)
        if (pools->index(row, models::PoolListModel::Name).data().toString() == u"gpu-v100-pool")
            id = pools->index(row, 0).data(models::PoolListModel::PoolNameRole).toString();
    m_window->navigate(ui::kPoolDetailsPageId, id);
    auto *details = m_window->page<ui::PoolDetailsPage>();
    details->tabs()->setCurrentIndex(ui::PoolDetailsPage::NodesTab);
    waitFor(
        tr("the pool's nodes"), [details] { return details->nodeModel()->rowCount() > 0; },
        [this]
        {
            after(1500,
                [this]
                {
                    if (save(QStringLiteral("pool-details.png")))
                        showCreatePool();
                });
        });
}

void ScreenshotTour::showCreatePool()
{
    m_window->navigate(ui::kCreatePoolPageId);
    auto *form = m_window->page<ui::CreatePoolPage>();
    waitFor(
        tr("the pool form"), [form] { return form->isCatalogLoaded(); },
        [this]
        {
            after(800,
                [this]
                {
                    if (save(QStringLiteral("create-pool.png")))
                        showNotebookForm();
                });
        });
}

void ScreenshotTour::showNotebookForm()
{
    m_window->navigate(ui::kCreateNotebookPageId);
    auto *form = m_window->page<ui::CreateNotebookPage>();
    waitFor(
        tr("the notebook form"), [form] { return form->isCatalogLoaded(); },
        [this, form]
        {
            // A notebook on this computer (the local pool runs a real Jupyter), stopped after 2 hours.
            models::NotebookDraft draft = form->draft();
            draft.description = QStringLiteral("Explore the data set");
            draft.imageId = QStringLiteral("e1a07296-22a8-4f05-8bc8-e936c8e54090");
            draft.poolKind = models::NotebookDraft::PoolKind::Dedicated;
            draft.poolId = QStringLiteral("local");
            draft.autoStopHours = 2;
            form->setDraft(draft);
            after(800,
                [this]
                {
                    if (save(QStringLiteral("notebook-create.png")))
                        showNotebooks();
                });
        });
}

void ScreenshotTour::showNotebooks()
{
    // A notebook on the local pool: Jupyter runs on this computer, so the list shows it
    // running with its auto-stop countdown.
    api::NotebookCreate body;
    body.name = QStringLiteral("notebook-local");
    body.description = QStringLiteral("JupyterLab on this computer");
    body.flavor = QStringLiteral("modelarts.vm.cpu.2u");
    body.imageId = QStringLiteral("0117d4c8-4d9d-4333-b0f3-dbeb19a298e1");
    body.volume.category = QStringLiteral("EVS");
    body.volume.ownership = QStringLiteral("MANAGED");
    body.volume.capacity = 5;
    body.poolId = QStringLiteral("local");
    m_window->connection()->client()->send(api::notebooks::create(body));
    m_window->showPage(ui::kNotebooksPageId);
    auto *notebooks = m_window->page<ui::NotebooksPage>();
    notebooks->reload();
    const auto settled = [notebooks]
    {
        const QAbstractItemModel *model = notebooks->model();
        if (model->rowCount() == 0)
            return false;
        const QString status = model->index(0, 0).data(models::NotebookListModel::StatusRole).toString();
        return status == u"RUNNING" || status.endsWith(u"FAILED") || status == u"ERROR";
    };
    waitFor(
        tr("the notebook to start"), settled,
        [this, notebooks]
        {
            notebooks->view()->selectRow(0);
            after(1500,
                [this, notebooks]
                {
                    if (!save(QStringLiteral("notebooks.png")))
                        return;
                    const QString id
                        = notebooks->model()->index(0, 0).data(models::NotebookListModel::IdRole).toString();
                    auto *details = m_window->page<ui::NotebookDetailsPage>();
                    m_window->navigate(ui::kNotebookDetailsPageId, id);
                    details->tabs()->setCurrentIndex(ui::NotebookDetailsPage::EventsTab);
                    after(2500,
                        [this]
                        {
                            if (save(QStringLiteral("notebook-details.png")))
                                showNodeMap();
                        });
                });
        },
        120000);
}

void ScreenshotTour::showNodeMap()
{
    m_window->showPage(ui::kNodeMapPageId);
    auto *map = m_window->page<ui::NodeMapPage>();
    waitFor(
        tr("the node map"), [map] { return map->model()->hasLoaded(); },
        [this]
        {
            after(1000,
                [this]
                {
                    if (save(QStringLiteral("node-map.png")))
                        showOverview();
                });
        });
}

void ScreenshotTour::showOverview()
{
    // The Overview and the dashboards read the local backend's Prometheus API: give the
    // queries a moment to answer rather than a condition per panel.
    m_window->showPage(ui::kOverviewPageId);
    after(4000,
        [this]
        {
            if (!save(QStringLiteral("overview.png")))
                return;
            m_window->showPage(ui::kDashboardsPageId);
            after(5000,
                [this]
                {
                    if (save(QStringLiteral("dashboards.png")))
                        showDashboardView(1);
                });
        });
}

void ScreenshotTour::showDashboardView(int index)
{
    // The other four ModelArts views after the Cluster one: dashboards-<view>.png.
    const QList<models::DashboardDefinition> &views = models::dashboards::all();
    if (index >= views.size())
    {
        m_done = true;
        emit finished(true, tr("Saved %n screenshots.", nullptr, int(m_written.size())));
        return;
    }
    const QString id = views.at(index).id;
    m_window->page<ui::DashboardsPage>()->setView(id);
    after(4000,
        [this, index, id]
        {
            if (save(QStringLiteral("dashboards-%1.png").arg(id)))
                showDashboardView(index + 1);
        });
}

void ScreenshotTour::waitFor(const QString &what, Condition condition, Step then, int timeoutMs)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this,
        [=, this]
        {
            if (m_done)
            {
                timer->deleteLater();
                return;
            }
            if (condition())
            {
                timer->stop();
                timer->deleteLater();
                then();
            }
            else if (clock->elapsed() > timeoutMs)
            {
                timer->stop();
                timer->deleteLater();
                fail(tr("Timed out waiting for %1.").arg(what));
            }
        });
    timer->start(200);
}

void ScreenshotTour::after(int ms, Step then)
{
    QTimer::singleShot(ms, this,
        [this, then]
        {
            if (!m_done)
                then();
        });
}

bool ScreenshotTour::save(const QString &fileName)
{
    return saveWidget(m_window, fileName);
}

bool ScreenshotTour::saveWidget(QWidget *widget, const QString &fileName)
{
    const QString path = QDir(m_outputDir).filePath(fileName);
    if (!widget->grab().save(path))
    {
        fail(tr("Cannot write %1.").arg(path));
        return false;
    }
    m_written.append(path);
    return true;
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(false, message);
}
} // namespace ma::desktop
