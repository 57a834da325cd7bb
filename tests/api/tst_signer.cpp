// Tests for ma::api::Signer against the published SDK-HMAC-SHA256 vectors of api.md §4.2.2
// (copied from the Python, Go and Java SDK tests, the Huawei signing guide and the Node SDK).

#include "api/signer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ma::api::RawHeaders;
using ma::api::Signer;
using ma::api::SignerOptions;
using ma::api::SigningRequest;

namespace
{
const QByteArray kAk = "AccessKey"_ba;
const QByteArray kSk = "SecretKey"_ba;
const QByteArray kProjectId = "0123456789abcdef0123456789abcdef"_ba;
const QByteArray kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;

QByteArray auth(const QByteArray &signedHeaders, const QByteArray &signature)
{
    return "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders="_ba + signedHeaders + ", Signature="_ba + signature;
}

QDateTime someNow()
{
    return QDateTime(QDate(2024, 1, 1), QTime(12, 34, 56), Qt::UTC);
}

// The request as the server receives it: the caller's headers plus what sign() asked to add.
RawHeaders sentHeaders(const RawHeaders &headers, const ma::api::SignedResult &signedResult)
{
    return headers + signedResult.headersToAdd;
}

std::optional<QByteArray> valueOf(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
    {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

// A ModelArts-like request as the app's client would sign it.
SigningRequest modelArtsRequest()
{
    SigningRequest req;
    req.method = "POST"_ba;
    req.url = QUrl(u"https://modelarts.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/"
                   u"training-job-searches?limit=10&name=my%20nb"_s);
    req.headers = {
        { "Content-Type"_ba, "application/json"_ba },
        { "X-Project-Id"_ba, kProjectId },
    };
    req.body = R"({"offset":0,"limit":10})"_ba;
    return req;
}
} // namespace

class TestSigner final : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void docHmacStep();
    void canonicalQueryString_data();
    void canonicalQueryString();
    void canonicalUri_data();
    void canonicalUri();
    void encodedAndDecodedUrlSignAlike();
    void hostFromUrl_data();
    void hostFromUrl();
    void generatedDateAndHeadersToAdd();
    void unsignedPayload_data();
    void unsignedPayload();
    void headerExclusions();
    void verifyRoundTrip_data();
    void verifyRoundTrip();
    void verifyLooksUpHeadersCaseInsensitively();
    void verifyRequiresSignedValidDate_data();
    void verifyRequiresSignedValidDate();
    void parseAuthorizationAccepts();
    void parseAuthorizationRejects_data();
    void parseAuthorizationRejects();
    void sdkDateRoundTrip();
    void sdkDateRejects_data();
    void sdkDateRejects();
};

void TestSigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("addHost");
    QTest::addColumn<bool>("excludeContentType");
    QTest::addColumn<QByteArray>("expectedAuthorization");
    // Intermediate values published for some vectors; empty when not published.
    QTest::addColumn<QByteArray>("expectedCanonicalRequest");
    QTest::addColumn<QByteArray>("expectedPayloadHash");
    QTest::addColumn<QByteArray>("expectedCanonicalQuery");
    QTest::addColumn<QByteArray>("expectedStringToSignHash");

    const QByteArray pyDate = "20200608T023900Z"_ba;
    const QByteArray goDate = "20060102T150405Z"_ba;
    const QByteArray javaDate = "20191115T033655Z"_ba;
    const QByteArray nodeDate = "20240101T000000Z"_ba;
    const QByteArray json = "application/json"_ba;

    // Python: Host added, TEST_UNDERSCORE present but never signed.
    QTest::newRow("PY1") << "GET"_ba << u"https://service.endpoint.myhuaweicloud.com/resources?size=1"_s
                         << RawHeaders { { "X-Sdk-Date"_ba, pyDate }, { "TEST_UNDERSCORE"_ba, "TEST_VALUE"_ba } }
                         << QByteArray() << true << false
                         << auth("host;x-sdk-date"_ba,
                                "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"_ba)
                         << "GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\n"
                            "x-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba
                         << kEmptyHash << "size=1"_ba
                         << "de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"_ba;
    QTest::newRow("PY2") << "POST"_ba << u"https://service.endpoint.myhuaweicloud.com/resources?size=1"_s
                         << RawHeaders { { "X-Sdk-Date"_ba, pyDate }, { "TEST_UNDERSCORE"_ba, "TEST_VALUE"_ba } }
                         << R"({"name":"test","id":1})"_ba << true << false
                         << auth("host;x-sdk-date"_ba,
                                "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"_ba)
                         << QByteArray() << "8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c"_ba
                         << "size=1"_ba
                         << "2b1b2515e48cb55e043ff2ec5b93d3f13ec287e1da1d7a2e4e14b0611a341969"_ba;

