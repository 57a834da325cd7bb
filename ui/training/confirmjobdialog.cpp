#include "confirmjobdialog.h"

#include "ui_confirmjobdialog.h"
#include "widgets/theme.h"

#include <QPushButton>

namespace ma::ui
{
ConfirmJobDialog::ConfirmJobDialog(const QString &summaryHtml, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmJobDialog>())
    , m_summary(summaryHtml)
{
    m_ui->setupUi(this);
    m_ui->summaryView->setHtml(summaryHtml);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true);
}

ConfirmJobDialog::~ConfirmJobDialog() = default;

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
