#pragma once

// The "Confirm" step of Create Training Job (training.md §1.8): a read-only summary of
// what will be submitted, the pre-submit checks and the billing note, answered with OK or
// Cancel. OK stays disabled while a check says the job would be refused.

#include <memory>
#include <QDialog>
#include <QList>
#include <utility>

namespace Ui
{
class ConfirmJobDialog;
}

namespace ma::models
{
class PreSubmitChecks;
} // namespace ma::models

namespace ma::ui
{
class ConfirmJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmJobDialog)

public:
    /** One summary line: label and (plain, unescaped) value. */
    using Row = std::pair<QString, QString>;

    /** @p checks (not owned; may be nullptr): the pre-submit checks listed under the summary. */
    explicit ConfirmJobDialog(
        const QString &summaryHtml, models::PreSubmitChecks *checks = nullptr, QWidget *parent = nullptr);
    ~ConfirmJobDialog() override;

    /**
     * A two-column HTML table of @p rows; values are HTML-escaped, empty values read "–".
     * @p notSent (settings the API cannot carry) follow under their own "Not sent" heading,
     * so nothing reads as if it were submitted.
     */
    static QString summaryHtml(const QList<Row> &rows, const QList<Row> &notSent = {});

    QString summary() const { return m_summary; }

private:
    std::unique_ptr<Ui::ConfirmJobDialog> m_ui;
    QString m_summary;
};
} // namespace ma::ui
