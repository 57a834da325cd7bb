#include "profiledialog.h"

#include "api/regions.h"
#include "api/typedcall.h"
#include "api/types/workspace.h"
#include "api/workspacerequests.h"
#include "models/connection.h"
#include "secretstore.h"
#include "ui_profiledialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QToolButton>

namespace ma::desktop
{
namespace
{
// A region id as the SDK tables spell them: "cn-north-4", "my-kualalumpur-1".
const QRegularExpression kRegionIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
// Project and workspace ids: 32 hex characters on Huawei Cloud, "0" for the default
// workspace; other Huawei-based clouds and modelarts-local stay within this set.
const QRegularExpression kIdPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);

    QComboBox *regionCombo = m_ui->regionCombo;
    for (const api::Region &region : api::modelArtsRegions())
    {
        const QString text = region.displayName.isEmpty()
            ? region.id
            : tr("%1 (%2)", "region display name (region id)").arg(region.displayName, region.id);
        regionCombo->addItem(text, region.id);
    }
    // Designer reaches neither the editable combo's line edit nor its completer.
    regionCombo->lineEdit()->setPlaceholderText(tr("Choose or type a region ID"));
    regionCombo->completer()->setFilterMode(Qt::MatchContains);
    regionCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    regionCombo->setCurrentIndex(std::max(0, regionCombo->findData(QStringLiteral("cn-north-4"))));

    // Designer has no foreground role to set. (Keep prometheusHint to one line: QFormLayout gives
    // a wrapped note too little height.)
    for (QLabel *note : { m_ui->secretNote, m_ui->endpointsHint, m_ui->prometheusHint })
        note->setForegroundRole(QPalette::PlaceholderText);

    addMessage(Field::Name, m_ui->nameRow);
    addMessage(Field::Region, m_ui->regionRow);
    addMessage(Field::AccountName, m_ui->accountNameRow);
    addMessage(Field::UserName, m_ui->userNameRow);
    addMessage(Field::Password, m_ui->passwordRow);
    addMessage(Field::AccessKeyId, m_ui->accessKeyIdRow);
    addMessage(Field::SecretKey, m_ui->secretKeyRow);
    addMessage(Field::ModelArtsEndpoint, m_ui->modelArtsEndpointRow);
    addMessage(Field::IamEndpoint, m_ui->iamEndpointRow);
    addMessage(Field::CloudDomain, m_ui->cloudDomainRow);
    addMessage(Field::ProjectId, m_ui->projectIdRow);
    addMessage(Field::WorkspaceId, m_ui->workspaceIdRow);
    addMessage(Field::PrometheusUrl, m_ui->prometheusUrlRow);
    addMessage(Field::PrometheusUser, m_ui->prometheusUserRow);
    addMessage(Field::PrometheusPassword, m_ui->prometheusPasswordRow);

    for (const auto &[edit, show] : { std::pair { m_ui->passwordEdit, m_ui->passwordEditShow },
             std::pair { m_ui->secretKeyEdit, m_ui->secretKeyEditShow },
             std::pair { m_ui->prometheusPasswordEdit, m_ui->prometheusPasswordEditShow } })
        connect(show, &QToolButton::toggled, edit,
            [edit, show](bool visible)
            {
                edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
                show->setText(visible ? tr("Hide") : tr("Show"));
            });

    connect(m_ui->authGroup, &QButtonGroup::buttonToggled, this,
        [this](QAbstractButton *, bool checked)
        {
            if (checked)
                onAuthChanged();
        });

    // The endpoint placeholders follow the region and cloud domain.
    auto updateEndpointPlaceholders = [this]
    {
        const QString region = regionId();
        const QString domain = m_ui->cloudDomainEdit->text().trimmed();
        const bool known = api::isKnownRegion(region) || !domain.isEmpty();
        m_ui->modelArtsEndpointEdit->setPlaceholderText(known && !region.isEmpty()
                ? api::modelArtsEndpoint(region, domain).toString()
                : QStringLiteral("https://"));
        m_ui->iamEndpointEdit->setPlaceholderText(
            known && !region.isEmpty() ? api::iamEndpoint(region, domain).toString() : QStringLiteral("https://"));
    };
    connect(regionCombo, &QComboBox::currentTextChanged, this, updateEndpointPlaceholders);
    connect(m_ui->cloudDomainEdit, &QLineEdit::textChanged, this, updateEndpointPlaceholders);
    updateEndpointPlaceholders();

