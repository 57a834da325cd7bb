#pragma once

// One card of the Overview page: a framed box (resources/style.qss: card) with a heading, a
// note or link on the right of it, and the card's content below.

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace ma::ui
{
class OverviewCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewCard)

public:
    OverviewCard(const QString &title, QWidget *parent = nullptr);

    /** The card's content goes here. */
    QVBoxLayout *body() const { return m_body; }
    /** The text right of the heading (rich text; links emit linkActivated). */
    QLabel *note() const { return m_note; }

signals:
    void linkActivated(const QString &link);

private:
    QVBoxLayout *m_body;
    QLabel *m_note;
};
} // namespace ma::ui