    // Go: no Host, content-type never signed, body from json.Encoder (trailing newline).
    QTest::newRow("GO1") << "GET"_ba << u"https://example.huaweicloud.com/path?limit=1"_s
                         << RawHeaders { { "X-Sdk-Date"_ba, goDate }, { "TEST_UNDERSCORE"_ba, "TEST_VALUE"_ba } }
                         << QByteArray() << false << true
                         << auth("x-sdk-date"_ba, "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"_ba)
                         << QByteArray() << kEmptyHash << "limit=1"_ba << QByteArray();
    QTest::newRow("GO2") << "POST"_ba << u"https://example.huaweicloud.com/path?key=value"_s
                         << RawHeaders { { "X-Sdk-Date"_ba, goDate }, { "Content-Type"_ba, json } }
                         << "{\"Name\":\"test\",\"Id\":1}\n"_ba << false << true
                         << auth("x-sdk-date"_ba, "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"_ba)
                         << QByteArray() << QByteArray() << "key=value"_ba << QByteArray();

    // Java: Host added (an explicit Host wins), content-type never signed.
    QTest::newRow("J1") << "GET"_ba
                        << u"https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                           u"?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"_s
                        << RawHeaders { { "Content-Type"_ba, json }, { "X-Sdk-Date"_ba, javaDate } } << QByteArray()
                        << true << true
                        << auth("host;x-sdk-date"_ba,
                               "fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d"_ba)
                        << QByteArray() << kEmptyHash << "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"_ba
                        << QByteArray();
    QTest::newRow("J2") << "POST"_ba
                        << u"https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123"_s
                        << RawHeaders { { "Content-Type"_ba, json }, { "X-Sdk-Date"_ba, javaDate } }
                        << R"({"key":"value"})"_ba << true << true
                        << auth("host;x-sdk-date"_ba,
                               "b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771"_ba)
                        << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("J3") << "GET"_ba << u"https://service.region.example.com"_s
                        << RawHeaders { { "Host"_ba, "example.com"_ba }, { "X-Sdk-Date"_ba, javaDate } } << QByteArray()
                        << true << true
                        << auth("host;x-sdk-date"_ba,
                               "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6"_ba)
                        << QByteArray() << kEmptyHash << QByteArray() << QByteArray();

    // Node: every header signed, including content-type and X-Project-Id (the app's choice).
    const RawHeaders nodeHeaders {
        { "content-type"_ba, json },
        { "X-Project-Id"_ba, kProjectId },
        { "X-Sdk-Date"_ba, nodeDate },
    };
    QTest::newRow("N1") << "POST"_ba
                        << u"https://modelarts.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/"
                           u"training-job-searches"_s
                        << nodeHeaders << R"({"offset":0,"limit":10})"_ba << true << false
                        << auth("content-type;host;x-project-id;x-sdk-date"_ba,
                               "0fc2ddde88ac601aad48199a5830eb03807c89007063886e3e301e4251dc08b8"_ba)
                        << "POST\n/v2/0123456789abcdef0123456789abcdef/training-job-searches/\n\n"
                           "content-type:application/json\nhost:modelarts.cn-north-4.myhuaweicloud.com\n"
                           "x-project-id:0123456789abcdef0123456789abcdef\nx-sdk-date:20240101T000000Z\n\n"
                           "content-type;host;x-project-id;x-sdk-date\n"
                           "b5c53d67e1245b97d4d565f432208d66ba0954db9080f93743021cda5f34eafa"_ba
                        << "b5c53d67e1245b97d4d565f432208d66ba0954db9080f93743021cda5f34eafa"_ba << QByteArray()
                        << "3bf2110e3240d39445b65e96a91f982d55c98950b7a67edd66bfbfb87b041e78"_ba;
    QTest::newRow("N2") << "GET"_ba
                        << u"https://modelarts.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/"
                           u"notebooks?limit=10&offset=0&status=RUNNING&name=my%20nb%2F1"_s
                        << nodeHeaders << QByteArray() << true << false
                        << auth("content-type;host;x-project-id;x-sdk-date"_ba,
                               "b9363a11698864800ca3403b3e039104b7fa79aa5dc6e84458b384f4b04e22c6"_ba)
                        << QByteArray() << kEmptyHash << "limit=10&name=my%20nb%2F1&offset=0&status=RUNNING"_ba
                        << "186a9bce4e7e033eaa6984b5458c16d2236b09e34ae8b327274a9710a29fe26f"_ba;
}

