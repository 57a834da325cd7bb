#pragma once

// The Settings page of the main window: "General" (auto-refresh interval, language),
// "Notifications" (desktop notifications of watched items) and sections the application adds (Connections, whose widget
// lives in app/desktop).

#include "ui/consolepage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace ma::ui
{
/**
 * @brief Application settings as a page. Every change is written to AppSettings at once;
 * there is no Apply button. The language takes effect at the next start.
 */
class SettingsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    /** The id the page is registered under (ui/pages.cpp). */
    static inline const QString kPageId = QStringLiteral("settings");

    void setConnection(models::Connection *) override { }

    /**
     * @brief Adds a section titled @p title that shows @p content (reparented to the
     * page), below the sections already added, above Notifications.
     */
    void addSection(const QString &title, QWidget *content);

    int autoRefreshSeconds() const;
    /** The chosen language as stored in AppSettings: "", "en" or "zh_CN". */
    QString language() const;

    QSpinBox *autoRefreshSpinBox() const { return m_autoRefresh; }
    QComboBox *languageComboBox() const { return m_language; }
    QComboBox *themeComboBox() const { return m_theme; }
    /** The chosen colour scheme as stored in AppSettings: "", "light" or "dark". */
    QString theme() const;
    /** The "Takes effect after restart." note under the language. */
    QLabel *languageNote() const { return m_languageNote; }
    /** Notifications: the master switch and the auto-stop warning's lead time (minutes). */
    QCheckBox *notificationsCheckBox() const { return m_notifications; }
    QSpinBox *autoStopWarningSpinBox() const { return m_autoStopWarning; }

signals:
    /** The interval was changed by the user (already saved); 0 = auto-refresh off. */
    void autoRefreshSecondsChanged(int seconds);
    /** The language was changed by the user (already saved); empty = the system's. */
    void languageChanged(const QString &language);
    /** The colour scheme was changed by the user (already saved); empty = the system's. */
    void themeChanged(const QString &theme);

private:
    QWidget *makeSection(const QString &title, QWidget *content);
    void onAutoRefreshChanged(int seconds);
    void onLanguageChanged(int index);
    void onThemeChanged(int index);
    QWidget *buildNotificationsSection();

    QVBoxLayout *m_sections;
    QSpinBox *m_autoRefresh;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_languageNote;
    QCheckBox *m_notifications = nullptr;
    QSpinBox *m_autoStopWarning = nullptr;
    QWidget *m_notificationsSection = nullptr;
};
} // namespace ma::ui
