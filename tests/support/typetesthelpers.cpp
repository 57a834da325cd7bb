#include "typetesthelpers.h"

#include "specexamples.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ma::test
{
using api::DecodeError;
using api::parseJson;

// Compared as plain nlohmann::json so key order does not matter.
nlohmann::json plain(const Json &j)
{
    return nlohmann::json::parse(j.dump());
}

QString text(const Json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

bool sameJson(const Json &a, const Json &b)
{
    if (plain(a) == plain(b))
        return true;
    qWarning().noquote() << "expected:" << QString::fromStdString(b.dump())
                         << "\n     got:" << QString::fromStdString(a.dump());
    return false;
}

void erasePointer(Json &j, const QString &pointer)
{
    const Json::json_pointer ptr(pointer.toStdString());
    j.at(ptr.parent_pointer()).erase(ptr.back());
}

Json withChange(Json j, const QString &change)
{
    const qsizetype eq = change.indexOf(u'=');
    if (eq < 0)
        erasePointer(j, change);
    else
        j[Json::json_pointer(change.left(eq).toStdString())] = parseJson(change.mid(eq + 1).toUtf8());
    return j;
}

// A published block that is not JSON as printed: drop a leading request line / prose and
// trailing commas, the two mechanical faults of the published examples.
std::optional<Json> repairExample(const QByteArray &block)
{
    const QList<QByteArray> lines = block.split('\n');
    qsizetype first = 0;
    while (first < lines.size() && !lines.at(first).trimmed().startsWith('{')
        && !lines.at(first).trimmed().startsWith('['))
        ++first;
    QString body = QString::fromUtf8(lines.mid(first).join('\n'));
    static const QRegularExpression trailingComma(QStringLiteral(",(\\s*[}\\]])"));
    body.replace(trailingComma, QStringLiteral("\\1"));
    try
    {
        return parseJson(body.toUtf8());
    }
    catch (const DecodeError &)
    {
        return std::nullopt;
    }
}

// Runs @p cases against api_examples.md; returns false when the file is absent.
bool runExamples(const QList<ExampleCase> &cases, const char *what)
{
    const QList<ma::test::SpecExample> all = ma::test::loadSpecExamples();
    if (all.isEmpty())
        return false;
    int valid = 0;
    int decoded = 0;
    int invalid = 0;
    int repaired = 0;
    for (const ExampleCase &c : cases)
    {
        const ma::test::SpecExample ex = ma::test::specExample(all, c.id);
        if (ex.id.isEmpty())
        {
            qWarning("%s is not in api_examples.md", qPrintable(c.id));
            continue;
        }
        if (ex.isRequest != c.request)
        {
            // A request body must go to a request type and a reply to a reply type.
            QTest::qFail(qPrintable(c.id
                             + (c.request ? u": mapped as a request, the spec marks a response"_s
                                          : u": mapped as a response, the spec marks a request"_s)),
                __FILE__, __LINE__);
            return true;
        }
        Json raw;
        if (ex.validJson)
        {
            ++valid;
            raw = parseJson(ex.body);
        }
        else
        {
            ++invalid;
            const std::optional<Json> fixed = repairExample(ex.block);
            if (!fixed)
            {
                qInfo("%s: invalid JSON as published, not repairable: skipped", qPrintable(c.id));
                continue;
            }
            qInfo("%s: invalid JSON as published, decoding the mechanically repaired body", qPrintable(c.id));
            raw = *fixed;
        }
        try
        {
            c.check(raw);
        }
        catch (const DecodeError &e)
        {
            QTest::qFail(
                qPrintable(QStringLiteral("%1: %2").arg(c.id, QString::fromUtf8(e.what()))), __FILE__, __LINE__);
            continue;
        }
        if (QTest::currentTestFailed())
            return true;
        if (ex.validJson)
            ++decoded;
        else
            ++repaired;
    }
    qInfo("decoded %d of %d valid %s examples; %d of %d invalid-as-published decoded after repair", decoded, valid,
        what, repaired, invalid);
    if (decoded != valid)
        QTest::qFail("not every valid example decoded", __FILE__, __LINE__);
    return true;
}
namespace
{
QString shown(const nlohmann::json &j)
{
    QString text = QString::fromStdString(j.dump());
    if (text.size() > 160)
        text = text.left(157) + u"..."_s;
    return text;
}
} // namespace

QString firstDifference(const nlohmann::json &in, const nlohmann::json &out, const QString &path)
{
    if (in.is_string() && out.is_number())
    {
        const QString text = QString::fromStdString(in.get<std::string>()).trimmed();
        bool ok = false;
        if (out.is_number_integer())
        {
            const qlonglong value = text.toLongLong(&ok);
            if (ok && value == out.get<std::int64_t>())
                return QString();
        }
        const double value = text.toDouble(&ok);
        if (ok && value == out.get<double>())
            return QString();
        return u"%1: string %2 came back as %3"_s.arg(path, shown(in), shown(out));
    }
    const bool bothNumbers = in.is_number() && out.is_number();
    if (in.type() != out.type() && !bothNumbers)
        return u"%1: %2 came back as %3"_s.arg(path, shown(in), shown(out));
    if (in.is_object())
    {
        for (auto it = in.begin(); it != in.end(); ++it)
        {
            const QString child = path + u'.' + QString::fromStdString(it.key());
            if (!out.contains(it.key()))
                return u"%1: missing after the round trip"_s.arg(child);
            const QString diff = firstDifference(it.value(), out.at(it.key()), child);
            if (!diff.isEmpty())
                return diff;
        }
        for (auto it = out.begin(); it != out.end(); ++it)
        {
            if (!in.contains(it.key()))
                return u"%1.%2: added by the round trip"_s.arg(path, QString::fromStdString(it.key()));
        }
        return QString();
    }
    if (in.is_array())
    {
        if (in.size() != out.size())
            return u"%1: %2 elements came back as %3"_s.arg(path).arg(in.size()).arg(out.size());
        for (std::size_t i = 0; i < in.size(); ++i)
        {
            const QString diff = firstDifference(in[i], out[i], path + u'[' + QString::number(i) + u']');
            if (!diff.isEmpty())
                return diff;
        }
        return QString();
    }
    if (in != out)
        return u"%1: %2 came back as %3"_s.arg(path, shown(in), shown(out));
    return QString();
}

bool exampleJson(const SpecExample &e, Json &out, bool *recovered)
{
    if (recovered)
        *recovered = false;
    if (e.validJson)
    {
        out = parseJson(e.body);
        return true;
    }
    const QList<QByteArray> lines = e.block.split('\n');
    const QByteArray first = lines.value(0).trimmed();
    if (first.startsWith('{') || first.startsWith('['))
        return false; // no request line: the body itself is broken
    for (qsizetype i = 1; i < lines.size(); ++i)
    {
        const QByteArray line = lines[i].trimmed();
        if (!line.startsWith('{') && !line.startsWith('['))
            continue;
        const QByteArray rest = lines.mid(i).join('\n');
        Json j = Json::parse(rest.constBegin(), rest.constEnd(), nullptr, false);
        if (j.is_discarded())
            return false;
        out = std::move(j);
        if (recovered)
            *recovered = true;
        return true;
    }
    return false;
}
} // namespace ma::test
