#include "localserver.h"

#include "api/signer.h"
#include "credentialfile.h"
#include "modules.h"
#include "servermodule.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace ma::server
{
namespace
{
constexpr qint64 kMaxClockSkewMs = 15LL * 60 * 1000;
constexpr qint64 kMaxLoginThrottleMs = 60 * 1000;
const QString kSecretKeyName = QStringLiteral("secret_key");
const QString kPasswordName = QStringLiteral("password");

QByteArray randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomAlnum(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = alphabet[QRandomGenerator::system()->bounded(36)];
    return out;
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

[[noreturn]] void invalidIamBody(const QString &detail)
{
    throw HttpError(400, QStringLiteral("IAM.0011"), QStringLiteral("Request body is invalid: %1").arg(detail));
}

/** A string of the sign-in body through a JSON pointer: absent or null is empty, another type a 400. */
QString iamString(const Json &j, const char *pointer)
{
    const Json::json_pointer ptr(pointer);
    if (!j.contains(ptr) || j.at(ptr).is_null())
        return {};
    const Json &v = j.at(ptr);
    if (!v.is_string())
        invalidIamBody(
            QStringLiteral("%1 must be a string.").arg(QString::fromLatin1(pointer + 1).replace(u'/', u'.')));
    return QString::fromStdString(v.get<std::string>());
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m)
    {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

/**
 * Accepts connections that never wait for a delayed ACK. Both ends of a kept-alive connection
 * otherwise stall ~40 ms per request (Nagle's algorithm against delayed ACKs; a new connection
 * starts in quick-ACK mode, which is why only kept-alive requests paid it):
 * - QHttpServer writes an answer in several writes (status line, headers, body chunks): with
 *   TCP_NODELAY each goes out at once instead of waiting for the ACK of the previous one;
 * - Qt's network access manager sends a POST's headers and body in two writes without
 *   TCP_NODELAY, so its body waits for our ACK of the headers: the ACK is sent at once
 *   (TCP_QUICKACK, which Linux clears again by itself, so it is re-armed whenever data comes).
 */
class LowDelayTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor))
        {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
        quickAck(descriptor);
        // Connected before QHttpServer's own handler: the ACK leaves before the request is handled.
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { quickAck(socket->socketDescriptor()); });
#endif
        addPendingConnection(socket);
    }

private:
#ifdef Q_OS_LINUX
    static void quickAck(qintptr descriptor)
    {
        const int on = 1;
        ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
};

Response gatewayError(const QString &message)
{
    Json body = Json::object();
    body["error_msg"] = message.toStdString();
    body["error_code"] = "APIGW.0301";
    body["request_id"] = QUuid::createUuid().toString(QUuid::Id128).toStdString();
    return Response::json(401, body);
}
} // namespace

LocalServer::LocalServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_ctx(std::make_unique<ServerContext>(std::move(config), m_store))
{
    // Every route under /{project_id}/ answers 403 for another project (ModelArts.0210).
    m_router.guard(QStringLiteral("project_id"), [ctx = m_ctx.get()](const QString &id) { ctx->checkProject(id); });
    registerIam();
    m_modules = createModules(*m_ctx, this);
    for (ServerModule *module : m_modules)
        module->registerRoutes(m_router);
}

LocalServer::~LocalServer()
{
    // Modules hold a reference to the context: they go first, before the members do.
    qDeleteAll(m_modules);
    m_modules.clear();
    stop();
}

bool LocalServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    ServerConfig &cfg = m_ctx->config();
    if (cfg.dataDir.isEmpty())
    {
        if (error)
            *error = QStringLiteral("no data directory given");
        return false;
    }
    // Private (0700) whatever the umask: it holds the credentials, the database and job files.
    QString dirError;
    if (!makePrivateDir(cfg.dataDir, &dirError))
    {
        if (error)
            *error = dirError;
        return false;
    }
    QString dbError;
    if (!m_store.open(QDir(cfg.dataDir).filePath(QStringLiteral("modelarts-local.sqlite")), &dbError))
    {
        if (error)
            *error = QStringLiteral("cannot open the database: %1").arg(dbError);
        return false;
    }
    const bool firstStart = m_store.meta(QStringLiteral("project_id")).isEmpty();
    QString identityError;
    if (!ensureIdentity(&identityError))
    {
        if (error)
            *error = identityError;
        m_store.close();
        return false;
    }
    m_store.purgeTokens(m_ctx->clock().nowMs());
    if (firstStart && cfg.demoData)
    {
        for (ServerModule *module : m_modules)
            m_store.transaction([module] { module->seedDemoData(); });
    }

    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&responder)
        { onHttpRequest(req, std::move(responder)); });
    auto *tcp = new LowDelayTcpServer(m_http.get());
    if (tcp->listen(address, port))
    {
        m_http->bind(tcp); // takes the server over
        m_port = tcp->serverPort();
    }
    else
    {
        delete tcp;
        m_port = 0;
    }
    if (m_port == 0)
    {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        m_http.reset();
        return false;
    }
    m_address = address;
    for (ServerModule *module : m_modules)
        module->start();
    return true;
}

