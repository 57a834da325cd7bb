#include "specexamples.h"

#include "api/jsoncodec.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifndef MA_SPEC_DIR
#define MA_SPEC_DIR ""
#endif

namespace ma::test
{
namespace
{
// The body starts at the first line that opens JSON: request blocks begin with a request
// line ("POST https://endpoint/v2/{project_id}/...") whose placeholder braces are not JSON.
QByteArray jsonPart(const QByteArray &block)
{
    qsizetype lineStart = 0;
    while (lineStart < block.size())
    {
        qsizetype lineEnd = block.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = block.size();
        const QByteArray line = block.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.startsWith('{') || line.startsWith('['))
            return block.mid(lineStart);
        lineStart = lineEnd + 1;
    }
    return {};
}
} // namespace

QString specExamplesPath()
{
    const QByteArray env = qgetenv("MA_SPEC_DIR");
    const QString dir = env.isEmpty() ? QStringLiteral(MA_SPEC_DIR) : QString::fromLocal8Bit(env);
    const QString path = dir + QStringLiteral("/api_examples.md");
    return QFileInfo::exists(path) ? path : QString();
}

QList<SpecExample> loadSpecExamples()
{
    QList<SpecExample> out;
    const QString path = specExamplesPath();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = file.readAll().split('\n');

    static const QRegularExpression heading(QStringLiteral("^### (EX\\d+) \\S+ (.*)$"));
    static const QRegularExpression endpoint(QStringLiteral("^- endpoint: `(\\S+) ([^`]+)`"));
    static const QRegularExpression status(QStringLiteral("HTTP status in doc: (\\d+)"));

    SpecExample current;
    bool inBlock = false;
    bool haveBlock = false;
    for (const QByteArray &raw : lines)
    {
        const QString line = QString::fromUtf8(raw);
        if (inBlock)
        {
            if (line.startsWith(QStringLiteral("```")))
            {
                inBlock = false;
                haveBlock = true;
                current.body = jsonPart(current.block);
                try
                {
                    api::parseJson(current.body);
                    current.validJson = !current.body.isEmpty();
                }
                catch (const api::DecodeError &)
                {
                    current.validJson = false;
                }
                out.append(current);
            }
            else
            {
                current.block += raw + '\n';
            }
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch())
        {
            current = SpecExample();
            current.id = m.captured(1);
            current.title = m.captured(2);
            haveBlock = false;
            continue;
        }
        if (current.id.isEmpty() || haveBlock)
            continue;
        if (const auto m = endpoint.match(line); m.hasMatch())
        {
            current.method = m.captured(1);
            current.path = m.captured(2);
        }
        else if (line.startsWith(QStringLiteral("- request")))
        {
            current.isRequest = true;
        }
        if (const auto m = status.match(line); m.hasMatch())
            current.httpStatus = m.captured(1).toInt();
        if (line.startsWith(QStringLiteral("```")))
            inBlock = true;
    }
    return out;
}

SpecExample specExample(const QList<SpecExample> &all, const QString &id)
{
    for (const SpecExample &e : all)
    {
        if (e.id == id)
            return e;
    }
    return {};
}

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(MA_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
} // namespace ma::test
