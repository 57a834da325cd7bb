#pragma once

// What every page test against the real local backend sets up: a modelarts-local on
// 127.0.0.1:0, a Local connection signing with its AK/SK, and the answers to the page's
// confirmation questions.

#include "localbackend.h"
#include "models/connection.h"

#include <functional>
#include <memory>
#include <QStringList>

namespace ma::test
{
class LocalConsole final
{
public:
    explicit LocalConsole(const LocalBackend::Options &options);

    /** False (with the reason in error()) when the backend could not start. */
    bool isRunning() const { return m_backend.isRunning(); }
    const QString &error() const { return m_backend.error(); }

    LocalBackend &backend() { return m_backend; }
    models::Connection *connection() { return m_connection.get(); }
    api::ApiClient &client() { return *m_connection->client(); }

private:
    LocalBackend m_backend;
    std::unique_ptr<models::Connection> m_connection;
};

/** Answers a page's confirmation questions with answer and records each one asked. */
struct QuestionRecorder
{
    QStringList questions;
    bool answer = true;

    void reset()
    {
        questions.clear();
        answer = true;
    }
    /** A handler for ConsolePage::setConfirmHandler (and the pages' own). */
    std::function<bool(const QString &)> handler()
    {
        return [this](const QString &question)
        {
            questions.append(question);
            return answer;
        };
    }
};
} // namespace ma::test
