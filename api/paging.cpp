#include "paging.h"

namespace ma::api
{
PageCursor::PageCursor(PageConvention convention, int limit)
    : m_convention(convention)
    , m_limit(limit)
{
}

int PageCursor::offsetValue() const
{
    switch (m_convention)
    {
    case PageConvention::PageNumber:
        return m_page;
    case PageConvention::ItemOffset:
        return m_received;
    case PageConvention::OneBasedPage:
        return m_page + 1;
    case PageConvention::ContinueToken:
        return 0;
    }
    return 0;
}

void PageCursor::advance(int itemsOnPage, std::optional<qint64> total, const QString &continueToken)
{
    ++m_page;
    m_received += itemsOnPage;
    if (total)
        m_total = total;
    if (m_convention == PageConvention::ContinueToken)
    {
        m_continue = continueToken;
        m_hasMore = !continueToken.isEmpty();
        return;
    }
    // An empty page ends the list even when a total promises more (the list may have shrunk).
    if (itemsOnPage == 0)
        m_hasMore = false;
    else if (m_total)
        m_hasMore = m_received < *m_total;
    else
        m_hasMore = itemsOnPage >= m_limit;
}

QList<std::pair<QString, QString>> PageCursor::queryItems() const
{
    const QString limit = QString::number(m_limit);
    switch (m_convention)
    {
    case PageConvention::PageNumber:
    case PageConvention::ItemOffset:
        return { { QStringLiteral("offset"), QString::number(offsetValue()) }, { QStringLiteral("limit"), limit } };
    case PageConvention::OneBasedPage:
        return { { QStringLiteral("page"), QString::number(offsetValue()) }, { QStringLiteral("per_page"), limit } };
    case PageConvention::ContinueToken:
        if (m_continue.isEmpty())
            return { { QStringLiteral("limit"), limit } };
        return { { QStringLiteral("limit"), limit }, { QStringLiteral("continue"), m_continue } };
    }
    return {};
}

void PageCursor::reset()
{
    m_page = 0;
    m_received = 0;
    m_continue.clear();
    m_total.reset();
    m_hasMore = true;
}
} // namespace ma::api
