#pragma once

// The few shapes every typed endpoint (api/*requests.h) is built from, so each builder
// states only its method, path, query and body.

#include "api/apiclient.h"
#include "api/jsoncodec.h"

namespace ma::api
{
using QueryItems = QList<std::pair<QString, QString>>;

/** A GET (retried on transient failures, see ApiClient) with @p query. */
ApiRequest getRequest(const QString &path, const QueryItems &query = {});
/** A request without a body (DELETE, POST of an action). */
ApiRequest plainRequest(const QByteArray &method, const QString &path);
/** A request with a JSON body. */
ApiRequest jsonRequest(const QByteArray &method, const QString &path, const Json &body);
} // namespace ma::api
