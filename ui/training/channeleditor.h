#pragma once

// Input or output channel rows of the Create Training Job form (training.md §1.3.1,
// §1.3.2): parameter name, OBS data path, "Obtained from" (hyperparameter or environment
// variable) and, for outputs, Predownload. The form's validator reports problems back
// per row with setRowMessage().

#include "models/trainingjobdraft.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ma::widgets
{
class ObsPathEdit;
} // namespace ma::widgets

namespace ma::ui
{
class ChannelEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelEditor)

public:
    enum class Kind
    {
        Input,
        Output,
    };

    explicit ChannelEditor(Kind kind, QWidget *parent = nullptr);
    ~ChannelEditor() override;

    Kind kind() const { return m_kind; }

    /** Replaces all rows and clears the messages. */
    void setChannels(const QList<models::DataChannel> &channels);
    /** The rows as edited; members the editor does not show (dataset ids) are kept. */
    QList<models::DataChannel> channels() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    /** Lets the path fields browse the Local profile's object store (empty: no Select… button). */
    void setLocalStoreRoot(const QString &root);

    /** Shows @p message under @p row (red, amber when @p warning); empty clears it. */
    void setRowMessage(int row, const QString &message, bool warning = false);
    QString rowMessage(int row) const;
    void clearMessages();

    QLineEdit *nameEdit(int row) const;
    widgets::ObsPathEdit *pathEdit(int row) const;
    QComboBox *deliveryCombo(int row) const;
    QCheckBox *predownloadCheck(int row) const;
    QPushButton *addButton() const { return m_add; }

public slots:
    void addRow();
    void removeRow(int row);

signals:
    /** A row was added, removed or edited (not emitted by setChannels()). */
    void channelsChanged();

private:
    struct Row
    {
        models::DataChannel channel; // hidden members (dataset ids) survive edits
        QLineEdit *name = nullptr;
        widgets::ObsPathEdit *path = nullptr;
        QComboBox *delivery = nullptr;
        QCheckBox *predownload = nullptr;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
    };

    void appendRow(const models::DataChannel &channel);
    void rebuildGrid();
    void onRowEdited();

    Kind m_kind;
    QString m_storeRoot;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QLabel *m_empty;
    QPushButton *m_add;
    bool m_updating = false;
};
} // namespace ma::ui