void LocalServer::stop()
{
    m_http.reset();
    m_store.close();
}

QUrl LocalServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_address.isNull() ? QStringLiteral("127.0.0.1") : m_address.toString());
    u.setPort(m_port);
    return u;
}

QString LocalServer::credentialFilePath() const
{
    return QDir(m_ctx->config().dataDir).filePath(QStringLiteral("credentials.json"));
}

bool LocalServer::ensureIdentity(QString *error)
{
    // Given values win and are remembered; missing ones are generated once and kept. The
    // project id and access key are public and live in the database; the secret key and the
    // password live in a file only the owner can read.
    ServerConfig &cfg = m_ctx->config();
    const auto settle = [this](const QString &key, QString value, const std::function<QString()> &generate)
    {
        if (value.isEmpty())
            value = m_store.meta(key);
        if (value.isEmpty())
            value = generate();
        m_store.setMeta(key, value);
        return value;
    };
    cfg.projectId = settle(QStringLiteral("project_id"), cfg.projectId, [] { return ServerContext::newHexId(); });
    cfg.accessKey = settle(QStringLiteral("access_key"), QString::fromUtf8(cfg.accessKey),
        [] {
            return QString::fromLatin1(randomAlnum(20));
        }).toUtf8();

    const CredentialFile file(credentialFilePath());
    QMap<QString, QString> secrets;
    if (!file.load(&secrets, error))
        return false;
    const QMap<QString, QString> before = secrets;
    const auto settleSecret = [&](const QString &key, QString value, const std::function<QString()> &generate)
    {
        if (value.isEmpty())
            value = secrets.value(key);
        if (value.isEmpty())
            value = m_store.meta(key); // kept in the database by earlier versions
        if (value.isEmpty())
            value = generate();
        secrets.insert(key, value);
        return value;
    };
    cfg.secretKey = settleSecret(kSecretKeyName, QString::fromUtf8(cfg.secretKey),
        [] {
            return QString::fromLatin1(randomAlnum(40));
        }).toUtf8();
    cfg.password = settleSecret(kPasswordName, cfg.password, [] { return QString::fromLatin1(randomText(12)); });
    if (secrets != before && !file.save(secrets, error))
        return false;
    // Only once the file holds them: a failed save must not lose the old values.
    m_store.removeMeta(kSecretKeyName);
    m_store.removeMeta(kPasswordName);
    return true;
}

QByteArray LocalServer::issueToken(qint64 *expiresAtMs)
{
    const QByteArray token = "MIIL" + randomText(96);
    const qint64 now = m_ctx->clock().nowMs();
    const qint64 expires = now + m_ctx->config().tokenLifetimeMs;
    m_store.purgeTokens(now);
    m_store.addToken(tokenHash(token), expires);
    if (expiresAtMs)
        *expiresAtMs = expires;
    return token;
}

std::optional<Response> LocalServer::checkLoginThrottle() const
{
    const qint64 wait = m_loginBlockedUntilMs - m_ctx->clock().nowMs();
    if (wait <= 0)
        return std::nullopt;
    const qint64 seconds = (wait + 999) / 1000;
    Response r = Response::error(
        429, QStringLiteral("APIGW.0308"), QStringLiteral("Too many wrong passwords. Try again in %1 s.").arg(seconds));
    r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(seconds) });
    return r;
}

