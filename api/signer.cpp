#include "signer.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace ma::api
{
namespace
{
// First header named @p name (ASCII case-insensitive), untrimmed.
std::optional<QByteArray> findHeader(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers)
    {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Like Python's unquote on bytes: a '%' not followed by two hex digits stays literal.
// (QByteArray::fromPercentEncoding does not check the digits.)
QByteArray percentDecode(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i)
    {
        if (in[i] == '%' && i + 2 < in.size())
        {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0)
            {
                out.append(char((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(in[i]);
    }
    return out;
}

// RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~) stay, everything else becomes
// %XX with upper-case hex: the same set as Python's quote(s, safe='~').
QByteArray percentEncode(const QByteArray &in)
{
    return in.toPercentEncoding();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Host as a browser would send it: ACE host name, IPv6 in brackets, default port dropped.
QByteArray hostFromUrl(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.isEmpty())
        return {};
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

// Decoded name/value pairs of an encoded query string; "flag" alone is ("flag", "").
RawHeaders parseQuery(const QByteArray &encodedQuery)
{
    RawHeaders params;
    const QList<QByteArray> pieces = encodedQuery.split('&');
    for (const QByteArray &piece : pieces)
    {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            params.append({ percentDecode(piece), QByteArray() });
        else
            params.append({ percentDecode(piece.first(eq)), percentDecode(piece.sliced(eq + 1)) });
    }
    return params;
}

bool needsUnsignedPayload(const QByteArray &contentType)
{
    // Python/Go: only JSON (and BSON) bodies are hashed; anything else may be streamed.
    const QByteArray type = contentType.trimmed().toLower();
    return !type.startsWith("application/json") && !type.startsWith("application/bson");
}

QByteArray buildCanonicalRequest(const QByteArray &method, const QUrl &url, const QByteArray &canonicalHeaders,
    const QByteArray &signedHeaders, const QByteArray &hashedPayload)
{
    // canonicalHeaders already ends in '\n', hence the blank line before the signed headers.
    return method.toUpper() + '\n' + Signer::canonicalUri(url.path(QUrl::FullyEncoded).toUtf8()) + '\n'
        + Signer::canonicalQueryString(url) + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n' + hashedPayload;
}

QByteArray buildStringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return Signer::algorithm.toByteArray() + '\n' + sdkDate + '\n' + sha256Hex(canonicalRequest);
}

// Runs in time independent of where the first difference is (signatures have a fixed length).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// RFC 9110 token characters, for header names in SignedHeaders.
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    static constexpr QByteArrayView extra { "!#$%&'*+-.^_`|~" };
    return std::all_of(s.cbegin(), s.cend(),
        [](char c)
        { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c); });
}

bool isDigits(QByteArrayView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

SignedResult Signer::sign(const SigningRequest &req, const QByteArray &ak, const QByteArray &sk,
    const QDateTime &nowUtc, const SignerOptions &opts)
{
    SignedResult result;
    RawHeaders headers = req.headers;

    // 1. Time: a date the caller already set wins, so a request can be re-signed identically.
    if (const auto existing = findHeader(headers, "x-sdk-date"))
    {
        result.sdkDate = existing->trimmed();
    }
    else
    {
        result.sdkDate = formatSdkDate(nowUtc);
        headers.append({ sdkDateHeader.toByteArray(), result.sdkDate });
        result.headersToAdd.append(headers.constLast());
    }

    // 2. Host: an explicit Host header wins (Java vector J3).
    if (const auto existing = findHeader(headers, "host"))
    {
        result.host = existing->trimmed();
    }
    else if (opts.addHostHeader)
    {
        result.host = hostFromUrl(req.url);
        if (!result.host.isEmpty())
        {
            headers.append({ QByteArrayLiteral("Host"), result.host });
            result.headersToAdd.append(headers.constLast());
        }
    }

    // 3. Non-JSON bodies are not hashed.
    const auto contentType = findHeader(headers, "content-type");
    if (contentType && needsUnsignedPayload(*contentType) && !findHeader(headers, contentSha256Header))
    {
        headers.append({ contentSha256Header.toByteArray(), unsignedPayload.toByteArray() });
        result.headersToAdd.append(headers.constLast());
    }

    // 4. Signed header names.
    QList<QByteArray> names;
    for (const auto &header : std::as_const(headers))
    {
        const QByteArray name = header.first.toLower();
        if (name.isEmpty() || name.contains('_'))
            continue;
        if (opts.excludeContentType && name == "content-type")
            continue;
        // A header cannot sign itself; a stale one is replaced by the caller.
        if (name == "authorization")
            continue;
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    result.signedHeaders = names.join(';');

    // 5. Canonical headers; a repeated header contributes its first value.
    QByteArray canonicalHeaders;
    for (const QByteArray &name : std::as_const(names))
        canonicalHeaders += name + ':' + findHeader(headers, name).value_or(QByteArray()).trimmed() + '\n';

    // 8. Payload hash.
    const auto contentSha = findHeader(headers, contentSha256Header);
    const QByteArray hashedPayload = contentSha ? contentSha->trimmed() : sha256Hex(req.body);

    result.canonicalRequest
        = buildCanonicalRequest(req.method, req.url, canonicalHeaders, result.signedHeaders, hashedPayload);
    result.stringToSign = buildStringToSign(result.sdkDate, result.canonicalRequest);
    result.signature = signStringToSign(result.stringToSign, sk);
    result.authorization = algorithm.toByteArray() + " Access=" + ak + ", SignedHeaders=" + result.signedHeaders
        + ", Signature=" + result.signature;
    result.headersToAdd.append({ QByteArrayLiteral("Authorization"), result.authorization });
    return result;
}

QByteArray Signer::canonicalUri(const QByteArray &path)
{
    // Python decodes the whole path before splitting, so an encoded "%2F" splits too.
    const QList<QByteArray> segments = percentDecode(path).split('/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        encoded.append(percentEncode(segment));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray Signer::canonicalQueryString(const RawHeaders &decodedParams)
{
    // Sorting the (name, value) pairs sorts names and, within a name, its values; byte
    // order of UTF-8 equals code point order.
    RawHeaders params = decodedParams;
    std::sort(params.begin(), params.end());
    QList<QByteArray> pairs;
    pairs.reserve(params.size());
    for (const auto &[name, value] : std::as_const(params))
        pairs.append(percentEncode(name) + '=' + percentEncode(value));
    return pairs.join('&');
}

QByteArray Signer::canonicalQueryString(const QUrl &url)
{
    return canonicalQueryString(parseQuery(url.query(QUrl::FullyEncoded).toUtf8()));
}

QByteArray Signer::signStringToSign(const QByteArray &stringToSign, const QByteArray &sk)
{
    return QMessageAuthenticationCode::hash(stringToSign, sk, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::formatSdkDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> Signer::parseSdkDate(const QByteArray &value)
{
    // Checked by hand: QDateTime::fromString accepts signs and spaces inside numbers.
    const QByteArrayView v(value);
    if (v.size() != 16 || v[8] != 'T' || v[15] != 'Z' || !isDigits(v.first(8)) || !isDigits(v.sliced(9, 6)))
        return std::nullopt;
    const auto number = [&v](qsizetype pos, qsizetype len)
    {
        return v.sliced(pos, len).toInt();
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

std::optional<Signer::ParsedAuthorization> Signer::parseAuthorization(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const QByteArray prefix = algorithm.toByteArray() + ' ';
    if (!trimmed.startsWith(prefix))
        return std::nullopt;

    std::optional<QByteArray> access;
    std::optional<QByteArray> signedHeaders;
    std::optional<QByteArray> signature;
    const QList<QByteArray> parts = trimmed.mid(prefix.size()).split(',');
    for (const QByteArray &rawPart : parts)
    {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        std::optional<QByteArray> *slot = nullptr;
        if (key == "Access")
            slot = &access;
        else if (key == "SignedHeaders")
            slot = &signedHeaders;
        else if (key == "Signature")
            slot = &signature;
        // Unknown or repeated keys mean a client we do not understand: reject.
        if (!slot || slot->has_value())
            return std::nullopt;
        *slot = part.mid(eq + 1);
    }
    if (!access || !signedHeaders || !signature)
        return std::nullopt;

    ParsedAuthorization parsed;
    if (access->isEmpty() || access->contains(' ') || access->contains('\t'))
        return std::nullopt;
    parsed.access = *access;

    parsed.signedHeaders = signedHeaders->split(';');
    if (!std::all_of(parsed.signedHeaders.cbegin(), parsed.signedHeaders.cend(), isToken))
        return std::nullopt;

    if (signature->size() != 64
        || !std::all_of(signature->cbegin(), signature->cend(), [](char c) { return hexValue(c) >= 0; }))
        return std::nullopt;
    parsed.signature = signature->toLower();
    return parsed;
}

bool Signer::verify(const QByteArray &method, const QUrl &url, const RawHeaders &receivedHeaders,
    const QByteArray &body, const QByteArray &sk, QByteArray *computedCanonicalRequest)
{
    const auto authorization = findHeader(receivedHeaders, "authorization");
    if (!authorization)
        return false;
    const auto parsed = parseAuthorization(*authorization);
    if (!parsed)
        return false;

    // Without a signed date a captured request could be replayed forever.
    const bool dateSigned = std::any_of(parsed->signedHeaders.cbegin(), parsed->signedHeaders.cend(),
        [](const QByteArray &name) { return name.toLower() == "x-sdk-date"; });
    const QByteArray sdkDate = findHeader(receivedHeaders, "x-sdk-date").value_or(QByteArray()).trimmed();
    if (!dateSigned || !parseSdkDate(sdkDate))
        return false;

    QByteArray canonicalHeaders;
    for (const QByteArray &name : parsed->signedHeaders)
    {
        const auto value = findHeader(receivedHeaders, name);
        if (!value)
            return false;
        canonicalHeaders += name + ':' + value->trimmed() + '\n';
    }

    const auto contentSha = findHeader(receivedHeaders, contentSha256Header);
    const QByteArray hashedPayload = contentSha ? contentSha->trimmed() : sha256Hex(body);
    const QByteArray canonicalRequest
        = buildCanonicalRequest(method, url, canonicalHeaders, parsed->signedHeaders.join(';'), hashedPayload);
    if (computedCanonicalRequest)
        *computedCanonicalRequest = canonicalRequest;

    const QByteArray expected = signStringToSign(buildStringToSign(sdkDate, canonicalRequest), sk);
    return constantTimeEquals(expected, parsed->signature);
}
} // namespace ma::api
