#include "createpoolflavoreditor.h"

#include "models/poolformvalidator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>

namespace ma::ui
{
namespace
{
enum Column
{
    FlavorColumn,
    CountColumn,
    AzColumn,
    HaColumn,
};

constexpr int kMaxInstancesPerFlavor = 1000; // the spin's range; the server decides the real limit

QSpinBox *countBox(QWidget *parent, int value, int minimum)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, kMaxInstancesPerFlavor);
    spin->setValue(value);
    spin->setMinimumWidth(80);
    return spin;
}
} // namespace

CreatePoolFlavorEditor::CreatePoolFlavorEditor(QWidget *parent)
    : RowListEditor({ tr("Specifications"), tr("Instances"), tr("AZ"), tr("HA redundant instances") },
        { tr("Add Specification"), tr("Remove this specification"), tr("No specification yet."),
            tr("At most %1 specifications per resource pool."), QStringLiteral("flavor") },
        parent)
{
    setObjectName(QStringLiteral("flavorEditor"));
    grid()->setColumnStretch(FlavorColumn, 4);
    grid()->setColumnStretch(AzColumn, 2);
    setMaximumRows(models::kMaxPoolFlavors);
    connect(this, &RowListEditor::rowsChanged, this, &CreatePoolFlavorEditor::updateRowModes);
}

CreatePoolFlavorEditor::~CreatePoolFlavorEditor() = default;

void CreatePoolFlavorEditor::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    for (int r = 0; r < rowCount(); ++r)
    {
        QComboBox *combo = flavorCombo(r);
        const QSignalBlocker block(combo);
        fillCombo(combo, combo->currentData().toString());
    }
}

void CreatePoolFlavorEditor::setZones(const QStringList &zones)
{
    if (zones == m_zones)
        return;
    const QList<models::PoolFlavorRow> rows = flavorRows();
    m_zones = zones;
    setFlavorRows(rows);
}

void CreatePoolFlavorEditor::setManualAz(bool manual)
{
    m_manualAz = manual;
    updateRowModes();
}

void CreatePoolFlavorEditor::setHaRedundancy(const QSet<QString> &haFlavors, bool enabled)
{
    m_haFlavors = haFlavors;
    m_haEnabled = enabled;
    updateRowModes();
}

void CreatePoolFlavorEditor::setFlavorRows(const QList<models::PoolFlavorRow> &rows)
{
    QVariantList items;
    for (const models::PoolFlavorRow &row : rows)
        items.append(QVariant::fromValue(row));
    resetRows(items);
    updateRowModes();
}

QList<models::PoolFlavorRow> CreatePoolFlavorEditor::flavorRows() const
{
    QList<models::PoolFlavorRow> out;
    for (int r = 0; r < rowCount(); ++r)
    {
        auto row = rowItem(r).value<models::PoolFlavorRow>();
        row.flavorId = flavorCombo(r)->currentData().toString();
        row.count = countSpin(r)->value();
        for (const QString &zone : m_zones)
        {
            if (const int n = azSpin(r, zone)->value(); n > 0)
                row.azCounts.insert(zone, n);
            else
                row.azCounts.remove(zone);
        }
        row.haRedundantCount = cellAs<QStackedWidget>(r, HaColumn)->findChild<QSpinBox *>()->value();
        out.append(row);
    }
    return out;
}

QComboBox *CreatePoolFlavorEditor::flavorCombo(int row) const
{
    return cellAs<QComboBox>(row, FlavorColumn);
}

QSpinBox *CreatePoolFlavorEditor::countSpin(int row) const
{
    return cellAs<QSpinBox>(row, CountColumn);
}

QSpinBox *CreatePoolFlavorEditor::azSpin(int row, const QString &zone) const
{
    QWidget *cell = this->cell(row, AzColumn);
    return cell ? cell->findChild<QSpinBox *>(QStringLiteral("azCount_") + zone) : nullptr;
}

void CreatePoolFlavorEditor::fillCombo(QComboBox *combo, const QString &current) const
{
    combo->clear();
    combo->addItem(tr("Select a specification"), QString());
    for (const Choice &c : m_choices)
        combo->addItem(c.text, c.id);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current); // kept so its message can say what is wrong with it
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void CreatePoolFlavorEditor::updateRowModes()
{
    for (int r = 0; r < rowCount(); ++r)
    {
        countSpin(r)->setEnabled(!m_manualAz);
        cellAs<QStackedWidget>(r, AzColumn)->setCurrentIndex(m_manualAz ? 1 : 0);
        const bool ha = m_haEnabled && m_haFlavors.contains(flavorCombo(r)->currentData().toString());
        cellAs<QStackedWidget>(r, HaColumn)->setCurrentIndex(ha ? 1 : 0);
    }
}

QVariant CreatePoolFlavorEditor::newItem(int) const
{
    return QVariant::fromValue(models::PoolFlavorRow());
}

QList<QWidget *> CreatePoolFlavorEditor::createRow(const QVariant &item)
{
    const auto row = item.value<models::PoolFlavorRow>();
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("flavorCombo"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(22);
    fillCombo(combo, row.flavorId);
    connect(combo, &QComboBox::currentIndexChanged, this,
        [this]
        {
            updateRowModes();
            rowEdited();
        });

    QSpinBox *count = countBox(this, row.count, 0);
    count->setObjectName(QStringLiteral("flavorCount"));
    connect(count, &QSpinBox::valueChanged, this, &CreatePoolFlavorEditor::rowEdited);

    // AZ: "Automatically allocated" text, or one count per AZ.
    auto *az = new QStackedWidget(this);
    auto *automatic = new QLabel(tr("Automatically allocated"), az);
    automatic->setProperty("tone", QStringLiteral("muted"));
    az->addWidget(automatic);
    auto *perAz = new QWidget(az);
    auto *perAzLayout = new QHBoxLayout(perAz);
    perAzLayout->setContentsMargins(0, 0, 0, 0);
    perAzLayout->setSpacing(6);
    for (const QString &zone : m_zones)
    {
        auto *label = new QLabel(zone.section(u'-', -1), perAz); // "az1" of "cn-north-4-az1"
        label->setToolTip(zone);
        QSpinBox *spin = countBox(perAz, row.azCounts.value(zone), 0);
        spin->setObjectName(QStringLiteral("azCount_") + zone);
        spin->setMinimumWidth(56);
        spin->setToolTip(tr("Instances in %1").arg(zone));
        label->setBuddy(spin);
        connect(spin, &QSpinBox::valueChanged, this, &CreatePoolFlavorEditor::rowEdited);
        perAzLayout->addWidget(label);
        perAzLayout->addWidget(spin);
    }
    perAzLayout->addStretch();
    az->addWidget(perAz);

    auto *ha = new QStackedWidget(this);
    auto *noHa = new QLabel(QStringLiteral("–"), ha);
    noHa->setToolTip(tr("Only Snt9C specifications support HA redundancy."));
    ha->addWidget(noHa);
    QSpinBox *haCount = countBox(ha, row.haRedundantCount, 0);
    haCount->setObjectName(QStringLiteral("haRedundantCount"));
    connect(haCount, &QSpinBox::valueChanged, this, &CreatePoolFlavorEditor::rowEdited);
    ha->addWidget(haCount);
    for (QStackedWidget *stack : { az, ha })
        stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return { combo, count, az, ha };
}
} // namespace ma::ui