    // Clicks toggle the sections: a checked (checkable) auto-raise button would draw sunken.
    connect(m_ui->endpointsToggle, &QToolButton::clicked, this, [this] { setEndpointsExpanded(!m_endpointsExpanded); });
    connect(
        m_ui->prometheusToggle, &QToolButton::clicked, this, [this] { setPrometheusExpanded(!m_prometheusExpanded); });

    // Offered when editing (setProfile).
    m_ui->loadWorkspacesButton->hide();
    connect(m_ui->loadWorkspacesButton, &QToolButton::clicked, this, &ProfileDialog::loadWorkspaces);

    m_ui->saveError->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    // After a failed OK, messages follow the user's corrections at once.
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->accountNameEdit, m_ui->userNameEdit, m_ui->passwordEdit,
             m_ui->accessKeyIdEdit, m_ui->secretKeyEdit, m_ui->modelArtsEndpointEdit, m_ui->iamEndpointEdit,
             m_ui->cloudDomainEdit, m_ui->projectIdEdit, m_ui->workspaceIdEdit, m_ui->prometheusUrlEdit,
             m_ui->prometheusUserEdit, m_ui->prometheusPasswordEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::revalidateIfShown);
    connect(regionCombo, &QComboBox::currentTextChanged, this, &ProfileDialog::revalidateIfShown);

    setEndpointsExpanded(false);
    setPrometheusExpanded(false);
    onAuthChanged();
    updateSecretNote();
    if (m_secrets)
        connect(m_secrets, &SecretStore::fellBackToMemory, this, &ProfileDialog::updateSecretNote);
    probeSecret();
}

ProfileDialog::~ProfileDialog() = default;

QLineEdit *ProfileDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QComboBox *ProfileDialog::regionCombo() const
{
    return m_ui->regionCombo;
}

QRadioButton *ProfileDialog::passwordRadio() const
{
    return m_ui->passwordRadio;
}

QRadioButton *ProfileDialog::accessKeyRadio() const
{
    return m_ui->accessKeyRadio;
}

QLineEdit *ProfileDialog::accountNameEdit() const
{
    return m_ui->accountNameEdit;
}

QLineEdit *ProfileDialog::userNameEdit() const
{
    return m_ui->userNameEdit;
}

QLineEdit *ProfileDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}

QLineEdit *ProfileDialog::accessKeyIdEdit() const
{
    return m_ui->accessKeyIdEdit;
}

QLineEdit *ProfileDialog::secretKeyEdit() const
{
    return m_ui->secretKeyEdit;
}

QToolButton *ProfileDialog::endpointsToggle() const
{
    return m_ui->endpointsToggle;
}

QLineEdit *ProfileDialog::modelArtsEndpointEdit() const
{
    return m_ui->modelArtsEndpointEdit;
}

QLineEdit *ProfileDialog::iamEndpointEdit() const
{
    return m_ui->iamEndpointEdit;
}

QLineEdit *ProfileDialog::cloudDomainEdit() const
{
    return m_ui->cloudDomainEdit;
}

QLineEdit *ProfileDialog::projectIdEdit() const
{
    return m_ui->projectIdEdit;
}

QLineEdit *ProfileDialog::workspaceIdEdit() const
{
    return m_ui->workspaceIdEdit;
}

QToolButton *ProfileDialog::loadWorkspacesButton() const
{
    return m_ui->loadWorkspacesButton;
}

QCheckBox *ProfileDialog::legacyTrainingCheck() const
{
    return m_ui->legacyTrainingCheck;
}

QToolButton *ProfileDialog::prometheusToggle() const
{
    return m_ui->prometheusToggle;
}

QLineEdit *ProfileDialog::prometheusUrlEdit() const
{
    return m_ui->prometheusUrlEdit;
}

QLineEdit *ProfileDialog::prometheusUserEdit() const
{
    return m_ui->prometheusUserEdit;
}

