#include "profiledialog.h"

#include "api/regions.h"
#include "api/typedcall.h"
#include "api/types/workspace.h"
#include "api/workspacerequests.h"
#include "models/connection.h"
#include "secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

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

QFont boldFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    return font;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("New Huawei Cloud profile"));
    buildUi();
    onAuthChanged();
    updateSecretNote();
    if (m_secrets)
        connect(m_secrets, &SecretStore::fellBackToMemory, this, &ProfileDialog::updateSecretNote);
    probeSecret();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildUi()
{
    auto *form = new QFormLayout;
    m_form = form;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto heading = [this, form](const QString &text, bool first)
    {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setFont(boldFont(this));
        if (!first)
        {
            // Space above each section except the first, so the groups read as groups.
            label->setContentsMargins(0, 12, 0, 0);
        }
        form->addRow(label);
        return label;
    };

    // Profile.
    m_name = makeEdit(QStringLiteral("nameEdit"), tr("For example: Production Beijing"));
    m_name->setMaxLength(64);
    addRow(form, tr("Name:"), m_name, Field::Name);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setMaxVisibleItems(16);
    for (const api::Region &region : api::modelArtsRegions())
    {
        const QString text = region.displayName.isEmpty()
            ? region.id
            : tr("%1 (%2)", "region display name (region id)").arg(region.displayName, region.id);
        m_region->addItem(text, region.id);
    }
    m_region->lineEdit()->setPlaceholderText(tr("Choose or type a region ID"));
    m_region->completer()->setFilterMode(Qt::MatchContains);
    m_region->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_region->setCurrentIndex(std::max(0, m_region->findData(QStringLiteral("cn-north-4"))));
    addRow(form, tr("Region:"), m_region, Field::Region);

    // Authentication.
    heading(tr("Authentication"), false);
    m_passwordRadio = new QRadioButton(tr("IAM user password"), this);
    m_passwordRadio->setObjectName(QStringLiteral("passwordRadio"));
    m_accessKeyRadio = new QRadioButton(tr("Access key (AK/SK)"), this);
    m_accessKeyRadio->setObjectName(QStringLiteral("accessKeyRadio"));
    m_authGroup = new QButtonGroup(this);
    m_authGroup->addButton(m_passwordRadio);
    m_authGroup->addButton(m_accessKeyRadio);
    m_passwordRadio->setChecked(true);
    auto *radios = new QWidget(this);
    auto *radioLayout = new QHBoxLayout(radios);
    radioLayout->setContentsMargins(0, 0, 0, 0);
    radioLayout->setSpacing(20);
    radioLayout->addWidget(m_passwordRadio);
    radioLayout->addWidget(m_accessKeyRadio);
    radioLayout->addStretch(1);
    form->addRow(tr("Sign in with:"), radios);
    connect(m_authGroup, &QButtonGroup::buttonToggled, this,
        [this](QAbstractButton *, bool checked)
        {
            if (checked)
                onAuthChanged();
        });

    m_accountName = makeEdit(QStringLiteral("accountNameEdit"), tr("The account (domain) the IAM user belongs to"));
    addRow(form, tr("Account name:"), m_accountName, Field::AccountName);
    m_userName = makeEdit(QStringLiteral("userNameEdit"), tr("The account name again when signing in as the account"));
    addRow(form, tr("IAM user name:"), m_userName, Field::UserName);
    QWidget *passwordRow = nullptr;
    m_password = makeSecretEdit(QStringLiteral("passwordEdit"), &passwordRow);
    addRow(form, tr("Password:"), passwordRow, Field::Password);

    m_accessKeyId = makeEdit(QStringLiteral("accessKeyIdEdit"), tr("AK, for example HPUAXXXXXXXXXXXXXXXX"));
    addRow(form, tr("Access key ID:"), m_accessKeyId, Field::AccessKeyId);
    QWidget *secretRow = nullptr;
    m_secretKey = makeSecretEdit(QStringLiteral("secretKeyEdit"), &secretRow);
    addRow(form, tr("Secret access key:"), secretRow, Field::SecretKey);

    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setTextFormat(Qt::PlainText);
    m_secretNote->setWordWrap(true);
    m_secretNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_secretNote);

    // Custom endpoints: collapsed unless the profile uses them.
    m_endpointsToggle = addSectionToggle(form, tr("Custom endpoints (optional)"), QStringLiteral("endpointsToggle"));
    connect(m_endpointsToggle, &QToolButton::clicked, this, [this] { setEndpointsExpanded(!m_endpointsExpanded); });

    m_modelArtsEndpoint = makeEdit(QStringLiteral("modelArtsEndpointEdit"));
    m_iamEndpoint = makeEdit(QStringLiteral("iamEndpointEdit"));
    m_cloudDomain = makeEdit(QStringLiteral("cloudDomainEdit"), QStringLiteral("myhuaweicloud.com"));
    addRow(form, tr("ModelArts endpoint:"), m_modelArtsEndpoint, Field::ModelArtsEndpoint);
    addRow(form, tr("IAM endpoint:"), m_iamEndpoint, Field::IamEndpoint);
    addRow(form, tr("Cloud domain:"), m_cloudDomain, Field::CloudDomain);
    m_endpointsHint = new QLabel(tr("Leave empty to use the region's public endpoints."), this);
    m_endpointsHint->setObjectName(QStringLiteral("endpointsHint"));
    m_endpointsHint->setWordWrap(true);
    m_endpointsHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_endpointsHint);
    // The endpoint placeholders follow the region and cloud domain.
    auto updateEndpointPlaceholders = [this]
    {
        const QString region = regionId();
        const QString domain = m_cloudDomain->text().trimmed();
        const bool known = api::isKnownRegion(region) || !domain.isEmpty();
        m_modelArtsEndpoint->setPlaceholderText(known && !region.isEmpty()
                ? api::modelArtsEndpoint(region, domain).toString()
                : QStringLiteral("https://"));
        m_iamEndpoint->setPlaceholderText(
            known && !region.isEmpty() ? api::iamEndpoint(region, domain).toString() : QStringLiteral("https://"));
    };
    connect(m_region, &QComboBox::currentTextChanged, this, updateEndpointPlaceholders);
    connect(m_cloudDomain, &QLineEdit::textChanged, this, updateEndpointPlaceholders);
    updateEndpointPlaceholders();

    // Project and workspace.
    heading(tr("Project and workspace"), false);
    m_projectId = makeEdit(QStringLiteral("projectIdEdit"), tr("Resolved automatically"));
    addRow(form, tr("Project ID:"), m_projectId, Field::ProjectId);

    m_workspaceId = new QLineEdit(QStringLiteral("0"), this);
    m_workspaceId->setObjectName(QStringLiteral("workspaceIdEdit"));
    m_workspaceId->setToolTip(tr("0 is the default workspace."));
    m_loadWorkspaces = new QToolButton(this);
    m_loadWorkspaces->setObjectName(QStringLiteral("loadWorkspacesButton"));
    m_loadWorkspaces->setText(tr("Load…"));
    m_loadWorkspaces->setToolTip(tr("Connect with this profile to list its workspaces."));
    m_loadWorkspaces->setEnabled(false);
    m_loadWorkspaces->setVisible(false);
    connect(m_loadWorkspaces, &QToolButton::clicked, this, &ProfileDialog::loadWorkspaces);
    auto *workspaceRow = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(workspaceRow);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(6);
    workspaceLayout->addWidget(m_workspaceId, 1);
    workspaceLayout->addWidget(m_loadWorkspaces);
    addRow(form, tr("Workspace ID:"), workspaceRow, Field::WorkspaceId);

    m_legacyTraining = new QCheckBox(tr("Use the legacy v1 training API"), this);
    m_legacyTraining->setObjectName(QStringLiteral("legacyTrainingCheck"));
    m_legacyTraining->setToolTip(tr("Submit training jobs with the v1 API, for accounts that still use it."));
    form->addRow(QString(), m_legacyTraining);

    // The Monitoring dashboards' data source: collapsed unless the profile has one.
    m_prometheusToggle
        = addSectionToggle(form, tr("Monitoring data source (optional)"), QStringLiteral("prometheusToggle"));
    connect(m_prometheusToggle, &QToolButton::clicked, this, [this] { setPrometheusExpanded(!m_prometheusExpanded); });
    m_prometheusUrl = makeEdit(QStringLiteral("prometheusUrlEdit"), QStringLiteral("https://"));
    addRow(form, tr("Prometheus URL:"), m_prometheusUrl, Field::PrometheusUrl);
    m_prometheusUser = makeEdit(QStringLiteral("prometheusUserEdit"), tr("Empty when the server asks for no sign-in"));
    addRow(form, tr("User name:"), m_prometheusUser, Field::PrometheusUser);
    QWidget *prometheusPasswordRow = nullptr;
    m_prometheusPassword = makeSecretEdit(QStringLiteral("prometheusPasswordEdit"), &prometheusPasswordRow);
    addRow(form, tr("Password:"), prometheusPasswordRow, Field::PrometheusPassword);
    // One line: QFormLayout gives a wrapped note too little height.
    m_prometheusHint = new QLabel(tr("AOM's Prometheus instance, or any Prometheus HTTP API."), this);
    m_prometheusUrl->setToolTip(tr("The Monitoring dashboards query this Prometheus HTTP API. For AOM's Prometheus "
                                   "instance, its address, user name and password are on the instance's Settings "
                                   "page in AOM."));
    m_prometheusHint->setObjectName(QStringLiteral("prometheusHint"));
    m_prometheusHint->setWordWrap(true);
    m_prometheusHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_prometheusHint);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setWordWrap(true);
    m_saveError->setProperty("tone", QStringLiteral("error")); // resources/style.qss
    m_saveError->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    // After a failed OK, messages follow the user's corrections at once.
    for (QLineEdit *edit :
        { m_name, m_accountName, m_userName, m_password, m_accessKeyId, m_secretKey, m_modelArtsEndpoint, m_iamEndpoint,
            m_cloudDomain, m_projectId, m_workspaceId, m_prometheusUrl, m_prometheusUser, m_prometheusPassword })
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::revalidateIfShown);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileDialog::revalidateIfShown);

    setEndpointsExpanded(false);
    setPrometheusExpanded(false);
}

