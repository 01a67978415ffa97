#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace fe::sync {

// How a finished request turned out, as the engine needs to know it.
enum class JobOutcome {
    Ok,        // 2xx with a body
    Transient, // network failure, timeout, 408, 429, 5xx: try again later
    Refused,   // 4xx: the request itself was refused (body says why)
    Auth,      // 401: the credential is not (or no longer) valid
    Tls,       // the server's certificate is not trusted or not the pinned one
};

struct JobResult
{
    JobOutcome outcome = JobOutcome::Ok;
    int httpStatus = 0;
    QByteArray body;          // decompressed
    Error error;              // for anything but Ok: stable code, translated message
    qint64 errorSeq = 0;      // the entry at fault when one entry refused the whole request
    qint64 retryAfterMs = 0;  // from Retry-After
    qint64 bytesSent = 0;     // request body as sent (compressed)
    qint64 bytesReceived = 0; // response body as received
    qint64 elapsedMs = 0;
    double serverMs = 0; // the central office's own time for the request (Server-Timing), 0 if not sent
    QString requestId;
};

// The total of the durations in a Server-Timing header; 0 when absent or unreadable.
double serverTimingMs(const QByteArray& header);

// One HTTP request with an inactivity timeout (no byte moving for `inactivityMs` aborts it) and a
// request id the central office logs, so an operator's report can be matched to its log line.
// Small and short-lived, after Nextcloud's libsync jobs: the engine creates one per request.
class NetworkJob : public QObject
{
    Q_OBJECT
public:
    NetworkJob(QNetworkReply* reply, QString requestId, qint64 bytesSent, int inactivityMs,
               const QByteArray& pinnedKeySha256, QObject* parent = nullptr);
    ~NetworkJob() override;

    const JobResult& result() const { return m_result; }
    void abort();

Q_SIGNALS:
    void finished(fe::sync::NetworkJob* job);
    void uploadProgress(qint64 sent, qint64 total);
    void uploaded(); // the whole request body has been handed to the network, once

private:
    void onFinished();
    void onActivity();
    void onTimeout();
    void checkPin();

    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QElapsedTimer m_elapsed;
    QByteArray m_pin;
    JobResult m_result;
    bool m_timedOut = false;
    bool m_pinFailed = false;
    bool m_aborted = false;
    bool m_uploaded = false;
    QString m_tlsErrors;
};

} // namespace fe::sync
