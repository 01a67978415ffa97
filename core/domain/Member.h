#pragma once

#include "common/Result.h"
#include "domain/Enums.h"
#include "domain/Money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace fe {

// Lao script (or the member's own script) is primary; the Latin form is a convenience for
// printed cards and Latin keyboards and is never used alone to match people.
struct PersonName
{
    QString given;
    QString family; // optional: many rural Lao have none
    QString givenLatin;
    QString familyLatin;
    QString nickname;

    QString displayLocal() const;
    QString displayLatin() const;
};

// Many members know only their year of birth: such dates are stored as 1 July of that year with
// estimated = true. A Lao Buddhist-era year (> 2400) is converted to CE by validation, which says so.
struct BirthDate
{
    QDate date;
    bool estimated = false;
};

struct IdentityDocument
{
    DocumentType type = DocumentType::None;
    QString number;
    QString issuingProvince; // LA: province code of issue
    QString issuingDistrict; // LA: district code of issue
};

// Address as administrative-unit codes from the store's reference data.
// LA: region = province (2 digits), district = district (4 digits), village = free text name.
// KE: region = county (3 digits), district = constituency (3 digits), ward = ward (4 digits).
// The "district" level is the unit a device and a supervisor are scoped to.
struct Address
{
    QString regionCode;
    QString districtCode;
    QString wardCode;
    QString village;
};

struct HouseholdMember
{
    PersonName name;
    Relationship relationship = Relationship::OtherRelative;
    Sex sex = Sex::Female;
    BirthDate birth;
    IdentityDocument document;
};

struct SchemeEnrolment
{
    QString schemeCode;
    QDate enrolledOn;
};

struct Consent
{
    QString textVersion;
    QString language; // BCP 47 of the text read to the member
    ConsentMethod method = ConsentMethod::Signature;
    QString witnessName; // required for verbal consent
    QString operatorId;
    QDateTime givenAt;
    QDateTime withdrawnAt;
    QString withdrawalReason;

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
};

// An informal-economy worker. Everything personal lives in one payload (toJson) so the store can
// seal it as one unit; the few plain fields needed for filtering are derived from it.
struct Member
{
    QUuid id;
    int version = 0;      // 1 on registration, +1 on every correction
    QString memberNumber; // assigned by the central office; empty until then
    PersonName name;
    Sex sex = Sex::Female;
    BirthDate birth;
    IdentityDocument document;
    QString phone; // E.164 after normalisation
    Address address;
    Occupation occupation = Occupation::Other;
    std::optional<Money> monthlyIncome;
    std::optional<Money> householdIncome; // assessed monthly household income (SHA)
    QList<HouseholdMember> household;
    QList<SchemeEnrolment> schemes;
    Consent consent;
    QString externalRef; // the programme's own row id when imported from a spreadsheet
    // An optional portrait for the member card: JPEG, small enough to travel with the record
    // (Member::kMaxPhotoBytes; the app scales and compresses what the operator chooses).
    QByteArray photo;
    QDateTime createdAt;
    QDateTime updatedAt;

    // A portrait of 240 x 300 pixels compresses to 10-15 KB: this bound keeps a large store's
    // payloads reasonable while printing sharp at member-card size (20 x 25 mm).
    static constexpr int kMaxPhotoBytes = 24 * 1024;

    QJsonObject toJson() const;
    // The same payload as QJsonDocument(toJson()).toJson(Compact), byte for byte, written directly
    // (the store's write path).
    QByteArray toCompactJson() const;
    static Result<Member> fromJson(const QJsonObject& json);
    // The same from a payload's text, read without building a QJsonDocument where it can be
    // (common/JsonReader.h). An error whose field is "json" when the text is not a JSON object.
    static Result<Member> fromJsonText(QByteArrayView json);
};

QJsonObject toJson(const PersonName& n);
QJsonObject toJson(const BirthDate& b);
QJsonObject toJson(const IdentityDocument& d);
PersonName personNameFromJson(const QJsonObject& o);
BirthDate birthDateFromJson(const QJsonObject& o);
IdentityDocument documentFromJson(const QJsonObject& o);
QJsonObject moneyToJson(const Money& m);
std::optional<Money> moneyFromJson(const QJsonValue& v);

} // namespace fe
