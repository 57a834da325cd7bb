#pragma once

// The shell every details page is built on (a training job, a pool, a notebook): a header
// with the way back to the list, the resource's name and status badge, Refresh and the
// area's operations; a banner for errors; the overview groups beside the area's tabs.
//
// The area loads its resource, fills the overview and the tabs and enables its buttons; the
// shell keeps the layout, the stale-answer guard of operations (a generation counter) and
// how errors are shown.

#include "models/watchlist.h"
#include "ui/apicallmenu.h"
#include "ui/consolepage.h"

#include <functional>
#include <QMap>
#include <QPointer>
#include <QStyle>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace ma::api
{
class ApiCall;
}

namespace ma::widgets
{
class OverviewPanel;
class TagsTab;
} // namespace ma::widgets

namespace ma::ui
{
class ErrorBanner;

class ResourceDetailsPage : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDetailsPage)

public:
    ~ResourceDetailsPage() override;

    QTabWidget *tabs() const { return m_tabs; }
    /**
     * @brief The request that reads the resource shown, with its connection (the header's
     * Copy as API Call menu); nullopt when nothing is shown. Areas override it.
     */
    virtual std::optional<ApiCallSource> resourceCall() const { return std::nullopt; }
    /** The header's Copy as API Call button (hidden while resourceCall() has nothing). */
    QToolButton *apiCallButton() const { return m_apiCallButton; }
    widgets::OverviewPanel *overview() const { return m_overview; }
    /**
     * @brief The header's Watch toggle next to the status (desktop notifications of this
     * resource, issue 15): a bell, checked while watched; hidden without a target.
     */
    QToolButton *watchButton() const { return m_watchButton; }
    /** The Tags tab's table; nullptr on a page without the tab. */
    QTableWidget *tagTable() const;
    /** The tags shown on the Tags tab, key → value. */
    QMap<QString, QString> tags() const;

public slots:
    /** Reloads the resource shown (the Refresh button). */
    virtual void refresh() = 0;

signals:
    /** The way back to the list was taken. */
    void backRequested();

protected:
    struct Texts
    {
        QString listTitle; // the back button: "Training Jobs"
        QString backToolTip; // "Back to the list of training jobs"
        QString refreshToolTip; // "Reload the job"
    };

    ResourceDetailsPage(const Texts &texts, QWidget *parent = nullptr);

    /** Adds an operation button to the header, after Refresh, in call order. */
    QPushButton *addHeaderButton(
        const QString &text, const QString &objectName, QStyle::StandardPixmap icon, const QString &toolTip = {});
    /**
     * @brief What the header's Watch button toggles: the item @p id of @p kind on
     * @p connection's watch list, called @p name (empty: not known yet). A null connection or
     * an empty id hides the button. Areas call it whenever the header changes.
     */
    void setWatchTarget(models::Connection *connection, models::WatchKind kind, const QString &id, const QString &name);

    /** Adds a tab; returns its index. */
    int addTab(QWidget *page, const QString &title);
    /** Adds the shared Tags tab (the console's last tab); tagTable() and tags() read it. */
    int addTagsTab(widgets::TagsTab *tab);

    /** The header's name ("Loading…" while the resource has not answered yet). */
    void setDisplayName(const QString &name);
    /** Shows the status badge with @p text, coloured as the theme's badge @p badgeName. */
    void setStatus(const QString &text, const QString &badgeName);
    void clearStatus();
    QLabel *nameLabel() const { return m_name; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    ErrorBanner *banner() const { return m_banner; }

    /** Shows @p error on @p banner (the page's when null) and tells the window; canceled calls are silent. */
    void reportError(const api::ApiError &error, ErrorBanner *banner = nullptr);

    /** Answers that arrive after newGeneration() (another resource was opened) are dropped. */
    quint64 generation() const { return m_generation; }
    void newGeneration() { ++m_generation; }
    /**
     * @brief Waits for an operation's @p call: on success dismisses the banner and runs
     * @p onSuccess; on failure shows the error and calls updateActions().
     */
    void sendAction(api::ApiCall *call, const std::function<void()> &onSuccess);
    /** Enables the header's buttons for the resource's state. */
    virtual void updateActions() { }

    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader(const Texts &texts);
    void updateWatchButton();

    QToolButton *m_back = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_badge = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QToolButton *m_apiCallButton = nullptr;
    QToolButton *m_watchButton = nullptr;
    QPointer<models::WatchList> m_watchList;
    models::WatchKind m_watchKind = models::WatchKind::TrainingJob;
    QString m_watchId;
    QString m_watchName;
    QWidget *m_header = nullptr;
    ErrorBanner *m_banner = nullptr;
    widgets::OverviewPanel *m_overview = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<widgets::TagsTab> m_tagsTab;
    QSplitter *m_splitter = nullptr;
    quint64 m_generation = 0;
};
} // namespace ma::ui
