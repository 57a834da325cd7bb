#include "trainingjobv1detailspage.h"

#include "api/apiclient.h"
#include "api/trainingv1requests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobv1listmodel.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/training/trainingpageids.h"
#include "widgets/consoletable.h"
#include "widgets/logviewer.h"
#include "widgets/overviewpanel.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using V1Model = models::TrainingJobV1ListModel;
constexpr int kPhaseRole = Qt::UserRole; // versions table: the v2 phase word of the status
constexpr int kVersionIdRole = Qt::UserRole + 1;

QString phaseOf(const api::v1::TrainingJobVersion &v)
{
    return V1Model::phaseOfStatus(v.status.value_or(0));
}

QString timeText(std::optional<qint64> ms)
{
    return ms && *ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

QString durationText(std::optional<qint64> ms)
{
    return ms && *ms > 0 ? models::TrainingJobListModel::formatDuration(*ms) : QString();
}

/** The resources of a version: its flavor's code, else what T1-6 tells of it. */
QString resourcesText(const api::v1::TrainingJobVersion &v)
{
    if (v.specCode && !v.specCode->isEmpty())
        return *v.specCode;
    if (!v.core || !v.cpu)
        return QString();
    // T1-6 "core" is the vCPU count, "cpu" the memory in GiB.
    if (v.gpuNum.value_or(0) > 0)
        return TrainingJobV1DetailsPage::tr("%1 vCPUs · %2 GiB · %3 × %4", "vCPUs, memory, GPU count and type")
            .arg(v.core->toString(), v.cpu->toString())
            .arg(*v.gpuNum)
            .arg(v.gpuType.value_or(QString()));
    return TrainingJobV1DetailsPage::tr("%1 vCPUs · %2 GiB", "vCPUs, memory")
        .arg(v.core->toString(), v.cpu->toString());
}

ResourceNoun versionNoun()
{
    return { TrainingJobV1DetailsPage::tr("training job version"),
        TrainingJobV1DetailsPage::tr("training job versions") };
}
} // namespace

TrainingJobV1DetailsPage::TrainingJobV1DetailsPage(QWidget *parent)
    : ResourceDetailsPage(
        { tr("Training Jobs"), tr("Back to the list of training jobs"), tr("Reload the job and its versions") }, parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingJobV1DetailsPage"));
    m_stop = addHeaderButton(
        tr("Stop"), QStringLiteral("stopButton"), QStyle::SP_MediaStop, tr("Stop the selected version"));
    m_createVersion = addHeaderButton(tr("Create Version"), QStringLiteral("createVersionButton"),
        QStyle::SP_FileDialogNewFolder, tr("Run a new version of the job with the selected version's settings"));
    m_deleteVersion = addHeaderButton(tr("Delete Version"), QStringLiteral("deleteVersionButton"),
        QStyle::SP_DialogDiscardButton, tr("Delete the selected version (not the first: it stands for the job)"));
    m_deleteJob = addHeaderButton(tr("Delete Job"), QStringLiteral("deleteJobButton"), QStyle::SP_TrashIcon,
        tr("Delete the job with every version"));
    connect(m_stop, &QPushButton::clicked, this, &TrainingJobV1DetailsPage::stopVersion);
    connect(m_createVersion, &QPushButton::clicked, this, &TrainingJobV1DetailsPage::createVersion);
    connect(m_deleteVersion, &QPushButton::clicked, this, &TrainingJobV1DetailsPage::deleteVersion);
    connect(m_deleteJob, &QPushButton::clicked, this, &TrainingJobV1DetailsPage::deleteJob);

    m_jobGroup = overview()->addGroup(tr("Job"));
    m_versionGroup = overview()->addGroup(tr("Selected version"));
    buildTabs();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TrainingJobV1DetailsPage::refresh);
    connect(this, &ResourceDetailsPage::backRequested, this, [this] { emit navigationRequested(kTrainingJobsPageId); });
    connect(this, &TrainingJobV1DetailsPage::jobDeleted, this,
        [this] { emit navigationRequested(kTrainingJobsPageId, kReloadArgument); });
    clearJob();
}

TrainingJobV1DetailsPage::~TrainingJobV1DetailsPage() = default;

