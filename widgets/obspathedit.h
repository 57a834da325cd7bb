#pragma once

// An OBS path field for the Create Training Job form: code directory, boot file, input and output
// data paths, job log path (training.md §1.2-§1.4). Users type obs:// paths; in the Local profile a
// "Select…" button also browses the object store of modelarts-local (ObsBrowserDialog).

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace ma::widgets
{
/**
 * @brief A line edit for an obs:// path plus an optional "Select…" button.
 *
 * The text is kept exactly as typed (no trimming or normalising): the form's validator reports
 * problems. The button is shown only when a local store root is set; it opens a window-modal
 * ObsBrowserDialog (with open(), not exec()) whose choice replaces the text. Use on the GUI thread.
 */
class ObsPathEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsPathEdit)

public:
    enum class Mode
    {
        Folder,
        File,
    };

    explicit ObsPathEdit(Mode mode = Mode::Folder, QWidget *parent = nullptr);

    Mode mode() const;
    QString path() const;
    /** Replaces the text; emits pathChanged() when it differs. */
    void setPath(const QString &path);
    /** Overrides the default placeholder ("obs://bucket/folder/" or "obs://bucket/folder/file.py"). */
    void setPlaceholderText(const QString &text);
    /** The folder holding the local buckets (Connection::localObsRoot()); empty hides "Select…". */
    void setLocalStoreRoot(const QString &obsRoot);
    QString localStoreRoot() const;
    QLineEdit *lineEdit() const;
    QPushButton *selectButton() const;

public Q_SLOTS:
    /** Opens the OBS browser on the current path (does nothing without a local store root). */
    void browse();

Q_SIGNALS:
    void pathChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Mode m_mode;
    QLineEdit *m_edit;
    QPushButton *m_select;
    QString m_root;
    bool m_customPlaceholder = false;
};
} // namespace ma::widgets
