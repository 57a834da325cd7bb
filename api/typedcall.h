#pragma once

// Turns an ApiCall's raw answer into a typed value. Bodies above a size threshold are
// decoded on a worker thread so that a 50-job page or a long log never stalls the UI.

#include "apiclient.h"
#include "jsoncodec.h"

#include <functional>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace ma::api
{
template <typename T> struct Typed
{
    T value {};
    ApiError error;
    int httpStatus = 0;
    RawHeaders headers;

    bool ok() const { return !error.isError(); }
};

/**
 * @brief Decodes @p result's body as T with @p decode (default: api::fromBody<T>); a malformed
 * or mis-shaped body becomes a Decode error naming the field, with the answer's status and request id.
 */
template <typename T> Typed<T> decodeBody(const ApiResult &result, T (*decode)(const QByteArray &) = &fromBody<T>)
{
    Typed<T> out;
    out.httpStatus = result.httpStatus;
    out.headers = result.headers;
    out.error = result.error;
    if (out.error.isError())
        return out;
    try
    {
        out.value = decode(result.body);
    }
    catch (const DecodeError &e)
    {
        out.error = ApiError::decode(QString::fromUtf8(e.what()));
        out.error.httpStatus = result.httpStatus;
        out.error.requestId = QString::fromLatin1(result.header("X-Request-Id"));
    }
    catch (const std::exception &e)
    {
        out.error = ApiError::decode(QString::fromUtf8(e.what()));
    }
    return out;
}

/** Bodies at least this large are decoded off the calling thread. */
constexpr qsizetype kOffThreadDecodeBytes = 64 * 1024;

/**
 * @brief Calls @p done(Typed<T>) on @p context's thread when @p call has finished and its
 * body has been decoded. Nothing is called if @p context is destroyed first.
 */
template <typename T> void whenDecoded(ApiCall *call, QObject *context, std::function<void(const Typed<T> &)> done)
{
    QObject::connect(call, &ApiCall::finished, context,
        [context, done](const ApiResult &result)
        {
            if (!result.ok() || result.body.size() < kOffThreadDecodeBytes)
            {
                done(decodeBody<T>(result));
                return;
            }
            auto *watcher = new QFutureWatcher<Typed<T>>(context);
            QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                [watcher, done]
                {
                    done(watcher->result());
                    watcher->deleteLater();
                });
            watcher->setFuture(QtConcurrent::run([result] { return decodeBody<T>(result); }));
        });
}
} // namespace ma::api
