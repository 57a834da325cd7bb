#include "profile.h"
#include "profiledialog.h"
#include "profilespanel.h"
#include "secretstore.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ma::desktop;
using namespace Qt::StringLiterals;

namespace
{
QStringList column(const QTreeWidget *view, int index)
{
    QStringList texts;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        texts.append(view->topLevelItem(i)->text(index));
    return texts;
}

QTreeWidgetItem *item(const QTreeWidget *view, const QString &name)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        if (view->topLevelItem(i)->text(0) == name)
            return view->topLevelItem(i);
    return nullptr;
}

bool secretFound(SecretStore &store, const QString &key)
{
    bool done = false;
    bool found = false;
    QObject context;
    store.read(key, &context,
        [&](bool f, const Secret &, const QString &)
        {
            done = true;
            found = f;
        });
    [&]
    {
        QTRY_VERIFY(done);
    }();
    return found;
}
} // namespace

class TestProfilesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsLocalFirst();
    void localNotEditable();
    void connectRequested();
    void currentProfileBold();
    void removeAsksAndDeletesSecret();
    void addThroughDialog();
    void renameKeepsCurrentMark();

private:
    Profile makeProfile(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestProfilesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfilesPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::MemoryOnly);
}

void TestProfilesPanel::cleanup()
{
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

Profile TestProfilesPanel::makeProfile(const QString &name) const
{
    Profile p;
    p.name = name;
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = u"cn-north-4"_s;
    p.auth = Profile::AuthMethod::Password;
    p.accountName = u"acme"_s;
    p.userName = u"alice"_s;
    return p;
}

void TestProfilesPanel::listsLocalFirst()
{
    QVERIFY(m_store->save(makeProfile(u"Zeta"_s)));
    Profile ak = makeProfile(u"Alpha"_s);
    ak.auth = Profile::AuthMethod::AccessKey;
    ak.accessKeyId = u"HPUAEXAMPLEAK0000001"_s;
    ak.region = u"xx-custom-1"_s;
    QVERIFY(m_store->save(ak));
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    QCOMPARE(column(panel.view(), 0), (QStringList { u"Local"_s, u"Alpha"_s, u"Zeta"_s }));
    QCOMPARE(column(panel.view(), 1),
        (QStringList { u"This computer"_s, u"xx-custom-1"_s, u"CN North-Beijing4 (cn-north-4)"_s }));
    QCOMPARE(column(panel.view(), 2),
        (QStringList {
            u"Built-in: modelarts-local on this computer"_s, u"Access key HPUAEXAM…"_s, u"IAM user alice of acme"_s }));
    QCOMPARE(panel.selectedProfile(), u"Local"_s);
}

void TestProfilesPanel::localNotEditable()
{
    QVERIFY(m_store->save(makeProfile(u"Work"_s)));
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    panel.selectProfile(u"Local"_s);
    QVERIFY(!panel.editButton()->isEnabled());
    QVERIFY(!panel.removeButton()->isEnabled());
    QVERIFY(panel.connectButton()->isEnabled());
    QVERIFY(panel.addButton()->isEnabled());
    // Even when called directly nothing opens or goes.
    panel.editSelected();
    QVERIFY(!panel.dialog());
    bool asked = false;
    panel.setConfirmHandler([&asked](const QString &) { return asked = true; });
    panel.removeSelected();
    QVERIFY(!asked);
    QCOMPARE(panel.view()->topLevelItemCount(), 2);

    panel.selectProfile(u"Work"_s);
    QVERIFY(panel.editButton()->isEnabled());
    QVERIFY(panel.removeButton()->isEnabled());
    panel.view()->clearSelection();
    QVERIFY(!panel.editButton()->isEnabled());
    QVERIFY(!panel.connectButton()->isEnabled());
}

void TestProfilesPanel::connectRequested()
{
    QVERIFY(m_store->save(makeProfile(u"Work"_s)));
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &ProfilesPanel::connectRequested);
    panel.selectProfile(u"Work"_s);
    QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"Work"_s);

    // Double-click connects too.
    QTreeWidgetItem *local = item(panel.view(), u"Local"_s);
    const QPoint pos = panel.view()->visualItemRect(local).center();
    // A real double-click is a press and release, then the double-click event.
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"Local"_s);
}