QSize ProfileDialog::sizeHint() const
{
    QSize hint = QDialog::sizeHint();
    const int width = std::max(hint.width(), minimumWidth());
    if (layout() && layout()->hasHeightForWidth())
        hint = QSize(width, std::max(hint.height(), layout()->totalHeightForWidth(width)));
    return hint;
}

QToolButton *ProfileDialog::addSectionToggle(QFormLayout *form, const QString &text, const QString &objectName)
{
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(objectName);
    toggle->setText(text);
    // Not checkable: a checked auto-raise button draws sunken, which reads as a pressed button.
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setFont(boldFont(this));
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(toggle);
    layout->addStretch(1);
    form->addRow(box);
    return toggle;
}

QWidget *ProfileDialog::addRow(QFormLayout *form, const QString &label, QWidget *field, Field messageField)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    auto *message = new QLabel(box);
    message->setObjectName(QStringLiteral("message"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setProperty("tone", QStringLiteral("error")); // resources/style.qss
    message->hide();
    layout->addWidget(message);
    m_messageLabels.insert(messageField, message);

    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    // As high as one field line: QFormLayout then keeps it on the field's first line when
    // a message appears below the field.
    if (m_name)
        labelWidget->setFixedHeight(std::max(m_name->sizeHint().height(), labelWidget->sizeHint().height()));
    labelWidget->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(labelWidget, box);
    return box;
}

QLineEdit *ProfileDialog::makeEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *ProfileDialog::makeSecretEdit(const QString &objectName, QWidget **rowOut)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto *show = new QToolButton(this);
    show->setObjectName(objectName + QStringLiteral("Show"));
    show->setText(tr("Show"));
    show->setCheckable(true);
    show->setToolTip(tr("Show or hide what was typed"));
    connect(show, &QToolButton::toggled, edit,
        [edit, show](bool visible)
        {
            edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
            show->setText(visible ? tr("Hide") : tr("Show"));
        });
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(edit, 1);
    layout->addWidget(show);
    row->setFocusProxy(edit);
    *rowOut = row;
    return edit;
}