void TestSigner::publishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, addHost);
    QFETCH(bool, excludeContentType);
    QFETCH(QByteArray, expectedAuthorization);
    QFETCH(QByteArray, expectedCanonicalRequest);
    QFETCH(QByteArray, expectedPayloadHash);
    QFETCH(QByteArray, expectedCanonicalQuery);
    QFETCH(QByteArray, expectedStringToSignHash);

    SignerOptions opts;
    opts.addHostHeader = addHost;
    opts.excludeContentType = excludeContentType;
    const SigningRequest req { method, QUrl(url), headers, body };
    // nowUtc must be ignored: every vector carries its own X-Sdk-Date.
    const auto result = Signer::sign(req, kAk, kSk, someNow(), opts);

    QCOMPARE(result.authorization, expectedAuthorization);
    QCOMPARE(valueOf(result.headersToAdd, "Authorization"_ba).value_or(QByteArray()), expectedAuthorization);
    QVERIFY(!valueOf(result.headersToAdd, "X-Sdk-Date"_ba));
    QCOMPARE(result.sdkDate, valueOf(headers, "X-Sdk-Date"_ba).value());

    const QList<QByteArray> lines = result.canonicalRequest.split('\n');
    QCOMPARE(lines.constFirst(), method);
    QCOMPARE(lines.at(2), Signer::canonicalQueryString(QUrl(url)));
    QCOMPARE(lines.at(lines.size() - 2), result.signedHeaders);
    if (!expectedCanonicalRequest.isEmpty())
        QCOMPARE(result.canonicalRequest, expectedCanonicalRequest);
    if (!expectedPayloadHash.isEmpty())
        QCOMPARE(lines.constLast(), expectedPayloadHash);
    if (!expectedCanonicalQuery.isEmpty())
        QCOMPARE(lines.at(2), expectedCanonicalQuery);
    if (!expectedStringToSignHash.isEmpty())
    {
        QCOMPARE(result.stringToSign, "SDK-HMAC-SHA256\n"_ba + result.sdkDate + '\n' + expectedStringToSignHash);
    }

    // Server side: the published Authorization verifies, independently of sign()'s own output.
    RawHeaders received = headers;
    for (const auto &header : result.headersToAdd)
    {
        if (header.first != "Authorization")
            received.append(header);
    }
    received.append({ "Authorization"_ba, expectedAuthorization });
    QByteArray computed;
    QVERIFY(Signer::verify(method, QUrl(url), received, body, kSk, &computed));
    QCOMPARE(computed, result.canonicalRequest);
    QVERIFY(!Signer::verify(method, QUrl(url), received, body, "WrongKey"_ba));
}

void TestSigner::docHmacStep()
{
    // Huawei's signing guide example: only the HMAC step is published.
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n20191115T033655Z\n"
                                    "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"_ba;
    QCOMPARE(Signer::signStringToSign(stringToSign, "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"_ba),
        "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"_ba);
}

