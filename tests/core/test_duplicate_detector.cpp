#include "duplicates/DuplicateDecision.h"
#include "duplicates/DuplicateDetector.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace fe;

namespace {

Member lao(const QString& given, const QString& family, QDate birth, bool estimated = false)
{
    Member m;
    m.id = QUuid::createUuid();
    m.name.given = given;
    m.name.family = family;
    m.sex = Sex::Female;
    m.birth = {birth, estimated};
    m.address = {QStringLiteral("01"), QStringLiteral("0101"), {}, QStringLiteral("ບ້ານສີເມືອງ")};
    return m;
}

Member kenyan(const QString& given, const QString& family, QDate birth, bool estimated = false)
{
    Member m;
    m.id = QUuid::createUuid();
    m.name.given = given;
    m.name.family = family;
    m.sex = Sex::Female;
    m.birth = {birth, estimated};
    m.address = {QStringLiteral("022"), QStringLiteral("112"), QStringLiteral("0556"), {}};
    return m;
}

QStringList codesOf(const DuplicateCandidate& c)
{
    QStringList codes;
    for (const DuplicateReason& r : c.reasons)
        codes.append(r.code);
    return codes;
}

// The candidates reported for `registration` against an index holding `existing`.
QList<DuplicateCandidate> check(Country country, const QList<Member>& existing, const Member& registration)
{
    SearchIndex index(country);
    for (const Member& m : existing)
        index.upsert(m);
    return DuplicateDetector(index).check(registration);
}

} // namespace

TEST_CASE("the same document number is an exact duplicate, whatever its formatting")
{
    Member existing = lao(QStringLiteral("ສຳລານ"), QStringLiteral("ຄຳວົງສາ"), QDate(1969, 10, 2));
    existing.document = {DocumentType::LaNationalIdCard, QStringLiteral("01 1234567"), {}, {}};
    Member registration = lao(QStringLiteral("ບຸນມີ"), QStringLiteral("ພົມມະວົງ"), QDate(1990, 1, 1));
    registration.document = {DocumentType::LaNationalIdCard, QStringLiteral("01-1234567"), {}, {}};
    const auto found = check(Country::Lao, {existing}, registration);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == existing.id);
    CHECK(found.first().kind == DuplicateKind::Exact);
    CHECK(found.first().score == 100);
    CHECK(codesOf(found.first()).first() == QStringLiteral("same_document"));
}

TEST_CASE("the same phone with a similar name is exact; a shared phone alone is not")
{
    Member existing = kenyan(QStringLiteral("Faith Achieng"), QStringLiteral("Onyango"), QDate(1993, 3, 30));
    existing.phone = QStringLiteral("0722111333");
    Member spouse = kenyan(QStringLiteral("George"), QStringLiteral("Onyango"), QDate(1988, 5, 5));
    spouse.sex = Sex::Male;
    spouse.phone = QStringLiteral("0722111333");
    Member registration =
        kenyan(QStringLiteral("Faith Akinyi Achieng"), QStringLiteral("Onyango"), QDate(1993, 3, 30));
    registration.phone = QStringLiteral("+254 722 111 333");
    const auto found = check(Country::Kenya, {existing, spouse}, registration);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == existing.id);
    CHECK(found.first().kind == DuplicateKind::Exact);
    CHECK(codesOf(found.first()).contains(QStringLiteral("same_phone")));
    CHECK(found.first().score >= 90);
}

TEST_CASE("siblings sharing a phone are not exact duplicates")
{
    Member sister = kenyan(QStringLiteral("Wanjiru"), QStringLiteral("Kamau"), QDate(1991, 3, 3));
    sister.phone = QStringLiteral("0712 000 111");
    Member registration = kenyan(QStringLiteral("Wanjiku"), QStringLiteral("Kamau"), QDate(1994, 7, 7));
    registration.phone = QStringLiteral("0712000111");
    CHECK(check(Country::Kenya, {sister}, registration).isEmpty());
}

