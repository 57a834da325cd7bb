#include "mainwindow.h"

#include "models/connection.h"
#include "models/remotelistmodel.h"
#include "models/resourcenamesearch.h"
#include "ui/appsettings.h"
#include "ui/consolepage.h"
#include "ui/errorbanner.h"
#include "ui/notificationcenter.h"
#include "ui/pageregistry.h"
#include "ui/resourcelistpage.h"
#include "widgets/statuspalette.h"
#include "widgets/theme.h"

#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
constexpr int kPageRole = Qt::UserRole;
constexpr int kNavigationWidth = 200;
const QSize kDefaultSize(1280, 800);
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
{
    setWindowTitle(tr("ModelArts Desktop"));
    setObjectName(QStringLiteral("mainWindow"));

    buildPages();

    buildNavigation();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_bannerBox = new QWidget(right);
    auto *bannerLayout = new QVBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(12, 10, 12, 0);
    bannerLayout->addWidget(m_banner);
    // The margin box follows the banner's visibility so no empty gap stays above the page.
    m_bannerBox->setVisible(false);
    connect(m_banner, &ErrorBanner::dismissed, m_bannerBox, &QWidget::hide);
    rightLayout->addWidget(m_bannerBox);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("navigationColumn"));
    left->setFixedWidth(kNavigationWidth);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(buildProfileHeader());
    leftLayout->addWidget(m_navigation, 1);
    layout->addWidget(left);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    buildStatusBar();
    updateStatusBar();
    buildMenus();

    resize(kDefaultSize);
    const AppSettings settings;
    const QByteArray geometry = settings.mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.mainWindowState();
    if (!state.isEmpty())
        restoreState(state);

    for (const PageEntry &entry : PageRegistry::entries())
    {
        if (entry.title)
        {
            showPage(entry.id);
            break;
        }
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (const PageEntry &entry : PageRegistry::entries())
    {
        ConsolePage *page = entry.create(m_pages);
        page->setObjectName(entry.id);
        m_pageById.insert(entry.id, page);
        m_pages->addWidget(page);
        connect(page, &ConsolePage::errorOccurred, this, &MainWindow::showError);
        connect(page, &ConsolePage::navigationRequested, this, &MainWindow::navigate);
        connect(page, &ConsolePage::statusMessage, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
        connect(page, &ConsolePage::settingsChanged, this,
            [this]
            {
                for (ConsolePage *each : std::as_const(m_pageById))
                    each->applySettings();
            });
    }
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(14);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);
    // Border and item padding: resources/style.qss. Polished before the rows exist, so
    // the uniform row height is measured with the padding.
    m_navigation->ensurePolished();

    // Only pages that exist are listed, in registry order, under their console groups.
    QFont groupFont = m_navigation->font();
    groupFont.setBold(true);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const PageEntry &entry : PageRegistry::entries())
    {
        if (!entry.title)
            continue;
        QTreeWidgetItem *parent = nullptr;
        if (entry.group)
        {
            const QString group = QString::fromLatin1(entry.group);
            parent = groups.value(group);
            if (!parent)
            {
                parent = new QTreeWidgetItem(m_navigation, { qApp->translate("Navigation", entry.group) });
                parent->setFlags(Qt::ItemIsEnabled);
                parent->setFont(0, groupFont);
                parent->setForeground(0, m_navigation->palette().brush(QPalette::PlaceholderText));
                groups.insert(group, parent);
            }
        }
        const QString title = qApp->translate("Navigation", entry.title);
        auto *item = parent ? new QTreeWidgetItem(parent, { title }) : new QTreeWidgetItem(m_navigation, { title });
        item->setData(0, kPageRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }

    m_navigation->expandAll();
    m_navigation->setItemsExpandable(false);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onNavigationChanged);
}

QWidget *MainWindow::buildProfileHeader()
{
    // Several windows may be open on different profiles and regions side by side; the
    // header says on every page which one this is, with a colour stripe per profile.
    m_profileHeader = new QWidget(this);
    m_profileHeader->setObjectName(QStringLiteral("profileHeader"));
    m_profileHeader->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(m_profileHeader);
    layout->setContentsMargins(12, 10, 10, 10);
    layout->setSpacing(2);
    m_profileNameLabel = new QLabel(m_profileHeader);
    m_profileNameLabel->setObjectName(QStringLiteral("profileNameLabel"));
    m_profileNameLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_profileNameLabel->font();
    bold.setBold(true);
    m_profileNameLabel->setFont(bold);
    m_profileDetailLabel = new QLabel(m_profileHeader);
    m_profileDetailLabel->setObjectName(QStringLiteral("profileDetailLabel"));
    m_profileDetailLabel->setTextFormat(Qt::PlainText);
    widgets::Theme::setStyleProperty(m_profileDetailLabel, "tone", QStringLiteral("muted"));
    layout->addWidget(m_profileNameLabel);
    layout->addWidget(m_profileDetailLabel);
    return m_profileHeader;
}

