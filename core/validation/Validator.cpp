#include "validation/Validator.h"

#include "validation/Normalise.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace fe {
namespace {

Error err(const QString& field, const char* code, const QString& message)
{
    return {QString::fromLatin1(code), message, field};
}

// A run of characters of one class, min to max of them.
struct Run
{
    bool (*accepts)(char16_t);
    int min;
    int max;
};

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isUpperOrDigit(char16_t c)
{
    return isUpper(c) || isDigit(c);
}
bool isDash(char16_t c)
{
    return c == u'-';
}
bool isSlash(char16_t c)
{
    return c == u'/';
}

// Whether the whole text is these runs, one after the other: what "^\d{4}-\d{2}$" says, without
// a regular expression (matching those was a thirtieth of preparing an imported row). Each run
// takes as many characters as it may, which is exact because the classes of neighbouring runs
// never share a character.
bool shaped(const QString& text, std::initializer_list<Run> runs)
{
    qsizetype i = 0;
    for (const Run& run : runs) {
        int taken = 0;
        while (taken < run.max && i < text.size() && run.accepts(text[i].unicode())) {
            ++i;
            ++taken;
        }
        if (taken < run.min)
            return false;
    }
    return i == text.size();
}

constexpr int kEarliestBirthYear = 1900;
constexpr int kBuddhistEraOffset = 543;

} // namespace

const Error* ValidationReport::firstFor(const QString& field) const
{
    for (const Error& e : errors)
        if (e.field == field)
            return &e;
    return nullptr;
}

QStringList ValidationReport::codes() const
{
    QStringList out;
    for (const Error& e : errors)
        out.append(e.code);
    return out;
}

Validator::Validator(const CountryProfile& country, const ReferenceData& reference, QList<Scheme> schemes,
                     QDate today)
    : m_country(country), m_reference(reference), m_schemes(std::move(schemes)), m_today(today)
{}

const Scheme* Validator::scheme(const QString& code) const
{
    for (const Scheme& s : m_schemes)
        if (s.code == code && s.country == m_country.country)
            return &s;
    return nullptr;
}

std::optional<BirthDate> Validator::parseBirthDate(const QString& text, const CountryProfile& country,
                                                   QString* note)
{
    const QString t = text.trimmed();
    BirthDate b;
    int year = 0;
    int month = 7; // a year alone: 1 July
    int day = 1;
    if (shaped(t, {{isDigit, 4, 4}})) {
        year = t.toInt();
        b.estimated = true;
    } else if (shaped(t,
                      {{isDigit, 4, 4}, {isDash, 1, 1}, {isDigit, 2, 2}, {isDash, 1, 1}, {isDigit, 2, 2}})) {
        year = t.left(4).toInt();
        month = t.mid(5, 2).toInt();
        day = t.mid(8, 2).toInt();
    } else if (shaped(
                   t,
                   {{isDigit, 1, 2}, {isSlash, 1, 1}, {isDigit, 1, 2}, {isSlash, 1, 1}, {isDigit, 4, 4}})) {
        const QStringList parts = t.split(QLatin1Char('/'));
        year = parts[2].toInt();
        month = parts[1].toInt();
        day = parts[0].toInt();
    } else {
        return std::nullopt;
    }
    if (const auto ce = commonEraYear(year, country)) {
        if (note)
            *note =
                QCoreApplication::translate("Validator", "Year %1 of the Buddhist era was converted to %2.")
                    .arg(year)
                    .arg(*ce);
        year = *ce;
    }
    // The day is checked against the CE year: 29/02/2531 BE is 29 February 1988, a leap year.
    b.date = QDate(year, month, day);
    if (!b.date.isValid())
        return std::nullopt;
    return b;
}

void Validator::checkText(ValidationReport& r, const QString& field, QString& value, int maxLength,
                          bool required) const
{
    value = normaliseName(value);
    if (value.isEmpty()) {
        if (required)
            r.errors.append(err(field, "required", tr("This field is required.")));
        return;
    }
    if (hasControlCharacters(value))
        r.errors.append(err(field, "invalid_characters", tr("Contains characters that cannot be stored.")));
    if (value.size() > maxLength)
        r.errors.append(err(field, "too_long", tr("At most %n characters.", nullptr, maxLength)));
}

