#include "settingspage.h"

#include "ui/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
// Wide enough for a form and a profile list, narrow enough to read on a large window.
constexpr int kContentMaxWidth = 820;

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

// A field with its hint below, as one form row.
QWidget *withHint(QWidget *field, QLabel *hint, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(hint);
    return box;
}
} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : ConsolePage(parent)
    , m_autoRefresh(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_languageNote(nullptr)
{
    setObjectName(QStringLiteral("settingsPage"));
    const AppSettings settings;

    // General: the auto-refresh interval of list pages and the UI language.
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshSpinBox"));
    m_autoRefresh->setRange(0, AppSettings::kMaxAutoRefreshSeconds);
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setSuffix(tr(" s", "seconds"));
    m_autoRefresh->setSingleStep(5);
    m_autoRefresh->setAccelerated(true);
    // Typing "120" should not save 1, 12 and 120.
    m_autoRefresh->setKeyboardTracking(false);
    m_autoRefresh->setMinimumWidth(120);
    m_autoRefresh->setValue(settings.autoRefreshSeconds());
    connect(m_autoRefresh, &QSpinBox::valueChanged, this, &SettingsPage::onAutoRefreshChanged);

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    // Language names are shown in their own language, so they are not translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh_CN"));
    const QString stored = settings.language();
    int index = m_language->findData(stored);
    if (index < 0)
    {
        // A language stored by a newer version: show it rather than pretend it is the default.
        const QString name = QLocale(stored).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? stored : name, stored);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
    m_language->setMinimumWidth(200);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChanged);

    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->addItem(tr("System default"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme())));
    m_theme->setMinimumWidth(200);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::onThemeChanged);

    auto *general = new QWidget(this);
    general->setObjectName(QStringLiteral("generalSection"));
    auto *form = new QFormLayout(general);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(16);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *refreshHint
        = makeHint(tr("How often Training Jobs and the other lists reload while they are shown."), general);
    form->addRow(tr("Auto-refresh interval:"), withHint(m_autoRefresh, refreshHint, general));
    m_languageNote = makeHint(tr("Takes effect after restart."), general);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(tr("Language:"), withHint(m_language, m_languageNote, general));
    form->addRow(tr("Theme:"), m_theme);
    // Labels sit on the first line of their field, not centred on field plus hint.
    for (int row = 0; row < form->rowCount(); ++row)
        if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            label->widget()->setMinimumHeight(m_language->sizeHint().height());

    // The page: a title, then sections in a column of bounded width that scrolls.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    content->setMaximumWidth(kContentMaxWidth);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 32);
    column->setSpacing(28);

    auto *title = new QLabel(tr("Settings"), content);
    title->setObjectName(QStringLiteral("settingsTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);

    m_sections = new QVBoxLayout;
    m_sections->setSpacing(32);
    column->addLayout(m_sections);
    column->addStretch(1);
    m_sections->addWidget(makeSection(tr("General"), general));
    // Sections the application adds (Connections) go between General and Notifications.
    m_notificationsSection = makeSection(tr("Notifications"), buildNotificationsSection());
    m_sections->addWidget(m_notificationsSection);

    auto *holder = new QWidget;
    auto *holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(content, 1);
    holderLayout->addStretch(0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::makeSection(const QString &title, QWidget *content)
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *heading = new QLabel(title, section);
    heading->setTextFormat(Qt::PlainText);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    auto *rule = new QFrame(section);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addSpacing(8);

    content->setParent(section);
    layout->addWidget(content);
    return section;
}

void SettingsPage::addSection(const QString &title, QWidget *content)
{
    m_sections->insertWidget(m_sections->indexOf(m_notificationsSection), makeSection(title, content));
}

int SettingsPage::autoRefreshSeconds() const
{
    return m_autoRefresh->value();
}

QString SettingsPage::language() const
{
    return m_language->currentData().toString();
}

QWidget *SettingsPage::buildNotificationsSection()
{
    const AppSettings settings;
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("notificationsSection"));

    m_notifications = new QCheckBox(tr("Show desktop notifications for watched items"), section);
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    m_notifications->setChecked(settings.notificationsEnabled());
    connect(m_notifications, &QCheckBox::toggled, this,
        [this](bool enabled)
        {
            AppSettings settings;
            settings.setNotificationsEnabled(enabled);
            settings.sync();
            m_autoStopWarning->setEnabled(enabled);
            emit settingsChanged();
        });

    m_autoStopWarning = new QSpinBox(section);
    m_autoStopWarning->setObjectName(QStringLiteral("autoStopWarningSpinBox"));
    m_autoStopWarning->setRange(1, AppSettings::kMaxAutoStopWarningMinutes);
    m_autoStopWarning->setSuffix(tr(" min", "minutes"));
    m_autoStopWarning->setKeyboardTracking(false);
    m_autoStopWarning->setMinimumWidth(120);
    m_autoStopWarning->setValue(settings.autoStopWarningMinutes());
    m_autoStopWarning->setEnabled(m_notifications->isChecked());
    connect(m_autoStopWarning, &QSpinBox::valueChanged, this,
        [this](int minutes)
        {
            AppSettings settings;
            settings.setAutoStopWarningMinutes(minutes);
            settings.sync();
            emit settingsChanged();
        });

    auto *form = new QFormLayout(section);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(16);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *switchHint = makeHint(tr("A watched training job, resource pool or notebook is announced when it "
                                   "completes, fails or stops. Watch items with Watch (the bell) on their list or "
                                   "details page; nothing is watched until you choose it."),
        section);
    form->addRow(tr("Desktop notifications:"), withHint(m_notifications, switchHint, section));
    auto *leadHint = makeHint(tr("How long before a watched notebook stops on its own the warning comes."), section);
    form->addRow(tr("Auto-stop warning:"), withHint(m_autoStopWarning, leadHint, section));
    for (int row = 0; row < form->rowCount(); ++row)
        if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            label->widget()->setMinimumHeight(m_autoStopWarning->sizeHint().height());
    return section;
}

void SettingsPage::onAutoRefreshChanged(int seconds)
{
    AppSettings settings;
    settings.setAutoRefreshSeconds(seconds);
    settings.sync();
    emit settingsChanged();
    emit autoRefreshSecondsChanged(seconds);
}

QString SettingsPage::theme() const
{
    return m_theme->currentData().toString();
}

void SettingsPage::onThemeChanged(int index)
{
    const QString theme = m_theme->itemData(index).toString();
    AppSettings settings;
    settings.setTheme(theme);
    settings.sync();
    emit themeChanged(theme);
}

void SettingsPage::onLanguageChanged(int index)
{
    const QString language = m_language->itemData(index).toString();
    AppSettings settings;
    settings.setLanguage(language);
    settings.sync();
    emit languageChanged(language);
}
} // namespace ma::ui
