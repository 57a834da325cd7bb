#include "api/regions.h"
#include "localbackend.h"
#include "models/connection.h"
#include "profile.h"
#include "profiledialog.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ma;
using namespace ma::desktop;
using namespace Qt::StringLiterals;

namespace
{
constexpr int kWaitMs = 15000;

struct SecretRead
{
    bool done = false;
    bool found = false;
    Secret secret;
};

SecretRead readSecret(SecretStore &store, const QString &key)
{
    SecretRead out;
    QObject context;
    store.read(key, &context,
        [&out](bool found, const Secret &secret, const QString &) {
            out = { true, found, secret };
        });
    [&]
    {
        QTRY_VERIFY_WITH_TIMEOUT(out.done, kWaitMs);
    }();
    return out;
}

bool writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    bool done = false;
    QObject context;
    store.write(key, { secret, QString() }, &context, [&done](bool ok, const QString &) { done = ok; });
    [&]
    {
        QTRY_VERIFY(done);
    }();
    return done;
}

// The message label under a field, as the user sees it.
QString shownMessage(QWidget *field)
{
    QWidget *box = field->parentWidget();
    // Secret edits and the workspace id sit in a row of their own inside the box.
    if (!box->findChild<QLabel *>(u"message"_s, Qt::FindDirectChildrenOnly))
        box = box->parentWidget();
    auto *label = box->findChild<QLabel *>(u"message"_s, Qt::FindDirectChildrenOnly);
    return label && !label->isHidden() ? label->text() : QString();
}

void clickSave(ProfileDialog &dialog)
{
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newDialogDefaults();
    void requiredFieldMessages();
    void accessKeyRequiredFieldMessages();
    void nameMessages_data();
    void nameMessages();
    void regionMessages_data();
    void regionMessages();
    void endpointMessages_data();
    void endpointMessages();
    void idMessages();
    void messagesFollowCorrections();
    void showToggle();
    void secretNoteMemoryOnly();
    void secretNoteFollowsKeychain();
    void saveAccessKeyProfile();
    void passwordProfileRoundTrip();
    void editKeepsSecretWhenEmpty();
    void editReplacesSecretWhenTyped();
    void editChangingAuthNeedsSecret();
    void renameMovesSecret();
    void prometheusSource();
    void loadWorkspaces();
    void screenshots();

private:
    Profile makeAccessKeyProfile(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
}

void TestProfileDialog::cleanup()
{
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

Profile TestProfileDialog::makeAccessKeyProfile(const QString &name) const
{
    Profile p;
    p.name = name;
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = u"cn-north-4"_s;
    p.auth = Profile::AuthMethod::AccessKey;
    p.accessKeyId = u"HPUAEXAMPLEAK0000001"_s;
    return p;
}

void TestProfileDialog::newDialogDefaults()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    QCOMPARE(dialog.windowTitle(), u"New Huawei Cloud profile"_s);
    QVERIFY(!dialog.isEditing());
    QCOMPARE(dialog.regionCombo()->count(), api::modelArtsRegions().size());
    QCOMPARE(dialog.regionCombo()->currentText(), u"CN North-Beijing4 (cn-north-4)"_s);
    QCOMPARE(dialog.regionCombo()->findText(u"cn-east-4"_s), dialog.regionCombo()->findData(u"cn-east-4"_s));
    QVERIFY(dialog.passwordRadio()->isChecked());
    QCOMPARE(dialog.workspaceIdEdit()->text(), u"0"_s);
    QCOMPARE(dialog.projectIdEdit()->placeholderText(), u"Resolved automatically"_s);
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.passwordEdit()->placeholderText(), QString());
    QVERIFY(!dialog.endpointsExpanded());
    QVERIFY(!dialog.loadWorkspacesButton()->isVisibleTo(&dialog));
    QCOMPARE(dialog.legacyTrainingCheck()->text(), u"Use the legacy v1 training API"_s);
    QVERIFY(!dialog.legacyTrainingCheck()->isChecked());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.accountNameEdit()->isVisible());
    QVERIFY(!dialog.accessKeyIdEdit()->isVisible());
    QVERIFY(!dialog.modelArtsEndpointEdit()->isVisible());
    QTest::mouseClick(dialog.accessKeyRadio(), Qt::LeftButton);
    QVERIFY(!dialog.accountNameEdit()->isVisible());
    QVERIFY(dialog.accessKeyIdEdit()->isVisible());
    QVERIFY(dialog.secretKeyEdit()->isVisible());
    QTest::mouseClick(dialog.endpointsToggle(), Qt::LeftButton);
    QVERIFY(dialog.modelArtsEndpointEdit()->isVisible());
    QCOMPARE(dialog.modelArtsEndpointEdit()->placeholderText(), u"https://modelarts.cn-north-4.myhuaweicloud.com"_s);
    QCOMPARE(dialog.iamEndpointEdit()->placeholderText(), u"https://iam.cn-north-4.myhuaweicloud.com"_s);
}

