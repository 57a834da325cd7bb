#include "secretstore.h"

#include <memory>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace ma::desktop
{
namespace
{
QByteArray encode(const Secret &secret)
{
    QJsonObject o;
    o.insert(QStringLiteral("secret"), secret.secret);
    if (!secret.securityToken.isEmpty())
        o.insert(QStringLiteral("security_token"), secret.securityToken);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Secret decode(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    return { o.value(QStringLiteral("secret")).toString(), o.value(QStringLiteral("security_token")).toString() };
}
} // namespace

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("ModelArts Desktop");
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    if (m_backend == Backend::MemoryOnly)
        runMemory(Op::Read, key, {}, context, done, {});
    else
        runKeychain(Op::Read, key, {}, context, std::move(done), {});
}

void SecretStore::write(const QString &key, const Secret &secret, QObject *context, Done done)
{
    if (m_backend == Backend::MemoryOnly)
        runMemory(Op::Write, key, secret, context, {}, done);
    else
        runKeychain(Op::Write, key, secret, context, {}, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    if (m_backend == Backend::MemoryOnly)
        runMemory(Op::Remove, key, {}, context, {}, done);
    else
        runKeychain(Op::Remove, key, {}, context, {}, std::move(done));
}

void SecretStore::runMemory(
    Op op, const QString &key, const Secret &secret, QObject *context, const ReadDone &readDone, const Done &done)
{
    // Answer asynchronously, as the keychain does, so callers never depend on re-entrancy.
    QPointer<QObject> guard(context);
    switch (op)
    {
    case Op::Read:
    {
        const bool found = m_memory.contains(key);
        const Secret value = m_memory.value(key);
        QTimer::singleShot(0, this,
            [guard, readDone, found, value]
            {
                if (guard && readDone)
                    readDone(found, value, QString());
            });
        return;
    }
    case Op::Write:
        m_memory.insert(key, secret);
        break;
    case Op::Remove:
        m_memory.remove(key);
        break;
    }
    QTimer::singleShot(0, this,
        [guard, done]
        {
            if (guard && done)
                done(true, QString());
        });
}

struct SecretStore::Pending
{
    bool settled = false;
};

void SecretStore::runKeychain(
    Op op, const QString &key, const Secret &secret, QObject *context, ReadDone readDone, Done done)
{
    QKeychain::Job *job = nullptr;
    switch (op)
    {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Op::Write:
    {
        auto *w = new QKeychain::WritePasswordJob(serviceName(), this);
        w->setBinaryData(encode(secret));
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);

    QPointer<QObject> guard(context);
    auto pending = std::make_shared<Pending>();
    // Either the job answers or the timer fires; whichever comes second is ignored.
    auto settle = [this, op, key, secret, guard, readDone, done, pending](
                      QKeychain::Job *finished, const QString &timeoutReason)
    {
        if (pending->settled)
            return;
        pending->settled = true;
        if (!finished)
        {
            fallBack(timeoutReason);
        }
        else if (finished->error() == QKeychain::NoError)
        {
            if (!guard)
                return;
            if (op == Op::Read && readDone)
                readDone(true, decode(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()), QString());
            else if (op != Op::Read && done)
                done(true, QString());
            return;
        }
        else if (finished->error() == QKeychain::EntryNotFound)
        {
            if (!guard)
                return;
            if (op == Op::Read && readDone)
                readDone(false, Secret(), QString());
            else if (done)
                done(true, QString()); // removing what is not there is fine
            return;
        }
        else if (finished->error() == QKeychain::AccessDeniedByUser || finished->error() == QKeychain::AccessDenied)
        {
            // The keychain works but said no: report it, keep using the keychain.
            if (!guard)
                return;
            if (op == Op::Read && readDone)
                readDone(false, Secret(), finished->errorString());
            else if (done)
                done(false, finished->errorString());
            return;
        }
        else
        {
            fallBack(finished->errorString());
        }
        // Now memory-only: do the operation there.
        if (guard)
            runMemory(op, key, secret, guard, readDone, done);
    };

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this,
        [settle, timer, this]
        {
            settle(nullptr, tr("The system keychain did not answer within %1 s.").arg(m_timeoutMs / 1000.0));
            timer->deleteLater();
        });
    connect(job, &QKeychain::Job::finished, this,
        [settle, guardTimer = QPointer<QTimer>(timer)](QKeychain::Job *finished)
        {
            if (guardTimer)
            {
                guardTimer->stop();
                guardTimer->deleteLater();
            }
            settle(finished, QString());
        });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::fallBack(const QString &why)
{
    if (m_backend == Backend::MemoryOnly)
        return;
    m_backend = Backend::MemoryOnly;
    const QString detail = why.trimmed().isEmpty() ? tr("no keychain service is available") : why.trimmed();
    m_fallbackReason = tr("Secrets are kept in memory only and are forgotten when the app quits: the system "
                          "keychain cannot be used (%1).")
                           .arg(detail);
    emit fellBackToMemory(m_fallbackReason);
}
} // namespace ma::desktop