void Validator::checkName(ValidationReport& r, const QString& field, QString& value, bool required) const
{
    checkText(r, field, value, kMaxNameLength, required);
    // Any script's digits (Lao ໐-໙ too): QRegularExpression's \d matches ASCII digits only.
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
        r.errors.append(err(field, "name_has_digits", tr("A name cannot contain digits.")));
}

void Validator::checkPersonName(ValidationReport& r, const QString& prefix, PersonName& name) const
{
    checkName(r, prefix + QLatin1String(".given"), name.given, true);
    checkName(r, prefix + QLatin1String(".family"), name.family, false);
    checkName(r, prefix + QLatin1String(".givenLatin"), name.givenLatin, false);
    checkName(r, prefix + QLatin1String(".familyLatin"), name.familyLatin, false);
    checkName(r, prefix + QLatin1String(".nickname"), name.nickname, false);
    for (const auto& [latin, field] :
         {std::pair{&name.givenLatin, ".givenLatin"}, std::pair{&name.familyLatin, ".familyLatin"}})
        for (const QChar c : *latin)
            if (c.isLetter() && c.script() != QChar::Script_Latin) {
                r.errors.append(err(prefix + QLatin1String(field), "not_latin",
                                    tr("The Latin form must be written in Latin letters.")));
                break;
            }
}

std::optional<int> Validator::commonEraYear(int typedYear, const CountryProfile& country)
{
    if (country.country != Country::Lao || typedYear <= 2400 || typedYear - kBuddhistEraOffset > 2400)
        return std::nullopt;
    return typedYear - kBuddhistEraOffset;
}

void Validator::checkBirth(ValidationReport& r, const QString& field, BirthDate& birth) const
{
    if (!birth.date.isValid()) {
        r.errors.append(err(field, "required", tr("Enter a date of birth, or at least the year.")));
        return;
    }
    if (m_country.country == Country::Lao && birth.date.year() > 2400) {
        const int ce = birth.date.year() - kBuddhistEraOffset;
        r.notes.append(tr("Year %1 of the Buddhist era was converted to %2.").arg(birth.date.year()).arg(ce));
        birth.date = QDate(ce, birth.date.month(), birth.date.day());
    }
    // An estimated date (1 July) stands for its whole year: a baby born this year is not "in the future".
    if (birth.estimated ? birth.date.year() > m_today.year() : birth.date > m_today)
        r.errors.append(err(field, "in_future", tr("The date of birth cannot be in the future.")));
    else if (birth.date.year() < kEarliestBirthYear)
        r.errors.append(err(field, "too_old", tr("The date of birth is before %1.").arg(kEarliestBirthYear)));
}