void TestSigner::canonicalQueryString_data()
{
    QTest::addColumn<RawHeaders>("params");
    QTest::addColumn<QByteArray>("expected");

    // PYQ (Python and Go SDK tests): booleans rendered as the SDK renders them.
    QTest::newRow("PYQ") << RawHeaders {
        { "limit"_ba, "1"_ba },
        { "enable"_ba, "true"_ba },
        { "test"_ba, "一 (&=?!#%.*)"_ba },
        { "path"_ba, "/tmp/123"_ba },
        { "multi"_ba, "1"_ba },
        { "multi"_ba, "2"_ba },
        { "multi"_ba, "3"_ba },
    } << "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"_ba;
    QTest::newRow("empty") << RawHeaders {} << QByteArray();
    QTest::newRow("empty value") << RawHeaders { { "a"_ba, QByteArray() } } << "a="_ba;
    QTest::newRow("multi-values sorted") << RawHeaders { { "b"_ba, "2"_ba }, { "a"_ba, "z"_ba }, { "b"_ba, "1"_ba } }
                                         << "a=z&b=1&b=2"_ba;
    QTest::newRow("unreserved kept") << RawHeaders { { "k~-_."_ba, "AZaz09-_.~"_ba } } << "k~-_.=AZaz09-_.~"_ba;
    QTest::newRow("plus encoded") << RawHeaders { { "q"_ba, "a+b"_ba } } << "q=a%2Bb"_ba;
}

void TestSigner::canonicalQueryString()
{
    QFETCH(RawHeaders, params);
    QFETCH(QByteArray, expected);
    QCOMPARE(Signer::canonicalQueryString(params), expected);
}

void TestSigner::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << "/"_ba;
    QTest::newRow("root") << "/"_ba
                          << "/"_ba;
    QTest::newRow("trailing slash added") << "/resources"_ba
                                          << "/resources/"_ba;
    QTest::newRow("trailing slash kept") << "/v1/x/"_ba
                                         << "/v1/x/"_ba;
    QTest::newRow("utf-8 raw") << "/a b/一"_ba
                               << "/a%20b/%E4%B8%80/"_ba;
    QTest::newRow("utf-8 encoded") << "/a%20b/%E4%B8%80"_ba
                                   << "/a%20b/%E4%B8%80/"_ba;
    QTest::newRow("lower-case hex normalised") << "/%e4%b8%80"_ba
                                               << "/%E4%B8%80/"_ba;
    QTest::newRow("encoded percent not decoded twice") << "/50%2525"_ba
                                                       << "/50%2525/"_ba;
    QTest::newRow("bare percent") << "/50%"_ba
                                  << "/50%25/"_ba;
    QTest::newRow("invalid escape") << "/%zz"_ba
                                    << "/%25zz/"_ba;
    QTest::newRow("reserved encoded") << "/*(!)=@:"_ba
                                      << "/%2A%28%21%29%3D%40%3A/"_ba;
    QTest::newRow("unreserved kept") << "/AZaz09-_.~"_ba
                                     << "/AZaz09-_.~/"_ba;
    // Python decodes the whole path before splitting, so an encoded slash splits the segment.
    QTest::newRow("encoded slash") << "/a%2Fb"_ba
                                   << "/a/b/"_ba;
}

void TestSigner::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(Signer::canonicalUri(path), expected);
}

void TestSigner::encodedAndDecodedUrlSignAlike()
{
    SigningRequest raw;
    raw.method = "get"_ba;
    raw.url = QUrl(u"https://example.com/files/a b/一?x=1"_s);
    SigningRequest encoded = raw;
    encoded.url = QUrl(u"https://example.com/files/a%20b/%E4%B8%80?x=1"_s);

    const auto a = Signer::sign(raw, kAk, kSk, someNow());
    const auto b = Signer::sign(encoded, kAk, kSk, someNow());
    QVERIFY(a.canonicalRequest.startsWith("GET\n/files/a%20b/%E4%B8%80/\nx=1\n"));
    QCOMPARE(b.canonicalRequest, a.canonicalRequest);
    QCOMPARE(b.signature, a.signature);
}

