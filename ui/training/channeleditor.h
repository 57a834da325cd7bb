#pragma once

// Input or output channel rows of the Create Training Job form (training.md §1.3.1,
// §1.3.2): parameter name, OBS data path, "Obtained from" (hyperparameter or environment
// variable) and, for outputs, Predownload. The form's validator reports problems back
// per row with setRowMessage().

#include "models/trainingjobdraft.h"
#include "widgets/rowlisteditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ma::widgets
{
class ObsPathEdit;
} // namespace ma::widgets

namespace ma::ui
{
class ChannelEditor final : public widgets::RowListEditor
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

    /** Lets the path fields browse the Local profile's object store (empty: no Select… button). */
    void setLocalStoreRoot(const QString &root);

    QLineEdit *nameEdit(int row) const;
    widgets::ObsPathEdit *pathEdit(int row) const;
    QComboBox *deliveryCombo(int row) const;
    QCheckBox *predownloadCheck(int row) const;

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;

private:
    Kind m_kind;
    QString m_storeRoot;
};
} // namespace ma::ui
