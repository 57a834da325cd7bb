#pragma once

// Browses the object store of modelarts-local (Local profile) for ObsPathEdit: buckets, folders and,
// when a file is wanted, files. It can create buckets and folders and import a folder of this computer.

#include "models/localobsstore.h"
#include "widgets/obspathedit.h"

#include <memory>
#include <QDialog>
#include <QFutureWatcher>
#include <QModelIndex>

class QFileSystemModel;
class QTreeView;

namespace Ui
{
class ObsBrowserDialog;
}

namespace ma::widgets
{
/**
 * @brief A folder (or file) picker over the local object store root.
 *
 * OK is enabled only when the selection fits the mode (a folder of a bucket, or a file). "Import local folder…"
 * copies a folder of this computer into the selected folder with LocalObsStore::importFolder on a worker
 * thread (QtConcurrent), with a progress bar and Cancel, then selects the copy. Sub-dialogs are opened with
 * open(), never exec(). Use on the GUI thread; closing the dialog cancels a running import and waits for it.
 */
class ObsBrowserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsBrowserDialog)

public:
    ObsBrowserDialog(const QString &obsRoot, ObsPathEdit::Mode mode, QWidget *parent = nullptr);
    ~ObsBrowserDialog() override;

    /** Selects the file or folder of @p obsUrl, or its nearest existing parent folder. */
    void setCurrentUrl(const QString &obsUrl);
    /** The URL of the current item, whatever its kind (empty outside a bucket). */
    QString currentUrl() const;
    /** What OK returns: obs://bucket/dir/ for a folder in Folder mode, obs://bucket/dir/file.py in File mode, else
     * empty. */
    QString selectedUrl() const;

    /** Creates bucket @p name and selects it; false with the error shown in the dialog. */
    bool createBucket(const QString &name);
    /** Creates folder @p name in the selected folder and selects it; false with the error shown in the dialog. */
    bool createFolder(const QString &name);
    /** Starts copying @p sourceDir into the selected folder off the GUI thread; false if it cannot start. */
    bool importLocalFolder(const QString &sourceDir);
    bool isImporting() const;
    /** The error (or notice) line of the dialog; empty when hidden. */
    QString errorText() const;
    QTreeView *view() const;

public Q_SLOTS:
    void newBucket();
    void newFolder();
    void importFolder();
    void cancelImport();

Q_SIGNALS:
    /** An import finished: @p url is the copy's obs:// URL, or empty with @p error on failure or cancellation. */
    void importFinished(const QString &url, const QString &error);

private:
    struct ImportResult
    {
        QString url;
        QString error;
    };

    void onImportFinished();
    void selectPath(const QString &localPath);
    void showError(const QString &text);
    void updateState();
    /** The folder the selection is in (the selection itself if it is a folder), as a local path; empty if none. */
    QString currentFolderPath() const;

    /** The import's label, progress bar and Cancel button, shown only while importing. */
    void setImportRowVisible(bool visible);

    std::unique_ptr<Ui::ObsBrowserDialog> m_ui;
    models::LocalObsStore m_store;
    ObsPathEdit::Mode m_mode;
    QFileSystemModel *m_model;
    QFutureWatcher<ImportResult> m_importWatcher;
    bool m_importing = false;
};
} // namespace ma::widgets
