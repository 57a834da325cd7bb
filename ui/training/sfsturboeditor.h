#pragma once

// SFS Turbo mount rows of a dedicated-pool training job (training.md §1.5): file system,
// mount path in the container, directory in the file system, read-only and mount
// options. "Add Mount Configuration" stops at the console's limit (5); the validator
// reports duplicate or forbidden mount paths per row.

#include "models/trainingjobdraft.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ma::ui
{
class SfsTurboEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SfsTurboEditor)

public:
    explicit SfsTurboEditor(QWidget *parent = nullptr);
    ~SfsTurboEditor() override;

    /** Add is disabled once @p max rows exist (rows set with setMounts() may exceed it). */
    void setMaximumRows(int max);
    int maximumRows() const { return m_max; }

    /** Replaces all rows and clears the messages. */
    void setMounts(const QList<models::SfsTurboMount> &mounts);
    QList<models::SfsTurboMount> mounts() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    void setRowMessage(int row, const QString &message, bool warning = false);
    QString rowMessage(int row) const;
    /** A message about the whole list (e.g. too many mounts); empty clears it. */
    void setMessage(const QString &message, bool warning = false);
    QString message() const;
    void clearMessages();

    QLineEdit *fileSystemEdit(int row) const;
    QLineEdit *mountPathEdit(int row) const;
    QPushButton *addButton() const { return m_add; }

public slots:
    void addRow();
    void removeRow(int row);

signals:
    /** A row was added, removed or edited (not emitted by setMounts()). */
    void mountsChanged();

private:
    struct Row
    {
        QLineEdit *fileSystem = nullptr;
        QLineEdit *mountPath = nullptr;
        QLineEdit *directory = nullptr;
        QCheckBox *readOnly = nullptr;
        QLineEdit *options = nullptr;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
    };

    void appendRow(const models::SfsTurboMount &mount);
    void deleteRow(Row &row);
    void rebuildGrid();
    void updateAddButton();
    void onRowEdited();

    int m_max = 5;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QLabel *m_listMessage;
    QPushButton *m_add;
    QLabel *m_count;
    bool m_updating = false;
};
} // namespace ma::ui
