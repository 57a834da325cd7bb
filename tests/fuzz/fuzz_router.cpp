// libFuzzer: modelarts-local's request handling in-process (LocalServer::handle: auth, routing,
// path parameters, query, body decoding, the handlers). Input: a method byte, then the target
// ("{p}" becomes the project id) up to the first newline, then the body. Requests carry a valid
// token so the handlers run; local jobs are not executed (the boot command is fuzzer text).

#include "server/localserver.h"

#include <array>
#include <cstdint>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace ma::server;

namespace
{
struct Backend
{
    QTemporaryDir dir;
    std::unique_ptr<LocalServer> server;
    QByteArray token;
};

Backend *g_backend = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: at exit Qt's SQL driver registry may already be gone before a static
    // LocalServer closes its database (a crash of the harness, not of the server).
    new QCoreApplication(*argc, *argv);
    auto &backend = *new Backend;
    ServerConfig config;
    config.dataDir = backend.dir.filePath(QStringLiteral("data"));
    config.executeLocalJobs = false;
    config.timeScale = 1000;
    backend.server = std::make_unique<LocalServer>(config);
    QString error;
    if (!backend.server->start(QHostAddress::LocalHost, 0, &error))
    {
        qFatal("fuzz_router: cannot start modelarts-local: %s", qPrintable(error));
    }
    backend.token = backend.server->issueToken();
    g_backend = &backend;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::array<QByteArray, 6> methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
    if (size < 2)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    QByteArray target = newline < 0 ? rest : rest.left(newline);
    target.replace("{p}", g_backend->server->projectId().toUtf8());

    Request request;
    request.method = methods[data[0] % methods.size()];
    request.url = QUrl::fromEncoded(target);
    request.body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    request.headers = { { QByteArrayLiteral("X-Auth-Token"), g_backend->token },
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    const Response response = g_backend->server->handle(request);
    // A 500 never carries what failed inside (issue 9).
    if (response.status >= 500 && response.body.contains("exception"))
        std::abort();
    // Lifecycle timers and deferred deletes run as they would between requests.
    QCoreApplication::processEvents();
    return 0;
}
