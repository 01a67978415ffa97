#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace fe::central {

// Token buckets per key (a device id, or one shared key for enrolment). In process memory: with
// several instances behind a proxy each enforces its own share, which is what a rate limit needs
// (unlike idempotency, which lives in the database).
class RateLimiter
{
public:
    RateLimiter(int burst, double perSecond) : m_burst(burst), m_perSecond(perSecond) {}

    // 0 when the request may go ahead; otherwise the seconds to wait (for Retry-After).
    int take(const QString& key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_burst;
    double m_perSecond;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace fe::central
