#include "central/Push.h"

#include "central/ApiError.h"
#include "central/Log.h"
#include "central/MatchKeys.h"
#include "central/Matcher.h"
#include "common/CompactJson.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "validation/Normalise.h"
#include "wire/MemberNumber.h"
#include "wire/SealedPayload.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

namespace fe::central {
namespace {

using wire::Entity;
using wire::Op;
using wire::ResultKind;

QString tr(const char* text)
{
    return QCoreApplication::translate("Push", text);
}

// One record version on its way in: a fresh entry of this request, or an entry parked earlier
// (possibly by another request of another device) whose dependency has just arrived.
struct Item
{
    enum class Action { None, CreateMember, UpdateMember, CreateContribution, UpdateContribution, Park };

    Entity entity = Entity::Member;
    QUuid id;
    QString idText;
    int version = 0;
    Op op = Op::Create;
    QString deviceId;
    QString deviceDistrict;
    qint64 seq = 0;
    int responseIndex = -1; // position in this request's results, -1 for another request's entry
    bool fresh = true;      // from this request (a district violation refuses the whole request)

    QByteArray plain;
    QByteArray hashHex;
    std::optional<Member> member; // as sent: what is stored is exactly what the device hashed
    std::optional<Contribution> contribution;
    QString ownerId; // the member a contribution belongs to
    QList<Claim> claims;
    QByteArray momoKey;

    std::optional<wire::EntryResult> result;
    Action action = Action::None;
    QString waitsFor;

    QString versionKey() const
    {
        return wire::entityName(entity) + QLatin1Char(':') + idText + QLatin1Char(':') +
               QString::number(version);
    }
    QString memberKey() const { return entity == Entity::Member ? idText : ownerId; }
};

struct MemberState
{
    int version = 0;
    QString district;
    QString number;
    QByteArray payload;
};

struct ContributionState
{
    int version = 0;
    QString district;
};

struct PendingChange
{
    QString country;
    QString district;
    QString kind;
    QString entityId;
    QByteArray body;  // compact JSON, as devices pull it
    QString deviceId; // only this device pulls it (a member's number); empty: the whole district
};

// A new member's number as a change to pull, written without a QJsonObject: one per registration,
// built while SQLite's single writer waits.
QByteArray memberNumberBody(const QString& memberId, const QString& number)
{
    QByteArray out;
    out.reserve(32 + memberId.size() + number.size());
    CompactJsonWriter(out).beginObject().value("member", memberId).value("number", number).endObject();
    return out;
}

ApiError forbiddenDistrict(qint64 seq)
{
    return {403,
            {QStringLiteral("district.forbidden"),
             tr("This device may only send records of its own district."),
             {}},
            seq};
}

void decide(Item& it, ResultKind kind, const QString& code = {}, const QString& message = {},
            const QString& field = {})
{
    it.result = wire::EntryResult{it.seq, kind, code, message, field, {}};
}

void reject(Item& it, const Error& e)
{
    decide(it, ResultKind::Rejected, e.code, e.message, e.field);
}

// Parses and (for members) validates an item's plain payload. Validation of a contribution needs
// its member and happens in the transaction.
void prepareContent(Item& it, const Validator& validator)
{
    const Error malformed{
        QStringLiteral("payload.malformed"), tr("The record's content cannot be read."), {}};
    // A payload that is not a JSON object at all, or a field that cannot be read.
    const auto refuse = [&](const Error& e) {
        reject(it, e.field == QLatin1String("json")
                       ? malformed
                       : Error{QStringLiteral("payload.malformed"), e.message, e.field});
    };
    const Error mismatch{
        QStringLiteral("payload.mismatch"), tr("The record's content does not match its id or version."), {}};
    if (it.entity == Entity::Member) {
        auto m = Member::fromJsonText(it.plain);
        if (!m.ok())
            return refuse(m.error());
        if (m.value().id != it.id || m.value().version != it.version)
            return reject(it, mismatch);
        if (m.value().address.districtCode != it.deviceDistrict) {
            if (it.fresh)
                throw forbiddenDistrict(it.seq);
            return reject(it, forbiddenDistrict(it.seq).error);
        }
        Member normalised = m.value();
        const ValidationReport report = validator.normaliseAndValidate(normalised);
        if (!report.ok()) {
            const Error& first = report.errors.first();
            return reject(it, {QStringLiteral("validation.") + first.code, first.message, first.field});
        }
        it.claims = memberClaims(normalised);
        it.member = std::move(m).value();
    } else {
        auto c = Contribution::fromJsonText(it.plain);
        if (!c.ok())
            return refuse(c.error());
        if (c.value().id != it.id || c.value().version != it.version || c.value().memberId.isNull())
            return reject(it, mismatch);
        it.ownerId = uuidText(c.value().memberId);
        if (c.value().method == PaymentMethod::MobileMoney)
            it.momoKey = momoClaimKey(normaliseTransactionCode(c.value().transactionCode));
        it.contribution = std::move(c).value();
    }
}

// The transaction's work: decide every item against the database (and what this batch did before
// it), then write in a few grouped statements.
class Batch
{
public:
    Batch(Central& central, db::Connection& c, const CountryProfile& country, qint64 now)
        : m_c(c), m_country(country), m_validator(central.validator(country)), m_now(now)
    {}

