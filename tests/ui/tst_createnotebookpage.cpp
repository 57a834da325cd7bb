// CreateNotebookPage ("Create Notebook") against the real local backend: the images, flavors
// and pools fill the form (the `local` pool offered as a dedicated pool), fields show and hide
// with their choices, messages appear next to their fields, a notebook created from the form
// exists with every field as chosen, a server error stays on the form with nothing lost, and
// the autosaved draft is restored by a new page (as after a crash).

#include "api/notebookrequests.h"
#include "localconsole.h"
#include "models/connection.h"
#include "ui/errorbanner.h"
#include "ui/notebooks/createnotebookpage.h"
#include "ui/notebooks/notebookextendedstorageeditor.h"
#include "ui/notebooks/notebookpageids.h"
#include "widgets/keyvalueeditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace ma;
using models::NotebookDraft;
using models::NotebookField;

namespace ma::models
{
char *toString(const NotebookDraft &draft)
{
    return qstrdup(api::dumpJson(draft.toJson()).constData());
}
} // namespace ma::models

namespace
{
constexpr int kWaitMs = 15000;
const QString kCpuImage = QStringLiteral("e1a07296-22a8-4f05-8bc8-e936c8e54090"); // notebook2.0-mul-kernel-cpu-cp36
const QString kAscendImage = QStringLiteral("7efabf0e-6dd8-4882-87e5-ebb83fbf77d3");
} // namespace

class TestCreateNotebookPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void catalogFillsForm();
    void visibilityFollowsChoices();
    void messagesNextToFields();
    void createdNotebookHasEveryField();
    void serverErrorKeepsForm();
    void draftRestoredAfterCrash();
    void screenshots();

private:
    void createPage();
    template <typename T> T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QAbstractButton *button(const char *name) const { return child<QAbstractButton>(name); }
    bool rowShown(const char *fieldName) const;
    QString shownMessage(const char *fieldName) const;
    bool selectImage(const QString &id);
    void grab(const QString &fileName);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::CreateNotebookPage> m_page;
    QStringList m_navigations;
    QStringList m_notSent;
    QStringList m_summaries;
    bool m_answer = true;
};

void TestCreateNotebookPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCreateNotebookPage::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
        .removeRecursively();
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options {});
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_navigations.clear();
    m_notSent.clear();
    m_summaries.clear();
    m_answer = true;
    createPage();
}

void TestCreateNotebookPage::createPage()
{
    m_page = std::make_unique<ui::CreateNotebookPage>();
    m_page->setSubmitConfirmHandler(
        [this](const QString &summary, const QString &notSent)
        {
            m_summaries.append(summary);
            m_notSent.append(notSent);
            return m_answer;
        });
    connect(m_page.get(), &ui::ConsolePage::navigationRequested, this,
        [this](const QString &page, const QVariant &argument)
        { m_navigations.append(page + u'|' + argument.toString()); });
    m_page->resize(1280, 900);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &ui::CreateNotebookPage::catalogLoaded);
    m_page->setConnection(m_console->connection());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
}

void TestCreateNotebookPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

bool TestCreateNotebookPage::rowShown(const char *fieldName) const
{
    QWidget *row = m_page->findChild<QWidget *>(QLatin1String(fieldName) + QStringLiteral("Row"));
    if (!row)
        qWarning("no row for %s", fieldName);
    return row && row->isVisibleTo(m_page.get());
}

QString TestCreateNotebookPage::shownMessage(const char *fieldName) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(fieldName) + QStringLiteral("Message"));
    return label && label->isVisibleTo(m_page.get()) ? label->text() : QString();
}

bool TestCreateNotebookPage::selectImage(const QString &id)
{
    auto *table = child<QTableWidget>("imageTable");
    for (int r = 0; r < table->rowCount(); ++r)
    {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
        {
            table->selectRow(r);
            return true;
        }
    }
    return false;
}

void TestCreateNotebookPage::grab(const QString &fileName)
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QVERIFY(m_page->grab().save(dir + u'/' + fileName));
}

