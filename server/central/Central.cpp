#include "central/Central.h"

#include "central/Log.h"
#include "crypto/Crypto.h"
#include "domain/Scheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace fe::central {
namespace {

QJsonObject schemeJson(const Scheme& s)
{
    return {{QLatin1String("code"), s.code},
            {QLatin1String("name"), s.name},
            {QLatin1String("localName"), s.localName},
            {QLatin1String("rule"), static_cast<int>(s.rule)},
            {QLatin1String("rateBasisPoints"), s.rateBasisPoints},
            {QLatin1String("minimumMonthlyMinor"), QString::number(s.minimumMonthlyMinor)},
            {QLatin1String("minAge"), s.minAge},
            {QLatin1String("maxAge"), s.maxAge}};
}

QJsonObject unitJson(const AdminUnit& u)
{
    return {{QLatin1String("level"), u.level},
            {QLatin1String("code"), u.code},
            {QLatin1String("parent"), u.parentCode},
            {QLatin1String("local"), u.nameLocal},
            {QLatin1String("latin"), u.nameLatin}};
}

} // namespace

Central::Central(db::Database& db, CentralConfig config, const Clock& clock)
    : m_db(db), m_config(std::move(config)), m_clock(clock), m_lao(ReferenceData::builtIn(Country::Lao)),
      m_kenya(ReferenceData::builtIn(Country::Kenya))
{}

const ReferenceData& Central::reference(Country country) const
{
    return country == Country::Lao ? m_lao : m_kenya;
}

Validator Central::validator(const CountryProfile& country) const
{
    const QDate today = m_clock.nowUtc().toTimeZone(QTimeZone(country.timeZoneId.toLatin1())).date();
    QList<Scheme> schemes;
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == country.country)
            schemes.append(s);
    return Validator(country, reference(country.country), schemes, today);
}

void Central::start()
{
    loadKeys();
    m_db.write([&](db::Connection& c) {
        for (const CountryProfile* country : {&CountryProfile::lao(), &CountryProfile::kenya()}) {
            c.query("INSERT INTO counters(name, value) VALUES(?, 0) ON CONFLICT(name) DO NOTHING",
                    {QStringLiteral("member:") + country->code});
            publishReferenceData(c, *country);
        }
    });
}

void Central::loadKeys()
{
    const auto fetch = [&](db::Connection& c) {
        const db::Rows rows = c.query("SELECT key, value FROM meta WHERE key IN ('box_public', 'box_secret', "
                                      "'sign_public', 'sign_secret')");
        ServerKeys k;
        for (int r = 0; r < rows.size(); ++r) {
            const QByteArray value = QByteArray::fromBase64(rows.bytes(r, 1));
            const QByteArray name = rows.bytes(r, 0);
            if (name == "box_public")
                k.boxPublic = value;
            else if (name == "box_secret")
                k.boxSecret = value;
            else if (name == "sign_public")
                k.signPublic = value;
            else if (name == "sign_secret")
                k.signSecret = value;
        }
        return k;
    };
    m_db.write([&](db::Connection& c) {
        m_keys = fetch(c);
        if (!m_keys.boxPublic.isEmpty())
            return;
        // First start: generate. Another instance starting at the same moment may win the insert;
        // ON CONFLICT keeps the first keys and everyone reads those back.
        const crypto::KeyPair box = crypto::generateBoxKeyPair();
        const crypto::KeyPair sign = crypto::generateSigningKeyPair();
        for (const auto& [name, value] : {std::pair{"box_public", box.publicKey},
                                          {"box_secret", box.secretKey},
                                          {"sign_public", sign.publicKey},
                                          {"sign_secret", sign.secretKey}})
            c.query("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING",
                    {QString::fromLatin1(name), value.toBase64()});
        m_keys = fetch(c);
        logEvent("info", QStringLiteral("keys.created"));
    });
}

// Reference data (schemes and their rates, admin units) reaches devices through pull as one
// "refdata" change per country; a new one is published whenever what this build ships differs from
// what was published last.
void Central::publishReferenceData(db::Connection& c, const CountryProfile& country)
{
    QJsonArray schemes;
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == country.country)
            schemes.append(schemeJson(s));
    QJsonArray units;
    for (const AdminUnit& u : reference(country.country).units())
        units.append(unitJson(u));
    const QJsonObject body{{QLatin1String("country"), country.code},
                           {QLatin1String("schemes"), schemes},
                           {QLatin1String("units"), units}};
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray digest = crypto::sha256(text).toHex();
    const QString metaKey = QStringLiteral("refdata_digest:") + country.code;
    const db::Rows current = c.query("SELECT value FROM meta WHERE key = ?", {metaKey});
    if (!current.empty() && current.bytes(0, 0) == digest)
        return;
    c.lockKeys({db::lockKey("changes")});
    c.query("INSERT INTO changes(country, district, kind, entity_id, body, at) VALUES(?, '*', 'refdata', "
            "NULL, ?, ?)",
            {country.code, text, nowMs()});
    c.query("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            {metaKey, digest});
    logEvent("info", QStringLiteral("refdata.published"), {{QLatin1String("country"), country.code}});
}

} // namespace fe::central
