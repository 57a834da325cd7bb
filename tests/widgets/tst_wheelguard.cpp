#include "widgets/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace ma;

namespace
{
// One notch down, as a mouse wheel sends it; returns whether the receiver accepted it.
bool wheelDown(QWidget *widget)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}
} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unfocusedFieldsKeepTheirValue();
    void focusedFieldsTakeTheWheel();
    void wheelNoLongerGivesFocus();
    void scrollBarsStillScroll();

private:
    struct Form
    {
        QWidget window;
        QComboBox *combo = nullptr;
        QSpinBox *spin = nullptr;
        QSlider *slider = nullptr;
        QLineEdit *other = nullptr;
    };
    static void build(Form &form);
};

void TestWheelGuard::initTestCase()
{
    widgets::WheelGuard::install(QCoreApplication::instance());
}

void TestWheelGuard::build(Form &form)
{
    auto *layout = new QVBoxLayout(&form.window);
    form.combo = new QComboBox;
    form.combo->addItems({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    form.spin = new QSpinBox;
    form.spin->setRange(0, 100);
    form.spin->setValue(50);
    form.slider = new QSlider(Qt::Horizontal);
    form.slider->setRange(0, 100);
    form.slider->setValue(50);
    form.other = new QLineEdit;
    for (QWidget *w : std::initializer_list<QWidget *> { form.combo, form.spin, form.slider, form.other })
        layout->addWidget(w);
    form.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form.window));
    form.other->setFocus();
    QTRY_VERIFY(form.other->hasFocus());
}

void TestWheelGuard::unfocusedFieldsKeepTheirValue()
{
    Form form;
    build(form);
    QVERIFY(!wheelDown(form.combo));
    QVERIFY(!wheelDown(form.spin));
    QVERIFY(!wheelDown(form.slider));
    QCOMPARE(form.combo->currentIndex(), 0);
    QCOMPARE(form.spin->value(), 50);
    QCOMPARE(form.slider->value(), 50);
}

void TestWheelGuard::focusedFieldsTakeTheWheel()
{
    Form form;
    build(form);
    form.combo->setFocus();
    QTRY_VERIFY(form.combo->hasFocus());
    wheelDown(form.combo);
    QCOMPARE(form.combo->currentIndex(), 1);

    form.spin->setFocus();
    QTRY_VERIFY(form.spin->hasFocus());
    wheelDown(form.spin);
    QCOMPARE(form.spin->value(), 49);
}

void TestWheelGuard::wheelNoLongerGivesFocus()
{
    Form form;
    build(form);
    for (const QWidget *field : std::initializer_list<const QWidget *> { form.combo, form.spin, form.slider })
    {
        QVERIFY2((field->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus, field->metaObject()->className());
        QVERIFY2((field->focusPolicy() & Qt::StrongFocus) == Qt::StrongFocus, field->metaObject()->className());
    }
}

void TestWheelGuard::scrollBarsStillScroll()
{
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 100);
    bar.resize(20, 200);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(!bar.hasFocus());
    wheelDown(&bar);
    QVERIFY(bar.value() > 0);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
