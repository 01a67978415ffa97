#include "duplicates/DuplicateDetector.h"

#include "search/NameSimilarity.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace fe {
namespace {

using matchkey::Script;

// Score = name points + evidence points, clamped to 0..100. A perfect name gives 55; agreement on
// birth, place, household and phone adds, a contradicting birth date, sex or document subtracts
// enough that names alone never make a probable duplicate.
constexpr double kNameWeight = 55.0;
constexpr int kBirthSame = 20, kBirthClose = 10, kBirthYearSame = 12, kBirthYearClose = 8,
              kBirthDiffers = -40;
constexpr int kSameVillage = 15, kSameDistrict = 8;
constexpr int kHouseholdEach = 5, kHouseholdMax = 15; // one shared common child's name is weak evidence
constexpr int kSamePhone = 15, kDocumentDiffers = -30, kSexDiffers = -30;
constexpr int kExactPhoneMinScore = 90;
constexpr double kWordFloor = 0.80;      // words less similar than this are different words
constexpr double kHouseholdMatch = 0.90; // household given names this similar are the same person
constexpr int kCandidateYearWindow = 5;  // beyond this a birth date always contradicts

double wordSimilarity(const NameToken& a, const NameToken& b)
{
    return similarity::tokenSimilarity(a.strict, a.tolerant, b.strict, b.tolerant);
}

QList<NameToken> ownWords(const MatchProfile& p, Script script)
{
    QList<NameToken> out;
    for (const NameToken& t : p.names)
        if (t.script == script && (t.role == NameRole::Given || t.role == NameRole::Family))
            out.append(t);
    return out;
}

// Kenya: the best one-to-one pairing of words (greedy on the most similar pair), averaged over
// the shorter name, so "Kamau Mary Wanjiru" == "Mary Wanjiru Kamau". -1 when either has no words.
double wordSetSimilarity(const QList<NameToken>& a, const QList<NameToken>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return -1.0;
    struct Pair
    {
        double similarity;
        qsizetype i, j;
    };
    std::vector<Pair> pairs;
    for (qsizetype i = 0; i < a.size(); ++i)
        for (qsizetype j = 0; j < b.size(); ++j)
            if (const double s = wordSimilarity(a[i], b[j]); s >= kWordFloor)
                pairs.push_back({s, i, j});
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
    std::vector<bool> usedA(std::size_t(a.size()), false), usedB(std::size_t(b.size()), false);
    double sum = 0.0;
    for (const Pair& p : pairs)
        if (!usedA[std::size_t(p.i)] && !usedB[std::size_t(p.j)]) {
            usedA[std::size_t(p.i)] = usedB[std::size_t(p.j)] = true;
            sum += p.similarity;
        }
    const qsizetype shorter = std::min(a.size(), b.size());
    double result = sum / double(shorter);
    if (shorter == 1 && std::max(a.size(), b.size()) > 1)
        result *= 0.9; // one side gave a single name: weaker evidence
    return result;
}

struct NameComparison
{
    double similarity = -1.0; // -1: no names in a common script
    bool familyMissing = false;
};

// Lao: given name with given name (or nickname), family name with family name; a family name
// missing on one side costs a little, a different one makes the names different.
NameComparison positionalSimilarity(const MatchProfile& a, const MatchProfile& b, Script script)
{
    NameComparison c;
    const NameToken ga = a.joined(NameRole::Given, script);
    const NameToken gb = b.joined(NameRole::Given, script);
    if (ga.strict.isEmpty() || gb.strict.isEmpty())
        return c;
    double g = wordSimilarity(ga, gb);
    const NameToken na = a.joined(NameRole::Nickname, script);
    const NameToken nb = b.joined(NameRole::Nickname, script);
    if (!na.strict.isEmpty())
        g = std::max(g, 0.9 * wordSimilarity(na, gb));
    if (!nb.strict.isEmpty())
        g = std::max(g, 0.9 * wordSimilarity(ga, nb));
    const NameToken fa = a.joined(NameRole::Family, script);
    const NameToken fb = b.joined(NameRole::Family, script);
    if (!fa.strict.isEmpty() && !fb.strict.isEmpty()) {
        // Relatives share the family name, so it can only confirm the given name, never make up
        // for a different one.
        const double f = similarity::familySimilarity(fa.strict, fa.tolerant, fb.strict, fb.tolerant,
                                                      script == Script::Lao ? 3 : 4);
        c.similarity = g >= kWordFloor && f >= kWordFloor ? g * (0.5 + 0.5 * f) : std::min(g, f);
    } else {
        // Without a family name on one or both sides the given name is all the evidence there is.
        c.familyMissing = !fa.strict.isEmpty() || !fb.strict.isEmpty();
        c.similarity = g * 0.9;
    }
    return c;
}

NameComparison compareNames(const MatchProfile& a, const MatchProfile& b, Country country)
{
    if (country == Country::Lao) {
        // Lao script decides when both records have it; romanisations are too loose to add to it.
        const NameComparison lao = positionalSimilarity(a, b, Script::Lao);
        if (lao.similarity >= 0.0)
            return lao;
        NameComparison c = positionalSimilarity(a, b, Script::Latin);
        if (c.similarity >= 0.0)
            c.similarity *= 0.85; // the Latin form alone is never enough
        return c;
    }
    NameComparison c;
    for (const Script script : {Script::Latin, Script::Other, Script::Lao})
        c.similarity = std::max(c.similarity, wordSetSimilarity(ownWords(a, script), ownWords(b, script)));
    return c;
}

enum class BirthAgreement { Unknown, Same, Close, YearSame, YearClose, Loose, Differs };

BirthAgreement compareBirth(QDate x, bool xEstimated, QDate y, bool yEstimated, int estimatedYears)
{
    if (!x.isValid() || !y.isValid())
        return BirthAgreement::Unknown;
    if (xEstimated || yEstimated) {
        const int years = std::abs(x.year() - y.year());
        if (years == 0)
            return BirthAgreement::YearSame;
        if (years <= estimatedYears)
            return BirthAgreement::YearClose;
        return years <= kCandidateYearWindow ? BirthAgreement::Loose : BirthAgreement::Differs;
    }
    if (x == y)
        return BirthAgreement::Same;
    // Typing slips: the day off (or a month boundary), day and month swapped, the year off by one.
    if (std::abs(x.daysTo(y)) <= 31 ||
        (x.year() == y.year() && x.month() == y.day() && x.day() == y.month()) ||
        (x.month() == y.month() && x.day() == y.day() && std::abs(x.year() - y.year()) == 1))
        return BirthAgreement::Close;
    return BirthAgreement::Differs;
}

int birthPoints(BirthAgreement birth)
{
    switch (birth) {
    case BirthAgreement::Same:
        return kBirthSame;
    case BirthAgreement::Close:
        return kBirthClose;
    case BirthAgreement::YearSame:
        return kBirthYearSame;
    case BirthAgreement::YearClose:
        return kBirthYearClose;
    case BirthAgreement::Differs:
        return kBirthDiffers;
    case BirthAgreement::Unknown:
    case BirthAgreement::Loose:
        break;
    }
    return 0;
}

// Besides a similar name, a probable duplicate needs the same place, a birth date that agrees to
// the day (or a slip), or the same phone: a name and an approximate age are common to many people.
bool corroborated(bool samePlace, BirthAgreement birth, bool samePhone)
{
    return samePlace || birth == BirthAgreement::Same || birth == BirthAgreement::Close || samePhone;
}

int householdOverlap(const MatchProfile& a, const MatchProfile& b)
{
    QList<NameToken> theirs;
    for (const NameToken& t : b.names)
        if (t.role == NameRole::Household)
            theirs.append(t);
    int count = 0;
    for (const NameToken& t : a.names) {
        if (t.role != NameRole::Household)
            continue;
        for (qsizetype j = 0; j < theirs.size(); ++j)
            if (t.script == theirs[j].script && wordSimilarity(t, theirs[j]) >= kHouseholdMatch) {
                theirs.removeAt(j);
                ++count;
                break;
            }
    }
    return count;
}

} // namespace