void TrainingJobV1DetailsPage::buildTabs()
{
    m_versionTable = new QTableWidget(0, VersionColumnCount, this);
    m_versionTable->setObjectName(QStringLiteral("versionTable"));
    // The flavor and the rest of a version's settings are in the overview beside the table.
    m_versionTable->setHorizontalHeaderLabels({ tr("Version"), tr("Status"), tr("Duration"),
        tr("Nodes", "compute nodes of a job"), tr("Created", "creation time") });
    widgets::applyConsoleTableLook(m_versionTable);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->verticalHeader()->setDefaultSectionSize(m_versionTable->fontMetrics().height() + 14);
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->setItemDelegateForColumn(
        VersionStatus, new widgets::StatusBadgeDelegate(kPhaseRole, m_versionTable));
    widgets::setColumnWidths(
        m_versionTable, { { VersionName, 72 }, { VersionStatus, 110 }, { VersionDuration, 90 }, { VersionNodes, 60 } });
    connect(m_versionTable, &QTableWidget::itemSelectionChanged, this, &TrainingJobV1DetailsPage::onVersionSelected);
    addTab(m_versionTable, tr("Versions"));

    auto *logs = new QWidget(this);
    auto *layout = new QVBoxLayout(logs);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_logBanner = new ErrorBanner(logs);
    m_logBanner->hide();
    layout->addWidget(m_logBanner);
    m_logViewer = new widgets::LogViewer(logs);
    m_logViewer->setObjectName(QStringLiteral("logViewer"));
    m_logFile = new QComboBox(logs);
    m_logFile->setObjectName(QStringLiteral("logFileCombo"));
    m_logFile->setToolTip(tr("Log file of the selected version (one per compute node)"));
    m_logFile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_logFile, &QComboBox::currentIndexChanged, this, &TrainingJobV1DetailsPage::loadLog);
    // On a row of its own: the viewer's toolbar is full, and file names are long (<job name>.<n>).
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("Log file:"), logs);
    fileLabel->setBuddy(m_logFile);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_logFile);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);
    layout->addWidget(m_logViewer, 1);
    addTab(logs, tr("Logs"));
}

void TrainingJobV1DetailsPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    if (m_jobId > 0)
        showJob(m_jobId);
}

void TrainingJobV1DetailsPage::open(const QVariant &argument)
{
    bool ok = false;
    const qint64 id = argument.toLongLong(&ok);
    if (ok && id > 0)
        showJob(id);
}

void TrainingJobV1DetailsPage::clearJob()
{
    m_versions.clear();
    m_selectedVersion = 0;
    m_logVersion = 0;
    m_jobName.clear();
    m_jobDescription.clear();
    m_versionTable->setRowCount(0);
    {
        const QSignalBlocker blocker(m_logFile);
        m_logFile->clear();
    }
    m_logViewer->clear();
    overview()->setRows(m_jobGroup, {});
    overview()->setRows(m_versionGroup, {});
    setDisplayName(m_jobId > 0 ? tr("Loading…") : QString());
    clearStatus();
    banner()->dismiss();
    m_logBanner->dismiss();
    updateActions();
}

void TrainingJobV1DetailsPage::showJob(qint64 jobId)
{
    newGeneration();
    m_refreshTimer->stop();
    m_jobId = jobId;
    m_loading = false;
    clearJob();
    refresh();
}

std::optional<ApiCallSource> TrainingJobV1DetailsPage::resourceCall() const
{
    if (!m_connection || m_jobId <= 0)
        return std::nullopt;
    return ApiCallSource { m_connection, api::trainingv1::versions(m_jobId) };
}

void TrainingJobV1DetailsPage::refresh()
{
    if (!m_connection || m_jobId <= 0 || m_loading)
        return;
    m_refreshTimer->stop();
    m_loading = true;
    const quint64 sent = generation();
    api::whenDecoded<api::v1::TrainingJobVersionList>(m_connection->client()->send(api::trainingv1::versions(m_jobId)),
        this,
        [this, sent](const api::Typed<api::v1::TrainingJobVersionList> &result)
        {
            if (sent != generation())
                return;
            m_loading = false;
            if (!result.ok())
            {
                reportError(result.error);
                updateActions();
                scheduleRefresh();
                return;
            }
            banner()->dismiss();
            showVersions(result.value);
        });
}

