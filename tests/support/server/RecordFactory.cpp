#include "RecordFactory.h"

#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "domain/Scheme.h"

#include <QJsonDocument>

namespace fe::test {
namespace {

wire::PushEntry plainEntry(qint64 seq, wire::Entity entity, const QUuid& id, int version, wire::Op op,
                           const QByteArray& plain, bool withHash)
{
    wire::PushEntry e;
    e.seq = seq;
    e.entity = entity;
    e.id = id;
    e.version = version;
    e.op = op;
    if (withHash)
        e.payloadHash = crypto::sha256(plain);
    e.payload = plain; // sealed with the rest of the request by DeviceClient::request
    return e;
}

} // namespace

RecordFactory::RecordFactory(Country country, QString district, quint32 seed)
    : m_country(country), m_district(std::move(district)), m_reference(ReferenceData::builtIn(country)),
      m_clockMs(QDateTime::currentMSecsSinceEpoch() - 86400000LL)
{
    const AdminUnit* unit = m_reference.find(2, m_district);
    m_region = unit ? unit->parentCode : QString();
    const QList<AdminUnit> wards = m_reference.children(3, m_district);
    m_ward = wards.isEmpty() ? QString() : wards.first().code;
    QList<Scheme> schemes;
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == country)
            schemes.append(s);
    m_generator = std::make_unique<DemoDataGenerator>(CountryProfile::of(country), m_reference, schemes, seed,
                                                      QDate::currentDate().addDays(-1));
}

Member RecordFactory::member()
{
    Member m = m_generator->generateMember();
    m_clockMs += 1000;
    m.id = createUuidV7(m_clockMs);
    m.version = 1;
    m.address.regionCode = m_region;
    m.address.districtCode = m_district;
    if (m_country == Country::Kenya)
        m.address.wardCode = m_ward;
    m.createdAt = m.updatedAt = QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC);
    return m;
}

Contribution RecordFactory::contribution(const Member& member)
{
    Contribution c = m_generator->generateContribution(member);
    m_clockMs += 1000;
    c.id = createUuidV7(m_clockMs);
    c.version = 1;
    c.memberId = member.id;
    c.recordedAt = QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC);
    return c;
}

Member RecordFactory::corrected(const Member& member)
{
    Member m = member;
    ++m.version;
    m_clockMs += 1000;
    m.updatedAt = QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC);
    m.externalRef = QStringLiteral("corrected-v%1").arg(m.version);
    return m;
}

Contribution RecordFactory::voided(const Contribution& contribution)
{
    Contribution c = contribution;
    ++c.version;
    m_clockMs += 1000;
    c.voidedAt = QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC);
    c.voidReason = QStringLiteral("Entered twice");
    c.voidedBy = QStringLiteral("clerk1");
    return c;
}

QByteArray RecordFactory::plain(const Member& m)
{
    return QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray RecordFactory::plain(const Contribution& c)
{
    return QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
}

wire::PushEntry RecordFactory::entry(qint64 seq, const Member& m, bool withHash)
{
    return plainEntry(seq, wire::Entity::Member, m.id, m.version,
                      m.version == 1 ? wire::Op::Create : wire::Op::Update, plain(m), withHash);
}

wire::PushEntry RecordFactory::entry(qint64 seq, const Contribution& c, bool withHash)
{
    return plainEntry(seq, wire::Entity::Contribution, c.id, c.version,
                      c.version == 1 ? wire::Op::Create : wire::Op::Void, plain(c), withHash);
}

} // namespace fe::test
