#include "io/RowParser.h"

#include "common/Uuid.h"
#include "io/RecordFormat.h"
#include "io/RecordSource.h"
#include "validation/Validator.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <tuple>

namespace fe {
namespace {

// Lower case, spaces and hyphens as underscores: "Mobile money" = "mobile_money".
QString canonicalText(const QString& text)
{
    return canonicalColumnName(text);
}

// "2026-03-01" exactly: year, month and day; anything else is left to the general reader.
std::optional<std::tuple<int, int, int>> isoDateParts(const QString& text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    int digits[8];
    int n = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char16_t ch = text[i].unicode();
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        digits[n++] = ch - u'0';
    }
    return std::tuple{digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                      digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]};
}

// The index of the first of `chars` in text, or -1.
qsizetype firstOf(const QString& text, QStringView chars)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (chars.contains(text[i]))
            return i;
    return -1;
}

// Ends in "Z", "+07", "+0700" or "+07:00" (or "-..."): the time says its offset from UTC.
bool hasUtcOffset(const QString& text)
{
    if (text.endsWith(QLatin1Char('Z')))
        return true;
    const auto isDigit = [&](qsizetype i) {
        return text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9');
    };
    const auto signAt = [&](qsizetype i) {
        return i >= 0 && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-'));
    };
    const qsizetype n = text.size();
    const auto digitsFrom = [&](qsizetype from) {
        for (qsizetype i = from; i < n; ++i)
            if (!isDigit(i))
                return false;
        return true;
    };
    return (n >= 3 && signAt(n - 3) && digitsFrom(n - 2)) || (n >= 5 && signAt(n - 5) && digitsFrom(n - 4)) ||
           (n >= 6 && signAt(n - 6) && isDigit(n - 5) && isDigit(n - 4) && text[n - 3] == QLatin1Char(':') &&
            digitsFrom(n - 2));
}

// "LA-SSO-1; LA-SSO-2" -> both: separated by ';', '|', ',' or white space; no empty parts.
QStringList splitList(const QString& text)
{
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end) {
            const QChar ch = text[i];
            if (ch != QLatin1Char(';') && ch != QLatin1Char('|') && ch != QLatin1Char(',') && !ch.isSpace())
                continue;
        }
        if (i > from)
            parts.append(from == 0 && end ? text : text.mid(from, i - from));
        from = i + 1;
    }
    return parts;
}

// A list of dates, as splitList, where a time of day belongs to the date before it: spreadsheets
// export a date cell as "2026-03-01 00:00:00", which is one date, not two values.
QStringList splitDateList(const QString& text)
{
    // A time has a ':' and no '-' or '/'; a date alone has no ':'.
    const auto isTime = [](const QString& part) {
        return part.contains(QLatin1Char(':')) && !part.contains(QLatin1Char('-')) &&
               !part.contains(QLatin1Char('/'));
    };
    QStringList parts = splitList(text);
    for (qsizetype i = 1; i < parts.size();) {
        if (isTime(parts[i]) && !parts[i - 1].contains(QLatin1Char(':'))) {
            parts[i - 1] += QLatin1Char(' ') + parts[i];
            parts.removeAt(i);
        } else {
            ++i;
        }
    }
    return parts;
}

template <typename T> struct Alias
{
    const char* text;
    T value;
};

// The stable key of a value, else one of the other words people write for it.
template <typename T>
std::optional<T> parseWith(std::optional<T> (*fromKey)(const QString&), const QString& text,
                           std::initializer_list<Alias<T>> aliases)
{
    const QString key = canonicalText(text);
    if (const auto value = fromKey(key))
        return value;
    for (const Alias<T>& a : aliases)
        if (key == QString::fromUtf8(a.text))
            return a.value;
    return std::nullopt;
}

std::optional<Sex> parseSex(const QString& text)
{
    // English, Lao and Swahili words and the usual abbreviations.
    return parseWith<Sex>(sexFromKey, text,
                          {{"f", Sex::Female},
                           {"woman", Sex::Female},
                           {"ຍິງ", Sex::Female},
                           {"ke", Sex::Female},
                           {"mwanamke", Sex::Female},
                           {"m", Sex::Male},
                           {"man", Sex::Male},
                           {"ຊາຍ", Sex::Male},
                           {"me", Sex::Male},
                           {"mwanaume", Sex::Male}});
}

