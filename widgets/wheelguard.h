#pragma once

#include <QObject>

class QCoreApplication;

namespace ma::widgets
{
/**
 * Keeps the mouse wheel from changing a combo box, spin box or slider the pointer merely passes
 * over while a form scrolls: such a field takes the wheel only once it has focus (click or Tab),
 * otherwise the wheel scrolls the form. Installed once on the application, it covers every form.
 */
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    /** Installs one guard on @p app (parented to it). */
    static WheelGuard *install(QCoreApplication *app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
} // namespace ma::widgets
