#pragma once

// The two ways to authenticate a ModelArts call (api.md §4): an IAM token obtained
// with a user's password, or AK/SK signing of every request (SDK-HMAC-SHA256).

#include "apiclient.h"
#include "credentials.h"

#include <QDateTime>
#include <vector>

namespace ma::api
{
/**
 * @brief IAM password flow: POST /v3/auth/tokens scoped to the project named after the
 * region; the X-Subject-Token is cached, renewed ahead of `expires_at`, and renewed once
 * more when a call comes back 401. The project id is read from the token.
 */
class PasswordTokenAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordTokenAuthenticator)

public:
    PasswordTokenAuthenticator(PasswordCredentials credentials, QString projectName, QObject *parent = nullptr);

    void prepare(ApiClient &client, Ready ready) override;
    void decorate(const ApiRequest &request, const QUrl &url, QNetworkRequest &out) override;
    bool invalidateAfterUnauthorized() override;
    QString projectId() const override { return m_projectId; }
    /** token.user.id of the last token. */
    QString userId() const { return m_userId; }

    QByteArray token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    /** True when the cached token exists and is not inside its renewal margin. */
    bool hasFreshToken(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    int tokensFetched() const { return m_tokensFetched; }

    /** The body of the password token request (api.md §4.1.1). */
    static QByteArray requestBody(const PasswordCredentials &credentials, const QString &projectName);

signals:
    void tokenRenewed(const QDateTime &expiresAt);

private:
    void fetch(ApiClient &client);
    void deliver(const ApiError &error);

    PasswordCredentials m_credentials;
    QString m_projectName;
    QByteArray m_token;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    QString m_projectId;
    QString m_userId;
    bool m_fetching = false;
    int m_tokensFetched = 0;
    std::vector<Ready> m_waiting;
};

/**
 * @brief Signs every request with AK/SK (SDK-HMAC-SHA256). Signed headers: host,
 * content-type when sent, x-project-id when sent, x-security-token for temporary keys,
 * x-sdk-date. Without a project id it looks one up: GET /v3/projects?name=REGION on IAM.
 */
class AccessKeyAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessKeyAuthenticator)

public:
    AccessKeyAuthenticator(
        AccessKeyCredentials credentials, QString region, QString projectId = QString(), QObject *parent = nullptr);

    void prepare(ApiClient &client, Ready ready) override;
    void decorate(const ApiRequest &request, const QUrl &url, QNetworkRequest &out) override;
    QString projectId() const override { return m_projectId; }

private:
    void lookUpProject(ApiClient &client);
    void deliver(const ApiError &error);

    AccessKeyCredentials m_credentials;
    QString m_region;
    QString m_projectId;
    bool m_looking = false;
    std::vector<Ready> m_waiting;
};
} // namespace ma::api
