#include "localbackend.h"

#include "api/authenticators.h"
#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "server/store.h"

#include <QSignalSpy>
#include <QUuid>

namespace ma::test
{
LocalBackend::LocalBackend()
    : LocalBackend(Options())
{
}

LocalBackend::LocalBackend(const Options &options)
    : m_options(options)
{
    if (m_options.dataDir.isEmpty())
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
    else
    {
        m_dataDir = m_options.dataDir;
    }
    m_running = startServer();
}

LocalBackend::~LocalBackend() = default;

bool LocalBackend::startServer()
{
    server::ServerConfig config;
    config.dataDir = m_dataDir;
    config.timeScale = m_options.timeScale;
    config.demoData = m_options.demoData;
    m_server = std::make_unique<server::LocalServer>(config);
    return m_server->start(QHostAddress::LocalHost, 0, &m_error);
}

bool LocalBackend::restart()
{
    m_server.reset();
    m_running = startServer();
    return m_running;
}

std::unique_ptr<api::ApiClient> LocalBackend::accessKeyClient() const
{
    auto client = std::make_unique<api::ApiClient>(api::Endpoints { url(), url() });
    const server::ServerConfig &c = m_server->config();
    client->setAuthenticator(new api::AccessKeyAuthenticator({ c.accessKey, c.secretKey, {} }, c.region));
    return client;
}

std::unique_ptr<api::ApiClient> LocalBackend::passwordClient() const
{
    auto client = std::make_unique<api::ApiClient>(api::Endpoints { url(), url() });
    const server::ServerConfig &c = m_server->config();
    client->setAuthenticator(new api::PasswordTokenAuthenticator({ c.domainName, c.userName, c.password }, c.region));
    return client;
}

api::ApiResult callAndWait(api::ApiClient &client, api::ApiRequest request, int timeoutMs)
{
    api::ApiCall *call = client.send(std::move(request));
    QSignalSpy spy(call, &api::ApiCall::finished);
    if (!spy.wait(timeoutMs))
    {
        api::ApiResult r;
        r.error = api::ApiError::timeout(timeoutMs);
        return r;
    }
    return spy.takeFirst().at(0).value<api::ApiResult>();
}
QString createLocalJob(api::ApiClient &client, const QString &name, const QString &command, const QString &description)
{
    api::Json body = { { "kind", "job" }, { "metadata", { { "name", name.toStdString() } } },
        { "algorithm", { { "command", command.toStdString() } } },
        { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    if (!description.isEmpty())
        body["metadata"]["description"] = description.toStdString();
    const api::ApiResult r = callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body).metadata.id.value_or(QString()) : QString();
}

QString createNotebook(api::ApiClient &client, const QString &name, const QString &pool, const QString &description)
{
    api::NotebookCreate body;
    body.name = name;
    body.flavor = QStringLiteral("modelarts.vm.cpu.2u");
    body.imageId = QStringLiteral("0117d4c8-4d9d-4333-b0f3-dbeb19a298e1");
    if (!description.isEmpty())
        body.description = description;
    body.volume.category = QStringLiteral("EVS");
    body.volume.ownership = QStringLiteral("MANAGED");
    body.volume.capacity = 5;
    if (!pool.isEmpty())
        body.poolId = pool;
    const auto r = api::decodeBody<api::Notebook>(callAndWait(client, api::notebooks::create(body)));
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? r.value.id.value_or(QString()) : QString();
}

api::Pool poolBody(const QString &displayName, int count, const QString &flavor)
{
    api::Pool p;
    p.apiVersion = QStringLiteral("v2");
    p.kind = QStringLiteral("Pool");
    p.metadata.labels = api::StringMap { { QStringLiteral("os.modelarts/name"), displayName },
        { QStringLiteral("os.modelarts/workspace.id"), QStringLiteral("0") } };
    p.spec.type = QStringLiteral("Dedicate");
    p.spec.scope = std::vector<QString> { QStringLiteral("Train") };
    api::PoolResource r;
    r.flavor = flavor;
    r.count = count;
    p.spec.resources = { r };
    return p;
}

QString createPool(api::ApiClient &client, const QString &displayName, int count, const QString &flavor)
{
    const auto created
        = api::decodeBody<api::Pool>(callAndWait(client, api::pools::create(poolBody(displayName, count, flavor))));
    if (!created.ok())
        qWarning("pool create failed: %s", qPrintable(created.error.displayText()));
    return created.ok() ? created.value.metadata.name.value_or(QString()) : QString();
}

QString copyNotebookOfOtherUser(LocalBackend &backend, const QString &id, const QString &name, const QString &userName)
{
    server::Store &store = backend.server().store();
    const auto doc = store.get(QStringLiteral("notebook"), id);
    if (!doc)
        return QString();
    api::Json copy = *doc;
    const QString copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy["id"] = copyId.toStdString();
    copy["name"] = name.toStdString();
    copy["user"]["id"] = QString(u"iam-" + userName).toStdString();
    copy["user"]["name"] = userName.toStdString();
    server::ResourceIndex index;
    index.name = name;
    index.status = QString::fromStdString(copy.value("status", std::string()));
    index.createdMs = copy.value("create_at", qint64(0));
    index.workspace = QStringLiteral("0");
    store.put(QStringLiteral("notebook"), copyId, copy, index);
    return copyId;
}

QString jobPhase(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = callAndWait(client, api::training::show(id));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body).status.phase : QString();
}

api::v1::TrainingJobCreate v1Job(const QString &name, const QString &description, int jobSeconds)
{
    api::v1::TrainingJobCreate job;
    job.jobName = name;
    job.jobDesc = description;
    job.config.workerServerNum = 1;
    job.config.appUrl = QStringLiteral("/bucket/code/");
    job.config.bootFileUrl = QStringLiteral("/bucket/code/train.py");
    job.config.dataUrl = QStringLiteral("/bucket/data/");
    job.config.trainUrl = QStringLiteral("/bucket/out/");
    job.config.specId = 2;
    job.config.engineId = 1;
    api::v1::TrainingParameter lr;
    lr.label = QStringLiteral("learning_rate");
    lr.value = api::LooseScalar(QStringLiteral("0.01"));
    api::v1::TrainingParameter duration;
    duration.label = QStringLiteral("MA_LOCAL_DURATION_SECONDS");
    duration.value = api::LooseScalar(QString::number(jobSeconds));
    job.config.parameter = std::vector<api::v1::TrainingParameter> { lr, duration };
    return job;
}

QString createDemoGpuJob(api::ApiClient &client, const QString &projectId, const QString &name, int nodes)
{
    api::Json body = { { "kind", "job" }, { "metadata", { { "name", name.toStdString() } } },
        { "algorithm",
            { { "command", "python train.py" }, { "engine", { { "image_url", "org/train:1" } } },
                { "parameters", { { { "name", "MA_LOCAL_DURATION_SECONDS" }, { "value", "3600" } } } } } },
        { "spec",
            { { "resource",
                { { "pool_id", QString(u"gpu-v100-pool-" + projectId).toStdString() },
                    { "flavor_id", "modelarts.bm.gpu.v100.8" }, { "node_count", nodes } } } } } };
    const api::ApiResult r = callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error.displayText()));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body).metadata.id.value_or(QString()) : QString();
}

int countJobsInPhase(api::ApiClient &client, const QString &phase)
{
    api::TrainingJobSearchRequest req;
    req.offset = 0;
    req.limit = 50;
    api::TrainingJobFilter f;
    f.key = QStringLiteral("phase");
    f.op = QStringLiteral("in");
    f.value = std::vector<QString> { phase };
    req.filters = std::vector<api::TrainingJobFilter> { f };
    const api::ApiResult r = callAndWait(client, api::training::search(req));
    return r.ok() ? int(api::fromBody<api::TrainingJobSearchResult>(r.body).items.size()) : -1;
}
} // namespace ma::test
