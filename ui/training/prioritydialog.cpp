#include "prioritydialog.h"

#include <algorithm>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ma::ui
{
PriorityDialog::PriorityDialog(const QString &jobName, int current, bool mayUseHighest, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_initial(std::clamp(current, kMinPriority, kMaxPriority))
{
    setWindowTitle(tr("Change Priority"));
    setObjectName(QStringLiteral("priorityDialog"));

    auto *intro
        = new QLabel(tr("Set the scheduling priority of training job <b>%1</b>.").arg(jobName.toHtmlEscaped()), this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);

    const QString texts[] = {
        tr("1 (lowest)"),
        tr("2"),
        tr("3 (highest)"),
    };
    for (int p = kMinPriority; p <= kMaxPriority; ++p)
    {
        auto *button = new QRadioButton(texts[p - kMinPriority], this);
        button->setObjectName(QStringLiteral("priority%1").arg(p));
        m_group->addButton(button, p);
        layout->addWidget(button);
        if (p == kMaxPriority && !mayUseHighest)
        {
            button->setEnabled(false);
            button->setToolTip(tr("Requires the modelarts:trainJob:setHighPriority permission."));
        }
    }

    auto *note = new QLabel(
        tr("A job with a higher priority is scheduled first when the pool is busy. The priority can be changed "
           "only while the job is pending in a dedicated resource pool."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(4);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, &PriorityDialog::updateOk);

    setPriority(m_initial);
    setMinimumWidth(380);
}

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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(priority() != m_initial);
}

std::optional<int> PriorityDialog::ask(QWidget *parent, const QString &jobName, int current, bool mayUseHighest)
{
    PriorityDialog dialog(jobName, current, mayUseHighest, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.priority() == dialog.m_initial)
        return std::nullopt;
    return dialog.priority();
}
} // namespace ma::ui
