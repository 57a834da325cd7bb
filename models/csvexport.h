#pragma once

// CSV export of any table model, as Excel and LibreOffice open it (RFC 4180).

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

namespace ma::models
{
/**
 * @brief The rows of @p model as CSV: a header line from headerData(), then one line per
 * top-level row with the DisplayRole text of @p columns (all columns when empty).
 *
 * UTF-8 with a byte order mark (so Excel detects the encoding), CRLF line ends, and
 * fields quoted when they hold a comma, a double quote, CR or LF (quotes doubled). A field
 * starting with =, +, - or @ is prefixed with an apostrophe so a spreadsheet does not run
 * it as a formula. Rows not fetched yet (canFetchMore) are not exported.
 */
QByteArray exportCsv(const QAbstractItemModel &model, const QList<int> &columns = {});

/** One field quoted as RFC 4180 asks (exposed for tests). */
QString csvField(const QString &text);
} // namespace ma::models
