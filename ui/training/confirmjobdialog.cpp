#include "confirmjobdialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ma::ui
{
ConfirmJobDialog::ConfirmJobDialog(const QString &summaryHtml, QWidget *parent)
    : QDialog(parent)
    , m_summary(summaryHtml)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("confirmJobDialog"));
    setWindowTitle(tr("Confirm"));
    auto *intro = new QLabel(tr("Check the settings of the training job, then click OK to submit it."), this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setHtml(summaryHtml);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_view->setMinimumSize(520, 320);

    auto *billing = new QLabel(tr("You are billed for the resources you choose when your training job runs."), this);
    billing->setWordWrap(true);
    billing->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(billing);
    layout->addWidget(buttons);
    resize(600, 480);
}

QString ConfirmJobDialog::summaryHtml(const QList<Row> &rows)
{
    const QString muted = widgets::Theme::color(widgets::Theme::Role::MutedText).name();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (const auto &[label, value] : rows)
    {
        const QString shown = value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped();
        html += QStringLiteral("<tr><td style=\"color:%1; padding-right:16px;\" valign=\"top\">").arg(muted)
            + label.toHtmlEscaped() + QStringLiteral("</td><td>")
            + QString(shown).replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}
} // namespace ma::ui
