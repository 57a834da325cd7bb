#pragma once

// A compact key = value table for the Create Training Job form: hyperparameters (training.md §1.3.3,
// at most 100, batch import), environment variables (§1.3.4, at most 100) and tags (§1.7, at most 20).
// The widget only edits rows; the form's validator decides what is wrong and reports it back
// with setRowMessage()/setMessage().

#include "models/trainingjobdraft.h"

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace ma::widgets
{
/**
 * @brief Table of key/value rows with Add, Delete, Import… and a "3/100" counter.
 *
 * Rows are edited in place and kept exactly as typed (no trimming, empty rows included), so row
 * numbers of rows() match the table. The table grows with its rows up to VisibleRowLimit rows and
 * then scrolls. Row messages travel with their rows when other rows are removed; setRows() and
 * clearMessages() drop them. Use on the GUI thread.
 */
class KeyValueEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueEditor)

public:
    static constexpr int VisibleRowLimit = 8;

    explicit KeyValueEditor(QWidget *parent = nullptr);
    ~KeyValueEditor() override;

    void setHeaders(const QString &keyHeader, const QString &valueHeader);
    /** At most @p max rows (0 = unlimited, the default): Add is disabled at the limit and the counter reads "3/100". */
    void setMaximumRows(int max);
    int maximumRows() const;
    /** Replaces all rows and clears all messages; emits rowsChanged() when the rows differ. */
    void setRows(const QList<ma::models::KeyValue> &rows);
    QList<ma::models::KeyValue> rows() const;
    int rowCount() const;

    /**
     * Constraints of an algorithm-defined row (training.md §1.3.3): a fixed key or value is shown dimmed and cannot
     * be edited, and a row that is not @p removable (a required hyperparameter) is skipped by removeSelectedRows().
     * setRows() makes every row fully editable again.
     */
    void setRowConstraints(int row, bool keyEditable, bool valueEditable, bool removable);
    bool isRowRemovable(int row) const;

    /** Marks @p row (red, or amber when @p warning) with @p message as tooltip and lists it under the table. */
    void setRowMessage(int row, const QString &message, bool warning = false);
    /** Table-level message under the table; empty clears it. */
    void setMessage(const QString &message);
    /** Clears the table-level message and every row message. */
    void clearMessages();
    /** The text listed under the table (row messages then the table-level message), for tests. */
    QString messageText() const;

    /**
     * Appends the entries of @p path: KEY=VALUE lines ('#' comments and blank lines are skipped; whitespace
     * around key and value and one pair of matching quotes around the value are removed) or a JSON object
     * {"key": "value"} (numbers and booleans become text). Nothing is added, and false is returned with
     * @p error set, when the file cannot be read or parsed, has no entries, or the total would exceed the maximum.
     */
    bool importFile(const QString &path, QString *error);

    QAbstractItemView *view() const;

public Q_SLOTS:
    /** Appends an empty row and starts editing its key (does nothing at the maximum). */
    void addRow();
    void removeSelectedRows();
    /** Asks for a file with QFileDialog and imports it; an error is shown with setMessage(). */
    void importFromFile();

Q_SIGNALS:
    /** The rows were added, removed, imported, replaced or edited (not emitted for message changes). */
    void rowsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendRows(const QList<ma::models::KeyValue> &rows);
    void updateState();
    void updateMessages();
    void updateHeight();
    void retranslate();

    QStandardItemModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_delete;
    QToolButton *m_import;
    QLabel *m_counter;
    QLabel *m_messages;
    QString m_message;
    QString m_keyHeader;
    QString m_valueHeader;
    int m_maximumRows = 0;
    bool m_silent = false; // our own model changes (messages, bulk inserts) are not user edits
};
} // namespace ma::widgets
