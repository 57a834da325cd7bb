#pragma once

#include "api/apierror.h"

namespace ma::models
{
/** @brief What a model is doing about its data: views show a spinner or an error banner from it. */
struct LoadState
{
    bool loading = false; // a request is in flight
    bool complete = false; // every page has been fetched
    api::ApiError lastError; // the last failure; cleared by the next success

    bool hasError() const { return lastError.isError(); }
};
} // namespace ma::models
