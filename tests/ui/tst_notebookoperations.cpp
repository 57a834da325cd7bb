// NotebookOperations end to end, from the notebook list against the real local backend: Save
// Image from a running notebook's row (its form filled as a user would, the rules holding OK
// back until the values pass) takes the notebook through SNAPSHOTTING back to RUNNING and
// lists the image as private; then, stopped, Change Image offers that private image and the
// row shows it once the change is made.

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/notebooklistmodel.h"
#include "ui/notebooks/changeimagedialog.h"
#include "ui/notebooks/notebookoperations.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/notebooks/saveimagedialog.h"
#include "widgets/rowlinksdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ma;
using models::NotebookListModel;
using test::callAndWait;
using test::createNotebook;

namespace
{
constexpr int kWaitMs = 20000;
} // namespace

class TestNotebookOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveImageThenChangeToIt();

private:
    QString statusOf(const QString &id) const;
    void selectOnly(const QString &id);
    void clickLink(const QString &id, ui::NotebooksPage::RowLink link);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::NotebooksPage> m_page;
};

void TestNotebookOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestNotebookOperations::statusOf(const QString &id) const
{
    const int row = m_page->model()->rowOf(id);
    return row < 0 ? QString() : m_page->model()->index(row, 0).data(NotebookListModel::StatusRole).toString();
}

void TestNotebookOperations::selectOnly(const QString &id)
{
    QAbstractItemModel *shown = m_page->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data(NotebookListModel::IdRole).toString() == id)
            m_page->view()->selectionModel()->select(
                shown->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedIds(), QStringList { id });
}

void TestNotebookOperations::clickLink(const QString &id, ui::NotebooksPage::RowLink link)
{
    QTableView *view = m_page->view();
    QModelIndex index;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(NotebookListModel::IdRole).toString() == id)
            index = view->model()->index(row, NotebookListModel::Operation);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const auto links = m_page->operationDelegate()->links(index);
    const auto rects = m_page->operationDelegate()->linkRects(option.rect, option, index);
    for (int i = 0; i < links.size(); ++i)
        if (links.at(i).id == static_cast<int>(link))
        {
            QVERIFY(links.at(i).enabled);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects.at(i).center());
            return;
        }
    QFAIL("no such link");
}