std::optional<ConsentMethod> parseConsentMethod(const QString& text)
{
    using C = ConsentMethod;
    return parseWith<C>(consentMethodFromKey, text,
                        {{"sign", C::Signature}, {"thumb", C::Thumbprint}, {"verbal", C::VerbalWithWitness}});
}

std::optional<PaymentMethod> parsePaymentMethod(const QString& text)
{
    using P = PaymentMethod;
    return parseWith<P>(paymentMethodFromKey, text,
                        {{"mpesa", P::MobileMoney},
                         {"m_pesa", P::MobileMoney},
                         {"mobile", P::MobileMoney},
                         {"momo", P::MobileMoney},
                         {"bank_transfer", P::Bank}});
}

} // namespace

QString MemberRef::key() const
{
    QString k;
    if (!id.isNull())
        k += QLatin1String("id:") + uuidText(id);
    if (!externalRef.isEmpty())
        k += QLatin1String("|ref:") + externalRef;
    if (!documentNumber.isEmpty())
        k += QLatin1String("|doc:") + toKey(documentType) + QLatin1Char(':') + documentNumber;
    return k;
}

// The row being parsed and where its problems go.
struct RowParser::Context
{
    RecordKind kind;
    const QStringList& values;
    QList<Error>& errors;
    QStringList& notes;

    QString value(int column) const { return values.value(column); }
    QString column(int column) const { return columnsOf(kind)[static_cast<size_t>(column)]; }
    void invalid(int c, const QString& message)
    {
        errors.append({QStringLiteral("import.invalid_value"), message, column(c)});
    }
    void required(int c)
    {
        errors.append({QStringLiteral("import.required"),
                       QCoreApplication::translate("RowParser", "Column %1 is required.").arg(column(c)),
                       column(c)});
    }
};

RowParser::RowParser(const CountryProfile& country)
    : m_country(country), m_zone(country.timeZoneId.toLatin1())
{}

QString RowParser::code(const QString& value, int width) const
{
    for (const QChar ch : value)
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return value;
    // Spreadsheets turn "047" into 47: put the zeros back.
    return value.isEmpty() || value.size() >= width ? value : value.rightJustified(width, QLatin1Char('0'));
}

PersonName RowParser::name(const QStringList& v, int given) const
{
    // Both kinds list given, family, given Latin, family Latin and nickname in this order.
    return {v.value(given), v.value(given + 1), v.value(given + 2), v.value(given + 3), v.value(given + 4)};
}

std::optional<QDate> RowParser::date(Context& c, int column, bool monthAllowed, bool* monthOnly) const
{
    QString text = c.value(column);
    if (text.isEmpty())
        return QDate();
    int y = 0, m = 0, d = 1;
    bool ok = true;
    if (const auto iso = isoDateParts(text)) {
        std::tie(y, m, d) = *iso; // the usual form, without splitting: dates were 7 % of preparing a row
        return checkedDate(c, column, y, m, d, ok, monthAllowed);
    }
    // "2026-03-01 00:00:00" from spreadsheets that export dates with a time.
    const qsizetype cut = firstOf(text, u" T");
    if (cut > 0)
        text.truncate(cut);
    const bool slashed = text.contains(QLatin1Char('/'));
    const QStringList parts = text.split(slashed ? QLatin1Char('/') : QLatin1Char('-'));
    const auto number = [&ok](const QString& s, int maxDigits) {
        bool good = false;
        const int n = s.toInt(&good);
        ok = ok && good && !s.isEmpty() && s.size() <= maxDigits;
        return n;
    };
    if (parts.size() == 3 && slashed) {
        d = number(parts[0], 2);
        m = number(parts[1], 2);
        y = number(parts[2], 4);
    } else if (parts.size() == 3) {
        y = number(parts[0], 4);
        m = number(parts[1], 2);
        d = number(parts[2], 2);
    } else if (parts.size() == 2 && monthAllowed) {
        y = number(parts[slashed ? 1 : 0], 4);
        m = number(parts[slashed ? 0 : 1], 2);
        if (monthOnly)
            *monthOnly = true;
    } else {
        ok = false;
    }
    return checkedDate(c, column, y, m, d, ok, monthAllowed);
}

