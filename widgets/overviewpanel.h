#pragma once

// The overview of a details page (a job's Basic Settings, a pool's Basic Information): titled
// groups of "label  value" rows. Values are plain, selectable text; ids and paths keep their
// lines, sentences wrap. Refreshing with the same rows only changes the texts that differ,
// so a selection in another value survives a poll.

#include <QHash>
#include <QList>
#include <QPointer>
#include <QScrollArea>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace ma::widgets
{
/** @brief One row of an overview group. */
struct OverviewRow
{
    QString label;
    QString value;
    QString editName; // non-empty: an Edit button follows the value (its object name)
    QString editToolTip;
};

class OverviewPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPanel)

public:
    explicit OverviewPanel(QWidget *parent = nullptr);
    ~OverviewPanel() override;

    /** Adds an empty group titled @p title below the others; returns its index. */
    int addGroup(const QString &title);
    /** Shows @p rows in group @p group; the same labels as before only update the texts. */
    void setRows(int group, const QList<OverviewRow> &rows);
    /** Empties every group. */
    void clear();

    /** Changes the text of the row labelled @p label, if shown (a ticking duration). */
    void setValue(const QString &label, const QString &text);
    /** Text shown for the row labelled @p label (the first one when several share it). */
    QString value(const QString &label) const;
    /** Labels of the rows shown, group by group, top to bottom. */
    QStringList labels() const;

signals:
    /** The Edit button of the row whose editName is @p editName was pressed. */
    void editRequested(const QString &editName);

private:
    struct Group
    {
        QGridLayout *grid = nullptr;
        QList<OverviewRow> rows;
        QList<QPointer<QLabel>> values;
    };

    void rebuild(Group &group, const QList<OverviewRow> &rows);
    QLabel *valueLabel(const OverviewRow &row) const;
    void reindex();

    QVBoxLayout *m_column;
    QList<Group> m_groups;
    QHash<QString, QPointer<QLabel>> m_byLabel;
};
} // namespace ma::widgets
