#include "algorithmspage.h"

#include "api/algorithmrequests.h"
#include "models/algorithmlistmodel.h"
#include "models/connection.h"
#include "ui/algorithms/algorithmpageids.h"
#include "ui/training/trainingpageids.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

namespace ma::ui
{
namespace
{
using Model = models::AlgorithmListModel;
} // namespace

AlgorithmsPage::AlgorithmsPage(QWidget *parent)
    : ResourceListPage(texts(), parent)
    , m_model(new models::AlgorithmListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Model::SortRole);
    setModels(m_model, m_proxy);
    setRowRequest([](const QString &id) { return api::algorithms::show(id); });

    m_createJobAction = new QAction(tr("Create Training Job"), this);
    m_createJobAction->setObjectName(QStringLiteral("createJobAction"));
    m_createJobAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_createJobAction->setToolTip(tr("Create a training job that runs the selected algorithm"));
    connect(m_createJobAction, &QAction::triggered, this, &AlgorithmsPage::createJobFromSelected);
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected algorithms"));
    connect(m_deleteAction, &QAction::triggered, this, &AlgorithmsPage::deleteSelected);
    addRowActions({ m_createJobAction, nullptr, m_deleteAction });
    addRowActionRequest(m_deleteAction, [](const QString &id) { return api::algorithms::remove(id); });

    QTableView *table = view();
    table->sortByColumn(Model::Created, Qt::DescendingOrder);
    const struct
    {
        int column;
        int width;
    } widths[] = {
        { Model::Name, 200 },
        { Model::BootMode, 110 },
        { Model::Image, 260 },
        { Model::Hyperparameters, table->horizontalHeader()->sectionSizeHint(Model::Hyperparameters) },
        { Model::Created, 145 },
    };
    for (const auto &w : widths)
        table->setColumnWidth(w.column, w.width);
    // As in the console, the name opens the details (double click or Enter anywhere does too).
    connect(table, &QTableView::clicked, this,
        [this](const QModelIndex &index)
        {
            if (index.column() == Model::Name
                && !(QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
                rowActivated(index);
        });
    updateActions();
}

AlgorithmsPage::~AlgorithmsPage() = default;

void AlgorithmsPage::open(const QVariant &argument)
{
    if (argument.toString() == kReloadAlgorithmsArgument)
        reload();
    ResourceListPage::open(argument);
}

ResourceListPage::Texts AlgorithmsPage::texts()
{
    Texts t;
    t.title = tr("Algorithm Management");
    t.searchPlaceholder = tr("Search by name");
    t.refreshToolTip = tr("Reload the list of algorithms");
    t.exportTitle = tr("Export Algorithms");
    t.exportFileName = QStringLiteral("algorithms.csv");
    t.exportToolTip = tr("Save the algorithms shown as a CSV file");
    t.loadingText = tr("Loading algorithms…");
    t.errorText = tr("The algorithms could not be loaded. Refresh to try again.");
    t.stateErrorText = tr("Could not load the algorithms");
    t.emptyText = tr("No algorithms yet. Save a training job's settings as an algorithm from its details page "
                     "(More > Save as Algorithm).");
    t.noMatchText = tr("No algorithms match the search");
    return t;
}

void AlgorithmsPage::bindModels(models::Connection *connection)
{
    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
}

void AlgorithmsPage::applySearch(const QString &text)
{
    if (text.trimmed() == m_model->searchText())
        return;
    m_model->setSearchText(text); // searches=name:<text>, on the server
    reload();
}

bool AlgorithmsPage::isFiltered() const
{
    return !m_model->searchText().isEmpty();
}

QString AlgorithmsPage::countText(int total) const
{
    return total == 1 ? tr("1 algorithm") : tr("%1 algorithms").arg(total);
}

void AlgorithmsPage::updateRowActions()
{
    if (!m_deleteAction)
        return; // still being built
    const QList<int> rows = selectedSourceRows();
    m_deleteAction->setEnabled(connection() && !isBusy() && !rows.isEmpty());
    m_createJobAction->setEnabled(connection() && rows.size() == 1);
}

void AlgorithmsPage::rowActivated(const QModelIndex &index)
{
    const QString id = index.data(Model::AlgorithmIdRole).toString();
    if (!id.isEmpty())
        emit navigationRequested(kAlgorithmDetailsPageId, id);
}

void AlgorithmsPage::createJobFromSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1)
        return;
    if (const api::Algorithm *algorithm = m_model->algorithmAt(rows.front()))
        emit navigationRequested(kCreateTrainingJobPageId, QVariant::fromValue(*algorithm));
}

void AlgorithmsPage::deleteSelected()
{
    if (!connection() || isBusy())
        return;
    models::Action action;
    action.title = tr("Delete algorithms");
    QStringList names;
    for (const int row : selectedSourceRows())
    {
        const api::Algorithm *algorithm = m_model->algorithmAt(row);
        if (!algorithm || !algorithm->metadata.id)
            continue;
        names.append(algorithm->metadata.name);
        action.calls.push_back({ algorithm->metadata.name, api::algorithms::remove(*algorithm->metadata.id) });
    }
    if (action.calls.empty())
        return;
    action.confirmation = destructiveQuestion(DestructiveAction::Delete, algorithmNoun(), names,
        tr("Training jobs created from them keep running. Their code in OBS is not deleted."));
    runAction(action);
}
} // namespace ma::ui