void Validator::checkDocument(ValidationReport& r, const QString& prefix, IdentityDocument& doc) const
{
    const QString numberField = prefix + QLatin1String(".number");
    if (doc.type == DocumentType::None) {
        if (!doc.number.trimmed().isEmpty())
            r.errors.append(
                err(prefix + QLatin1String(".type"), "required", tr("Choose the kind of document.")));
        return;
    }
    const bool kenyan = doc.type == DocumentType::KeNationalId || doc.type == DocumentType::KeMaishaNamba ||
                        doc.type == DocumentType::KeRefugeeId || doc.type == DocumentType::KeKraPin;
    if (kenyan != (m_country.country == Country::Kenya)) {
        r.errors.append(err(prefix + QLatin1String(".type"), "wrong_country",
                            tr("This kind of document is not issued in this country.")));
        return;
    }
    doc.number = normaliseDocumentNumber(doc.type, doc.number);
    if (doc.number.isEmpty()) {
        r.errors.append(err(numberField, "required", tr("Enter the document number.")));
        return;
    }
    switch (doc.type) {
    case DocumentType::KeNationalId:
        if (!shaped(doc.number, {{isDigit, 1, 8}}))
            r.errors.append(err(numberField, "format", tr("A national ID number has up to 8 digits.")));
        break;
    case DocumentType::KeMaishaNamba:
        if (!shaped(doc.number, {{isDigit, 1, 14}}))
            r.errors.append(err(numberField, "format", tr("A Maisha Namba has up to 14 digits.")));
        break;
    case DocumentType::KeRefugeeId:
        if (!shaped(doc.number,
                    {{[](char16_t c) { return isUpperOrDigit(c) || isSlash(c) || isDash(c); }, 4, 20}}))
            r.errors.append(
                err(numberField, "format", tr("A refugee ID has 4 to 20 letters, digits, '/' or '-'.")));
        break;
    case DocumentType::KeKraPin:
        if (!shaped(doc.number, {{[](char16_t c) { return c == u'A' || c == u'P'; }, 1, 1},
                                 {isDigit, 9, 9},
                                 {isUpper, 1, 1}}))
            r.errors.append(err(numberField, "format",
                                tr("A KRA PIN is A or P, nine digits and a letter, e.g. A123456789B.")));
        break;
    case DocumentType::LaNationalIdCard:
    case DocumentType::LaFamilyBook: {
        checkText(r, numberField, doc.number, 30, true);
        const QString provinceField = prefix + QLatin1String(".issuingProvince");
        if (doc.issuingProvince.isEmpty())
            r.errors.append(
                err(provinceField, "required", tr("Choose the province that issued the document.")));
        else if (!m_reference.find(1, doc.issuingProvince))
            r.errors.append(err(provinceField, "unknown", tr("Unknown province.")));
        else if (!doc.issuingDistrict.isEmpty()) {
            const AdminUnit* d = m_reference.find(2, doc.issuingDistrict);
            if (!d || d->parentCode != doc.issuingProvince)
                r.errors.append(err(prefix + QLatin1String(".issuingDistrict"), "unknown",
                                    tr("This district is not in the issuing province.")));
        }
        break;
    }
    case DocumentType::None:
        break;
    }
}

void Validator::checkAddress(ValidationReport& r, Address& a) const
{
    const bool lao = m_country.country == Country::Lao;
    const AdminUnit* region = m_reference.find(1, a.regionCode);
    if (a.regionCode.isEmpty()) {
        r.errors.append(err(QStringLiteral("address.region"), "required",
                            lao ? tr("Choose a province.") : tr("Choose a county.")));
        return;
    }
    if (!region) {
        r.errors.append(err(QStringLiteral("address.region"), "unknown",
                            lao ? tr("Unknown province code.") : tr("Unknown county code.")));
        return;
    }
    const AdminUnit* district = m_reference.find(2, a.districtCode);
    if (!district || district->parentCode != a.regionCode) {
        r.errors.append(err(
            QStringLiteral("address.district"), a.districtCode.isEmpty() ? "required" : "unknown",
            lao ? tr("Choose a district of this province.") : tr("Choose a constituency of this county.")));
        return;
    }
    if (lao) {
        checkText(r, QStringLiteral("address.village"), a.village, kMaxNameLength, true);
    } else {
        const AdminUnit* ward = m_reference.find(3, a.wardCode);
        if (!ward || ward->parentCode != a.districtCode)
            r.errors.append(err(QStringLiteral("address.ward"), a.wardCode.isEmpty() ? "required" : "unknown",
                                tr("Choose a ward of this constituency.")));
        checkText(r, QStringLiteral("address.village"), a.village, kMaxNameLength, false);
    }
}

void Validator::checkMoney(ValidationReport& r, const QString& field, const std::optional<Money>& money) const
{
    if (!money)
        return;
    if (money->currency != m_country.currency)
        r.errors.append(err(field, "currency", tr("Amounts must be in %1.").arg(m_country.currency)));
    else if (money->minor < 0)
        r.errors.append(err(field, "negative", tr("The amount cannot be negative.")));
    else if (money->minor > 1'000'000'000'000LL)
        r.errors.append(err(field, "too_large", tr("The amount is implausibly large.")));
}