void TrainingJobV1DetailsPage::showVersions(const api::v1::TrainingJobVersionList &list)
{
    m_jobName = list.jobName.value_or(QString());
    m_jobDescription = list.jobDesc.value_or(QString());
    m_versions = list.versions;
    std::sort(m_versions.begin(), m_versions.end(),
        [](const auto &a, const auto &b) { return a.versionId > b.versionId; }); // newest first
    setDisplayName(m_jobName);
    if (!m_versions.empty())
    {
        const QString phase = phaseOf(m_versions.front());
        setStatus(widgets::statusText(phase), widgets::Theme::badgeName(widgets::toneOf(phase)));
    }
    else
    {
        clearStatus();
    }
    overview()->setRows(m_jobGroup,
        {
            { tr("Name"), m_jobName },
            { tr("ID"), QString::number(m_jobId) },
            { tr("API", "which ModelArts API a job was created with"), tr("v1 (legacy training API)") },
            { tr("Versions", "number of versions of a v1 training job"), QString::number(m_versions.size()) },
            { tr("Description"), m_jobDescription.isEmpty() ? tr("None") : m_jobDescription },
        });

    // The table keeps its rows (and the selection) when the same versions come back.
    const qint64 keep = m_selectedVersion;
    {
        const QSignalBlocker blocker(m_versionTable);
        m_versionTable->setRowCount(int(m_versions.size()));
        for (int row = 0; row < int(m_versions.size()); ++row)
        {
            const api::v1::TrainingJobVersion &v = m_versions[std::size_t(row)];
            const QString phase = phaseOf(v);
            const QString cells[] = {
                v.versionName.value_or(QString::number(v.versionId)),
                models::TrainingJobListModel::phaseText(phase),
                durationText(v.duration),
                v.workerServerNum ? QString::number(*v.workerServerNum) : QString(),
                timeText(v.createTime),
            };
            for (int c = 0; c < VersionColumnCount; ++c)
            {
                QTableWidgetItem *item = m_versionTable->item(row, c);
                if (!item)
                {
                    item = new QTableWidgetItem;
                    m_versionTable->setItem(row, c, item);
                }
                item->setText(cells[c]);
                item->setData(kPhaseRole, phase);
                item->setData(kVersionIdRole, v.versionId);
                if (c == VersionDuration)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_versionTable->item(row, VersionStatus)
                ->setToolTip(
                    tr("%1 (v1 status %2)").arg(api::v1::statusText(v.status.value_or(0))).arg(v.status.value_or(0)));
        }
    }
    const auto listed = [this](qint64 id)
    {
        return std::any_of(m_versions.cbegin(), m_versions.cend(), [id](const auto &v) { return v.versionId == id; });
    };
    selectVersion(keep > 0 && listed(keep) ? keep : (m_versions.empty() ? 0 : m_versions.front().versionId));
    showVersionOverview();
    updateActions();
    emit versionsLoaded();
    if (m_selectedVersion > 0 && (m_logVersion != m_selectedVersion || isLive()))
        loadLogFiles();
    scheduleRefresh();
}

void TrainingJobV1DetailsPage::selectVersion(qint64 versionId)
{
    for (int row = 0; row < m_versionTable->rowCount(); ++row)
    {
        if (m_versionTable->item(row, 0)->data(kVersionIdRole).toLongLong() == versionId)
        {
            if (m_versionTable->currentRow() != row || m_selectedVersion != versionId)
                m_versionTable->selectRow(row);
            m_selectedVersion = versionId;
            return;
        }
    }
}

const api::v1::TrainingJobVersion *TrainingJobV1DetailsPage::selectedVersion() const
{
    for (const auto &v : m_versions)
    {
        if (v.versionId == m_selectedVersion)
            return &v;
    }
    return nullptr;
}

void TrainingJobV1DetailsPage::onVersionSelected()
{
    const QList<QTableWidgetItem *> items = m_versionTable->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 id = items.front()->data(kVersionIdRole).toLongLong();
    if (id == m_selectedVersion && m_logVersion == id)
        return;
    m_selectedVersion = id;
    showVersionOverview();
    updateActions();
    loadLogFiles();
}

QString TrainingJobV1DetailsPage::versionLabel(const api::v1::TrainingJobVersion &version) const
{
    return tr("%1 %2", "job name, version name")
        .arg(m_jobName, version.versionName.value_or(QString::number(version.versionId)));
}

void TrainingJobV1DetailsPage::showVersionOverview()
{
    const api::v1::TrainingJobVersion *v = selectedVersion();
    if (!v)
    {
        overview()->setRows(m_versionGroup, {});
        return;
    }
    const auto text = [](const std::optional<QString> &value)
    {
        return value && !value->isEmpty() ? *value : QString();
    };
    QStringList parameters;
    for (const api::v1::TrainingParameter &p : v->parameter.value_or(std::vector<api::v1::TrainingParameter>()))
        parameters << tr("%1 = %2", "hyperparameter label = value")
                          .arg(p.label.value_or(QString()), p.value ? p.value->toString() : QString());
    QString engine = text(v->engineName);
    if (!text(v->engineVersion).isEmpty())
        engine = tr("%1 %2", "engine name, engine version").arg(engine, *v->engineVersion);
    QString data = text(v->dataUrl);
    if (data.isEmpty() && !text(v->datasetId).isEmpty())
        data = tr("Dataset %1, version %2").arg(*v->datasetId, text(v->datasetVersionId));
    if (data.isEmpty() && v->dataSource && !v->dataSource->empty())
    {
        const api::v1::DataSource &source = v->dataSource->front();
        data = !text(source.dataUrl).isEmpty() ? *source.dataUrl : text(source.datasetId);
    }
    QList<widgets::OverviewRow> rows = {
        { tr("Version"), v->versionName.value_or(QString::number(v->versionId)) },
        { tr("Version ID"), QString::number(v->versionId) },
        { tr("Parent version"),
            v->preVersionId && *v->preVersionId > 0 ? QString::number(*v->preVersionId) : tr("None") },
        { tr("Status"), models::TrainingJobListModel::phaseText(phaseOf(*v)) },
        { tr("Created", "creation time"), timeText(v->createTime) },
        { tr("Duration"), durationText(v->duration) },
        { tr("AI engine"), engine },
        { tr("Code directory"), text(v->appUrl) },
        { tr("Boot file"), text(v->bootFileUrl) },
        { tr("Image"), text(v->userImageUrl) },
        { tr("Boot command"), text(v->userCommand) },
        { tr("Hyperparameters"), parameters.isEmpty() ? tr("None") : parameters.join(u'\n') },
        { tr("Input data"), data },
        { tr("Output path"), text(v->trainUrl) },
        { tr("Job log path"), text(v->logUrl) },
        { tr("Flavor"), resourcesText(*v) },
        { tr("Resource pool"),
            !text(v->poolName).isEmpty()     ? *v->poolName
                : !text(v->poolId).isEmpty() ? *v->poolId
                                             : tr("Public resource pool") },
        { tr("Compute nodes"), v->workerServerNum ? QString::number(*v->workerServerNum) : QString() },
    };
    // Rows the version has no value for are left out (a custom image has no boot file...).
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [](const widgets::OverviewRow &r) { return r.value.isEmpty(); }),
        rows.end());
    overview()->setRows(m_versionGroup, rows);
}

