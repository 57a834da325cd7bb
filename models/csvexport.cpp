#include "csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace ma::models
{
QString csvField(const QString &text)
{
    QString value = text;
    // Spreadsheets evaluate cells that start like a formula ("CSV injection").
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QByteArray exportCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<int> cols = columns;
    if (cols.isEmpty())
    {
        for (int c = 0; c < model.columnCount(); ++c)
            cols << c;
    }
    const QString crlf = QStringLiteral("\r\n");
    QString out;
    QStringList fields;
    fields.reserve(cols.size());
    for (int c : cols)
        fields << csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += fields.join(u',') + crlf;
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r)
    {
        fields.clear();
        for (int c : cols)
            fields << csvField(model.index(r, c).data(Qt::DisplayRole).toString());
        out += fields.join(u',') + crlf;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}
} // namespace ma::models
