#pragma once

// Profile secrets (IAM password or SK, plus a security token) in the OS keychain through
// QtKeychain. Where no keychain exists, secrets stay in this process's memory only.

#include <functional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ma::desktop
{
/** @brief What a profile keeps secret. */
struct Secret
{
    QString secret; // the IAM password or the secret access key
    QString securityToken; // temporary AK/SK only

    bool isEmpty() const { return secret.isEmpty() && securityToken.isEmpty(); }
    bool operator==(const Secret &other) const = default;
};

/**
 * @brief Asynchronous secret storage keyed by Profile::secretKey(). The keychain service
 * is "ModelArts Desktop". When the keychain answers "no backend" (or any other failure
 * that is not "not found"), or does not answer within timeoutMs(), the store switches to
 * memory-only for the rest of the run: isPersistent() turns false and fallbackReason()
 * says why. A secret is never written anywhere else (no file, no QSettings).
 * Must be used on the GUI thread. Callbacks run only while @p context lives.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Keychain, // QtKeychain, memory-only fallback when it is unavailable
        MemoryOnly, // tests, and users who choose not to store secrets
    };

    /** @p ok is false only when the keychain refused (then @p error says why). */
    using ReadDone = std::function<void(bool found, const ma::desktop::Secret &secret, const QString &error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit SecretStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName();

    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const Secret &secret, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

    /** False once the store keeps secrets in memory only (they are lost when the app quits). */
    bool isPersistent() const { return m_backend == Backend::Keychain; }
    /** A translated sentence for the UI; empty while the keychain is in use. */
    const QString &fallbackReason() const { return m_fallbackReason; }

    /** How long a keychain job may take before the store falls back (default 10 s). */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

signals:
    /** Emitted once, when the store switches to memory-only because of a keychain failure. */
    void fellBackToMemory(const QString &reason);

private:
    enum class Op
    {
        Read,
        Write,
        Remove,
    };
    struct Pending;

    void runKeychain(Op op, const QString &key, const Secret &secret, QObject *context, ReadDone readDone, Done done);
    void runMemory(
        Op op, const QString &key, const Secret &secret, QObject *context, const ReadDone &readDone, const Done &done);
    void fallBack(const QString &why);

    Backend m_backend;
    QString m_fallbackReason;
    int m_timeoutMs = 10000;
    QHash<QString, Secret> m_memory;
};
} // namespace ma::desktop
