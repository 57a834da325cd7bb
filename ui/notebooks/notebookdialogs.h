#pragma once

// The small dialogs of the notebook operations, shared by the list and the details page:
// the typed confirmation of Delete, one form dialog for the operations that take a few
// values (change image, modify flavor, rename, SSH, save image, expand EVS, mount OBS,
// renew), each rule checked next to its field and OK enabled only when the values pass,
// and "Connect with VS Code / SSH".

#include "models/sshconfigwriter.h"

#include <functional>
#include <QDialog>
#include <QHash>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ma::ui
{
/**
 * @brief Delete with a typed confirmation: OK is enabled once @p word (the notebook's name,
 * or DELETE for several, as the console asks) has been typed exactly.
 */
class NotebookDeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookDeleteDialog)

public:
    NotebookDeleteDialog(const QString &word, const QString &question, QWidget *parent = nullptr);
    ~NotebookDeleteDialog() override;

    QLineEdit *wordEdit() const { return m_edit; }
    bool isConfirmed() const;

private:
    void updateOk();

    QString m_word;
    QLineEdit *m_edit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

/**
 * @brief A titled form of a few fields, a note (what the operation implies), one error line
 * from @p validate, and OK enabled only when it is empty.
 */
class NotebookFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookFormDialog)

public:
    using Validator = std::function<QString(const NotebookFormDialog &)>;

    NotebookFormDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);
    ~NotebookFormDialog() override;

    QLineEdit *addText(const QString &key, const QString &label, const QString &value = {},
        const QString &placeholder = {}, int maxLength = 0);
    QPlainTextEdit *addLongText(const QString &key, const QString &label, const QString &value = {});
    QSpinBox *addNumber(const QString &key, const QString &label, int min, int max, int value, const QString &suffix);
    /** @p items are (shown text, value) pairs. */
    QComboBox *addChoice(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items,
        const QString &current = {});
    /** A paragraph under the fields: what happens, what cannot be undone. */
    void setNote(const QString &text);
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

private:
    void watch(QWidget *widget);

    QFormLayout *m_form;
    QLabel *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
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
    QLineEdit *aliasEdit() const { return m_alias; }
    QLineEdit *identityEdit() const { return m_identity; }
    /** Writes the entry; the result line says what happened. */
    models::SshConfigWriter::Result addToConfig();
    QString resultText() const;

private:
    void updateCommand();

    models::SshHostEntry m_entry;
    QString m_configPath;
    QLineEdit *m_alias;
    QLineEdit *m_identity;
    QLineEdit *m_command;
    QLabel *m_result;
};
} // namespace ma::ui
