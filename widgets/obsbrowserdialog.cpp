#include "obsbrowserdialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
const QString SuggestedBucket = u"local-bucket"_s;
}

ObsBrowserDialog::ObsBrowserDialog(const QString &obsRoot, ObsPathEdit::Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_store(obsRoot)
    , m_mode(mode)
    , m_model(new QFileSystemModel(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_emptyPanel(new QFrame(this))
    , m_bucketName(new QLineEdit(m_emptyPanel))
    , m_createFirstBucket(new QPushButton(m_emptyPanel))
    , m_newBucket(new QPushButton(this))
    , m_newFolder(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelImport(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"obsBrowserDialog"_s);
    setWindowTitle(mode == ObsPathEdit::Mode::File ? tr("Select OBS file") : tr("Select OBS folder"));
    // modelarts-local creates the root on start; creating it here lets the dialog offer a first bucket.
    QDir().mkpath(m_store.root());

    m_hint->setObjectName(u"obsBrowserHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Local object store of modelarts-local. Paths here are visible to jobs on the local pool."));
    m_hint->setToolTip(QDir::toNativeSeparators(m_store.root()));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_newBucket->setObjectName(u"obsNewBucket"_s);
    m_newBucket->setText(tr("New bucket…"));
    m_newFolder->setObjectName(u"obsNewFolder"_s);
    m_newFolder->setText(tr("New folder…"));
    m_newFolder->setToolTip(tr("Create a folder in the selected folder"));
    m_import->setObjectName(u"obsImportFolder"_s);
    m_import->setText(tr("Import local folder…"));
    m_import->setToolTip(tr("Copy a folder of this computer into the selected folder"));
    for (QPushButton *button : { m_newBucket, m_newFolder, m_import })
        button->setAutoDefault(false);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_newBucket);
    toolbar->addWidget(m_newFolder);
    toolbar->addWidget(m_import);
    toolbar->addStretch(1);

    // Shown instead of an empty tree until the store has a bucket.
    m_emptyPanel->setObjectName(u"obsEmptyPanel"_s);
    m_emptyPanel->setFrameShape(QFrame::StyledPanel);
    auto *emptyText = new QLabel(tr("The local object store has no buckets yet. Create one to hold your code, "
                                    "data and outputs."),
        m_emptyPanel);
    emptyText->setWordWrap(true);
    m_bucketName->setObjectName(u"obsFirstBucketName"_s);
    m_bucketName->setText(SuggestedBucket);
    m_createFirstBucket->setObjectName(u"obsCreateFirstBucket"_s);
    m_createFirstBucket->setText(tr("Create bucket"));
    m_createFirstBucket->setAutoDefault(false);
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addWidget(new QLabel(tr("Bucket name:"), m_emptyPanel));
    emptyRow->addWidget(m_bucketName, 1);
    emptyRow->addWidget(m_createFirstBucket);
    auto *emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyRow);

    m_error->setObjectName(u"obsBrowserError"_s);
    m_error->setWordWrap(true);
    m_error->setProperty("tone", u"error"_s);
    m_error->setVisible(false);

    QDir::Filters filters = QDir::AllDirs | QDir::NoDotAndDotDot;
    if (mode == ObsPathEdit::Mode::File)
        filters |= QDir::Files;
    m_model->setFilter(filters);
    m_model->setReadOnly(true);
    m_model->setNameFilterDisables(false);
    m_view->setObjectName(u"obsTree"_s);
    m_view->setModel(m_model);
    m_view->setRootIndex(m_model->setRootPath(m_store.root()));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    m_view->hideColumn(2); // kind: the icon says it
    if (mode == ObsPathEdit::Mode::Folder)
    {
        m_view->hideColumn(1); // folder sizes are not computed
    }
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_location->setObjectName(u"obsLocation"_s);
    m_location->setReadOnly(true);
    m_location->setPlaceholderText(
        mode == ObsPathEdit::Mode::File ? tr("Select a file") : tr("Select a bucket or folder"));
    auto *locationRow = new QFormLayout;
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addRow(tr("Location:"), m_location);

    m_progressLabel->setObjectName(u"obsImportLabel"_s);
    m_progress->setObjectName(u"obsImportProgress"_s);
    m_progress->setTextVisible(true);
    m_cancelImport->setObjectName(u"obsCancelImport"_s);
    m_cancelImport->setText(tr("Cancel import"));
    m_cancelImport->setAutoDefault(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImport);
    for (QWidget *widget : { static_cast<QWidget *>(m_progressLabel), static_cast<QWidget *>(m_progress),
             static_cast<QWidget *>(m_cancelImport) })
        widget->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(toolbar);
    layout->addWidget(m_emptyPanel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(locationRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    resize(680, 480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newBucket, &QPushButton::clicked, this, &ObsBrowserDialog::newBucket);
    connect(m_newFolder, &QPushButton::clicked, this, &ObsBrowserDialog::newFolder);
    connect(m_import, &QPushButton::clicked, this, &ObsBrowserDialog::importFolder);
    connect(m_cancelImport, &QPushButton::clicked, this, &ObsBrowserDialog::cancelImport);
    connect(m_createFirstBucket, &QPushButton::clicked, this, [this] { createBucket(m_bucketName->text()); });
    connect(m_bucketName, &QLineEdit::returnPressed, this, [this] { createBucket(m_bucketName->text()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this]
        {
            m_error->setVisible(false);
            updateState();
        });
    connect(m_view, &QTreeView::doubleClicked, this,
        [this](const QModelIndex &index)
        {
            if (m_mode == ObsPathEdit::Mode::File && !m_model->isDir(index) && !selectedUrl().isEmpty())
                accept();
        });
    connect(&m_importWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &ObsBrowserDialog::onImportFinished);

    const QStringList buckets = m_store.buckets();
    if (buckets.size() == 1)
        selectPath(m_store.root() + u'/' + buckets.first());
    updateState();
}

ObsBrowserDialog::~ObsBrowserDialog()
{
    if (m_importWatcher.isRunning())
    {
        // The worker polls the cancel flag between files and chunks, so this wait is short.
        m_importWatcher.future().cancel();
        m_importWatcher.future().waitForFinished();
    }
}

void ObsBrowserDialog::setCurrentUrl(const QString &obsUrl)
{
    QString path = m_store.localPath(obsUrl.trimmed());
    if (path.isEmpty())
        return;
    // A path that does not exist yet (a new output folder), or a file in Folder mode: its nearest folder.
    while (path.size() > m_store.root().size()
        && (!QFileInfo::exists(path) || (m_mode == ObsPathEdit::Mode::Folder && !QFileInfo(path).isDir())))
        path = QFileInfo(path).absolutePath();
    if (path.size() > m_store.root().size())
        selectPath(path);
}

QString ObsBrowserDialog::currentUrl() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    return m_store.obsUrl(m_model->filePath(index));
}

QString ObsBrowserDialog::selectedUrl() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    const bool wantFolder = m_mode == ObsPathEdit::Mode::Folder;
    if (m_model->isDir(index) != wantFolder)
        return {};
    return currentUrl();
}

bool ObsBrowserDialog::createBucket(const QString &name)
{
    QString error;
    if (!m_store.createBucket(name, &error))
    {
        showError(error);
        return false;
    }
    selectPath(m_store.root() + u'/' + name);
    updateState();
    return true;
}

bool ObsBrowserDialog::createFolder(const QString &name)
{
    const QString parent = currentFolderPath();
    const QString parentUrl = m_store.obsUrl(parent + u'/');
    if (parentUrl.isEmpty())
    {
        showError(tr("Select the bucket or folder to create the folder in."));
        return false;
    }
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\'))
    {
        showError(tr("Enter a folder name without \"/\" or \"\\\"."));
        return false;
    }
    QString error;
    if (!m_store.createFolder(parentUrl + name + u'/', &error))
    {
        showError(error);
        return false;
    }
    selectPath(parent + u'/' + name);
    return true;
}

bool ObsBrowserDialog::importLocalFolder(const QString &sourceDir)
{
    if (isImporting())
        return false;
    const QString folder = currentFolderPath();
    const QString destUrl = m_store.obsUrl(folder + u'/');
    if (destUrl.isEmpty())
    {
        showError(tr("Select the bucket or folder to import into."));
        return false;
    }
    m_error->setVisible(false);
    m_progressLabel->setText(tr("Importing %1 into %2…").arg(QFileInfo(sourceDir).fileName(), destUrl));
    m_progress->setRange(0, 0); // busy until the worker has counted the files
    m_progress->setValue(0);
    const QString root = m_store.root();
    m_importing = true; // until finished() is delivered here, even if the worker is already done
    m_importWatcher.setFuture(QtConcurrent::run(
        [root, sourceDir, destUrl](QPromise<ImportResult> &promise)
        {
            models::LocalObsStore store(root); // the worker's own instance: nothing shared with the GUI thread
            ImportResult result;
            result.url = store.importFolder(
                sourceDir, destUrl, &result.error,
                [&promise](int done, int total)
                {
                    if (done == 0)
                        promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                },
                [&promise] { return promise.isCanceled(); });
            promise.addResult(result);
        }));
    updateState();
    return true;
}

bool ObsBrowserDialog::isImporting() const
{
    return m_importing;
}

QString ObsBrowserDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QTreeView *ObsBrowserDialog::view() const
{
    return m_view;
}

void ObsBrowserDialog::newBucket()
{
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("New bucket"));
    input->setLabelText(tr("Bucket name (3-63 lowercase letters, digits, hyphens or periods):"));
    input->setTextValue(m_store.buckets().contains(SuggestedBucket) ? QString() : SuggestedBucket);
    connect(input, &QInputDialog::textValueSelected, this, &ObsBrowserDialog::createBucket);
    input->open();
}

