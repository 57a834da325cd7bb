#include "statustile.h"

#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ma::ui
{
StatusTile::StatusTile(const QString &status, const QString &caption, bool clickable, QWidget *parent)
    : QPushButton(parent)
    , m_status(status)
    , m_number(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
{
    setObjectName(QStringLiteral("statusTile_") + status);
    // The tone names the status colour of the left edge (resources/style.qss).
    setProperty(
        "statTile", status.isEmpty() ? QStringLiteral("total") : widgets::Theme::badgeName(widgets::toneOf(status)));
    setProperty("clickable", clickable);
    if (clickable)
        setCursor(Qt::PointingHandCursor);
    else
        setFocusPolicy(Qt::NoFocus);

    QFont numberFont = m_number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    m_caption->setProperty("tone", QStringLiteral("muted"));
    for (QLabel *label : { m_number, m_caption })
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(0);
    layout->addWidget(m_number);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusTile::setCount(int count)
{
    m_count = count;
    m_number->setText(countText());
    setToolTip(count < 0 ? QString() : tr("%1: %2").arg(m_caption->text()).arg(count));
}

QString StatusTile::countText() const
{
    return m_count < 0 ? QStringLiteral("–") : QString::number(m_count);
}

QSize StatusTile::sizeHint() const
{
    const QSize content = layout()->sizeHint();
    return { std::max(96, content.width()), content.height() + 4 };
}
} // namespace ma::ui
