// The command palette (Ctrl+K) and Help > Keyboard Shortcuts: the fuzzy match, typing
// filters, Enter opens a page, an action or a resource loaded from the real local backend,
// and the shortcuts dialog lists the actions' shortcuts.

#include "localbackend.h"
#include "models/connection.h"
#include "models/remotelistmodel.h"
#include "models/trainingjoblistmodel.h"
#include "ui/commandpalette.h"
#include "ui/dashboards/dashboardspage.h"
#include "ui/mainwindow.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/settingspage.h"
#include "ui/shortcutsdialog.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace ma;
using ui::CommandPalette;

namespace
{
constexpr int kWaitMs = 20000;

const ui::PaletteEntry *findEntry(
    const std::vector<ui::PaletteEntry> &entries, const QString &text, ui::PaletteEntry::Kind kind)
{
    for (const ui::PaletteEntry &entry : entries)
    {
        if (entry.text == text && entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

bool hasRow(
    const std::vector<ui::ShortcutRow> &rows, const QString &group, const QString &action, const QKeySequence &keys)
{
    const QString text = keys.toString(QKeySequence::NativeText);
    return std::any_of(rows.begin(), rows.end(),
        [&](const ui::ShortcutRow &row) { return row.group == group && row.action == action && row.keys == text; });
}
} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void fuzzyScore_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("initials") << "tj"
                                  << "Training Jobs" << true;
        QTest::newRow("prefix") << "train"
                                << "Training Jobs" << true;
        QTest::newRow("case and spaces") << "DEDI res"
                                         << "Dedicated Resource Pools" << true;
        QTest::newRow("letters in order") << "drpl"
                                          << "Dedicated Resource Pools" << true;
        QTest::newRow("word start after a miss") << "tj"
                                                 << "atXj Tk" << true;
        QTest::newRow("out of order") << "jt"
                                      << "Training Jobs" << false;
        QTest::newRow("missing letter") << "jobz"
                                        << "Training Jobs" << false;
        QTest::newRow("empty pattern") << ""
                                       << "Anything" << true;
    }

    void fuzzyScore()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(CommandPalette::fuzzyScore(pattern, text) >= 0, matches);
    }

    void fuzzyRanking()
    {
        // Word starts beat letters inside words; a prefix beats a later word; shorter wins ties.
        QVERIFY(CommandPalette::fuzzyScore(QStringLiteral("tj"), QStringLiteral("Training Jobs"))
            > CommandPalette::fuzzyScore(QStringLiteral("tj"), QStringLiteral("Estimate adjustments")));
        QVERIFY(CommandPalette::fuzzyScore(QStringLiteral("dash"), QStringLiteral("Dashboards"))
            > CommandPalette::fuzzyScore(QStringLiteral("dash"), QStringLiteral("Pool Dashboards")));
        QVERIFY(CommandPalette::fuzzyScore(QStringLiteral("set"), QStringLiteral("Settings"))
            > CommandPalette::fuzzyScore(QStringLiteral("set"), QStringLiteral("Settings and more")));
    }

    void typingFilters()
    {
        ui::MainWindow window;
        CommandPalette *palette = window.commandPalette();
        palette->setEntries(window.paletteEntries());
        const QStringList all = palette->shownTexts();
        QVERIFY(all.contains(QStringLiteral("Training Jobs")));
        QVERIFY(all.contains(QStringLiteral("Dashboards")));
        QVERIFY(all.contains(QStringLiteral("Settings")));
        QCOMPARE(palette->list()->model()->rowCount(), all.size());

        palette->setSearchText(QStringLiteral("dashb"));
        QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Dashboards"));
        QVERIFY(palette->shownTexts().size() < all.size());
        QCOMPARE(palette->list()->currentIndex().row(), 0);

        palette->setSearchText(QStringLiteral("trjob"));
        QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Training Jobs"));

        palette->setSearchText(QStringLiteral("qqqzz"));
        QVERIFY(palette->shownTexts().isEmpty());
        palette->setSearchText(QString());
        QCOMPARE(palette->shownTexts(), all);
    }

