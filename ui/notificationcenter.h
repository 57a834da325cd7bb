#pragma once

// Desktop notifications of one window's connection (issue 15): the profile's WatchList,
// the TransitionNotifier that follows its items, and the DesktopNotifier that shows what
// it says. A click on a notification asks the window for the item's details page. The
// master switch and the auto-stop lead time come from AppSettings (Settings > Notifications).

#include "models/transitionnotifier.h"

#include <QObject>
#include <QPointer>

namespace ma::models
{
class Connection;
} // namespace ma::models

namespace ma::widgets
{
class DesktopNotifier;
} // namespace ma::widgets

namespace ma::ui
{
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    /** Follows the items watched on @p connection's profile (not owned; must outlive the center or be null). */
    explicit NotificationCenter(models::Connection *connection, QObject *parent = nullptr);
    ~NotificationCenter() override;

    /** The page that shows an item of @p kind (the argument is its id). */
    static QString detailsPageId(models::WatchKind kind);

    models::WatchList *watchList() const { return m_list; }
    models::TransitionNotifier *transitions() const { return m_transitions; }
    widgets::DesktopNotifier *desktopNotifier() const { return m_notifier; }
    /** Replaces the desktop notifier (tests give one on a private bus); takes ownership. */
    void setDesktopNotifier(widgets::DesktopNotifier *notifier);

    /** Notifications shown so far (after de-duplication across windows). */
    int shownCount() const { return m_shown; }

public slots:
    /** Re-reads the master switch and the auto-stop lead time from AppSettings. */
    void applySettings();

signals:
    /** The user clicked a notification: open @p pageId with @p argument (the item's id). */
    void navigationRequested(const QString &pageId, const QVariant &argument);
    /** A notification went to the desktop notifier. */
    void notified(const ma::models::WatchNotification &notification);

private:
    void onNotify(const models::WatchNotification &notification);
    void onActivated(const QString &key);

    QPointer<models::Connection> m_connection;
    QPointer<models::WatchList> m_list;
    models::TransitionNotifier *m_transitions;
    widgets::DesktopNotifier *m_notifier = nullptr;
    int m_shown = 0;
};
} // namespace ma::ui