void MainWindow::updateProfileHeader()
{
    const QString name = m_connection ? m_connection->profileName() : tr("No profile");
    const QString region = m_connection ? m_connection->region() : QString();
    const QFontMetrics metrics(m_profileNameLabel->font());
    const int width = kNavigationWidth - 24;
    m_profileNameLabel->setText(metrics.elidedText(name, Qt::ElideRight, width));
    m_profileNameLabel->setToolTip(name);
    m_profileDetailLabel->setText(region.isEmpty() ? tr("Not connected") : tr("Region: %1").arg(region));
    // The stripe colour follows the profile name, so the same profile looks the same in every window.
    const int index = m_connection ? static_cast<int>(qHash(name) % 6U) : 0;
    const QColor stripe = m_connection ? widgets::Theme::seriesColor(index) : palette().color(QPalette::Mid);
    m_profileHeader->setStyleSheet(
        QStringLiteral("QWidget#profileHeader { border-left: 4px solid %1; border-right: 1px solid palette(mid); "
                       "border-bottom: 1px solid palette(mid); background: palette(base); }")
            .arg(stripe.name()));
    setWindowTitle(m_connection ? tr("%1 (%2) — ModelArts Desktop").arg(name, region) : tr("ModelArts Desktop"));
}

QString MainWindow::profileHeaderText() const
{
    return m_profileNameLabel->toolTip() + u'\n' + m_profileDetailLabel->text();
}

void MainWindow::buildStatusBar()
{
    auto makeLabel = [this](const char *name)
    {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(6, 0, 6, 0);
        return label;
    };
    m_backendLabel = makeLabel("backendLabel");
    m_regionLabel = makeLabel("regionLabel");
    m_projectLabel = makeLabel("projectLabel");
    m_stateLabel = makeLabel("connectionStateLabel");
    m_stateDot = new QLabel(this);
    m_stateDot->setObjectName(QStringLiteral("connectionStateDot"));
    m_stateDot->setFixedSize(10, 10);

    statusBar()->addWidget(m_backendLabel);
    statusBar()->addWidget(m_regionLabel);
    statusBar()->addWidget(m_projectLabel);
    statusBar()->addPermanentWidget(m_stateDot);
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::setConnection(models::Connection *connection)
{
    if (connection && connection == m_connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_banner->dismiss();
    if (connection)
    {
        connect(connection, &models::Connection::stateChanged, this, &MainWindow::onConnectionStateChanged);
        connect(connection, &models::Connection::workspaceChanged, this, &MainWindow::updateStatusBar);
        connect(connection, &QObject::destroyed, this, [this] { setConnection(nullptr); });
    }
    for (ConsolePage *page : std::as_const(m_pageById))
        page->setConnection(connection);
    startNotifications(connection);
    startNameSearch(connection);
    // Sub-pages show data of the previous backend: back to the page they belong to.
    if (const PageEntry *entry = PageRegistry::find(currentPageId()); entry && !entry->parentId.isEmpty())
        showPage(entry->parentId);
    updateStatusBar();
}

models::Connection *MainWindow::connection() const
{
    return m_connection;
}

void MainWindow::showPage(const QString &pageId)
{
    const PageEntry *entry = PageRegistry::find(pageId);
    ConsolePage *page = m_pageById.value(pageId);
    if (!entry || !page)
        return;
    // A sub-page (a form, a details page) keeps its list selected in the navigation.
    const QString navigationId = entry->parentId.isEmpty() ? pageId : entry->parentId;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it)
    {
        if ((*it)->data(0, kPageRole).toString() == navigationId)
        {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentItem(*it);
            break;
        }
    }
    m_pages->setCurrentWidget(page);
}

QString MainWindow::currentPageId() const
{
    return m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString();
}

void MainWindow::navigate(const QString &pageId, const QVariant &argument)
{
    ConsolePage *target = m_pageById.value(pageId);
    if (!target)
        return;
    target->open(argument);
    showPage(pageId);
}

ConsolePage *MainWindow::page(const QString &pageId) const
{
    return m_pageById.value(pageId);
}

void MainWindow::onNavigationChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString pageId = current->data(0, kPageRole).toString();
    if (!pageId.isEmpty())
        showPage(pageId);
}

