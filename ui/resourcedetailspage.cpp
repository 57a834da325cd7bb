#include "resourcedetailspage.h"

#include "api/apiclient.h"
#include "ui/appsettings.h"
#include "ui/errorbanner.h"
#include "widgets/overviewpanel.h"
#include "widgets/tagstab.h"
#include "widgets/theme.h"
#include "widgets/watchmarker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
ResourceDetailsPage::ResourceDetailsPage(const Texts &texts, QWidget *parent)
    : ConsolePage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(buildHeader(texts));

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("pageBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);

    m_overview = new widgets::OverviewPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_overview);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 480, 600 }); // the overview gets room for paths and commands
    layout->addWidget(m_splitter, 1);
}

ResourceDetailsPage::~ResourceDetailsPage() = default;

QWidget *ResourceDetailsPage::buildHeader(const Texts &texts)
{
    m_header = new QWidget(this);
    auto *row = new QHBoxLayout(m_header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);

    m_back = new QToolButton(m_header);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(texts.listTitle);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(texts.backToolTip);
    connect(m_back, &QToolButton::clicked, this, &ResourceDetailsPage::backRequested);

    auto *separator = new QLabel(QStringLiteral("/"), m_header);
    separator->setForegroundRole(QPalette::PlaceholderText);

    m_name = new QLabel(m_header);
    m_name->setObjectName(QStringLiteral("resourceName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_badge = new QLabel(m_header);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->hide();

    m_refreshButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), m_header);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(texts.refreshToolTip);
    connect(m_refreshButton, &QPushButton::clicked, this, &ResourceDetailsPage::refresh);

    row->addWidget(m_back);
    row->addWidget(separator);
    row->addWidget(m_name);
    row->addWidget(m_badge);
    // Copy as API Call: the GET of the resource as curl, Python or ma-cli.
    m_apiCallButton = new QToolButton(m_header);
    m_apiCallButton->setObjectName(QStringLiteral("apiCallButton"));
    m_apiCallButton->setText(tr("API Call"));
    m_apiCallButton->setToolTip(tr("Copy the request that reads this resource as curl, Python or ma-cli"));
    m_apiCallButton->setPopupMode(QToolButton::InstantPopup);
    m_apiCallButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_apiCallButton->setMenu(createApiCallMenu(
        m_apiCallButton, [this] { return resourceCall(); },
        [this](const QString &note) { emit statusMessage(note, 5000); }));
    m_apiCallButton->hide();

    // Watch: a desktop notification when the resource finishes, fails or stops (issue 15). A
    // bell beside the status, so the row of operations does not grow.
    m_watchButton = new QToolButton(m_header);
    m_watchButton->setObjectName(QStringLiteral("watchButton"));
    m_watchButton->setIcon(widgets::bellIcon());
    m_watchButton->setCheckable(true);
    m_watchButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_watchButton->hide();
    connect(m_watchButton, &QToolButton::clicked, this,
        [this](bool watch)
        {
            if (!m_watchList || m_watchId.isEmpty())
                return;
            m_watchList->setWatched(m_watchKind, m_watchId, m_watchName, watch);
            updateWatchButton();
            QString note = watch ? tr("Watching “%1”: a desktop notification comes when it finishes, fails or stops.")
                                       .arg(m_watchName.isEmpty() ? m_watchId : m_watchName)
                                 : tr("No longer watching “%1”.").arg(m_watchName.isEmpty() ? m_watchId : m_watchName);
            if (watch && !AppSettings().notificationsEnabled())
                note += u' ' + tr("Notifications are off in Settings.");
            emit statusMessage(note, 8000);
        });
    row->insertWidget(row->indexOf(m_badge) + 1, m_watchButton);

    row->addStretch(1);
    row->addWidget(m_apiCallButton);
    row->addWidget(m_refreshButton);
    return m_header;
}

QPushButton *ResourceDetailsPage::addHeaderButton(
    const QString &text, const QString &objectName, QStyle::StandardPixmap icon, const QString &toolTip)
{
    auto *button = new QPushButton(style()->standardIcon(icon), text, m_header);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_header->layout()->addWidget(button);
    return button;
}

void ResourceDetailsPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    m_apiCallButton->setVisible(resourceCall().has_value());
}

void ResourceDetailsPage::setWatchTarget(
    models::Connection *connection, models::WatchKind kind, const QString &id, const QString &name)
{
    models::WatchList *list = id.isEmpty() ? nullptr : models::WatchList::of(connection);
    if (list != m_watchList)
    {
        if (m_watchList)
            disconnect(m_watchList, nullptr, this, nullptr);
        m_watchList = list;
        if (list)
        {
            connect(list, &models::WatchList::watchChanged, this, &ResourceDetailsPage::updateWatchButton);
            connect(list, &QObject::destroyed, this, &ResourceDetailsPage::updateWatchButton);
        }
    }
    m_watchKind = kind;
    m_watchId = id;
    m_watchName = name;
    if (list && !name.isEmpty())
        list->updateName(kind, id, name);
    updateWatchButton();
}

void ResourceDetailsPage::updateWatchButton()
{
    const bool target = m_watchList && !m_watchId.isEmpty();
    const bool watched = target && m_watchList->isWatched(m_watchKind, m_watchId);
    m_watchButton->setVisible(target);
    m_watchButton->setChecked(watched);
    m_watchButton->setText(watched ? tr("Watching") : tr("Watch")); // the accessible name; the bell shows
    m_watchButton->setToolTip(watched ? tr("A desktop notification comes when it finishes, fails or stops; click to "
                                           "stop watching")
                                      : tr("Get a desktop notification when it finishes, fails or stops"));
}

int ResourceDetailsPage::addTab(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

int ResourceDetailsPage::addTagsTab(widgets::TagsTab *tab)
{
    m_tagsTab = tab;
    return addTab(tab, tr("Tags"));
}

QTableWidget *ResourceDetailsPage::tagTable() const
{
    return m_tagsTab ? m_tagsTab->table() : nullptr;
}

QMap<QString, QString> ResourceDetailsPage::tags() const
{
    return m_tagsTab ? m_tagsTab->tags() : QMap<QString, QString>();
}

void ResourceDetailsPage::setDisplayName(const QString &name)
{
    m_name->setText(name);
}

void ResourceDetailsPage::setStatus(const QString &text, const QString &badgeName)
{
    // The badge's padding comes with its style: set it before the text so the size hint counts it.
    widgets::Theme::setStyleProperty(m_badge, "badge", badgeName);
    m_badge->setText(text);
    m_badge->show();
    m_badge->updateGeometry();
}

void ResourceDetailsPage::clearStatus()
{
    m_badge->hide();
}

void ResourceDetailsPage::reportError(const api::ApiError &error, ErrorBanner *banner)
{
    if (!error.isError() || error.kind == api::ApiError::Kind::Canceled)
        return;
    (banner ? banner : m_banner)->showError(error);
    emit errorOccurred(error);
}

void ResourceDetailsPage::sendAction(api::ApiCall *call, const std::function<void()> &onSuccess)
{
    const quint64 sent = m_generation;
    connect(call, &api::ApiCall::finished, this,
        [this, sent, onSuccess](const api::ApiResult &result)
        {
            if (sent != m_generation)
                return;
            if (!result.ok())
            {
                reportError(result.error);
                updateActions();
                return;
            }
            m_banner->dismiss();
            onSuccess();
        });
}
} // namespace ma::ui
