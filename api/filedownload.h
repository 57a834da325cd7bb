#pragma once

// A file downloaded through the client (a job's full log, later a pre-signed OBS object):
// streamed into a QSaveFile that is committed only when everything arrived, never held in
// memory. A link on the ModelArts endpoint needs the client's authentication and is never
// redirected with it; a pre-signed link on another host carries its signature in the query
// and is fetched without any header of ours.

#include "api/apierror.h"

#include <memory>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>

class QNetworkReply;

namespace ma::api
{
class ApiClient;

class FileDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)

public:
    FileDownload(ApiClient *client, QString filePath, QObject *parent = nullptr);
    ~FileDownload() override;

    /** A size to compute progress with when the answer has no Content-Length. */
    void setExpectedSize(qint64 bytes) { m_expected = bytes; }
    /**
     * @brief Creates the file now, so that an unwritable path fails before anything is asked
     * of the service. On failure finished() has been emitted and the error is returned.
     */
    ApiError open();
    /** Streams @p link into the file (opening it first if open() was not called). */
    void start(const QUrl &link);
    /** Stops; finished() reports Canceled. The file is left as it was. */
    void cancel();
    /** Ends with @p error (a step before the transfer failed, e.g. the link request). */
    void fail(const ApiError &error);

    QString filePath() const { return m_path; }
    qint64 bytesWritten() const { return m_written; }
    bool isFinished() const { return m_finished; }

    /** True when @p link is on the same scheme, host and port as @p endpoint (so it needs our credentials). */
    static bool sameOrigin(const QUrl &link, const QUrl &endpoint);

signals:
    /** 0..99 while receiving, 100 once the file is committed. */
    void progress(int percent);
    /** Exactly once; error.kind == None on success. */
    void finished(const ma::api::ApiError &error);

private:
    void sendGet(const QUrl &link, bool authenticated);
    void onReadyRead();
    void onReplyFinished();
    void reportProgress(qint64 received, qint64 total);

    QPointer<ApiClient> m_client;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QNetworkReply> m_reply;
    qint64 m_expected = -1;
    qint64 m_written = 0;
    int m_lastPercent = -1;
    bool m_finished = false;
};
} // namespace ma::api
