#pragma once

// Change Image: the public and private images a stopped notebook can change to.
// The form is changeimagedialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class ChangeImageDialog;
}

namespace ma::ui
{
class ChangeImageDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeImageDialog)

public:
    explicit ChangeImageDialog(QWidget *parent = nullptr);
    ~ChangeImageDialog() override;

private:
    std::unique_ptr<Ui::ChangeImageDialog> m_ui;
};
} // namespace ma::ui
