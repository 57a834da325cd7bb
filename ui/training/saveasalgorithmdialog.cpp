#include "saveasalgorithmdialog.h"

#include "ui_saveasalgorithmdialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace ma::ui
{
namespace
{
constexpr int kMaxDescription = 256;
} // namespace

SaveAsAlgorithmDialog::SaveAsAlgorithmDialog(const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SaveAsAlgorithmDialog>())
{
    m_ui->setupUi(this);
    m_ui->nameEdit->setText(suggestedName);
    m_ui->errorLabel->hide();
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SaveAsAlgorithmDialog::validate);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &SaveAsAlgorithmDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this,
        [this]
        {
            if (!isSaveEnabled())
                return;
            m_ui->errorLabel->hide();
            emit saveRequested(name(), description());
        });
    validate();
}

SaveAsAlgorithmDialog::~SaveAsAlgorithmDialog() = default;

QString SaveAsAlgorithmDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString SaveAsAlgorithmDialog::description() const
{
    return m_ui->descriptionEdit->toPlainText();
}

void SaveAsAlgorithmDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void SaveAsAlgorithmDialog::setDescription(const QString &description)
{
    m_ui->descriptionEdit->setPlainText(description);
}

QString SaveAsAlgorithmDialog::nameMessage() const
{
    return m_ui->nameMessage->text();
}

QString SaveAsAlgorithmDialog::nameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > 64)
        return tr("Enter 1 to 64 characters.");
    if (!pattern.match(name).hasMatch())
        return tr("Only letters, digits, hyphens (-), and underscores (_) are allowed.");
    return QString();
}

void SaveAsAlgorithmDialog::validate()
{
    const QString nameText = nameProblem(name());
    m_ui->nameMessage->setText(nameText);
    m_ui->nameMessage->setVisible(!nameText.isEmpty());
    const QString descriptionText
        = description().size() > kMaxDescription ? tr("Enter at most 256 characters.") : QString();
    m_ui->descriptionMessage->setText(descriptionText);
    m_ui->descriptionMessage->setVisible(!descriptionText.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_busy && nameText.isEmpty() && descriptionText.isEmpty());
}

bool SaveAsAlgorithmDialog::isSaveEnabled() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void SaveAsAlgorithmDialog::setServerError(const QString &message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void SaveAsAlgorithmDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->descriptionEdit->setEnabled(!busy);
    validate();
}
} // namespace ma::ui
