// The one list of the window's pages, in navigation order. An area adds its pages here:
// one entry per page, no edit to MainWindow.

#include "ui/algorithms/algorithmdetailspage.h"
#include "ui/algorithms/algorithmpageids.h"
#include "ui/algorithms/algorithmspage.h"
#include "ui/dashboards/dashboardspage.h"
#include "ui/notebooks/createnotebookpage.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/overviewpageids.h"
#include "ui/pageregistry.h"
#include "ui/pools/createpoolpage.h"
#include "ui/pools/networkspage.h"
#include "ui/pools/nodemappage.h"
#include "ui/pools/pooldetailspage.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/poolspage.h"
#include "ui/settingspage.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/jobcomparisonpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingjobv1detailspage.h"
#include "ui/training/trainingpageids.h"

#include <QtGlobal>

namespace ma::ui
{
namespace
{
template <typename Page> ConsolePage *make(QWidget *parent)
{
    return new Page(parent);
}
} // namespace

const std::vector<PageEntry> &PageRegistry::entries()
{
    // Group and page titles are translated in the "Navigation" context; groups follow the
    // console's navigation (Model Training > Training Jobs, ...).
    static const std::vector<PageEntry> pages = {
        { kOverviewPageId, nullptr, QT_TRANSLATE_NOOP("Navigation", "Overview"), QString(), &make<OverviewPage> },
        { kNotebooksPageId, QT_TRANSLATE_NOOP("Navigation", "Development Environment"),
            QT_TRANSLATE_NOOP("Navigation", "Notebooks"), QString(), &make<NotebooksPage> },
        { kNotebookDetailsPageId, nullptr, nullptr, kNotebooksPageId, &make<NotebookDetailsPage> },
        { kCreateNotebookPageId, nullptr, nullptr, kNotebooksPageId, &make<CreateNotebookPage> },
        { kTrainingJobsPageId, QT_TRANSLATE_NOOP("Navigation", "Model Training"),
            QT_TRANSLATE_NOOP("Navigation", "Training Jobs"), QString(), &make<TrainingJobsPage> },
        { kCreateTrainingJobPageId, nullptr, nullptr, kTrainingJobsPageId, &make<CreateTrainingJobPage> },
        { kTrainingJobDetailsPageId, nullptr, nullptr, kTrainingJobsPageId, &make<TrainingJobDetailsPage> },
        { kTrainingJobV1DetailsPageId, nullptr, nullptr, kTrainingJobsPageId, &make<TrainingJobV1DetailsPage> },
        { kJobComparisonPageId, nullptr, nullptr, kTrainingJobsPageId, &make<JobComparisonPage> },
        { kAlgorithmsPageId, QT_TRANSLATE_NOOP("Navigation", "Model Training"),
            QT_TRANSLATE_NOOP("Navigation", "Algorithm Management"), QString(), &make<AlgorithmsPage> },
        { kAlgorithmDetailsPageId, nullptr, nullptr, kAlgorithmsPageId, &make<AlgorithmDetailsPage> },
        { kPoolsPageId, QT_TRANSLATE_NOOP("Navigation", "Resource Management"),
            QT_TRANSLATE_NOOP("Navigation", "Dedicated Resource Pools"), QString(), &make<PoolsPage> },
        { kPoolDetailsPageId, nullptr, nullptr, kPoolsPageId, &make<PoolDetailsPage> },
        { kCreatePoolPageId, nullptr, nullptr, kPoolsPageId, &make<CreatePoolPage> },
        { kNetworksPageId, nullptr, nullptr, kPoolsPageId, &make<NetworksPage> },
        { kNodeMapPageId, QT_TRANSLATE_NOOP("Navigation", "Resource Management"),
            QT_TRANSLATE_NOOP("Navigation", "Node Map"), QString(), &make<NodeMapPage> },
        { kDashboardsPageId, QT_TRANSLATE_NOOP("Navigation", "Monitoring"),
            QT_TRANSLATE_NOOP("Navigation", "Dashboards"), QString(), &make<DashboardsPage> },
        { SettingsPage::kPageId, nullptr, QT_TRANSLATE_NOOP("Navigation", "Settings"), QString(), &make<SettingsPage> },
    };
    return pages;
}
} // namespace ma::ui