void TestSigner::hostFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expectedHost");

    QTest::newRow("https default") << u"https://h.example.com:443/x"_s << "h.example.com"_ba;
    QTest::newRow("http default") << u"http://h.example.com:80/x"_s << "h.example.com"_ba;
    QTest::newRow("no port") << u"https://h.example.com/x"_s << "h.example.com"_ba;
    QTest::newRow("non-default") << u"https://h.example.com:8443/x"_s << "h.example.com:8443"_ba;
    QTest::newRow("80 on https") << u"https://h.example.com:80/x"_s << "h.example.com:80"_ba;
    QTest::newRow("local backend") << u"http://127.0.0.1:8080/v1"_s << "127.0.0.1:8080"_ba;
    QTest::newRow("ipv6") << u"http://[::1]:9000/"_s << "[::1]:9000"_ba;
    QTest::newRow("idn") << u"https://münchen.example/"_s << "xn--mnchen-3ya.example"_ba;
}

void TestSigner::hostFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expectedHost);

    const SigningRequest req { "GET"_ba, QUrl(url), { { "X-Sdk-Date"_ba, "20240101T000000Z"_ba } }, {} };
    const auto result = Signer::sign(req, kAk, kSk, someNow());
    QCOMPARE(result.host, expectedHost);
    QCOMPARE(valueOf(result.headersToAdd, "Host"_ba).value_or(QByteArray()), expectedHost);
    QVERIFY(result.canonicalRequest.contains(QByteArray("\nhost:"_ba + expectedHost + '\n')));

    SignerOptions go;
    go.addHostHeader = false;
    const auto goResult = Signer::sign(req, kAk, kSk, someNow(), go);
    QVERIFY(goResult.host.isEmpty());
    QVERIFY(!valueOf(goResult.headersToAdd, "Host"_ba));
    QCOMPARE(goResult.signedHeaders, "x-sdk-date"_ba);
}

void TestSigner::generatedDateAndHeadersToAdd()
{
    const SigningRequest req { "GET"_ba, QUrl(u"https://modelarts.cn-north-4.myhuaweicloud.com/v1/p/notebooks"_s),
        { { "X-Project-Id"_ba, "p"_ba } }, {} };
    // A non-UTC time must be converted: 20:34:56 at +08:00 is 12:34:56 UTC.
    const QDateTime beijing(QDate(2024, 1, 1), QTime(20, 34, 56), Qt::OffsetFromUTC, 8 * 3600);
    const auto result = Signer::sign(req, kAk, kSk, beijing);

    QCOMPARE(result.sdkDate, "20240101T123456Z"_ba);
    const RawHeaders expected {
        { "X-Sdk-Date"_ba, "20240101T123456Z"_ba },
        { "Host"_ba, "modelarts.cn-north-4.myhuaweicloud.com"_ba },
        { "Authorization"_ba, result.authorization },
    };
    QCOMPARE(result.headersToAdd, expected);
    QCOMPARE(result.signedHeaders, "host;x-project-id;x-sdk-date"_ba);
    QCOMPARE(result.authorization,
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-project-id;x-sdk-date, Signature="_ba
            + result.signature);
    QCOMPARE(result.signature.size(), 64);
    QCOMPARE(result.signature, result.signature.toLower());
    QCOMPARE(result.stringToSign.split('\n').at(1), "20240101T123456Z"_ba);
}

void TestSigner::unsignedPayload_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("unsignedPayload");

    QTest::newRow("octet-stream") << "application/octet-stream"_ba << true;
    QTest::newRow("text") << "text/plain"_ba << true;
    QTest::newRow("multipart") << "multipart/form-data; boundary=x"_ba << true;
    QTest::newRow("json") << "application/json"_ba << false;
    QTest::newRow("json charset") << "application/json;charset=utf8"_ba << false;
    QTest::newRow("json upper case") << "Application/JSON"_ba << false;
    QTest::newRow("bson") << "application/bson"_ba << false;
}