void TestProfileDialog::requiredFieldMessages()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(dialog);
    QVERIFY(dialog.isVisible()); // not closed
    QCOMPARE(saved.count(), 0);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Name), u"The profile name is empty."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::AccountName), u"Enter the account name."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::UserName), u"Enter the IAM user name."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Password), u"Enter the password."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Region), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::AccessKeyId), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::WorkspaceId), QString());
    // Shown next to the fields.
    QCOMPARE(shownMessage(dialog.nameEdit()), u"The profile name is empty."_s);
    QCOMPARE(shownMessage(dialog.accountNameEdit()), u"Enter the account name."_s);
    QCOMPARE(shownMessage(dialog.passwordEdit()), u"Enter the password."_s);
    QCOMPARE(shownMessage(dialog.projectIdEdit()), QString());
    QVERIFY(dialog.nameEdit()->hasFocus());
    QVERIFY(m_settings->childGroups().isEmpty());
}

void TestProfileDialog::accessKeyRequiredFieldMessages()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.accessKeyRadio()->setChecked(true);
    dialog.nameEdit()->setText(u"Work"_s);
    QVERIFY(!dialog.validate());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Name), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::AccessKeyId), u"Enter the access key ID."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::SecretKey), u"Enter the secret access key."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::AccountName), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Password), QString());
    QCOMPARE(shownMessage(dialog.secretKeyEdit()), u"Enter the secret access key."_s);

    dialog.accessKeyIdEdit()->setText(u"HPUA EXAMPLE"_s);
    QVERIFY(!dialog.validate());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::AccessKeyId), u"The access key ID must not contain spaces."_s);
}

void TestProfileDialog::nameMessages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << u"Work 2"_s << QString();
    QTest::newRow("spaces") << u" Work"_s << u"The profile name must not start or end with spaces."_s;
    QTest::newRow("slash") << u"a/b"_s << u"The profile name must not contain / or \\."_s;
    QTest::newRow("reserved") << u"Local"_s << u"The name \"Local\" is reserved."_s;
    QTest::newRow("taken") << u"Existing"_s << u"A profile named \"Existing\" already exists."_s;
}

void TestProfileDialog::nameMessages()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QVERIFY(m_store->save(makeAccessKeyProfile(u"Existing"_s)));
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.nameEdit()->setText(name);
    dialog.validate();
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Name), message);
    QCOMPARE(shownMessage(dialog.nameEdit()), message);
}

void TestProfileDialog::regionMessages_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("modelArtsEndpoint");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("message");
    QTest::newRow("listed") << u"AP-Singapore (ap-southeast-3)"_s << QString() << u"ap-southeast-3"_s << QString();
    QTest::newRow("typed id") << u"cn-east-3"_s << QString() << u"cn-east-3"_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << u"Choose a region."_s;
    QTest::newRow("bad") << u"CN North"_s << QString() << u"CN North"_s
                         << u"A region ID has lower-case letters, digits and hyphens, such as cn-north-4."_s;
    QTest::newRow("unknown") << u"xx-moon-1"_s << QString() << u"xx-moon-1"_s
                             << u"Unknown region: give its ModelArts endpoint under Custom endpoints."_s;
    QTest::newRow("unknown with endpoint")
        << u"xx-moon-1"_s << u"https://modelarts.xx-moon-1.example.com"_s << u"xx-moon-1"_s << QString();
}