std::optional<QDate> RowParser::checkedDate(Context& c, int column, int y, int m, int d, bool ok,
                                            bool monthAllowed) const
{
    if (const auto ce = ok ? Validator::commonEraYear(y, m_country) : std::nullopt) {
        c.notes.append(
            tr("%1: year %2 of the Buddhist era was read as %3.").arg(c.column(column)).arg(y).arg(*ce));
        y = *ce;
    }
    const QDate result(y, m, d);
    if (!ok || !result.isValid()) {
        c.invalid(
            column,
            monthAllowed
                ? tr("Column %1 must be a date such as 2026-03-01 or 01/03/2026, or a month "
                     "such as 2026-03.")
                      .arg(c.column(column))
                : tr("Column %1 must be a date such as 2026-03-01 or 01/03/2026.").arg(c.column(column)));
        return std::nullopt;
    }
    return result;
}

QDateTime RowParser::dateTime(Context& c, int column) const
{
    QString text = c.value(column);
    if (text.isEmpty())
        return {};
    const QTimeZone& zone = m_zone;
    const auto local = [&](const QDate& day, const QTime& time) {
        return (zone.isValid() ? QDateTime(day, time, zone)
                               : QDateTime(day, time, Qt::OffsetFromUTC,
                                           m_country.country == Country::Lao ? 7 * 3600 : 3 * 3600))
            .toUTC();
    };
    const bool dateOnly = std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
        return (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('/') ||
               ch == QLatin1Char('-');
    });
    if (dateOnly) {
        // A day without a time: noon in the country, so the day stays the same in UTC.
        const auto day = date(c, column, false);
        return day && day->isValid() ? local(*day, QTime(12, 0)) : QDateTime();
    }
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        c.invalid(
            column,
            tr("Column %1 must be a date and time such as 2026-03-01T09:30:00+07:00.").arg(c.column(column)));
        return {};
    }
    // Without an offset, the time is the country's local time.
    return hasUtcOffset(text) ? parsed.toUTC() : local(parsed.date(), parsed.time());
}

std::optional<Money> RowParser::money(Context& c, int column, const QString& currency) const
{
    const QString text = c.value(column);
    if (text.isEmpty())
        return std::nullopt;
    const auto amount = Money::parse(text, currency);
    if (!amount)
        c.invalid(column, tr("Column %1 must be an amount in %2 such as %3.")
                              .arg(c.column(column), currency,
                                   Money::decimalsOf(currency) > 0 ? QStringLiteral("1500.50")
                                                                   : QStringLiteral("250000")));
    return amount;
}

BirthDate RowParser::birth(Context& c, int dateColumn, int estimatedColumn) const
{
    const QString text = c.value(dateColumn);
    if (text.isEmpty())
        return {};
    QString note;
    auto parsed = Validator::parseBirthDate(text, m_country, &note);
    if (!parsed) {
        // Also "1985-03-14 00:00:00" as spreadsheets export dates.
        const auto day = date(c, dateColumn, false);
        if (!day)
            return {};
        parsed = BirthDate{*day, false};
    } else if (!note.isEmpty()) {
        c.notes.append(note);
    }
    const QString estimated = canonicalText(c.value(estimatedColumn));
    if (estimated == QLatin1String("yes") || estimated == QLatin1String("y") ||
        estimated == QLatin1String("true") || estimated == QLatin1String("1"))
        parsed->estimated = true;
    else if (!estimated.isEmpty() && estimated != QLatin1String("no") && estimated != QLatin1String("n") &&
             estimated != QLatin1String("false") && estimated != QLatin1String("0"))
        c.invalid(estimatedColumn, tr("Column %1 must be yes or no.").arg(c.column(estimatedColumn)));
    return *parsed;
}

IdentityDocument RowParser::document(Context& c, int typeColumn, int numberColumn, int provinceColumn,
                                     int districtColumn) const
{
    IdentityDocument d;
    const QString type = c.value(typeColumn);
    const bool lao = m_country.country == Country::Lao;
    using D = DocumentType;
    const auto parsed = type.isEmpty()
                            ? std::optional<D>(D::None)
                            : parseWith<D>(documentTypeFromKey, type,
                                           {{"national_id", lao ? D::LaNationalIdCard : D::KeNationalId},
                                            {"id_card", lao ? D::LaNationalIdCard : D::KeNationalId},
                                            {"family_book", D::LaFamilyBook},
                                            {"maisha_namba", D::KeMaishaNamba},
                                            {"refugee_id", D::KeRefugeeId},
                                            {"kra_pin", D::KeKraPin}});
    if (!parsed)
        c.invalid(typeColumn, tr("Column %1 must be one of: %2.")
                                  .arg(c.column(typeColumn),
                                       lao ? QStringLiteral("la_national_id, la_family_book, none")
                                           : QStringLiteral("ke_national_id, ke_maisha_namba, ke_refugee_id, "
                                                            "ke_kra_pin, none")));
    d.type = parsed.value_or(DocumentType::None);
    d.number = c.value(numberColumn);
    d.issuingProvince = code(c.value(provinceColumn), 2);
    d.issuingDistrict = code(c.value(districtColumn), 4);
    return d;
}