QLineEdit *ProfileDialog::prometheusPasswordEdit() const
{
    return m_ui->prometheusPasswordEdit;
}

QDialogButtonBox *ProfileDialog::buttonBox() const
{
    return m_ui->buttonBox;
}

void ProfileDialog::addMessage(Field field, QWidget *row)
{
    auto *message = new QLabel(row);
    message->setObjectName(QStringLiteral("message"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setProperty("tone", QStringLiteral("error")); // resources/style.qss
    message->hide();
    row->layout()->addWidget(message);
    m_messageLabels.insert(field, message);

    // As high as one field line: QFormLayout then keeps the label on the field's first line
    // when a message appears below the field.
    QWidget *label = m_ui->form->labelForField(row);
    label->setFixedHeight(std::max(m_ui->nameEdit->sizeHint().height(), label->sizeHint().height()));
}

QSize ProfileDialog::sizeHint() const
{
    QSize hint = QDialog::sizeHint();
    const int width = std::max(hint.width(), minimumWidth());
    if (layout() && layout()->hasHeightForWidth())
        hint = QSize(width, std::max(hint.height(), layout()->totalHeightForWidth(width)));
    return hint;
}

void ProfileDialog::setEndpointsExpanded(bool expanded)
{
    m_endpointsExpanded = expanded;
    m_ui->endpointsToggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_ui->endpointsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget *row : { m_ui->modelArtsEndpointRow, m_ui->iamEndpointRow, m_ui->cloudDomainRow,
             static_cast<QWidget *>(m_ui->endpointsHint) })
        m_ui->form->setRowVisible(row, expanded);
    if (isVisible())
        adjustSize();
}

void ProfileDialog::setPrometheusExpanded(bool expanded)
{
    m_prometheusExpanded = expanded;
    m_ui->prometheusToggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_ui->prometheusToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget *row : { m_ui->prometheusUrlRow, m_ui->prometheusUserRow, m_ui->prometheusPasswordRow,
             static_cast<QWidget *>(m_ui->prometheusHint) })
        m_ui->form->setRowVisible(row, expanded);
    if (isVisible())
        adjustSize();
}

void ProfileDialog::onAuthChanged()
{
    const bool password = m_ui->passwordRadio->isChecked();
    for (QWidget *row : { m_ui->accountNameRow, m_ui->userNameRow, m_ui->passwordRow })
        m_ui->form->setRowVisible(row, password);
    for (QWidget *row : { m_ui->accessKeyIdRow, m_ui->secretKeyRow })
        m_ui->form->setRowVisible(row, !password);
    updateSecretPlaceholders();
    revalidateIfShown();
    if (isVisible())
        adjustSize();
}

void ProfileDialog::setProfile(const Profile &profile)
{
    m_original = profile;
    m_originalName = profile.name;
    setWindowTitle(tr("Edit profile \"%1\"").arg(profile.name));
    m_ui->nameEdit->setText(profile.name);
    const int regionIndex = m_ui->regionCombo->findData(profile.region);
    if (regionIndex >= 0)
        m_ui->regionCombo->setCurrentIndex(regionIndex);
    else
        m_ui->regionCombo->setEditText(profile.region);
    (profile.auth == Profile::AuthMethod::AccessKey ? m_ui->accessKeyRadio : m_ui->passwordRadio)->setChecked(true);
    m_ui->accountNameEdit->setText(profile.accountName);
    m_ui->userNameEdit->setText(profile.userName);
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    m_ui->passwordEdit->clear();
    m_ui->secretKeyEdit->clear();
    m_ui->modelArtsEndpointEdit->setText(profile.modelArtsEndpoint.toString());
    m_ui->iamEndpointEdit->setText(profile.iamEndpoint.toString());
    m_ui->cloudDomainEdit->setText(profile.cloudDomain);
    m_ui->projectIdEdit->setText(profile.projectId);
    m_ui->workspaceIdEdit->setText(profile.workspaceId.isEmpty() ? QStringLiteral("0") : profile.workspaceId);
    m_ui->legacyTrainingCheck->setChecked(profile.useLegacyTrainingApi);
    m_ui->prometheusUrlEdit->setText(profile.prometheusUrl.toString());
    m_ui->prometheusUserEdit->setText(profile.prometheusUser);
    m_ui->prometheusPasswordEdit->clear();
    setPrometheusExpanded(!profile.prometheusUrl.isEmpty());
    setEndpointsExpanded(
        !profile.modelArtsEndpoint.isEmpty() || !profile.iamEndpoint.isEmpty() || !profile.cloudDomain.isEmpty());
    m_ui->loadWorkspacesButton->setVisible(true);
    onAuthChanged();
    setConnection(m_connection);
    probeSecret();
}