DuplicateDetector::DuplicateDetector(const SearchIndex& index, DuplicateRules rules)
    : m_index(index), m_rules(rules)
{}

double DuplicateDetector::nameSimilarity(const MatchProfile& a, const MatchProfile& b, Country country)
{
    return std::max(0.0, compareNames(a, b, country).similarity);
}

DuplicateAssessment DuplicateDetector::assess(const MatchProfile& reg, const MatchProfile& existing,
                                              Country country, const DuplicateRules& rules)
{
    DuplicateAssessment r;
    const auto add = [&r](const char* code, const QString& text, int points) {
        r.reasons.append({QString::fromLatin1(code), text, points});
        r.score += points;
    };

    const NameComparison names = compareNames(reg, existing, country);
    const double nameSim = std::max(0.0, names.similarity);
    r.nameSimilarity = nameSim;
    const int namePoints = int(std::lround(kNameWeight * nameSim));
    if (nameSim >= 0.995)
        add("same_name", tr("Same name."), namePoints);
    else if (nameSim >= 0.5)
        add("similar_name", tr("Similar name (%1% alike).").arg(std::lround(nameSim * 100)), namePoints);
    else
        add("different_name", tr("The names differ."), namePoints);
    if (names.familyMissing)
        add("family_missing", tr("The family name is missing in one of the records."), 0);

    const BirthAgreement birth = compareBirth(reg.birth, reg.birthEstimated, existing.birth,
                                              existing.birthEstimated, rules.estimatedBirthYears);
    switch (birth) {
    case BirthAgreement::Unknown:
    case BirthAgreement::Loose:
        break;
    case BirthAgreement::Same:
        add("birth_same", tr("Same date of birth."), birthPoints(birth));
        break;
    case BirthAgreement::Close:
        add("birth_close", tr("Nearly the same date of birth (a likely typing slip)."), birthPoints(birth));
        break;
    case BirthAgreement::YearSame:
        add("birth_year_same", tr("Born in the same year (at least one date is an estimate)."),
            birthPoints(birth));
        break;
    case BirthAgreement::YearClose:
        add("birth_year_close",
            tr("Born within %n year(s) of each other (at least one date is an estimate).", nullptr,
               std::abs(reg.birth.year() - existing.birth.year())),
            birthPoints(birth));
        break;
    case BirthAgreement::Differs:
        add("birth_differs", tr("The dates of birth are too far apart."), birthPoints(birth));
        break;
    }

    const bool sameDistrict = !reg.district.isEmpty() && reg.district == existing.district;
    const bool sameWard = country == Country::Kenya && !reg.ward.isEmpty() && reg.ward == existing.ward;
    if (sameWard)
        add("same_ward", tr("Same ward."), kSameVillage);
    else if (sameDistrict && !reg.village.isEmpty() && reg.village == existing.village)
        add("same_village", tr("Same village."), kSameVillage);
    else if (sameDistrict)
        add("same_district", country == Country::Kenya ? tr("Same constituency.") : tr("Same district."),
            kSameDistrict);

    if (const int household = householdOverlap(reg, existing); household > 0)
        add("household", tr("%n household member(s) in common.", nullptr, household),
            std::min(kHouseholdMax, household * kHouseholdEach));

    const bool samePhone = !reg.phone.isEmpty() && reg.phone == existing.phone;
    if (samePhone)
        add("same_phone", tr("Same phone number."), kSamePhone);

    const bool sameKindOfDocument = reg.documentType != DocumentType::None &&
                                    reg.documentType == existing.documentType && !reg.document.isEmpty() &&
                                    !existing.document.isEmpty();
    const bool sameDocument = sameKindOfDocument && reg.document == existing.document;
    if (sameKindOfDocument && !sameDocument)
        add("document_differs", tr("A different document number of the same kind."), kDocumentDiffers);

    const bool sexDiffers = reg.sex != existing.sex;
    if (sexDiffers)
        add("sex_differs", tr("Recorded with a different sex."), kSexDiffers);

    r.score = std::clamp(r.score, 0, 100);
    if (sameDocument) {
        r.reasons.prepend(
            {QStringLiteral("same_document"), tr("The same document number is already registered."), 0});
        r.kind = DuplicateKind::Exact;
        r.score = 100;
    } else if (samePhone && nameSim >= rules.exactPhoneNameSimilarity && birth != BirthAgreement::Differs &&
               !sexDiffers) {
        r.kind = DuplicateKind::Exact;
        r.score = std::max(r.score, kExactPhoneMinScore);
    } else if (nameSim >= rules.probableNameSimilarity && r.score >= rules.probableScore) {
        if (corroborated(sameDistrict || sameWard, birth, samePhone))
            r.kind = DuplicateKind::Probable;
    }
    return r;
}