MemberRef RowParser::memberRef(Context& c, int idColumn, int refColumn, int typeColumn,
                               int numberColumn) const
{
    MemberRef ref;
    const QString id = c.value(idColumn);
    if (!id.isEmpty()) {
        ref.id = QUuid::fromString(id);
        if (ref.id.isNull())
            c.invalid(idColumn,
                      tr("Column %1 must be a record id such as 0195f3c4-8d2e-7a61-9b3f-2c4d5e6f7a80.")
                          .arg(c.column(idColumn)));
    }
    ref.externalRef = c.value(refColumn);
    if (!c.value(numberColumn).isEmpty()) {
        ref.documentType = c.value(typeColumn).isEmpty() ? DocumentType::None
                                                         : document(c, typeColumn, numberColumn, -1, -1).type;
        ref.documentNumber = c.value(numberColumn);
    }
    if (ref.isEmpty() && id.isEmpty())
        c.errors.append({QStringLiteral("import.member_missing"),
                         tr("The row does not say whose it is: fill member_external_ref, member_id or "
                            "member_document_number."),
                         c.column(refColumn)});
    return ref;
}

ParsedMember RowParser::member(const QStringList& v) const
{
    namespace col = memberCol;
    ParsedMember p;
    Context c{RecordKind::Members, v, p.errors, p.notes};
    Member& m = p.member;
    const bool lao = m_country.country == Country::Lao;
    m.externalRef = v.value(col::ExternalRef);
    if (!v.value(col::Id).isEmpty()) {
        p.sourceId = QUuid::fromString(v.value(col::Id));
        if (p.sourceId.isNull())
            c.invalid(col::Id,
                      tr("Column %1 must be a record id such as 0195f3c4-8d2e-7a61-9b3f-2c4d5e6f7a80.")
                          .arg(c.column(col::Id)));
    }
    m.name = name(v, col::GivenName);
    if (v.value(col::Sex).isEmpty())
        c.required(col::Sex);
    else if (const auto sex = parseSex(v.value(col::Sex)))
        m.sex = *sex;
    else
        c.invalid(col::Sex, tr("Column %1 must be female or male.").arg(c.column(col::Sex)));
    m.birth = birth(c, col::BirthDate, col::BirthDateEstimated);
    m.document = document(c, col::DocumentType, col::DocumentNumber, col::DocumentIssuingProvince,
                          col::DocumentIssuingDistrict);
    m.phone = v.value(col::Phone);
    m.address.regionCode = code(v.value(col::RegionCode), lao ? 2 : 3);
    m.address.districtCode = code(v.value(col::DistrictCode), lao ? 4 : 3);
    m.address.wardCode = code(v.value(col::WardCode), 4);
    m.address.village = v.value(col::Village);
    if (!v.value(col::Occupation).isEmpty()) {
        using O = fe::Occupation;
        const auto occupation = parseWith<O>(occupationFromKey, v.value(col::Occupation),
                                             {{"farmer", O::Farming},
                                              {"vendor", O::StreetVending},
                                              {"trader", O::StreetVending},
                                              {"boda_boda", O::Transport},
                                              {"driver", O::Transport},
                                              {"domestic_worker", O::DomesticWork},
                                              {"fisher", O::Fishing}});
        if (occupation)
            m.occupation = *occupation;
        else
            c.invalid(col::Occupation,
                      tr("Column %1 must be one of: farming, street_vending, transport, domestic_work, "
                         "construction, fishing, artisan, other.")
                          .arg(c.column(col::Occupation)));
    }
    const QString currency =
        v.value(col::Currency).isEmpty() ? m_country.currency : v.value(col::Currency).toUpper();
    m.monthlyIncome = money(c, col::MonthlyIncome, currency);
    m.householdIncome = money(c, col::HouseholdIncome, currency);
    const QStringList codes = splitList(v.value(col::Schemes));
    const QStringList dates = splitDateList(v.value(col::EnrolledOn));
    if (dates.size() > 1 && dates.size() != codes.size())
        c.invalid(col::EnrolledOn,
                  tr("Column %1 must hold one date, or one date per scheme.").arg(c.column(col::EnrolledOn)));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QDate on;
        const QString text = dates.value(dates.size() == 1 ? 0 : i);
        if (!text.isEmpty()) {
            // Parsed as a row of its own so a bad date is reported against the column of the dates.
            QStringList row(static_cast<qsizetype>(memberCol::Count));
            row[col::EnrolledOn] = text;
            Context inRow{RecordKind::Members, row, p.errors, p.notes};
            on = date(inRow, col::EnrolledOn, false).value_or(QDate());
        }
        m.schemes.append({codes.at(i).toUpper(), on});
    }
    m.consent.textVersion = v.value(col::ConsentTextVersion);
    m.consent.language = v.value(col::ConsentLanguage);
    if (v.value(col::ConsentMethod).isEmpty())
        c.required(col::ConsentMethod);
    else if (const auto method = parseConsentMethod(v.value(col::ConsentMethod)))
        m.consent.method = *method;
    else
        c.invalid(col::ConsentMethod,
                  tr("Column %1 must be one of: signature, thumbprint, verbal_with_witness.")
                      .arg(c.column(col::ConsentMethod)));
    m.consent.witnessName = v.value(col::ConsentWitness);
    m.consent.operatorId = v.value(col::ConsentOperator);
    m.consent.givenAt = dateTime(c, col::ConsentGivenAt);
    m.consent.withdrawnAt = dateTime(c, col::ConsentWithdrawnAt);
    m.consent.withdrawalReason = v.value(col::ConsentWithdrawalReason);
    return p;
}