    void run(QList<Item*> round, const QHash<qint64, int>& requestSeqs, const QString& requestDevice)
    {
        while (!round.isEmpty()) {
            load(round);
            for (Item* it : std::as_const(round))
                if (!it->result)
                    decideOne(*it);
            write(round);
            round = releaseDependents(round, requestSeqs, requestDevice);
        }
    }

    void finish();

    std::vector<std::unique_ptr<Item>> dependents; // owned here, referenced by rounds
    QList<Item*> all;

private:
    void load(const QList<Item*>& round);
    void decideOne(Item& it);
    void decideMember(Item& it);
    void decideContribution(Item& it);
    void park(Item& it, const QString& waitsFor, const char* code);
    void write(const QList<Item*>& round);
    QList<qint64> drawMemberNumbers(qsizetype count);
    QList<Item*> releaseDependents(const QList<Item*>& round, const QHash<qint64, int>& requestSeqs,
                                   const QString& requestDevice);
    std::optional<Member> owner(const QString& memberId);

    db::Connection& m_c;
    CountryProfile m_country;
    Validator m_validator;
    qint64 m_now;

    QHash<QString, QByteArray> m_versions; // "entity:id:version" -> payload hash (held)
    QHash<QString, QByteArray> m_parked;   // same, for parked entries
    QHash<QString, std::optional<MemberState>> m_members;
    QHash<QString, std::optional<ContributionState>> m_contributions;
    QHash<QString, Member> m_owners; // parsed member payloads for contribution validation
    QHash<QString, QString> m_deviceDistricts;
    // Nothing was parked when the transaction began (checked once, after the locks: a row parked
    // for one of our records by another transaction would have needed one of our locks) and this
    // transaction parked nothing: the parked table needs no look-ups. The usual case.
    std::optional<bool> m_parkedEmpty;
    bool m_parkedHere = false;
    QList<PendingChange> m_numberChanges; // before m_changes, in the order the numbers were drawn
    QList<PendingChange> m_changes;
};

void Batch::load(const QList<Item*>& round)
{
    if (!m_parkedEmpty)
        m_parkedEmpty = m_c.query("SELECT count(*) FROM (SELECT 1 FROM parked LIMIT 1) t").int64(0, 0) == 0;
    std::vector<db::Params> versionKeys;
    std::vector<db::Params> parkedKeys;
    QList<Item*> versionItems;
    QList<Item*> parkedItems;
    QStringList memberIds;
    QStringList contributionIds;
    QSet<QString> seenMembers;
    QSet<QString> seenContributions;
    for (Item* it : round) {
        if (it->result)
            continue;
        const QString key = it->versionKey();
        if (!m_versions.contains(key)) {
            versionKeys.push_back(
                {wire::entityName(it->entity), it->idText, static_cast<qint64>(it->version)});
            versionItems.append(it);
        }
        if (it->fresh && !*m_parkedEmpty && !m_parked.contains(key)) {
            parkedKeys.push_back(
                {wire::entityName(it->entity), it->idText, static_cast<qint64>(it->version)});
            parkedItems.append(it);
        }
        if (!m_members.contains(it->memberKey()) && !seenMembers.contains(it->memberKey())) {
            seenMembers.insert(it->memberKey());
            memberIds.append(it->memberKey());
        }
        if (it->entity == Entity::Contribution && !m_contributions.contains(it->idText) &&
            !seenContributions.contains(it->idText)) {
            seenContributions.insert(it->idText);
            contributionIds.append(it->idText);
        }
    }
    const auto versions = m_c.queryMany(
        "SELECT payload_hash FROM record_versions WHERE entity = ? AND entity_id = ? AND version = ?",
        versionKeys);
    for (qsizetype i = 0; i < versionItems.size(); ++i)
        if (!versions[static_cast<size_t>(i)].empty())
            m_versions.insert(versionItems[i]->versionKey(), versions[static_cast<size_t>(i)].bytes(0, 0));
    const auto parked = m_c.queryMany(
        "SELECT payload_hash FROM parked WHERE entity = ? AND entity_id = ? AND version = ?", parkedKeys);
    for (qsizetype i = 0; i < parkedItems.size(); ++i)
        if (!parked[static_cast<size_t>(i)].empty())
            m_parked.insert(parkedItems[i]->versionKey(), parked[static_cast<size_t>(i)].bytes(0, 0));

    std::vector<db::Params> ids;
    for (const QString& id : std::as_const(memberIds))
        ids.push_back({id});
    const auto members =
        m_c.queryMany("SELECT version, district, member_number, payload FROM members WHERE id = ?", ids);
    for (qsizetype i = 0; i < memberIds.size(); ++i) {
        const db::Rows& r = members[static_cast<size_t>(i)];
        m_members.insert(memberIds[i], r.empty() ? std::nullopt
                                                 : std::optional<MemberState>(MemberState{
                                                       static_cast<int>(r.int64(0, 0)), r.text(0, 1),
                                                       r.text(0, 2), r.bytes(0, 3)}));
    }
    ids.clear();
    for (const QString& id : std::as_const(contributionIds))
        ids.push_back({id});
    const auto contributions = m_c.queryMany("SELECT version, district FROM contributions WHERE id = ?", ids);
    for (qsizetype i = 0; i < contributionIds.size(); ++i) {
        const db::Rows& r = contributions[static_cast<size_t>(i)];
        m_contributions.insert(contributionIds[i], r.empty()
                                                       ? std::nullopt
                                                       : std::optional<ContributionState>(ContributionState{
                                                             static_cast<int>(r.int64(0, 0)), r.text(0, 1)}));
    }
}

void Batch::park(Item& it, const QString& waitsFor, const char* code)
{
    it.action = Item::Action::Park;
    it.waitsFor = waitsFor;
    m_parkedHere = true;
    m_parked.insert(it.versionKey(), it.hashHex);
    decide(it, ResultKind::Waiting, QString::fromLatin1(code),
           it.entity == Entity::Contribution && it.version == 1
               ? tr("Held until the member it belongs to arrives.")
               : tr("Held until the previous version of this record arrives."));
}

void Batch::decideOne(Item& it)
{
    const QString key = it.versionKey();
    if (const auto held = m_versions.constFind(key); held != m_versions.constEnd()) {
        if (*held == it.hashHex) {
            decide(it, ResultKind::AlreadyApplied);
            if (it.entity == Entity::Member)
                if (const auto& m = m_members.value(it.idText))
                    it.result->memberNumber = m->number;
        } else {
            decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                   tr("The central office holds this version of the record with different content."));
        }
        return;
    }
    if (const auto held = m_parked.constFind(key); held != m_parked.constEnd()) {
        if (*held == it.hashHex)
            decide(it, ResultKind::Waiting, QStringLiteral("waiting.dependency"),
                   tr("Held until the record it depends on arrives."));
        else
            decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                   tr("The central office holds this version of the record with different content."));
        return;
    }
    if (it.entity == Entity::Member)
        decideMember(it);
    else
        decideContribution(it);
}

