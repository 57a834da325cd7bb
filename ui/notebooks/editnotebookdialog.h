#pragma once

// Edit Name and Description of a stopped notebook.
// The form is editnotebookdialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class EditNotebookDialog;
}

namespace ma::ui
{
class EditNotebookDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditNotebookDialog)

public:
    explicit EditNotebookDialog(const QString &name, const QString &description, QWidget *parent = nullptr);
    ~EditNotebookDialog() override;

private:
    std::unique_ptr<Ui::EditNotebookDialog> m_ui;
};
} // namespace ma::ui
