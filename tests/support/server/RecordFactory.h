#pragma once

#include "demodata/DemoDataGenerator.h"
#include "domain/Contribution.h"
#include "domain/Member.h"
#include "refdata/ReferenceData.h"
#include "wire/Messages.h"

#include <memory>

namespace fe::test {

// Realistic records (core's seeded demo-data generator: households, documents, consent, incomes)
// placed in one district, with ids and versions as a device's store would give them, and their
// outbox entries (plain payloads: DeviceClient::request seals them together for the central office).
class RecordFactory
{
public:
    RecordFactory(Country country, QString district, quint32 seed);

    Member member();
    Contribution contribution(const Member& member);
    Member corrected(const Member& member); // the next version, with a changed phone/village
    Contribution voided(const Contribution& contribution);
    const QString& district() const { return m_district; }

    static QByteArray plain(const Member& m);
    static QByteArray plain(const Contribution& c);
    static wire::PushEntry entry(qint64 seq, const Member& m, bool withHash = true);
    static wire::PushEntry entry(qint64 seq, const Contribution& c, bool withHash = true);

private:
    Country m_country;
    QString m_district;
    QString m_region;
    QString m_ward;
    ReferenceData m_reference;
    std::unique_ptr<DemoDataGenerator> m_generator;
    qint64 m_clockMs;
};

} // namespace fe::test