void TestProfileDialog::regionMessages()
{
    QFETCH(QString, region);
    QFETCH(QString, modelArtsEndpoint);
    QFETCH(QString, expectedId);
    QFETCH(QString, message);
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.regionCombo()->setEditText(region);
    dialog.modelArtsEndpointEdit()->setText(modelArtsEndpoint);
    dialog.validate();
    QCOMPARE(dialog.profile().region, expectedId);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Region), message);
    QCOMPARE(shownMessage(dialog.regionCombo()), message);
}

void TestProfileDialog::endpointMessages_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    const QString loopbackOnly = u"Use https://; http:// is allowed only for this computer (localhost)."_s;
    QTest::newRow("https") << u"https://modelarts.example.com"_s << QString();
    QTest::newRow("https with port and path") << u"https://ma.example.com:8443/base"_s << QString();
    QTest::newRow("http remote") << u"http://modelarts.example.com"_s << loopbackOnly;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << QString();
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << QString();
    QTest::newRow("ftp") << u"ftp://files.example.com"_s << u"The address must start with https://."_s;
    QTest::newRow("no scheme") << u"modelarts.example.com"_s
                               << u"Enter a full address such as https://modelarts.example.com."_s;
    QTest::newRow("query") << u"https://ma.example.com/?a=1"_s << u"The address must not have a query or fragment."_s;
}

void TestProfileDialog::endpointMessages()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.modelArtsEndpointEdit()->setText(url);
    dialog.iamEndpointEdit()->setText(url);
    dialog.validate();
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::ModelArtsEndpoint), message);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::IamEndpoint), message);
    // A problem in the collapsed group opens it.
    QCOMPARE(dialog.endpointsExpanded(), !message.isEmpty());
}

void TestProfileDialog::idMessages()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.cloudDomainEdit()->setText(u"https://example.com"_s);
    dialog.projectIdEdit()->setText(u"abc def"_s);
    dialog.workspaceIdEdit()->clear();
    dialog.validate();
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::CloudDomain),
        u"Enter a domain such as myhuaweicloud.com, without https:// or a path."_s);
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::ProjectId),
        u"A project ID has only letters, digits, hyphens and underscores."_s);
    QCOMPARE(
        dialog.fieldMessage(ProfileDialog::Field::WorkspaceId), u"Enter a workspace ID; 0 is the default workspace."_s);
    QCOMPARE(shownMessage(dialog.workspaceIdEdit()), u"Enter a workspace ID; 0 is the default workspace."_s);

    dialog.cloudDomainEdit()->setText(u"example.eu"_s);
    dialog.projectIdEdit()->setText(u"0123456789abcdef0123456789abcdef"_s);
    dialog.workspaceIdEdit()->setText(u"ws/1"_s);
    dialog.validate();
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::CloudDomain), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::ProjectId), QString());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::WorkspaceId),
        u"A workspace ID has only letters, digits, hyphens and underscores."_s);
}

void TestProfileDialog::messagesFollowCorrections()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    // Nothing is shown before the first Save.
    dialog.nameEdit()->setText(u" x"_s);
    QCOMPARE(shownMessage(dialog.nameEdit()), QString());
    clickSave(dialog);
    QCOMPARE(shownMessage(dialog.nameEdit()), u"The profile name must not start or end with spaces."_s);
    dialog.nameEdit()->setText(u"x"_s);
    QCOMPARE(shownMessage(dialog.nameEdit()), QString());
    QCOMPARE(shownMessage(dialog.accountNameEdit()), u"Enter the account name."_s);
    QTest::keyClicks(dialog.accountNameEdit(), u"acme"_s);
    QCOMPARE(shownMessage(dialog.accountNameEdit()), QString());
}

