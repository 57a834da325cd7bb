#include "prioritydialog.h"

#include "ui_prioritydialog.h"

#include <algorithm>
#include <QButtonGroup>
#include <QPushButton>

namespace ma::ui
{
PriorityDialog::PriorityDialog(const QString &jobName, int current, bool mayUseHighest, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PriorityDialog>())
    , m_group(new QButtonGroup(this))
    , m_initial(std::clamp(current, kMinPriority, kMaxPriority))
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Set the scheduling priority of training job <b>%1</b>.").arg(jobName.toHtmlEscaped()));
    m_group->addButton(m_ui->priority1, 1);
    m_group->addButton(m_ui->priority2, 2);
    m_group->addButton(m_ui->priority3, 3);
    if (!mayUseHighest)
    {
        m_ui->priority3->setEnabled(false);
        m_ui->priority3->setToolTip(tr("Requires the modelarts:trainJob:setHighPriority permission."));
    }
    connect(m_group, &QButtonGroup::idToggled, this, &PriorityDialog::updateOk);
    setPriority(m_initial);
}

PriorityDialog::~PriorityDialog() = default;

int PriorityDialog::priority() const
{
    const int id = m_group->checkedId();
    return id < 0 ? m_initial : id;
}

void PriorityDialog::setPriority(int priority)
{
    if (QAbstractButton *button = m_group->button(std::clamp(priority, kMinPriority, kMaxPriority)))
        button->setChecked(true);
    updateOk();
}

void PriorityDialog::updateOk()
{
    // OK only when the choice differs from the current priority.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(priority() != m_initial);
}

std::optional<int> PriorityDialog::ask(QWidget *parent, const QString &jobName, int current, bool mayUseHighest)
{
    PriorityDialog dialog(jobName, current, mayUseHighest, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.priority() == dialog.m_initial)
        return std::nullopt;
    return dialog.priority();
}
} // namespace ma::ui
