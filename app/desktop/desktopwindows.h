#pragma once

// Regions side by side: every window of the desktop app shows one profile (a region, an
// account, or the Local backend) through a connection of its own. Profiles, secrets and the
// embedded backend are shared by all windows.

#include "connectionmanager.h"
#include "profile.h"
#include "ui/mainwindow.h"

#include <QObject>
#include <QPointer>
#include <vector>

namespace ma::desktop
{
class LocalBackendHost;
class ProfilesPanel;
class SecretStore;

/** What all windows share. None of it is owned by the windows. */
struct DesktopServices
{
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    LocalBackendHost *localHost = nullptr;
    /** Screenshot runs never remember the profile they used. */
    bool rememberLastUsed = true;
};

/**
 * @brief One window with its own connection: the MainWindow, the ConnectionManager that
 * opens its profile and the Connections panel of its Settings page. Deletes itself once
 * its window is closed (its connection goes with it).
 */
class DesktopWindow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopWindow)

public:
    explicit DesktopWindow(const DesktopServices &services, QObject *parent = nullptr);
    ~DesktopWindow() override;

    ui::MainWindow *window() const { return m_window; }
    ConnectionManager *connections() const { return m_connections; }
    ProfilesPanel *profilesPanel() const { return m_profilesPanel; }

    /** Opens @p profile in this window (its secret comes from the keychain first). */
    void openProfile(const Profile &profile);

signals:
    /** File > New Window (@p profileName empty: this window's profile) or New Window with Profile. */
    void newWindowRequested(const ma::desktop::Profile &profile);

private:
    void fillNewWindowMenu();

    DesktopServices m_services;
    QPointer<ui::MainWindow> m_window;
    ConnectionManager *m_connections;
    ProfilesPanel *m_profilesPanel;
};

/** @brief All open windows; opens new ones next to the window they were asked from. */
class DesktopWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopWindows)

public:
    explicit DesktopWindows(const DesktopServices &services, QObject *parent = nullptr);
    ~DesktopWindows() override;

    /** A new window showing @p profile, cascaded from @p from when given. */
    DesktopWindow *open(const Profile &profile, DesktopWindow *from = nullptr);
    /** The windows still open, oldest first. */
    std::vector<DesktopWindow *> windows() const;

signals:
    void windowOpened(ma::desktop::DesktopWindow *window);

private:
    DesktopServices m_services;
    std::vector<QPointer<DesktopWindow>> m_windows;
};
} // namespace ma::desktop