void TestProfileDialog::showToggle()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    auto *show = dialog.findChild<QToolButton *>(u"passwordEditShow"_s);
    QVERIFY(show);
    QCOMPARE(show->text(), u"Show"_s);
    show->click();
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide"_s);
    show->click();
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
}

void TestProfileDialog::secretNoteMemoryOnly()
{
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    const QString memory = u"No system keychain is available: the secret is kept in memory until the app quits."_s;
    QCOMPARE(dialog.secretNoteText(), memory);
    auto *note = dialog.findChild<QLabel *>(u"secretNote"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), memory);
}

void TestProfileDialog::secretNoteFollowsKeychain()
{
    // On a machine without a keychain service the store falls back while the dialog is
    // open and the note changes; where a keychain answers, the note keeps saying so.
    SecretStore keychain(SecretStore::Backend::Keychain);
    keychain.setTimeoutMs(3000);
    ProfileDialog dialog(m_store.get(), &keychain);
    auto *note = dialog.findChild<QLabel *>(u"secretNote"_s);
    QCOMPARE(note->text(), u"Stored in the system keychain."_s);
    // A read of our own settles after the dialog's probe (keychain jobs answer in order).
    // Waiting for it also keeps the store alive until its jobs are done: QtKeychain's
    // libsecret backend calls back into a deleted job otherwise.
    QVERIFY(readSecret(keychain, u"tst_profiledialog/probe"_s).done);
    QTRY_COMPARE_WITH_TIMEOUT(note->text(),
        keychain.isPersistent()
            ? u"Stored in the system keychain."_s
            : u"No system keychain is available: the secret is kept in memory until the app quits."_s,
        kWaitMs);
    if (!keychain.isPersistent())
        QCOMPARE(note->toolTip(), keychain.fallbackReason());
}

void TestProfileDialog::saveAccessKeyProfile()
{
    const QString sk = u"SK-very-secret-0123456789abcdefghij"_s;
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), u"Work"_s);
    dialog.regionCombo()->setCurrentIndex(dialog.regionCombo()->findData(u"ap-southeast-3"_s));
    QTest::mouseClick(dialog.accessKeyRadio(), Qt::LeftButton);
    QTest::keyClicks(dialog.accessKeyIdEdit(), u"HPUAEXAMPLEAK0000001"_s);
    QTest::keyClicks(dialog.secretKeyEdit(), sk);
    dialog.endpointsToggle()->click();
    dialog.iamEndpointEdit()->setText(u"https://iam.example.com"_s);
    dialog.workspaceIdEdit()->setText(u"0123456789abcdef0123456789abcdef"_s);
    dialog.legacyTrainingCheck()->setChecked(true);
    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    Profile expected;
    expected.name = u"Work"_s;
    expected.kind = Profile::Kind::HuaweiCloud;
    expected.region = u"ap-southeast-3"_s;
    expected.auth = Profile::AuthMethod::AccessKey;
    expected.accessKeyId = u"HPUAEXAMPLEAK0000001"_s;
    expected.iamEndpoint = QUrl(u"https://iam.example.com"_s);
    expected.workspaceId = u"0123456789abcdef0123456789abcdef"_s;
    expected.useLegacyTrainingApi = true;
    QCOMPARE(saved.at(0).at(0).value<Profile>(), expected);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QCOMPARE(dialog.savedProfile(), expected);
    const std::optional<Profile> stored = m_store->profile(u"Work"_s);
    QVERIFY(stored);
    QCOMPARE(*stored, expected);

    // The SK went to the secret store and nowhere near the settings.
    const SecretRead secret = readSecret(*m_secrets, expected.secretKey());
    QVERIFY(secret.found);
    QCOMPARE(secret.secret.secret, sk);
    m_settings->sync();
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext())
    {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(sk.toUtf8()), qPrintable(file.fileName()));
        QVERIFY(!content.contains("SK-very-secret"));
        ++files;
    }
    QCOMPARE(files, 1);
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("HPUAEXAMPLEAK0000001")); // the file is the one written
}