void TestCreateNotebookPage::catalogFillsForm()
{
    QVERIFY(m_page->isCatalogLoaded());
    // A generated name like the console's, auto stop on at 1 hour, EVS 5 GB.
    const NotebookDraft d = m_page->draft();
    QVERIFY2(QRegularExpression(QStringLiteral("^notebook-\\d{4}-[a-z0-9]{4}$")).match(d.name).hasMatch(),
        qPrintable(d.name));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), d.name);
    QVERIFY(child<QCheckBox>("autoStopCheck")->isChecked());
    QVERIFY(button("autoStopPreset0")->isChecked());
    QCOMPARE(child<QSpinBox>("evsSizeSpin")->value(), 5);
    // Public images: the built-in ones; none private yet.
    auto *images = child<QTableWidget>("imageTable");
    QCOMPARE(images->rowCount(), 8);
    child<QLineEdit>("imageSearchEdit")->setText(QStringLiteral("mindspore"));
    QCOMPARE(images->rowCount(), 3);
    child<QLineEdit>("imageSearchEdit")->setText(QStringLiteral("MINDSPORE_2.3"));
    QCOMPARE(images->rowCount(), 1);
    child<QLineEdit>("imageSearchEdit")->clear();
    button("imageSource1")->click();
    QCOMPARE(images->rowCount(), 0);
    button("imageSource0")->click();
    // CPU flavors of the flavor API only.
    auto *flavors = child<QComboBox>("flavorCombo");
    QVERIFY(flavors->count() >= 2);
    for (int i = 0; i < flavors->count(); ++i)
        QVERIFY2(flavors->itemData(i).toString().contains(QStringLiteral("cpu")), qPrintable(flavors->itemText(i)));
    QCOMPARE(d.flavorId, flavors->itemData(flavors->currentIndex()).toString());
    // The dedicated pools that accept notebooks: the local pool (this computer).
    button("poolKind1")->click();
    auto *pools = child<QComboBox>("poolCombo");
    QVERIFY(pools->findData(QStringLiteral("local")) >= 0);
    QCOMPARE(m_page->draft().poolId, pools->currentData().toString());
    // An Ascend-only image: only Ascend is offered, the type and flavors follow.
    QVERIFY(selectImage(kAscendImage));
    QVERIFY(!button("type0")->isEnabled());
    QVERIFY(!button("type1")->isEnabled());
    QVERIFY(button("type2")->isChecked());
    QCOMPARE(m_page->draft().type, QStringLiteral("ASCEND"));
    QCOMPARE(child<QComboBox>("flavorCombo")->currentData().toString(), QStringLiteral("modelarts.kat1.xlarge"));
}

void TestCreateNotebookPage::visibilityFollowsChoices()
{
    QVERIFY(!rowShown("poolCombo"));
    button("poolKind1")->click();
    QVERIFY(rowShown("poolCombo"));
    // Storage: EVS shows its size; SFS (dedicated only) its file system, path, subdirectory and method.
    QVERIFY(rowShown("evsSizeSpin"));
    QVERIFY(!rowShown("sfsIdEdit"));
    button("storage1")->click();
    QVERIFY(!rowShown("evsSizeSpin"));
    for (const char *f : { "sfsIdEdit", "sfsMountPathLabel", "sfsSubdirectoryEdit", "sfsMountMethod" })
        QVERIFY2(rowShown(f), f);
    QCOMPARE(child<QLabel>("sfsMountPathLabel")->text(), QStringLiteral("/home/ma-user/work/"));
    // The Mount Method is marked as not sent.
    QVERIFY(child<QLabel>("sfsMountMethodNotSent")->isVisibleTo(m_page.get()));
    button("storage2")->click();
    QVERIFY(rowShown("storagePathEdit"));
    QVERIFY(rowShown("secretEdit"));
    QVERIFY(!rowShown("sfsIdEdit"));
    // SFS is offered only with a dedicated pool.
    button("poolKind0")->click();
    QVERIFY(!button("storage1")->isEnabled());
    button("poolKind1")->click();
    QVERIFY(button("storage1")->isEnabled());
    // Remote SSH shows the key pair and the whitelist.
    QVERIFY(!rowShown("keyPairEdit"));
    child<QCheckBox>("remoteSshCheck")->click();
    QVERIFY(rowShown("keyPairEdit"));
    QVERIFY(rowShown("whitelistEdit"));
    // Auto stop: Custom shows its hours box; off disables the presets.
    QVERIFY(!child<QLineEdit>("autoStopCustomEdit")->isVisibleTo(m_page.get()));
    button("autoStopPreset4")->click();
    QVERIFY(child<QLineEdit>("autoStopCustomEdit")->isVisibleTo(m_page.get()));
    child<QCheckBox>("autoStopCheck")->click();
    QVERIFY(!child<QWidget>("autoStopPreset")->isEnabled());
    QVERIFY(!child<QLineEdit>("autoStopCustomEdit")->isVisibleTo(m_page.get()));
}