ValidationReport Validator::normaliseAndValidate(Member& m) const
{
    ValidationReport r;
    checkPersonName(r, QStringLiteral("name"), m.name);
    checkBirth(r, QStringLiteral("birth"), m.birth);
    checkDocument(r, QStringLiteral("document"), m.document);
    if (!m.phone.trimmed().isEmpty()) {
        const auto phone = normaliseMobilePhone(m.phone, m_country);
        if (phone)
            m.phone = *phone;
        else
            r.errors.append(err(QStringLiteral("phone"), "format",
                                m_country.country == Country::Kenya
                                    ? tr("Enter a Kenyan mobile number, e.g. 0712 345 678.")
                                    : tr("Enter a Lao mobile number, e.g. 020 5555 1234.")));
    } else {
        m.phone.clear();
    }
    checkAddress(r, m.address);
    checkMoney(r, QStringLiteral("monthlyIncome"), m.monthlyIncome);
    checkMoney(r, QStringLiteral("householdIncome"), m.householdIncome);

    if (m.household.size() > kMaxHouseholdSize)
        r.errors.append(err(QStringLiteral("household"), "too_many",
                            tr("At most %n household members.", nullptr, kMaxHouseholdSize)));
    for (qsizetype i = 0; i < m.household.size(); ++i) {
        const QString prefix = QStringLiteral("household[%1]").arg(i);
        HouseholdMember& h = m.household[i];
        checkPersonName(r, prefix + QLatin1String(".name"), h.name);
        checkBirth(r, prefix + QLatin1String(".birth"), h.birth);
        checkDocument(r, prefix + QLatin1String(".document"), h.document);
    }

    QStringList seen;
    for (qsizetype i = 0; i < m.schemes.size(); ++i) {
        const QString field = QStringLiteral("schemes[%1]").arg(i);
        SchemeEnrolment& e = m.schemes[i];
        const Scheme* s = scheme(e.schemeCode);
        if (!s) {
            r.errors.append(err(field, "unknown", tr("Unknown scheme for this country.")));
            continue;
        }
        if (seen.contains(e.schemeCode))
            r.errors.append(err(field, "twice", tr("The member is already enrolled in this scheme.")));
        seen.append(e.schemeCode);
        if (!e.enrolledOn.isValid())
            e.enrolledOn = m_today;
        if (e.enrolledOn > m_today)
            r.errors.append(err(field, "in_future", tr("The enrolment date cannot be in the future.")));
        const int age = ageOn(m.birth.date, e.enrolledOn);
        if (m.birth.date.isValid() && !s->ageAllowed(age)) {
            r.errors.append(err(
                field, "age",
                s->maxAge > 0
                    ? tr("%1 is open to ages %2 to %3; the member is %4.")
                          .arg(s->name)
                          .arg(s->minAge)
                          .arg(s->maxAge)
                          .arg(age)
                    : tr("%1 is open from age %2; the member is %3.").arg(s->name).arg(s->minAge).arg(age)));
        }
    }

    Consent& c = m.consent;
    checkText(r, QStringLiteral("consent.textVersion"), c.textVersion, 40, true);
    checkText(r, QStringLiteral("consent.language"), c.language, 20, true);
    if (c.method == ConsentMethod::VerbalWithWitness)
        checkName(r, QStringLiteral("consent.witness"), c.witnessName, true);
    else
        checkName(r, QStringLiteral("consent.witness"), c.witnessName, false);
    if (!c.givenAt.isValid())
        r.errors.append(
            err(QStringLiteral("consent.givenAt"), "required", tr("Record when consent was given.")));
    else if (c.givenAt.date() > m_today.addDays(1))
        r.errors.append(
            err(QStringLiteral("consent.givenAt"), "in_future", tr("Consent cannot be in the future.")));
    if (c.isWithdrawn())
        checkText(r, QStringLiteral("consent.withdrawalReason"), c.withdrawalReason, kMaxTextLength, true);
    checkText(r, QStringLiteral("externalRef"), m.externalRef, 64, false);
    checkPhoto(r, m.photo);
    return r;
}