void TrainingJobV1DetailsPage::loadLogFiles()
{
    if (!m_connection || m_selectedVersion <= 0)
        return;
    const qint64 version = m_selectedVersion;
    const quint64 sent = generation();
    api::whenDecoded<api::v1::LogFileNames>(
        m_connection->client()->send(api::trainingv1::logFileNames(m_jobId, version)), this,
        [this, sent, version](const api::Typed<api::v1::LogFileNames> &result)
        {
            if (sent != generation() || version != m_selectedVersion)
                return;
            if (!result.ok())
            {
                reportError(result.error, m_logBanner);
                return;
            }
            m_logBanner->dismiss();
            const QString current = m_logVersion == version ? m_logFile->currentText() : QString();
            m_logVersion = version;
            {
                const QSignalBlocker blocker(m_logFile);
                m_logFile->clear();
                for (const QString &name : result.value.logFileList)
                    m_logFile->addItem(name);
                m_logFile->setCurrentIndex(std::max(0, m_logFile->findText(current)));
            }
            if (m_logFile->count() == 0)
            {
                m_logViewer->setText(tr("This version has no log files yet."));
                emit logLoaded();
                return;
            }
            loadLog();
        });
}

void TrainingJobV1DetailsPage::loadLog()
{
    if (!m_connection || m_logVersion <= 0 || m_logFile->currentText().isEmpty())
        return;
    api::v1::AomLogParams params;
    params.logFile = m_logFile->currentText();
    params.lines = kLogLines; // the latest lines
    const qint64 version = m_logVersion;
    const QString file = params.logFile;
    const quint64 sent = generation();
    api::whenDecoded<api::v1::AomLog>(m_connection->client()->send(api::trainingv1::aomLog(m_jobId, version, params)),
        this,
        [this, sent, version, file](const api::Typed<api::v1::AomLog> &result)
        {
            if (sent != generation() || version != m_logVersion || file != m_logFile->currentText())
                return;
            if (!result.ok())
            {
                reportError(result.error, m_logBanner);
                return;
            }
            m_logBanner->dismiss();
            const QString content = result.value.content.value_or(QString());
            m_logViewer->setText(content.isEmpty() ? tr("No log lines yet.") : content);
            emit logLoaded();
        });
}

