#include "presubmitchecks.h"

#include <algorithm>
#include <memory>

namespace ma::models
{
PreSubmitChecks::PreSubmitChecks(QObject *parent)
    : QObject(parent)
{
}

void PreSubmitChecks::add(const QString &title, Runner runner)
{
    m_checks.push_back({ title, PreSubmitCheck::Outcome::Running, QString() });
    m_runners.push_back(std::move(runner));
}

void PreSubmitChecks::addResult(const QString &title, PreSubmitCheck::Outcome outcome, const QString &detail)
{
    m_checks.push_back({ title, outcome, detail });
    m_runners.push_back(nullptr);
}

void PreSubmitChecks::start()
{
    if (m_started)
        return;
    m_started = true;
    if (isFinished())
    {
        emit finished();
        return;
    }
    for (size_t i = 0; i < m_runners.size(); ++i)
    {
        if (!m_runners[i])
            continue;
        QPointer<PreSubmitChecks> self(this);
        auto reported = std::make_shared<bool>(false);
        const int index = static_cast<int>(i);
        // A runner's callback may come after the dialog is gone, or (by mistake) twice.
        m_runners[i](
            [self, index, reported](PreSubmitCheck::Outcome outcome, const QString &detail)
            {
                if (!self || *reported)
                    return;
                *reported = true;
                self->report(index, outcome, detail);
            });
    }
}

void PreSubmitChecks::report(int index, PreSubmitCheck::Outcome outcome, const QString &detail)
{
    PreSubmitCheck &check = m_checks[static_cast<size_t>(index)];
    check.outcome = outcome == PreSubmitCheck::Outcome::Running ? PreSubmitCheck::Outcome::Unknown : outcome;
    check.detail = detail;
    emit checkChanged(index);
    if (isFinished())
        emit finished();
}

bool PreSubmitChecks::isFinished() const
{
    return std::none_of(m_checks.begin(), m_checks.end(),
        [](const PreSubmitCheck &c) { return c.outcome == PreSubmitCheck::Outcome::Running; });
}

bool PreSubmitChecks::blocks() const
{
    return count(PreSubmitCheck::Outcome::Blocking) > 0;
}

int PreSubmitChecks::count(PreSubmitCheck::Outcome outcome) const
{
    return static_cast<int>(std::count_if(
        m_checks.begin(), m_checks.end(), [outcome](const PreSubmitCheck &c) { return c.outcome == outcome; }));
}
} // namespace ma::models
