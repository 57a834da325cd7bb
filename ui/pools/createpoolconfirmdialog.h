#pragma once

// The Confirm step of "Buy AI Dedicated Cluster": what will be bought (a summary of the
// form), the quota check (P-19 GET /v1/{project_id}/quotas: pools used of the quota) and the
// billing note; Buy Now stays disabled when the quota is used up.

#include <memory>
#include <QDialog>

namespace Ui
{
class CreatePoolConfirmDialog;
}

namespace ma::models
{
class PreSubmitChecks;
} // namespace ma::models

namespace ma::ui
{
class CreatePoolConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePoolConfirmDialog)

public:
    /** @brief The quota check's outcome: the text shown and whether the purchase fits. */
    struct Quota
    {
        QString text;
        bool fits = true;
        bool checked = false; // the quota was found in the answer
    };

    /** @p checks (not owned; may be nullptr): the pre-submit checks, which then include the quota line. */
    CreatePoolConfirmDialog(const QString &summaryHtml, const Quota &quota, bool prepaid,
        models::PreSubmitChecks *checks = nullptr, QWidget *parent = nullptr);
    ~CreatePoolConfirmDialog() override;

private:
    std::unique_ptr<Ui::CreatePoolConfirmDialog> m_ui;
};
} // namespace ma::ui