TEST_CASE("a Lao spelling variant with the same birth date and village is a probable duplicate")
{
    const Member existing = lao(QStringLiteral("ຄຳຫຼ້າ"), QStringLiteral("ວົງສາ"), QDate(1986, 5, 12));
    Member registration = lao(QString::fromUcs4(U"\u0E84\u0ECD\u0EB2\u0EAB\u0EA5\u0EC9\u0EB2"),
                              QStringLiteral("ວົງສາ"), QDate(1986, 5, 12));
    registration.address.village = QStringLiteral("ສີເມືອງ"); // without the word "village"
    const auto found = check(Country::Lao, {existing}, registration);
    REQUIRE(found.size() == 1);
    CHECK(found.first().kind == DuplicateKind::Probable);
    const QStringList codes = codesOf(found.first());
    CHECK(codes.contains(QStringLiteral("same_name")));
    CHECK(codes.contains(QStringLiteral("birth_same")));
    CHECK(codes.contains(QStringLiteral("same_village")));
    int sum = 0;
    for (const DuplicateReason& r : found.first().reasons) {
        CHECK_FALSE(r.text.isEmpty());
        sum += r.points;
    }
    CHECK(found.first().score == std::min(100, sum));
}

TEST_CASE("estimated birth dates get a wider tolerance than exact ones")
{
    const Member existing = lao(QStringLiteral("ບຸນຄຳ"), QStringLiteral("ພົມມະວົງ"), QDate(1979, 3, 2));
    SECTION("a year within the tolerance")
    {
        const Member registration =
            lao(QStringLiteral("ບຸນຄຳ"), QStringLiteral("ພົມມະວົງ"), QDate(1980, 7, 1), true);
        const auto found = check(Country::Lao, {existing}, registration);
        REQUIRE(found.size() == 1);
        CHECK(codesOf(found.first()).contains(QStringLiteral("birth_year_close")));
    }
    SECTION("exact dates a year apart contradict each other")
    {
        const Member registration = lao(QStringLiteral("ບຸນຄຳ"), QStringLiteral("ພົມມະວົງ"), QDate(1980, 9, 20));
        CHECK(check(Country::Lao, {existing}, registration).isEmpty());
    }
    SECTION("an estimate far off")
    {
        const Member registration =
            lao(QStringLiteral("ບຸນຄຳ"), QStringLiteral("ພົມມະວົງ"), QDate(1990, 7, 1), true);
        CHECK(check(Country::Lao, {existing}, registration).isEmpty());
    }
}

TEST_CASE("a name and an approximate age need the same place, an agreeing date or phone")
{
    Member existing = lao(QStringLiteral("ອຳພອນ"), QStringLiteral("ບຸບຜາ"), QDate(1993, 7, 1), true);
    existing.address = {QStringLiteral("17"), QStringLiteral("1705"), {}, QStringLiteral("ບ້ານນາໄຊ")};
    Member registration = lao(QStringLiteral("ອຳພອນ"), QStringLiteral("ບຸບຜາ"), QDate(1993, 3, 18));
    registration.address = {QStringLiteral("16"), QStringLiteral("1604"), {}, QStringLiteral("ບ້ານໂພນທັນ")};
    HouseholdMember child;
    child.name.given = QStringLiteral("ສົມພອນ");
    existing.household = {child};
    registration.household = {child};
    CHECK(check(Country::Lao, {existing}, registration).isEmpty());
    registration.phone = existing.phone = QStringLiteral("020 5555 6666");
    CHECK(check(Country::Lao, {existing}, registration).size() == 1);
    registration.phone.clear();
    registration.address = existing.address;
    CHECK(check(Country::Lao, {existing}, registration).size() == 1);
}

