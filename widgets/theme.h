#pragma once

// The application's colours in one place: a light and a dark set of colour roles, the
// style sheet (resources/style.qss) filled in from them, and the status colours of badges.
// Code asks for a role, never writes a colour, so the dark theme is a second table here.

#include <QColor>
#include <QString>

class QApplication;
class QPalette;
class QWidget;

namespace ma::widgets
{
enum class StatusTone;

class Theme
{
public:
    enum class Role
    {
        Accent, // primary buttons, checked segments
        OnAccent, // text on Accent
        AccentBackground, // checked segment background
        ErrorText, // messages next to fields
        WarningText,
        MutedText, // secondary labels (confirm dialog keys)
        ErrorStrongText, // the form's submit error
        ErrorBackground, // error banners
        ErrorBorder,
        ErrorBannerText,
        InfoBackground, // the draft-restored banner
        InfoBorder,
        ErrorTint, // translucent row tints of the key-value editor
        WarningTint,
        SearchMatch, // log search highlights
        SearchCurrent,
        SearchText,
        BadgeText, // text on a status badge
        StatusNeutral,
        StatusProgress,
        StatusRunning,
        StatusSuccess,
        StatusWarning,
        StatusFailure,
        DiffTint, // translucent background of the settings that differ (job comparison)
    };

    /** The colour of @p role in the current scheme (light unless setDark(true)). */
    static QColor color(Role role);
    /** Badge background of a status tone. */
    static QColor statusColor(StatusTone tone);
    /** The badge property value QSS matches for @p tone ("running", "failure", ...). */
    static QString badgeName(StatusTone tone);
    /** A categorical colour for chart series @p index (cycles). */
    static QColor seriesColor(int index);

    static bool isDark();
    static void setDark(bool dark);
    /** True when @p palette is a dark one (light text on a dark window). */
    static bool isDarkPalette(const QPalette &palette);
    /** The dark palette used when the system's is dark. */
    static QPalette darkPalette();

    /** resources/style.qss with every "@role" replaced by the scheme's colour. */
    static QString styleSheet();

    /**
     * @brief Applies the scheme to @p app: dark when @p scheme is "dark", or when it is
     * empty/"system" and the system palette is dark; sets the palette and the style sheet.
     */
    static void apply(QApplication &app, const QString &scheme = QString());

    /** Sets a QSS-matched property (tone, badge...) and re-polishes so it shows at once. */
    static void setStyleProperty(QWidget *widget, const char *name, const QString &value);
};
} // namespace ma::widgets
