#pragma once

// Pre-submit checks: before a creation form's Confirm step sends anything, ask the backend
// what the console would only tell after a failure: is there quota left, does the chosen
// pool have the nodes, do the OBS paths exist, what will it cost. Each check runs on its own
// (async API calls); the Confirm dialog lists them as they finish.

#include <functional>
#include <QObject>
#include <QPointer>
#include <vector>

namespace ma::models
{
/** @brief One check as the Confirm step lists it. */
struct PreSubmitCheck
{
    enum class Outcome
    {
        Running, // still asking
        Passed, // fine
        Warning, // may be a problem; submitting is still allowed
        Blocking, // submitting would fail (e.g. the quota is used up)
        Unknown, // cannot be checked from here (said why in the detail)
    };

    QString title;
    Outcome outcome = Outcome::Running;
    QString detail;
};

/**
 * @brief A set of checks run at once; each reports one outcome through its Report callback.
 * A report that arrives after this object is gone is dropped.
 */
class PreSubmitChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreSubmitChecks)

public:
    using Report = std::function<void(PreSubmitCheck::Outcome outcome, const QString &detail)>;
    /** Starts the check; calls report exactly once (now or later). */
    using Runner = std::function<void(const Report &report)>;

    explicit PreSubmitChecks(QObject *parent = nullptr);

    /** Adds a check; it starts with start(). */
    void add(const QString &title, Runner runner);
    /** Adds a check whose outcome is known already (e.g. from the form alone). */
    void addResult(const QString &title, PreSubmitCheck::Outcome outcome, const QString &detail);
    /** Runs every added check. */
    void start();

    const std::vector<PreSubmitCheck> &checks() const { return m_checks; }
    bool isFinished() const;
    /** Whether a finished check says submitting would fail. */
    bool blocks() const;
    /** How many checks ended with @p outcome. */
    int count(PreSubmitCheck::Outcome outcome) const;

signals:
    void checkChanged(int index);
    void finished();

private:
    void report(int index, PreSubmitCheck::Outcome outcome, const QString &detail);

    std::vector<PreSubmitCheck> m_checks;
    std::vector<Runner> m_runners;
    bool m_started = false;
};
} // namespace ma::models
