#include "models/systemlogfilter.h"

namespace ma::models
{
SystemLogFilter::SystemLogFilter(QObject *parent)
    : QObject(parent)
{
}

bool SystemLogFilter::isSystemLine(QStringView line)
{
    return line.contains(u"[ModelArts Service Log]") || line.contains(u"Platform=ModelArts-Service");
}

void SystemLogFilter::setShowSystemLines(bool show)
{
    if (show == m_showSystem)
        return;
    m_showSystem = show;
    m_pending.clear();
    emit textReset(show ? m_raw : filtered(m_raw, &m_pending));
}

void SystemLogFilter::reset(const QString &text)
{
    m_raw = text;
    m_pending.clear();
    emit textReset(m_showSystem ? text : filtered(text, &m_pending));
}

void SystemLogFilter::append(const QString &text)
{
    m_raw += text;
    if (m_showSystem)
    {
        emit textAppended(text);
        return;
    }
    const QString out = filtered(m_pending + text, &m_pending);
    if (!out.isEmpty())
        emit textAppended(out);
}

QString SystemLogFilter::filtered(const QString &text, QString *rest) const
{
    QString out;
    qsizetype start = 0;
    while (start < text.size())
    {
        const qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            break;
        const QStringView line = QStringView(text).mid(start, end - start + 1);
        if (!isSystemLine(line))
            out += line;
        start = end + 1;
    }
    *rest = text.mid(start);
    return out;
}
} // namespace ma::models