void ProfileDialog::setConnection(models::Connection *connection)
{
    m_connection = connection;
    const bool usable = connection && isEditing() && connection->profileName() == m_originalName;
    m_ui->loadWorkspacesButton->setEnabled(usable);
    m_ui->loadWorkspacesButton->setToolTip(usable ? tr("List the workspaces of this profile's project")
                                                  : tr("Connect with this profile to list its workspaces."));
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.name = m_ui->nameEdit->text();
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = regionId();
    p.auth = m_ui->accessKeyRadio->isChecked() ? Profile::AuthMethod::AccessKey : Profile::AuthMethod::Password;
    if (p.auth == Profile::AuthMethod::Password)
    {
        p.accountName = m_ui->accountNameEdit->text().trimmed();
        p.userName = m_ui->userNameEdit->text().trimmed();
    }
    else
    {
        p.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    }
    p.modelArtsEndpoint = QUrl(m_ui->modelArtsEndpointEdit->text().trimmed());
    p.iamEndpoint = QUrl(m_ui->iamEndpointEdit->text().trimmed());
    p.cloudDomain = m_ui->cloudDomainEdit->text().trimmed();
    p.projectId = m_ui->projectIdEdit->text().trimmed();
    p.workspaceId = m_ui->workspaceIdEdit->text().trimmed();
    p.useLegacyTrainingApi = m_ui->legacyTrainingCheck->isChecked();
    p.prometheusUrl = QUrl(m_ui->prometheusUrlEdit->text().trimmed());
    p.prometheusUser = m_ui->prometheusUserEdit->text().trimmed();
    return p;
}

QString ProfileDialog::regionId() const
{
    const QString text = m_ui->regionCombo->currentText().trimmed();
    const int index = m_ui->regionCombo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_ui->regionCombo->itemData(index).toString();
    return text;
}

bool ProfileDialog::secretTyped() const
{
    return !typedSecret().isEmpty();
}

QString ProfileDialog::typedSecret() const
{
    return m_ui->accessKeyRadio->isChecked() ? m_ui->secretKeyEdit->text() : m_ui->passwordEdit->text();
}

QString ProfileDialog::fieldMessage(Field field) const
{
    return m_messages.value(field);
}

