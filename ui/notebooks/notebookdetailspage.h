#pragma once

// The details page of a notebook: the header with its name, status badge and operations
// (Open, Start, Stop, Renew, Connect with VS Code / SSH, More, Delete), the configuration
// and the live auto-stop countdown on the left, and the Storage (EVS size and expansion,
// OBS mounts under /data/ with mount and unmount), Events (auto-refresh 30 s / 1 min / 5 min)
// and Tags tabs.
//
// The notebook is read by a NotebookWatcher while the page is on screen; operations go
// through an ActionRunner with the console's per-status conditions (NotebookOperations).

#include "api/types/notebook.h"
#include "models/actionrunner.h"
#include "models/notebookwatcher.h"
#include "ui/resourcedetailspage.h"

#include <optional>
#include <QMap>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace ma::models
{
class Connection;
class NotebookEventModel;
} // namespace ma::models

namespace ma::widgets
{
class TagsTab;
}

namespace ma::ui
{
class NotebookOperations;

class NotebookDetailsPage final : public ResourceDetailsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookDetailsPage)

public:
    enum Tab
    {
        StorageTab,
        EventsTab,
        TagsTab,
    };

    static constexpr int kPollMs = 5000;

    explicit NotebookDetailsPage(QWidget *parent = nullptr);
    ~NotebookDetailsPage() override;

    void setConnection(models::Connection *connection) override;
    /** The argument is the notebook's id. */
    void open(const QVariant &argument) override;

    void showNotebook(const QString &id);
    QString notebookId() const { return m_id; }
    /** The notebook's GET (N-2) for Copy as API Call. */
    std::optional<ApiCallSource> resourceCall() const override;
    std::optional<api::Notebook> notebook() const;
    void setPollInterval(int ms);

    models::NotebookWatcher *watcher() const { return m_watcher; }
    models::ActionRunner *actionRunner() const { return m_runner; }
    NotebookOperations *operations() const { return m_ops; }
    models::NotebookEventModel *eventModel() const { return m_events; }
    QComboBox *eventRefreshCombo() const { return m_eventRefresh; }
    QTableWidget *mountTable() const { return m_mounts; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *expandButton() const { return m_expand; }
    QPushButton *mountButton() const { return m_mount; }
    QPushButton *unmountButton() const { return m_unmount; }
    QMenu *moreMenu() const { return m_moreMenu; }

    /** Text of an overview row ("Status", "Auto Stop"...); empty when not shown. */
    QString overviewValue(const QString &label) const;
    /** Milliseconds left before the auto stop; -1 when it does not count down. */
    qint64 remainingMs() const;
    const std::vector<api::DataVolume> &mounts() const { return m_mountList; }
    /** Milliseconds between event refreshes; 0 when off. */
    int eventRefreshMs() const;

public slots:
    void refresh() override;
    void openNotebook();
    void startNotebook();
    void stopNotebook();
    void renewNotebook();
    void deleteNotebook();
    void addTag(const QString &key, const QString &value);
    void deleteTags(const QStringList &keys);

signals:
    void notebookLoaded();
    void tagsLoaded();
    void mountsLoaded();
    void notebookDeleted(const QString &id);

protected:
    void activeChanged(bool active) override;
    void updateActions() override;

private:
    static Texts texts();
    void buildLayout();
    QWidget *buildStorageTab();
    QWidget *buildEventsTab();
    void resetForNotebook();
    void onUpdated(const QStringList &fields);
    void updateHeader();
    void updateOverview();
    void updateStorage();
    void updateCountdown();
    void updateEventTimer();
    void loadMounts();
    void loadTags();
    void refreshCurrentTab();
    bool runAction(const models::Action &action);
    void runAsked(const std::optional<models::Action> &action);
    /** A NotebookOperations dialog that asks, then runs what it returns, for the notebook shown. */
    using Operation = std::optional<models::Action> (NotebookOperations::*)(const api::Notebook &);
    void askAndRun(Operation operation);
    QString status() const;

    QPointer<models::Connection> m_connection;
    QString m_id;
    models::NotebookWatcher *m_watcher;
    models::ActionRunner *m_runner;
    NotebookOperations *m_ops;
    QTimer *m_tickTimer;
    QTimer *m_eventTimer;
    QTimer *m_tabTimer;
    int m_basicGroup = -1;
    int m_accessGroup = -1;

    QPushButton *m_open = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_delete = nullptr;
    QMenu *m_moreMenu = nullptr;
    QAction *m_renewFor = nullptr;
    QAction *m_saveImage = nullptr;
    QAction *m_changeImage = nullptr;
    QAction *m_modifyFlavor = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_ssh = nullptr;

    QLabel *m_evsSize = nullptr;
    QPushButton *m_expand = nullptr;
    QTableWidget *m_mounts = nullptr;
    QPushButton *m_mount = nullptr;
    QPushButton *m_unmount = nullptr;
    std::vector<api::DataVolume> m_mountList;

    models::NotebookEventModel *m_events;
    QSortFilterProxyModel *m_eventProxy;
    QComboBox *m_eventRefresh = nullptr;
    QLabel *m_eventCount = nullptr;

    widgets::TagsTab *m_tagsTab = nullptr;
};
} // namespace ma::ui