void TestSigner::unsignedPayload()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, unsignedPayload);

    const SigningRequest req { "PUT"_ba, QUrl(u"https://obs.example.com/bucket/file.bin"_s),
        { { "Content-Type"_ba, contentType }, { "X-Sdk-Date"_ba, "20240101T000000Z"_ba } }, "\x00\x01\x02 binary"_ba };
    const auto result = Signer::sign(req, kAk, kSk, someNow());

    const auto added = valueOf(result.headersToAdd, "X-Sdk-Content-Sha256"_ba);
    QCOMPARE(added.has_value(), unsignedPayload);
    QCOMPARE(result.signedHeaders.contains("x-sdk-content-sha256"), unsignedPayload);
    if (unsignedPayload)
    {
        QCOMPARE(*added, "UNSIGNED-PAYLOAD"_ba);
        QVERIFY(result.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        // The body is not covered: the server accepts another body with the same signature.
        QVERIFY(Signer::verify(req.method, req.url, sentHeaders(req.headers, result), "other"_ba, kSk));
    }
    else
    {
        const QByteArray bodyHash = QCryptographicHash::hash(req.body, QCryptographicHash::Sha256).toHex();
        QVERIFY(result.canonicalRequest.endsWith(QByteArray('\n' + bodyHash)));
        QVERIFY(!Signer::verify(req.method, req.url, sentHeaders(req.headers, result), "other"_ba, kSk));
    }
    QVERIFY(Signer::verify(req.method, req.url, sentHeaders(req.headers, result), req.body, kSk));
}

void TestSigner::headerExclusions()
{
    SigningRequest req = modelArtsRequest();
    req.headers.append({ "X-Sdk-Date"_ba, "20240101T000000Z"_ba });
    req.headers.append({ "X_Custom_Header"_ba, "x"_ba });
    req.headers.append({ "Authorization"_ba, "stale"_ba });
    req.headers.append({ "X-Security-Token"_ba, "  token-value \t"_ba });

    const auto python = Signer::sign(req, kAk, kSk, someNow());
    QCOMPARE(python.signedHeaders, "content-type;host;x-project-id;x-sdk-date;x-security-token"_ba);
    // Values are trimmed in the canonical headers.
    QVERIFY(python.canonicalRequest.contains("\nx-security-token:token-value\n"));

    SignerOptions java;
    java.excludeContentType = true;
    const auto javaResult = Signer::sign(req, kAk, kSk, someNow(), java);
    QCOMPARE(javaResult.signedHeaders, "host;x-project-id;x-sdk-date;x-security-token"_ba);
    QVERIFY(javaResult.signature != python.signature);
}

void TestSigner::verifyRoundTrip_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("untouched") << u"none"_s << true;
    QTest::newRow("unsigned header added") << u"extra-header"_s << true;
    QTest::newRow("body changed") << u"body"_s << false;
    QTest::newRow("path changed") << u"path"_s << false;
    QTest::newRow("query changed") << u"query"_s << false;
    QTest::newRow("method changed") << u"method"_s << false;
    QTest::newRow("signed header value changed") << u"project-id"_s << false;
    QTest::newRow("date changed") << u"date"_s << false;
    QTest::newRow("signed header missing") << u"drop-project-id"_s << false;
    QTest::newRow("no authorization") << u"drop-authorization"_s << false;
    QTest::newRow("wrong sk") << u"sk"_s << false;
}

void TestSigner::verifyRoundTrip()
{
    QFETCH(QString, tamper);
    QFETCH(bool, accepted);

    const SigningRequest req = modelArtsRequest();
    const auto result = Signer::sign(req, kAk, kSk, someNow());

    QByteArray method = req.method;
    QUrl url = req.url;
    RawHeaders headers = sentHeaders(req.headers, result);
    QByteArray body = req.body;
    QByteArray sk = kSk;

    const auto replaceValue = [&headers](const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers)
        {
            if (header.first == name)
                header.second = value;
        }
    };
    const auto drop = [&headers](const QByteArray &name)
    {
        headers.removeIf([&name](const auto &header) { return header.first == name; });
    };

    if (tamper == u"extra-header")
        headers.append({ "User-Agent"_ba, "something"_ba });
    else if (tamper == u"body")
        body = R"({"offset":0,"limit":11})"_ba;
    else if (tamper == u"path")
        url.setPath(u"/v2/0123456789abcdef0123456789abcdef/training-jobs"_s);
    else if (tamper == u"query")
        url.setQuery(u"limit=10&name=my%20nc"_s);
    else if (tamper == u"method")
        method = "PUT"_ba;
    else if (tamper == u"project-id")
        replaceValue("X-Project-Id"_ba, "ffffffffffffffffffffffffffffffff"_ba);
    else if (tamper == u"date")
        replaceValue("X-Sdk-Date"_ba, "20240101T123457Z"_ba);
    else if (tamper == u"drop-project-id")
        drop("X-Project-Id"_ba);
    else if (tamper == u"drop-authorization")
        drop("Authorization"_ba);
    else if (tamper == u"sk")
        sk = "SecretKey2"_ba;
    else
        QCOMPARE(tamper, u"none"_s);

    QByteArray computed;
    QCOMPARE(Signer::verify(method, url, headers, body, sk, &computed), accepted);
    if (tamper == u"none")
        QCOMPARE(computed, result.canonicalRequest);
}

