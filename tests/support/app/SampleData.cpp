#include "SampleData.h"

#include "common/Clock.h"
#include "domain/Scheme.h"
#include "store/Store.h"

#include <QStringList>

namespace fe::test {
namespace {

struct Name
{
    const char* local;
    const char* latin;
};

// Common Lao given and family names with the romanisation people write on forms.
constexpr Name kLaoGiven[] = {
    {"ສົມພອນ", "Somphone"},   {"ບຸນມີ", "Bounmy"},        {"ຄຳພອນ", "Khamphone"},    {"ວັນນາ", "Vanna"},
    {"ສີສຸກ", "Sisouk"},       {"ນ້ອຍ", "Noy"},           {"ແສງເດືອນ", "Sengdeuane"}, {"ພອນສະຫວັນ", "Phonsavanh"},
    {"ບົວພັນ", "Bouaphanh"},   {"ຄຳແສງ", "Khamsaeng"},   {"ມະນີວອນ", "Manivone"},    {"ສຸລິຍາ", "Souliya"},
    {"ຈັນທະລາ", "Chanthala"}, {"ໄຊສົມບັດ", "Xaysombath"}, {"ດາວເຮືອງ", "Daoheuang"},  {"ທອງດີ", "Thongdy"}};
constexpr Name kLaoFamily[] = {
    {"ວົງສາ", "Vongsa"},      {"ພົມມະຈັນ", "Phommachanh"}, {"ສີຫາລາດ", "Sihalath"},
    {"ແກ້ວມະນີ", "Keomany"},   {"ໄຊຍະວົງ", "Xayavong"},    {"ສຸວັນນະວົງ", "Souvannavong"},
    {"ອິນທະວົງ", "Inthavong"}, {"ຈັນທະວົງ", "Chanthavong"}, {"", ""}};
constexpr const char* kKenyanGiven[] = {"Wanjiru", "Achieng", "Otieno", "Kiprotich", "Mutua",  "Amina",
                                        "Wafula",  "Njeri",   "Chebet", "Omondi",    "Fatuma", "Kamau",
                                        "Wekesa",  "Nduta",   "Hassan", "Akinyi"};
constexpr const char* kKenyanFamily[] = {"Kamau",   "Odhiambo", "Kiptoo",  "Mwangi",  "Ouma",
                                         "Wanyama", "Mohamed",  "Njoroge", "Kilonzo", "Chepkoech"};
const Occupation kOccupations[] = {Occupation::StreetVending, Occupation::Farming, Occupation::Transport,
                                   Occupation::DomesticWork,  Occupation::Fishing, Occupation::Construction,
                                   Occupation::Artisan};

template <typename T, size_t N> const T& pick(const T (&list)[N], int index)
{
    return list[static_cast<size_t>(index) % N];
}

} // namespace

Member sampleMember(Country country, int index, const ReferenceData& reference)
{
    Member m;
    const bool lao = country == Country::Lao;
    m.sex = index % 2 == 0 ? Sex::Female : Sex::Male;
    m.birth = {QDate(1972 + index % 30, 1 + index % 12, 1 + index % 28), index % 5 == 0};
    if (m.birth.estimated)
        m.birth.date = QDate(m.birth.date.year(), 7, 1);
    m.occupation = pick(kOccupations, index);
    const QList<AdminUnit> regions = reference.level(1);
    const AdminUnit& region = regions[index % regions.size()];
    const QList<AdminUnit> districts = reference.children(2, region.code);
    const AdminUnit& district = districts[(index / regions.size()) % districts.size()];
    m.address.regionCode = region.code;
    m.address.districtCode = district.code;
    if (lao) {
        const Name& given = pick(kLaoGiven, index);
        const Name& family = pick(kLaoFamily, index / 3);
        m.name.given = QString::fromUtf8(given.local);
        m.name.givenLatin = QString::fromLatin1(given.latin);
        m.name.family = QString::fromUtf8(family.local);
        m.name.familyLatin = QString::fromLatin1(family.latin);
        m.address.village = QStringLiteral("ບ້ານ") + QString::fromUtf8(pick(kLaoGiven, index + 5).local);
        m.document = {DocumentType::LaNationalIdCard,
                      QStringLiteral("%1-%2").arg(region.code).arg(1000000 + index * 7919), region.code,
                      district.code};
        m.phone = QStringLiteral("020 5%1").arg(5000000 + index * 131, 7, 10, QLatin1Char('0'));
        m.monthlyIncome = Money{1'500'000 + (index % 10) * 250'000, QStringLiteral("LAK")};
        m.schemes = {{QStringLiteral("LA-VOL"), QDate()}};
        m.consent.language = QStringLiteral("lo");
    } else {
        m.name.given = QString::fromLatin1(pick(kKenyanGiven, index));
        m.name.family = QString::fromLatin1(pick(kKenyanFamily, index / 2));
        const QList<AdminUnit> wards = reference.children(3, district.code);
        m.address.wardCode = wards.isEmpty() ? QString() : wards[index % wards.size()].code;
        m.document = {DocumentType::KeNationalId, QString::number(20'000'000 + index * 7919), {}, {}};
        m.phone = QStringLiteral("07%1").arg(10'000'000 + index * 131, 8, 10, QLatin1Char('0'));
        m.monthlyIncome = Money{(8'000 + (index % 10) * 3'000) * 100LL, QStringLiteral("KES")};
        m.householdIncome = Money{(12'000 + (index % 7) * 4'000) * 100LL, QStringLiteral("KES")};
        m.schemes = {{QStringLiteral("KE-NSSF-HH"), QDate()}};
        if (index % 2 == 0)
            m.schemes.append({QStringLiteral("KE-SHA-NS"), QDate()}); // enrolled "today"
        m.consent.language = QStringLiteral("sw");
    }
    if (index % 3 == 0) {
        HouseholdMember child;
        child.name.given = lao ? QString::fromUtf8(pick(kLaoGiven, index + 7).local)
                               : QString::fromLatin1(pick(kKenyanGiven, index + 7));
        child.relationship = Relationship::Child;
        child.sex = index % 2 == 0 ? Sex::Male : Sex::Female;
        child.birth = {QDate(2015, 7, 1), true};
        m.household.append(child);
    }
    m.consent.textVersion = QStringLiteral("FE-2026-01");
    m.consent.method = index % 4 == 3 ? ConsentMethod::VerbalWithWitness : ConsentMethod::Thumbprint;
    if (m.consent.method == ConsentMethod::VerbalWithWitness)
        m.consent.witnessName = lao ? QStringLiteral("ນາງ ແສງຈັນ") : QStringLiteral("Grace Muthoni");
    m.consent.givenAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    return m;
}

Contribution sampleContribution(const Member& member, Country country, int index, const QDate& month)
{
    Contribution c;
    c.memberId = member.id;
    c.schemeCode = member.schemes.first().schemeCode;
    c.periodStart = QDate(month.year(), month.month(), 1);
    c.periodEnd = QDate(month.year(), month.month(), month.daysInMonth());
    const auto scheme = Scheme::builtIn(c.schemeCode);
    const auto expected = scheme ? scheme->expectedAmount(member, 1) : std::nullopt;
    c.amount = expected.value_or(Money{country == Country::Lao ? 200'000 : (200 + index % 5 * 100) * 100LL,
                                       CountryProfile::of(country).currency});
    if (index % 2 == 1) {
        c.method = PaymentMethod::MobileMoney;
        c.transactionCode = QStringLiteral("QK%1").arg(index, 8, 10, QLatin1Char('0'));
    }
    return c;
}

FirstAdministrator sampleAdministrator()
{
    return {{QStringLiteral("admin"), QStringLiteral("Test Administrator"), OperatorRole::Administrator},
            QStringLiteral("correct horse battery")};
}

StoreOptions sampleStoreOptions()
{
    StoreOptions options;
    options.kdfCost = KdfCost::FastForTestsOnly;
    return options;
}

Status createSampleStore(const QString& path, Country country, int members, const QDateTime& end,
                         const QString& deviceName)
{
    FixedClock clock(end.addDays(-30));
    StoreOptions options = sampleStoreOptions();
    options.clock = &clock;
    auto created = Store::create(path, {country, deviceName, sampleAdministrator()}, options);
    if (!created.ok())
        return created.error();
    Store& store = *created.value();
    const qint64 step = members > 0 ? 30LL * 24 * 3600 * 1000 / members : 0;
    for (int i = 0; i < members; ++i) {
        clock.advanceMs(step);
        Member member = sampleMember(country, i, store.reference());
        member.consent.givenAt = clock.nowUtc();
        const SaveResult saved = store.registerMember(member, QStringLiteral("sample"));
        if (!saved.ok())
            return saved.error;
        const auto stored = store.member(saved.saved->id);
        const SaveResult paid = store.recordContribution(
            sampleContribution(*stored, country, i, clock.todayUtc()), QStringLiteral("sample"));
        if (!paid.ok())
            return paid.error;
    }
    return {};
}

} // namespace fe::test
