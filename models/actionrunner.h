#pragma once

// One shape for every operation a console offers (stop, delete, change priority; later pool
// and notebook actions): a confirmation the ui shows, one or many calls, their results
// gathered into one message ("2 succeeded; 1 failed: ... (code, request id)"), then a
// refresh request. models/ has no widgets: the confirmation is data, the ui asks the user.

#include "api/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ma::models
{
/** @brief One call of an action and what it is about ("the job “bert-ft”"). */
struct ActionCall
{
    QString target; // shown in the result message: a name, else an id
    api::ApiRequest request;
};

/** @brief What the user asked for: the confirmation text (empty: none needed) and the calls. */
struct Action
{
    QString title; // "Stop training jobs": the confirmation's and the result's title
    QString confirmation; // the question the ui asks before anything is sent
    std::vector<ActionCall> calls;
};

/** @brief The calls' results, gathered. */
struct ActionOutcome
{
    struct Failure
    {
        QString target;
        api::ApiError error;
    };

    QString title;
    int succeeded = 0;
    std::vector<Failure> failures; // in the order of the action's calls
    bool canceled = false; // canceled by the user or by cancel(): nothing more was sent

    bool ok() const { return failures.empty() && !canceled; }
    /**
     * @brief One translated message: "3 succeeded.", or "1 succeeded, 1 failed:" with one line
     * per failure naming its target, the error, its code and its request id.
     */
    QString message() const;
};

class ActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRunner)

public:
    /** Calls sent at a time: a batch of many does not flood the service. */
    static constexpr int kMaxInFlight = 4;

    explicit ActionRunner(QObject *parent = nullptr);
    ~ActionRunner() override;

    /** Not owned. Calls in flight finish on the client they were sent with. */
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const { return m_client; }

    /**
     * @brief Starts @p action: with a confirmation, emits confirmationRequested() and waits
     * for confirm() or reject(); without, sends the calls at once. Returns false (and does
     * nothing) while another action is pending or running, or without a client or calls.
     */
    bool request(const Action &action);
    /** The user agreed: the pending action's calls are sent. */
    void confirm();
    /** The user declined: nothing is sent, finished() reports a canceled outcome. */
    void reject();
    /** Sends nothing more; the calls in flight are canceled and count as failures. */
    void cancel();

    bool isBusy() const { return m_pending || m_running; }
    const Action &action() const { return m_action; }

signals:
    /** The ui shows @p text (with @p title) and answers with confirm() or reject(). */
    void confirmationRequested(const QString &title, const QString &text);
    void started();
    /** Each call's result as it comes (a connection indicator may want them). */
    void callFinished(const ma::api::ApiResult &result);
    /** Every call has answered (or the action was rejected or canceled). */
    void finished(const ma::models::ActionOutcome &outcome);
    /** After a run that sent calls: the lists showing the targets should refresh. */
    void refreshRequested();

private:
    void sendNext();
    void onCallFinished(std::size_t index, const api::ApiResult &result);
    void finish();

    QPointer<api::ApiClient> m_client;
    Action m_action;
    bool m_pending = false; // waiting for confirm()/reject()
    bool m_running = false;
    std::size_t m_next = 0; // next call to send
    int m_inFlight = 0;
    std::vector<std::optional<api::ApiError>> m_results; // per call, once answered
    QList<QPointer<api::ApiCall>> m_calls;
    bool m_canceled = false;
};
} // namespace ma::models

Q_DECLARE_METATYPE(ma::models::ActionOutcome)
