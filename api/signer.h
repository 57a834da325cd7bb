#pragma once

// AK/SK request signing, algorithm SDK-HMAC-SHA256 (api.md §4.2).
//
// The reference is the Python SDK core (huaweicloudsdkcore/signer/signer.py); the Go, Java
// and Node SDKs differ in a few switches that SignerOptions exposes so their published test
// vectors can be reproduced (api.md §4.2.1/§4.2.2).
//
// What the app's client signs: every header it passes in SigningRequest::headers plus the
// ones sign() adds, i.e. in practice
//     content-type   (when a body is sent)
//     host           (added from the URL authority)
//     x-project-id   (when sent)
//     x-sdk-date     (added from the clock)
//     x-security-token (when temporary credentials are used: it is just another header
//                       in the list the client passes)
// This matches the Node/Python SDK output exactly (vectors N1/N2). Names containing '_'
// and Authorization itself are never signed.
//
// Server side: verify() recomputes a received signature; it is what modelarts-local uses
// to check requests. Clock-skew limits are the caller's policy (use parseSdkDate()).
//
// Everything here is stateless and thread-safe.

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QUrl>
#include <utility>

namespace ma::api
{
// Same alias as in apierror.h (a redeclaration of an alias to the same type is allowed).
using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

/** @brief The parts of an HTTP request that go into the signature. */
struct SigningRequest
{
    QByteArray method; // "GET"; upper-cased when signing
    QUrl url; // full URL incl. query
    RawHeaders headers; // headers that will be sent (name as given)
    QByteArray body; // exact bytes sent
};

/** @brief Switches between the SDK flavours; the defaults are the Python/Node behaviour. */
struct SignerOptions
{
    bool addHostHeader = true; // Python/Java/Node add Host from the URL authority; Go does not
    bool excludeContentType = false; // Go/Java never sign content-type
};

struct SignedResult
{
    QByteArray authorization; // "SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=..."
    QByteArray sdkDate; // X-Sdk-Date value used
    QByteArray host; // Host value signed (empty if none)
    QByteArray signedHeaders; // "host;x-sdk-date"
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex
    /** Headers the caller must add to the request before sending, in this order:
     *  X-Sdk-Date (only when the request had none), Host (only when added),
     *  X-Sdk-Content-Sha256 (only when added), Authorization. */
    RawHeaders headersToAdd;
};

class Signer final
{
public:
    static constexpr QByteArrayView algorithm { "SDK-HMAC-SHA256" };
    static constexpr QByteArrayView sdkDateHeader { "X-Sdk-Date" };
    static constexpr QByteArrayView contentSha256Header { "X-Sdk-Content-Sha256" };
    static constexpr QByteArrayView unsignedPayload { "UNSIGNED-PAYLOAD" };

    /**
     * @brief Signs @p req with AK/SK.
     *
     * An X-Sdk-Date already in the request is used verbatim (trimmed); otherwise @p nowUtc
     * is formatted and added. The request must then carry every header of
     * SignedResult::headersToAdd, with exactly those values.
     */
    static SignedResult sign(const SigningRequest &req, const QByteArray &ak, const QByteArray &sk,
        const QDateTime &nowUtc, const SignerOptions &opts = {});

    /** @brief "/a b/%E4%B8%80" and "/a%20b/一" both give "/a%20b/%E4%B8%80/"; "" gives "/".
     *  The path is percent-decoded first (Python style), so encoded input is not double encoded. */
    static QByteArray canonicalUri(const QByteArray &path);

    /** @brief Canonical query of already decoded (UTF-8) name/value pairs: sorted, encoded, '&'-joined. */
    static QByteArray canonicalQueryString(const RawHeaders &decodedParams);
    /** @brief Canonical query of the URL's query part ('+' is a literal plus, not a space). */
    static QByteArray canonicalQueryString(const QUrl &url);

    /** @brief Lowercase hex HMAC-SHA256 of @p stringToSign keyed with @p sk. */
    static QByteArray signStringToSign(const QByteArray &stringToSign, const QByteArray &sk);

    /** @brief yyyyMMddTHHmmssZ in UTC, e.g. "20200608T023900Z". */
    static QByteArray formatSdkDate(const QDateTime &utc);
    /** @brief Strict inverse of formatSdkDate(); nullopt for anything else. */
    static std::optional<QDateTime> parseSdkDate(const QByteArray &value);

    struct ParsedAuthorization
    {
        QByteArray access;
        QList<QByteArray> signedHeaders;
        QByteArray signature; // lowercase hex, 64 characters
    };
    /** @brief Parses "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex"; nullopt when malformed. */
    static std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &value);

    /**
     * @brief Server side: recomputes the signature of a received request.
     *
     * The Authorization header is taken from @p receivedHeaders; the canonical headers are
     * exactly the names listed in its SignedHeaders, with values looked up
     * case-insensitively in @p receivedHeaders. Returns true when the signature matches
     * (constant-time compare). False as well when a signed header is missing, or when
     * x-sdk-date is not signed or not a valid date. The caller looks up @p sk from
     * parseAuthorization()'s access key first.
     */
    static bool verify(const QByteArray &method, const QUrl &url, const RawHeaders &receivedHeaders,
        const QByteArray &body, const QByteArray &sk, QByteArray *computedCanonicalRequest = nullptr);
};
} // namespace ma::api