void ProfileDialog::setEndpointsExpanded(bool expanded)
{
    m_endpointsExpanded = expanded;
    m_endpointsToggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_endpointsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    for (QLineEdit *edit : { m_modelArtsEndpoint, m_iamEndpoint, m_cloudDomain })
        m_form->setRowVisible(edit->parentWidget(), expanded);
    m_form->setRowVisible(m_endpointsHint, expanded);
    if (isVisible())
        adjustSize();
}

void ProfileDialog::setPrometheusExpanded(bool expanded)
{
    m_prometheusExpanded = expanded;
    m_prometheusToggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_prometheusToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget *row : { m_prometheusUrl->parentWidget(), m_prometheusUser->parentWidget(),
             m_prometheusPassword->parentWidget()->parentWidget(), static_cast<QWidget *>(m_prometheusHint) })
        m_form->setRowVisible(row, expanded);
    if (isVisible())
        adjustSize();
}

void ProfileDialog::onAuthChanged()
{
    const bool password = m_passwordRadio->isChecked();
    // Each field sits in its row box (with its message); the secret edits in a row with "Show".
    for (QWidget *w :
        { m_accountName->parentWidget(), m_userName->parentWidget(), m_password->parentWidget()->parentWidget() })
        m_form->setRowVisible(w, password);
    for (QWidget *w : { m_accessKeyId->parentWidget(), m_secretKey->parentWidget()->parentWidget() })
        m_form->setRowVisible(w, !password);
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
    m_name->setText(profile.name);
    const int regionIndex = m_region->findData(profile.region);
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setEditText(profile.region);
    (profile.auth == Profile::AuthMethod::AccessKey ? m_accessKeyRadio : m_passwordRadio)->setChecked(true);
    m_accountName->setText(profile.accountName);
    m_userName->setText(profile.userName);
    m_accessKeyId->setText(profile.accessKeyId);
    m_password->clear();
    m_secretKey->clear();
    m_modelArtsEndpoint->setText(profile.modelArtsEndpoint.toString());
    m_iamEndpoint->setText(profile.iamEndpoint.toString());
    m_cloudDomain->setText(profile.cloudDomain);
    m_projectId->setText(profile.projectId);
    m_workspaceId->setText(profile.workspaceId.isEmpty() ? QStringLiteral("0") : profile.workspaceId);
    m_legacyTraining->setChecked(profile.useLegacyTrainingApi);
    m_prometheusUrl->setText(profile.prometheusUrl.toString());
    m_prometheusUser->setText(profile.prometheusUser);
    m_prometheusPassword->clear();
    setPrometheusExpanded(!profile.prometheusUrl.isEmpty());
    setEndpointsExpanded(
        !profile.modelArtsEndpoint.isEmpty() || !profile.iamEndpoint.isEmpty() || !profile.cloudDomain.isEmpty());
    m_loadWorkspaces->setVisible(true);
    onAuthChanged();
    setConnection(m_connection);
    probeSecret();
}

