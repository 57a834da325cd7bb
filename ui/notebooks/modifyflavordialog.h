#pragma once

// Modify Specifications: the flavor the notebook runs on.
// The form is modifyflavordialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class ModifyFlavorDialog;
}

namespace ma::ui
{
class ModifyFlavorDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModifyFlavorDialog)

public:
    explicit ModifyFlavorDialog(QWidget *parent = nullptr);
    ~ModifyFlavorDialog() override;

private:
    std::unique_ptr<Ui::ModifyFlavorDialog> m_ui;
};
} // namespace ma::ui
