#pragma once

// Mount OBS Storage: an OBS folder and where it appears under /data/ in the running notebook.
// The form is mountobsdialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class MountObsDialog;
}

namespace ma::ui
{
class MountObsDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountObsDialog)

public:
    explicit MountObsDialog(QWidget *parent = nullptr);
    ~MountObsDialog() override;

private:
    std::unique_ptr<Ui::MountObsDialog> m_ui;
};
} // namespace ma::ui
