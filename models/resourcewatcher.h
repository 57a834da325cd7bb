#pragma once

// Watches one resource (a training job, later a pool or a notebook): reads it now and then
// every interval while it is live (not in a final state) and its page is active (visible),
// and says which fields changed. ResourceWatcherBase is the QObject part (Q_OBJECT cannot
// be a template): timer, active flag, stale-answer guard, errors. ResourceWatcher<Traits>
// adds the value:
//   using Item = ...;                                   // api type, decoded from the answer
//   static api::ApiRequest request(const QString &id);  // the GET of one resource
//   static bool isFinal(const Item &);                  // no more changes to expect
//   static QStringList changedFields(const Item &before, const Item &after);  // wire paths
//   static QStringList allFields();                     // what the first read reports

#include "api/apiclient.h"
#include "api/typedcall.h"

#include <optional>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ma::models
{
class ResourceWatcherBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceWatcherBase)

public:
    static constexpr int kDefaultIntervalMs = 5000;

    ~ResourceWatcherBase() override;

    /** Not owned. Another client cancels the read in flight. */
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const { return m_client; }

    /** Another resource forgets the value and, when active, reads the new one at once. */
    void setResourceId(const QString &id);
    QString resourceId() const { return m_id; }

    /**
     * @brief Active = its page is visible. Becoming active reads at once (unless the value is
     * final) and polls; inactive stops the timer (a read in flight still lands).
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }

    /** One read now, whatever the state (after an action on the resource, for instance). */
    void refreshNow();

    /** A read is scheduled: active, live (or not read yet), with a client and an id. */
    bool isPolling() const { return m_timer.isActive() || m_call; }
    /** The last value read is final: the watcher stops polling. */
    bool isFinal() const { return m_final; }
    bool hasValue() const { return m_hasValue; }
    const api::ApiError &lastError() const { return m_lastError; }
    /** Reads answered so far for this resource (a test and a status line can show it). */
    int reads() const { return m_reads; }

signals:
    /** The value changed: @p fields names what (all of them on the first read). */
    void updated(const QStringList &fields);
    /** A read failed (not emitted for a canceled one); polling goes on while active and live. */
    void errorOccurred(const ma::api::ApiError &error);

protected:
    explicit ResourceWatcherBase(QObject *parent);

    virtual api::ApiRequest request(const QString &id) const = 0;
    /** Sends @p request and answers with accept() or reject() (the typed part). */
    virtual void send(api::ApiRequest request, quint64 generation) = 0;
    virtual void forgetValue() = 0;

    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    /** For the typed part: the new value is stored; @p fields changed (empty: nothing did). */
    void accept(quint64 generation, const QStringList &fields, bool final);
    void reject(quint64 generation, const api::ApiError &error);
    void setCall(api::ApiCall *call) { m_call = call; }

private:
    void read();
    void schedule();
    void cancelInFlight();

    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiCall> m_call;
    QString m_id;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_final = false;
    bool m_hasValue = false;
    int m_reads = 0;
    api::ApiError m_lastError;
};

template <typename Traits> class ResourceWatcher : public ResourceWatcherBase
{
public:
    using Item = typename Traits::Item;

    explicit ResourceWatcher(QObject *parent = nullptr)
        : ResourceWatcherBase(parent)
    {
    }

    /** The last value read, or nothing before the first answer for this resource. */
    const std::optional<Item> &value() const { return m_value; }

private:
    api::ApiRequest request(const QString &id) const final { return Traits::request(id); }

    void send(api::ApiRequest req, quint64 generation) final
    {
        api::ApiCall *call = client()->send(std::move(req));
        setCall(call);
        api::whenDecoded<Item>(call, this,
            [this, generation](const api::Typed<Item> &result)
            {
                if (!isCurrent(generation))
                    return;
                if (!result.ok())
                {
                    reject(generation, result.error);
                    return;
                }
                const QStringList fields
                    = m_value ? Traits::changedFields(*m_value, result.value) : Traits::allFields();
                m_value = result.value;
                accept(generation, fields, Traits::isFinal(*m_value));
            });
    }

    void forgetValue() final { m_value.reset(); }

    std::optional<Item> m_value;
};
} // namespace ma::models
