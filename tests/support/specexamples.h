#pragma once

// Reads the published example bodies of ../shared/spec/api_examples.md at test time.
// The bodies are never copied into the repository; when the file is absent the
// tests that need it skip.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ma::test
{
struct SpecExample
{
    QString id; // "EX003"
    QString title; // "Create training job: response"
    QString method; // "POST"
    QString path; // "/v2/{project_id}/training-jobs"
    bool isRequest = false;
    int httpStatus = 0; // as the doc states, 0 when not given
    QByteArray block; // the fenced block verbatim
    QByteArray body; // the JSON part of the block (from the first '{' or '[')
    bool validJson = false; // body parses as JSON
};

/** Path of api_examples.md, or an empty string when the spec folder is absent. */
QString specExamplesPath();

/** Every EX block of the file; empty when the file is absent. */
QList<SpecExample> loadSpecExamples();

/** One example by id ("EX003"); a default-constructed one when absent. */
SpecExample specExample(const QList<SpecExample> &all, const QString &id);

/** Reads a fixture from tests/data (relative path); fails the current test when missing. */
QByteArray readTestData(const QString &relativePath);
} // namespace ma::test
