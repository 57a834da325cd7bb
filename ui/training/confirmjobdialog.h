#pragma once

// The "Confirm" step of Create Training Job (training.md §1.8): a read-only summary of
// what will be submitted and the billing note, answered with OK or Cancel.

#include <memory>
#include <QDialog>
#include <QList>
#include <utility>

namespace Ui
{
class ConfirmJobDialog;
}

namespace ma::ui
{
class ConfirmJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmJobDialog)

public:
    /** One summary line: label and (plain, unescaped) value. */
    using Row = std::pair<QString, QString>;

    explicit ConfirmJobDialog(const QString &summaryHtml, QWidget *parent = nullptr);
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
