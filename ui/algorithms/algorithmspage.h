#pragma once

// Algorithm Management (the console's Asset Management > Algorithm Management, "My
// algorithms"): the algorithms of ListAlgorithms with their boot mode, image, hyperparameter
// count and creation time, searched by name on the server, Delete with the standard
// confirmation, Create Training Job from the selected algorithm, CSV export and auto-refresh
// that never resets the rows (ResourceListPage). Algorithms are created from a training job
// (Save as Algorithm on its details page) or through the API.

#include "ui/resourcelistpage.h"

class QAction;
class QSortFilterProxyModel;

namespace ma::models
{
class AlgorithmListModel;
}

namespace ma::ui
{
class AlgorithmsPage final : public ResourceListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlgorithmsPage)

public:
    explicit AlgorithmsPage(QWidget *parent = nullptr);
    ~AlgorithmsPage() override;

    models::AlgorithmListModel *model() const { return m_model; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *createJobAction() const { return m_createJobAction; }

    /** kReloadAlgorithmsArgument loads the list again. */
    void open(const QVariant &argument) override;

public slots:
    void deleteSelected();
    /** Opens Create Training Job with the one selected algorithm as My algorithm. */
    void createJobFromSelected();

protected:
    void bindModels(models::Connection *connection) override;
    void applySearch(const QString &text) override;
    bool isFiltered() const override;
    QString countText(int total) const override;
    void updateRowActions() override;
    void rowActivated(const QModelIndex &index) override;

private:
    static Texts texts();

    models::AlgorithmListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_deleteAction = nullptr;
    QAction *m_createJobAction = nullptr;
};
} // namespace ma::ui
