#include "fragmentsview.h"

#include "models/acceleratorfragments.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
FragmentsView::FragmentsView(models::FragmentsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"fragmentsView"_s);
    auto *title = new QLabel(tr("GPU/NPU fragments (now)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(tr("Idle cards that multi-card tasks cannot use, as the pool's nodes are now"));
    m_summary->setObjectName(u"fragmentsSummary"_s);
    m_summary->setProperty("tone", u"muted"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"fragmentsTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    connect(m_model, &models::FragmentsModel::summaryChanged, this, &FragmentsView::update);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FragmentsView::update);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FragmentsView::update);
    update();
}

FragmentsView::~FragmentsView() = default;

QString FragmentsView::summary() const
{
    return m_summary->text();
}

void FragmentsView::update()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
    {
        m_summary->setText(tr("No available node of this pool has GPUs or NPUs."));
        m_table->hide();
        return;
    }
    const QString kind = m_model->acceleratorKind();
    m_summary->setText(tr("Idle %1 cards on the available nodes: %2. A task's cards are on one node, so larger "
                          "tasks may not fit although cards are idle.")
                           .arg(kind.isEmpty() ? tr("accelerator") : kind)
                           .arg(m_model->idleCards()));
    // As tall as its rows: what follows sits right under it.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->show();
}
} // namespace ma::widgets