void TestCreateNotebookPage::messagesNextToFields()
{
    auto *name = child<QLineEdit>("nameEdit");
    name->setText(QStringLiteral("my notebook"));
    QCOMPARE(shownMessage("nameEdit"),
        QStringLiteral("Only digits, letters, underscores (_), and hyphens (-) are allowed."));
    name->clear();
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("The name cannot be empty."));
    name->setText(QStringLiteral("nb_1"));
    QCOMPARE(shownMessage("nameEdit"), QString());
    child<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("a/b"));
    QCOMPARE(shownMessage("descriptionEdit"),
        QStringLiteral("The description cannot contain the following characters: &<>\"'/"));
    button("autoStopPreset4")->click();
    child<QLineEdit>("autoStopCustomEdit")->setText(QStringLiteral("73"));
    QCOMPARE(shownMessage("autoStopBox"), QStringLiteral("Enter an integer from 1 to 72."));
    child<QLineEdit>("autoStopCustomEdit")->setText(QStringLiteral("1.5"));
    QCOMPARE(shownMessage("autoStopBox"), QStringLiteral("Enter an integer from 1 to 72."));
    child<QLineEdit>("autoStopCustomEdit")->setText(QStringLiteral("72"));
    QCOMPARE(shownMessage("autoStopBox"), QString());
    child<QSpinBox>("evsSizeSpin")->setValue(4);
    QCOMPARE(shownMessage("evsSizeSpin"), QStringLiteral("The disk size must be from 5 GB to 4,096 GB."));
    child<QSpinBox>("evsSizeSpin")->setValue(4097);
    QCOMPARE(shownMessage("evsSizeSpin"), QStringLiteral("The disk size must be from 5 GB to 4,096 GB."));
    child<QSpinBox>("evsSizeSpin")->setValue(4096);
    QCOMPARE(shownMessage("evsSizeSpin"), QString());

    // Next with no image and SSH without a key pair: the messages at once, nothing sent.
    child<QCheckBox>("remoteSshCheck")->click();
    child<QLineEdit>("whitelistEdit")->setText(QStringLiteral("1.1.1.1,1.1.1.2,1.1.1.3,1.1.1.4,1.1.1.5,1.1.1.6"));
    m_page->submit();
    QCOMPARE(shownMessage("imageBox"), QStringLiteral("Select an image."));
    QCOMPARE(shownMessage("keyPairEdit"), QStringLiteral("Set a key pair after remote SSH is enabled."));
    QCOMPARE(shownMessage("whitelistEdit"),
        QStringLiteral("A maximum of 5 IP addresses can be added. Separate them with commas (,)."));
    QVERIFY(m_summaries.isEmpty());
    child<QLineEdit>("whitelistEdit")->setText(QStringLiteral("1.2.3.4, 300.1.1.1"));
    QCOMPARE(shownMessage("whitelistEdit"), QStringLiteral("300.1.1.1 is not a valid IP address or CIDR block."));

    // Row fields: extended storage and tags.
    auto *ext = child<ui::NotebookExtendedStorageEditor>("extendedStorageEditor");
    ext->setStorages({ { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QStringLiteral("/tmp/x") } });
    ext->addRow();
    QCOMPARE(m_page->fieldMessage(NotebookField::ExtendedStorage, 1),
        QStringLiteral("Enter a storage path.\nEnter a mount directory."));
    QCOMPARE(ext->rowMessage(1), QStringLiteral("Enter a storage path.\nEnter a mount directory."));
    ext->removeRow(1);
    QCOMPARE(m_page->fieldMessage(NotebookField::ExtendedStorage, 0),
        QStringLiteral("The mount directory cannot start with /tmp/."));
    child<widgets::KeyValueEditor>("tagsEditor")
        ->setRows({ { QStringLiteral("team"), QStringLiteral("a") }, { QStringLiteral("team"), QStringLiteral("b") } });
    QCOMPARE(m_page->fieldMessage(NotebookField::Tags, 1), QStringLiteral("Tag keys must be unique."));
}

