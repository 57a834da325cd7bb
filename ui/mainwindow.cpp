#include "mainwindow.h"

#include "models/connection.h"
#include "ui/appsettings.h"
#include "ui/errorbanner.h"
#include "ui/settingspage.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/trainingjobspage.h"
#include "widgets/statuspalette.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
constexpr int kPageRole = Qt::UserRole;
constexpr int kNavigationWidth = 200;
const QSize kDefaultSize(1280, 800);
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_trainingJobs(new TrainingJobsPage(this))
    , m_createJob(new CreateTrainingJobPage(this))
    , m_jobDetails(new TrainingJobDetailsPage(this))
    , m_settings(new SettingsPage(this))
{
    setWindowTitle(tr("ModelArts Desktop"));
    setObjectName(QStringLiteral("mainWindow"));

    m_pages->addWidget(m_trainingJobs);
    m_pages->addWidget(m_createJob);
    m_pages->addWidget(m_jobDetails);
    m_pages->addWidget(m_settings);
    connect(m_trainingJobs, &TrainingJobsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_createJob, &CreateTrainingJobPage::errorOccurred, this, &MainWindow::showError);
    connect(m_jobDetails, &TrainingJobDetailsPage::errorOccurred, this, &MainWindow::showError);

    connect(m_trainingJobs, &TrainingJobsPage::createRequested, this, &MainWindow::openCreateForm);
    connect(m_trainingJobs, &TrainingJobsPage::rebuildRequested, this, &MainWindow::openRebuildForm);
    connect(m_trainingJobs, &TrainingJobsPage::openRequested, this, &MainWindow::openJobDetails);
    connect(m_createJob, &CreateTrainingJobPage::submitted, this, &MainWindow::onJobSubmitted);
    connect(m_createJob, &CreateTrainingJobPage::cancelled, this, [this] { showPage(Page::TrainingJobs); });
    connect(m_jobDetails, &TrainingJobDetailsPage::backRequested, this, [this] { showPage(Page::TrainingJobs); });
    connect(m_jobDetails, &TrainingJobDetailsPage::rebuildRequested, this, &MainWindow::openRebuildForm);
    connect(m_jobDetails, &TrainingJobDetailsPage::jobDeleted, this,
        [this]
        {
            m_trainingJobs->reload();
            showPage(Page::TrainingJobs);
        });
    connect(
        m_settings, &SettingsPage::autoRefreshSecondsChanged, m_trainingJobs, &TrainingJobsPage::setAutoRefreshSeconds);

    buildNavigation();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_bannerBox = new QWidget(right);
    auto *bannerLayout = new QVBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(12, 10, 12, 0);
    bannerLayout->addWidget(m_banner);
    // The margin box follows the banner's visibility so no empty gap stays above the page.
    m_bannerBox->setVisible(false);
    connect(m_banner, &ErrorBanner::dismissed, m_bannerBox, &QWidget::hide);
    rightLayout->addWidget(m_bannerBox);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    buildStatusBar();
    updateStatusBar();

    resize(kDefaultSize);
    const AppSettings settings;
    const QByteArray geometry = settings.mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.mainWindowState();
    if (!state.isEmpty())
        restoreState(state);

    showPage(Page::TrainingJobs);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(14);
    m_navigation->setFixedWidth(kNavigationWidth);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setStyleSheet(QStringLiteral("QTreeWidget#navigation { border-right: 1px solid palette(mid); }"
                                               "QTreeWidget#navigation::item { padding: 6px 10px; }"));

    // Only pages that exist are listed (Overview, Notebooks and Pools come with their pages).
    auto *training = new QTreeWidgetItem(m_navigation, { tr("Model Training") });
    training->setFlags(Qt::ItemIsEnabled);
    QFont groupFont = m_navigation->font();
    groupFont.setBold(true);
    training->setFont(0, groupFont);
    training->setForeground(0, m_navigation->palette().brush(QPalette::PlaceholderText));

    auto *jobs = new QTreeWidgetItem(training, { tr("Training Jobs") });
    jobs->setData(0, kPageRole, static_cast<int>(Page::TrainingJobs));
    jobs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);

    auto *settings = new QTreeWidgetItem(m_navigation, { tr("Settings") });
    settings->setData(0, kPageRole, static_cast<int>(Page::Settings));
    settings->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);

    m_navigation->expandAll();
    m_navigation->setItemsExpandable(false);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onNavigationChanged);
}

