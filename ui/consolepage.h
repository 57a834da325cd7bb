#pragma once

// The base of every page in the window's stack: what the main window needs to know of a
// page, so that an area can add pages without the main window knowing their classes.
//
// A page gets the connection it shows, opens with an optional argument (a job id, a job to
// rebuild, ...), asks for other pages by id instead of holding pointers to them, and learns
// when it is shown or hidden so that it polls the backend only while someone looks at it.

#include "api/apierror.h"

#include <functional>
#include <QPointer>
#include <QVariant>
#include <QWidget>

namespace ma::models
{
class Connection;
} // namespace ma::models

namespace ma::ui
{
class ConsolePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    explicit ConsolePage(QWidget *parent = nullptr);
    ~ConsolePage() override;

    /** Shows the data of @p connection (not owned; may be nullptr). */
    virtual void setConnection(models::Connection *connection) = 0;

    /**
     * @brief Called before the page is brought to front by a navigation request; the
     * argument's meaning belongs to the page (the details page takes an id, for example).
     */
    virtual void open(const QVariant &argument);

    /** Re-reads what the page takes from AppSettings (the Settings page changed them). */
    virtual void applySettings();

    /** Answers a destructive action's question; returns true to go ahead. */
    using ConfirmHandler = std::function<bool(const QString &question)>;
    /** Replaces the question dialog (tests answer it without one). */
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }

    /** True while the page is on screen: pages poll only then. */
    bool isActive() const { return m_active; }

signals:
    /** A request of this page failed (the main window shows it in its banner). */
    void errorOccurred(const ma::api::ApiError &error);
    /** Asks the window to open the page registered as @p pageId with @p argument. */
    void navigationRequested(const QString &pageId, const QVariant &argument = QVariant());
    /** A short note for the status bar. */
    void statusMessage(const QString &text, int timeoutMs);
    /** The page changed AppSettings (only the Settings page does). */
    void settingsChanged();

protected:
    /** Asks @p question (see destructiveQuestion()) with Cancel as the default answer. */
    bool confirm(const QString &question);

    /** The page came on screen (@p active) or left it: start or stop polling. */
    virtual void activeChanged(bool active);

    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setActive(bool active);

    bool m_active = false;
    ConfirmHandler m_confirm;
};
} // namespace ma::ui