void TestProfileDialog::passwordProfileRoundTrip()
{
    const QString password = u"Pa55-word!"_s;
    Profile written;
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.nameEdit()->setText(u"Lab"_s);
        dialog.regionCombo()->setCurrentIndex(dialog.regionCombo()->findData(u"cn-east-3"_s));
        dialog.accountNameEdit()->setText(u" acme "_s);
        dialog.userNameEdit()->setText(u"alice"_s);
        dialog.passwordEdit()->setText(password);
        dialog.endpointsToggle()->click();
        dialog.modelArtsEndpointEdit()->setText(u"http://127.0.0.1:8080"_s);
        dialog.cloudDomainEdit()->setText(u"example.eu"_s);
        dialog.projectIdEdit()->setText(u"0123456789abcdef0123456789abcdef"_s);
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        dialog.accept();
        QTRY_COMPARE(saved.count(), 1);
        written = dialog.savedProfile();
    }
    QCOMPARE(written.accountName, u"acme"_s);
    QCOMPARE(written.userName, u"alice"_s);
    QCOMPARE(written.auth, Profile::AuthMethod::Password);
    QCOMPARE(written.accessKeyId, QString());
    QCOMPARE(written.modelArtsEndpoint, QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(*m_store->profile(u"Lab"_s), written);
    QCOMPARE(readSecret(*m_secrets, written.secretKey()).secret.secret, password);
    m_settings->sync();
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(password.toUtf8()));

    // Editing shows exactly what was saved, without the password.
    ProfileDialog edit(m_store.get(), m_secrets.get());
    edit.setProfile(*m_store->profile(u"Lab"_s));
    QVERIFY(edit.isEditing());
    QCOMPARE(edit.windowTitle(), u"Edit profile \"Lab\""_s);
    QCOMPARE(edit.regionCombo()->currentText(), u"CN East-Shanghai1 (cn-east-3)"_s);
    QVERIFY(edit.passwordRadio()->isChecked());
    QCOMPARE(edit.passwordEdit()->text(), QString());
    QVERIFY(edit.endpointsExpanded());
    QCOMPARE(edit.profile(), written);
    QVERIFY(edit.validate());
}

void TestProfileDialog::editKeepsSecretWhenEmpty()
{
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    QVERIFY(writeSecret(*m_secrets, p.secretKey(), u"SK-original"_s));

    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.setProfile(p);
    QCOMPARE(dialog.secretKeyEdit()->placeholderText(), u"Unchanged"_s);
    dialog.workspaceIdEdit()->setText(u"abcdef0123456789abcdef0123456789"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(), u"Work"_s);
    QCOMPARE(m_store->profile(u"Work"_s)->workspaceId, u"abcdef0123456789abcdef0123456789"_s);
    const SecretRead secret = readSecret(*m_secrets, p.secretKey());
    QVERIFY(secret.found);
    QCOMPARE(secret.secret.secret, u"SK-original"_s);
}