void TestSigner::verifyLooksUpHeadersCaseInsensitively()
{
    const SigningRequest req = modelArtsRequest();
    const auto result = Signer::sign(req, kAk, kSk, someNow());

    // HTTP/2 and some servers lower-case header names; extra whitespace around values is allowed.
    RawHeaders received;
    for (const auto &[name, value] : sentHeaders(req.headers, result))
        received.append({ name.toLower(), ' ' + value + ' ' });
    QVERIFY(Signer::verify("post"_ba, req.url, received, req.body, kSk));
}

void TestSigner::verifyRequiresSignedValidDate_data()
{
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("sdkDate");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("date signed") << "host;x-sdk-date"_ba
                                 << "20240101T000000Z"_ba << true;
    QTest::newRow("date not signed") << "host"_ba
                                     << "20240101T000000Z"_ba << false;
    QTest::newRow("date malformed") << "host;x-sdk-date"_ba
                                    << "2024-01-01T00:00:00Z"_ba << false;
}

void TestSigner::verifyRequiresSignedValidDate()
{
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, sdkDate);
    QFETCH(bool, accepted);

    // Signed by hand, so that requests sign() would never produce can be checked.
    QByteArray canonicalHeaders = "host:example.com\n"_ba;
    if (signedHeaders.contains("x-sdk-date"))
        canonicalHeaders += "x-sdk-date:"_ba + sdkDate + '\n';
    const QByteArray canonicalRequest = "GET\n/\n\n"_ba + canonicalHeaders + '\n' + signedHeaders + '\n' + kEmptyHash;
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n"_ba + sdkDate + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
    const RawHeaders headers {
        { "Host"_ba, "example.com"_ba },
        { "X-Sdk-Date"_ba, sdkDate },
        { "Authorization"_ba,
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders="_ba + signedHeaders + ", Signature="_ba
                + Signer::signStringToSign(stringToSign, kSk) },
    };
    QCOMPARE(Signer::verify("GET"_ba, QUrl(u"https://example.com"_s), headers, {}, kSk), accepted);
}

void TestSigner::parseAuthorizationAccepts()
{
    const auto parsed
        = Signer::parseAuthorization("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=content-type;host;x-sdk-date, "
                                     "Signature=CFB4171ACEC81DE07D50E53D57EB77EDD537414D66DDB1D7D780F128E12CD842"_ba);
    QVERIFY(parsed);
    QCOMPARE(parsed->access, "AccessKey"_ba);
    QCOMPARE(parsed->signedHeaders, (QList<QByteArray> { "content-type"_ba, "host"_ba, "x-sdk-date"_ba }));
    QCOMPARE(parsed->signature, "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"_ba);

    const auto compact
        = Signer::parseAuthorization("SDK-HMAC-SHA256 Access=AK,SignedHeaders=x-sdk-date,Signature="
                                     "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"_ba);
    QVERIFY(compact);
    QCOMPARE(compact->signedHeaders, QList<QByteArray> { "x-sdk-date"_ba });
}