TEST_CASE("siblings with the same family name and village are not duplicates")
{
    const Member brother = lao(QStringLiteral("ສົມສັກ"), QStringLiteral("ວົງສາ"), QDate(1988, 7, 7));
    const Member registration = lao(QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"), QDate(1985, 2, 10));
    CHECK(check(Country::Lao, {brother}, registration).isEmpty());
    const DuplicateAssessment a = DuplicateDetector::assess(
        MatchProfile::of(registration, Country::Lao), MatchProfile::of(brother, Country::Lao), Country::Lao);
    CHECK_FALSE(a.kind);
    CHECK(a.nameSimilarity < 0.8);
}

TEST_CASE("a Lao name typed with a space finds the record typed without one, and back")
{
    const Member joined = lao(QStringLiteral("ສຸລິຍາ"), QStringLiteral("ຈັນທະວົງ"), QDate(1999, 9, 19));
    const Member split = lao(QStringLiteral("ສຸລິຍາ"), QStringLiteral("ຈັນທະ ວົງ"), QDate(1999, 9, 19));
    CHECK(check(Country::Lao, {joined}, split).size() == 1);
    CHECK(check(Country::Lao, {split}, joined).size() == 1);
}

TEST_CASE("a Kenyan name in another order is a probable duplicate")
{
    const Member existing =
        kenyan(QStringLiteral("Peter Otieno"), QStringLiteral("Ochieng"), QDate(1975, 5, 5));
    const Member registration =
        kenyan(QStringLiteral("Ochieng Peter"), QStringLiteral("Otieno"), QDate(1975, 7, 1), true);
    const auto found = check(Country::Kenya, {existing}, registration);
    REQUIRE(found.size() == 1);
    CHECK(found.first().kind == DuplicateKind::Probable);
    CHECK(codesOf(found.first()).contains(QStringLiteral("same_name")));
    CHECK(codesOf(found.first()).contains(QStringLiteral("same_ward")));
}

TEST_CASE("household members in common add evidence")
{
    Member existing = lao(QStringLiteral("ແກ້ວ"), QStringLiteral("ພິລາວົງ"), QDate(1966, 7, 1), true);
    Member registration = lao(QStringLiteral("ແກ້ວ"), QStringLiteral("ພິລາວົງ"), QDate(1965, 7, 1), true);
    for (const char* child : {"ສົມພອນ", "ບຸນມີ"}) {
        HouseholdMember h;
        h.name.given = QString::fromUtf8(child);
        existing.household.append(h);
        registration.household.append(h);
    }
    const auto found = check(Country::Lao, {existing}, registration);
    REQUIRE(found.size() == 1);
    CHECK(codesOf(found.first()).contains(QStringLiteral("household")));
}

TEST_CASE("a different sex, document or birth date counts against a match")
{
    const Member existing =
        kenyan(QStringLiteral("Joseph"), QStringLiteral("Mwangi"), QDate(1975, 7, 1), true);
    Member registration = existing;
    registration.id = QUuid::createUuid();
    const auto score = [&](const Member& r) {
        return DuplicateDetector::assess(MatchProfile::of(r, Country::Kenya),
                                         MatchProfile::of(existing, Country::Kenya), Country::Kenya);
    };
    const DuplicateAssessment same = score(registration);
    REQUIRE(same.kind == DuplicateKind::Probable);

    Member male = registration;
    male.sex = Sex::Male;
    CHECK(score(male).score < same.score);
    CHECK(codesOf({{}, {}, 0, score(male).reasons}).contains(QStringLiteral("sex_differs")));

    Member otherId = registration;
    otherId.document = {DocumentType::KeNationalId, QStringLiteral("87654321"), {}, {}};
    Member existingWithId = existing;
    existingWithId.document = {DocumentType::KeNationalId, QStringLiteral("12345678"), {}, {}};
    const DuplicateAssessment withIds =
        DuplicateDetector::assess(MatchProfile::of(otherId, Country::Kenya),
                                  MatchProfile::of(existingWithId, Country::Kenya), Country::Kenya);
    CHECK_FALSE(withIds.kind);
    CHECK(codesOf({{}, {}, 0, withIds.reasons}).contains(QStringLiteral("document_differs")));
}

TEST_CASE("a correction of a member is not its own duplicate, and candidates are ranked")
{
    SearchIndex index(Country::Kenya);
    Member self = kenyan(QStringLiteral("Grace Wanjiru"), QStringLiteral("Njoroge"), QDate(1991, 7, 19));
    self.document = {DocumentType::KeNationalId, QStringLiteral("22334455"), {}, {}};
    index.upsert(self);
    Member probable = kenyan(QStringLiteral("Grace Wanjiro"), QStringLiteral("Njoroge"), QDate(1991, 7, 19));
    index.upsert(probable);
    Member exact = kenyan(QStringLiteral("Grace"), QStringLiteral("Njoroge"), QDate(1991, 7, 19));
    exact.document = {DocumentType::KeMaishaNamba, QStringLiteral("10000000000001"), {}, {}};
    index.upsert(exact);

    Member correction = self;
    correction.document = {DocumentType::KeMaishaNamba, QStringLiteral("1000 0000 0000 01"), {}, {}};
    const auto found = DuplicateDetector(index).check(correction);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == exact.id);
    CHECK(found[0].kind == DuplicateKind::Exact);
    CHECK(found[1].id == probable.id);
    CHECK(found[1].kind == DuplicateKind::Probable);
}