void TestProfileDialog::editReplacesSecretWhenTyped()
{
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    QVERIFY(writeSecret(*m_secrets, p.secretKey(), u"SK-original"_s));
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.setProfile(p);
    dialog.secretKeyEdit()->setText(u"SK-new"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    dialog.accept();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(readSecret(*m_secrets, p.secretKey()).secret.secret, u"SK-new"_s);
}

void TestProfileDialog::editChangingAuthNeedsSecret()
{
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    QVERIFY(writeSecret(*m_secrets, p.secretKey(), u"SK-original"_s));
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.setProfile(p);
    dialog.passwordRadio()->setChecked(true);
    QCOMPARE(dialog.passwordEdit()->placeholderText(), QString());
    dialog.accountNameEdit()->setText(u"acme"_s);
    dialog.userNameEdit()->setText(u"alice"_s);
    QVERIFY(!dialog.validate());
    QCOMPARE(dialog.fieldMessage(ProfileDialog::Field::Password), u"Enter the password."_s);
    dialog.passwordEdit()->setText(u"pw"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    dialog.accept();
    QTRY_COMPARE(saved.count(), 1);
    const Profile now = *m_store->profile(u"Work"_s);
    QCOMPARE(now.auth, Profile::AuthMethod::Password);
    QCOMPARE(readSecret(*m_secrets, now.secretKey()).secret.secret, u"pw"_s);
    // The SK of the old method is gone.
    QTRY_VERIFY(!readSecret(*m_secrets, p.secretKey()).found);
}

void TestProfileDialog::renameMovesSecret()
{
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    m_store->setLastUsed(u"Work"_s);
    QVERIFY(writeSecret(*m_secrets, p.secretKey(), u"SK-original"_s));
    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.setProfile(p);
    dialog.nameEdit()->setText(u"Work renamed"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    dialog.accept();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(), u"Work"_s);
    QVERIFY(!m_store->contains(u"Work"_s));
    QVERIFY(m_store->contains(u"Work renamed"_s));
    QCOMPARE(m_store->lastUsed(), u"Work renamed"_s);
    Profile renamed = p;
    renamed.name = u"Work renamed"_s;
    QCOMPARE(readSecret(*m_secrets, renamed.secretKey()).secret.secret, u"SK-original"_s);
    QTRY_VERIFY(!readSecret(*m_secrets, p.secretKey()).found);
}

void TestProfileDialog::prometheusSource()
{
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    QVERIFY(writeSecret(*m_secrets, p.secretKey(), u"SK-original"_s));
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.setProfile(p);
        QVERIFY(!dialog.prometheusExpanded()); // collapsed while the profile has none
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The rules, next to their fields; a problem opens the group.
        dialog.prometheusPasswordEdit()->setText(u"aom-password"_s);
        QVERIFY(!dialog.validate());
        QVERIFY(dialog.prometheusExpanded());
        QCOMPARE(shownMessage(dialog.prometheusUrlEdit()), u"Enter the address of the Prometheus HTTP API."_s);
        QCOMPARE(shownMessage(dialog.prometheusUserEdit()), u"Enter the user name that goes with the password."_s);
        dialog.prometheusUrlEdit()->setText(u"http://aom.example.com/v1/1234/prometheus"_s);
        QCOMPARE(shownMessage(dialog.prometheusUrlEdit()),
            u"Use https://; http:// is allowed only for this computer (localhost)."_s);
        dialog.prometheusUrlEdit()->setText(
            u"https://aom-internal-access.cn-north-4.myhuaweicloud.com/v1/1234/prometheus"_s);
        dialog.prometheusUserEdit()->setText(u"aom_access_code"_s);
        dialog.prometheusPasswordEdit()->clear();
        QCOMPARE(shownMessage(dialog.prometheusPasswordEdit()), u"Enter the password."_s);
        dialog.prometheusPasswordEdit()->setText(u"aom-password"_s);
        QVERIFY(dialog.validate());

        // Saved: the address and user in the profile, the password in the keychain only.
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
    }
    p = *m_store->profile(u"Work"_s);
    QCOMPARE(p.prometheusUrl, QUrl(u"https://aom-internal-access.cn-north-4.myhuaweicloud.com/v1/1234/prometheus"_s));
    QCOMPARE(p.prometheusUser, u"aom_access_code"_s);
    QCOMPARE(readSecret(*m_secrets, p.prometheusSecretKey()).secret.secret, u"aom-password"_s);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("aom-password"));

    // Edited: an empty password keeps the stored one; a rename moves it.
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.setProfile(p);
        QVERIFY(dialog.prometheusExpanded());
        QTRY_COMPARE(dialog.prometheusPasswordEdit()->placeholderText(), u"Unchanged"_s);
        dialog.nameEdit()->setText(u"Work renamed"_s);
        QVERIFY(dialog.validate());
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        dialog.accept();
        QTRY_COMPARE(saved.count(), 1);
    }
    Profile renamed = *m_store->profile(u"Work renamed"_s);
    QCOMPARE(readSecret(*m_secrets, renamed.prometheusSecretKey()).secret.secret, u"aom-password"_s);
    QTRY_VERIFY(!readSecret(*m_secrets, p.prometheusSecretKey()).found);
    QCOMPARE(readSecret(*m_secrets, renamed.secretKey()).secret.secret, u"SK-original"_s);

    // The data source removed: its password goes too.
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.setProfile(renamed);
        dialog.prometheusUrlEdit()->clear();
        dialog.prometheusUserEdit()->clear();
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        dialog.accept();
        QTRY_COMPARE(saved.count(), 1);
    }
    QVERIFY(m_store->profile(u"Work renamed"_s)->prometheusUrl.isEmpty());
    QTRY_VERIFY(!readSecret(*m_secrets, renamed.prometheusSecretKey()).found);
}

