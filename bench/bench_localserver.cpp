// Benchmark (not a test): a real modelarts-local process at 10,000 and 50,000 training jobs.
// Jobs are created over HTTP (8 connections in flight), the simulated lifecycles are let run to
// their end (time scale 1000), then searches are timed on a kept-alive connection and on a new
// connection per request: first page, deep (last) page and a name filter. Then the server is
// restarted on the same data and its files are weighed.
// Baselines measured in the same run: a trivial authenticated GET (/v3/projects) for the
// latencies and the create rate, a new connection for the keep-alive ratio, a restart on an empty
// data dir for the restart, the size of the job as the API returns it for the bytes on disk.
// BENCH_QUICK=1: 10,000 jobs only and fewer requests; BENCH_LOCAL_JOBS=n,m: other sizes;
// BENCH_KEEP_DATA=1: the data dirs are kept (and named) for a look at where the bytes go.
// Nothing passes or fails.

#include "benchfigure.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <vector>

namespace
{
using Json = nlohmann::json;

const QByteArray kPassword = QByteArrayLiteral("bench-password-1");
const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");

struct Reply
{
    int status = 0;
    QByteArray body;
};

/** A blocking HTTP/1.1 client on one connection; each request goes out in one write. */
class Connection
{
public:
    explicit Connection(quint16 port)
        : m_port(port)
    {
    }

    bool open()
    {
        m_socket.abort();
        m_buffer.clear();
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!m_socket.waitForConnected(5000))
            return false;
        return true;
    }
    void close() { m_socket.abort(); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /**
     * Writes a request as Qt's network access manager does: without TCP_NODELAY, the body of a
     * POST in a second write after the headers. Nagle's algorithm then holds the body until the
     * server acknowledges the headers, so a server that delays its ACK stalls every POST.
     */
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body)
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            r += "X-Auth-Token: " + token + "\r\n";
        if (!body.isEmpty() || method == "POST")
            r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        r += "\r\n";
        m_socket.write(r);
        m_socket.flush();
        if (!body.isEmpty())
        {
            m_socket.write(body);
            m_socket.flush();
        }
    }

    std::optional<Reply> receive()
    {
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0)
        {
            if (!fill())
                return std::nullopt;
        }
        const QByteArray head = m_buffer.left(headerEnd);
        Reply reply;
        reply.status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
        {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (m_buffer.size() < headerEnd + 4 + length)
        {
            if (!fill())
                return std::nullopt;
        }
        reply.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        return reply;
    }

    std::optional<Reply> request(
        const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body = {})
    {
        if (!isOpen() && !open())
            return std::nullopt;
        send(method, path, token, body);
        return receive();
    }

private:
    bool fill()
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(30000))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

class Server
{
public:
    Server(QString binary, QString dataDir, QString timeScale = QStringLiteral("1000"))
        : m_binary(std::move(binary))
        , m_dataDir(std::move(dataDir))
        , m_timeScale(std::move(timeScale))
    {
    }
    ~Server() { stop(); }

    /** Starts the process; the milliseconds until it prints its URL, or -1. */
    double start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MODELARTS_LOCAL_PASSWORD"), QString::fromLatin1(kPassword));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        t.start();
        m_process.start(m_binary,
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dataDir,
                QStringLiteral("--empty"), QStringLiteral("--project-id"), kProject, QStringLiteral("--time-scale"),
                m_timeScale });
        if (!m_process.waitForStarted(10000))
            return -1;
        static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
        QByteArray out;
        while (m_process.state() == QProcess::Running)
        {
            m_process.waitForReadyRead(50);
            out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
            {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
                return static_cast<double>(t.nsecsElapsed()) / 1e6;
            }
        }
        std::fprintf(stderr, "modelarts-local did not start: %s\n", m_process.readAllStandardError().constData());
        return -1;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
        {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    quint16 port() const { return m_port; }

private:
    QString m_binary;
    QString m_dataDir;
    QString m_timeScale;
    QProcess m_process;
    quint16 m_port = 0;
};

