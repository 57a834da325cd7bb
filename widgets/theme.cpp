#include "theme.h"

#include "widgets/statuspalette.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

namespace ma::widgets
{
namespace
{
bool g_dark = false;

struct RoleColors
{
    const char *name; // the "@name" of style.qss
    QRgb light;
    QRgb dark;
    int lightAlpha = 255;
    int darkAlpha = 255;
};

// Indexed by Theme::Role. Status colours stay readable with white text in both schemes.
const std::array<RoleColors, 25> kRoles = { {
    { "accent", 0x1f6feb, 0x4c8dff },
    { "onAccent", 0xffffff, 0xffffff },
    { "accentBackground", 0xeaf2ff, 0x1c2d4a },
    { "errorText", 0xd9363e, 0xff6b6b },
    { "warningText", 0xb26a00, 0xf0a840 },
    { "mutedText", 0x6b6b6b, 0xa0a0a0 },
    { "errorStrongText", 0xa8071a, 0xff8a8a },
    { "errorBackground", 0xfdecea, 0x3d1f1f },
    { "errorBorder", 0xf1aeb5, 0x7a3434 },
    { "errorBannerText", 0x5f2120, 0xf5c6c6 },
    { "infoBackground", 0xe8f3ff, 0x1b2a3d },
    { "infoBorder", 0xb6d4fe, 0x34507a },
    { "errorTint", 0xdc3545, 0xdc3545, 56, 80 },
    { "warningTint", 0xffa000, 0xffa000, 72, 90 },
    { "searchMatch", 0xffe56b, 0x8a7a1f },
    { "searchCurrent", 0xff8c1a, 0xc66a10 },
    { "searchText", 0x000000, 0xffffff },
    { "badgeText", 0xffffff, 0xffffff },
    { "statusNeutral", 0x616161, 0x6e6e6e },
    { "statusProgress", 0x8a6d00, 0x9a7b0a },
    { "statusRunning", 0x1f6fd1, 0x2f7ee0 },
    { "statusSuccess", 0x2e7d32, 0x388e3c },
    { "statusWarning", 0xb25b00, 0xc06a10 },
    { "statusFailure", 0xc62828, 0xd43a3a },
    { "diffTint", 0xffa000, 0xffb300, 48, 56 },
} };

// A categorical palette for chart series (the "category10" colours), the same in both schemes.
constexpr std::array<QRgb, 10> kSeries
    = { 0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf };
} // namespace

QColor Theme::color(Role role)
{
    const RoleColors &r = kRoles.at(static_cast<size_t>(role));
    QColor c(g_dark ? r.dark : r.light);
    c.setAlpha(g_dark ? r.darkAlpha : r.lightAlpha);
    return c;
}

QColor Theme::statusColor(StatusTone tone)
{
    switch (tone)
    {
    case StatusTone::Running:
        return color(Role::StatusRunning);
    case StatusTone::Success:
        return color(Role::StatusSuccess);
    case StatusTone::Progress:
        return color(Role::StatusProgress);
    case StatusTone::Warning:
        return color(Role::StatusWarning);
    case StatusTone::Failure:
        return color(Role::StatusFailure);
    case StatusTone::Neutral:
        break;
    }
    return color(Role::StatusNeutral);
}

QString Theme::badgeName(StatusTone tone)
{
    switch (tone)
    {
    case StatusTone::Running:
        return QStringLiteral("running");
    case StatusTone::Success:
        return QStringLiteral("success");
    case StatusTone::Progress:
        return QStringLiteral("progress");
    case StatusTone::Warning:
        return QStringLiteral("warning");
    case StatusTone::Failure:
        return QStringLiteral("failure");
    case StatusTone::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QColor Theme::seriesColor(int index)
{
    return QColor(kSeries.at(static_cast<size_t>(std::abs(index)) % kSeries.size()));
}

bool Theme::isDark()
{
    return g_dark;
}

void Theme::setDark(bool dark)
{
    g_dark = dark;
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

QPalette Theme::darkPalette()
{
    // Neutral greys in the spirit of the Fusion dark palettes of Qt Creator and KDE Breeze Dark.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabled(0x7a, 0x7d, 0x82);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x43));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QString Theme::styleSheet()
{
    QFile file(QStringLiteral(":/modelarts/style.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString qss = QString::fromUtf8(file.readAll());
    // Longest names first, so "@errorText" is not eaten by a shorter "@error...".
    std::array<size_t, kRoles.size()> order {};
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [](size_t a, size_t b) { return std::strlen(kRoles[a].name) > std::strlen(kRoles[b].name); });
    for (const size_t i : order)
    {
        const QColor c = color(static_cast<Role>(i));
        const QString value = c.alpha() == 255
            ? c.name()
            : QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
        qss.replace(u'@' + QLatin1String(kRoles[i].name), value);
    }
    return qss;
}

void Theme::apply(QApplication &app, const QString &scheme)
{
    // The system's palette as the application started, so a later switch can go back to it.
    static const QPalette systemPalette = app.palette();
    const bool systemDark = isDarkPalette(systemPalette);
    const bool dark = scheme == u"dark" || (scheme != u"light" && systemDark);
    setDark(dark);
    if (dark)
        app.setPalette(darkPalette());
    else
        app.setPalette(systemDark ? app.style()->standardPalette() : systemPalette);
    app.setStyleSheet(styleSheet());
}

void Theme::setStyleProperty(QWidget *widget, const char *name, const QString &value)
{
    if (widget->property(name).toString() == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}
} // namespace ma::widgets