    void ctrlKOpensAndEnterOpensThePage()
    {
        ui::MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.commandPaletteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = window.commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTRY_VERIFY(palette->searchField()->hasFocus());

        QTest::keyClicks(palette->searchField(), QStringLiteral("dashb"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.currentPageId(), ui::kDashboardsPageId);

        // Arrow keys choose another entry; Enter opens it.
        window.showCommandPalette();
        QTRY_VERIFY(palette->isVisible());
        QVERIFY(palette->searchField()->text().isEmpty()); // a fresh search every time
        QTest::keyClicks(palette->searchField(), QStringLiteral("settings"));
        const QStringList shown = palette->shownTexts();
        QVERIFY(shown.size() >= 1);
        QCOMPARE(shown.first(), QStringLiteral("Settings"));
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), std::min<int>(1, int(shown.size()) - 1));
        QTest::keyClick(palette->searchField(), Qt::Key_Up);
        QTest::keyClick(palette->searchField(), Qt::Key_Enter);
        QCOMPARE(window.currentPageId(), ui::SettingsPage::kPageId);

        // Escape closes without running anything.
        window.showCommandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->searchField(), QStringLiteral("dashb"));
        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(window.currentPageId(), ui::SettingsPage::kPageId);
    }

    void findsActionsAndLoadedResources()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const QString id = [&backend]
        {
            const auto client = backend.accessKeyClient();
            return test::createLocalJob(*client, QStringLiteral("palette-target-job"), QStringLiteral("echo hi"));
        }();
        QVERIFY(!id.isEmpty());
        models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
            backend.accessKeyClient().release());

        ui::MainWindow window;
        window.setConnection(&connection);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount() > 0, kWaitMs);

        const std::vector<ui::PaletteEntry> entries = window.paletteEntries();
        const ui::PaletteEntry *create
            = findEntry(entries, QStringLiteral("Create Training Job"), ui::PaletteEntry::Kind::Action);
        QVERIFY(create);
        QCOMPARE(create->detail, QStringLiteral("Training Jobs"));
        QCOMPARE(create->shortcut, QKeySequence(QKeySequence::New));
        QVERIFY(findEntry(entries, QStringLiteral("Refresh"), ui::PaletteEntry::Kind::Action));
        QVERIFY(findEntry(entries, QStringLiteral("palette-target-job"), ui::PaletteEntry::Kind::Resource));

        // Typing part of the name and Enter opens the job's details page.
        window.showCommandPalette();
        CommandPalette *palette = window.commandPalette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("palettetarget"));
        QCOMPARE(palette->shownTexts().value(0), QStringLiteral("palette-target-job"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentPageId(), ui::kTrainingJobDetailsPageId);
        QCOMPARE(window.page<ui::TrainingJobDetailsPage>()->jobId(), id);

        // An action runs on its page: Create Training Job opens the form.
        window.showCommandPalette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("create training"));
        QCOMPARE(palette->shownTexts().value(0), QStringLiteral("Create Training Job"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentPageId(), ui::kCreateTrainingJobPageId);
        window.setConnection(nullptr);
    }

    void findsResourcesOnTheServerByName()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto client = backend.accessKeyClient();
        QVERIFY(!test::createLocalJob(*client, QStringLiteral("palette-near-job"), QStringLiteral("true")).isEmpty());
        models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
            backend.accessKeyClient().release());
        ui::MainWindow window;
        window.setConnection(&connection);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount() > 0, kWaitMs);
        const models::RemoteListModelBase *notebooks = window.page<ui::NotebooksPage>()->listModel();
        QTRY_VERIFY_WITH_TIMEOUT(!notebooks->state().loading, kWaitMs);

        // Created after the lists loaded (hidden pages do not poll): only the server knows the notebook.
        const QString notebookId = test::createNotebook(*client, QStringLiteral("palette-far-notebook"));
        QVERIFY(!notebookId.isEmpty());
        QCOMPARE(notebooks->rowOf(notebookId), -1);

        window.showCommandPalette();
        CommandPalette *palette = window.commandPalette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("palette-"));
        QVERIFY(palette->shownTexts().contains(QStringLiteral("palette-near-job"))); // loaded: at once
        QVERIFY(!palette->shownTexts().contains(QStringLiteral("palette-far-notebook")));
        QTRY_VERIFY_WITH_TIMEOUT(palette->shownTexts().contains(QStringLiteral("palette-far-notebook")), kWaitMs);
        // The server also finds the loaded job: it is still listed once.
        QCOMPARE(palette->shownTexts().count(QStringLiteral("palette-near-job")), 1);
        const int row = int(palette->shownTexts().indexOf(QStringLiteral("palette-far-notebook")));
        QVERIFY(palette->list()->model()->index(row, 0).data(Qt::ToolTipRole).toString().startsWith(u"Notebooks"));

        // Narrowing the search keeps it; Enter opens its details page.
        QTest::keyClicks(palette->searchField(), QStringLiteral("far"));
        QCOMPARE(palette->shownTexts().value(0), QStringLiteral("palette-far-notebook"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentPageId(), ui::kNotebookDetailsPageId);
        QCOMPARE(window.page<ui::NotebookDetailsPage>()->notebookId(), notebookId);
        window.setConnection(nullptr);
    }

    void shortcutsDialogListsTheActions()
    {
        ui::MainWindow window;
        const std::vector<ui::ShortcutRow> rows = window.shortcutRows();
        QVERIFY(hasRow(
            rows, QStringLiteral("Everywhere"), QStringLiteral("Command Palette"), QKeySequence(Qt::CTRL | Qt::Key_K)));
        QVERIFY(hasRow(rows, QStringLiteral("Everywhere"), QStringLiteral("Keyboard Shortcuts"),
            window.shortcutsAction()->shortcut()));
        // Collected from the pages' actions, not written down twice.
        QVERIFY(hasRow(rows, QStringLiteral("Training Jobs"), QStringLiteral("Refresh"), QKeySequence::Refresh));
        QVERIFY(
            hasRow(rows, QStringLiteral("Training Jobs"), QStringLiteral("Create Training Job"), QKeySequence::New));
        QVERIFY(hasRow(rows, QStringLiteral("Training Jobs"), QStringLiteral("Delete"), QKeySequence::Delete));
        QVERIFY(
            hasRow(rows, QStringLiteral("Dedicated Resource Pools"), QStringLiteral("Refresh"), QKeySequence::Refresh));
        // The log viewer's Find (a QShortcut) shows under the page that holds it.
        QVERIFY(hasRow(rows, QStringLiteral("Training Jobs"), QStringLiteral("Find in the log"), QKeySequence::Find));
        // No row twice.
        for (size_t i = 0; i < rows.size(); ++i)
        {
            for (size_t j = i + 1; j < rows.size(); ++j)
                QVERIFY(!(rows[i].group == rows[j].group && rows[i].action == rows[j].action
                    && rows[i].keys == rows[j].keys));
        }

        ui::ShortcutsDialog dialog(rows);
        QTreeWidget *tree = dialog.tree();
        QVERIFY(tree->topLevelItemCount() >= 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Everywhere"));
        int leaves = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            leaves += tree->topLevelItem(i)->childCount();
        QCOMPARE(leaves, int(rows.size()));
    }

    // MA_SCREENSHOT_DIR=/some/folder saves the palette and the shortcuts dialog there.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MA_SCREENSHOT_DIR not set");
        test::LocalBackend backend(test::LocalBackend::Options { 50.0, true, QString() });
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
            backend.accessKeyClient().release());
        ui::MainWindow window;
        window.setConnection(&connection);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount() > 0, kWaitMs);
        window.showPage(ui::kTrainingJobsPageId);

        window.showCommandPalette();
        CommandPalette *palette = window.commandPalette();
        QVERIFY(palette->grab().save(dir + QStringLiteral("/beyond-palette-all.png")));
        QSignalSpy settled(palette, &CommandPalette::searchSettled);
        QTest::keyClicks(palette->searchField(), QStringLiteral("res"));
        QVERIFY(settled.wait(kWaitMs));
        const QLabel *hint = palette->findChild<QLabel *>(QStringLiteral("paletteHint"));
        QTRY_VERIFY_WITH_TIMEOUT(!hint->text().startsWith(u"Searching"), kWaitMs); // the server's answer is in
        QVERIFY(palette->grab().save(dir + QStringLiteral("/beyond-palette-search.png")));
        palette->close();

        ui::ShortcutsDialog dialog(window.shortcutRows(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/beyond-shortcuts.png")));
        window.setConnection(nullptr);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
