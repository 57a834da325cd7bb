#pragma once

// "Save as Algorithm" of a training job (More menu of its details page; training.md §8.1):
// a name (1-64 letters, digits, - and _) and a description (at most 256 characters), each
// checked as typed with its message under the field. Save asks the page to create the
// algorithm; the dialog stays open with the service's refusal (a name already used) until
// the page closes it on success.

#include <memory>
#include <QDialog>

namespace Ui
{
class SaveAsAlgorithmDialog;
}

namespace ma::ui
{
class SaveAsAlgorithmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveAsAlgorithmDialog)

public:
    explicit SaveAsAlgorithmDialog(const QString &suggestedName, QWidget *parent = nullptr);
    ~SaveAsAlgorithmDialog() override;

    QString name() const;
    QString description() const;
    void setName(const QString &name);
    void setDescription(const QString &description);
    /** The message under the name field now (empty when it is valid). */
    QString nameMessage() const;
    /** Shows why the service refused the algorithm; Save is possible again. */
    void setServerError(const QString &message);
    /** While the create request is in flight the fields and Save are disabled. */
    void setBusy(bool busy);
    bool isSaveEnabled() const;

    /** The rules of the algorithm name: an empty string when @p name is valid. */
    static QString nameProblem(const QString &name);

signals:
    /** Save was pressed with valid fields. */
    void saveRequested(const QString &name, const QString &description);

private:
    void validate();

    std::unique_ptr<Ui::SaveAsAlgorithmDialog> m_ui;
    bool m_busy = false;
};
} // namespace ma::ui
