#pragma once

// Save Image: the SWR organization, image name and tag, and a description of the private image.
// The form is saveimagedialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class SaveImageDialog;
}

namespace ma::ui
{
class SaveImageDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveImageDialog)

public:
    explicit SaveImageDialog(const QString &imageName, QWidget *parent = nullptr);
    ~SaveImageDialog() override;

private:
    std::unique_ptr<Ui::SaveImageDialog> m_ui;
};
} // namespace ma::ui
