#include "algorithmpickerdialog.h"

#include "models/algorithmlistmodel.h"
#include "ui_algorithmpickerdialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace ma::ui
{
namespace
{
using Model = models::AlgorithmListModel;
constexpr int kSearchDelayMs = 300;
} // namespace

AlgorithmPickerDialog::AlgorithmPickerDialog(
    api::ApiClient *client, const QString &workspaceId, const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AlgorithmPickerDialog>())
    , m_model(new Model(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchDebounce(new QTimer(this))
    , m_currentId(currentId)
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Model::SortRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(Model::Created, Qt::DescendingOrder);
    m_ui->table->setColumnHidden(Model::Description, true);
    m_ui->table->setColumnWidth(Model::Name, 180);
    m_ui->table->setColumnWidth(Model::BootMode, 110);
    m_ui->table->setColumnWidth(Model::Image, 200);
    m_ui->table->setColumnWidth(
        Model::Hyperparameters, m_ui->table->horizontalHeader()->sectionSizeHint(Model::Hyperparameters));
    m_ui->table->horizontalHeader()->setHighlightSections(false);

    m_model->setClient(client);
    m_model->setScope(QStringLiteral("picker"));
    m_model->setWorkspaceId(workspaceId);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
        [this]
        {
            m_model->setSearchText(m_ui->searchEdit->text());
            m_model->reload();
        });
    connect(m_model, &Model::stateChanged, this, &AlgorithmPickerDialog::updateState);
    connect(m_model, &Model::loaded, this,
        [this]
        {
            if (!m_currentId.isEmpty() && selectAlgorithm(m_currentId))
                m_currentId.clear();
            updateState();
        });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlgorithmPickerDialog::updateState);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    m_model->reload();
}

AlgorithmPickerDialog::~AlgorithmPickerDialog() = default;

std::optional<api::Algorithm> AlgorithmPickerDialog::selectedAlgorithm() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const api::Algorithm *a = m_model->algorithmAt(m_proxy->mapToSource(rows.front()).row()))
        return *a;
    return std::nullopt;
}

bool AlgorithmPickerDialog::selectAlgorithm(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(index);
    return true;
}

void AlgorithmPickerDialog::updateState()
{
    const bool chosen = selectedAlgorithm().has_value();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    const models::LoadState &state = m_model->state();
    if (state.hasError())
        m_ui->stateLabel->setText(tr("The algorithms could not be loaded: %1").arg(state.lastError.displayText()));
    else if (m_model->rowCount() == 0 && !state.loading)
        m_ui->stateLabel->setText(m_model->searchText().isEmpty()
                ? tr("No algorithms yet. Save a training job as an algorithm from its details page (More > Save as "
                     "Algorithm).")
                : tr("No algorithms match the search."));
    else
        m_ui->stateLabel->clear();
    m_ui->stateLabel->setVisible(!m_ui->stateLabel->text().isEmpty());
}
} // namespace ma::ui
