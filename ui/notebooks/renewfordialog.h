#pragma once

// Renew for…: how long the running notebook may still run before it stops automatically.
// The form is renewfordialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class RenewForDialog;
}

namespace ma::ui
{
class RenewForDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewForDialog)

public:
    explicit RenewForDialog(QWidget *parent = nullptr);
    ~RenewForDialog() override;

private:
    std::unique_ptr<Ui::RenewForDialog> m_ui;
};
} // namespace ma::ui
