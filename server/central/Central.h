#pragma once

#include "common/Clock.h"
#include "db/Database.h"
#include "domain/Country.h"
#include "refdata/ReferenceData.h"
#include "validation/Validator.h"
#include "wire/Messages.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace fe::central {

struct CentralConfig
{
    wire::Limits limits;
    qint64 maxBodyBytes = 8 * 1024 * 1024;      // as received (compressed): larger is 413
    qint64 maxInflatedBytes = 64 * 1024 * 1024; // after gzip: larger is 413
    int enrolmentCodeHours = 72;
    int pullPageSize = 500;
    // Per-device token bucket: `rateBurst` requests at once, refilled at `ratePerSecond`.
    int rateBurst = 30;
    double ratePerSecond = 10.0;
    // Enrolment attempts (all clients together): slows down guessing of codes.
    int enrolBurst = 20;
    double enrolPerSecond = 2.0;
};

// The central office's own keys: X25519 to open sealed payloads, Ed25519 to sign acknowledgements.
// Created once and kept in the database, so every instance sharing it uses the same keys.
struct ServerKeys
{
    QByteArray boxPublic;
    QByteArray boxSecret;
    QByteArray signPublic;
    QByteArray signSecret;
};

// What every part of the service shares: the database, the keys, reference data, the limits.
class Central
{
    Q_DECLARE_TR_FUNCTIONS(Central)
public:
    Central(db::Database& db, CentralConfig config, const Clock& clock = SystemClock::instance());

    // Loads (or creates) the keys, the member-number counters and publishes reference data that
    // changed since the last start. The schema must be migrated before.
    void start();

    db::Database& db() { return m_db; }
    const CentralConfig& config() const { return m_config; }
    const ServerKeys& keys() const { return m_keys; }
    const Clock& clock() const { return m_clock; }
    qint64 nowMs() const { return m_clock.nowMs(); }
    const ReferenceData& reference(Country country) const;
    // Validation rules of a country as of today in that country's time zone.
    Validator validator(const CountryProfile& country) const;

    // What a push calls once members it accepted are queued for duplicate matching: the service
    // sets it to wake its MatcherThread before it takes requests (and clears it after the last).
    void setMatcherWake(std::function<void()> wake) { m_matcherWake = std::move(wake); }
    void wakeMatcher() const
    {
        if (m_matcherWake)
            m_matcherWake();
    }

private:
    void loadKeys();
    void publishReferenceData(db::Connection& c, const CountryProfile& country);

    db::Database& m_db;
    CentralConfig m_config;
    const Clock& m_clock;
    ServerKeys m_keys;
    ReferenceData m_lao;
    ReferenceData m_kenya;
    std::function<void()> m_matcherWake;
};

} // namespace fe::central