void MainWindow::buildStatusBar()
{
    auto makeLabel = [this](const char *name)
    {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(6, 0, 6, 0);
        return label;
    };
    m_backendLabel = makeLabel("backendLabel");
    m_regionLabel = makeLabel("regionLabel");
    m_projectLabel = makeLabel("projectLabel");
    m_stateLabel = makeLabel("connectionStateLabel");
    m_stateDot = new QLabel(this);
    m_stateDot->setObjectName(QStringLiteral("connectionStateDot"));
    m_stateDot->setFixedSize(10, 10);

    statusBar()->addWidget(m_backendLabel);
    statusBar()->addWidget(m_regionLabel);
    statusBar()->addWidget(m_projectLabel);
    statusBar()->addPermanentWidget(m_stateDot);
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::setConnection(models::Connection *connection)
{
    if (connection && connection == m_connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_banner->dismiss();
    if (connection)
    {
        connect(connection, &models::Connection::stateChanged, this, &MainWindow::onConnectionStateChanged);
        connect(connection, &models::Connection::workspaceChanged, this, &MainWindow::updateStatusBar);
        connect(connection, &QObject::destroyed, this, [this] { setConnection(nullptr); });
    }
    m_trainingJobs->setConnection(connection);
    m_createJob->setConnection(connection);
    m_jobDetails->setConnection(connection);
    // Sub-pages show data of the previous backend: back to the list.
    if (currentPage() == Page::CreateTrainingJob || currentPage() == Page::TrainingJobDetails)
        showPage(Page::TrainingJobs);
    updateStatusBar();
}

models::Connection *MainWindow::connection() const
{
    return m_connection;
}

void MainWindow::showPage(Page page)
{
    // The form and the details page belong to Training Jobs in the navigation.
    const Page navigationPage
        = page == Page::CreateTrainingJob || page == Page::TrainingJobDetails ? Page::TrainingJobs : page;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it)
    {
        const QVariant value = (*it)->data(0, kPageRole);
        if (value.isValid() && value.toInt() == static_cast<int>(navigationPage))
        {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentItem(*it);
            break;
        }
    }
    switch (page)
    {
    case Page::TrainingJobs:
        m_pages->setCurrentWidget(m_trainingJobs);
        break;
    case Page::CreateTrainingJob:
        m_pages->setCurrentWidget(m_createJob);
        break;
    case Page::TrainingJobDetails:
        m_pages->setCurrentWidget(m_jobDetails);
        break;
    case Page::Settings:
        m_pages->setCurrentWidget(m_settings);
        break;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *current = m_pages->currentWidget();
    if (current == m_createJob)
        return Page::CreateTrainingJob;
    if (current == m_jobDetails)
        return Page::TrainingJobDetails;
    if (current == m_settings)
        return Page::Settings;
    return Page::TrainingJobs;
}

void MainWindow::openCreateForm()
{
    m_createJob->startNew();
    showPage(Page::CreateTrainingJob);
}

void MainWindow::openRebuildForm(const api::TrainingJob &job)
{
    m_createJob->startRebuild(job);
    showPage(Page::CreateTrainingJob);
}

void MainWindow::openJobDetails(const QString &jobId)
{
    if (jobId.isEmpty())
        return;
    m_jobDetails->showJob(jobId);
    showPage(Page::TrainingJobDetails);
}

void MainWindow::onJobSubmitted(const QString &jobId)
{
    // As in the console the list comes back with the new job; opening it is one click away.
    m_trainingJobs->reload();
    showPage(Page::TrainingJobs);
    statusBar()->showMessage(tr("Training job submitted (ID %1).").arg(jobId), 8000);
}

void MainWindow::onNavigationChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QVariant value = current->data(0, kPageRole);
    if (value.isValid())
        showPage(static_cast<Page>(value.toInt()));
}

void MainWindow::showError(const api::ApiError &error)
{
    if (!error.isError() || error.kind == api::ApiError::Kind::Canceled)
        return;
    m_banner->showError(error);
    m_bannerBox->show();
}

void MainWindow::onConnectionStateChanged()
{
    if (m_connection && m_connection->state() == models::Connection::State::Failed)
        showError(m_connection->lastError());
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_backendLabel->setText(backendText());
    m_regionLabel->setText(regionText());
    m_projectLabel->setText(projectText());
    m_stateLabel->setText(connectionStateText());

    widgets::StatusTone tone = widgets::StatusTone::Neutral;
    QString tip;
    if (m_connection)
    {
        switch (m_connection->state())
        {
        case models::Connection::State::Connecting:
            tone = widgets::StatusTone::Progress;
            break;
        case models::Connection::State::Connected:
            tone = widgets::StatusTone::Success;
            break;
        case models::Connection::State::Failed:
            tone = widgets::StatusTone::Failure;
            tip = m_connection->lastError().displayText();
            break;
        }
    }
    m_stateDot->setStyleSheet(
        QStringLiteral("background: %1; border-radius: 5px;").arg(widgets::badgeColor(tone).name()));
    m_stateDot->setToolTip(tip);
    m_stateLabel->setToolTip(tip);
}

QString MainWindow::backendText() const
{
    return m_connection ? tr("Backend: %1").arg(m_connection->backendText()) : tr("No backend");
}

QString MainWindow::regionText() const
{
    return m_connection ? tr("Region: %1").arg(m_connection->region()) : QString();
}

QString MainWindow::projectText() const
{
    if (!m_connection)
        return QString();
    const QString id = m_connection->projectId();
    return tr("Project: %1").arg(id.isEmpty() ? tr("resolving…") : id);
}

QString MainWindow::connectionStateText() const
{
    if (!m_connection)
        return tr("Not connected");
    switch (m_connection->state())
    {
    case models::Connection::State::Connecting:
        return tr("Connecting");
    case models::Connection::State::Connected:
        return tr("Connected");
    case models::Connection::State::Failed:
        return tr("Failed", "connection state");
    }
    return QString();
}

void MainWindow::saveGeometrySettings() const
{
    AppSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySettings();
    QMainWindow::closeEvent(event);
}
} // namespace ma::ui
