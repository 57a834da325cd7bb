#include "notebookdialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
QLabel *wrapped(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    QLabel *label = wrapped(parent);
    label->setProperty("tone", QStringLiteral("error"));
    label->hide();
    return label;
}
} // namespace

// ---------------------------------------------------------------------------------------

NotebookDeleteDialog::NotebookDeleteDialog(const QString &word, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_word(word)
    , m_edit(new QLineEdit(this))
    , m_message(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("notebookDeleteDialog"));
    setWindowTitle(tr("Delete Notebook"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(this, question));
    auto *prompt = new QLabel(tr("To confirm, enter <b>%1</b>:").arg(word.toHtmlEscaped()), this);
    layout->addWidget(prompt);
    m_edit->setObjectName(QStringLiteral("confirmEdit"));
    m_edit->setPlaceholderText(word);
    m_edit->setAccessibleName(tr("Confirmation"));
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Delete"));
    ok->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Cancel answers a destructive question
    connect(m_edit, &QLineEdit::textChanged, this, &NotebookDeleteDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    updateOk();
}

NotebookDeleteDialog::~NotebookDeleteDialog() = default;

bool NotebookDeleteDialog::isConfirmed() const
{
    return m_edit->text() == m_word;
}

void NotebookDeleteDialog::updateOk()
{
    const bool mismatch = !m_edit->text().isEmpty() && !isConfirmed();
    m_message->setText(mismatch ? tr("The text does not match “%1”.").arg(m_word) : QString());
    m_message->setVisible(mismatch);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isConfirmed());
}

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
    , m_entry(entry)
    , m_configPath(configPath)
    , m_alias(new QLineEdit(entry.alias, this))
    , m_identity(new QLineEdit(entry.identityFile, this))
    , m_command(new QLineEdit(this))
    , m_result(wrapped(this))
{
    setObjectName(QStringLiteral("sshConnectDialog"));
    setWindowTitle(tr("Connect with VS Code / SSH"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(this,
        tr("Connect as ma-user with the private key of the notebook's key pair. In VS Code, use Remote-SSH and "
           "pick the host below once it is in your SSH config.")));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setPlaceholderText(tr("Path of the key pair's private key (.pem)"));
    form->addRow(tr("Host name in the config"), m_alias);
    form->addRow(tr("Private key"), m_identity);
    auto *commandRow = new QHBoxLayout;
    m_command->setObjectName(QStringLiteral("sshCommand"));
    m_command->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copy);
    form->addRow(tr("Command"), commandRow);
    layout->addLayout(form);
    m_result->setObjectName(QStringLiteral("sshResult"));
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Add to SSH Config"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addToConfig"));
    add->setToolTip(tr("Adds or updates the Host entry in %1; other entries are left as they are").arg(configPath));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { addToConfig(); });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(m_alias, &QLineEdit::textChanged, this, &SshConnectDialog::updateCommand);
    connect(m_identity, &QLineEdit::textChanged, this, &SshConnectDialog::updateCommand);
    setMinimumWidth(560);
    updateCommand();
}

SshConnectDialog::~SshConnectDialog() = default;

models::SshHostEntry SshConnectDialog::entry() const
{
    models::SshHostEntry e = m_entry;
    e.alias = m_alias->text().trimmed();
    e.identityFile = m_identity->text().trimmed();
    return e;
}

QString SshConnectDialog::command() const
{
    return m_command->text();
}

void SshConnectDialog::updateCommand()
{
    m_command->setText(models::SshConfigWriter::sshCommand(entry()));
}

models::SshConfigWriter::Result SshConnectDialog::addToConfig()
{
    models::SshConfigWriter writer(m_configPath);
    const auto result = writer.write(entry());
    switch (result)
    {
    case models::SshConfigWriter::Result::Added:
        m_result->setText(tr("Added “Host %1” to %2. Connect with: ssh %1").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Updated:
        m_result->setText(tr("Updated “Host %1” in %2. Connect with: ssh %1").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Unchanged:
        m_result->setText(tr("“Host %1” in %2 is already up to date.").arg(entry().alias, m_configPath));
        break;
    case models::SshConfigWriter::Result::Failed:
        m_result->setText(writer.errorString());
        break;
    }
    return result;
}

QString SshConnectDialog::resultText() const
{
    return m_result->text();
}
} // namespace ma::ui
