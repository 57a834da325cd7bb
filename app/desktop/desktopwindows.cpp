#include "desktopwindows.h"

#include "api/apierror.h"
#include "localbackendhost.h"
#include "profilespanel.h"
#include "secretstore.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace ma::desktop
{
namespace
{
// A new window opens this far right and down of the one it was asked from.
constexpr int kCascadeOffset = 32;
} // namespace

DesktopWindow::DesktopWindow(const DesktopServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(new ui::MainWindow)
    , m_connections(new ConnectionManager(services.localHost, this))
    , m_profilesPanel(new ProfilesPanel(services.profiles, services.secrets))
{
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->page<ui::SettingsPage>()->addSection(tr("Connections"), m_profilesPanel);
    // The window goes first; its connection (and maybe the local backend) follows.
    connect(m_window, &QObject::destroyed, this, &QObject::deleteLater);

    connect(m_connections, &ConnectionManager::connectionReady, m_window,
        [this](models::Connection *connection)
        {
            m_window->setConnection(connection);
            const Profile &profile = m_connections->currentProfile();
            m_profilesPanel->setCurrentProfile(profile.name);
            m_profilesPanel->setConnection(connection);
            // Environment profiles exist only for this run; never remember them.
            if (m_services.rememberLastUsed && profile.kind != Profile::Kind::Environment)
                m_services.profiles->setLastUsed(profile.name);
        });
    connect(m_connections, &ConnectionManager::connectionFailed, m_window,
        [this](const QString &message) { m_window->showError(api::ApiError::auth(message)); });
    connect(m_services.secrets, &SecretStore::fellBackToMemory, m_window,
        [this](const QString &reason) { m_window->statusBar()->showMessage(reason); });
    connect(m_profilesPanel, &ProfilesPanel::connectRequested, this,
        [this](const QString &name)
        {
            if (const std::optional<Profile> profile = m_services.profiles->profile(name))
                openProfile(*profile);
        });

    connect(m_window->newWindowAction(), &QAction::triggered, this,
        [this] { emit newWindowRequested(m_connections->currentProfile()); });
    connect(m_window->newWindowMenu(), &QMenu::aboutToShow, this, &DesktopWindow::fillNewWindowMenu);
    fillNewWindowMenu(); // so the menu is never empty, also for keyboard and tests
}

DesktopWindow::~DesktopWindow()
{
    // The pages let go of the connection before the manager deletes it.
    delete m_window.data();
}

void DesktopWindow::openProfile(const Profile &profile)
{
    if (!profile.needsSecret())
    {
        m_connections->open(profile);
        return;
    }
    m_services.secrets->read(profile.secretKey(), m_connections,
        [this, profile](bool, const Secret &secret, const QString &)
        {
            if (!profile.prometheusNeedsSecret())
            {
                m_connections->open(profile, secret.secret, secret.securityToken);
                return;
            }
            // The Prometheus data source's password, a secret of its own.
            m_services.secrets->read(profile.prometheusSecretKey(), m_connections,
                [this, profile, secret](bool, const Secret &prometheus, const QString &)
                { m_connections->open(profile, secret.secret, secret.securityToken, prometheus.secret); });
        });
}

void DesktopWindow::fillNewWindowMenu()
{
    QMenu *menu = m_window->newWindowMenu();
    menu->clear();
    for (const Profile &profile : m_services.profiles->profiles())
    {
        const QString text = profile.kind == Profile::Kind::Local || profile.region.isEmpty()
            ? profile.name
            : tr("%1 (%2)").arg(profile.name, profile.region);
        QAction *action = menu->addAction(text);
        action->setData(profile.name);
        connect(action, &QAction::triggered, this,
            [this, name = profile.name]
            {
                if (const std::optional<Profile> chosen = m_services.profiles->profile(name))
                    emit newWindowRequested(*chosen);
            });
    }
}

DesktopWindows::DesktopWindows(const DesktopServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

DesktopWindows::~DesktopWindows()
{
    // Windows (and their connections) go before the shared services they use.
    for (const QPointer<DesktopWindow> &window : m_windows)
        delete window.data();
}

DesktopWindow *DesktopWindows::open(const Profile &profile, DesktopWindow *from)
{
    auto *desktopWindow = new DesktopWindow(m_services, this);
    m_windows.emplace_back(desktopWindow);
    connect(desktopWindow, &DesktopWindow::newWindowRequested, this,
        [this, desktopWindow](const Profile &chosen) { open(chosen, desktopWindow); });
    // A profile added, edited or removed in one window is listed in the others at once.
    connect(desktopWindow->profilesPanel(), &ProfilesPanel::profilesChanged, this,
        [this, desktopWindow]
        {
            for (DesktopWindow *other : windows())
            {
                if (other != desktopWindow)
                    other->profilesPanel()->reload();
            }
        });
    ui::MainWindow *window = desktopWindow->window();
    if (from && from->window())
    {
        window->resize(from->window()->size());
        window->move(from->window()->pos() + QPoint(kCascadeOffset, kCascadeOffset));
    }
    window->show();
    // Open once the window is up: the local backend starts on its own thread.
    desktopWindow->openProfile(profile);
    emit windowOpened(desktopWindow);
    return desktopWindow;
}

std::vector<DesktopWindow *> DesktopWindows::windows() const
{
    std::vector<DesktopWindow *> open;
    for (const QPointer<DesktopWindow> &window : m_windows)
    {
        if (window && window->window())
            open.push_back(window);
    }
    return open;
}
} // namespace ma::desktop
