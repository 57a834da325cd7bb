#pragma once

// Input or output channel rows of the Create Training Job form (training.md §1.3.1,
// §1.3.2): parameter name, OBS data path, "Obtained from" (hyperparameter or environment
// variable) and, for outputs, Predownload. An input row has the console's Dataset | Data path
// switch: with Dataset, a dataset and a version picker (fed by a models::DatasetCatalog)
// replace the OBS path. The form's validator reports problems back per row with setRowMessage().

#include "models/trainingjobdraft.h"
#include "widgets/rowlisteditor.h"

#include <QPointer>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ma::models
{
class DatasetCatalog;
} // namespace ma::models

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
    /** The rows as edited; members the editor does not show are kept. */
    QList<models::DataChannel> channels() const;

    /**
     * @brief Where the input rows' dataset and version pickers get their lists (not owned;
     * nullptr: only the ids the rows already have). The catalog is asked when a row shows Dataset.
     */
    void setDatasetCatalog(models::DatasetCatalog *catalog);

    /** Lets the path fields browse the Local profile's object store (empty: no Select… button). */
    void setLocalStoreRoot(const QString &root);

    QLineEdit *nameEdit(int row) const;
    widgets::ObsPathEdit *pathEdit(int row) const;
    QComboBox *deliveryCombo(int row) const;
    QCheckBox *predownloadCheck(int row) const;
    /** Input rows: the Dataset and Data path buttons of the source switch (nullptr for outputs). */
    QAbstractButton *datasetSourceButton(int row) const;
    QAbstractButton *dataPathSourceButton(int row) const;
    /**
     * Input rows: which sources the Dataset | Data path switch offers (My algorithm's
     * constraints); a source not offered is dimmed with the reason as its tool tip.
     */
    void setRowSources(int row, bool datasetAllowed, bool dataPathAllowed);
    /** Input rows: the dataset and version pickers (item data: the id). */
    QComboBox *datasetCombo(int row) const;
    QComboBox *datasetVersionCombo(int row) const;

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;

private:
    /** Fills the dataset picker of @p row from the catalog, keeping @p datasetId chosen. */
    void fillDatasets(QComboBox *combo, const QString &datasetId) const;
    /** Fills the version picker with the versions of @p datasetId, keeping @p versionId chosen. */
    void fillVersions(QComboBox *combo, const QString &datasetId, const QString &versionId) const;
    /** Refills every input row's pickers (the catalog answered). */
    void refreshDatasetPickers();
    /** Asks the catalog for what a row showing Dataset needs. */
    void requestDatasetLists(int row) const;
    int rowOfCell(const QWidget *widget) const;

    Kind m_kind;
    QString m_storeRoot;
    QPointer<models::DatasetCatalog> m_catalog;
};
} // namespace ma::ui