ParsedMember RowParser::member(const QJsonObject& object) const
{
    ParsedMember p;
    QJsonObject o = object;
    p.sourceId = QUuid::fromString(o.value(QLatin1String("id")).toString());
    if (p.sourceId.isNull()) // Member::fromJson wants an id; the store assigns the real one
        o.insert(QLatin1String("id"), uuidText(QUuid::createUuid()));
    auto parsed = Member::fromJson(o);
    if (!parsed.ok()) {
        p.errors.append({QStringLiteral("import.invalid_value"),
                         tr("The value of %1 is not valid.").arg(parsed.error().field),
                         parsed.error().field});
        return p;
    }
    p.member = std::move(parsed).value();
    p.member.id = QUuid();
    p.member.version = 0;
    p.member.memberNumber.clear(); // assigned by the central office, never imported
    p.member.createdAt = p.member.updatedAt = QDateTime();
    return p;
}

ParsedHouseholdMember RowParser::householdMember(const QStringList& v) const
{
    namespace col = householdCol;
    ParsedHouseholdMember p;
    Context c{RecordKind::Households, v, p.errors, p.notes};
    p.owner = memberRef(c, col::MemberId, col::MemberExternalRef, col::MemberDocumentType,
                        col::MemberDocumentNumber);
    p.person.name = name(v, col::GivenName);
    if (v.value(col::Relationship).isEmpty()) {
        c.required(col::Relationship);
    } else {
        using R = fe::Relationship;
        const auto relationship = parseWith<R>(relationshipFromKey, v.value(col::Relationship),
                                               {{"wife", R::Spouse},
                                                {"husband", R::Spouse},
                                                {"son", R::Child},
                                                {"daughter", R::Child},
                                                {"father", R::Parent},
                                                {"mother", R::Parent},
                                                {"brother", R::Sibling},
                                                {"sister", R::Sibling},
                                                {"grandson", R::Grandchild},
                                                {"granddaughter", R::Grandchild},
                                                {"relative", R::OtherRelative}});
        if (relationship)
            p.person.relationship = *relationship;
        else
            c.invalid(col::Relationship,
                      tr("Column %1 must be one of: spouse, child, parent, sibling, grandchild, "
                         "other_relative, non_relative.")
                          .arg(c.column(col::Relationship)));
    }
    if (v.value(col::Sex).isEmpty())
        c.required(col::Sex);
    else if (const auto sex = parseSex(v.value(col::Sex)))
        p.person.sex = *sex;
    else
        c.invalid(col::Sex, tr("Column %1 must be female or male.").arg(c.column(col::Sex)));
    p.person.birth = birth(c, col::BirthDate, col::BirthDateEstimated);
    p.person.document = document(c, col::DocumentType, col::DocumentNumber, col::DocumentIssuingProvince,
                                 col::DocumentIssuingDistrict);
    return p;
}

