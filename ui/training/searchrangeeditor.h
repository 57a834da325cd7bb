#pragma once

// The ranges of a hyperparameter search (Create Training Job, Hyperparameter search): one
// row per hyperparameter the algorithm lets the search vary, "name  [lower] ~ [upper]". The
// algorithm fixes the rows; the user edits the bounds. The form's validator reports
// problems back with setRowMessage().

#include "models/autosearchdraft.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace ma::ui
{
class SearchRangeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchRangeEditor)

public:
    explicit SearchRangeEditor(QWidget *parent = nullptr);

    /** Replaces the rows; emits nothing. */
    void setRanges(const QList<models::SearchRange> &ranges);
    QList<models::SearchRange> ranges() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QLineEdit *lowerEdit(int row) const;
    QLineEdit *upperEdit(int row) const;

    /** Shows @p message under @p row (red, or amber when @p warning); empty clears it. */
    void setRowMessage(int row, const QString &message, bool warning = false);
    void clearMessages();

Q_SIGNALS:
    /** A bound was edited. */
    void rangesChanged();

private:
    struct Row
    {
        QString name;
        QLabel *nameLabel = nullptr;
        QLineEdit *lower = nullptr;
        QLabel *separator = nullptr;
        QLineEdit *upper = nullptr;
        QLabel *message = nullptr;
    };
    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QLabel *m_empty = nullptr;
};
} // namespace ma::ui
