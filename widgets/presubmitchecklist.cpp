#include "presubmitchecklist.h"

#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ma::widgets
{
namespace
{
using Outcome = models::PreSubmitCheck::Outcome;

QColor outcomeColor(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::Passed:
        return Theme::statusColor(StatusTone::Success);
    case Outcome::Warning:
        return Theme::color(Theme::Role::WarningText);
    case Outcome::Blocking:
        return Theme::color(Theme::Role::ErrorText);
    case Outcome::Running:
        return Theme::statusColor(StatusTone::Progress);
    case Outcome::Unknown:
        break;
    }
    return Theme::color(Theme::Role::MutedText);
}
} // namespace

PreSubmitCheckList::PreSubmitCheckList(models::PreSubmitChecks *checks, QWidget *parent)
    : QFrame(parent)
    , m_checks(checks)
{
    setObjectName(QStringLiteral("preSubmitChecks"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto *heading = new QLabel(tr("Pre-submit checks"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preSubmitSummary"));
    Theme::setStyleProperty(m_summary, "tone", QStringLiteral("muted"));
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_summary);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    const int count = checks ? static_cast<int>(checks->checks().size()) : 0;
    for (int i = 0; i < count; ++i)
    {
        Line line;
        line.symbol = new QLabel(this);
        line.symbol->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        line.symbol->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        line.text = new QLabel(this);
        line.text->setWordWrap(true);
        line.text->setTextFormat(Qt::RichText);
        line.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(line.symbol, i, 0);
        grid->addWidget(line.text, i, 1);
        m_lines.push_back(line);
        updateLine(i);
    }
    if (checks)
    {
        connect(checks, &models::PreSubmitChecks::checkChanged, this,
            [this](int index)
            {
                updateLine(index);
                updateSummary();
            });
    }
    updateSummary();
}

void PreSubmitCheckList::holdBack(QPushButton *submit)
{
    m_submit = submit;
    updateSummary();
}

QString PreSubmitCheckList::outcomeSymbol(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::Running:
        return QStringLiteral("…");
    case Outcome::Passed:
        return QStringLiteral("✓");
    case Outcome::Warning:
        return QStringLiteral("!");
    case Outcome::Blocking:
        return QStringLiteral("✕");
    case Outcome::Unknown:
        return QStringLiteral("?");
    }
    return QString();
}

QString PreSubmitCheckList::outcomeText(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::Running:
        return tr("Checking");
    case Outcome::Passed:
        return tr("Passed");
    case Outcome::Warning:
        return tr("Warning");
    case Outcome::Blocking:
        return tr("Fails");
    case Outcome::Unknown:
        return tr("Cannot check");
    }
    return QString();
}

void PreSubmitCheckList::updateLine(int index)
{
    if (!m_checks || index < 0 || index >= static_cast<int>(m_lines.size()))
        return;
    const models::PreSubmitCheck &check = m_checks->checks()[static_cast<size_t>(index)];
    const Line &line = m_lines[static_cast<size_t>(index)];
    const QColor color = outcomeColor(check.outcome);
    line.symbol->setText(
        QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color.name(), outcomeSymbol(check.outcome)));
    // The word as well as the colour: the outcome must not depend on seeing colours.
    line.symbol->setToolTip(outcomeText(check.outcome));
    QString html = QStringLiteral("<b>%1</b>").arg(check.title.toHtmlEscaped());
    const QString detail = check.outcome == Outcome::Running ? tr("Checking…") : check.detail;
    if (!detail.isEmpty())
        html += QStringLiteral(" <span style=\"color:%1\">— %2</span>")
                    .arg((check.outcome == Outcome::Blocking ? color : Theme::color(Theme::Role::MutedText)).name(),
                        detail.toHtmlEscaped());
    line.text->setText(html);
}

QString PreSubmitCheckList::lineText(int index) const
{
    if (!m_checks || index < 0 || index >= static_cast<int>(m_checks->checks().size()))
        return QString();
    const models::PreSubmitCheck &check = m_checks->checks()[static_cast<size_t>(index)];
    return QStringLiteral("%1: %2 — %3").arg(outcomeText(check.outcome), check.title, check.detail);
}

QString PreSubmitCheckList::summaryText() const
{
    return m_summary->text();
}

void PreSubmitCheckList::updateSummary()
{
    if (!m_checks)
        return;
    QStringList parts;
    const auto add = [&parts, this](Outcome outcome, const QString &one, const QString &many)
    {
        const int n = m_checks->count(outcome);
        if (n == 1)
            parts << one;
        else if (n > 1)
            parts << many.arg(n);
    };
    add(Outcome::Passed, tr("1 passed"), tr("%1 passed"));
    add(Outcome::Warning, tr("1 warning"), tr("%1 warnings"));
    add(Outcome::Blocking, tr("1 fails"), tr("%1 fail"));
    add(Outcome::Unknown, tr("1 cannot be checked"), tr("%1 cannot be checked"));
    add(Outcome::Running, tr("1 running"), tr("%1 running"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    if (m_submit)
    {
        const bool blocked = m_checks->blocks();
        m_submit->setEnabled(!blocked);
        m_submit->setToolTip(blocked ? tr("A pre-submit check says the request would fail.") : QString());
    }
}
} // namespace ma::widgets
