#include "poolusagerow.h"

#include "usagebar.h"
#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QGridLayout>
#include <QLabel>

namespace ma::ui
{
using Role = widgets::Theme::Role;

PoolUsageRow::PoolUsageRow(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_nodes(new QLabel(this))
    , m_cards(new QLabel(this))
    , m_nodesBar(new UsageBar(this))
    , m_cardsBar(new UsageBar(this))
{
    m_name->setTextFormat(Qt::RichText);
    m_name->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_name, &QLabel::linkActivated, this, [this] { emit openRequested(m_pool.id); });
    for (QLabel *label : { m_nodes, m_cards })
        label->setProperty("tone", QStringLiteral("muted"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_badge, 0, 1, Qt::AlignRight);
    grid->addWidget(m_nodes, 1, 0, 1, 2);
    grid->addWidget(m_nodesBar, 2, 0, 1, 2);
    grid->addWidget(m_cards, 3, 0, 1, 2);
    grid->addWidget(m_cardsBar, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
}

void PoolUsageRow::setPool(const models::OverviewPool &pool)
{
    m_pool = pool;
    m_name->setText(QStringLiteral("<a href=\"pool\">%1</a>").arg(pool.name.toHtmlEscaped()));
    m_name->setToolTip(tr("Open the resource pool %1").arg(pool.id));
    m_badge->setText(widgets::statusText(pool.phase));
    widgets::Theme::setStyleProperty(m_badge, "badge", widgets::Theme::badgeName(widgets::toneOf(pool.phase)));

    m_nodes->setText(nodesText());
    m_nodesBar->setSegments(
        { { double(pool.nodesInUse), Role::StatusRunning }, { double(pool.nodesFree), Role::StatusSuccess },
            { double(pool.nodesAbnormal), Role::StatusFailure } },
        pool.nodesTotal);
    m_nodesBar->setToolTip(nodesText());

    const bool cards = !pool.acceleratorKind.isEmpty() && pool.acceleratorsCapacity > 0;
    m_cards->setVisible(cards);
    m_cardsBar->setVisible(cards);
    if (cards)
    {
        m_cards->setText(acceleratorsText());
        m_cardsBar->setSegments({ { pool.acceleratorsAllocated, Role::Accent } }, pool.acceleratorsCapacity);
        m_cardsBar->setToolTip(acceleratorsText());
    }
}

QString PoolUsageRow::nodesText() const
{
    QString text
        = tr("Nodes: %1 in use, %2 free of %3").arg(m_pool.nodesInUse).arg(m_pool.nodesFree).arg(m_pool.nodesTotal);
    if (m_pool.nodesAbnormal > 0)
        text += tr(", %1 abnormal").arg(m_pool.nodesAbnormal);
    return text;
}

QString PoolUsageRow::acceleratorsText() const
{
    const double capacity = m_pool.acceleratorsCapacity;
    const int percent = capacity > 0 ? qRound(100.0 * m_pool.acceleratorsAllocated / capacity) : 0;
    return tr("%1 cards: %2 of %3 allocated (%4 %)", "GPU or NPU cards")
        .arg(m_pool.acceleratorKind)
        .arg(m_pool.acceleratorsAllocated)
        .arg(capacity)
        .arg(percent);
}
} // namespace ma::ui
