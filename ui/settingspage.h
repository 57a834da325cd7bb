#pragma once

// The Settings page of the main window: "General" (auto-refresh interval, language) and
// sections the application adds (Connections, whose widget lives in app/desktop).

#include <QWidget>

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
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    /**
     * @brief Appends a section titled @p title that shows @p content (reparented to the
     * page), below the sections already there.
     */
    void addSection(const QString &title, QWidget *content);

    int autoRefreshSeconds() const;
    /** The chosen language as stored in AppSettings: "", "en" or "zh_CN". */
    QString language() const;

    QSpinBox *autoRefreshSpinBox() const { return m_autoRefresh; }
    QComboBox *languageComboBox() const { return m_language; }
    /** The "Takes effect after restart." note under the language. */
    QLabel *languageNote() const { return m_languageNote; }

signals:
    /** The interval was changed by the user (already saved); 0 = auto-refresh off. */
    void autoRefreshSecondsChanged(int seconds);
    /** The language was changed by the user (already saved); empty = the system's. */
    void languageChanged(const QString &language);

private:
    QWidget *makeSection(const QString &title, QWidget *content);
    void onAutoRefreshChanged(int seconds);
    void onLanguageChanged(int index);

    QVBoxLayout *m_sections;
    QSpinBox *m_autoRefresh;
    QComboBox *m_language;
    QLabel *m_languageNote;
};
} // namespace ma::ui