void Validator::checkPhoto(ValidationReport& r, const QByteArray& photo) const
{
    if (photo.isEmpty())
        return;
    // JPEG only (what the app writes and every printer path reads); the size bound keeps one
    // record's payload small on 2G links. Decoding the image is the app's job (core has no
    // image library); the markers at both ends catch a file that is not a JPEG or was cut short.
    static const QByteArray start("\xFF\xD8\xFF", 3);
    static const QByteArray end("\xFF\xD9", 2);
    if (!photo.startsWith(start) || !photo.endsWith(end))
        r.errors.append(
            err(QStringLiteral("photo"), "not_jpeg", tr("The photo is not a complete JPEG image.")));
    else if (photo.size() > Member::kMaxPhotoBytes)
        r.errors.append(err(QStringLiteral("photo"), "too_large",
                            tr("The photo is %1 KB; at most %2 KB fits on a record.")
                                .arg((photo.size() + 1023) / 1024)
                                .arg(Member::kMaxPhotoBytes / 1024)));
}

ValidationReport Validator::normaliseAndValidate(Contribution& c, const Member& member) const
{
    ValidationReport r;
    const Scheme* s = scheme(c.schemeCode);
    if (!s) {
        r.errors.append(err(QStringLiteral("scheme"), "unknown", tr("Unknown scheme for this country.")));
    } else {
        bool enrolled = false;
        for (const SchemeEnrolment& e : member.schemes)
            enrolled = enrolled || e.schemeCode == c.schemeCode;
        if (!enrolled)
            r.errors.append(err(QStringLiteral("scheme"), "not_enrolled",
                                tr("The member is not enrolled in %1.").arg(s->name)));
    }
    if (!c.periodStart.isValid() || !c.periodEnd.isValid()) {
        r.errors.append(
            err(QStringLiteral("period"), "required", tr("Enter the period the payment covers.")));
    } else if (c.periodEnd < c.periodStart) {
        r.errors.append(err(QStringLiteral("period"), "order", tr("The period ends before it starts.")));
    } else if (c.periodStart.daysTo(c.periodEnd) > 366) {
        r.errors.append(err(QStringLiteral("period"), "too_long", tr("A payment covers at most one year.")));
    } else if (c.periodStart > m_today.addMonths(12)) {
        r.errors.append(
            err(QStringLiteral("period"), "too_far", tr("Payments can be made at most a year ahead.")));
    }
    if (c.amount.currency != m_country.currency)
        r.errors.append(
            err(QStringLiteral("amount"), "currency", tr("Amounts must be in %1.").arg(m_country.currency)));
    else if (c.amount.minor <= 0)
        r.errors.append(
            err(QStringLiteral("amount"), "not_positive", tr("The amount must be more than zero.")));
    else if (c.amount.minor > 1'000'000'000'000LL)
        r.errors.append(err(QStringLiteral("amount"), "too_large", tr("The amount is implausibly large.")));

    if (s && r.ok()) {
        const int months = (c.periodEnd.year() - c.periodStart.year()) * 12 + c.periodEnd.month() -
                           c.periodStart.month() + 1;
        c.expectedAmount = s->expectedAmount(member, months);
        checkText(r, QStringLiteral("differenceReason"), c.differenceReason, kMaxTextLength, false);
        if (c.expectedAmount && c.expectedAmount->minor != c.amount.minor && c.differenceReason.isEmpty())
            r.errors.append(err(QStringLiteral("differenceReason"), "required",
                                tr("The scheme expects %1 %2: give a reason for a different amount.")
                                    .arg(c.expectedAmount->toPlainString(), c.expectedAmount->currency)));
    }

    switch (c.method) {
    case PaymentMethod::MobileMoney:
        c.transactionCode = normaliseTransactionCode(c.transactionCode);
        if (!shaped(c.transactionCode, {{isUpperOrDigit, 10, 12}}))
            r.errors.append(err(QStringLiteral("transactionCode"),
                                c.transactionCode.isEmpty() ? "required" : "format",
                                tr("A mobile-money code has 10 to 12 letters and digits, e.g. QGH7XK2M9P.")));
        break;
    case PaymentMethod::Bank:
        checkText(r, QStringLiteral("bankReference"), c.bankReference, 40, true);
        c.transactionCode.clear();
        break;
    case PaymentMethod::Cash:
        c.transactionCode.clear();
        break;
    }
    checkText(r, QStringLiteral("externalRef"), c.externalRef, 64, false);
    return r;
}

} // namespace fe