bool ProfileDialog::validate()
{
    m_messages.clear();
    const Profile p = profile();

    if (const QString error = ProfileStore::nameError(p.name); !error.isEmpty())
        m_messages.insert(Field::Name, error);
    else if (p.name == Profile::localName())
        m_messages.insert(Field::Name, tr("The name \"%1\" is reserved.").arg(p.name));
    else if (p.name != m_originalName && m_store && m_store->contains(p.name))
        m_messages.insert(Field::Name, tr("A profile named \"%1\" already exists.").arg(p.name));

    const bool customModelArts = !m_ui->modelArtsEndpointEdit->text().trimmed().isEmpty();
    if (p.region.isEmpty())
        m_messages.insert(Field::Region, tr("Choose a region."));
    else if (!kRegionIdPattern.match(p.region).hasMatch())
        m_messages.insert(
            Field::Region, tr("A region ID has lower-case letters, digits and hyphens, such as cn-north-4."));
    else if (!api::isKnownRegion(p.region) && !customModelArts && p.cloudDomain.isEmpty())
        m_messages.insert(Field::Region, tr("Unknown region: give its ModelArts endpoint under Custom endpoints."));

    // A secret is needed unless an existing one stays valid: same profile key, still stored.
    const bool keepsSecret = isEditing() && p.auth == m_original.auth && !m_storedSecretKnownMissing;
    if (p.auth == Profile::AuthMethod::Password)
    {
        if (p.accountName.isEmpty())
            m_messages.insert(Field::AccountName, tr("Enter the account name."));
        if (p.userName.isEmpty())
            m_messages.insert(Field::UserName, tr("Enter the IAM user name."));
        if (!secretTyped() && !keepsSecret)
            m_messages.insert(Field::Password, tr("Enter the password."));
    }
    else
    {
        if (p.accessKeyId.isEmpty())
            m_messages.insert(Field::AccessKeyId, tr("Enter the access key ID."));
        else if (p.accessKeyId.contains(QRegularExpression(QStringLiteral("\\s"))))
            m_messages.insert(Field::AccessKeyId, tr("The access key ID must not contain spaces."));
        if (!secretTyped() && !keepsSecret)
            m_messages.insert(Field::SecretKey, tr("Enter the secret access key."));
    }

    auto checkUrl = [this](QLineEdit *edit, Field field)
    {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            m_messages.insert(field, tr("Enter a full address such as https://modelarts.example.com."));
        else if (url.scheme() == QStringLiteral("http") && !isLoopbackHost(url.host()))
            m_messages.insert(field, tr("Use https://; http:// is allowed only for this computer (localhost)."));
        else if (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))
            m_messages.insert(field, tr("The address must start with https://."));
        else if (url.hasQuery() || url.hasFragment())
            m_messages.insert(field, tr("The address must not have a query or fragment."));
    };
    checkUrl(m_ui->modelArtsEndpointEdit, Field::ModelArtsEndpoint);
    checkUrl(m_ui->iamEndpointEdit, Field::IamEndpoint);
    checkUrl(m_ui->prometheusUrlEdit, Field::PrometheusUrl);
    // The data source's sign-in: a password goes with a user name, a user name with a
    // password (typed, or still stored for this profile).
    const bool prometheusPasswordTyped = !m_ui->prometheusPasswordEdit->text().isEmpty();
    if (p.prometheusUrl.isEmpty() && (!p.prometheusUser.isEmpty() || prometheusPasswordTyped))
        m_messages.insert(Field::PrometheusUrl, tr("Enter the address of the Prometheus HTTP API."));
    if (prometheusPasswordTyped && p.prometheusUser.isEmpty())
        m_messages.insert(Field::PrometheusUser, tr("Enter the user name that goes with the password."));
    const bool keepsPrometheusSecret
        = isEditing() && m_original.prometheusNeedsSecret() && !m_storedPrometheusKnownMissing;
    if (!p.prometheusUrl.isEmpty() && !p.prometheusUser.isEmpty() && !prometheusPasswordTyped && !keepsPrometheusSecret)
        m_messages.insert(Field::PrometheusPassword, tr("Enter the password."));
    if (!p.cloudDomain.isEmpty()
        && (p.cloudDomain.contains(u'/') || p.cloudDomain.contains(u':') || !p.cloudDomain.contains(u'.')
            || p.cloudDomain.contains(QRegularExpression(QStringLiteral("\\s")))))
        m_messages.insert(
            Field::CloudDomain, tr("Enter a domain such as myhuaweicloud.com, without https:// or a path."));

    if (!p.projectId.isEmpty() && !kIdPattern.match(p.projectId).hasMatch())
        m_messages.insert(Field::ProjectId, tr("A project ID has only letters, digits, hyphens and underscores."));
    if (p.workspaceId.isEmpty())
        m_messages.insert(Field::WorkspaceId, tr("Enter a workspace ID; 0 is the default workspace."));
    else if (!kIdPattern.match(p.workspaceId).hasMatch())
        m_messages.insert(Field::WorkspaceId, tr("A workspace ID has only letters, digits, hyphens and underscores."));

    m_messagesShown = true;
    showMessages();
    return m_messages.isEmpty();
}

void ProfileDialog::showMessages()
{
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it)
    {
        const QString text = m_messages.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    // A problem in a collapsed group must be visible.
    if (m_messages.contains(Field::ModelArtsEndpoint) || m_messages.contains(Field::IamEndpoint)
        || m_messages.contains(Field::CloudDomain))
        setEndpointsExpanded(true);
    if (m_messages.contains(Field::PrometheusUrl) || m_messages.contains(Field::PrometheusUser)
        || m_messages.contains(Field::PrometheusPassword))
        setPrometheusExpanded(true);
}