void Batch::decideMember(Item& it)
{
    std::optional<MemberState>& state = m_members[it.idText];
    if (it.version == 1) {
        if (state)
            return decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                          tr("The central office already holds this record with different content."));
        it.action = Item::Action::CreateMember;
        state = MemberState{1, it.deviceDistrict, {}, it.plain};
    } else {
        if (!state || state->version < it.version - 1)
            return park(it, QStringLiteral("member:%1:%2").arg(it.idText).arg(it.version - 1),
                        "waiting.version");
        if (state->district != it.deviceDistrict) {
            if (it.fresh)
                throw forbiddenDistrict(it.seq);
            return reject(it, forbiddenDistrict(it.seq).error);
        }
        if (state->version >= it.version)
            return decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                          tr("The record was changed at the central office meanwhile."));
        it.action = Item::Action::UpdateMember;
        state->version = it.version;
        state->payload = it.plain;
        m_owners.remove(it.idText);
    }
    m_versions.insert(it.versionKey(), it.hashHex);
    decide(it, ResultKind::Applied);
    it.result->memberNumber = state->number;
}

std::optional<Member> Batch::owner(const QString& memberId)
{
    if (auto it = m_owners.constFind(memberId); it != m_owners.constEnd())
        return *it;
    const auto& state = m_members.value(memberId);
    if (!state)
        return std::nullopt;
    auto m = Member::fromJsonText(state->payload);
    if (!m.ok())
        return std::nullopt;
    m_owners.insert(memberId, m.value());
    return std::move(m).value();
}

