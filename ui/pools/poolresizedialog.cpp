#include "poolresizedialog.h"

#include "ui_poolresizedialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace ma::ui
{
PoolResizeDialog::PoolResizeDialog(
    const QString &poolName, const QList<FlavorCount> &current, int nodesInUse, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolResizeDialog>())
    , m_current(current)
    , m_inUse(nodesInUse)
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Set the number of instances of each flavor of the pool <b>%1</b>. A higher number "
                            "scales the pool out, a lower one scales it in.")
                             .arg(poolName.toHtmlEscaped()));
    for (QLabel *header : { m_ui->flavorHeader, m_ui->currentHeader, m_ui->targetHeader })
        header->setProperty("tone", QStringLiteral("muted"));
    int row = 1;
    for (const FlavorCount &entry : m_current)
    {
        auto *flavor = new QLabel(entry.flavor, this);
        flavor->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *now = new QLabel(QString::number(entry.count), this);
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("targetSpin_") + entry.flavor);
        // Console (L1296): scale-in cannot take a flavor to 0 nodes; deleting the pool does that.
        spin->setRange(1, std::max(kMaxInstances, entry.count));
        spin->setValue(entry.count);
        spin->setAccessibleName(tr("Target instances of %1").arg(entry.flavor));
        connect(spin, &QSpinBox::valueChanged, this, &PoolResizeDialog::validate);
        m_ui->flavorGrid->addWidget(flavor, row, 0);
        m_ui->flavorGrid->addWidget(now, row, 1);
        m_ui->flavorGrid->addWidget(spin, row, 2);
        m_spins.append(spin);
        ++row;
    }
    m_ui->flavorGrid->setColumnStretch(0, 1);
    m_ui->note->setText(nodesInUse > 0
            ? (nodesInUse == 1 ? tr("1 node runs jobs or notebooks now; the pool cannot get smaller than that.")
                               : tr("%1 nodes run jobs or notebooks now; the pool cannot get smaller than that.")
                                     .arg(nodesInUse))
                + u' '
                + tr("Scale-in removes idle nodes, newest first. To choose the nodes, delete them on the Nodes tab "
                     "instead.")
            : tr("Scale-in removes idle nodes, newest first. To choose the nodes, delete them on the Nodes tab "
                 "instead."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Resize"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PoolResizeDialog::~PoolResizeDialog() = default;

QList<PoolResizeDialog::FlavorCount> PoolResizeDialog::targets() const
{
    QList<FlavorCount> out;
    for (int i = 0; i < m_current.size(); ++i)
        out.append({ m_current.at(i).flavor, m_spins.at(i)->value() });
    return out;
}

void PoolResizeDialog::setTarget(const QString &flavor, int count)
{
    if (QSpinBox *spin = spinBox(flavor))
        spin->setValue(count);
}

QSpinBox *PoolResizeDialog::spinBox(const QString &flavor) const
{
    for (int i = 0; i < m_current.size(); ++i)
        if (m_current.at(i).flavor == flavor)
            return m_spins.at(i);
    return nullptr;
}

bool PoolResizeDialog::isChanged() const
{
    for (int i = 0; i < m_current.size(); ++i)
        if (m_spins.at(i)->value() != m_current.at(i).count)
            return true;
    return false;
}

void PoolResizeDialog::validate()
{
    int total = 0;
    for (const QSpinBox *spin : m_spins)
        total += spin->value();
    m_message.clear();
    if (total < m_inUse)
        m_message = m_inUse == 1
            ? tr("The pool needs at least 1 node for the jobs and notebooks running in it.")
            : tr("The pool needs at least %1 nodes for the jobs and notebooks running in it.").arg(m_inUse);
    m_ui->message->setText(m_message);
    m_ui->message->setVisible(!m_message.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message.isEmpty() && isChanged());
}

std::optional<QList<PoolResizeDialog::FlavorCount>> PoolResizeDialog::ask(
    QWidget *parent, const QString &poolName, const QList<FlavorCount> &current, int nodesInUse)
{
    PoolResizeDialog dialog(poolName, current, nodesInUse, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.isChanged() || !dialog.message().isEmpty())
        return std::nullopt;
    return dialog.targets();
}
} // namespace ma::ui