void TestCreateNotebookPage::createdNotebookHasEveryField()
{
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("form-nb"));
    child<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("Made by the form"));
    button("autoStopPreset4")->click();
    child<QLineEdit>("autoStopCustomEdit")->setText(QStringLiteral("3"));
    QVERIFY(selectImage(kCpuImage));
    button("poolKind1")->click();
    auto *pools = child<QComboBox>("poolCombo");
    pools->setCurrentIndex(pools->findData(QStringLiteral("local")));
    button("type0")->click();
    const QString flavor = child<QComboBox>("flavorCombo")->currentData().toString();
    QVERIFY(!flavor.isEmpty());
    child<QSpinBox>("evsSizeSpin")->setValue(20);
    child<QCheckBox>("remoteSshCheck")->click();
    child<QLineEdit>("keyPairEdit")->setText(QStringLiteral("KeyPair-9a64"));
    child<QLineEdit>("whitelistEdit")->setText(QStringLiteral("192.168.1.10, 10.0.0.0/24"));
    child<widgets::KeyValueEditor>("tagsEditor")
        ->setRows(
            { { QStringLiteral("team"), QStringLiteral("cv") }, { QStringLiteral("env"), QStringLiteral("dev") } });

    QSignalSpy submitted(m_page.get(), &ui::CreateNotebookPage::submitted);
    m_page->submit();
    QCOMPARE(m_page->visibleIssues(), QList<models::NotebookIssue>());
    QCOMPARE(m_summaries.size(), 1);
    QVERIFY(m_summaries.first().contains(QStringLiteral("form-nb")));
    QVERIFY(m_summaries.first().contains(QStringLiteral("KeyPair-9a64")));
    QCOMPARE(m_notSent.first(), QString()); // EVS, no extended storage: everything is sent
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QCOMPARE(m_navigations, QStringList { ui::kNotebooksPageId + u'|' + ui::kReloadNotebooksArgument });
    QCOMPARE(m_page->submitError(), QString());
    QVERIFY(!m_page->draftStore().exists());
    QVERIFY(m_page->draft().name.startsWith(QStringLiteral("notebook-"))); // a fresh form

    const QString id = submitted.first().first().toString();
    auto client = m_console->backend().accessKeyClient();
    const api::ApiResult shown = test::callAndWait(*client, api::notebooks::show(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const auto nb = api::fromBody<api::Notebook>(shown.body);
    QCOMPARE(nb.name.value_or(QString()), QStringLiteral("form-nb"));
    QCOMPARE(nb.description.value_or(QString()), QStringLiteral("Made by the form"));
    QCOMPARE(nb.flavor.value_or(QString()), flavor);
    QCOMPARE(nb.image->id, kCpuImage);
    QCOMPARE(nb.pool->id.value_or(QString()), QStringLiteral("local"));
    QCOMPARE(nb.volume->category.value_or(QString()), QStringLiteral("EVS"));
    QCOMPARE(nb.volume->capacity.value_or(0), 20);
    QVERIFY(nb.lease->enable.value_or(false));
    QCOMPARE(nb.lease->duration.value_or(0), qint64(3) * 3600 * 1000);
    QVERIFY(nb.endpoints);
    const auto ssh = std::find_if(
        nb.endpoints->begin(), nb.endpoints->end(), [](const api::NotebookEndpoint &e) { return e.service == u"SSH"; });
    QVERIFY(ssh != nb.endpoints->end());
    QCOMPARE(QStringList(ssh->keyPairNames->begin(), ssh->keyPairNames->end()),
        QStringList { QStringLiteral("KeyPair-9a64") });
    QCOMPARE(QStringList(ssh->allowedAccessIps->begin(), ssh->allowedAccessIps->end()),
        (QStringList { QStringLiteral("192.168.1.10"), QStringLiteral("10.0.0.0/24") }));
    const api::ApiResult tagged = test::callAndWait(*client, api::notebooks::tags(id));
    QVERIFY(tagged.ok());
    QStringList tags;
    for (const api::NotebookTag &t : api::fromBody<api::NotebookTagList>(tagged.body).tags)
        tags << t.key.value_or(QString()) + u'=' + t.value.value_or(QString());
    tags.sort();
    QCOMPARE(tags, (QStringList { QStringLiteral("env=dev"), QStringLiteral("team=cv") }));
}

void TestCreateNotebookPage::serverErrorKeepsForm()
{
    // OBS storage is a whitelist feature modelarts-local refuses: the refusal stays on the form.
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("obs-nb"));
    QVERIFY(selectImage(kCpuImage));
    button("storage2")->click();
    child<QLineEdit>("storagePathEdit")->setText(QStringLiteral("obs://bucket/notebooks/"));
    child<QLineEdit>("secretEdit")->setText(QStringLiteral("obs-secret"));
    child<ui::NotebookExtendedStorageEditor>("extendedStorageEditor")
        ->setStorages({ { QStringLiteral("PFS"), QStringLiteral("obs://b/p/"), QStringLiteral("/home/ma-user/p") } });
    QSignalSpy submitted(m_page.get(), &ui::CreateNotebookPage::submitted);
    m_page->submit();
    // What was sent (the reply has not arrived yet): the server's refusal must not change it.
    const NotebookDraft typed = m_page->draft();
    QCOMPARE(typed.extendedStorage.size(), 1);
    // The confirm dialog names what the v1 API cannot carry.
    QCOMPARE(m_notSent.size(), 1);
    QCOMPARE(m_notSent.first(),
        QStringLiteral("Not sent, the v1 create API has no field for them: Secret, Extended "
                       "Storage (1 directory(ies))."));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->submitError().isEmpty(), kWaitMs);
    QVERIFY2(m_page->submitError().contains(QStringLiteral("whitelist feature")), qPrintable(m_page->submitError()));
    QVERIFY(child<ui::ErrorBanner>("submitErrorBanner")->isVisibleTo(m_page.get()));
    QCOMPARE(submitted.count(), 0);
    QVERIFY(m_navigations.isEmpty());
    QVERIFY(!m_page->isSubmitting());
    QCOMPARE(m_page->draft(), typed);
    QCOMPARE(child<QLineEdit>("storagePathEdit")->text(), QStringLiteral("obs://bucket/notebooks/"));
    QVERIFY(m_page->draftStore().exists()); // kept on disk too
    // Back to EVS: the next submit clears the banner and creates the notebook.
    button("storage0")->click();
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QCOMPARE(m_page->submitError(), QString());
}