void LocalServer::recordLogin(bool succeeded)
{
    const ServerConfig &cfg = m_ctx->config();
    if (succeeded)
    {
        m_loginFailures = 0;
        return;
    }
    ++m_loginFailures;
    const int beyond = m_loginFailures - cfg.freeLoginFailures;
    if (beyond < 0)
        return;
    const qint64 wait = std::min(kMaxLoginThrottleMs, cfg.loginThrottleMs << std::min(beyond, 16));
    m_loginBlockedUntilMs = m_ctx->clock().nowMs() + wait;
}

void LocalServer::registerIam()
{
    // POST /v3/auth/tokens — password flow, project scope by name (api.md §4.1.1).
    m_router.add("POST", QStringLiteral("/v3/auth/tokens"),
        [this](const Request &req)
        {
            const Json body = req.json();
            if (!body.is_object())
                invalidIamBody(QStringLiteral("it must be a JSON object."));
            const ServerConfig &cfg = m_ctx->config();
            const QString userName = iamString(body, "/auth/identity/password/user/name");
            const QString password = iamString(body, "/auth/identity/password/user/password");
            const QString domain = iamString(body, "/auth/identity/password/user/domain/name");
            const QString projectName = iamString(body, "/auth/scope/project/name");
            const QString projectId = iamString(body, "/auth/scope/project/id");
            const Json::json_pointer methodsAt("/auth/identity/methods");
            const bool passwordMethod = body.contains(methodsAt) && body.at(methodsAt).is_array()
                && !body.at(methodsAt).empty() && body.at(methodsAt).front() == "password";
            if (!passwordMethod)
                invalidIamBody(QStringLiteral("only the password method is supported."));
            if (auto throttled = checkLoginThrottle())
                return *throttled;
            const bool valid = userName == cfg.userName && password == cfg.password
                && (domain.isEmpty() || domain == cfg.domainName);
            recordLogin(valid);
            if (!valid)
            {
                Json err;
                err["error"] = { { "code", 401 }, { "message", "The username or password is wrong." },
                    { "title", "Unauthorized" } };
                return Response::json(401, err);
            }
            if (!projectName.isEmpty() && projectName != cfg.region)
                throw HttpError(
                    400, QStringLiteral("IAM.0020"), QStringLiteral("The project %1 does not exist.").arg(projectName));
            if (!projectId.isEmpty() && projectId != cfg.projectId)
                throw HttpError(
                    400, QStringLiteral("IAM.0020"), QStringLiteral("The project %1 does not exist.").arg(projectId));

            qint64 expires = 0;
            const QByteArray token = issueToken(&expires);
            const qint64 now = m_ctx->clock().nowMs();
            const Json domainJson = { { "id", "local-domain" }, { "name", cfg.domainName.toStdString() } };
            Json out;
            out["token"] = {
                { "methods", { "password" } },
                { "expires_at", iso(expires).toStdString() },
                { "issued_at", iso(now).toStdString() },
                { "user",
                    { { "id", "local-user" }, { "name", cfg.userName.toStdString() }, { "domain", domainJson },
                        { "password_expires_at", "" } } },
                { "project",
                    { { "id", cfg.projectId.toStdString() }, { "name", cfg.region.toStdString() },
                        { "domain", domainJson } } },
                { "catalog", Json::array() },
                { "roles", { { { "id", "0" }, { "name", "te_admin" } } } },
            };
            Response r = Response::json(201, out);
            r.headers.append({ QByteArrayLiteral("X-Subject-Token"), token });
            return r;
        });

    // GET /v3/projects?name= — project lookup (api.md §4.1.3).
    m_router.add("GET", QStringLiteral("/v3/projects"),
        [this](const Request &req)
        {
            const ServerConfig &cfg = m_ctx->config();
            Json projects = Json::array();
            const QString name = req.query(QStringLiteral("name"));
            if (name.isEmpty() || name == cfg.region)
            {
                projects.push_back({ { "id", cfg.projectId.toStdString() }, { "name", cfg.region.toStdString() },
                    { "domain_id", "local-domain" }, { "parent_id", "local-domain" }, { "is_domain", false },
                    { "enabled", true }, { "description", "" }, { "links", { { "self", "" } } } });
            }
            Json out;
            out["links"]
                = { { "self", req.url.toString().toStdString() }, { "previous", nullptr }, { "next", nullptr } };
            out["projects"] = projects;
            return Response::json(200, out);
        });
}