QList<DuplicateCandidate> DuplicateDetector::check(const Member& registration) const
{
    return check(MatchProfile::of(registration, m_index.country()));
}

QList<DuplicateCandidate> DuplicateDetector::check(const MatchProfile& reg) const
{
    const Country country = m_index.country();
    std::vector<SearchIndex::Slot> slots;
    const auto addIds = [&](const QList<QUuid>& ids) {
        for (const QUuid& id : ids)
            if (const auto slot = m_index.slotOf(id))
                slots.push_back(*slot);
    };
    if (!reg.document.isEmpty())
        addIds(m_index.findByDocument(reg.document));
    if (!reg.phone.isEmpty())
        addIds(m_index.findByPhone(reg.phone));

    // The probe: the registration's own name words, plus each name of several words joined
    // (Lao is written without spaces, so "ຈັນທະ ວົງ" may be stored as "ຈັນທະວົງ").
    QList<NameToken> probe;
    for (const NameToken& t : reg.names)
        if (t.role != NameRole::Household)
            probe.append(t);
    for (const NameRole role : {NameRole::Given, NameRole::Family})
        for (const Script script : {Script::Lao, Script::Latin})
            if (reg.tokens(role, script).size() > 1)
                probe.append(reg.joined(role, script));
    // Which probe words are given and family names, and how many own words per script.
    quint32 givenMask = 0, laoFamilyMask = 0;
    int latinWords = 0;
    for (qsizetype i = 0; i < probe.size() && i < 32; ++i) {
        const NameToken& t = probe[i];
        if (t.role == NameRole::Given)
            givenMask |= 1u << i;
        if (t.role == NameRole::Family && t.script == Script::Lao)
            laoFamilyMask |= 1u << i;
        if ((t.role == NameRole::Given || t.role == NameRole::Family) && t.script != Script::Lao)
            ++latinWords;
    }
    latinWords = std::min(latinWords, int(reg.tokens(NameRole::Given, Script::Latin).size() +
                                          reg.tokens(NameRole::Family, Script::Latin).size()));

    // Cheap filters on what the index keeps per slot, before building any profile: the rules
    // above applied to plain facts, with the best case for everything that needs strings (the
    // name, the household), so nothing that could be a probable duplicate is dropped. Exact
    // candidates (same document, same phone) were taken above and are always assessed.
    const SearchIndex::SlotFacts mine = m_index.factsOf(reg);
    for (const SearchIndex::NameCandidate& hit : m_index.similarNames(probe, kWordFloor)) {
        const SearchIndex::SlotFacts theirs = m_index.factsAt(hit.slot);
        const BirthAgreement birth = compareBirth(mine.birth, mine.birthEstimated, theirs.birth,
                                                  theirs.birthEstimated, m_rules.estimatedBirthYears);
        if (birth == BirthAgreement::Differs)
            continue;
        const bool sameDistrict = mine.district != StringPool::kNone && theirs.district == mine.district;
        const bool sameWard =
            country == Country::Kenya && mine.ward != StringPool::kNone && theirs.ward == mine.ward;
        const bool sameVillage =
            sameDistrict && mine.village != StringPool::kNone && theirs.village == mine.village;
        const bool samePhone = mine.phone != StringPool::kNone && theirs.phone == mine.phone;
        if (!corroborated(sameDistrict || sameWard, birth, samePhone))
            continue;
        // The same kind of document with another number; an absent one (kNone) never differs.
        const bool documentDiffers = !reg.document.isEmpty() && mine.documentType != DocumentType::None &&
                                     mine.documentType == theirs.documentType &&
                                     theirs.document != StringPool::kNone && theirs.document != mine.document;
        const int bestScore = int(kNameWeight) + birthPoints(birth) +
                              (sameWard || sameVillage ? kSameVillage
                               : sameDistrict          ? kSameDistrict
                                                       : 0) +
                              (mine.hasHousehold && theirs.hasHousehold ? kHouseholdMax : 0) +
                              (samePhone ? kSamePhone : 0) + (mine.sex != theirs.sex ? kSexDiffers : 0) +
                              (documentDiffers ? kDocumentDiffers : 0);
        if (bestScore < m_rules.probableScore)
            continue;
        if (country == Country::Kenya) {
            const int matched = std::popcount(hit.tokenMask);
            if (matched < std::min(2, latinWords)) {
                const int words = m_index.nameWords(hit.slot, NameRole::Given, Script::Latin) +
                                  m_index.nameWords(hit.slot, NameRole::Family, Script::Latin);
                if (matched < std::max(1, std::min({2, latinWords, words})))
                    continue;
            }
        } else {
            if (!(hit.tokenMask & givenMask))
                continue;
            if (laoFamilyMask && !(hit.tokenMask & laoFamilyMask) &&
                m_index.nameWords(hit.slot, NameRole::Family, Script::Lao) > 0)
                continue; // both have a Lao family name and it is not similar
        }
        slots.push_back(hit.slot);
    }
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());

    QList<DuplicateCandidate> out;
    for (const SearchIndex::Slot slot : slots) {
        if (!reg.id.isNull() && m_index.idAt(slot) == reg.id)
            continue;
        DuplicateAssessment a = assess(reg, m_index.profileAt(slot), country, m_rules);
        if (a.kind)
            out.append({m_index.idAt(slot), *a.kind, a.score, std::move(a.reasons)});
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& x, const DuplicateCandidate& y) {
        if (x.kind != y.kind)
            return x.kind == DuplicateKind::Exact;
        return x.score != y.score ? x.score > y.score : x.id < y.id;
    });
    if (out.size() > m_rules.maxCandidates)
        out.resize(m_rules.maxCandidates);
    return out;
}

} // namespace fe
