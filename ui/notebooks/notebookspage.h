#pragma once

// Development Environment > Notebooks: the console's notebook list (name/ID, status, the
// live auto-stop countdown, image, flavor, pool, creation time, description), searched by
// name or ID and filtered by status, pool, flavor and image, with the per-status operations
// (Open, Start, Stop, Renew, Delete, Save Image, More), multi-select, CSV export and
// auto-refresh that never resets the rows (ResourceListPage). Create Notebook opens the
// creation form.

#include "ui/resourcelistpage.h"

#include <functional>
#include <optional>
#include <QPointer>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QMenu;

namespace ma::api
{
struct Notebook;
}

namespace ma::models
{
class ListFilterModel;
class NotebookListModel;
} // namespace ma::models

namespace ma::widgets
{
class RowLinksDelegate;
}

namespace ma::ui
{
class NotebookOperations;

class NotebooksPage final : public ResourceListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebooksPage)

public:
    explicit NotebooksPage(QWidget *parent = nullptr);
    ~NotebooksPage() override;

    models::NotebookListModel *model() const { return m_model; }
    models::ListFilterModel *filterModel() const { return m_filter; }
    NotebookOperations *operations() const { return m_ops; }

    QAction *openAction() const { return m_open; }
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *renewAction() const { return m_renew; }
    QAction *deleteAction() const { return m_delete; }
    QAction *saveImageAction() const { return m_saveImage; }
    QAction *moreAction() const { return m_more; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *poolFilter() const { return m_pool; }
    QComboBox *flavorFilter() const { return m_flavor; }
    QComboBox *imageFilter() const { return m_image; }
    /** "View all": every IAM user's notebooks of the project instead of only the caller's. */
    QCheckBox *viewAllSwitch() const { return m_viewAll; }
    /** The links of the Operation column (Open, Start or Stop, Delete, Save Image, More). */
    widgets::RowLinksDelegate *operationDelegate() const { return m_operationDelegate; }
    /** The menu the More link of a row opens (nullptr while none is open). */
    QMenu *rowMoreMenu() const;

    /** The links of a row's Operation column, in the console's order. */
    enum class RowLink
    {
        Open,
        StartOrStop,
        Delete,
        More,
    };
    Q_ENUM(RowLink)

    /** Ids of the selected notebooks, in view order. */
    QStringList selectedIds() const;
    /** kReloadNotebooksArgument loads the list again; a ListFilter searches and filters. */
    void open(const QVariant &argument) override;

public slots:
    void openSelected();
    void startSelected();
    void stopSelected();
    void renewSelected();
    void deleteSelected();
    void saveImageSelected();

protected:
    void bindModels(models::Connection *connection) override;
    void applySearch(const QString &text) override;
    bool isFiltered() const override;
    QString countText(int total) const override;
    void updateRowActions() override;
    void rowActivated(const QModelIndex &index) override;
    void selectStatusFilter(const QString &status) override;
    void tick() override;

private:
    /** Which operations apply to a set of notebooks: one place for the toolbar, the menus and the row links. */
    struct OperationStates
    {
        bool open = false;
        bool start = false;
        bool stop = false;
        bool renew = false;
        bool remove = false;
        bool saveImage = false;
        bool renewFor = false;
        bool changeImage = false;
        bool modifyFlavor = false;
        bool edit = false;
        bool ssh = false;
        bool connectSsh = false;
        bool more = false;
    };
    OperationStates operationStates(const std::vector<api::Notebook> &notebooks) const;
    QList<QAction *> moreActions() const;
    void rowLinkActivated(const QModelIndex &index, int link, const QRect &linkRect);

    static Texts texts();
    QComboBox *addFilter(const QString &objectName, const QString &allText, const QString &toolTip);
    void applyFilters();
    void updateFilterChoices();
    std::vector<api::Notebook> selectedNotebooks() const;
    void runSingle(const std::function<std::optional<models::Action>(const api::Notebook &)> &ask);

    models::NotebookListModel *m_model;
    models::ListFilterModel *m_filter;
    NotebookOperations *m_ops;
    QComboBox *m_status = nullptr;
    QComboBox *m_pool = nullptr;
    QComboBox *m_flavor = nullptr;
    QComboBox *m_image = nullptr;
    QCheckBox *m_viewAll = nullptr;
    QAction *m_open = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_renew = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_saveImage = nullptr;
    QAction *m_more = nullptr;
    QMenu *m_moreMenu = nullptr;
    QAction *m_renewFor = nullptr;
    QAction *m_changeImage = nullptr;
    QAction *m_modifyFlavor = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_ssh = nullptr;
    QAction *m_connectSsh = nullptr;
    widgets::RowLinksDelegate *m_operationDelegate = nullptr;
    QPointer<QMenu> m_rowMoreMenu;
};
} // namespace ma::ui
