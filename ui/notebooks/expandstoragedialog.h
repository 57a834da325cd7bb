#pragma once

// Expand Storage: the new size of a running notebook's EVS disk, from @p min to @p max GB.
// The form is expandstoragedialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class ExpandStorageDialog;
}

namespace ma::ui
{
class ExpandStorageDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpandStorageDialog)

public:
    explicit ExpandStorageDialog(int min, int max, int value, QWidget *parent = nullptr);
    ~ExpandStorageDialog() override;

private:
    std::unique_ptr<Ui::ExpandStorageDialog> m_ui;
};
} // namespace ma::ui
