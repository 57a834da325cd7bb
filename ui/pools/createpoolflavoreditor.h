#pragma once

// The flavor rows of "Buy AI Dedicated Cluster" (pools_monitoring.md §1.1 rows 12-14, 23, 28):
// each row is a specification, its instance count, the per-AZ counts when the AZ allocation
// is "Specifies AZ", and the HA redundant instances of a flavor that supports HA redundancy.
// "Add Specification" stops at the console's 10; the validator reports per row.

#include "models/pooldraft.h"
#include "widgets/rowlisteditor.h"

#include <QSet>

class QComboBox;
class QSpinBox;

namespace ma::ui
{
class CreatePoolFlavorEditor final : public widgets::RowListEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePoolFlavorEditor)

public:
    /** @brief A specification the rows may choose: id and the text shown. */
    struct Choice
    {
        QString id;
        QString text;
    };

    explicit CreatePoolFlavorEditor(QWidget *parent = nullptr);
    ~CreatePoolFlavorEditor() override;

    /** The specifications offered (a row's own choice is kept even when it is not among them). */
    void setChoices(const QList<Choice> &choices);
    /** The AZs a manual allocation splits the instances over. */
    void setZones(const QStringList &zones);
    /** "Specifies AZ": per-AZ counts replace the instance count. */
    void setManualAz(bool manual);
    /** Flavors with HA redundancy; the redundant count shows for them when @p enabled. */
    void setHaRedundancy(const QSet<QString> &haFlavors, bool enabled);

    /** Replaces every row; clears the messages. */
    void setFlavorRows(const QList<models::PoolFlavorRow> &rows);
    QList<models::PoolFlavorRow> flavorRows() const;

    QComboBox *flavorCombo(int row) const;
    QSpinBox *countSpin(int row) const;
    QSpinBox *azSpin(int row, const QString &zone) const;

protected:
    QList<QWidget *> createRow(const QVariant &item) override;
    QVariant newItem(int rowCount) const override;

private:
    void fillCombo(QComboBox *combo, const QString &current) const;
    void updateRowModes();

    QList<Choice> m_choices;
    QStringList m_zones;
    QSet<QString> m_haFlavors;
    bool m_manualAz = false;
    bool m_haEnabled = false;
};
} // namespace ma::ui