void MainWindow::showError(const api::ApiError &error)
{
    if (!error.isError() || error.kind == api::ApiError::Kind::Canceled)
        return;
    m_banner->showError(error);
    m_bannerBox->show();
}

void MainWindow::onConnectionStateChanged()
{
    if (m_connection && m_connection->state() == models::Connection::State::Failed)
        showError(m_connection->lastError());
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    updateProfileHeader();
    m_backendLabel->setText(backendText());
    m_regionLabel->setText(regionText());
    m_projectLabel->setText(projectText());
    m_stateLabel->setText(connectionStateText());

    widgets::StatusTone tone = widgets::StatusTone::Neutral;
    QString tip;
    if (m_connection)
    {
        switch (m_connection->state())
        {
        case models::Connection::State::Connecting:
            tone = widgets::StatusTone::Progress;
            break;
        case models::Connection::State::Connected:
            tone = widgets::StatusTone::Success;
            break;
        case models::Connection::State::Failed:
            tone = widgets::StatusTone::Failure;
            tip = m_connection->lastError().displayText();
            break;
        }
    }
    widgets::Theme::setStyleProperty(m_stateDot, "badge", widgets::Theme::badgeName(tone));
    m_stateDot->setToolTip(tip);
    m_stateLabel->setToolTip(tip);
}

QString MainWindow::backendText() const
{
    return m_connection ? tr("Backend: %1").arg(m_connection->backendText()) : tr("No backend");
}

QString MainWindow::regionText() const
{
    return m_connection ? tr("Region: %1").arg(m_connection->region()) : QString();
}

QString MainWindow::projectText() const
{
    if (!m_connection)
        return QString();
    const QString id = m_connection->projectId();
    return tr("Project: %1").arg(id.isEmpty() ? tr("resolving…") : id);
}

QString MainWindow::connectionStateText() const
{
    if (!m_connection)
        return tr("Not connected");
    switch (m_connection->state())
    {
    case models::Connection::State::Connecting:
        return tr("Connecting");
    case models::Connection::State::Connected:
        return tr("Connected");
    case models::Connection::State::Failed:
        return tr("Failed", "connection state");
    }
    return QString();
}

void MainWindow::saveGeometrySettings() const
{
    AppSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySettings();
    QMainWindow::closeEvent(event);
}
void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newWindowAction = file->addAction(tr("New Window"));
    m_newWindowAction->setObjectName(QStringLiteral("newWindowAction"));
    m_newWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newWindowMenu = file->addMenu(tr("New Window with Profile"));
    m_newWindowMenu->setObjectName(QStringLiteral("newWindowMenu"));
    file->addSeparator();
    m_closeWindowAction = file->addAction(tr("Close Window"));
    m_closeWindowAction->setObjectName(QStringLiteral("closeWindowAction"));
    m_closeWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_closeWindowAction, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_paletteAction = go->addAction(tr("Command Palette…"));
    m_paletteAction->setObjectName(QStringLiteral("commandPaletteAction"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::showCommandPalette);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction = help->addAction(tr("Keyboard Shortcuts"));
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
}

QString MainWindow::navigationTitle(const QString &pageId) const
{
    const PageEntry *entry = PageRegistry::find(pageId);
    if (entry && !entry->title && !entry->parentId.isEmpty())
        entry = PageRegistry::find(entry->parentId);
    return entry && entry->title ? qApp->translate("Navigation", entry->title) : QString();
}