void ProfileDialog::revalidateIfShown()
{
    if (m_messagesShown)
        validate();
}

QString ProfileDialog::secretNoteText() const
{
    if (m_secrets && m_secrets->isPersistent())
        return tr("Stored in the system keychain.");
    return tr("No system keychain is available: the secret is kept in memory until the app quits.");
}

void ProfileDialog::updateSecretNote()
{
    m_ui->secretNote->setText(secretNoteText());
    m_ui->secretNote->setToolTip(m_secrets ? m_secrets->fallbackReason() : QString());
}

void ProfileDialog::updateSecretPlaceholders()
{
    // Editing: an empty field keeps what is stored, unless the method changed (then the
    // stored secret is for the other method and cannot be used).
    const bool authUnchanged = isEditing()
        && (m_ui->accessKeyRadio->isChecked() ? Profile::AuthMethod::AccessKey : Profile::AuthMethod::Password)
            == m_original.auth;
    QString placeholder;
    if (authUnchanged)
        placeholder = m_storedSecretKnownMissing ? tr("Not stored: enter it") : tr("Unchanged");
    m_ui->passwordEdit->setPlaceholderText(placeholder);
    m_ui->secretKeyEdit->setPlaceholderText(placeholder);
    QString prometheusPlaceholder;
    if (isEditing() && m_original.prometheusNeedsSecret())
        prometheusPlaceholder = m_storedPrometheusKnownMissing ? tr("Not stored: enter it") : tr("Unchanged");
    m_ui->prometheusPasswordEdit->setPlaceholderText(prometheusPlaceholder);
}

void ProfileDialog::probeSecret()
{
    // Reading tells whether the keychain works (the note then changes through
    // fellBackToMemory) and, when editing, whether a secret is stored at all.
    if (!m_secrets)
        return;
    const QString key = isEditing() ? m_original.secretKey() : profile().secretKey();
    const QString forName = m_originalName;
    m_secrets->read(key, this,
        [this, forName](bool found, const Secret &, const QString &error)
        {
            updateSecretNote();
            if (forName.isEmpty() || forName != m_originalName)
                return;
            m_storedSecretKnownMissing = !found && error.isEmpty();
            updateSecretPlaceholders();
            revalidateIfShown();
        });
    if (!isEditing() || !m_original.prometheusNeedsSecret())
        return;
    m_secrets->read(m_original.prometheusSecretKey(), this,
        [this, forName](bool found, const Secret &, const QString &error)
        {
            if (forName != m_originalName)
                return;
            m_storedPrometheusKnownMissing = !found && error.isEmpty();
            updateSecretPlaceholders();
            revalidateIfShown();
        });
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->saveError->hide();
}

void ProfileDialog::failSecretWrite(const QString &error)
{
    failSave(tr("The secret could not be stored: %1").arg(error.isEmpty() ? tr("unknown error") : error));
}

void ProfileDialog::failSave(const QString &message)
{
    setBusy(false);
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

void ProfileDialog::accept()
{
    if (!validate())
    {
        // Put the cursor where the first problem is.
        for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it)
        {
            if (m_messages.contains(it.key()))
            {
                // The field is its label's buddy (profiledialog.ui).
                if (auto *label = qobject_cast<QLabel *>(m_ui->form->labelForField(it.value()->parentWidget())))
                    label->buddy()->setFocus();
                break;
            }
        }
        return;
    }
    if (!m_store || !m_secrets)
    {
        failSave(tr("The profile cannot be saved here."));
        return;
    }
    const Profile p = profile();
    const QString newKey = p.secretKey();
    const QString oldKey = isEditing() ? m_original.secretKey() : QString();
    setBusy(true);

    storeSecret(typedSecret(), oldKey, newKey, [this, p] { savePrometheusSecret(p); });
}

