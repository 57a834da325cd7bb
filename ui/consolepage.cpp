#include "consolepage.h"

#include <QHideEvent>
#include <QMessageBox>
#include <QShowEvent>

namespace ma::ui
{
ConsolePage::ConsolePage(QWidget *parent)
    : QWidget(parent)
{
}

ConsolePage::~ConsolePage() = default;

void ConsolePage::open(const QVariant &)
{
}

void ConsolePage::applySettings()
{
}

void ConsolePage::activeChanged(bool)
{
}

bool ConsolePage::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(
        QMessageBox::Question, window()->windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void ConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setActive(true);
}

void ConsolePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A minimised window keeps its pages "visible" to Qt; only a real hide stops polling.
    setActive(isVisible());
}

void ConsolePage::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    activeChanged(active);
}
} // namespace ma::ui
