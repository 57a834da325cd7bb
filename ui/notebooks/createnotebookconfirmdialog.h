#pragma once

// The confirmation step of Create Notebook (the console's Next → confirm → Submit): what will
// be sent, what the form holds but the v1 API cannot carry, the pre-submit checks and the
// billing note.

#include <memory>
#include <QDialog>

namespace Ui
{
class CreateNotebookConfirmDialog;
}

namespace ma::models
{
class PreSubmitChecks;
} // namespace ma::models

namespace ma::ui
{
class CreateNotebookConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNotebookConfirmDialog)

public:
    /** @p notSent lists the fields shown on the form that are not part of the request (empty: none). */
    /** @p checks (not owned; may be nullptr): the pre-submit checks listed under the summary. */
    CreateNotebookConfirmDialog(const QString &summaryHtml, const QString &notSent,
        models::PreSubmitChecks *checks = nullptr, QWidget *parent = nullptr);
    ~CreateNotebookConfirmDialog() override;

private:
    std::unique_ptr<Ui::CreateNotebookConfirmDialog> m_ui;
};
} // namespace ma::ui
