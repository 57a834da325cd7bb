#pragma once

// Network tab > Create (pools_monitoring.md §1.0 step 1): a network name and its CIDR block,
// Preset or Custom, checked as the console does (mask 8 to 28, no overlap with the container
// block 172.16.0.0/16 or the service block 10.247.0.0/16); the network quota (15 per user)
// from P-19. OK sends P-15 POST /v1/{project_id}/networks; a server error stays in the dialog.

#include "api/apierror.h"

#include <memory>
#include <QDialog>
#include <QPointer>

namespace Ui
{
class CreateNetworkDialog;
}

namespace ma::api
{
class ApiClient;
class ApiCall;
} // namespace ma::api

namespace ma::ui
{
class CreateNetworkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNetworkDialog)

public:
    /** @p client (not owned) sends the create request; the network goes to @p workspaceId. */
    CreateNetworkDialog(api::ApiClient *client, const QString &workspaceId, QWidget *parent = nullptr);
    ~CreateNetworkDialog() override;

    void setName(const QString &name);
    /** Chooses Custom and types @p cidr. */
    void setCustomCidr(const QString &cidr);
    /** The CIDR block chosen now (preset or custom). */
    QString cidr() const;
    /** The messages shown next to the name and the CIDR block, and the server's error. */
    QString nameMessage() const;
    QString cidrMessage() const;
    QString serverError() const;
    /** The metadata.name of the network created (after accept). */
    QString createdNetwork() const { return m_created; }

public slots:
    /** Checks the fields, then sends the create request; accepts when it succeeds. */
    void submit();

signals:
    void networkCreated(const QString &networkName);

private:
    bool validate();
    void loadQuota();

    std::unique_ptr<Ui::CreateNetworkDialog> m_ui;
    api::ApiClient *m_client;
    QString m_workspace;
    QPointer<api::ApiCall> m_call;
    QString m_created;
    bool m_quotaFull = false;
};
} // namespace ma::ui
