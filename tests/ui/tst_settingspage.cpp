#include "profile.h"
#include "profilespanel.h"
#include "secretstore.h"
#include "ui/appsettings.h"
#include "ui/settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsStoredValues();
    void intervalSavedAndSignalled();
    void typedIntervalSavedOnce();
    void languageStored();
    void unknownStoredLanguageIsShown();
    void addSectionShowsContent();
    void notificationsSavedAndSignalled();
    void screenshot();
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ModelArtsDesktopTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingspage"_s);
}

void TestSettingsPage::init()
{
    QSettings().clear();
    QSettings().sync();
}

void TestSettingsPage::showsStoredValues()
{
    {
        ui::SettingsPage page;
        QCOMPARE(page.autoRefreshSeconds(), ui::AppSettings::kDefaultAutoRefreshSeconds);
        QCOMPARE(page.language(), QString());
        QCOMPARE(page.languageComboBox()->currentText(), u"System default"_s);
        QCOMPARE(page.autoRefreshSpinBox()->maximum(), ui::AppSettings::kMaxAutoRefreshSeconds);
        QCOMPARE(page.autoRefreshSpinBox()->minimum(), 0);
    }
    {
        ui::AppSettings settings;
        settings.setAutoRefreshSeconds(45);
        settings.setLanguage(u"zh_CN"_s);
        settings.sync();
    }
    ui::SettingsPage page;
    QCOMPARE(page.autoRefreshSeconds(), 45);
    QCOMPARE(page.autoRefreshSpinBox()->text(), u"45 s"_s);
    QCOMPARE(page.language(), u"zh_CN"_s);
    QCOMPARE(page.languageComboBox()->currentText(), u"简体中文"_s);
    const QStringList items { page.languageComboBox()->itemText(0), page.languageComboBox()->itemText(1),
        page.languageComboBox()->itemText(2) };
    QCOMPARE(items, (QStringList { u"System default"_s, u"English"_s, u"简体中文"_s }));
    QCOMPARE(page.languageComboBox()->count(), 3);
}

void TestSettingsPage::intervalSavedAndSignalled()
{
    ui::SettingsPage page;
    QSignalSpy spy(&page, &ui::SettingsPage::autoRefreshSecondsChanged);
    page.autoRefreshSpinBox()->setValue(120);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 120);
    QCOMPARE(ui::AppSettings().autoRefreshSeconds(), 120);

    page.autoRefreshSpinBox()->setValue(0);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 0);
    QCOMPARE(page.autoRefreshSpinBox()->text(), u"Off"_s);
    QCOMPARE(ui::AppSettings().autoRefreshSeconds(), 0);

    // Beyond the maximum the box clamps; what is stored is what is shown.
    page.autoRefreshSpinBox()->setValue(100000);
    QCOMPARE(page.autoRefreshSeconds(), ui::AppSettings::kMaxAutoRefreshSeconds);
    QCOMPARE(spy.last().at(0).toInt(), ui::AppSettings::kMaxAutoRefreshSeconds);

    // Persisted across pages (the QSettings file of the test mode).
    ui::SettingsPage again;
    QCOMPARE(again.autoRefreshSeconds(), ui::AppSettings::kMaxAutoRefreshSeconds);
}

void TestSettingsPage::typedIntervalSavedOnce()
{
    ui::SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy spy(&page, &ui::SettingsPage::autoRefreshSecondsChanged);
    QSpinBox *box = page.autoRefreshSpinBox();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"300"_s);
    QCOMPARE(spy.count(), 0); // not 3, 30 and 300
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 300);
    QCOMPARE(ui::AppSettings().autoRefreshSeconds(), 300);
}

void TestSettingsPage::languageStored()
{
    ui::SettingsPage page;
    QCOMPARE(page.languageNote()->text(), u"Takes effect after restart."_s);
    QSignalSpy spy(&page, &ui::SettingsPage::languageChanged);
    QComboBox *combo = page.languageComboBox();
    combo->setCurrentIndex(combo->findText(u"简体中文"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"zh_CN"_s);
    QCOMPARE(ui::AppSettings().language(), u"zh_CN"_s);

    combo->setCurrentIndex(combo->findText(u"English"_s));
    QCOMPARE(ui::AppSettings().language(), u"en"_s);
    combo->setCurrentIndex(combo->findText(u"System default"_s));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toString(), QString());
    QCOMPARE(ui::AppSettings().language(), QString());
    QCOMPARE(ui::SettingsPage().language(), QString());
}