std::optional<Response> LocalServer::authenticate(const Request &request) const
{
    const QString path = request.url.path();
    if (request.method == "POST" && (path == u"/v3/auth/tokens" || path == u"/v3/auth/tokens/"))
        return std::nullopt;

    // The metrics routes also take HTTP basic auth with the IAM user, as AOM's Prometheus
    // instance does (pools_monitoring.md §5.7), so Prometheus and Grafana can use them.
    const bool metricsPath = path == u"/metrics" || path.startsWith(u"/api/v1/");
    const QByteArray authorization = request.header("Authorization");
    if (metricsPath && authorization.startsWith("Basic "))
    {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        const ServerConfig &cfg = m_ctx->config();
        if (colon > 0 && QString::fromUtf8(pair.left(colon)) == cfg.userName
            && QString::fromUtf8(pair.mid(colon + 1)) == cfg.password && !cfg.password.isEmpty())
            return std::nullopt;
        Response denied = Response::error(401, QStringLiteral("ModelArts.0201"),
            QStringLiteral("The user name or password of the basic authentication is wrong."));
        denied.headers.append(
            { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"modelarts-local\"") });
        return denied;
    }

    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty())
    {
        const std::optional<qint64> expires = m_store.tokenExpiry(tokenHash(token));
        if (!expires)
            return Response::error(401, QStringLiteral("ModelArts.0203"), QStringLiteral("Invalid token."));
        if (*expires <= m_ctx->clock().nowMs())
            return Response::error(401, QStringLiteral("ModelArts.0202"),
                QStringLiteral("Invalid token header because the token has expired."));
        return std::nullopt;
    }

    if (authorization.isEmpty())
    {
        Response denied
            = Response::error(401, QStringLiteral("ModelArts.0201"), QStringLiteral("Token doesn't exist."));
        if (metricsPath)
            denied.headers.append(
                { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"modelarts-local\"") });
        return denied;
    }
    const auto parsed = api::Signer::parseAuthorization(authorization);
    if (!parsed)
        return gatewayError(
            QStringLiteral("Incorrect IAM authentication information: the Authorization header is malformed"));
    const ServerConfig &cfg = m_ctx->config();
    if (parsed->access != cfg.accessKey)
        return gatewayError(QStringLiteral("Incorrect IAM authentication information: ak %1 not exist")
                                .arg(QString::fromUtf8(parsed->access)));
    const auto date = api::Signer::parseSdkDate(request.header("X-Sdk-Date"));
    if (!date)
        return gatewayError(
            QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is missing or malformed"));
    if (std::abs(date->toMSecsSinceEpoch() - m_ctx->clock().nowMs()) > kMaxClockSkewMs)
        return gatewayError(
            QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is more than 15 minutes off"));
    if (!api::Signer::verify(request.method, request.url, request.headers, request.body, cfg.secretKey))
        return gatewayError(QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail"));
    return std::nullopt;
}

Response LocalServer::handle(Request &request)
{
    // Before anything reads the body: not authenticated, signed, parsed or stored.
    const qsizetype maxBody = m_ctx->config().maxBodyBytes;
    if (request.body.size() > maxBody)
    {
        return Response::error(413, QStringLiteral("ModelArts.0101"),
            QStringLiteral("Invalid Argument. The request body is larger than %1 bytes.").arg(maxBody));
    }
    try
    {
        if (auto denied = authenticate(request))
            return *denied;
        // Project ids in paths are checked by the modules; the IAM paths have none.
        return m_router.dispatch(request);
    }
    catch (const std::exception &e)
    {
        // The router answers for its handlers; this is for what fails around them (the store).
        qWarning("modelarts-local: %s failed: %s", request.method.constData(), e.what());
    }
    catch (...)
    {
        qWarning("modelarts-local: %s failed with an unknown exception", request.method.constData());
    }
    return Response::internalError();
}

void LocalServer::onHttpRequest(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    Request request;
    request.method = methodName(httpRequest.method());
    request.url = httpRequest.url();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.append({ name, value });
    request.body = httpRequest.body();

    const Response response = handle(request);
    QHttpServerResponse out(
        response.contentType, response.body, static_cast<QHttpServerResponse::StatusCode>(response.status));
    out.addHeader(QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toString(QUuid::Id128).toLatin1());
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    out.write(std::move(responder));
}
} // namespace ma::server