ParsedContribution RowParser::contribution(const QStringList& v) const
{
    namespace col = contributionCol;
    ParsedContribution p;
    QStringList notes;
    Context c{RecordKind::Contributions, v, p.errors, notes};
    Contribution& x = p.contribution;
    p.owner = memberRef(c, col::MemberId, col::MemberExternalRef, col::MemberDocumentType,
                        col::MemberDocumentNumber);
    x.externalRef = v.value(col::ExternalRef);
    if (!v.value(col::Id).isEmpty()) {
        p.sourceId = QUuid::fromString(v.value(col::Id));
        if (p.sourceId.isNull())
            c.invalid(col::Id,
                      tr("Column %1 must be a record id such as 0195f3c4-8d2e-7a61-9b3f-2c4d5e6f7a80.")
                          .arg(c.column(col::Id)));
    }
    x.schemeCode = v.value(col::Scheme).toUpper();
    x.periodStart = date(c, col::PeriodStart, true).value_or(QDate());
    bool endIsMonth = false;
    x.periodEnd = date(c, col::PeriodEnd, true, &endIsMonth).value_or(QDate());
    if (endIsMonth)
        x.periodEnd = x.periodEnd.addMonths(1).addDays(-1);
    if (!x.periodEnd.isValid() && v.value(col::PeriodEnd).isEmpty() && x.periodStart.isValid())
        x.periodEnd = x.periodStart.addMonths(1).addDays(-1); // one month unless said otherwise
    const QString currency =
        v.value(col::Currency).isEmpty() ? m_country.currency : v.value(col::Currency).toUpper();
    if (v.value(col::Amount).isEmpty())
        c.required(col::Amount);
    else
        x.amount = money(c, col::Amount, currency).value_or(Money{0, currency});
    if (v.value(col::Method).isEmpty())
        c.required(col::Method);
    else if (const auto method = parsePaymentMethod(v.value(col::Method)))
        x.method = *method;
    else
        c.invalid(col::Method,
                  tr("Column %1 must be one of: cash, mobile_money, bank.").arg(c.column(col::Method)));
    x.transactionCode = v.value(col::TransactionCode);
    x.bankReference = v.value(col::BankReference);
    x.differenceReason = v.value(col::DifferenceReason);
    p.voidedAt = dateTime(c, col::VoidedAt);
    p.voidReason = v.value(col::VoidReason);
    if (p.voidedAt.isValid() && p.voidReason.isEmpty())
        c.required(col::VoidReason);
    return p;
}

ParsedContribution RowParser::contribution(const QJsonObject& object) const
{
    ParsedContribution p;
    QJsonObject o = object;
    p.sourceId = QUuid::fromString(o.value(QLatin1String("id")).toString());
    if (p.sourceId.isNull())
        o.insert(QLatin1String("id"), uuidText(QUuid::createUuid()));
    auto parsed = Contribution::fromJson(o);
    if (!parsed.ok()) {
        p.errors.append({QStringLiteral("import.invalid_value"),
                         tr("The value of %1 is not valid.").arg(parsed.error().field),
                         parsed.error().field});
        return p;
    }
    Contribution& x = p.contribution;
    x = std::move(parsed).value();
    p.owner.id = x.memberId;
    p.owner.externalRef = o.value(QLatin1String("memberExternalRef")).toString();
    p.owner.documentNumber = o.value(QLatin1String("memberDocumentNumber")).toString();
    p.owner.documentType = documentTypeFromKey(o.value(QLatin1String("memberDocumentType")).toString())
                               .value_or(DocumentType::None);
    if (p.owner.isEmpty())
        p.errors.append({QStringLiteral("import.member_missing"),
                         tr("The line does not say whose payment it is: give member, memberExternalRef or "
                            "memberDocumentNumber."),
                         QStringLiteral("member")});
    p.voidedAt = x.voidedAt;
    p.voidReason = x.voidReason;
    // What the store assigns is never taken from a file.
    x.id = x.memberId = QUuid();
    x.version = 0;
    x.receiptNumber.clear();
    x.operatorId.clear();
    x.recordedAt = x.voidedAt = QDateTime();
    x.voidReason.clear();
    x.voidedBy.clear();
    x.expectedAmount.reset();
    return p;
}

} // namespace fe
