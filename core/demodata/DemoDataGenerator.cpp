#include "demodata/DemoDataGenerator.h"

#include "demodata/DemoNames.h"
#include "io/RowWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>

#include <array>

namespace fe {
namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Household sizes (the member included), weights in per cent: Lao mean about 5, Kenya about 4
// (Lao Expenditure and Consumption Survey, Kenya 2019 census).
constexpr std::array<int, 10> kLaoHouseholdWeights{3, 7, 13, 19, 20, 15, 10, 6, 4, 3};
constexpr std::array<int, 10> kKenyaHouseholdWeights{12, 13, 17, 19, 16, 10, 6, 4, 2, 1};

struct IncomeRange
{
    Occupation occupation;
    int weight;    // share of members, per cent
    qint64 laoLow; // LAK per month
    qint64 laoHigh;
    qint64 kenyaLow; // KES per month
    qint64 kenyaHigh;
};

constexpr std::array<IncomeRange, 8> kIncomes{{
    {Occupation::Farming, 30, 800'000, 2'500'000, 3'000, 12'000},
    {Occupation::StreetVending, 20, 1'500'000, 4'500'000, 6'000, 22'000},
    {Occupation::Transport, 10, 2'000'000, 5'000'000, 10'000, 30'000},
    {Occupation::DomesticWork, 8, 1'500'000, 2'800'000, 8'000, 16'000},
    {Occupation::Construction, 11, 2'000'000, 3'800'000, 10'000, 25'000},
    {Occupation::Fishing, 5, 1'000'000, 2'800'000, 5'000, 20'000},
    {Occupation::Artisan, 10, 1'200'000, 3'500'000, 8'000, 25'000},
    {Occupation::Other, 6, 1'000'000, 3'000'000, 5'000, 18'000},
}};

const char* const kDifferenceReasons[] = {
    "Paid part of the month; the rest at the next visit",
    "Income fell this month: the harvest is not sold yet",
    "Instalment agreed with the district office",
    "Member was ill and could not work the whole month",
};

int weightedIndex(QRandomGenerator& random, std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = static_cast<int>(random.bounded(static_cast<quint32>(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return static_cast<int>(i);
        r -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

// The Lao spellings Unicode normalisation does not unify: people write both.
QString laoVariant(QString text, bool amVariant, bool loVariant)
{
    if (amVariant)
        text.replace(QChar(0x0EB3), QStringLiteral("\u0ECD\u0EB2")); // ຳ -> ໍ + າ
    if (loVariant)
        text.replace(QStringLiteral("\u0EAB\u0EBC"), QStringLiteral("\u0EAB\u0EA5")); // ຫຼ -> ຫລ
    return text;
}

Error writeFailed(const QIODevice& device)
{
    return {QStringLiteral("io.write"),
            QCoreApplication::translate("DemoDataGenerator", "The file could not be written: %1")
                .arg(device.errorString()),
            {}};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const CountryProfile& country, const ReferenceData& reference,
                                     QList<Scheme> schemes, quint32 seed, QDate today)
    : m_country(country), m_today(today), m_seed(seed), m_random(seed)
{
    for (const Scheme& s : schemes)
        if (s.country == country.country)
            m_schemes.append(s);
    // Code lists per parent, sorted, so the same seed gives the same records whatever the order
    // the reference data was loaded in.
    for (const AdminUnit& u : reference.units()) {
        if (u.level == 1)
            m_regions.append(u.code);
        else if (u.level == 2)
            m_districts[u.parentCode].append(u.code);
        else if (u.level == 3)
            m_wards[u.parentCode].append(u.code);
    }
    m_regions.sort();
    for (auto it = m_districts.begin(); it != m_districts.end(); ++it)
        it->sort();
    for (auto it = m_wards.begin(); it != m_wards.end(); ++it)
        it->sort();
    // Regions without districts (or, in Kenya, without wards) cannot hold a valid address.
    m_regions.removeIf([this](const QString& region) {
        const QStringList districts = m_districts.value(region);
        if (m_country.country == Country::Lao)
            return districts.isEmpty();
        for (const QString& d : districts)
            if (!m_wards.value(d).isEmpty())
                return false;
        return true;
    });
}

DemoDataGenerator::DemoDataGenerator(const Store& store, quint32 seed, QDate today)
    : DemoDataGenerator(store.country(), store.reference(), store.schemes(), seed, today)
{}

int DemoDataGenerator::between(int low, int high)
{
    return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
}

bool DemoDataGenerator::chance(int percent)
{
    return between(1, 100) <= percent;
}

QString DemoDataGenerator::pickCode(const QStringList& codes)
{
    return codes.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(codes.size()))));
}

QDateTime DemoDataGenerator::localTime(const QDate& day, int hour, int minute) const
{
    const QTimeZone zone(m_country.timeZoneId.toLatin1());
    if (zone.isValid())
        return QDateTime(day, QTime(hour, minute), zone).toUTC();
    // Neither country observes daylight saving time.
    const int offsetHours = m_country.country == Country::Lao ? 7 : 3;
    return QDateTime(day, QTime(hour, minute), Qt::UTC).addSecs(-offsetHours * 3600);
}

DemoDataGenerator::Person DemoDataGenerator::laoPerson(std::optional<Sex> sex, const PersonName* family)
{
    Person p;
    p.sex = sex ? *sex : (chance(50) ? Sex::Female : Sex::Male);
    const demo::NameSex wanted = p.sex == Sex::Female ? demo::NameSex::Female : demo::NameSex::Male;
    demo::LaoGivenName given = pick(demo::laoGivenNames());
    while (given.sex != wanted && given.sex != demo::NameSex::Either)
        given = pick(demo::laoGivenNames());
    const bool amVariant = chance(8);
    const bool loVariant = chance(8);
    p.name.given = laoVariant(utf8(given.lao), amVariant, loVariant);
    p.name.givenLatin = utf8(given.latin);
    if (family) {
        p.name.family = family->family;
        p.name.familyLatin = family->familyLatin;
    } else if (chance(88)) { // many rural Lao have no family name
        const demo::LaoWord& f = pick(demo::laoFamilyNames());
        p.name.family = laoVariant(utf8(f.lao), amVariant, loVariant);
        p.name.familyLatin = utf8(f.latin);
    }
    if (chance(20))
        p.name.nickname = utf8(pick(demo::laoNicknames()).lao);
    return p;
}

DemoDataGenerator::Person DemoDataGenerator::kenyanPerson(std::optional<Sex> sex, const PersonName* family,
                                                          int community)
{
    const demo::KenyanCommunity& c = demo::kenyanCommunities()[static_cast<size_t>(community)];
    Person p;
    p.sex = sex ? *sex : (chance(50) ? Sex::Female : Sex::Male);
    const bool female = p.sex == Sex::Female;
    const QString own = utf8(pick(female ? c.female : c.male));
    if (c.christian && chance(65))
        p.name.given =
            utf8(pick(female ? demo::kenyanChristianFemaleNames() : demo::kenyanChristianMaleNames())) +
            QLatin1Char(' ') + own;
    else
        p.name.given = own;
    p.name.family = family ? family->family : utf8(pick(c.family));
    return p;
}

DemoDataGenerator::Person DemoDataGenerator::person(std::optional<Sex> sex, const PersonName* family,
                                                    int community)
{
    return m_country.country == Country::Lao ? laoPerson(sex, family) : kenyanPerson(sex, family, community);
}

BirthDate DemoDataGenerator::birthForAge(int age, const QDate& on, int estimatedPercent)
{
    // A day within the year after the birthday that made the person `age` on `on`.
    const QDate date = on.addYears(-age).addDays(-between(1, 364));
    if (chance(estimatedPercent))
        return {QDate(date.year(), 7, 1), true};
    return {date, false};
}

IdentityDocument DemoDataGenerator::uniqueDocument(const BirthDate& birth, const Address& address,
                                                   int community)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        IdentityDocument d;
        if (m_country.country == Country::Lao) {
            const int kind = between(1, 100);
            if (kind > 90)
                return {};
            d.type = kind <= 55 ? DocumentType::LaNationalIdCard : DocumentType::LaFamilyBook;
            d.issuingProvince = chance(85) ? address.regionCode : pickCode(m_regions);
            const QStringList districts = m_districts.value(d.issuingProvince);
            if (d.issuingProvince == address.regionCode && chance(70))
                d.issuingDistrict = address.districtCode;
            else if (d.type == DocumentType::LaFamilyBook && !districts.isEmpty())
                d.issuingDistrict = pickCode(districts);
            if (d.type == DocumentType::LaNationalIdCard)
                d.number = QStringLiteral("%1-%2")
                               .arg(d.issuingProvince)
                               .arg(between(0, 9'999'999), 7, 10, QLatin1Char('0'));
            else // a family book is numbered within its district
                d.number = QStringLiteral("%1-%2")
                               .arg(d.issuingDistrict.isEmpty() ? d.issuingProvince : d.issuingDistrict)
                               .arg(between(0, 999'999), 6, 10, QLatin1Char('0'));
        } else {
            const bool somali =
                community >= 0 &&
                QLatin1String(demo::kenyanCommunities()[static_cast<size_t>(community)].name) ==
                    QLatin1String("Somali");
            const int kind = between(1, 100);
            if (somali && kind <= 15) {
                d.type = DocumentType::KeRefugeeId;
                d.number = QStringLiteral("DAD-%1").arg(between(0, 99'999'999), 8, 10, QLatin1Char('0'));
            } else if (kind <= 3) {
                return {};
            } else if (kind <= 10) {
                d.type = DocumentType::KeMaishaNamba; // issued since 2023
                d.number =
                    QString::number(between(100'000'000, 999'999'999)) + QString::number(between(0, 9));
            } else if (kind <= 11) {
                d.type = DocumentType::KeKraPin;
                d.number = QStringLiteral("A%1%2")
                               .arg(between(0, 999'999'999), 9, 10, QLatin1Char('0'))
                               .arg(QChar(QLatin1Char('A').unicode() + between(0, 25)));
            } else {
                // National ID numbers grew with time: 7 digits for people registered before the
                // mid-1990s, 8 digits since.
                d.type = DocumentType::KeNationalId;
                const int year = birth.date.year();
                const int number = year < 1975   ? between(1'000'000, 9'999'999)
                                   : year < 1985 ? between(10'000'000, 22'999'999)
                                   : year < 1995 ? between(23'000'000, 32'999'999)
                                                 : between(33'000'000, 42'999'999);
                d.number = QString::number(number);
            }
        }
        const QString key = toKey(d.type) + QLatin1Char(':') + d.number;
        if (!m_documents.contains(key)) {
            m_documents.insert(key);
            return d;
        }
    }
    return {};
}

QString DemoDataGenerator::phone()
{
    QString digits; // national significant number
    if (m_country.country == Country::Kenya) {
        if (chance(10))
            digits = QStringLiteral("1%1%2")
                         .arg(between(0, 1))
                         .arg(between(0, 9'999'999), 7, 10, QLatin1Char('0'));
        else
            digits = QStringLiteral("7%1%2")
                         .arg(QStringLiteral("01234589").at(between(0, 7)))
                         .arg(between(0, 9'999'999), 7, 10, QLatin1Char('0'));
    } else {
        if (chance(10))
            digits = QStringLiteral("302%1").arg(between(0, 999'999), 6, 10, QLatin1Char('0'));
        else
            digits = QStringLiteral("20%1%2")
                         .arg(QStringLiteral("2579").at(between(0, 3)))
                         .arg(between(0, 9'999'999), 7, 10, QLatin1Char('0'));
    }
    // The forms people write on paper forms and in spreadsheets.
    switch (between(0, 3)) {
    case 0:
        return QLatin1Char('0') + digits;
    case 1:
        return QLatin1Char('+') + m_country.callingCode + digits;
    case 2:
        if (m_country.country == Country::Kenya)
            return QStringLiteral("0%1 %2 %3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
        return digits.startsWith(QLatin1String("20"))
                   ? QStringLiteral("020 %1 %2").arg(digits.mid(2, 4), digits.mid(6))
                   : QStringLiteral("030 %1 %2").arg(digits.mid(2, 3), digits.mid(5));
    default:
        return QStringLiteral("+%1 %2").arg(m_country.callingCode, digits);
    }
}

bool DemoDataGenerator::restrictToDistrict(const QString& districtCode)
{
    for (auto it = m_districts.cbegin(); it != m_districts.cend(); ++it) {
        if (!it.value().contains(districtCode))
            continue;
        if (m_country.country == Country::Kenya && m_wards.value(districtCode).isEmpty())
            return false; // a constituency without wards in the reference data cannot hold a member
        m_onlyRegion = it.key();
        m_onlyDistrict = districtCode;
        return true;
    }
    return false;
}

Address DemoDataGenerator::address(int community)
{
    Address a;
    if (!m_onlyDistrict.isEmpty()) {
        a.regionCode = m_onlyRegion;
        a.districtCode = m_onlyDistrict;
        if (m_country.country == Country::Lao)
            a.village = utf8(pick(demo::laoVillages()).lao);
        else
            a.wardCode = pickCode(m_wards.value(a.districtCode));
        return a;
    }
    if (m_country.country == Country::Lao) {
        // About a fifth of enrolments happen in Vientiane Capital.
        a.regionCode = m_regions.contains(QStringLiteral("01")) && chance(20) ? QStringLiteral("01")
                                                                              : pickCode(m_regions);
        a.districtCode = pickCode(m_districts.value(a.regionCode));
        a.village = utf8(pick(demo::laoVillages()).lao);
        return a;
    }
    const demo::KenyanCommunity& c = demo::kenyanCommunities()[static_cast<size_t>(community)];
    const QString home = utf8(pick(c.counties));
    a.regionCode = m_regions.contains(home) && chance(85) ? home : pickCode(m_regions);
    QStringList constituencies = m_districts.value(a.regionCode);
    constituencies.removeIf([this](const QString& d) { return m_wards.value(d).isEmpty(); });
    a.districtCode = pickCode(constituencies);
    a.wardCode = pickCode(m_wards.value(a.districtCode));
    return a;
}

Occupation DemoDataGenerator::occupation(const Address& address)
{
    std::array<int, kIncomes.size()> weights{};
    const bool city = address.regionCode == QLatin1String(m_country.country == Country::Lao ? "01" : "047");
    for (size_t i = 0; i < kIncomes.size(); ++i)
        weights[i] = kIncomes[i].occupation == Occupation::Farming && city ? 3 : kIncomes[i].weight;
    return kIncomes[static_cast<size_t>(weightedIndex(m_random, weights))].occupation;
}

Money DemoDataGenerator::income(Occupation occupation)
{
    for (const IncomeRange& r : kIncomes) {
        if (r.occupation != occupation)
            continue;
        if (m_country.country == Country::Lao) {
            const qint64 steps = (r.laoHigh - r.laoLow) / 50'000;
            return {r.laoLow + between(0, static_cast<int>(steps)) * 50'000, m_country.currency};
        }
        const qint64 steps = (r.kenyaHigh - r.kenyaLow) / 500;
        return {(r.kenyaLow + between(0, static_cast<int>(steps)) * 500) * 100, m_country.currency};
    }
    return {0, m_country.currency};
}

void DemoDataGenerator::addHousehold(Member& m, int community, int age)
{
    const bool lao = m_country.country == Country::Lao;
    const int size = 1 + weightedIndex(m_random, lao ? std::span<const int>(kLaoHouseholdWeights)
                                                     : std::span<const int>(kKenyaHouseholdWeights));
    int others = size - 1;
    const auto add = [&](Relationship relationship, std::optional<Sex> sex, int personAge) {
        const Person p = person(sex, &m.name, community); // the household shares the member's family name
        HouseholdMember h;
        h.name = p.name;
        h.sex = p.sex;
        h.relationship = relationship;
        h.birth = birthForAge(personAge, m_today, personAge >= 60 ? 50 : 10);
        // Lao households share one family book; Kenyan adults often have their own ID.
        if (lao && m.document.type == DocumentType::LaFamilyBook)
            h.document = m.document;
        else if (!lao && personAge >= 18 && chance(50))
            h.document = uniqueDocument(h.birth, m.address, community);
        m.household.append(h);
        --others;
    };
    if (others > 0 && age >= 20 && chance(75))
        add(Relationship::Spouse, m.sex == Sex::Female ? Sex::Male : Sex::Female,
            qMax(18, age + between(-6, 8)));
    const int oldestChild = qMin(age - 18, 25);
    while (others > 0 && oldestChild >= 0 && chance(85))
        add(Relationship::Child, std::nullopt, between(0, oldestChild));
    if (others > 0 && age < 45 && chance(60))
        add(Relationship::Parent, std::nullopt, qMin(95, age + between(20, 35)));
    while (others > 0) {
        if (age >= 45 && chance(60))
            add(Relationship::Grandchild, std::nullopt, between(0, 12));
        else if (chance(60))
            add(Relationship::Sibling, std::nullopt, qMax(0, age + between(-10, 10)));
        else
            add(Relationship::OtherRelative, std::nullopt, between(5, 70));
    }
}

void DemoDataGenerator::enrol(Member& m, const QDate& enrolledOn)
{
    for (const Scheme& s : m_schemes) {
        const int percent = s.code == QLatin1String("KE-NSSF-HH")  ? 75
                            : s.code == QLatin1String("KE-SHA-NS") ? 90
                                                                   : 100;
        const QDate on = chance(85) ? enrolledOn : qMin(m_today, enrolledOn.addDays(between(1, 60)));
        if (s.ageAllowed(ageOn(m.birth.date, on)) && chance(percent))
            m.schemes.append({s.code, on});
    }
    if (!m.schemes.isEmpty())
        return;
    for (const Scheme& s : m_schemes)
        if (s.ageAllowed(ageOn(m.birth.date, enrolledOn))) {
            m.schemes.append({s.code, enrolledOn});
            return;
        }
}

Consent DemoDataGenerator::consent(const QDate& on, int age)
{
    Consent c;
    c.textVersion = QStringLiteral("%1-%2-01").arg(m_country.code).arg(on.year());
    c.language = m_country.country == Country::Lao
                     ? QStringLiteral("lo")
                     : (chance(70) ? QStringLiteral("sw") : QStringLiteral("en"));
    const int r = between(1, 100);
    const int thumbprint = age >= 50 ? 45 : 20;
    if (r <= 8) {
        c.method = ConsentMethod::VerbalWithWitness;
        const int community = m_country.country == Country::Lao ? -1 : between(0, 6);
        const Person witness = person(std::nullopt, nullptr, community);
        c.witnessName = witness.name.displayLocal();
    } else if (r <= 8 + thumbprint) {
        c.method = ConsentMethod::Thumbprint;
    } else {
        c.method = ConsentMethod::Signature;
    }
    c.givenAt = localTime(on, between(8, 16), between(0, 59));
    return c;
}

Member DemoDataGenerator::generateMember()
{
    ++m_members;
    Member m;
    const bool lao = m_country.country == Country::Lao;
    int community = -1;
    if (!lao) {
        std::array<int, 7> weights{};
        const auto communities = demo::kenyanCommunities();
        for (size_t i = 0; i < communities.size() && i < weights.size(); ++i)
            weights[i] = communities[i].weight;
        community = weightedIndex(m_random, weights);
    }
    m.address = address(community);
    const QDate enrolledOn = m_today.addDays(-between(0, 720));
    // Working-age members, most between their mid-twenties and mid-forties; in Kenya some older
    // people join SHA.
    int age = 18 + (between(0, 40) + between(0, 40)) / 2;
    if (!lao && chance(8))
        age = between(60, 78);
    const Person self = person(chance(54) ? Sex::Female : Sex::Male, nullptr, community);
    m.name = self.name;
    m.sex = self.sex;
    m.birth = birthForAge(age, enrolledOn, lao ? 20 : 8);
    m.document = uniqueDocument(m.birth, m.address, community);
    if (chance(lao ? 85 : 92))
        m.phone = phone();
    m.occupation = occupation(m.address);
    m.monthlyIncome = income(m.occupation);
    const int ageNow = ageOn(m.birth.date, m_today);
    addHousehold(m, community, ageNow);
    if (!lao || chance(60)) {
        // Other earners of the household add to what the member earns.
        qint64 total = m.monthlyIncome->minor;
        for (const HouseholdMember& h : m.household)
            if (ageOn(h.birth.date, m_today) >= 18 && chance(50))
                total += income(m.occupation).minor / 2;
        m.householdIncome = Money{total, m_country.currency};
    }
    enrol(m, enrolledOn);
    m.consent = consent(enrolledOn, age);
    m.externalRef =
        QStringLiteral("%1-%2-%3").arg(m_country.code).arg(m_seed).arg(m_members, 6, 10, QLatin1Char('0'));
    return m;
}

QString DemoDataGenerator::uniqueTransactionCode(const QDate& on)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    for (;;) {
        QString code;
        if (m_country.country == Country::Kenya) {
            // M-Pesa: ten characters, the first one encoding the year (Q = 2022, R = 2023, ...).
            code.append(QChar(QLatin1Char('A').unicode() + qBound(0, on.year() - 2006, 25)));
            for (int i = 0; i < 9; ++i)
                code.append(QLatin1Char(alphabet[between(0, 35)]));
        } else {
            // Lao wallets (U-Money, M-Money): a prefix and ten digits.
            code = chance(50) ? QStringLiteral("UM") : QStringLiteral("MM");
            for (int i = 0; i < 10; ++i)
                code.append(QLatin1Char(alphabet[between(26, 35)]));
        }
        if (!m_transactionCodes.contains(code)) {
            m_transactionCodes.insert(code);
            return code;
        }
    }
}

Money DemoDataGenerator::amountFor(const Scheme& scheme, const Member& member, int months, QString& reason)
{
    const bool lao = m_country.country == Country::Lao;
    const std::optional<Money> expected = scheme.expectedAmount(member, months);
    if (!expected) // any amount: members save what they can, in round sums
        return {static_cast<qint64>(between(1, 40)) * months * (lao ? 10'000 : 5'000), m_country.currency};
    if (chance(92) || expected->minor < 2)
        return *expected;
    const qint64 unit = 1'000; // 1,000 LAK or 10 KES
    qint64 amount = expected->minor * between(40, 90) / 100 / unit * unit;
    if (amount <= 0 || amount == expected->minor)
        amount = expected->minor > 1 ? expected->minor - 1 : expected->minor;
    reason = QString::fromLatin1(
        kDifferenceReasons[between(0, static_cast<int>(std::size(kDifferenceReasons)) - 1)]);
    return {amount, m_country.currency};
}

Contribution DemoDataGenerator::generateContribution(const Member& member)
{
    ++m_contributions;
    Contribution c;
    c.memberId = member.id;
    c.externalRef = QStringLiteral("%1-%2-P%3")
                        .arg(m_country.code)
                        .arg(m_seed)
                        .arg(m_contributions, 7, 10, QLatin1Char('0'));
    const SchemeEnrolment enrolment =
        member.schemes.isEmpty() ? SchemeEnrolment{}
                                 : member.schemes.at(between(0, static_cast<int>(member.schemes.size()) - 1));
    c.schemeCode = enrolment.schemeCode;
    const Scheme* scheme = nullptr;
    for (const Scheme& s : m_schemes)
        if (s.code == c.schemeCode)
            scheme = &s;
    const QDate from = enrolment.enrolledOn.isValid() ? enrolment.enrolledOn : m_today;
    const QDate firstMonth(from.year(), from.month(), 1);
    const QDate lastMonth(m_today.year(), m_today.month(), 1);
    const int span = (lastMonth.year() - firstMonth.year()) * 12 + lastMonth.month() - firstMonth.month();
    c.periodStart = firstMonth.addMonths(between(0, qMax(0, span)));
    const std::array<int, 5> monthsChoices{1, 2, 3, 6, 12};
    const std::array<int, 5> monthsWeights{75, 5, 15, 4, 1};
    const int months = monthsChoices[static_cast<size_t>(weightedIndex(m_random, monthsWeights))];
    c.periodEnd = c.periodStart.addMonths(months).addDays(-1);
    c.amount =
        scheme ? amountFor(*scheme, member, months, c.differenceReason) : Money{100'000, m_country.currency};
    const int r = between(1, 100);
    const int mobile = m_country.country == Country::Kenya ? 75 : 25;
    const int cash = m_country.country == Country::Kenya ? 20 : 65;
    if (r <= mobile) {
        c.method = PaymentMethod::MobileMoney;
        c.transactionCode = uniqueTransactionCode(qMin(m_today, c.periodEnd));
    } else if (r <= mobile + cash) {
        c.method = PaymentMethod::Cash;
    } else {
        c.method = PaymentMethod::Bank;
        c.bankReference =
            QStringLiteral("%1%2")
                .arg(m_country.country == Country::Lao ? QStringLiteral("BCEL-FT") : QStringLiteral("EQB-FT"))
                .arg(between(0, 999'999'999), 9, 10, QLatin1Char('0'));
    }
    return c;
}

QList<DemoRecord> DemoDataGenerator::generate(int count, int maxContributions)
{
    QList<DemoRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        DemoRecord r;
        r.member = generateMember();
        const int payments = maxContributions > 0 ? between(0, maxContributions) : 0;
        for (int p = 0; p < payments && !r.member.schemes.isEmpty(); ++p)
            r.contributions.append(generateContribution(r.member));
        out.append(std::move(r));
    }
    return out;
}

Status DemoDataGenerator::writeCsv(const QList<DemoRecord>& records, QIODevice* members,
                                   QIODevice* households, QIODevice* contributions)
{
    const auto write = [](QIODevice* device, const QByteArray& bytes) {
        return !device || device->write(bytes) == bytes.size();
    };
    if (!write(members, csvHeader(RecordKind::Members)))
        return writeFailed(*members);
    if (!write(households, csvHeader(RecordKind::Households)))
        return writeFailed(*households);
    if (!write(contributions, csvHeader(RecordKind::Contributions)))
        return writeFailed(*contributions);
    for (const DemoRecord& r : records) {
        if (!write(members, csvRecord(memberToRow(r.member))))
            return writeFailed(*members);
        if (households)
            for (const QStringList& row : householdToRows(r.member))
                if (!write(households, csvRecord(row)))
                    return writeFailed(*households);
        if (contributions)
            for (const Contribution& c : r.contributions)
                if (!write(contributions, csvRecord(contributionToRow(c, &r.member))))
                    return writeFailed(*contributions);
    }
    return {};
}

Status DemoDataGenerator::writeJsonLines(const QList<DemoRecord>& records, QIODevice* members,
                                         QIODevice* contributions)
{
    for (const DemoRecord& r : records) {
        if (members) {
            QJsonObject o = r.member.toJson();
            if (r.member.id.isNull())
                o.remove(QLatin1String("id"));
            o.remove(QLatin1String("version"));
            const QByteArray line = jsonLine(o);
            if (members->write(line) != line.size())
                return writeFailed(*members);
        }
        if (contributions)
            for (const Contribution& c : r.contributions) {
                QJsonObject o = contributionToJsonLine(c, &r.member);
                o.remove(QLatin1String("version"));
                const QByteArray line = jsonLine(o);
                if (contributions->write(line) != line.size())
                    return writeFailed(*contributions);
            }
    }
    return {};
}

} // namespace fe
