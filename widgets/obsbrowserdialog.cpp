#include "obsbrowserdialog.h"

#include "ui_obsbrowserdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
const QString SuggestedBucket = u"local-bucket"_s;
}

ObsBrowserDialog::ObsBrowserDialog(const QString &obsRoot, ObsPathEdit::Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ObsBrowserDialog>())
    , m_store(obsRoot)
    , m_mode(mode)
    , m_model(new QFileSystemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(mode == ObsPathEdit::Mode::File ? tr("Select OBS file") : tr("Select OBS folder"));
    // modelarts-local creates the root on start; creating it here lets the dialog offer a first bucket.
    QDir().mkpath(m_store.root());
    m_ui->obsBrowserHint->setToolTip(QDir::toNativeSeparators(m_store.root()));
    m_ui->obsFirstBucketName->setText(SuggestedBucket);

    QDir::Filters filters = QDir::AllDirs | QDir::NoDotAndDotDot;
    if (mode == ObsPathEdit::Mode::File)
        filters |= QDir::Files;
    m_model->setFilter(filters);
    m_model->setReadOnly(true);
    m_model->setNameFilterDisables(false);
    QTreeView *tree = m_ui->obsTree;
    tree->setModel(m_model);
    tree->setRootIndex(m_model->setRootPath(m_store.root()));
    tree->sortByColumn(0, Qt::AscendingOrder);
    tree->hideColumn(2); // kind: the icon says it
    if (mode == ObsPathEdit::Mode::Folder)
        tree->hideColumn(1); // folder sizes are not computed
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ui->obsLocation->setPlaceholderText(
        mode == ObsPathEdit::Mode::File ? tr("Select a file") : tr("Select a bucket or folder"));

    connect(m_ui->obsNewBucket, &QPushButton::clicked, this, &ObsBrowserDialog::newBucket);
    connect(m_ui->obsNewFolder, &QPushButton::clicked, this, &ObsBrowserDialog::newFolder);
    connect(m_ui->obsImportFolder, &QPushButton::clicked, this, &ObsBrowserDialog::importFolder);
    connect(m_ui->obsCancelImport, &QPushButton::clicked, this, &ObsBrowserDialog::cancelImport);
    const auto createFirstBucket = [this]
    {
        createBucket(m_ui->obsFirstBucketName->text());
    };
    connect(m_ui->obsCreateFirstBucket, &QPushButton::clicked, this, createFirstBucket);
    connect(m_ui->obsFirstBucketName, &QLineEdit::returnPressed, this, createFirstBucket);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this]
        {
            m_ui->obsBrowserError->setVisible(false);
            updateState();
        });
    connect(tree, &QTreeView::doubleClicked, this,
        [this](const QModelIndex &index)
        {
            if (m_mode == ObsPathEdit::Mode::File && !m_model->isDir(index) && !selectedUrl().isEmpty())
                accept();
        });
    connect(
        &m_importWatcher, &QFutureWatcherBase::progressRangeChanged, m_ui->obsImportProgress, &QProgressBar::setRange);
    connect(
        &m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_ui->obsImportProgress, &QProgressBar::setValue);
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
    const QModelIndex index = m_ui->obsTree->currentIndex();
    if (!index.isValid())
        return {};
    return m_store.obsUrl(m_model->filePath(index));
}

QString ObsBrowserDialog::selectedUrl() const
{
    const QModelIndex index = m_ui->obsTree->currentIndex();
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
    m_ui->obsBrowserError->setVisible(false);
    m_ui->obsImportLabel->setText(tr("Importing %1 into %2…").arg(QFileInfo(sourceDir).fileName(), destUrl));
    m_ui->obsImportProgress->setRange(0, 0); // busy until the worker has counted the files
    m_ui->obsImportProgress->setValue(0);
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
    return m_ui->obsBrowserError->isVisible() || !m_ui->obsBrowserError->isHidden() ? m_ui->obsBrowserError->text()
                                                                                    : QString();
}

QTreeView *ObsBrowserDialog::view() const
{
    return m_ui->obsTree;
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
        m_ui->obsCancelImport->setEnabled(false);
        m_ui->obsImportLabel->setText(tr("Cancelling…"));
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
    m_ui->obsCancelImport->setEnabled(true);
    updateState();
    emit importFinished(result.url, result.error);
}

void ObsBrowserDialog::selectPath(const QString &localPath)
{
    const QModelIndex index = m_model->index(localPath);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid() && parent != m_ui->obsTree->rootIndex();
         parent = parent.parent())
        m_ui->obsTree->expand(parent);
    m_ui->obsTree->setCurrentIndex(index);
    m_ui->obsTree->scrollTo(index);
}

void ObsBrowserDialog::showError(const QString &text)
{
    m_ui->obsBrowserError->setText(text);
    m_ui->obsBrowserError->setVisible(!text.isEmpty());
}

void ObsBrowserDialog::updateState()
{
    const bool importing = isImporting();
    const bool hasBuckets = !m_store.buckets().isEmpty();
    const bool inBucket = !m_store.obsUrl(currentFolderPath() + u'/').isEmpty();
    m_ui->obsEmptyPanel->setVisible(!hasBuckets);
    m_ui->obsTree->setEnabled(!importing);
    m_ui->obsNewBucket->setEnabled(!importing);
    m_ui->obsNewFolder->setEnabled(!importing && inBucket);
    m_ui->obsImportFolder->setEnabled(!importing && inBucket);
    setImportRowVisible(importing);
    m_ui->obsLocation->setText(currentUrl());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!importing && !selectedUrl().isEmpty());
}

void ObsBrowserDialog::setImportRowVisible(bool visible)
{
    m_ui->obsImportLabel->setVisible(visible);
    m_ui->obsImportProgress->setVisible(visible);
    m_ui->obsCancelImport->setVisible(visible);
}

QString ObsBrowserDialog::currentFolderPath() const
{
    const QModelIndex index = m_ui->obsTree->currentIndex();
    if (!index.isValid())
        return {};
    const QString path = m_model->filePath(index);
    return m_model->isDir(index) ? path : QFileInfo(path).absolutePath();
}
} // namespace ma::widgets
