#pragma once

// My algorithm's picker in Create Training Job (training.md §1.2.1): the algorithms of
// Algorithm Management (AlgorithmListModel over ListAlgorithms, searched by name on the
// server), one chosen; OK stays disabled until a row is selected.

#include "api/types/algorithm.h"

#include <memory>
#include <optional>
#include <QDialog>

class QSortFilterProxyModel;
class QTimer;

namespace Ui
{
class AlgorithmPickerDialog;
}

namespace ma::api
{
class ApiClient;
}

namespace ma::models
{
class AlgorithmListModel;
}

namespace ma::ui
{
class AlgorithmPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlgorithmPickerDialog)

public:
    /** Lists the algorithms of @p client (not owned) in @p workspaceId; @p currentId is selected once loaded. */
    AlgorithmPickerDialog(
        api::ApiClient *client, const QString &workspaceId, const QString &currentId, QWidget *parent = nullptr);
    ~AlgorithmPickerDialog() override;

    models::AlgorithmListModel *model() const { return m_model; }
    /** The algorithm of the selected row; nullopt without a selection. */
    std::optional<api::Algorithm> selectedAlgorithm() const;
    /** Selects the row of @p id (false when it is not loaded). */
    bool selectAlgorithm(const QString &id);

private:
    void updateState();

    std::unique_ptr<Ui::AlgorithmPickerDialog> m_ui;
    models::AlgorithmListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_searchDebounce;
    QString m_currentId;
};
} // namespace ma::ui