namespace
{
/** "&Create Training Job…" → "Create Training Job". */
QString plainActionText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    while (text.endsWith(u'…') || text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

/** Names a resource in the palette, so one the server finds does not repeat a loaded row. */
QString paletteKey(models::WatchKind kind, const QString &id)
{
    return models::watchKindKey(kind) + u':' + id;
}
} // namespace

CommandPalette *MainWindow::commandPalette()
{
    if (!m_palette)
    {
        m_palette = new CommandPalette(this);
        // Resources the lists have not loaded: asked of the server once typing pauses.
        connect(m_palette, &CommandPalette::searchSettled, this,
            [this](const QString &text)
            {
                if (!m_nameSearch)
                    return;
                if (text.size() < 2)
                {
                    m_nameSearch->cancel();
                    m_palette->setSearching(false);
                    return;
                }
                m_nameSearch->search(text);
                m_palette->setSearching(m_nameSearch->isSearching());
            });
        connect(m_palette, &QDialog::finished, this,
            [this]
            {
                if (m_nameSearch)
                    m_nameSearch->cancel();
            });
    }
    return m_palette;
}

void MainWindow::startNameSearch(models::Connection *connection)
{
    delete m_nameSearch;
    if (!connection)
        return;
    m_nameSearch = new models::ResourceNameSearch(connection, this);
    connect(m_nameSearch, &models::ResourceNameSearch::found, this, &MainWindow::addFoundResources);
    connect(m_nameSearch, &models::ResourceNameSearch::failed, this,
        [this](const QString &, models::WatchKind, const api::ApiError &error)
        {
            if (m_palette)
                m_palette->setNote(tr("The server could not be searched: %1").arg(error.displayText()));
        });
    connect(m_nameSearch, &models::ResourceNameSearch::finished, this,
        [this]
        {
            if (m_palette)
                m_palette->setSearching(false);
        });
}

void MainWindow::addFoundResources(const QString &text, const std::vector<models::FoundResource> &resources)
{
    if (!m_palette || !m_palette->isVisible())
        return;
    // Each kind under its list's title, as the loaded rows are.
    auto listTitle = [this](models::WatchKind kind)
    {
        for (const PageEntry &entry : PageRegistry::entries())
        {
            const auto *list = qobject_cast<ResourceListPage *>(m_pageById.value(entry.id));
            if (list && list->watchKind() == kind)
                return navigationTitle(entry.id);
        }
        return QString();
    };
    std::vector<PaletteEntry> entries;
    for (const models::FoundResource &found : resources)
    {
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Resource;
        entry.text = found.name.isEmpty() ? found.id : found.name;
        const QString where = listTitle(found.kind);
        entry.detail = found.statusText.isEmpty() ? where : where + QStringLiteral(" · ") + found.statusText;
        entry.key = paletteKey(found.kind, found.id);
        entry.run = [this, page = NotificationCenter::detailsPageId(found.kind), id = found.id]
        {
            navigate(page, id);
        };
        entries.push_back(std::move(entry));
    }
    m_palette->addEntries(text, std::move(entries));
}

std::vector<PaletteEntry> MainWindow::paletteEntries() const
{
    std::vector<PaletteEntry> entries;
    auto *self = const_cast<MainWindow *>(this);

    // Pages, in navigation order.
    for (const PageEntry &entry : PageRegistry::entries())
    {
        if (!entry.title)
            continue;
        PaletteEntry page;
        page.kind = PaletteEntry::Kind::Page;
        page.text = qApp->translate("Navigation", entry.title);
        page.detail = entry.group ? qApp->translate("Navigation", entry.group) : tr("Page");
        page.run = [self, id = entry.id]
        {
            self->showPage(id);
        };
        entries.push_back(std::move(page));
    }

    // What the pages offer now (Create, Refresh, Export, the row actions of a selection).
    for (const PageEntry &entry : PageRegistry::entries())
    {
        ConsolePage *page = m_pageById.value(entry.id);
        if (!page)
            continue;
        const QString where = navigationTitle(entry.id);
        for (QAction *action : page->actions())
        {
            if (action->isSeparator() || action->text().isEmpty() || !action->isEnabled())
                continue;
            PaletteEntry command;
            command.kind = PaletteEntry::Kind::Action;
            command.text = plainActionText(action);
            command.detail = where;
            command.shortcut = action->shortcut();
            command.run = [self, id = entry.id, action = QPointer<QAction>(action)]
            {
                self->showPage(id);
                if (action && action->isEnabled())
                    action->trigger();
            };
            entries.push_back(std::move(command));
        }
    }
    PaletteEntry shortcuts;
    shortcuts.kind = PaletteEntry::Kind::Action;
    shortcuts.text = plainActionText(m_shortcutsAction);
    shortcuts.detail = tr("Help");
    shortcuts.shortcut = m_shortcutsAction->shortcut();
    shortcuts.run = [self]
    {
        self->showKeyboardShortcuts();
    };
    entries.push_back(std::move(shortcuts));

    // The resources the lists have loaded, by name (the first column).
    for (const PageEntry &entry : PageRegistry::entries())
    {
        auto *list = qobject_cast<ResourceListPage *>(m_pageById.value(entry.id));
        if (!list || !list->listModel())
            continue;
        const models::RemoteListModelBase *model = list->listModel();
        const QString where = navigationTitle(entry.id);
        for (int row = 0; row < model->rowCount(); ++row)
        {
            const QStringList ids = model->idsForRows({ row });
            if (ids.isEmpty())
                continue;
            PaletteEntry resource;
            resource.kind = PaletteEntry::Kind::Resource;
            resource.text = model->index(row, 0).data().toString();
            resource.detail = where;
            if (list->watchKind())
                resource.key = paletteKey(*list->watchKind(), ids.front());
            resource.run = [self, id = entry.id, resourceId = ids.front()]
            {
                auto *page = qobject_cast<ResourceListPage *>(self->page(id));
                if (!page || !page->listModel())
                    return;
                self->showPage(id);
                page->activateSourceRow(page->listModel()->rowOf(resourceId));
            };
            entries.push_back(std::move(resource));
        }
    }
    return entries;
}

void MainWindow::showCommandPalette()
{
    CommandPalette *palette = commandPalette();
    palette->setEntries(paletteEntries());
    // Centred near the top of the window, as editors place theirs.
    const int width = std::clamp(this->width() / 2, palette->minimumWidth(), 760);
    palette->resize(width, palette->sizeHint().height());
    palette->move(mapToGlobal(QPoint((this->width() - width) / 2, 60)));
    palette->show();
    palette->raise();
    palette->activateWindow();
    palette->searchField()->setFocus();
}

std::vector<ShortcutRow> MainWindow::shortcutRows() const
{
    std::vector<ShortcutRow> rows;
    auto add = [&rows](const QString &group, const QString &action, const QKeySequence &keys)
    {
        const QString text = keys.toString(QKeySequence::NativeText);
        if (text.isEmpty())
            return;
        for (const ShortcutRow &row : rows)
        {
            if (row.group == group && row.action == action && row.keys == text)
                return;
        }
        rows.push_back({ group, action, text });
    };
    const QString everywhere = tr("Everywhere");
    for (QAction *action : { m_newWindowAction, m_closeWindowAction, m_paletteAction, m_shortcutsAction })
        add(everywhere, plainActionText(action), action->shortcut());

    // Each page's actions, under the navigation entry they belong to (sub-pages under their list).
    for (const PageEntry &entry : PageRegistry::entries())
    {
        ConsolePage *page = m_pageById.value(entry.id);
        if (!page)
            continue;
        const QString group = navigationTitle(entry.id);
        for (QAction *action : page->findChildren<QAction *>())
        {
            if (!action->isSeparator() && !action->text().isEmpty())
                add(group.isEmpty() ? everywhere : group, plainActionText(action), action->shortcut());
        }
        // Shortcuts without an action (the log viewer's Find) carry their name as What's This.
        for (QShortcut *shortcut : page->findChildren<QShortcut *>())
        {
            if (!shortcut->whatsThis().isEmpty())
                add(group.isEmpty() ? everywhere : group, shortcut->whatsThis(), shortcut->key());
        }
    }

    // What Qt's own widgets do, the same on every list and form.
    const QString lists = tr("Lists and forms");
    add(lists, tr("Open the selected row"), QKeySequence(Qt::Key_Enter));
    add(lists, tr("Row menu (Copy as API Call, row actions)"), QKeySequence(Qt::SHIFT | Qt::Key_F10));
    add(lists, tr("Select every row"), QKeySequence::SelectAll);
    add(lists, tr("Next field"), QKeySequence(Qt::Key_Tab));
    add(lists, tr("Previous field"), QKeySequence(Qt::SHIFT | Qt::Key_Tab));
    return rows;
}

void MainWindow::showKeyboardShortcuts()
{
    ShortcutsDialog dialog(shortcutRows(), this);
    dialog.exec();
}

NotificationCenter *MainWindow::notificationCenter() const
{
    return m_notifications;
}

void MainWindow::startNotifications(models::Connection *connection)
{
    // Issue 15: the watched items of this connection's profile, followed while the window is open.
    delete m_notifications;
    if (!connection)
        return;
    m_notifications = new NotificationCenter(connection, this);
    for (ConsolePage *page : std::as_const(m_pageById))
        connect(page, &ConsolePage::settingsChanged, m_notifications, &NotificationCenter::applySettings);
    connect(m_notifications, &NotificationCenter::navigationRequested, this,
        [this](const QString &pageId, const QVariant &argument)
        {
            navigate(pageId, argument);
            setWindowState(windowState() & ~Qt::WindowMinimized); // a maximised window stays so
            show();
            raise();
            activateWindow();
        });
}
} // namespace ma::ui