void TestSigner::parseAuthorizationRejects_data()
{
    QTest::addColumn<QByteArray>("value");

    const QByteArray sig = "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"_ba;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << "garbage"_ba;
    QTest::newRow("binary") << "\x00\xff\x01"_ba;
    QTest::newRow("bearer") << "Bearer abc.def.ghi"_ba;
    QTest::newRow("algorithm only") << "SDK-HMAC-SHA256"_ba;
    QTest::newRow("algorithm and space") << "SDK-HMAC-SHA256 "_ba;
    QTest::newRow("no space after algorithm") << "SDK-HMAC-SHA256Access=AK, SignedHeaders=host, Signature="_ba + sig;
    QTest::newRow("other algorithm") << "V11-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature="_ba + sig;
    QTest::newRow("old credential format")
        << "SDK-HMAC-SHA256 Credential=AK/20150907//ec2/sdk_request, SignedHeaders=host, Signature="_ba + sig;
    QTest::newRow("missing signature") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host"_ba;
    QTest::newRow("missing access") << "SDK-HMAC-SHA256 SignedHeaders=host, Signature="_ba + sig;
    QTest::newRow("missing signed headers") << "SDK-HMAC-SHA256 Access=AK, Signature="_ba + sig;
    QTest::newRow("empty access") << "SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature="_ba + sig;
    QTest::newRow("duplicate access") << "SDK-HMAC-SHA256 Access=AK, Access=BK, SignedHeaders=host, Signature="_ba
            + sig;
    QTest::newRow("unknown key") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature="_ba + sig + ", X=1"_ba;
    QTest::newRow("empty signed header") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature="_ba
            + sig;
    QTest::newRow("space in signed header") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=ho st, Signature="_ba + sig;
    QTest::newRow("short signature") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=cfb4171a"_ba;
    QTest::newRow("non-hex signature") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature="_ba + sig.left(63)
            + 'g';
    QTest::newRow("trailing comma") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature="_ba + sig + ',';
}

void TestSigner::parseAuthorizationRejects()
{
    QFETCH(QByteArray, value);
    QVERIFY(!Signer::parseAuthorization(value));

    // And a request carrying it is never accepted.
    const RawHeaders headers { { "Authorization"_ba, value }, { "X-Sdk-Date"_ba, "20240101T000000Z"_ba } };
    QVERIFY(!Signer::verify("GET"_ba, QUrl(u"https://example.com/"_s), headers, {}, kSk));
}

void TestSigner::sdkDateRoundTrip()
{
    const QDateTime when(QDate(2020, 6, 8), QTime(2, 39, 0), Qt::UTC);
    QCOMPARE(Signer::formatSdkDate(when), "20200608T023900Z"_ba);
    const auto parsedPy = Signer::parseSdkDate("20200608T023900Z"_ba);
    QVERIFY(parsedPy);
    QCOMPARE(*parsedPy, when);

    const QDateTime leapDay(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    const auto parsed = Signer::parseSdkDate(Signer::formatSdkDate(leapDay));
    QVERIFY(parsed);
    QCOMPARE(*parsed, leapDay);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);

    QVERIFY(Signer::formatSdkDate(QDateTime()).isEmpty());
}

void TestSigner::sdkDateRejects_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no zone") << "20200608T023900"_ba;
    QTest::newRow("space instead of T") << "20200608 023900Z"_ba;
    QTest::newRow("iso 8601 extended") << "2020-06-08T02:39:00Z"_ba;
    QTest::newRow("lower case") << "20200608t023900z"_ba;
    QTest::newRow("trailing space") << "20200608T023900Z "_ba;
    QTest::newRow("fraction") << "20200608T023900.5Z"_ba;
    QTest::newRow("month 13") << "20201308T023900Z"_ba;
    QTest::newRow("february 30") << "20200230T000000Z"_ba;
    QTest::newRow("not a leap year") << "20230229T000000Z"_ba;
    QTest::newRow("hour 24") << "20200608T240000Z"_ba;
    QTest::newRow("second 60") << "20200608T235960Z"_ba;
    QTest::newRow("letter in time") << "20200608T02390AZ"_ba;
    QTest::newRow("sign") << "+0200608T023900Z"_ba;
    QTest::newRow("unix time") << "1591583940"_ba;
}

void TestSigner::sdkDateRejects()
{
    QFETCH(QByteArray, value);
    QVERIFY(!Signer::parseSdkDate(value));
}

QTEST_APPLESS_MAIN(TestSigner)
#include "tst_signer.moc"
