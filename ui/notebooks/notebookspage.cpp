#include "notebookspage.h"

#include "api/notebookrequests.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/notebooklistmodel.h"
#include "models/notebookstatus.h"
#include "ui/appsettings.h"
#include "ui/notebooks/notebookoperations.h"
#include "ui/notebooks/notebookpageids.h"
#include "widgets/consoletable.h"
#include "widgets/rowlinksdelegate.h"
#include "widgets/statusbadgedelegate.h"

#include <algorithm>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace ma::ui
{
namespace
{
using Model = models::NotebookListModel;
namespace nbs = models::notebookstatus;

QAction *makeAction(QObject *parent, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    return action;
}
} // namespace

NotebooksPage::NotebooksPage(QWidget *parent)
    : ResourceListPage(texts(), parent)
    , m_model(new models::NotebookListModel(this))
    , m_filter(new models::ListFilterModel(this))
    , m_ops(new NotebookOperations(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Model::SortRole);
    setModels(m_model, m_filter);

    m_status = addFilter(QStringLiteral("statusFilter"), tr("All statuses"), tr("Show only notebooks in this status"));
    for (const QString &status : nbs::statuses())
        m_status->addItem(nbs::word(status).text, status);
    m_pool = addFilter(QStringLiteral("poolFilter"), tr("All pools"), tr("Show only notebooks on this resource pool"));
    m_flavor = addFilter(QStringLiteral("flavorFilter"), tr("All flavors"), tr("Show only notebooks of this flavor"));
    m_image = addFilter(QStringLiteral("imageFilter"), tr("All images"), tr("Show only notebooks using this image"));
    // The console's "View all" switch: N-3 (/notebooks/all) instead of the caller's own N-2.
    m_viewAll = new QCheckBox(tr("View all"), this);
    m_viewAll->setObjectName(QStringLiteral("viewAllSwitch"));
    m_viewAll->setToolTip(tr("Show the notebooks of every IAM user in the project, not only yours (needs the "
                             "listAllNotebooks permission)"));
    // Remembered, as the console keeps it for the session: a user who looks after the whole
    // project does not switch it on every start.
    m_viewAll->setChecked(AppSettings().notebooksViewAll());
    m_model->setViewAll(m_viewAll->isChecked());
    connect(m_viewAll, &QCheckBox::toggled, this,
        [this](bool all)
        {
            AppSettings().setNotebooksViewAll(all);
            m_model->setViewAll(all);
            reload(); // the rows that differ come and go; the others stay
        });
    addFilterWidget(m_viewAll);

    m_open = makeAction(this, tr("Open"), QStringLiteral("openAction"),
        tr("Open the notebook's JupyterLab in the browser; only a running notebook can be opened"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_start = makeAction(this, tr("Start"), QStringLiteral("startAction"), tr("Start the selected stopped notebooks"));
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_stop = makeAction(this, tr("Stop"), QStringLiteral("stopAction"), tr("Stop the selected running notebooks"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_renew = makeAction(this, tr("Renew"), QStringLiteral("renewAction"),
        tr("Stop the running notebook automatically one hour from now (More > Renew for… offers longer)"));
    m_renew->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_delete = makeAction(this, tr("Delete"), QStringLiteral("deleteAction"),
        tr("Delete the selected notebooks and release their EVS disks"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveImage = makeAction(this, tr("Save Image"), QStringLiteral("saveImageAction"),
        tr("Save the running notebook's environment as a private image"));

    m_moreMenu = new QMenu(this);
    m_renewFor = m_moreMenu->addAction(tr("Renew for…"));
    m_renewFor->setObjectName(QStringLiteral("renewForAction"));
    m_changeImage = m_moreMenu->addAction(tr("Change Image…"));
    m_changeImage->setObjectName(QStringLiteral("changeImageAction"));
    m_modifyFlavor = m_moreMenu->addAction(tr("Modify Specifications…"));
    m_modifyFlavor->setObjectName(QStringLiteral("modifyFlavorAction"));
    m_edit = m_moreMenu->addAction(tr("Edit Name and Description…"));
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_ssh = m_moreMenu->addAction(tr("Remote SSH…"));
    m_ssh->setObjectName(QStringLiteral("sshAction"));
    m_connectSsh = m_moreMenu->addAction(tr("Connect with VS Code / SSH…"));
    m_connectSsh->setObjectName(QStringLiteral("connectSshAction"));
    m_more = makeAction(this, tr("More"), QStringLiteral("moreAction"), tr("More operations on the notebook"));
    m_more->setMenu(m_moreMenu);

    connect(m_open, &QAction::triggered, this, &NotebooksPage::openSelected);
    connect(m_start, &QAction::triggered, this, &NotebooksPage::startSelected);
    connect(m_stop, &QAction::triggered, this, &NotebooksPage::stopSelected);
    connect(m_renew, &QAction::triggered, this, &NotebooksPage::renewSelected);
    connect(m_delete, &QAction::triggered, this, &NotebooksPage::deleteSelected);
    connect(m_saveImage, &QAction::triggered, this, &NotebooksPage::saveImageSelected);
    connect(m_renewFor, &QAction::triggered, this,
        [this] { runSingle([this](const api::Notebook &n) { return m_ops->renewFor(n); }); });
    connect(m_edit, &QAction::triggered, this,
        [this] { runSingle([this](const api::Notebook &n) { return m_ops->editDetails(n); }); });
    connect(m_ssh, &QAction::triggered, this,
        [this] { runSingle([this](const api::Notebook &n) { return m_ops->updateSsh(n); }); });
    connect(m_changeImage, &QAction::triggered, this,
        [this]
        {
            const auto selected = selectedNotebooks();
            if (!selected.empty())
                m_ops->changeImage(selected.front(), [this](const models::Action &a) { runAction(a); });
        });
    connect(m_modifyFlavor, &QAction::triggered, this,
        [this]
        {
            const auto selected = selectedNotebooks();
            if (!selected.empty())
                m_ops->modifyFlavor(selected.front(), [this](const models::Action &a) { runAction(a); });
        });
    connect(m_connectSsh, &QAction::triggered, this,
        [this]
        {
            const auto selected = selectedNotebooks();
            if (!selected.empty())
                m_ops->connectSsh(selected.front());
        });
    connect(m_ops, &NotebookOperations::errorOccurred, this, &NotebooksPage::errorOccurred);

    addRowActions({ m_open, m_start, m_stop, m_renew, nullptr, m_delete, m_saveImage, m_more });
    // Copy as API Call in the row menu: the notebook's GET, and the Start and Stop requests.
    setRowRequest([](const QString &id) { return api::notebooks::show(id); });
    addRowActionRequest(m_start, [](const QString &id) { return api::notebooks::start(id); });
    addRowActionRequest(m_stop, [](const QString &id) { return api::notebooks::stop(id); });
    setWatchKind(models::WatchKind::Notebook);
    if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(m_more)))
        button->setPopupMode(QToolButton::InstantPopup);
    // Only the main operations carry icons in the toolbar; Save Image and More read as words.
    for (QAction *a : { m_open, m_start, m_stop, m_renew, m_delete })
        if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QTableView *table = view();
    table->setItemDelegateForColumn(Model::Status, new widgets::StatusBadgeDelegate(Model::StatusRole, table));
    // The console's Operation column: painted links, enabled by the same operationStates() as
    // the toolbar and the row menu; a click selects the row and runs the toolbar's action.
    m_operationDelegate = new widgets::RowLinksDelegate(
        [this](const QModelIndex &index)
        {
            using Link = widgets::RowLinksDelegate::Link;
            QList<Link> links;
            const api::Notebook *notebook = m_model->notebookAt(m_filter->mapToSource(index).row());
            if (!notebook)
                return links;
            const OperationStates can = operationStates({ *notebook });
            const bool running = nbs::canStop(notebook->status.value_or(QString()));
            QAction *startOrStop = running ? m_stop : m_start;
            links << Link { static_cast<int>(RowLink::Open), m_open->text(), can.open, m_open->toolTip() }
                  << Link { static_cast<int>(RowLink::StartOrStop), startOrStop->text(), running ? can.stop : can.start,
                         startOrStop->toolTip() }
                  << Link { static_cast<int>(RowLink::Delete), m_delete->text(), can.remove, m_delete->toolTip() }
                  << Link { static_cast<int>(RowLink::More), m_more->text(), can.more, m_more->toolTip(), true };
            return links;
        },
        table);
    table->setItemDelegateForColumn(Model::Operation, m_operationDelegate);
    setColumnExported(Model::Operation, false);
    connect(m_operationDelegate, &widgets::RowLinksDelegate::linkActivated, this, &NotebooksPage::rowLinkActivated);
    table->sortByColumn(Model::Created, Qt::DescendingOrder);
    const int timeWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 20;
    // The four links (Start and Stop take turns), 12 px apart, with the cell's padding: the whole
    // list fits a 1280 px window with the Operation column in view.
    const QFontMetrics metrics = table->fontMetrics();
    const int operationWidth = metrics.horizontalAdvance(m_open->text())
        + std::max(metrics.horizontalAdvance(m_start->text()), metrics.horizontalAdvance(m_stop->text()))
        + metrics.horizontalAdvance(m_delete->text())
        + metrics.horizontalAdvance(m_more->text() + QStringLiteral(" \u25BE")) + 3 * 12 + 16;
    widgets::setColumnWidths(table,
        {
            { Model::Name, 130 },
            // The longest common status word in its badge; the header with its sort arrow ("71:59:59" fits).
            { Model::Status,
                table->fontMetrics().horizontalAdvance(
                    models::notebookstatus::word(QStringLiteral("START_FAILED")).text)
                    + 34 },
            { Model::AutoStop,
                table->fontMetrics().horizontalAdvance(
                    table->model()->headerData(Model::AutoStop, Qt::Horizontal).toString())
                    + 30 },
            { Model::Image, 120 },
            { Model::Flavor, 130 },
            { Model::Pool, 125 },
            { Model::Created, timeWidth },
            { Model::Operation, operationWidth },
        });
    // The description is on the details page; the column menu brings it back.
    setColumnsHiddenByDefault({ Model::Description });
    // As in the console, the notebook's name opens its details (double click or Enter anywhere does too).
    connect(table, &QTableView::clicked, this,
        [this](const QModelIndex &index)
        {
            if (index.column() == Model::Name
                && !(QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
                rowActivated(index);
        });
    connect(this, &NotebooksPage::createRequested, this, [this] { emit navigationRequested(kCreateNotebookPageId); });
    // The filter choices follow the pools, flavors and images of the rows loaded.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotebooksPage::updateFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotebooksPage::updateFilterChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotebooksPage::updateFilterChoices);
    connect(m_model, &models::NotebookListModel::loaded, this, &NotebooksPage::updateFilterChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles)
        {
            // The countdown ticks every second: only a change of the notebook itself re-enables actions.
            if (!roles.contains(Model::RemainingMsRole))
                updateActions();
        });
    setTickEnabled(true);
    updateActions();
}

NotebooksPage::~NotebooksPage() = default;

QMenu *NotebooksPage::rowMoreMenu() const
{
    return m_rowMoreMenu;
}

ResourceListPage::Texts NotebooksPage::texts()
{
    Texts t;
    t.title = tr("Notebooks");
    t.searchPlaceholder = tr("Search by name or ID");
    t.createText = tr("Create Notebook");
    t.createToolTip = tr("Create a notebook instance");
    t.refreshToolTip = tr("Reload the list of notebooks");
    t.exportTitle = tr("Export Notebooks");
    t.exportFileName = QStringLiteral("notebooks.csv");
    t.exportToolTip = tr("Save the notebooks shown as a CSV file");
    t.loadingText = tr("Loading notebooks…");
    t.errorText = tr("The notebooks could not be loaded. Refresh to try again.");
    t.stateErrorText = tr("Could not load the notebooks");
    t.emptyText = tr("No notebooks yet");
    t.noMatchText = tr("No notebooks match the search or the filters");
    t.filtersOnOwnRow = true; // search, status, pool, flavor and image, then eight operations
    return t;
}

QComboBox *NotebooksPage::addFilter(const QString &objectName, const QString &allText, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Image names run long: the field stops growing (its list shows them whole).
    combo->setMaximumWidth(280);
    connect(combo, &QComboBox::currentIndexChanged, this, &NotebooksPage::applyFilters);
    addFilterWidget(combo);
    return combo;
}

void NotebooksPage::open(const QVariant &argument)
{
    if (argument.toString() == kReloadNotebooksArgument)
        reload(); // a notebook was just created
    ResourceListPage::open(argument);
}

void NotebooksPage::bindModels(models::Connection *connection)
{
    m_ops->setConnection(connection);
    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
}

void NotebooksPage::applySearch(const QString &text)
{
    // Every notebook is in the list (at most 10 per account): the search runs here, over name and ID.
    m_filter->setSearch(text, { Qt::DisplayRole, Model::IdRole });
}

bool NotebooksPage::isFiltered() const
{
    return m_filter->isFiltering();
}

QString NotebooksPage::countText(int total) const
{
    return total == 1 ? tr("1 notebook") : tr("%1 notebooks").arg(total);
}

void NotebooksPage::selectStatusFilter(const QString &status)
{
    const int at = m_status->findData(status);
    m_status->setCurrentIndex(at < 0 ? 0 : at);
}

void NotebooksPage::applyFilters()
{
    const auto only = [](QComboBox *combo)
    {
        const QString value = combo->currentData().toString();
        return value.isEmpty() ? QSet<QString>() : QSet<QString> { value };
    };
    m_filter->setAllowedValues(Model::StatusRole, only(m_status));
    m_filter->setAllowedValues(Model::PoolRole, only(m_pool));
    m_filter->setAllowedValues(Model::FlavorRole, only(m_flavor));
    m_filter->setAllowedValues(Model::ImageRole, only(m_image));
}

void NotebooksPage::updateFilterChoices()
{
    const auto refill = [this](QComboBox *combo, int role)
    {
        QStringList values;
        for (int row = 0; row < m_model->rowCount(); ++row)
        {
            const QString v = m_model->index(row, 0).data(role).toString();
            if (!v.isEmpty() && !values.contains(v))
                values << v;
        }
        const QString current = combo->currentData().toString();
        if (!current.isEmpty() && !values.contains(current))
            values << current; // the choice stays until the user changes it
        values.sort(Qt::CaseInsensitive);
        QStringList shown;
        for (int i = 1; i < combo->count(); ++i)
            shown << combo->itemData(i).toString();
        if (shown == values)
            return;
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_pool, Model::PoolRole);
    refill(m_flavor, Model::FlavorRole);
    refill(m_image, Model::ImageRole);
}

void NotebooksPage::tick()
{
    m_model->tick();
}

QStringList NotebooksPage::selectedIds() const
{
    return m_model->idsForRows(selectedSourceRows());
}

std::vector<api::Notebook> NotebooksPage::selectedNotebooks() const
{
    std::vector<api::Notebook> out;
    for (const int row : selectedSourceRows())
        if (const api::Notebook *n = m_model->notebookAt(row))
            out.push_back(*n);
    return out;
}

NotebooksPage::OperationStates NotebooksPage::operationStates(const std::vector<api::Notebook> &notebooks) const
{
    OperationStates can;
    const bool ready = connection() && !isBusy();
    const auto any = [&](bool (*allows)(const QString &))
    {
        for (const api::Notebook &n : notebooks)
            if (allows(n.status.value_or(QString())))
                return true;
        return false;
    };
    // Single-notebook operations act on one notebook.
    const bool one = notebooks.size() == 1;
    const QString status = one ? notebooks.front().status.value_or(QString()) : QString();
    can.open = one && nbs::canOpen(status) && !notebooks.front().url.value_or(QString()).isEmpty();
    can.start = ready && any(&nbs::canStart);
    can.stop = ready && any(&nbs::canStop);
    can.renew = ready && one && nbs::canRenew(status);
    can.remove = ready && any(&nbs::canDelete);
    can.saveImage = ready && one && nbs::canSaveImage(status);
    can.renewFor = ready && one && nbs::canRenew(status);
    can.changeImage = ready && one && nbs::canChangeImage(status);
    can.modifyFlavor = ready && one && nbs::canModifyFlavor(status);
    can.edit = ready && one && nbs::canEditDetails(status);
    can.ssh = ready && one && nbs::canUpdateSsh(status);
    QString host;
    int port = 0;
    can.connectSsh = one && nbs::canOpen(status) && NotebookOperations::sshEndpoint(notebooks.front(), &host, &port);
    can.more = ready && one;
    return can;
}

void NotebooksPage::updateRowActions()
{
    if (!m_more)
        return; // still being built
    const OperationStates can = operationStates(selectedNotebooks());
    m_open->setEnabled(can.open);
    m_start->setEnabled(can.start);
    m_stop->setEnabled(can.stop);
    m_renew->setEnabled(can.renew);
    m_delete->setEnabled(can.remove);
    m_saveImage->setEnabled(can.saveImage);
    m_renewFor->setEnabled(can.renewFor);
    m_changeImage->setEnabled(can.changeImage);
    m_modifyFlavor->setEnabled(can.modifyFlavor);
    m_edit->setEnabled(can.edit);
    m_ssh->setEnabled(can.ssh);
    m_connectSsh->setEnabled(can.connectSsh);
    m_more->setEnabled(can.more);
    // The row links are enabled the same way (an operation in flight turns them all off).
    view()->viewport()->update();
}

void NotebooksPage::rowLinkActivated(const QModelIndex &index, int link, const QRect &linkRect)
{
    // A link acts on its own row as the toolbar acts on the selection: the row becomes the
    // selection, then the toolbar's action runs (with its own checks and questions).
    view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    switch (static_cast<RowLink>(link))
    {
    case RowLink::Open:
        m_open->trigger();
        break;
    case RowLink::StartOrStop:
        (nbs::canStop(index.data(Model::StatusRole).toString()) ? m_stop : m_start)->trigger();
        break;
    case RowLink::Delete:
        m_delete->trigger();
        break;
    case RowLink::More:
    {
        if (!m_more->isEnabled())
            break;
        // Renew and Save Image (the console's Operation column holds Open, Start, Stop, Delete
        // and More), then what the toolbar's More holds; the same actions, so the same conditions.
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("rowMoreMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_renew);
        menu->addAction(m_saveImage);
        menu->addSeparator();
        menu->addActions(m_moreMenu->actions());
        m_rowMoreMenu = menu;
        menu->popup(view()->viewport()->mapToGlobal(linkRect.bottomLeft()));
        break;
    }
    }
}

void NotebooksPage::rowActivated(const QModelIndex &index)
{
    const QString id = index.data(Model::IdRole).toString();
    if (!id.isEmpty())
        emit navigationRequested(kNotebookDetailsPageId, id);
}

void NotebooksPage::runSingle(const std::function<std::optional<models::Action>(const api::Notebook &)> &ask)
{
    const auto selected = selectedNotebooks();
    if (selected.size() != 1 || !connection() || isBusy())
        return;
    if (const auto action = ask(selected.front()))
        runAction(*action);
}

void NotebooksPage::openSelected()
{
    const auto selected = selectedNotebooks();
    if (selected.size() == 1)
        m_ops->open(selected.front());
}

void NotebooksPage::startSelected()
{
    if (!connection() || isBusy())
        return;
    const models::Action action = m_ops->start(selectedNotebooks());
    if (!action.calls.empty())
        runAction(action);
}

void NotebooksPage::stopSelected()
{
    if (!connection() || isBusy())
        return;
    const models::Action action = m_ops->stop(selectedNotebooks());
    if (!action.calls.empty())
        runAction(action);
}

void NotebooksPage::renewSelected()
{
    runSingle([this](const api::Notebook &n) -> std::optional<models::Action>
        { return nbs::canRenew(n.status.value_or(QString())) ? std::optional(m_ops->renew(n)) : std::nullopt; });
}

void NotebooksPage::deleteSelected()
{
    if (!connection() || isBusy())
        return;
    if (const auto action = m_ops->remove(selectedNotebooks()))
        runAction(*action);
}

void NotebooksPage::saveImageSelected()
{
    runSingle([this](const api::Notebook &n) { return m_ops->saveImage(n); });
}
} // namespace ma::ui