void TestProfileDialog::loadWorkspaces()
{
    test::LocalBackend backend(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    Profile p = makeAccessKeyProfile(u"Work"_s);
    QVERIFY(m_store->save(p));
    models::Connection connection(
        models::Connection::Kind::HuaweiCloud, u"Work"_s, u"local"_s, backend.accessKeyClient().release());

    ProfileDialog dialog(m_store.get(), m_secrets.get());
    dialog.setConnection(&connection);
    QVERIFY(!dialog.loadWorkspacesButton()->isEnabled()); // a new profile has no connection
    dialog.setProfile(p);
    QVERIFY(dialog.loadWorkspacesButton()->isEnabled());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.loadWorkspacesButton()->click();
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = dialog.findChild<QMenu *>(u"workspaceMenu"_s)) != nullptr, kWaitMs);
    QVERIFY(!menu->actions().isEmpty());
    QAction *defaultWorkspace = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == u"0"_s)
            defaultWorkspace = action;
    QVERIFY(defaultWorkspace);
    QVERIFY(defaultWorkspace->isChecked());
    QAction *other = menu->actions().constLast();
    other->trigger();
    QCOMPARE(dialog.workspaceIdEdit()->text(), other->data().toString());
    menu->close();

    // Another profile's connection does not list this one's workspaces.
    models::Connection otherConnection(
        models::Connection::Kind::HuaweiCloud, u"Other"_s, u"local"_s, backend.accessKeyClient().release());
    dialog.setConnection(&otherConnection);
    QVERIFY(!dialog.loadWorkspacesButton()->isEnabled());
}

void TestProfileDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    QVERIFY(QDir().mkpath(dir));
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.nameEdit()->setText(u"Research lab"_s);
        dialog.accountNameEdit()->setText(u"acme"_s);
        dialog.userNameEdit()->setText(u"alice"_s);
        dialog.passwordEdit()->setText(u"secret"_s);
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"profile-dialog-password.png"_s)));
        dialog.prometheusToggle()->click();
        dialog.prometheusUrlEdit()->setText(
            u"https://aom-internal-access.cn-north-4.myhuaweicloud.com/v1/1234/prometheus"_s);
        dialog.prometheusUserEdit()->setText(u"aom_access_code"_s);
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"profile-dialog-prometheus.png"_s)));
    }
    {
        ProfileDialog dialog(m_store.get(), m_secrets.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accessKeyRadio()->setChecked(true);
        dialog.nameEdit()->setText(u"Production Beijing"_s);
        dialog.endpointsToggle()->click();
        dialog.modelArtsEndpointEdit()->setText(u"http://modelarts.example.com"_s);
        dialog.validate();
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"profile-dialog-accesskey.png"_s)));
    }
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