bool TrainingJobV1DetailsPage::isLive() const
{
    return std::any_of(
        m_versions.cbegin(), m_versions.cend(), [](const auto &v) { return api::canTerminate(phaseOf(v)); });
}

void TrainingJobV1DetailsPage::scheduleRefresh()
{
    if (isActive() && isLive() && m_connection)
        m_refreshTimer->start();
}

void TrainingJobV1DetailsPage::activeChanged(bool active)
{
    if (!active)
    {
        m_refreshTimer->stop();
        return;
    }
    scheduleRefresh();
}

void TrainingJobV1DetailsPage::updateActions()
{
    const api::v1::TrainingJobVersion *v = selectedVersion();
    const bool ready = m_connection && m_jobId > 0 && !m_versions.empty();
    m_stop->setEnabled(ready && v && api::canTerminate(phaseOf(*v)));
    m_createVersion->setEnabled(ready && v);
    // The first version stands for the job (T1-8 of it deletes every version): Delete Job says so.
    m_deleteVersion->setEnabled(ready && v && m_versions.size() > 1 && v->versionId != m_jobId);
    m_deleteJob->setEnabled(ready);
}

// ---------------------------------------------------------------------------------------
// Operations

void TrainingJobV1DetailsPage::stopVersion()
{
    const api::v1::TrainingJobVersion *v = selectedVersion();
    if (!m_connection || !v || !api::canTerminate(phaseOf(*v)))
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Stop, versionNoun(), { versionLabel(*v) },
            tr("Billing stops once the job is stopped."))))
        return;
    m_stop->setEnabled(false);
    sendAction(
        m_connection->client()->send(api::trainingv1::stopVersion(m_jobId, v->versionId)), [this] { refresh(); });
}

void TrainingJobV1DetailsPage::createVersion()
{
    const api::v1::TrainingJobVersion *v = selectedVersion();
    if (!m_connection || !v)
        return;
    api::v1::TrainingJobVersionCreate request;
    request.config.preVersionId = v->versionId;
    request.config.workerServerNum = v->workerServerNum.value_or(1);
    m_createVersion->setEnabled(false);
    const quint64 sent = generation();
    api::whenDecoded<api::v1::TrainingJobCreateResult>(
        m_connection->client()->send(api::trainingv1::createVersion(m_jobId, request)), this,
        [this, sent](const api::Typed<api::v1::TrainingJobCreateResult> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                updateActions();
                return;
            }
            banner()->dismiss();
            m_selectedVersion = result.value.versionId.value_or(m_selectedVersion);
            emit statusMessage(
                tr("Version %1 of “%2” created.").arg(result.value.versionName.value_or(QString()), m_jobName), 5000);
            refresh();
        });
}

void TrainingJobV1DetailsPage::deleteVersion()
{
    const api::v1::TrainingJobVersion *v = selectedVersion();
    if (!m_connection || !v || m_versions.size() < 2 || v->versionId == m_jobId)
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Delete, versionNoun(), { versionLabel(*v) })))
        return;
    m_deleteVersion->setEnabled(false);
    const qint64 versionId = v->versionId;
    sendAction(m_connection->client()->send(api::trainingv1::removeVersion(m_jobId, versionId)),
        [this]
        {
            m_selectedVersion = 0;
            refresh();
        });
}

void TrainingJobV1DetailsPage::deleteJob()
{
    if (!m_connection || m_jobId <= 0)
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Delete, trainingJobNoun(), { m_jobName },
            tr("Every version of the job is deleted. Files in OBS are not deleted."))))
        return;
    m_deleteJob->setEnabled(false);
    const qint64 id = m_jobId;
    sendAction(m_connection->client()->send(api::trainingv1::remove(id)),
        [this, id]
        {
            newGeneration();
            m_jobId = 0;
            clearJob();
            emit jobDeleted(id);
        });
}
} // namespace ma::ui
