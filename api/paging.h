#pragma once

// One cursor for the paging conventions of the ModelArts APIs (api.md §7). They differ
// in what "offset" means, so callers say which convention a list uses and let the cursor
// compute the next request and whether more data remains.

#include <optional>
#include <QList>
#include <QString>
#include <utility>

namespace ma::api
{
enum class PageConvention
{
    PageNumber, // v2 training search, workspaces: offset is a 0-based page number
    ItemOffset, // notebooks, images, notebook flavors, mounts, training events: offset counts items
    OneBasedPage, // v1 training list: page starts at 1, per_page
    ContinueToken, // pool nodes, networks, resource flavors: limit + continue
};

class PageCursor final
{
public:
    PageCursor(PageConvention convention, int limit);

    PageConvention convention() const { return m_convention; }
    int limit() const { return m_limit; }
    /** The value to send as "offset" (page number or item offset) or "page" (v1). */
    int offsetValue() const;
    const QString &continueToken() const { return m_continue; }
    int itemsReceived() const { return m_received; }
    bool hasMore() const { return m_hasMore; }
    std::optional<qint64> total() const { return m_total; }

    /**
     * Records one page. @p total is the count the API reports for the whole list (v2
     * training: `count` — the matching jobs, not `total`); @p continueToken is the
     * metadata.continue of Kubernetes-style lists.
     */
    void advance(int itemsOnPage, std::optional<qint64> total, const QString &continueToken = QString());

    /** Query items for GET lists: offset/limit, page/per_page, or limit/continue. */
    QList<std::pair<QString, QString>> queryItems() const;

    void reset();

private:
    PageConvention m_convention;
    int m_limit;
    int m_page = 0;
    int m_received = 0;
    QString m_continue;
    std::optional<qint64> m_total;
    bool m_hasMore = true;
};
} // namespace ma::api
