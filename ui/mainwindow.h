#pragma once

// The application window: console-like navigation on the left (only pages that exist),
// an error banner above the pages, and a status bar with backend, region, project and
// connection state. It knows pages only as ConsolePages listed in PageRegistry.

#include "api/apierror.h"
#include "ui/commandpalette.h"
#include "ui/shortcutsdialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ma::models
{
class Connection;
class ResourceNameSearch;
struct FoundResource;
} // namespace ma::models

namespace ma::ui
{
class ConsolePage;
class ErrorBanner;
class NotificationCenter;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** Builds the navigation and the page stack from PageRegistry. */
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * @brief Shows @p connection (not owned; may be nullptr) in the status bar and every
     * page. Switching connections resets the pages and hides a previous error.
     */
    void setConnection(models::Connection *connection);
    models::Connection *connection() const;

    /** Brings the page registered as @p pageId to front (unknown ids are ignored). */
    void showPage(const QString &pageId);
    QString currentPageId() const;
    /** Opens @p pageId with @p argument (ConsolePage::open), then shows it. */
    void navigate(const QString &pageId, const QVariant &argument = QVariant());

    ConsolePage *page(const QString &pageId) const;
    /** The page of class @p Page, for tests and the screenshot tour. */
    template <typename Page> Page *page() const
    {
        for (ConsolePage *candidate : m_pageById)
        {
            if (auto *match = qobject_cast<Page *>(candidate))
                return match;
        }
        return nullptr;
    }

    QTreeWidget *navigation() const { return m_navigation; }

    /**
     * File > New Window (Ctrl+Shift+N: another window on this window's profile) and File >
     * New Window with Profile, a submenu the app fills with its profiles when it opens
     * (regions side by side: each window has its own connection). The app connects both.
     */
    QAction *newWindowAction() const { return m_newWindowAction; }
    QMenu *newWindowMenu() const { return m_newWindowMenu; }
    /** File > Close Window. */
    QAction *closeWindowAction() const { return m_closeWindowAction; }
    /** The profile header above the navigation: which profile and region this window shows. */
    QWidget *profileHeader() const { return m_profileHeader; }
    QString profileHeaderText() const;

    /** Go > Command Palette (Ctrl+K) and Help > Keyboard Shortcuts. */
    QAction *commandPaletteAction() const { return m_paletteAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    /** The palette (created on first use). */
    CommandPalette *commandPalette();
    /** What the palette offers now: the pages, the enabled actions of the pages, the loaded resources. */
    std::vector<PaletteEntry> paletteEntries() const;
    /** Every shortcut of the window, from its actions and its pages' actions, grouped by page. */
    std::vector<ShortcutRow> shortcutRows() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    /** Desktop notifications of the items watched on the connection's profile; nullptr without a connection. */
    NotificationCenter *notificationCenter() const;

    /** Status bar texts (also read by tests). */
    QString backendText() const;
    QString regionText() const;
    QString projectText() const;
    QString connectionStateText() const;

public slots:
    /** Shows @p error in the banner above the pages. */
    void showError(const ma::api::ApiError &error);
    /** Opens the command palette over the window with fresh entries. */
    void showCommandPalette();
    /** Opens the Keyboard Shortcuts dialog. */
    void showKeyboardShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildNavigation();
    QWidget *buildProfileHeader();
    void updateProfileHeader();
    void buildStatusBar();
    void buildMenus();
    /** The navigation title a page is listed under (a sub-page: its list's). */
    QString navigationTitle(const QString &pageId) const;
    void updateStatusBar();
    void onConnectionStateChanged();
    void onNavigationChanged(QTreeWidgetItem *current);
    void saveGeometrySettings() const;
    /** A NotificationCenter for @p connection (the previous one goes); a click opens the item here. */
    void startNotifications(models::Connection *connection);
    /** The palette's search of the server by name, for @p connection (the previous one goes). */
    void startNameSearch(models::Connection *connection);
    /** Adds what the server found for @p text to the open palette. */
    void addFoundResources(const QString &text, const std::vector<models::FoundResource> &resources);

    QPointer<models::Connection> m_connection;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    ErrorBanner *m_banner;
    QWidget *m_bannerBox = nullptr; // the banner with its margins; hidden with it
    QHash<QString, ConsolePage *> m_pageById;

    QWidget *m_profileHeader = nullptr;
    QLabel *m_profileNameLabel = nullptr;
    QLabel *m_profileDetailLabel = nullptr;
    QAction *m_newWindowAction = nullptr;
    QMenu *m_newWindowMenu = nullptr;
    QAction *m_closeWindowAction = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_stateDot = nullptr;
    QLabel *m_stateLabel = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    CommandPalette *m_palette = nullptr;
    QPointer<NotificationCenter> m_notifications;
    QPointer<models::ResourceNameSearch> m_nameSearch;
};
} // namespace ma::ui