void ProfileDialog::setConnection(models::Connection *connection)
{
    m_connection = connection;
    const bool usable = connection && isEditing() && connection->profileName() == m_originalName;
    m_loadWorkspaces->setEnabled(usable);
    m_loadWorkspaces->setToolTip(usable ? tr("List the workspaces of this profile's project")
                                        : tr("Connect with this profile to list its workspaces."));
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.name = m_name->text();
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = regionId();
    p.auth = m_accessKeyRadio->isChecked() ? Profile::AuthMethod::AccessKey : Profile::AuthMethod::Password;
    if (p.auth == Profile::AuthMethod::Password)
    {
        p.accountName = m_accountName->text().trimmed();
        p.userName = m_userName->text().trimmed();
    }
    else
    {
        p.accessKeyId = m_accessKeyId->text().trimmed();
    }
    p.modelArtsEndpoint = QUrl(m_modelArtsEndpoint->text().trimmed());
    p.iamEndpoint = QUrl(m_iamEndpoint->text().trimmed());
    p.cloudDomain = m_cloudDomain->text().trimmed();
    p.projectId = m_projectId->text().trimmed();
    p.workspaceId = m_workspaceId->text().trimmed();
    p.useLegacyTrainingApi = m_legacyTraining->isChecked();
    p.prometheusUrl = QUrl(m_prometheusUrl->text().trimmed());
    p.prometheusUser = m_prometheusUser->text().trimmed();
    return p;
}