void Batch::decideContribution(Item& it)
{
    const std::optional<MemberState>& memberState = m_members.value(it.ownerId);
    std::optional<ContributionState>& state = m_contributions[it.idText];
    if (it.version == 1) {
        if (state)
            return decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                          tr("The central office already holds this record with different content."));
        if (!memberState)
            return park(it, QStringLiteral("member:") + it.ownerId, "waiting.member");
    } else if (!state || state->version < it.version - 1) {
        return park(it, QStringLiteral("contribution:%1:%2").arg(it.idText).arg(it.version - 1),
                    "waiting.version");
    }
    const QString district = state ? state->district : memberState->district;
    if (district != it.deviceDistrict || (memberState && memberState->district != it.deviceDistrict)) {
        if (it.fresh)
            throw forbiddenDistrict(it.seq);
        return reject(it, forbiddenDistrict(it.seq).error);
    }
    if (state && state->version >= it.version)
        return decide(it, ResultKind::Conflict, QStringLiteral("record.conflict"),
                      tr("The record was changed at the central office meanwhile."));
    const auto member = owner(it.ownerId);
    if (!member)
        return reject(it,
                      {QStringLiteral("contribution.member_missing"),
                       tr("The member this payment belongs to cannot be found."), QStringLiteral("member")});
    Contribution copy = *it.contribution;
    const ValidationReport report = m_validator.normaliseAndValidate(copy, *member);
    if (!report.ok()) {
        const Error& first = report.errors.first();
        return reject(it, {QStringLiteral("validation.") + first.code, first.message, first.field});
    }
    if (it.version == 1 && !it.momoKey.isEmpty()) {
        const db::Rows claimed = m_c.query("INSERT INTO claims(kind, key, owner_id) VALUES('momo', ?, ?) "
                                           "ON CONFLICT(kind, key) DO NOTHING",
                                           {it.momoKey, it.idText});
        if (claimed.affected() == 0) {
            const db::Rows holder =
                m_c.query("SELECT owner_id FROM claims WHERE kind = 'momo' AND key = ?", {it.momoKey});
            if (!holder.empty() && holder.text(0, 0) != it.idText)
                return reject(it, {QStringLiteral("contribution.code_reused"),
                                   tr("This mobile-money code was already used for another payment."),
                                   QStringLiteral("transactionCode")});
        }
    }
    if (state) {
        it.action = Item::Action::UpdateContribution;
        state->version = it.version;
    } else {
        it.action = Item::Action::CreateContribution;
        state = ContributionState{1, district};
    }
    m_versions.insert(it.versionKey(), it.hashHex);
    decide(it, ResultKind::Applied);
}

