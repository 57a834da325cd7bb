#pragma once

// The base of every repeatable group of fields in a form: input and output channels and SFS
// Turbo mounts of a training job; later a pool's flavors and AZ counts and a notebook's OBS
// mounts. A row is a line of widgets under column headers with a remove button and a message
// line under it (the form's validator reports per row); an Add button below stops at the
// console's limit and a counter reads "2/5". The area says what a row holds: createRow()
// makes its widgets from an item, and reads them back through cell().

#include <QList>
#include <QVariant>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ma::widgets
{
class RowListEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowListEditor)

public:
    ~RowListEditor() override;

    /** Add is disabled once @p max rows exist (0: no limit, no counter). Rows set by the area may exceed it. */
    void setMaximumRows(int max);
    int maximumRows() const { return m_max; }
    int rowCount() const { return int(m_rows.size()); }

    /** Shows @p message under @p row (red, amber when @p warning); empty clears it. */
    void setRowMessage(int row, const QString &message, bool warning = false);
    QString rowMessage(int row) const;
    /** A message about the whole list (e.g. too many rows); empty clears it. */
    void setMessage(const QString &message, bool warning = false);
    QString message() const;
    void clearMessages();

    QPushButton *addButton() const { return m_add; }

public slots:
    /** Appends a row made from newItem() and focuses its first field (nothing at the limit). */
    void addRow();
    void removeRow(int row);

signals:
    /** A row was added, removed or edited (not emitted by resetRows()). */
    void rowsChanged();

protected:
    struct Texts
    {
        QString add; // "Add Mount Configuration"
        QString remove; // tool tip of a row's remove button: "Remove this mount"
        QString empty; // shown when there is no row; empty: nothing shown
        QString limit; // tool tip of Add at the limit, with %1: "At most %1 mounts."
        QString objectPrefix; // object names: <prefix>AddButton, <prefix>RemoveButton, <prefix>Message
    };

    RowListEditor(const QStringList &headers, const Texts &texts, QWidget *parent = nullptr);

    /** The widgets of a row showing @p item, one per header (nullptr leaves the cell empty). */
    virtual QList<QWidget *> createRow(const QVariant &item) = 0;
    /** The item a new row starts from (@p rowCount rows exist). */
    virtual QVariant newItem(int rowCount) const = 0;

    /** Replaces every row with rows made from @p items; clears the messages; emits nothing. */
    void resetRows(const QVariantList &items);
    /** The widget in @p column of @p row, or nullptr. */
    QWidget *cell(int row, int column) const;
    template <typename T> T *cellAs(int row, int column) const { return qobject_cast<T *>(cell(row, column)); }
    /** The item @p row was made from (members the row does not show survive edits). */
    QVariant rowItem(int row) const;

    /** Connect the cells' edit signals here: emits rowsChanged() unless rows are being reset. */
    void rowEdited();

    /** For column widths and stretches; the remove buttons sit in the column after the headers. */
    QGridLayout *grid() const { return m_grid; }

private:
    struct Row
    {
        QVariant item;
        QList<QWidget *> cells;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
    };

    void appendRow(const QVariant &item);
    static void deleteRow(Row &row);
    void layoutRows();
    void updateAddButton();

    const Texts m_texts;
    QList<Row> m_rows;
    QList<QLabel *> m_headers;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QLabel *m_listMessage;
    QPushButton *m_add;
    QLabel *m_count;
    int m_max = 0;
    bool m_resetting = false;
};
} // namespace ma::widgets