void ProfileDialog::storeSecret(
    const QString &typed, const QString &oldKey, const QString &newKey, const std::function<void()> &then)
{
    // Nothing typed: the stored secret stays, moved to the new key when the profile was renamed.
    if (typed.isEmpty())
    {
        moveSecret(oldKey, newKey, then);
        return;
    }
    m_secrets->write(newKey, Secret { typed, QString() }, this,
        [this, oldKey, newKey, then](bool ok, const QString &error)
        {
            if (!ok)
            {
                failSecretWrite(error);
                return;
            }
            if (!oldKey.isEmpty() && oldKey != newKey)
                m_secrets->remove(oldKey, this, {});
            then();
        });
}

void ProfileDialog::moveSecret(const QString &from, const QString &to, const std::function<void()> &then)
{
    if (from.isEmpty() || from == to)
    {
        then();
        return;
    }
    m_secrets->read(from, this,
        [this, from, to, then](bool found, const Secret &secret, const QString &error)
        {
            if (!error.isEmpty())
            {
                failSecretWrite(error);
                return;
            }
            if (!found)
            {
                then();
                return;
            }
            m_secrets->write(to, secret, this,
                [this, from, then](bool ok, const QString &writeError)
                {
                    if (!ok)
                    {
                        failSecretWrite(writeError);
                        return;
                    }
                    m_secrets->remove(from, this, {});
                    then();
                });
        });
}

void ProfileDialog::savePrometheusSecret(const Profile &p)
{
    const QString newKey = p.prometheusSecretKey();
    const QString oldKey
        = isEditing() && m_original.prometheusNeedsSecret() ? m_original.prometheusSecretKey() : QString();
    if (!p.prometheusNeedsSecret())
    {
        // No sign-in any more (or no data source): its password goes.
        if (!oldKey.isEmpty())
            m_secrets->remove(oldKey, this, {});
        finishSave(p);
        return;
    }
    storeSecret(m_ui->prometheusPasswordEdit->text(), oldKey, newKey, [this, p] { finishSave(p); });
}

void ProfileDialog::finishSave(const Profile &profile)
{
    QString error;
    const bool wasLastUsed = isEditing() && m_store->lastUsed() == m_originalName;
    if (!m_store->save(profile, &error))
    {
        failSave(error);
        return;
    }
    const QString previousName = m_originalName;
    if (isEditing() && previousName != profile.name)
    {
        m_store->remove(previousName);
        if (wasLastUsed)
            m_store->setLastUsed(profile.name);
    }
    m_saved = profile;
    setBusy(false);
    emit profileSaved(profile, previousName);
    QDialog::accept();
}

void ProfileDialog::loadWorkspaces()
{
    if (!m_connection || !m_connection->client())
        return;
    const api::ApiRequest request = api::workspaces::list({ { QStringLiteral("limit"), QStringLiteral("1000") } });
    m_ui->loadWorkspacesButton->setEnabled(false);
    m_ui->loadWorkspacesButton->setText(tr("Loading…"));
    api::ApiCall *call = m_connection->client()->send(request);
    api::whenDecoded<api::WorkspaceList>(call, this,
        [this](const api::Typed<api::WorkspaceList> &result)
        {
            m_ui->loadWorkspacesButton->setText(tr("Load…"));
            setConnection(m_connection);
            if (!result.ok())
            {
                m_ui->loadWorkspacesButton->setToolTip(
                    tr("The workspaces could not be listed: %1").arg(result.error.displayText()));
                return;
            }
            auto *menu = new QMenu(this);
            menu->setObjectName(QStringLiteral("workspaceMenu"));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (const api::Workspace &workspace : result.value.workspaces)
            {
                QAction *action
                    = menu->addAction(tr("%1 (%2)", "workspace name (id)").arg(workspace.name, workspace.id));
                action->setData(workspace.id);
                action->setCheckable(true);
                action->setChecked(workspace.id == m_ui->workspaceIdEdit->text().trimmed());
            }
            if (menu->isEmpty())
                menu->addAction(tr("No workspaces"))->setEnabled(false);
            connect(menu, &QMenu::triggered, this,
                [this](QAction *action)
                {
                    if (action->data().isValid())
                        m_ui->workspaceIdEdit->setText(action->data().toString());
                });
            menu->popup(m_ui->loadWorkspacesButton->mapToGlobal(QPoint(0, m_ui->loadWorkspacesButton->height())));
        });
}
} // namespace ma::desktop