TEST_CASE("reasons are sentences without personal data")
{
    Member existing = kenyan(QStringLiteral("Mohamed Ali"), QStringLiteral("Hassan"), QDate(1979, 2, 11));
    existing.phone = QStringLiteral("0722450118");
    existing.document = {DocumentType::KeNationalId, QStringLiteral("24681357"), {}, {}};
    Member registration = existing;
    registration.id = QUuid::createUuid();
    registration.name.given = QStringLiteral("Mohammed Ali");
    const auto found = check(Country::Kenya, {existing}, registration);
    REQUIRE(found.size() == 1);
    for (const DuplicateReason& r : found.first().reasons)
        for (const QString& personal :
             {QStringLiteral("Moham"), QStringLiteral("Hassan"), QStringLiteral("0722"),
              QStringLiteral("24681357"), QStringLiteral("1979")}) {
            INFO(r.text.toStdString());
            CHECK_FALSE(r.text.contains(personal, Qt::CaseInsensitive));
        }
}

TEST_CASE("the rules work on profiles alone, as at the central office")
{
    const MatchProfile a = MatchProfile::of(
        kenyan(QStringLiteral("Kevin"), QStringLiteral("Otiene"), QDate(1990, 9, 9)), Country::Kenya);
    const MatchProfile b = MatchProfile::of(
        kenyan(QStringLiteral("Kevin"), QStringLiteral("Otieno"), QDate(1990, 9, 9)), Country::Kenya);
    const DuplicateAssessment r = DuplicateDetector::assess(a, b, Country::Kenya);
    CHECK(r.kind == DuplicateKind::Probable);
    CHECK(r.nameSimilarity > 0.9);
    CHECK(DuplicateDetector::nameSimilarity(a, b, Country::Kenya) == Approx(r.nameSimilarity));
}

TEST_CASE("the operator's decision is recorded without personal data")
{
    DuplicateDecision d;
    d.candidateId = QUuid::createUuid();
    d.decision = DuplicateVerdict::SamePerson;
    d.operatorId = QStringLiteral("clerk1");
    d.at = QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
    const QJsonObject json = d.toJson();
    CHECK(json.keys() == QStringList{QStringLiteral("at"), QStringLiteral("candidateId"),
                                     QStringLiteral("decision"), QStringLiteral("operatorId")});
    CHECK(json.value(QStringLiteral("decision")).toString() == QStringLiteral("same_person"));
    CHECK(json.value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-15T09:30:00.000Z"));

    const auto back = DuplicateDecision::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value().candidateId == d.candidateId);
    CHECK(back.value().decision == DuplicateVerdict::SamePerson);
    CHECK(back.value().operatorId == d.operatorId);
    CHECK(back.value().at == d.at);

    QJsonObject broken = json;
    broken.insert(QStringLiteral("decision"), QStringLiteral("maybe"));
    REQUIRE_FALSE(DuplicateDecision::fromJson(broken).ok());
    CHECK(DuplicateDecision::fromJson(broken).error().code == QStringLiteral("duplicate_decision.malformed"));
    CHECK(DuplicateDecision::fromJson(broken).error().field == QStringLiteral("decision"));
    broken = json;
    broken.remove(QStringLiteral("candidateId"));
    CHECK(DuplicateDecision::fromJson(broken).error().field == QStringLiteral("candidateId"));
    CHECK_FALSE(DuplicateDecision::fromJson(QJsonObject{}).ok());
}