void TestNotebookOperations::saveImageThenChangeToIt()
{
    // Scale 50: the 5 nominal minutes of SNAPSHOTTING last 6 s.
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Local"),
        QStringLiteral("local"), m_backend->accessKeyClient().release());
    m_page = std::make_unique<ui::NotebooksPage>();
    m_page->setConfirmHandler([](const QString &) { return true; });
    m_page->resize(1300, 600);
    m_page->show();
    m_page->setAutoRefreshSeconds(1);
    m_page->setConnection(m_connection.get());
    auto &client = *m_connection->client();

    const QString id = createNotebook(client, QStringLiteral("Img_Source"));
    QVERIFY(!id.isEmpty());
    m_page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("RUNNING"), kWaitMs);
    const QString imageBefore
        = m_page->model()->index(m_page->model()->rowOf(id), 0).data(NotebookListModel::ImageRole).toString();

    // Save Image from the row's link: the form proposes the notebook's name as the image name
    // (lower case, hyphens); OK stays off until the organization is valid.
    QStringList refusals;
    int forms = 0;
    m_page->operations()->setDialogRunner(
        [&](QDialog &dialog)
        {
            auto *form = qobject_cast<ui::SaveImageDialog *>(&dialog);
            if (!form)
                return false;
            ++forms;
            auto *name = qobject_cast<QLineEdit *>(form->field(QStringLiteral("name")));
            auto *tag = qobject_cast<QLineEdit *>(form->field(QStringLiteral("tag")));
            if (!name || !tag || name->text() != QStringLiteral("img-source")
                || tag->text() != QStringLiteral("latest"))
                return false;
            refusals << form->errorText();
            qobject_cast<QLineEdit *>(form->field(QStringLiteral("organization")))->setText(QStringLiteral("Team A"));
            refusals << form->errorText();
            qobject_cast<QLineEdit *>(form->field(QStringLiteral("organization")))->setText(QStringLiteral("team-a"));
            name->setText(QStringLiteral("my-env"));
            tag->setText(QStringLiteral("v1"));
            qobject_cast<QPlainTextEdit *>(form->field(QStringLiteral("description")))
                ->setPlainText(QStringLiteral("with my packages"));
            return form->canAccept();
        });
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    // Save Image sits under the row's More, as in the console's Operation column.
    clickLink(id, ui::NotebooksPage::RowLink::More);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->rowMoreMenu() && m_page->rowMoreMenu()->isVisible(), kWaitMs);
    QVERIFY(m_page->rowMoreMenu()->actions().contains(m_page->saveImageAction()));
    QVERIFY(m_page->saveImageAction()->isEnabled());
    m_page->rowMoreMenu()->close();
    m_page->saveImageAction()->trigger();
    QCOMPARE(forms, 1);
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.at(0).startsWith(QStringLiteral("Organization:")), qPrintable(refusals.at(0)));
    QVERIFY2(refusals.at(1).startsWith(QStringLiteral("Organization:")), qPrintable(refusals.at(1)));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.back().front().value<models::ActionOutcome>().ok(),
        qPrintable(finished.back().front().value<models::ActionOutcome>().message()));

    // The row shows Saving image, then Running again.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("SNAPSHOTTING"), kWaitMs);
    QCOMPARE(m_page->model()->index(m_page->model()->rowOf(id), NotebookListModel::Status).data().toString(),
        QStringLiteral("Saving image"));
    selectOnly(id);
    QVERIFY(!m_page->saveImageAction()->isEnabled()); // no operation meanwhile, but Delete neither
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("RUNNING"), kWaitMs);

    // The images API lists it as a private image.
    const auto images = api::decodeBody<api::NotebookImageList>(
        callAndWait(client, api::notebooks::images({ { QStringLiteral("type"), QStringLiteral("DEDICATED") } })));
    QVERIFY(images.ok());
    QString imageId;
    for (const api::NotebookImage &image : images.value.data)
        if (image.name == QStringLiteral("my-env") && image.tag == QStringLiteral("v1"))
        {
            imageId = image.id;
            QCOMPARE(image.status, QStringLiteral("ACTIVE"));
            QCOMPARE(image.visibility, QStringLiteral("PRIVATE"));
            QCOMPARE(image.description, QStringLiteral("with my packages"));
        }
    QVERIFY(!imageId.isEmpty());

    // Change Image needs a stopped notebook: Stop from the row's link.
    clickLink(id, ui::NotebooksPage::RowLink::StartOrStop);
    QVERIFY(finished.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("STOPPED"), kWaitMs);

    // The form offers the private image, marked so; the current image keeps OK off.
    QStringList offered;
    QString sameImageRefusal;
    m_page->operations()->setDialogRunner(
        [&](QDialog &dialog)
        {
            auto *form = qobject_cast<ui::ChangeImageDialog *>(&dialog);
            if (!form)
                return false;
            auto *combo = qobject_cast<QComboBox *>(form->field(QStringLiteral("image")));
            for (int i = 0; i < combo->count(); ++i)
                offered << combo->itemText(i);
            sameImageRefusal = form->errorText();
            combo->setCurrentIndex(combo->findData(imageId));
            return form->canAccept();
        });
    selectOnly(id);
    auto *changeImage = m_page->findChild<QAction *>(QStringLiteral("changeImageAction"));
    QTRY_VERIFY_WITH_TIMEOUT(changeImage->isEnabled(), kWaitMs);
    changeImage->trigger();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.back().front().value<models::ActionOutcome>().ok(),
        qPrintable(finished.back().front().value<models::ActionOutcome>().message()));
    QVERIFY2(offered.contains(QStringLiteral("my-env:v1 (private)")), qPrintable(offered.join(u", ")));
    QCOMPARE(sameImageRefusal, QStringLiteral("Choose another image."));

    // The row and the notebook itself carry the new image.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(m_page->model()->rowOf(id), 0).data(NotebookListModel::ImageRole).toString(),
        QStringLiteral("my-env:v1"), kWaitMs);
    QVERIFY(imageBefore != QStringLiteral("my-env:v1"));
    const auto shown = api::decodeBody<api::Notebook>(callAndWait(client, api::notebooks::show(id)));
    QVERIFY(shown.ok() && shown.value.image);
    QCOMPARE(shown.value.image->id, imageId);

    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

QTEST_MAIN(TestNotebookOperations)
#include "tst_notebookoperations.moc"
