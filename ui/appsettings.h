#pragma once

// Typed application settings over QSettings: the only place that knows key names.
// Organisation and application names are set once in app/; tests enable
// QStandardPaths test mode. Never stores secrets (those go to the OS keychain).

#include <memory>
#include <QByteArray>
#include <QString>

class QSettings;

namespace ma::ui
{
class AppSettings final
{
public:
    /** Interval of the list pages' auto-refresh when nothing is stored. */
    static constexpr int kDefaultAutoRefreshSeconds = 10;
    static constexpr int kMaxAutoRefreshSeconds = 3600;

    AppSettings();
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /** Seconds between auto-refreshes of list pages; 0 = off; clamped to 0..kMaxAutoRefreshSeconds. */
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    /** QWidget::saveGeometry() of the main window; empty when never saved. */
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    /** QMainWindow::saveState() of the main window; empty when never saved. */
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /** Name of the connection profile used last (never its credentials). */
    QString lastProfileName() const;
    void setLastProfileName(const QString &name);

    /** UI language as a locale name ("en", "zh_CN"); empty = follow the system. */
    QString language() const;
    void setLanguage(const QString &language);

    /** Colour scheme: "light", "dark", or empty = follow the system. */
    QString theme() const;
    void setTheme(const QString &theme);

    /** Desktop notifications of watched items (issue 15): on unless switched off; nothing is watched at first. */
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    /** Minutes before a watched notebook's auto stop that the warning comes; clamped to 1..kMaxAutoStopWarningMinutes.
     */
    static constexpr int kDefaultAutoStopWarningMinutes = 10;
    static constexpr int kMaxAutoStopWarningMinutes = 120;
    int autoStopWarningMinutes() const;
    void setAutoStopWarningMinutes(int minutes);

    /** The Notebooks list's "View all" switch (every IAM user's notebooks), off by default. */
    bool notebooksViewAll() const;
    void setNotebooksViewAll(bool all);

    /** Writes pending changes to permanent storage. */
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
} // namespace ma::ui