// The serial numbers of `count` new members: from the country's sequence with PostgreSQL (no lock
// held to the commit: db/Migrations.cpp, version 2), from its counter with SQLite (one writer).
QList<qint64> Batch::drawMemberNumbers(qsizetype count)
{
    QList<qint64> serials;
    serials.reserve(count);
    if (m_c.dialect() == db::Dialect::Postgres) {
        const db::Rows drawn = m_c.query(
            "SELECT nextval(?::regclass) FROM generate_series(1, ?)",
            {QStringLiteral("member_serial_") + m_country.code.toLower(), static_cast<qint64>(count)});
        for (int r = 0; r < drawn.size(); ++r)
            serials.append(drawn.int64(r, 0));
    } else {
        const db::Rows counter =
            m_c.query("UPDATE counters SET value = value + ? WHERE name = ? RETURNING value",
                      {static_cast<qint64>(count), QStringLiteral("member:") + m_country.code});
        for (qint64 serial = counter.int64(0, 0) - count + 1; serial <= counter.int64(0, 0); ++serial)
            serials.append(serial);
    }
    if (serials.size() != count)
        throw db::Failure{db::Failure::Kind::Other, QStringLiteral("member numbers: counter missing")};
    return serials;
}

void Batch::write(const QList<Item*>& round)
{
    std::vector<db::Params> memberCreates, memberUpdates, contributionCreates, contributionUpdates, versions,
        parks, entries;
    QList<Item*> claimants;
    // A new member gets its number in its first row: numbering it afterwards was an UPDATE that
    // wrote the whole row (its payload) again - in PostgreSQL a second row version with its index
    // entries.
    const auto creates = std::count_if(
        round.begin(), round.end(), [](const Item* it) { return it->action == Item::Action::CreateMember; });
    const QList<qint64> serials = creates > 0 ? drawMemberNumbers(creates) : QList<qint64>();
    qsizetype nextSerial = 0;
    // A record's current version keeps its payload in the record's row only (its record_versions
    // payload is NULL); the version it replaces gets its payload back there first.
    const auto recordKey = [](const Item* it) {
        return wire::entityName(it->entity) + it->idText;
    };
    QHash<QString, int> lastVersion;
    std::vector<db::Params> supersededMembers, supersededContributions;
    for (const Item* it : round) {
        if (it->action == Item::Action::None || it->action == Item::Action::Park)
            continue;
        int& last = lastVersion[recordKey(it)];
        const bool firstHere = last == 0;
        last = std::max(last, it->version);
        if (firstHere && it->action == Item::Action::UpdateMember)
            supersededMembers.push_back({it->idText, it->idText});
        if (firstHere && it->action == Item::Action::UpdateContribution)
            supersededContributions.push_back({it->idText, it->idText});
    }
    for (Item* it : round) {
        switch (it->action) {
        case Item::Action::CreateMember: {
            const QString number = wire::formatMemberNumber(m_country.country, it->member->address.regionCode,
                                                            serials[nextSerial++]);
            memberCreates.push_back({it->idText, m_country.code, it->deviceDistrict, number, it->plain,
                                     it->hashHex, it->deviceId, m_now, m_now});
            it->result->memberNumber = number;
            if (auto& state = m_members[it->idText])
                state->number = number;
            m_numberChanges.append({m_country.code, it->deviceDistrict, QStringLiteral("member_number"),
                                    it->idText, memberNumberBody(it->idText, number), it->deviceId});
            claimants.append(it);
            break;
        }
        case Item::Action::UpdateMember:
            memberUpdates.push_back({static_cast<qint64>(it->version), it->deviceDistrict, it->plain,
                                     it->hashHex, m_now, it->idText});
            claimants.append(it);
            break;
        case Item::Action::CreateContribution:
            contributionCreates.push_back({it->idText, it->ownerId, m_country.code, it->deviceDistrict,
                                           static_cast<qint64>(it->contribution->isVoided() ? 1 : 0),
                                           it->plain, it->hashHex, it->deviceId, m_now, m_now});
            break;
        case Item::Action::UpdateContribution:
            contributionUpdates.push_back({static_cast<qint64>(it->version),
                                           static_cast<qint64>(it->contribution->isVoided() ? 1 : 0),
                                           it->plain, it->hashHex, m_now, it->idText});
            break;
        case Item::Action::Park:
            parks.push_back({wire::entityName(it->entity), it->idText, static_cast<qint64>(it->version),
                             it->waitsFor, wire::opName(it->op), it->plain, it->hashHex, it->deviceId,
                             it->seq, m_now});
            break;
        case Item::Action::None:
            break;
        }
        if (it->action != Item::Action::None && it->action != Item::Action::Park)
            versions.push_back(
                {wire::entityName(it->entity), it->idText, static_cast<qint64>(it->version), it->hashHex,
                 it->version == lastVersion.value(recordKey(it)) ? db::Param(nullptr) : db::Param(it->plain),
                 it->deviceId, it->seq, m_now});
    }
    m_c.queryMany("UPDATE record_versions SET payload = (SELECT payload FROM members WHERE id = ?) "
                  "WHERE entity = 'member' AND entity_id = ? AND payload IS NULL",
                  supersededMembers);
    m_c.queryMany("UPDATE record_versions SET payload = (SELECT payload FROM contributions WHERE id = ?) "
                  "WHERE entity = 'contribution' AND entity_id = ? AND payload IS NULL",
                  supersededContributions);
    m_c.queryMany("INSERT INTO members(id, country, district, version, member_number, payload, payload_hash, "
                  "device_id, created_at, updated_at) VALUES(?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                  memberCreates);
    m_c.queryMany(
        "UPDATE members SET version = ?, district = ?, payload = ?, payload_hash = ?, updated_at = ? "
        "WHERE id = ?",
        memberUpdates);
    m_c.queryMany(
        "INSERT INTO contributions(id, member_id, country, district, version, voided, payload, payload_hash, "
        "device_id, created_at, updated_at) VALUES(?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
        contributionCreates);
    m_c.queryMany(
        "UPDATE contributions SET version = ?, voided = ?, payload = ?, payload_hash = ?, updated_at = ? "
        "WHERE id = ?",
        contributionUpdates);
    m_c.queryMany(
        "INSERT INTO record_versions(entity, entity_id, version, payload_hash, payload, source, device_id, "
        "device_seq, received_at) VALUES(?, ?, ?, ?, ?, 'device', ?, ?, ?)",
        versions);
    m_c.queryMany(
        "INSERT INTO parked(entity, entity_id, version, waits_for, op, payload, payload_hash, device_id, "
        "device_seq, parked_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        parks);
    // Duplicate matching happens after the commit, in queue order (Matcher.h).
    QList<Matcher::Queued> queued;
    queued.reserve(claimants.size());
    for (const Item* it : std::as_const(claimants))
        queued.append({it->idText, it->deviceDistrict, it->action == Item::Action::UpdateMember, it->claims});
    Matcher::enqueue(m_c, m_country.code, queued, m_now);
    for (Item* it : round)
        entries.push_back({it->deviceId, it->seq, wire::entityName(it->entity), it->idText,
                           static_cast<qint64>(it->version), wire::resultName(it->result->kind),
                           it->result->code.isEmpty() ? db::Param(nullptr) : db::Param(it->result->code),
                           m_now});
    // A result once final stays as it was: a retry or replay changes nothing.
    m_c.queryMany(
        "INSERT INTO device_entries(device_id, seq, entity, entity_id, version, result, code, at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(device_id, seq) DO UPDATE SET result = excluded.result, "
        "code = excluded.code, at = excluded.at WHERE device_entries.result = 'waiting'",
        entries);
    all += round;
}

QList<Item*> Batch::releaseDependents(const QList<Item*>& round, const QHash<qint64, int>& requestSeqs,
                                      const QString& requestDevice)
{
    if (m_parkedEmpty.value_or(false) && !m_parkedHere)
        return {};
    std::vector<db::Params> keys;
    for (Item* it : round) {
        if (it->action == Item::Action::None || it->action == Item::Action::Park)
            continue;
        keys.push_back({it->versionKey()});
        if (it->entity == Entity::Member && it->version == 1)
            keys.push_back({QStringLiteral("member:") + it->idText});
    }
    const auto found =
        m_c.queryMany("SELECT entity, entity_id, version, op, payload, payload_hash, device_id, "
                      "device_seq FROM parked WHERE waits_for = ?",
                      keys);
    QList<Item*> next;
    std::vector<db::Params> taken;
    for (const db::Rows& rows : found) {
        for (int r = 0; r < rows.size(); ++r) {
            auto it = std::make_unique<Item>();
            it->entity = wire::entityFromName(rows.text(r, 0)).value_or(Entity::Member);
            it->idText = rows.text(r, 1);
            it->id = QUuid::fromString(it->idText);
            it->version = static_cast<int>(rows.int64(r, 2));
            it->op = wire::opFromName(rows.text(r, 3)).value_or(Op::Update);
            it->plain = rows.bytes(r, 4);
            it->hashHex = rows.bytes(r, 5);
            it->deviceId = rows.text(r, 6);
            it->seq = rows.int64(r, 7);
            it->fresh = false;
            if (it->deviceId == requestDevice)
                it->responseIndex = requestSeqs.value(it->seq, -1);
            if (!m_deviceDistricts.contains(it->deviceId)) {
                const db::Rows d = m_c.query("SELECT district FROM devices WHERE id = ?", {it->deviceId});
                m_deviceDistricts.insert(it->deviceId, d.empty() ? QString() : d.text(0, 0));
            }
            it->deviceDistrict = m_deviceDistricts.value(it->deviceId);
            m_parked.remove(it->versionKey());
            taken.push_back({rows.text(r, 0), it->idText, static_cast<qint64>(it->version)});
            prepareContent(*it, m_validator);
            next.append(it.get());
            dependents.push_back(std::move(it));
        }
    }
    m_c.queryMany("DELETE FROM parked WHERE entity = ? AND entity_id = ? AND version = ?", taken);
    return next;
}

// The changes devices will pull, new member numbers first. Under one lock, so change sequence
// numbers become visible in the order they were allocated and a pull cursor never skips one.
void Batch::finish()
{
    if (m_numberChanges.isEmpty() && m_changes.isEmpty())
        return;
    m_c.lockKeys({db::lockKey("changes")});
    m_changes = m_numberChanges + m_changes;
    std::vector<db::Params> rows;
    for (const PendingChange& ch : std::as_const(m_changes))
        rows.push_back({ch.country, ch.district, ch.kind, ch.entityId, ch.body, m_now,
                        ch.deviceId.isEmpty() ? db::Param(nullptr) : db::Param(ch.deviceId)});
    m_c.queryMany("INSERT INTO changes(country, district, kind, entity_id, body, at, device_id) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?)",
                  rows);
}

} // namespace

wire::PushResponse Push::push(const DeviceIdentity& device, const wire::PushRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    if (request.deviceId != device.id)
        throw ApiError{403,
                       {QStringLiteral("device.mismatch"),
                        tr("The batch names another device than the credential."), QStringLiteral("dev")}};
    if (!request.district.isEmpty() && request.district != device.district)
        throw forbiddenDistrict(0);

    // Outside the transaction: open, hash, parse and validate each record (the CPU-heavy part).
    const Validator validator = m_central.validator(device.country);
    std::vector<Item> items(static_cast<size_t>(request.entries.size()));
    QHash<qint64, int> requestSeqs;
    // One sealed box carries every payload of the request: one X25519 exchange and one inflate per
    // request. A box that does not open concerns every entry alike.
    QList<QByteArray> plains;
    std::optional<Error> sealError;
    if (!request.entries.isEmpty()) {
        auto opened = wire::openBatch(request.sealedBatch, request.entries.size(), m_central.keys().boxPublic,
                                      m_central.keys().boxSecret);
        if (opened.ok())
            plains = std::move(opened).value();
        else
            sealError = opened.error();
    }
    for (qsizetype i = 0; i < request.entries.size(); ++i) {
        const wire::PushEntry& e = request.entries[i];
        Item& it = items[static_cast<size_t>(i)];
        it.entity = e.entity;
        it.id = e.id;
        it.idText = uuidText(e.id);
        it.version = e.version;
        it.op = e.op;
        it.deviceId = device.id;
        it.deviceDistrict = device.district;
        it.seq = e.seq;
        it.responseIndex = static_cast<int>(i);
        requestSeqs.insert(e.seq, static_cast<int>(i));
        if (sealError) {
            reject(it, *sealError);
            continue;
        }
        if (plains[i].size() > wire::kMaxPlainPayloadBytes) {
            reject(it, {QStringLiteral("payload.too_large"),
                        tr("The record is larger than the protocol allows."),
                        {}});
            continue;
        }
        it.plain = std::move(plains[i]);
        const QByteArray hash = crypto::sha256(it.plain);
        it.hashHex = hash.toHex();
        if (!e.payloadHash.isEmpty() && e.payloadHash != hash) {
            reject(it, {QStringLiteral("payload.hash_mismatch"),
                        tr("The record's content does not match its hash."),
                        {}});
            continue;
        }
        prepareContent(it, validator);
    }

    // Every record (by its member) and every uniqueness key this batch touches, locked up front in
    // one sorted pass: concurrent batches touching the same records take turns, others run freely.
    std::vector<qint64> locks;
    for (const Item& it : items) {
        if (it.result)
            continue;
        locks.push_back(db::lockKey("member:" + it.memberKey().toLatin1()));
        if (!it.momoKey.isEmpty())
            locks.push_back(db::lockKey("momo:" + it.momoKey));
    }

    wire::PushResponse response;
    int applied = 0;
    int rejected = 0;
    int conflicts = 0;
    m_central.db().write([&](db::Connection& c) {
        const qint64 now = m_central.nowMs();
        std::vector<Item> work = items; // a retried transaction starts again from the prepared items
        c.lockKeys(locks);
        Batch batch(m_central, c, device.country, now);
        QList<Item*> round;
        for (Item& it : work)
            round.append(&it);
        batch.run(round, requestSeqs, device.id);
        batch.finish();

        // High-water mark: every seq up to it has a result here.
        const db::Rows dev =
            c.query("SELECT high_water, last_request FROM devices WHERE id = ?", {device.id});
        qint64 highWater = dev.empty() ? 0 : dev.int64(0, 0);
        const qint64 lastRequest = dev.empty() ? 0 : dev.int64(0, 1);
        const qint64 before = highWater;
        for (;;) {
            if (requestSeqs.contains(highWater + 1) ||
                !c.query("SELECT 1 FROM device_entries WHERE device_id = ? AND seq = ?",
                         {device.id, highWater + 1})
                     .empty())
                ++highWater;
            else
                break;
        }

        response = {};
        response.highWater = highWater;
        response.serverTimeMs = now;
        response.replay = request.requestNumber <= lastRequest;
        response.results.resize(request.entries.size());
        applied = rejected = conflicts = 0;
        QString lastError;
        for (Item* it : std::as_const(batch.all))
            if (it->responseIndex >= 0)
                response.results[it->responseIndex] = *it->result;
        for (const wire::EntryResult& r : std::as_const(response.results)) {
            applied += r.kind == wire::ResultKind::Applied;
            rejected += r.kind == wire::ResultKind::Rejected;
            conflicts += r.kind == wire::ResultKind::Conflict;
            if (r.kind == wire::ResultKind::Rejected || r.kind == wire::ResultKind::Conflict)
                lastError = r.code;
        }
        if (highWater != before)
            c.query("UPDATE devices SET high_water = ? WHERE id = ? AND high_water < ?",
                    {highWater, device.id, highWater});
        if (!response.replay) {
            const wire::DeviceStatus s = request.status.value_or(wire::DeviceStatus{});
            c.query(
                "UPDATE devices SET last_request = ?, last_contact = ?, queue_depth = ?, oldest_pending_s = "
                "?, "
                "app_version = COALESCE(?, app_version), free_disk = ?, clock_skew_ms = ?, "
                "rejected = rejected + ?, conflicts = conflicts + ?, last_error = COALESCE(?, last_error) "
                "WHERE id = ? AND last_request < ?",
                {request.requestNumber, now, request.status ? db::Param(s.queueDepth) : db::Param(nullptr),
                 request.status ? db::Param(s.oldestPendingSeconds) : db::Param(nullptr),
                 s.appVersion.isEmpty() ? db::Param(nullptr) : db::Param(s.appVersion),
                 s.freeDiskBytes >= 0 ? db::Param(s.freeDiskBytes) : db::Param(nullptr),
                 s.clockMs > 0 ? db::Param(s.clockMs - now) : db::Param(nullptr),
                 static_cast<qint64>(rejected), static_cast<qint64>(conflicts),
                 lastError.isEmpty() ? db::Param(nullptr) : db::Param(lastError), device.id,
                 request.requestNumber});
        }
    });
    if (applied > 0)
        m_central.wakeMatcher();
    logEvent("info", QStringLiteral("push"),
             {{QLatin1String("device"), device.id},
              {QLatin1String("entries"), static_cast<qint64>(request.entries.size())},
              {QLatin1String("applied"), applied},
              {QLatin1String("rejected"), rejected},
              {QLatin1String("conflicts"), conflicts},
              {QLatin1String("replay"), response.replay},
              {QLatin1String("ms"), timer.elapsed()}});
    return response;
}

} // namespace fe::central