QString ProfileDialog::regionId() const
{
    const QString text = m_region->currentText().trimmed();
    const int index = m_region->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_region->itemData(index).toString();
    return text;
}

bool ProfileDialog::secretTyped() const
{
    return !typedSecret().isEmpty();
}

QString ProfileDialog::typedSecret() const
{
    return m_accessKeyRadio->isChecked() ? m_secretKey->text() : m_password->text();
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

    const bool customModelArts = !m_modelArtsEndpoint->text().trimmed().isEmpty();
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
    checkUrl(m_modelArtsEndpoint, Field::ModelArtsEndpoint);
    checkUrl(m_iamEndpoint, Field::IamEndpoint);
    checkUrl(m_prometheusUrl, Field::PrometheusUrl);
    // The data source's sign-in: a password goes with a user name, a user name with a
    // password (typed, or still stored for this profile).
    const bool prometheusPasswordTyped = !m_prometheusPassword->text().isEmpty();
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
    m_secretNote->setText(secretNoteText());
    m_secretNote->setToolTip(m_secrets ? m_secrets->fallbackReason() : QString());
}

void ProfileDialog::updateSecretPlaceholders()
{
    // Editing: an empty field keeps what is stored, unless the method changed (then the
    // stored secret is for the other method and cannot be used).
    const bool authUnchanged = isEditing()
        && (m_accessKeyRadio->isChecked() ? Profile::AuthMethod::AccessKey : Profile::AuthMethod::Password)
            == m_original.auth;
    QString placeholder;
    if (authUnchanged)
        placeholder = m_storedSecretKnownMissing ? tr("Not stored: enter it") : tr("Unchanged");
    m_password->setPlaceholderText(placeholder);
    m_secretKey->setPlaceholderText(placeholder);
    QString prometheusPlaceholder;
    if (isEditing() && m_original.prometheusNeedsSecret())
        prometheusPlaceholder = m_storedPrometheusKnownMissing ? tr("Not stored: enter it") : tr("Unchanged");
    m_prometheusPassword->setPlaceholderText(prometheusPlaceholder);
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_saveError->hide();
}

void ProfileDialog::failSecretWrite(const QString &error)
{
    failSave(tr("The secret could not be stored: %1").arg(error.isEmpty() ? tr("unknown error") : error));
}

void ProfileDialog::failSave(const QString &message)
{
    setBusy(false);
    m_saveError->setText(message);
    m_saveError->show();
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
                if (QWidget *field = it.value()->parentWidget()->layout()->itemAt(0)->widget())
                    field->setFocus();
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
    storeSecret(m_prometheusPassword->text(), oldKey, newKey, [this, p] { finishSave(p); });
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
    m_loadWorkspaces->setEnabled(false);
    m_loadWorkspaces->setText(tr("Loading…"));
    api::ApiCall *call = m_connection->client()->send(request);
    api::whenDecoded<api::WorkspaceList>(call, this,
        [this](const api::Typed<api::WorkspaceList> &result)
        {
            m_loadWorkspaces->setText(tr("Load…"));
            setConnection(m_connection);
            if (!result.ok())
            {
                m_loadWorkspaces->setToolTip(
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
                action->setChecked(workspace.id == m_workspaceId->text().trimmed());
            }
            if (menu->isEmpty())
                menu->addAction(tr("No workspaces"))->setEnabled(false);
            connect(menu, &QMenu::triggered, this,
                [this](QAction *action)
                {
                    if (action->data().isValid())
                        m_workspaceId->setText(action->data().toString());
                });
            menu->popup(m_loadWorkspaces->mapToGlobal(QPoint(0, m_loadWorkspaces->height())));
        });
}
} // namespace ma::desktop