void TestSettingsPage::unknownStoredLanguageIsShown()
{
    {
        ui::AppSettings settings;
        settings.setLanguage(u"de"_s);
    }
    ui::SettingsPage page;
    QCOMPARE(page.languageComboBox()->count(), 4);
    QCOMPARE(page.language(), u"de"_s);
    QCOMPARE(page.languageComboBox()->currentText(), u"Deutsch"_s);
}

void TestSettingsPage::addSectionShowsContent()
{
    ui::SettingsPage page;
    auto *content = new QLabel(u"Connections content"_s);
    page.addSection(u"Connections"_s, content);
    QVERIFY(page.isAncestorOf(content));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Headings top to bottom: an added section comes before Notifications.
    QList<QLabel *> labels = page.findChildren<QLabel *>(u"sectionHeading"_s);
    std::sort(labels.begin(), labels.end(),
        [&page](QLabel *a, QLabel *b) { return a->mapTo(&page, QPoint()).y() < b->mapTo(&page, QPoint()).y(); });
    QStringList headings;
    for (QLabel *label : labels)
        headings.append(label->text());
    QCOMPARE(headings, (QStringList { u"General"_s, u"Connections"_s, u"Notifications"_s }));
    QVERIFY(content->isVisible());
}

void TestSettingsPage::notificationsSavedAndSignalled()
{
    {
        ui::SettingsPage page;
        // On by default (nothing is watched until the user chooses), ten minutes of warning.
        QVERIFY(page.notificationsCheckBox()->isChecked());
        QCOMPARE(page.autoStopWarningSpinBox()->value(), 10);
        QVERIFY(page.autoStopWarningSpinBox()->isEnabled());
        QSignalSpy changed(&page, &ui::ConsolePage::settingsChanged);
        page.notificationsCheckBox()->setChecked(false);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!page.autoStopWarningSpinBox()->isEnabled());
        QVERIFY(!ui::AppSettings().notificationsEnabled());
        page.autoStopWarningSpinBox()->setValue(30);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(ui::AppSettings().autoStopWarningMinutes(), 30);
    }
    ui::SettingsPage again;
    QVERIFY(!again.notificationsCheckBox()->isChecked());
    QCOMPARE(again.autoStopWarningSpinBox()->value(), 30);
    ui::AppSettings().setAutoStopWarningMinutes(100000);
    QCOMPARE(ui::AppSettings().autoStopWarningMinutes(), ui::AppSettings::kMaxAutoStopWarningMinutes);
}

void TestSettingsPage::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    QTemporaryDir temp;
    QSettings settings(temp.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    desktop::ProfileStore store(&settings);
    desktop::Profile work;
    work.name = u"Production Beijing"_s;
    work.kind = desktop::Profile::Kind::HuaweiCloud;
    work.region = u"cn-north-4"_s;
    work.auth = desktop::Profile::AuthMethod::AccessKey;
    work.accessKeyId = u"HPUAL2EXAMPLE7QX3KZ"_s;
    QVERIFY(store.save(work));
    desktop::Profile lab = work;
    lab.name = u"Research lab"_s;
    lab.region = u"ap-southeast-3"_s;
    lab.auth = desktop::Profile::AuthMethod::Password;
    lab.accountName = u"acme"_s;
    lab.userName = u"alice"_s;
    QVERIFY(store.save(lab));
    desktop::SecretStore secrets(desktop::SecretStore::Backend::MemoryOnly);

    ui::SettingsPage page;
    auto *panel = new desktop::ProfilesPanel(&store, &secrets);
    panel->setCurrentProfile(u"Production Beijing"_s);
    page.addSection(u"Connections"_s, panel);
    page.resize(1080, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(page.grab().save(QDir(dir).filePath(u"settings-page.png"_s)));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
