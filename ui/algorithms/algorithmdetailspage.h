#pragma once

// An algorithm of Algorithm Management (ShowAlgorithmByUuid): its basic information (name,
// ID, description, boot mode, preset image or custom image, code directory, boot file or boot
// command, local code and work directories, creation time) and training constraints beside
// tabs of its inputs (with the data each accepts), outputs, hyperparameters (type, default,
// range or enumeration, required, editable, description) and auto search policy. Header:
// Create Training Job (the form opens with it as My algorithm) and Delete (the standard
// confirmation; back to the list afterwards).

#include "api/types/algorithm.h"
#include "ui/resourcedetailspage.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ma::ui
{
class AlgorithmDetailsPage final : public ResourceDetailsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlgorithmDetailsPage)

public:
    explicit AlgorithmDetailsPage(QWidget *parent = nullptr);
    ~AlgorithmDetailsPage() override;

    void setConnection(models::Connection *connection) override;
    /** @p argument: the algorithm id (QString). */
    void open(const QVariant &argument) override;
    void showAlgorithm(const QString &id);

    std::optional<ApiCallSource> resourceCall() const override;
    /** The algorithm shown, once it has answered. */
    const std::optional<api::Algorithm> &algorithm() const { return m_algorithm; }

    QTableWidget *inputsTable() const { return m_inputs; }
    QTableWidget *outputsTable() const { return m_outputs; }
    QTableWidget *parametersTable() const { return m_parameters; }
    QLabel *autoSearchLabel() const { return m_autoSearch; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *createJobButton() const { return m_createJob; }

public slots:
    void refresh() override;
    void deleteAlgorithm();
    void createJob();

signals:
    /** The algorithm has been shown (first load or refresh). */
    void algorithmLoaded();
    void algorithmDeleted(const QString &id);

protected:
    void updateActions() override;

private:
    void clear();
    void fill(const api::Algorithm &algorithm);
    static QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName);

    QPointer<models::Connection> m_connection;
    QString m_id;
    std::optional<api::Algorithm> m_algorithm;
    int m_basicGroup = -1;
    int m_constraintGroup = -1;
    QTableWidget *m_inputs = nullptr;
    QTableWidget *m_outputs = nullptr;
    QTableWidget *m_parameters = nullptr;
    QLabel *m_autoSearch = nullptr;
    QPushButton *m_createJob = nullptr;
    QPushButton *m_delete = nullptr;
};
} // namespace ma::ui
