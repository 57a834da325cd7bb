#pragma once

// "Copy as API call" for any request the app makes: curl, Python or ma-cli on the clipboard
// (api/apicallexport.h renders them; no credential is ever written). The list and details
// shells offer it for their resource; a creation form puts createApiCallButton() next to
// Submit for the create request it would send.

#include "api/apiclient.h"

#include <functional>
#include <optional>

class QMenu;
class QPushButton;
class QWidget;

namespace ma::models
{
class Connection;
} // namespace ma::models

namespace ma::ui
{
enum class ApiCallFormat
{
    Curl,
    Python,
    MaCli,
};

/** @p request as @p connection would send it, in @p format; empty when ma-cli has no command for it. */
QString renderApiCall(const models::Connection &connection, const api::ApiRequest &request, ApiCallFormat format);

/** Copies renderApiCall() to the clipboard; false (nothing copied) when there is nothing to copy. */
bool copyApiCall(const models::Connection *connection, const api::ApiRequest &request, ApiCallFormat format);

/** The request a menu copies, with the connection it goes through; nullopt when there is none now. */
struct ApiCallSource
{
    models::Connection *connection = nullptr;
    api::ApiRequest request;
    // Why the service would refuse the request as it stands (a form with errors is still
    // copied, so a script can be fixed later); empty when nothing is known against it.
    QString rejection;
};
using ApiCallProvider = std::function<std::optional<ApiCallSource>()>;

/**
 * @brief A form's ApiCallSource::rejection: the message of the first of @p issues the service
 * would refuse (a form's warnings do not stop a submit); empty when there is none. Issues
 * without a warning flag all count.
 */
template <typename Issues> QString firstRefusal(const Issues &issues)
{
    for (const auto &issue : issues)
    {
        if constexpr (requires { issue.warning; })
        {
            if (issue.warning)
                continue;
        }
        return issue.message;
    }
    return QString();
}

/**
 * @brief A "Copy as API call" submenu (curl, Python, ma-cli) owned by @p parent. @p provider is
 * asked when the menu opens (entries are disabled without a request; ma-cli also when it has no
 * command) and again when an entry is chosen. @p copied gets a status-bar note.
 */
QMenu *createApiCallMenu(QWidget *parent, ApiCallProvider provider, std::function<void(const QString &)> copied = {});

/**
 * @brief The "Copy as API Call" button of a creation form's bottom bar: opens
 * createApiCallMenu() for the create request the form would send now.
 */
QPushButton *createApiCallButton(
    QWidget *parent, ApiCallProvider provider, std::function<void(const QString &)> copied = {});
} // namespace ma::ui