void ObsBrowserDialog::newFolder()
{
    const QString parentUrl = m_store.obsUrl(currentFolderPath() + u'/');
    if (parentUrl.isEmpty())
        return;
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("New folder"));
    input->setLabelText(tr("Name of the new folder in %1:").arg(parentUrl));
    connect(input, &QInputDialog::textValueSelected, this, &ObsBrowserDialog::createFolder);
    input->open();
}

void ObsBrowserDialog::importFolder()
{
    auto *picker = new QFileDialog(this, tr("Import local folder"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setDirectory(QDir::homePath());
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &dir) { importLocalFolder(dir); });
    picker->open();
}

void ObsBrowserDialog::cancelImport()
{
    if (isImporting())
    {
        m_importWatcher.future().cancel();
        m_cancelImport->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    }
}

void ObsBrowserDialog::onImportFinished()
{
    const QFuture<ImportResult> future = m_importWatcher.future();
    ImportResult result;
    if (future.isCanceled() || future.resultCount() == 0)
        result.error = tr("The import was cancelled.");
    else
        result = future.result();
    m_importing = false;
    if (result.url.isEmpty())
        showError(result.error);
    else
        setCurrentUrl(result.url);
    m_cancelImport->setEnabled(true);
    updateState();
    emit importFinished(result.url, result.error);
}

void ObsBrowserDialog::selectPath(const QString &localPath)
{
    const QModelIndex index = m_model->index(localPath);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid() && parent != m_view->rootIndex();
         parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ObsBrowserDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ObsBrowserDialog::updateState()
{
    const bool importing = isImporting();
    const bool hasBuckets = !m_store.buckets().isEmpty();
    const bool inBucket = !m_store.obsUrl(currentFolderPath() + u'/').isEmpty();
    m_emptyPanel->setVisible(!hasBuckets);
    m_view->setEnabled(!importing);
    m_newBucket->setEnabled(!importing);
    m_newFolder->setEnabled(!importing && inBucket);
    m_import->setEnabled(!importing && inBucket);
    for (QWidget *widget : { static_cast<QWidget *>(m_progressLabel), static_cast<QWidget *>(m_progress),
             static_cast<QWidget *>(m_cancelImport) })
        widget->setVisible(importing);
    m_location->setText(currentUrl());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!importing && !selectedUrl().isEmpty());
}

QString ObsBrowserDialog::currentFolderPath() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    const QString path = m_model->filePath(index);
    return m_model->isDir(index) ? path : QFileInfo(path).absolutePath();
}
} // namespace ma::widgets
