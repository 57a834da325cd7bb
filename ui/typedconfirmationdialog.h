#pragma once

// The typed confirmation of a destructive action that cannot be undone (delete a pool, delete
// notebooks): the question in the one wording of ui/confirmation.h, then a word to type (the
// resource's name, or DELETE for several, as the console asks). Delete is enabled only once it
// is typed exactly, and Cancel is the default answer.

#include <memory>
#include <QDialog>

class QLineEdit;

namespace Ui
{
class TypedConfirmationDialog;
}

namespace ma::ui
{
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedConfirmationDialog)

public:
    /** What the dialog says around the word: each area its own sentences. */
    struct Texts
    {
        QString title; // "Delete Notebook"
        QString prompt; // rich text, the word already in it: "To confirm, enter <b>x</b>:"
        QString mismatch; // under the field while the text typed differs
        QString fieldName; // the field's accessible name
    };

    TypedConfirmationDialog(
        const QString &word, const QString &question, const Texts &texts, QWidget *parent = nullptr);
    ~TypedConfirmationDialog() override;

    QString question() const;
    QLineEdit *wordEdit() const;
    /** True once the text typed is the word, exactly. */
    bool isConfirmed() const;

private:
    void updateOk();

    std::unique_ptr<Ui::TypedConfirmationDialog> m_ui;
    QString m_word;
    QString m_mismatch;
};
} // namespace ma::ui
