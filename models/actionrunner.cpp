#include "actionrunner.h"

#include <QCoreApplication>

namespace ma::models
{
QString ActionOutcome::message() const
{
    // Not a QObject: the context is a literal so that lupdate finds these strings.
    const int failed = static_cast<int>(failures.size());
    if (canceled && succeeded == 0 && failed == 0)
        return QCoreApplication::translate("ActionOutcome", "Canceled: nothing was sent.");
    if (failed == 0)
    {
        return canceled
            ? QCoreApplication::translate("ActionOutcome", "%n succeeded, then canceled.", nullptr, succeeded)
            : QCoreApplication::translate("ActionOutcome", "%n succeeded.", nullptr, succeeded);
    }
    const QString failedText = QCoreApplication::translate("ActionOutcome", "%n failed", nullptr, failed);
    QString text = succeeded > 0
        ? QCoreApplication::translate("ActionOutcome", "%1, %2:", "3 succeeded, 1 failed:")
              .arg(QCoreApplication::translate("ActionOutcome", "%n succeeded", nullptr, succeeded), failedText)
        : QCoreApplication::translate("ActionOutcome", "%1:", "1 failed:").arg(failedText);
    for (const Failure &failure : failures)
    {
        // "bert-ft: Training job ... not found. (ModelArts.2775 · request id 5f1e...)"
        QString line = QCoreApplication::translate("ActionOutcome", "%1: %2", "target: error")
                           .arg(failure.target, failure.error.displayText());
        const QString reference = failure.error.reference();
        if (!reference.isEmpty())
            line = QCoreApplication::translate("ActionOutcome", "%1 (%2)", "error (code and request id)")
                       .arg(line, reference);
        text += u'\n' + line;
    }
    return text;
}

ActionRunner::ActionRunner(QObject *parent)
    : QObject(parent)
{
}

ActionRunner::~ActionRunner()
{
    // Calls in flight answer into nothing: their connections go with this object.
    for (const QPointer<api::ApiCall> &call : std::as_const(m_calls))
    {
        if (call)
            call->cancel();
    }
}

void ActionRunner::setClient(api::ApiClient *client)
{
    m_client = client;
}

bool ActionRunner::request(const Action &action)
{
    if (isBusy() || !m_client || action.calls.empty())
        return false;
    m_action = action;
    if (!m_action.confirmation.isEmpty())
    {
        m_pending = true;
        emit confirmationRequested(m_action.title, m_action.confirmation);
        return true;
    }
    m_pending = true;
    confirm();
    return true;
}

void ActionRunner::confirm()
{
    if (!m_pending)
        return;
    m_pending = false;
    if (!m_client)
    {
        reject();
        return;
    }
    m_running = true;
    m_canceled = false;
    m_next = 0;
    m_inFlight = 0;
    m_results.assign(m_action.calls.size(), std::nullopt);
    m_calls.clear();
    emit started();
    sendNext();
}

void ActionRunner::reject()
{
    if (!m_pending)
        return;
    m_pending = false;
    ActionOutcome outcome;
    outcome.title = m_action.title;
    outcome.canceled = true;
    emit finished(outcome);
}

void ActionRunner::cancel()
{
    if (m_pending)
    {
        reject();
        return;
    }
    if (!m_running)
        return;
    m_canceled = true;
    m_next = m_action.calls.size(); // nothing more is sent
    const QList<QPointer<api::ApiCall>> calls = m_calls;
    for (const QPointer<api::ApiCall> &call : calls)
    {
        if (call)
            call->cancel(); // finished() follows, with a Canceled error
    }
    if (m_inFlight == 0)
        finish();
}

void ActionRunner::sendNext()
{
    while (m_inFlight < kMaxInFlight && m_next < m_action.calls.size() && m_client)
    {
        const std::size_t index = m_next++;
        api::ApiCall *call = m_client->send(m_action.calls[index].request);
        ++m_inFlight;
        m_calls.append(call);
        connect(call, &api::ApiCall::finished, this,
            [this, index](const api::ApiResult &result) { onCallFinished(index, result); });
    }
    if (m_inFlight == 0)
        finish();
}

void ActionRunner::onCallFinished(std::size_t index, const api::ApiResult &result)
{
    --m_inFlight;
    m_results[index] = result.error;
    emit callFinished(result);
    sendNext();
}

void ActionRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ActionOutcome outcome;
    outcome.title = m_action.title;
    outcome.canceled = m_canceled;
    for (std::size_t i = 0; i < m_results.size(); ++i)
    {
        if (!m_results[i])
            continue; // never sent (canceled)
        if (m_results[i]->isError())
            outcome.failures.push_back({ m_action.calls[i].target, *m_results[i] });
        else
            ++outcome.succeeded;
    }
    m_calls.clear();
    emit finished(outcome);
    emit refreshRequested();
}
} // namespace ma::models
