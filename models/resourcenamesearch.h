#pragma once

// Finds resources by name on the server, for the command palette (issue 15): what the lists
// have not loaded. One request per kind through the list endpoints, as the console's own
// search boxes do: the v2 training job search with a "name like" filter, the v1 notebook list's
// `name` query, and the v2 pool list, which has no name filter (pools are few; they are matched
// here). A new search cancels the one running; answers of an older search are dropped.

#include "api/apierror.h"
#include "models/watchlist.h"

#include <QObject>
#include <QPointer>
#include <vector>

namespace ma::api
{
class ApiCall;
}

namespace ma::models
{
class Connection;

struct FoundResource
{
    WatchKind kind = WatchKind::TrainingJob;
    QString id; // what the details page opens: job id, notebook id, pool name (metadata.name)
    QString name; // as the list shows it
    QString status; // the API's status word (phase), as it came
    QString statusText; // as the list's badge says it, translated
};

class ResourceNameSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceNameSearch)

public:
    /** At most this many resources of each kind per search. */
    static constexpr int kLimit = 20;

    explicit ResourceNameSearch(Connection *connection, QObject *parent = nullptr);
    ~ResourceNameSearch() override;

    /** Searches every kind for names containing @p text (trimmed); empty text only cancels. */
    void search(const QString &text);
    /** Drops the search running; nothing more is emitted for it. */
    void cancel();
    bool isSearching() const { return m_pending > 0; }
    /** The text of the latest search. */
    const QString &text() const { return m_text; }

signals:
    /** The resources of one kind whose names contain @p text (possibly none). */
    void found(const QString &text, const std::vector<ma::models::FoundResource> &resources);
    /** One kind could not be searched; the others still answer. */
    void failed(const QString &text, ma::models::WatchKind kind, const ma::api::ApiError &error);
    /** Every kind has answered (found or failed) for @p text. */
    void finished(const QString &text);

private:
    template <typename Answer>
    void send(WatchKind kind, api::ApiCall *call, std::vector<FoundResource> (*pick)(const Answer &, const QString &));
    void answered(quint64 generation);

    QPointer<Connection> m_connection;
    std::vector<QPointer<api::ApiCall>> m_calls;
    QString m_text;
    quint64 m_generation = 0;
    int m_pending = 0;
};
} // namespace ma::models
