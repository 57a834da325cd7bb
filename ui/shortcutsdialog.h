#pragma once

// Help > Keyboard Shortcuts: every shortcut of the window, grouped by where it works. The
// main window collects the rows from its actions and its pages' actions, so a shortcut an
// area adds shows up here without an edit.

#include <memory>
#include <QDialog>
#include <vector>

class QTreeWidget;

namespace Ui
{
class ShortcutsDialog;
}

namespace ma::ui
{
struct ShortcutRow
{
    QString group; // "Everywhere", "Training Jobs", ...
    QString action; // "Refresh"
    QString keys; // "F5", in the platform's notation
};

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const std::vector<ShortcutRow> &rows, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTreeWidget *tree() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
} // namespace ma::ui