/** Signs in with the password and returns the X-Subject-Token. */
QByteArray token(quint16 port)
{
    Json body = { { "auth",
        { { "identity",
              { { "methods", { "password" } },
                  { "password", { { "user", { { "name", "admin" }, { "password", kPassword.toStdString() } } } } } } },
            { "scope", { { "project", { { "id", kProject.toStdString() } } } } } } } };
    const QByteArray payload = QByteArray::fromStdString(body.dump());
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return {};
    s.write("POST /v3/auth/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
        answer += s.readAll();
    for (const QByteArray &line : answer.left(answer.indexOf("\r\n\r\n")).split('\n'))
    {
        if (line.toLower().startsWith("x-subject-token:"))
            return line.mid(16).trimmed();
    }
    std::fprintf(stderr, "sign-in failed: %s\n", answer.constData());
    return {};
}

QByteArray jobBody(int n)
{
    static const char *const names[] = { "resnet50", "bert-base", "yolov8", "llama-ft", "vit-small", "gpt2" };
    const std::string name = std::string(names[n % 6]) + "-bench-" + std::to_string(n);
    const Json j = { { "kind", "job" },
        { "metadata", { { "name", name }, { "description", "benchmark job " + std::to_string(n) } } },
        { "algorithm",
            { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", "python train.py" },
                { "environments", { { "MA_LOCAL_DURATION_SECONDS", "60" } } } } },
        { "spec", { { "resource", { { "flavor_id", "modelarts.vm.cpu.2u" }, { "node_count", 1 } } } } } };
    return QByteArray::fromStdString(j.dump());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i
        = static_cast<std::size_t>(std::min<double>(v.size() - 1, p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

struct Latency
{
    double p50 = 0, p99 = 0;
};

/** @p count requests, kept alive on one connection or each on a new one. */
Latency measure(quint16 port, int count, bool keepAlive, const QByteArray &method, const QByteArray &path,
    const QByteArray &tok, const QByteArray &body = {})
{
    std::vector<double> ms;
    Connection kept(port);
    kept.request(method, path, tok, body); // warm up
    for (int i = 0; i < count; ++i)
    {
        QElapsedTimer t;
        t.start();
        if (keepAlive)
        {
            kept.request(method, path, tok, body);
        }
        else
        {
            Connection fresh(port);
            fresh.request(method, path, tok, body);
            fresh.close();
        }
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return { percentile(ms, 0.5), percentile(ms, 0.99) };
}

/** Creates @p count jobs with 8 requests in flight; jobs per second. */
double createJobs(quint16 port, const QByteArray &tok, const QByteArray &path, int count, int base)
{
    constexpr int kInFlight = 8;
    std::vector<std::unique_ptr<Connection>> connections;
    for (int i = 0; i < kInFlight; ++i)
    {
        connections.push_back(std::make_unique<Connection>(port));
        connections.back()->open();
    }
    QElapsedTimer t;
    t.start();
    int failures = 0;
    for (int n = 0; n < count; n += kInFlight)
    {
        const int batch = std::min(kInFlight, count - n);
        for (int i = 0; i < batch; ++i)
            connections[static_cast<std::size_t>(i)]->send("POST", path, tok, jobBody(base + n + i));
        for (int i = 0; i < batch; ++i)
        {
            const auto r = connections[static_cast<std::size_t>(i)]->receive();
            if (!r || r->status != 201)
            {
                if (++failures < 3)
                    std::fprintf(stderr, "create failed: %d %s\n", r ? r->status : -1, r ? r->body.constData() : "");
            }
        }
    }
    return count / (static_cast<double>(t.nsecsElapsed()) / 1e9);
}

QByteArray searchBody(int offset, const QString &nameLike = {})
{
    Json j = { { "limit", 50 }, { "offset", offset }, { "sort_by", "create_time" }, { "order", "desc" } };
    if (!nameLike.isEmpty())
        j["filters"] = Json::array(
            { { { "key", "name" }, { "operator", "like" }, { "value", Json::array({ nameLike.toStdString() }) } } });
    return QByteArray::fromStdString(j.dump());
}

/** Waits until no job is in a phase the lifecycle still advances; false on timeout. */
bool settle(quint16 port, const QByteArray &tok, const QByteArray &searchPath, int timeoutMs)
{
    Json j = { { "limit", 1 }, { "offset", 0 },
        { "filters",
            Json::array({ { { "key", "phase" }, { "operator", "in" },
                { "value", Json::array({ "Creating", "Pending", "Running", "Terminating" }) } } }) } };
    const QByteArray body = QByteArray::fromStdString(j.dump());
    QElapsedTimer t;
    t.start();
    Connection c(port);
    while (t.elapsed() < timeoutMs)
    {
        const auto r = c.request("POST", searchPath, tok, body);
        if (r && r->status == 200)
        {
            const Json out = Json::parse(r->body.toStdString(), nullptr, false);
            if (out.is_object() && out.value("count", -1) == 0)
                return true;
        }
        QThread::msleep(250);
    }
    return false;
}

qint64 dirBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

/** local.search10k, local.restart50k, ... (local.search2500 for sizes off the thousands). */
QByteArray sizeName(const char *prefix, int size)
{
    return QByteArray(prefix) + (size % 1000 == 0 ? QByteArray::number(size / 1000) + 'k' : QByteArray::number(size));
}

void row(const char *label, const Latency &kept, const Latency &fresh)
{
    std::printf("  %-26s kept-alive p50 %7.2f p99 %7.2f ms   new connection p50 %7.2f p99 %7.2f ms\n", label, kept.p50,
        kept.p99, fresh.p50, fresh.p99);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the table as it comes, also into a pipe
    const bool quick = qEnvironmentVariableIntValue("BENCH_QUICK") != 0;
    const QString binary = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/local/modelarts-local"));
    if (!QFileInfo(binary).isExecutable())
    {
        std::fprintf(stderr, "no modelarts-local at %s\n", qPrintable(binary));
        return 1;
    }
    std::vector<int> sizes = quick ? std::vector<int> { 10000 } : std::vector<int> { 10000, 50000 };
    // BENCH_LOCAL_JOBS=2000,5000: other sizes (a slow server, a first look).
    if (const QString custom = qEnvironmentVariable("BENCH_LOCAL_JOBS"); !custom.isEmpty())
    {
        sizes.clear();
        for (const QString &n : custom.split(u','))
            sizes.push_back(std::max(100, n.toInt()));
    }
    const int requests = quick ? 60 : 200;
    const QByteArray jobsPath = "/v2/" + kProject.toLatin1() + "/training-jobs";
    const QByteArray searchPath = "/v2/" + kProject.toLatin1() + "/training-job-searches";

    std::printf("modelarts-local at scale (%d cores, %d requests per figure)\n", QThread::idealThreadCount(), requests);

    // Baselines: an empty server, its restart and a trivial GET.
    QTemporaryDir emptyDir;
    double emptyRestart = 0;
    qint64 emptyBytes = 0;
    {
        Server s(binary, emptyDir.path());
        if (s.start() < 0)
            return 1;
        s.stop();
        emptyRestart = s.start();
        s.stop();
        emptyBytes = dirBytes(emptyDir.path());
    }

    // The create rate on its own: at time scale 1 every job of the burst is still in Creating
    // when it ends, so the lifecycle work that follows a create is not counted.
    double createRate = 0, trivialRate = 0, keepAliveRatio = 0;
    {
        QTemporaryDir dir;
        Server server(binary, dir.path(), QStringLiteral("1"));
        if (server.start() < 0)
            return 1;
        const QByteArray tok = token(server.port());
        Connection c(server.port());
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 500; ++i)
            c.request("GET", "/v3/projects", tok);
        trivialRate = 500 / (static_cast<double>(t.nsecsElapsed()) / 1e9);
        c.close();
        createRate = createJobs(server.port(), tok, jobsPath, quick ? 1000 : 2000, 0);
        std::printf("create burst: %.0f jobs/s (trivial GET: %.0f requests/s)\n", createRate, trivialRate);
        server.stop();
    }

    for (const int size : sizes)
    {
        QTemporaryDir dir;
        if (qEnvironmentVariableIntValue("BENCH_KEEP_DATA") != 0)
        {
            dir.setAutoRemove(false);
            std::printf("data dir kept: %s\n", qPrintable(dir.path()));
        }
        Server server(binary, dir.path());
        if (server.start() < 0)
            return 1;
        const quint16 port = server.port();
        const QByteArray tok = token(port);
        if (tok.isEmpty())
            return 1;

        const double rate = createJobs(port, tok, jobsPath, size, 0);
        QElapsedTimer settleTimer;
        settleTimer.start();
        const bool settled = settle(port, tok, searchPath, 600000);
        std::printf("\n%d jobs: created at %.0f jobs/s with their lifecycles at x1000; %s %.1f s later\n", size, rate,
            settled ? "all finished" : "NOT all finished", static_cast<double>(settleTimer.elapsed()) / 1000.0);

        const Latency trivialKept = measure(port, requests, true, "GET", "/v3/projects", tok);
        const Latency trivialNew = measure(port, requests, false, "GET", "/v3/projects", tok);
        const int lastPage = (size - 1) / 50;
        struct Case
        {
            const char *label;
            const char *figure;
            QByteArray body;
        };
        const Case cases[] = { { "search first page", "first", searchBody(0) },
            { "search deep page (last)", "deep", searchBody(lastPage) },
            { "search name filter", "name", searchBody(0, QStringLiteral("bench-77")) } };
        row("baseline: GET /v3/projects", trivialKept, trivialNew);
        double worst = 0;
        for (const Case &c : cases)
        {
            const Latency kept = measure(port, requests, true, "POST", searchPath, tok, c.body);
            const Latency fresh = measure(port, requests, false, "POST", searchPath, tok, c.body);
            row(c.label, kept, fresh);
            const double p99 = std::max(kept.p99, fresh.p99);
            worst = std::max(worst, p99);
            const QByteArray name = sizeName("local.search", size) + ".p99." + c.figure;
            printFigure(name.constData(), p99, "ms", trivialKept.p99);
            if (size == sizes.front() && std::string(c.figure) == "first")
                keepAliveRatio = fresh.p99 > 0 ? kept.p99 / fresh.p99 : 0;
        }
        const QByteArray name = sizeName("local.search", size) + ".p99";
        printFigure(name.constData(), worst, "ms", trivialKept.p99);

        // The size of a job as the API returns it: the baseline of the bytes on disk.
        Connection c(port);
        const auto one = c.request("POST", searchPath, tok, searchBody(0));
        double apiBytes = 0;
        if (one && one->status == 200)
        {
            const Json out = Json::parse(one->body.toStdString(), nullptr, false);
            if (out.contains("items") && out["items"].is_array() && !out["items"].empty())
            {
                for (const Json &item : out["items"])
                    apiBytes += static_cast<double>(item.dump().size());
                apiBytes /= static_cast<double>(out["items"].size());
            }
        }
        c.close();

        server.stop();
        const double bytesPerJob = static_cast<double>(dirBytes(dir.path()) - emptyBytes) / size;
        const double restart = server.start();
        server.stop();
        std::printf("  restart %.0f ms (empty data dir %.0f ms); %.0f bytes per job on disk (%.0f as the API "
                    "returns it)\n",
            restart, emptyRestart, bytesPerJob, apiBytes);
        const QByteArray restartName = sizeName("local.restart", size);
        printFigure(restartName.constData(), restart, "ms", emptyRestart);
        if (size == sizes.back())
            printFigure("local.bytesPerJob", bytesPerJob, "B", apiBytes);
    }
    printFigure("local.create.rate", createRate, "jobs/s", trivialRate);
    printFigure("local.keepalive.ratio", keepAliveRatio, "x", 1.0);
    return 0;
}
