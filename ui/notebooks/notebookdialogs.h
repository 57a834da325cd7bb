#pragma once

// The small dialogs of the notebook operations, shared by the list and the details page:
// the typed confirmation of Delete (ui/typedconfirmationdialog.h), the base of the forms of the operations that take a
// few values (change image, modify flavor, rename, SSH, save image, expand EVS, mount OBS, renew: each a .ui file of
// its own), each rule checked under the fields and OK enabled only when the values pass, and "Connect with VS Code /
// SSH" (sshconnectdialog.ui).

#include "models/sshconfigwriter.h"
#include "ui/typedconfirmationdialog.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QHash>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Ui
{
class SshConnectDialog;
}

namespace ma::ui
{
/**
 * @brief Delete with a typed confirmation: OK is enabled once @p word (the notebook's name,
 * or DELETE for several, as the console asks) has been typed exactly.
 */
class NotebookDeleteDialog final : public TypedConfirmationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookDeleteDialog)

public:
    NotebookDeleteDialog(const QString &word, const QString &question, QWidget *parent = nullptr);
    ~NotebookDeleteDialog() override;
};

/**
 * @brief The base of the operation forms (Save Image, Change Image, Modify Specifications,
 * Edit Name and Description, Remote SSH, Renew for…, Expand Storage, Mount OBS Storage), each
 * laid out in its own .ui file: its fields (named by key), a note (what the operation implies),
 * one error line from the validator, and OK enabled only when the line is empty.
 */
class NotebookFormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookFormDialog)

public:
    using Validator = std::function<QString(const NotebookFormDialog &)>;

    ~NotebookFormDialog() override;

    /** Fills the combo box @p key with (shown text, value) pairs and selects @p current. */
    void setChoices(const QString &key, const QList<QPair<QString, QString>> &items, const QString &current = {});
    /** A paragraph under the fields: what happens, what cannot be undone (replaces the form's own). */
    void setNote(const QString &text);
    QString note() const;
    void setValidator(Validator validate);

    QString text(const QString &key) const;
    int number(const QString &key) const;
    QString choice(const QString &key) const;
    /** The field widget named @p key (tests fill it). */
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString errorText() const;
    bool canAccept() const;

public slots:
    void revalidate();

protected:
    explicit NotebookFormDialog(QWidget *parent = nullptr);
    /**
     * @brief Called once by a form after its setupUi(): @p fields (their object names are the
     * keys), the note, the error line and the buttons of the .ui; OK reads @p okText.
     */
    void bindForm(
        const QList<QWidget *> &fields, QLabel *note, QLabel *error, QDialogButtonBox *buttons, const QString &okText);

private:
    void watch(QWidget *widget);

    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
    Validator m_validate;
};

/**
 * @brief Connect with VS Code / SSH: the ssh command of the notebook's SSH endpoint and, on
 * request, its Host entry in ~/.ssh/config (SshConfigWriter: other entries left as they are).
 */
class SshConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshConnectDialog)

public:
    SshConnectDialog(const models::SshHostEntry &entry, const QString &configPath, QWidget *parent = nullptr);
    ~SshConnectDialog() override;

    QString command() const;
    models::SshHostEntry entry() const;
    QLineEdit *aliasEdit() const;
    QLineEdit *identityEdit() const;
    /** Writes the entry; the result line says what happened. */
    models::SshConfigWriter::Result addToConfig();
    QString resultText() const;

private:
    void updateCommand();

    std::unique_ptr<Ui::SshConnectDialog> m_ui;
    models::SshHostEntry m_entry;
    QString m_configPath;
};
} // namespace ma::ui
