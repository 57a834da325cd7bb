#include "confirmjobdialog.h"

#include "ui_confirmjobdialog.h"
#include "widgets/presubmitchecklist.h"
#include "widgets/theme.h"

#include <QPushButton>

namespace ma::ui
{
ConfirmJobDialog::ConfirmJobDialog(const QString &summaryHtml, models::PreSubmitChecks *checks, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmJobDialog>())
    , m_summary(summaryHtml)
{
    m_ui->setupUi(this);
    m_ui->summaryView->setHtml(summaryHtml);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    if (checks)
    {
        auto *list = new widgets::PreSubmitCheckList(checks, this);
        m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->summaryView) + 1, list);
        list->holdBack(m_ui->buttons->button(QDialogButtonBox::Ok));
    }
}

ConfirmJobDialog::~ConfirmJobDialog() = default;

QString ConfirmJobDialog::summaryHtml(const QList<Row> &rows, const QList<Row> &notSent)
{
    const QString muted = widgets::Theme::color(widgets::Theme::Role::MutedText).name();
    const auto table = [&muted](const QList<Row> &list) -> QString
    {
        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
        for (const auto &[label, value] : list)
        {
            const QString shown = value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped();
            html += QStringLiteral("<tr><td style=\"color:%1; padding-right:16px;\" valign=\"top\">").arg(muted)
                + label.toHtmlEscaped() + QStringLiteral("</td><td>")
                + QString(shown).replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</td></tr>");
        }
        return html + QStringLiteral("</table>");
    };
    QString html = table(rows);
    if (!notSent.isEmpty())
    {
        html
            += QStringLiteral("<p style=\"color:%1;\"><b>%2</b><br>%3</p>")
                   .arg(widgets::Theme::color(widgets::Theme::Role::WarningText).name(), tr("Not sent").toHtmlEscaped(),
                       tr("The ModelArts API has no field for these settings; the job runs without them.")
                           .toHtmlEscaped());
        html += table(notSent);
    }
    return html;
}
} // namespace ma::ui
