#pragma once

// Remote SSH: the key pair and the whitelist of a stopped notebook (the note says what enabling implies).
// The form is remotesshdialog.ui; the rules and the request are NotebookOperations'.

#include "ui/notebooks/notebookdialogs.h"

#include <memory>

namespace Ui
{
class RemoteSshDialog;
}

namespace ma::ui
{
class RemoteSshDialog final : public NotebookFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSshDialog)

public:
    explicit RemoteSshDialog(const QString &keyPair, const QString &whitelist, QWidget *parent = nullptr);
    ~RemoteSshDialog() override;

private:
    std::unique_ptr<Ui::RemoteSshDialog> m_ui;
};
} // namespace ma::ui
