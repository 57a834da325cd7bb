#include "appsettings.h"

#include <algorithm>
#include <QSettings>

namespace ma::ui
{
namespace
{
// "Group/Key" names, all in one place.
const QString kAutoRefreshSeconds = QStringLiteral("Lists/AutoRefreshSeconds");
const QString kMainWindowGeometry = QStringLiteral("MainWindow/Geometry");
const QString kMainWindowState = QStringLiteral("MainWindow/State");
const QString kLastProfileName = QStringLiteral("Connections/LastProfile");
const QString kLanguage = QStringLiteral("General/Language");
const QString kTheme = QStringLiteral("General/Theme");
const QString kNotificationsEnabled = QStringLiteral("Notifications/Enabled");
const QString kAutoStopWarningMinutes = QStringLiteral("Notifications/AutoStopWarningMinutes");
const QString kNotebooksViewAll = QStringLiteral("Notebooks/ViewAll");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::~AppSettings() = default;

int AppSettings::autoRefreshSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kAutoRefreshSeconds, kDefaultAutoRefreshSeconds).toInt(&ok);
    return ok ? std::clamp(seconds, 0, kMaxAutoRefreshSeconds) : kDefaultAutoRefreshSeconds;
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    m_settings->setValue(kAutoRefreshSeconds, std::clamp(seconds, 0, kMaxAutoRefreshSeconds));
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kMainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kMainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(kMainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(kMainWindowState, state);
}

QString AppSettings::lastProfileName() const
{
    return m_settings->value(kLastProfileName).toString();
}

void AppSettings::setLastProfileName(const QString &name)
{
    m_settings->setValue(kLastProfileName, name);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::theme() const
{
    return m_settings->value(kTheme).toString();
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(kTheme, theme);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(kNotificationsEnabled, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(kNotificationsEnabled, enabled);
}

int AppSettings::autoStopWarningMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kAutoStopWarningMinutes, kDefaultAutoStopWarningMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 1, kMaxAutoStopWarningMinutes) : kDefaultAutoStopWarningMinutes;
}

void AppSettings::setAutoStopWarningMinutes(int minutes)
{
    m_settings->setValue(kAutoStopWarningMinutes, std::clamp(minutes, 1, kMaxAutoStopWarningMinutes));
}

bool AppSettings::notebooksViewAll() const
{
    return m_settings->value(kNotebooksViewAll, false).toBool();
}

void AppSettings::setNotebooksViewAll(bool all)
{
    m_settings->setValue(kNotebooksViewAll, all);
}

void AppSettings::sync()
{
    m_settings->sync();
}
} // namespace ma::ui
