#include "notebookdialogs.h"

#include "ui_sshconnectdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ma::ui
{
NotebookDeleteDialog::NotebookDeleteDialog(const QString &word, const QString &question, QWidget *parent)
    : TypedConfirmationDialog(word, question,
        { tr("Delete Notebook"), tr("To confirm, enter <b>%1</b>:").arg(word.toHtmlEscaped()),
            tr("The text does not match “%1”.").arg(word), tr("Confirmation") },
        parent)
{
    setObjectName(QStringLiteral("notebookDeleteDialog"));
}

NotebookDeleteDialog::~NotebookDeleteDialog() = default;

// ---------------------------------------------------------------------------------------

NotebookFormDialog::NotebookFormDialog(QWidget *parent)
    : QDialog(parent)
{
    setMinimumWidth(460);
}

NotebookFormDialog::~NotebookFormDialog() = default;

void NotebookFormDialog::bindForm(
    const QList<QWidget *> &fields, QLabel *note, QLabel *error, QDialogButtonBox *buttons, const QString &okText)
{
    m_note = note;
    m_error = error;
    m_buttons = buttons;
    m_note->setVisible(!m_note->text().isEmpty());
    m_error->clear();
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this,
        [this]
        {
            if (canAccept())
                accept();
        });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget *field : fields)
    {
        if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        m_fields.insert(field->objectName(), field);
        watch(field);
    }
    revalidate();
}

void NotebookFormDialog::watch(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, &NotebookFormDialog::revalidate);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &NotebookFormDialog::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &NotebookFormDialog::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &NotebookFormDialog::revalidate);
}

void NotebookFormDialog::setChoices(
    const QString &key, const QList<QPair<QString, QString>> &items, const QString &current)
{
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(key));
    if (!combo)
        return;
    {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        const int at = combo->findData(current);
        if (at >= 0)
            combo->setCurrentIndex(at);
    }
    revalidate();
}

QString NotebookFormDialog::note() const
{
    return m_note ? m_note->text() : QString();
}

void NotebookFormDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void NotebookFormDialog::setValidator(Validator validate)
{
    m_validate = std::move(validate);
    revalidate();
}

QString NotebookFormDialog::text(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    return QString();
}

int NotebookFormDialog::number(const QString &key) const
{
    auto *spin = qobject_cast<QSpinBox *>(m_fields.value(key));
    return spin ? spin->value() : 0;
}

QString NotebookFormDialog::choice(const QString &key) const
{
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(key));
    return combo ? combo->currentData().toString() : QString();
}

QString NotebookFormDialog::errorText() const
{
    return m_error ? m_error->text() : QString();
}

bool NotebookFormDialog::canAccept() const
{
    return errorText().isEmpty();
}

void NotebookFormDialog::revalidate()
{
    if (!m_error)
        return; // the form is not bound yet
    const QString error = m_validate ? m_validate(*this) : QString();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

// ---------------------------------------------------------------------------------------

SshConnectDialog::SshConnectDialog(const models::SshHostEntry &entry, const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SshConnectDialog>())
    , m_entry(entry)
    , m_configPath(configPath)
{
    m_ui->setupUi(this);
    m_ui->aliasEdit->setText(entry.alias);
    m_ui->identityEdit->setText(entry.identityFile);
    auto *add = m_ui->buttons->addButton(tr("Add to SSH Config"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addToConfig"));
    add->setToolTip(tr("Adds or updates the Host entry in %1; other entries are left as they are").arg(configPath));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { addToConfig(); });
    connect(m_ui->copyCommand, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_ui->sshCommand->text()); });
    connect(m_ui->aliasEdit, &QLineEdit::textChanged, this, &SshConnectDialog::updateCommand);
    connect(m_ui->identityEdit, &QLineEdit::textChanged, this, &SshConnectDialog::updateCommand);
    updateCommand();
}

SshConnectDialog::~SshConnectDialog() = default;

models::SshHostEntry SshConnectDialog::entry() const
{
    models::SshHostEntry e = m_entry;
    e.alias = m_ui->aliasEdit->text().trimmed();
    e.identityFile = m_ui->identityEdit->text().trimmed();
    return e;
}

QLineEdit *SshConnectDialog::aliasEdit() const
{
    return m_ui->aliasEdit;
}

QLineEdit *SshConnectDialog::identityEdit() const
{
    return m_ui->identityEdit;
}

QString SshConnectDialog::command() const
{
    return m_ui->sshCommand->text();
}

void SshConnectDialog::updateCommand()
{
    m_ui->sshCommand->setText(models::SshConfigWriter::sshCommand(entry()));
}

models::SshConfigWriter::Result SshConnectDialog::addToConfig()
{
    models::SshConfigWriter writer(m_configPath);
    const auto result = writer.write(entry());
    switch (result)
    {
    case models::SshConfigWriter::Result::Added:
        m_ui->sshResult->setText(tr("Added “Host %1” to %2. Connect with: ssh %1").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Updated:
        m_ui->sshResult->setText(tr("Updated “Host %1” in %2. Connect with: ssh %1").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Unchanged:
        m_ui->sshResult->setText(tr("“Host %1” in %2 is already up to date.").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Failed:
        m_ui->sshResult->setText(writer.errorString());
        break;
    }
    return result;
}

QString SshConnectDialog::resultText() const
{
    return m_ui->sshResult->text();
}
} // namespace ma::ui
