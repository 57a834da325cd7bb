#include "widgets/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace ma::widgets
{
namespace
{
bool isValueWidget(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
        || (qobject_cast<const QAbstractSlider *>(object) && !object->inherits("QScrollBar"));
}
} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

WheelGuard *WheelGuard::install(QCoreApplication *app)
{
    auto *guard = new WheelGuard(app);
    app->installEventFilter(guard);
    return guard;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type())
    {
    case QEvent::Polish:
        // Qt gives these widgets WheelFocus, so the wheel alone would focus them (and then
        // change them). Strong focus keeps click and Tab.
        if (isValueWidget(watched))
        {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (isValueWidget(watched) && !static_cast<QWidget *>(watched)->hasFocus())
        {
            // Ignored and filtered: the widget keeps its value and Qt passes the wheel on to
            // the parent, the scroll area that holds the form.
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
} // namespace ma::widgets
