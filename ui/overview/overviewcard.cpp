#include "overviewcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ma::ui
{
OverviewCard::OverviewCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_body(new QVBoxLayout)
    , m_note(new QLabel(this))
{
    setProperty("card", true);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("cardTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    heading->setFont(font);
    m_note->setProperty("tone", QStringLiteral("muted"));
    m_note->setTextFormat(Qt::RichText);
    connect(m_note, &QLabel::linkActivated, this, &OverviewCard::linkActivated);

    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch(1);
    header->addWidget(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    m_body->setSpacing(6);
    layout->addLayout(m_body, 1);
}
} // namespace ma::ui
