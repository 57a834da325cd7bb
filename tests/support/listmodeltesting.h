#pragma once

// What every list-model test does against a scripted server: point a model at it and read
// every page. Header-only, so the support library needs no models/ dependency.

#include "api/apiclient.h"
#include "scriptedhttpserver.h"

#include <memory>
#include <QModelIndex>
#include <QSignalSpy>

namespace ma::test
{
/** A client for @p server, handed to @p model with a fixed scope. */
template <typename Model> std::unique_ptr<api::ApiClient> attachModel(Model &model, const ScriptedHttpServer &server)
{
    auto client = std::make_unique<api::ApiClient>(api::Endpoints { server.url(), server.url() });
    model.setClient(client.get());
    model.setScope(QStringLiteral("scripted"));
    return client;
}

/** reload(), then fetchMore() until no page is left; false when a page does not come within @p waitMs. */
template <typename Model> bool loadAllPages(Model &model, QSignalSpy &loaded, int waitMs)
{
    model.reload();
    if (!loaded.wait(waitMs))
        return false;
    while (model.canFetchMore(QModelIndex()))
    {
        model.fetchMore(QModelIndex());
        if (!loaded.wait(waitMs))
            return false;
    }
    return true;
}
} // namespace ma::test
