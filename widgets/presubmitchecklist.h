#pragma once

// The "Pre-submit checks" block of a Confirm dialog: one line per check with its outcome,
// updated as the checks finish, and the dialog's submit button held back while a check
// says the request would fail.

#include "models/presubmitchecks.h"

#include <QFrame>
#include <QPointer>
#include <vector>

class QLabel;
class QPushButton;

namespace ma::widgets
{
class PreSubmitCheckList final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreSubmitCheckList)

public:
    /** Shows @p checks (not owned) and follows their changes. */
    explicit PreSubmitCheckList(models::PreSubmitChecks *checks, QWidget *parent = nullptr);

    /**
     * Disables @p submit (with a tooltip saying why) while a check blocks; @p submit keeps
     * its own enabled state otherwise.
     */
    void holdBack(QPushButton *submit);

    /** The shown line of check @p index: "outcome word: title — detail" (for tests). */
    QString lineText(int index) const;
    /** The summary under the heading ("3 passed, 1 warning, 1 cannot be checked"). */
    QString summaryText() const;

    /** The symbol and word of an outcome as the list shows it. */
    static QString outcomeSymbol(models::PreSubmitCheck::Outcome outcome);
    static QString outcomeText(models::PreSubmitCheck::Outcome outcome);

private:
    struct Line
    {
        QLabel *symbol = nullptr;
        QLabel *text = nullptr;
    };

    void updateLine(int index);
    void updateSummary();

    QPointer<models::PreSubmitChecks> m_checks;
    std::vector<Line> m_lines;
    QLabel *m_summary = nullptr;
    QPointer<QPushButton> m_submit;
};
} // namespace ma::widgets
