#include "resourcenamesearch.h"

#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/notebookstatus.h"
#include "models/poolstatus.h"
#include "models/trainingjoblistmodel.h"

namespace ma::models
{
namespace
{
std::vector<FoundResource> pickJobs(const api::TrainingJobSearchResult &answer, const QString &)
{
    std::vector<FoundResource> found;
    for (const api::TrainingJob &job : answer.items)
    {
        if (job.metadata.id && !job.metadata.id->isEmpty())
            found.push_back({ WatchKind::TrainingJob, *job.metadata.id, job.metadata.name, job.status.phase,
                TrainingJobListModel::phaseText(job.status.phase) });
    }
    return found;
}

std::vector<FoundResource> pickNotebooks(const api::NotebookList &answer, const QString &)
{
    std::vector<FoundResource> found;
    for (const api::Notebook &notebook : answer.data)
    {
        if (notebook.id && !notebook.id->isEmpty())
        {
            const QString status = notebook.status.value_or(QString());
            found.push_back({ WatchKind::Notebook, *notebook.id, notebook.name.value_or(QString()), status,
                notebookstatus::word(status).text });
        }
    }
    return found;
}

std::vector<FoundResource> pickPools(const api::PoolList &answer, const QString &text)
{
    std::vector<FoundResource> found;
    for (const api::Pool &pool : answer.items)
    {
        const QString id = pool.metadata.name.value_or(QString());
        const QString name = api::poolDisplayName(pool);
        if (id.isEmpty() || !(name.contains(text, Qt::CaseInsensitive) || id.contains(text, Qt::CaseInsensitive)))
            continue;
        const QString phase = pool.status && pool.status->phase ? *pool.status->phase : QString();
        found.push_back({ WatchKind::Pool, id, name, phase, poolstatus::pool(phase).text });
        if (int(found.size()) >= ResourceNameSearch::kLimit)
            break;
    }
    return found;
}
} // namespace

ResourceNameSearch::ResourceNameSearch(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

ResourceNameSearch::~ResourceNameSearch()
{
    cancel();
}

void ResourceNameSearch::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (const QPointer<api::ApiCall> &call : std::as_const(m_calls))
    {
        if (call)
            call->cancel();
    }
    m_calls.clear();
}

void ResourceNameSearch::search(const QString &text)
{
    cancel();
    m_text = text.trimmed();
    if (m_text.isEmpty() || !m_connection || !m_connection->client())
        return;
    api::ApiClient *client = m_connection->client();
    const QString workspace = m_connection->workspaceId();

    const api::TrainingJobSearchRequest jobs = api::training::newestFirst(
        kLimit, { api::training::searchFilter(QStringLiteral("name"), QStringLiteral("like"), { m_text }) }, workspace);

    api::QueryItems notebooks = {
        { QStringLiteral("offset"), QStringLiteral("0") },
        { QStringLiteral("limit"), QString::number(kLimit) },
        { QStringLiteral("name"), m_text },
        { QStringLiteral("sort_key"), QStringLiteral("create_at") },
        { QStringLiteral("sort_dir"), QStringLiteral("DESC") },
    };
    if (!workspace.isEmpty())
        notebooks.append({ QStringLiteral("workspace_id"), workspace });

    m_pending = 3;
    send<api::TrainingJobSearchResult>(WatchKind::TrainingJob, client->send(api::training::search(jobs)), &pickJobs);
    send<api::NotebookList>(WatchKind::Notebook, client->send(api::notebooks::list(notebooks)), &pickNotebooks);
    send<api::PoolList>(WatchKind::Pool, client->send(api::pools::list()), &pickPools);
}

template <typename Answer>
void ResourceNameSearch::send(
    WatchKind kind, api::ApiCall *call, std::vector<FoundResource> (*pick)(const Answer &, const QString &))
{
    m_calls.emplace_back(call);
    const quint64 generation = m_generation;
    api::whenDecoded<Answer>(call, this,
        [this, generation, kind, pick](const api::Typed<Answer> &answer)
        {
            if (generation != m_generation)
                return;
            if (answer.ok())
                emit found(m_text, pick(answer.value, m_text));
            else
                emit failed(m_text, kind, answer.error);
            answered(generation);
        });
}

void ResourceNameSearch::answered(quint64 generation)
{
    if (generation != m_generation || m_pending <= 0)
        return;
    if (--m_pending == 0)
    {
        m_calls.clear();
        emit finished(m_text);
    }
}
} // namespace ma::models