void TestProfilesPanel::currentProfileBold()
{
    QVERIFY(m_store->save(makeProfile(u"Work"_s)));
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    panel.setCurrentProfile(u"Work"_s);
    QVERIFY(item(panel.view(), u"Work"_s)->font(0).bold());
    QVERIFY(item(panel.view(), u"Work"_s)->font(2).bold());
    QVERIFY(!item(panel.view(), u"Local"_s)->font(0).bold());
    panel.setCurrentProfile(u"Local"_s);
    QVERIFY(!item(panel.view(), u"Work"_s)->font(0).bold());
    QVERIFY(item(panel.view(), u"Local"_s)->font(0).bold());
    panel.reload();
    QVERIFY(item(panel.view(), u"Local"_s)->font(0).bold());
}

void TestProfilesPanel::removeAsksAndDeletesSecret()
{
    const Profile work = makeProfile(u"Work"_s);
    QVERIFY(m_store->save(work));
    bool written = false;
    QObject context;
    m_secrets->write(
        work.secretKey(), { u"pw"_s, QString() }, &context, [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);

    ProfilesPanel panel(m_store.get(), m_secrets.get());
    QSignalSpy removed(&panel, &ProfilesPanel::profileRemoved);
    QString question;
    panel.setConfirmHandler(
        [&question](const QString &text)
        {
            question = text;
            return false;
        });
    panel.selectProfile(u"Work"_s);
    panel.removeButton()->click();
    QCOMPARE(question, u"Remove the profile \"Work\"? Its stored secret is deleted as well."_s);
    QVERIFY(m_store->contains(u"Work"_s));
    QCOMPARE(removed.count(), 0);

    panel.setConfirmHandler([](const QString &) { return true; });
    panel.removeButton()->click();
    QVERIFY(!m_store->contains(u"Work"_s));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"Work"_s);
    QCOMPARE(column(panel.view(), 0), QStringList { u"Local"_s });
    QVERIFY(!secretFound(*m_secrets, work.secretKey()));
}

void TestProfilesPanel::addThroughDialog()
{
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &ProfilesPanel::profilesChanged);
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    ProfileDialog *dialog = panel.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isEditing());
    dialog->nameEdit()->setText(u"New one"_s);
    dialog->accessKeyRadio()->setChecked(true);
    dialog->accessKeyIdEdit()->setText(u"HPUAEXAMPLEAK0000002"_s);
    dialog->secretKeyEdit()->setText(u"sk"_s);
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(column(panel.view(), 0), (QStringList { u"Local"_s, u"New one"_s }));
    QCOMPARE(panel.selectedProfile(), u"New one"_s);
    QTRY_VERIFY(!panel.dialog()); // closed and deleted
}

void TestProfilesPanel::renameKeepsCurrentMark()
{
    const Profile work = makeProfile(u"Work"_s);
    QVERIFY(m_store->save(work));
    bool written = false;
    QObject context;
    m_secrets->write(
        work.secretKey(), { u"pw"_s, QString() }, &context, [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    ProfilesPanel panel(m_store.get(), m_secrets.get());
    panel.setCurrentProfile(u"Work"_s);
    panel.selectProfile(u"Work"_s);
    QSignalSpy renamed(&panel, &ProfilesPanel::profileRenamed);
    panel.editButton()->click();
    ProfileDialog *dialog = panel.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->originalName(), u"Work"_s);
    dialog->nameEdit()->setText(u"Work 2"_s);
    dialog->accept();
    QTRY_COMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), u"Work"_s);
    QCOMPARE(renamed.at(0).at(1).toString(), u"Work 2"_s);
    QCOMPARE(panel.currentProfile(), u"Work 2"_s);
    QVERIFY(item(panel.view(), u"Work 2"_s)->font(0).bold());
    QCOMPARE(column(panel.view(), 0), (QStringList { u"Local"_s, u"Work 2"_s }));
}

QTEST_MAIN(TestProfilesPanel)
#include "tst_profilespanel.moc"