void TestCreateNotebookPage::draftRestoredAfterCrash()
{
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("draft-nb"));
    QVERIFY(selectImage(kCpuImage));
    button("poolKind1")->click();
    child<QSpinBox>("evsSizeSpin")->setValue(50);
    child<QCheckBox>("remoteSshCheck")->click();
    child<QLineEdit>("keyPairEdit")->setText(QStringLiteral("kp-1"));
    child<widgets::KeyValueEditor>("tagsEditor")->setRows({ { QStringLiteral("owner"), QStringLiteral("me") } });
    const NotebookDraft typed = m_page->draft();
    QCOMPARE(typed.poolId, QStringLiteral("local"));
    // The autosave runs a second after the last edit, not only when the page closes.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->draftStore().exists(), kWaitMs);

    // A "crash": the first page never closes; a new page reads the draft back.
    std::unique_ptr<ui::CreateNotebookPage> crashed = std::move(m_page);
    createPage();
    QCOMPARE(m_page->draft(), typed);
    QVERIFY(child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("draft-nb"));
    QCOMPARE(child<QComboBox>("poolCombo")->currentData().toString(), QStringLiteral("local"));
    QCOMPARE(child<QSpinBox>("evsSizeSpin")->value(), 50);
    auto *images = child<QTableWidget>("imageTable");
    QCOMPARE(
        images->selectedItems().value(0) ? images->selectedItems().first()->data(Qt::UserRole).toString() : QString(),
        kCpuImage);
    crashed.reset();

    m_page->discardDraft();
    QVERIFY(!m_page->draftStore().exists());
    QCOMPARE(m_page->draft().name.left(9), QStringLiteral("notebook-"));
    QVERIFY(m_page->draft().imageId.isEmpty());
}

void TestCreateNotebookPage::screenshots()
{
    NotebookDraft d;
    d.name = QStringLiteral("notebook-1206-cv01");
    d.description = QStringLiteral("Explore the vision data set");
    d.imageId = kCpuImage;
    d.poolKind = NotebookDraft::PoolKind::Dedicated;
    d.poolId = QStringLiteral("local");
    d.autoStopHours = 2;
    d.remoteSsh = true;
    d.keyPair = QStringLiteral("KeyPair-9a64");
    d.whitelist = QStringLiteral("192.168.1.10");
    d.tags = { { QStringLiteral("team"), QStringLiteral("cv") } };
    m_page->setDraft(d);
    m_page->resize(1280, 1900);
    grab(QStringLiteral("nbform-full.png"));
    m_page->resize(1280, 800);
    grab(QStringLiteral("nbform-top.png"));
    // Messages next to their fields.
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("my notebook"));
    child<QLineEdit>("keyPairEdit")->clear();
    child<QLineEdit>("whitelistEdit")->setText(QStringLiteral("1.2.3.4, office"));
    m_page->submit();
    m_page->resize(1280, 1900);
    grab(QStringLiteral("nbform-errors.png"));
}

QTEST_MAIN(TestCreateNotebookPage)
#include "tst_createnotebookpage.moc"
