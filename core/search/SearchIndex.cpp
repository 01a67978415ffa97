#include "search/SearchIndex.h"

#include "search/NameSimilarity.h"

#include <algorithm>
#include <cstring>

namespace fe {
namespace {

// A name token is stored as two words (strict key, tolerant key), each carrying the token's role
// and script in its top four bits and the key's id in the name-key pool below them.
constexpr int kKeyBits = SearchIndex::kTokenKeyBits;
constexpr quint32 kKeyMask = SearchIndex::kTokenKeyMask;
constexpr quint32 kTombstone = 0xFFFFFFFFu;
constexpr std::size_t kMaxTokenWords = 0xFFFE;

quint32 tokenWord(NameRole role, matchkey::Script script, quint32 key)
{
    return quint32(role) << 30 | quint32(script) << kKeyBits | key;
}
NameRole roleOf(quint32 word)
{
    return NameRole(word >> 30);
}
matchkey::Script scriptOfWord(quint32 word)
{
    return matchkey::Script((word >> kKeyBits) & 3);
}
quint32 keyOf(quint32 word)
{
    return word & kKeyMask;
}

bool lessBytes(QByteArrayView a, QByteArrayView b)
{
    const std::size_t common = std::size_t(std::min(a.size(), b.size()));
    const int c = common == 0 ? 0 : std::memcmp(a.data(), b.data(), common);
    return c != 0 ? c < 0 : a.size() < b.size();
}

} // namespace

SearchIndex::SearchIndex(Country country)
    : m_country(country), m_collator(QLocale(CountryProfile::of(country).localLanguage))
{}

void SearchIndex::setCollationLocale(const QLocale& locale)
{
    if (locale == m_collator.locale())
        return;
    m_collator = QCollator(locale);
    m_collationValid = false;
}

// ---- Adding and removing members --------------------------------------------------------------

void SearchIndex::upsert(const Member& member)
{
    upsert(MatchProfile::of(member, m_country));
}

void SearchIndex::upsert(const MatchProfile& profile)
{
    if (profile.id.isNull())
        return;
    if (const auto existing = slotOf(profile.id)) {
        unindexEntry(*existing);
        m_tokensWasted += m_entries[*existing].tokenCount;
        fillEntry(m_entries[*existing], profile);
        indexEntry(*existing);
    } else {
        const Slot slot = allocateSlot();
        fillEntry(m_entries[slot], profile);
        insertIdMapping(slot);
        indexEntry(slot);
    }
    compactTokensIfWasteful();
}

bool SearchIndex::remove(const QUuid& id)
{
    const auto slot = slotOf(id);
    if (!slot)
        return false;
    unindexEntry(*slot);
    eraseIdMapping(*slot);
    m_tokensWasted += m_entries[*slot].tokenCount;
    m_entries[*slot] = Entry{};
    m_freeSlots.push_back(*slot);
    compactTokensIfWasteful();
    return true;
}

SearchIndex::Slot SearchIndex::allocateSlot()
{
    if (!m_freeSlots.empty()) {
        const Slot slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    m_entries.emplace_back();
    return Slot(m_entries.size() - 1);
}

void SearchIndex::fillEntry(Entry& e, const MatchProfile& p)
{
    e = Entry{};
    e.id = p.id;
    e.flags = kAlive | (p.birthEstimated ? kBirthEstimated : 0) | (p.sex == Sex::Male ? kMale : 0);
    e.birthDay = p.birth.isValid() ? qint32(p.birth.toJulianDay()) : 0;
    e.documentType = quint8(p.documentType);
    e.tokenOffset = quint32(m_tokens.size());
    for (const NameToken& t : p.names) {
        if (std::size_t(e.tokenCount) + 2 > kMaxTokenWords)
            break;
        const quint32 strict = m_nameKeys.intern(t.strict);
        const quint32 tolerant = m_nameKeys.intern(t.tolerant);
        if (strict > kKeyMask || tolerant > kKeyMask)
            break;
        m_tokens.push_back(tokenWord(t.role, t.script, strict));
        m_tokens.push_back(tokenWord(t.role, t.script, tolerant));
        e.tokenCount += 2;
    }
    const auto internIfAny = [](StringPool& pool, const QString& s) {
        return s.isEmpty() ? StringPool::kNone : pool.intern(s);
    };
    e.displayLocal = internIfAny(m_displayNames, p.displayLocal);
    e.displayLatin = internIfAny(m_displayNames, p.displayLatin);
    e.document = internIfAny(m_documents, p.document);
    e.phone = internIfAny(m_phones, p.phone);
    e.memberNumber = internIfAny(m_memberNumbers, p.memberNumber);
    e.district = internIfAny(m_places, p.district);
    e.ward = internIfAny(m_places, p.ward);
    e.village = internIfAny(m_places, p.village);
}

void SearchIndex::noteKeyInDictionary(quint32 key, Dictionary d)
{
    if (key >= m_keyDictionaries.size())
        m_keyDictionaries.resize(std::max<std::size_t>(key + 1, m_keyDictionaries.size() * 3 / 2), 0);
    if (!(m_keyDictionaries[key] & (1u << d))) {
        m_keyDictionaries[key] |= quint8(1u << d);
        m_unsortedKeys[d].push_back(key);
    }
}

namespace {
int dictionaryOf(quint32 word, bool tolerant)
{
    const int base = scriptOfWord(word) == matchkey::Script::Lao ? 0 : 2;
    return base + (tolerant ? 1 : 0);
}
} // namespace

void SearchIndex::indexEntry(Slot slot)
{
    const Entry& e = m_entries[slot];
    for (quint32 i = 0; i < e.tokenCount; ++i) {
        const quint32 word = m_tokens[e.tokenOffset + i];
        if (roleOf(word) == NameRole::Household)
            continue;
        const auto d = Dictionary(dictionaryOf(word, i % 2 == 1));
        m_namePostings[d].add(keyOf(word), slot);
        noteKeyInDictionary(keyOf(word), d);
    }
    if (e.document != StringPool::kNone)
        m_documentPostings.add(e.document, slot);
    if (e.phone != StringPool::kNone)
        m_phonePostings.add(e.phone, slot);
    if (e.memberNumber != StringPool::kNone)
        m_memberNumberPostings.add(e.memberNumber, slot);
}

void SearchIndex::unindexEntry(Slot slot)
{
    const Entry& e = m_entries[slot];
    for (quint32 i = 0; i < e.tokenCount; ++i) {
        const quint32 word = m_tokens[e.tokenOffset + i];
        if (roleOf(word) != NameRole::Household)
            m_namePostings[dictionaryOf(word, i % 2 == 1)].remove(keyOf(word), slot);
    }
    if (e.document != StringPool::kNone)
        m_documentPostings.remove(e.document, slot);
    if (e.phone != StringPool::kNone)
        m_phonePostings.remove(e.phone, slot);
    if (e.memberNumber != StringPool::kNone)
        m_memberNumberPostings.remove(e.memberNumber, slot);
}

void SearchIndex::compactTokensIfWasteful()
{
    if (m_tokensWasted < 4096 || m_tokensWasted * 4 < m_tokens.size())
        return;
    std::vector<quint32> tokens;
    tokens.reserve(m_tokens.size() - m_tokensWasted);
    for (Entry& e : m_entries) {
        if (!(e.flags & kAlive))
            continue;
        const quint32 offset = quint32(tokens.size());
        tokens.insert(tokens.end(), m_tokens.begin() + e.tokenOffset,
                      m_tokens.begin() + e.tokenOffset + e.tokenCount);
        e.tokenOffset = offset;
    }
    m_tokens.swap(tokens);
    m_tokensWasted = 0;
}

// ---- Id to slot: open addressing over slot numbers ------------------------------------------

std::optional<SearchIndex::Slot> SearchIndex::slotOf(const QUuid& id) const
{
    if (m_idTable.empty() || id.isNull())
        return std::nullopt;
    const std::size_t mask = m_idTable.size() - 1;
    for (std::size_t i = qHash(id) & mask;; i = (i + 1) & mask) {
        const quint32 v = m_idTable[i];
        if (v == 0)
            return std::nullopt;
        if (v != kTombstone && m_entries[v - 1].id == id)
            return v - 1;
    }
}

void SearchIndex::rebuildIdTable(std::size_t capacity)
{
    m_idTable.assign(capacity, 0);
    m_idTableUsed = 0;
    const std::size_t mask = capacity - 1;
    for (Slot s = 0; s < m_entries.size(); ++s) {
        if (!(m_entries[s].flags & kAlive))
            continue;
        std::size_t i = qHash(m_entries[s].id) & mask;
        while (m_idTable[i] != 0)
            i = (i + 1) & mask;
        m_idTable[i] = s + 1;
        ++m_idTableUsed;
    }
}

void SearchIndex::insertIdMapping(Slot slot)
{
    // The new entry is already marked alive; a rebuild places it, otherwise probe for a free cell.
    if ((m_idTableUsed + 1) * 2 > m_idTable.size()) {
        std::size_t capacity = 64;
        while (capacity < std::size_t(size() + 1) * 2)
            capacity *= 2;
        rebuildIdTable(capacity);
        return;
    }
    const std::size_t mask = m_idTable.size() - 1;
    std::size_t i = qHash(m_entries[slot].id) & mask;
    while (m_idTable[i] != 0 && m_idTable[i] != kTombstone)
        i = (i + 1) & mask;
    if (m_idTable[i] == 0)
        ++m_idTableUsed;
    m_idTable[i] = slot + 1;
}

void SearchIndex::eraseIdMapping(Slot slot)
{
    const std::size_t mask = m_idTable.size() - 1;
    for (std::size_t i = qHash(m_entries[slot].id) & mask;; i = (i + 1) & mask) {
        if (m_idTable[i] == 0)
            return;
        if (m_idTable[i] == slot + 1) {
            m_idTable[i] = kTombstone;
            return;
        }
    }
}

// ---- Exact look-ups ---------------------------------------------------------------------------

QList<QUuid> SearchIndex::idsOf(const StringPool& pool, const Postings& postings, const QString& key) const
{
    QList<QUuid> out;
    if (key.isEmpty())
        return out;
    const quint32 id = pool.find(key);
    if (id == StringPool::kNone)
        return out;
    postings.forEach(id, [&](Slot slot) { out.append(m_entries[slot].id); });
    std::sort(out.begin(), out.end());
    return out;
}

QList<QUuid> SearchIndex::findByDocument(const QString& number) const
{
    return idsOf(m_documents, m_documentPostings, matchkey::documentKey(number));
}

QList<QUuid> SearchIndex::findByPhone(const QString& phone) const
{
    return idsOf(m_phones, m_phonePostings, phoneKey(phone, m_country));
}

QList<QUuid> SearchIndex::findByMemberNumber(const QString& number) const
{
    return idsOf(m_memberNumbers, m_memberNumberPostings, memberNumberKey(number));
}

void SearchIndex::addReceipt(const QString& receipt, const QUuid& memberId)
{
    const QString key = receipt.trimmed().toUpper();
    if (key.isEmpty() || memberId.isNull())
        return;
    const quint32 id = m_receipts.intern(key);
    if (id >= m_receiptOwners.size())
        m_receiptOwners.resize(id + 1);
    m_receiptOwners[id] = memberId;
}

void SearchIndex::removeReceipt(const QString& receipt)
{
    const quint32 id = m_receipts.find(receipt.trimmed().toUpper());
    if (id != StringPool::kNone)
        m_receiptOwners[id] = QUuid();
}

std::optional<QUuid> SearchIndex::findByReceipt(const QString& receipt) const
{
    const quint32 id = m_receipts.find(receipt.trimmed().toUpper());
    if (id == StringPool::kNone || m_receiptOwners[id].isNull())
        return std::nullopt;
    return m_receiptOwners[id];
}

// ---- Profiles ---------------------------------------------------------------------------------

QDate SearchIndex::birthAt(Slot slot) const
{
    const qint32 day = m_entries[slot].birthDay;
    return day == 0 ? QDate() : QDate::fromJulianDay(day);
}

int SearchIndex::nameWords(Slot slot, NameRole role, matchkey::Script script) const
{
    const Entry& e = m_entries[slot];
    int count = 0;
    for (quint32 i = 0; i < e.tokenCount; i += 2) {
        const quint32 word = m_tokens[e.tokenOffset + i];
        if (roleOf(word) == role && scriptOfWord(word) == script)
            ++count;
    }
    return count;
}

SearchIndex::SlotFacts SearchIndex::factsAt(Slot slot) const
{
    const Entry& e = m_entries[slot];
    SlotFacts f;
    f.birth = birthAt(slot);
    f.birthEstimated = e.flags & kBirthEstimated;
    f.sex = (e.flags & kMale) ? Sex::Male : Sex::Female;
    f.documentType = DocumentType(e.documentType);
    f.document = e.document;
    f.phone = e.phone;
    f.district = e.district;
    f.ward = e.ward;
    f.village = e.village;
    for (quint32 i = 0; i < e.tokenCount && !f.hasHousehold; i += 2)
        f.hasHousehold = roleOf(m_tokens[e.tokenOffset + i]) == NameRole::Household;
    return f;
}

SearchIndex::SlotFacts SearchIndex::factsOf(const MatchProfile& p) const
{
    const auto idOf = [](const StringPool& pool, const QString& s) {
        return s.isEmpty() ? StringPool::kNone : pool.find(s);
    };
    SlotFacts f;
    f.birth = p.birth;
    f.birthEstimated = p.birthEstimated;
    f.sex = p.sex;
    f.documentType = p.documentType;
    f.document = idOf(m_documents, p.document);
    f.phone = idOf(m_phones, p.phone);
    f.district = idOf(m_places, p.district);
    f.ward = idOf(m_places, p.ward);
    f.village = idOf(m_places, p.village);
    for (const NameToken& t : p.names)
        f.hasHousehold = f.hasHousehold || t.role == NameRole::Household;
    return f;
}

MatchProfile SearchIndex::profileAt(Slot slot) const
{
    const Entry& e = m_entries[slot];
    MatchProfile p;
    p.id = e.id;
    for (quint32 i = 0; i + 1 < e.tokenCount; i += 2) {
        const quint32 strict = m_tokens[e.tokenOffset + i];
        const quint32 tolerant = m_tokens[e.tokenOffset + i + 1];
        p.names.append({roleOf(strict), scriptOfWord(strict), m_nameKeys.string(keyOf(strict)),
                        m_nameKeys.string(keyOf(tolerant))});
    }
    p.birth = birthAt(slot);
    p.birthEstimated = e.flags & kBirthEstimated;
    p.sex = (e.flags & kMale) ? Sex::Male : Sex::Female;
    p.documentType = DocumentType(e.documentType);
    p.document = m_documents.string(e.document);
    p.phone = m_phones.string(e.phone);
    p.memberNumber = m_memberNumbers.string(e.memberNumber);
    p.district = m_places.string(e.district);
    p.ward = m_places.string(e.ward);
    p.village = m_places.string(e.village);
    p.displayLocal = m_displayNames.string(e.displayLocal);
    p.displayLatin = m_displayNames.string(e.displayLatin);
    return p;
}

std::optional<MatchProfile> SearchIndex::profile(const QUuid& id) const
{
    const auto slot = slotOf(id);
    if (!slot)
        return std::nullopt;
    return profileAt(*slot);
}

// ---- Key dictionaries -------------------------------------------------------------------------

void SearchIndex::ensureSorted(Dictionary d) const
{
    std::vector<quint32>& pending = m_unsortedKeys[d];
    if (pending.empty())
        return;
    std::vector<quint32>& sorted = m_sortedKeys[d];
    const auto less = [this](quint32 a, quint32 b) {
        return lessBytes(m_nameKeys.view(a), m_nameKeys.view(b));
    };
    if (pending.size() <= 64 && !sorted.empty()) {
        for (const quint32 key : pending)
            sorted.insert(std::lower_bound(sorted.begin(), sorted.end(), key, less), key);
    } else {
        sorted.insert(sorted.end(), pending.begin(), pending.end());
        std::sort(sorted.begin(), sorted.end(), less);
    }
    pending.clear();
}

template <typename Visit>
void SearchIndex::forEachKeyWithPrefix(Dictionary d, QByteArrayView prefix, Visit&& visit) const
{
    ensureSorted(d);
    const std::vector<quint32>& sorted = m_sortedKeys[d];
    auto it = std::lower_bound(sorted.begin(), sorted.end(), prefix, [this](quint32 key, QByteArrayView p) {
        return lessBytes(m_nameKeys.view(key), p);
    });
    for (; it != sorted.end(); ++it) {
        const QByteArrayView key = m_nameKeys.view(*it);
        if (!key.startsWith(prefix))
            break;
        visit(*it, key.size() == prefix.size());
    }
}

// ---- Name search ------------------------------------------------------------------------------

// Per-slot scratch marks (0 = not seen, else tier + 1) let a query collect, deduplicate and
// intersect hits in time proportional to the postings it touches, without sorting them.
void SearchIndex::ensureScratch() const
{
    for (std::vector<quint8>* marks : {&m_wordMarks, &m_queryMarks, &m_splitMarks})
        if (marks->size() < m_entries.size())
            marks->resize(m_entries.size(), 0);
}

std::vector<SearchIndex::Hit> SearchIndex::hitsForWord(const QString& word) const
{
    std::vector<Hit> hits;
    const matchkey::TokenKeys keys = matchkey::keysOf(word, m_country);
    if (keys.strict.isEmpty())
        return hits;
    const auto note = [&](Slot s, MatchTier tier) {
        quint8& mark = m_wordMarks[s];
        const quint8 t = quint8(quint8(tier) + 1);
        if (mark == 0)
            hits.push_back({s, tier});
        if (mark == 0 || t < mark)
            mark = t;
    };
    const bool lao = keys.script == matchkey::Script::Lao;
    const Dictionary strictD = lao ? LaoStrict : OtherStrict;
    const Dictionary tolerantD = lao ? LaoTolerant : OtherTolerant;
    forEachKeyWithPrefix(strictD, keys.strict.toUtf8(), [&](quint32 key, bool whole) {
        m_namePostings[strictD].forEach(
            key, [&](Slot s) { note(s, whole ? MatchTier::Exact : MatchTier::Prefix); });
    });
    // Spelling variants of a single letter ("x" for "s") match a third of a district and help no
    // one find a person: they apply from the second letter on.
    if (!keys.tolerant.isEmpty() && keys.strict.size() > 1)
        forEachKeyWithPrefix(tolerantD, keys.tolerant.toUtf8(), [&](quint32 key, bool) {
            m_namePostings[tolerantD].forEach(key, [&](Slot s) { note(s, MatchTier::Tolerant); });
        });
    if (lao) {
        // Lao is written without spaces: "ສົມພອນວົງ" is a whole given name followed by the start
        // of a family name. Try each split where the head is a complete name word.
        for (qsizetype i = 2; i < keys.strict.size(); ++i) {
            const char16_t c = keys.strict.at(i).unicode();
            if ((c >= 0x0EB1 && c <= 0x0EBC && c != 0x0EB2 && c != 0x0EB3) || (c >= 0x0EC8 && c <= 0x0ECD))
                continue; // a mark belongs to the consonant before it
            const quint32 head = m_nameKeys.find(keys.strict.left(i));
            if (head == StringPool::kNone || m_namePostings[strictD].count(head) == 0)
                continue;
            std::vector<Slot> headSlots;
            m_namePostings[strictD].forEach(head, [&](Slot s) {
                m_splitMarks[s] = 1;
                headSlots.push_back(s);
            });
            forEachKeyWithPrefix(strictD, keys.strict.mid(i).toUtf8(), [&](quint32 key, bool) {
                m_namePostings[strictD].forEach(key, [&](Slot s) {
                    if (m_splitMarks[s])
                        note(s, MatchTier::Prefix);
                });
            });
            for (const Slot s : headSlots)
                m_splitMarks[s] = 0;
        }
    }
    for (Hit& h : hits) {
        h.tier = MatchTier(m_wordMarks[h.slot] - 1);
        m_wordMarks[h.slot] = 0;
    }
    return hits;
}

SearchResult SearchIndex::searchNames(const QString& query, int limit) const
{
    SearchResult result;
    const QStringList words = matchkey::nameTokensOf(query);
    if (words.isEmpty() || limit <= 0)
        return result;
    ensureScratch();
    std::vector<Hit> hits = hitsForWord(words.first());
    for (qsizetype w = 1; w < words.size() && !hits.empty(); ++w) {
        for (const Hit& h : hits)
            m_queryMarks[h.slot] = quint8(quint8(h.tier) + 1);
        std::vector<Hit> both;
        for (const Hit& h : hitsForWord(words.at(w)))
            if (const quint8 mark = m_queryMarks[h.slot])
                both.push_back({h.slot, std::max(h.tier, MatchTier(mark - 1))});
        for (const Hit& h : hits)
            m_queryMarks[h.slot] = 0;
        hits.swap(both);
    }
    result.totalMatches = qsizetype(hits.size());

    // Best tier first, then the operator's collation of the name in the query's script.
    const matchkey::Script script = matchkey::scriptOf(query);
    ensureCollationRanks();
    struct Ranked
    {
        quint8 tier;
        quint32 rank;
        Slot slot;
        bool operator<(const Ranked& o) const
        {
            return tier != o.tier ? tier < o.tier : rank != o.rank ? rank < o.rank : slot < o.slot;
        }
    };
    std::vector<Ranked> ranked;
    ranked.reserve(hits.size());
    for (const Hit& h : hits) {
        const Entry& e = m_entries[h.slot];
        const quint32 display = script == matchkey::Script::Lao || e.displayLatin == StringPool::kNone
                                    ? e.displayLocal
                                    : e.displayLatin;
        const quint32 rank = display == StringPool::kNone ? 0xFFFFFFFFu : m_collationRank[display];
        ranked.push_back({quint8(h.tier), rank, h.slot});
    }
    const auto shown = ranked.begin() + std::min<std::ptrdiff_t>(limit, std::ptrdiff_t(ranked.size()));
    std::partial_sort(ranked.begin(), shown, ranked.end());
    for (auto it = ranked.begin(); it != shown; ++it) {
        const Entry& e = m_entries[it->slot];
        result.hits.append({e.id, MatchTier(it->tier), displayFor(e, script)});
    }
    return result;
}

QString SearchIndex::displayFor(const Entry& e, matchkey::Script script) const
{
    if (script != matchkey::Script::Lao && e.displayLatin != StringPool::kNone)
        return m_displayNames.string(e.displayLatin);
    return m_displayNames.string(e.displayLocal);
}

void SearchIndex::prepareForSearch() const
{
    for (int d = 0; d < DictionaryCount; ++d)
        ensureSorted(Dictionary(d));
    ensureScratch();
    ensureCollationRanks();
}

void SearchIndex::ensureCollationRanks() const
{
    const quint32 count = m_displayNames.size();
    if (m_collationValid && m_collationRank.size() == count)
        return;
    const std::size_t pending = count - (m_collationValid ? m_collationRank.size() : 0);
    if (m_collationValid && pending <= 256) {
        // A few names added since the last search: place each by binary search.
        for (quint32 id = quint32(m_collationRank.size()); id < count; ++id) {
            const QString name = m_displayNames.string(id);
            const auto at =
                std::upper_bound(m_collationOrder.begin(), m_collationOrder.end(), name,
                                 [this](const QString& n, quint32 other) {
                                     return m_collator.compare(n, m_displayNames.string(other)) < 0;
                                 });
            m_collationOrder.insert(at, id);
        }
    } else {
        // Sort keys make a full sort cheap: one ICU call per name instead of one per comparison.
        std::vector<QCollatorSortKey> keys;
        keys.reserve(count);
        for (quint32 id = 0; id < count; ++id)
            keys.push_back(m_collator.sortKey(m_displayNames.string(id)));
        m_collationOrder.resize(count);
        for (quint32 id = 0; id < count; ++id)
            m_collationOrder[id] = id;
        std::stable_sort(m_collationOrder.begin(), m_collationOrder.end(),
                         [&keys](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });
    }
    m_collationRank.assign(count, 0);
    for (quint32 rank = 0; rank < count; ++rank)
        m_collationRank[m_collationOrder[rank]] = rank;
    m_collationValid = true;
}

// ---- Candidates for duplicate detection --------------------------------------------------------

std::vector<SearchIndex::NameCandidate> SearchIndex::similarNames(const QList<NameToken>& probe,
                                                                  double minSimilarity) const
{
    std::vector<quint64> pairs; // slot << 5 | probe token index
    for (qsizetype i = 0; i < probe.size() && i < 32; ++i) {
        const NameToken& t = probe.at(i);
        if (t.role == NameRole::Household || t.tolerant.isEmpty())
            continue;
        const Dictionary d = t.script == matchkey::Script::Lao ? LaoTolerant : OtherTolerant;
        // Only keys that start with the same letter are compared: a typo in the first letter is
        // rare and comparing every key would not scale.
        const QString first = t.tolerant.left(t.tolerant.at(0).isHighSurrogate() ? 2 : 1);
        forEachKeyWithPrefix(d, first.toUtf8(), [&](quint32 key, bool) {
            if (m_namePostings[d].count(key) == 0)
                return;
            const QString candidate = m_nameKeys.string(key);
            // A word that starts the other (Vong / Vongsa, ຈັນທະ / ຈັນທະວົງ) is also a candidate.
            const QString& shorter = candidate.size() < t.tolerant.size() ? candidate : t.tolerant;
            const QString& longer = candidate.size() < t.tolerant.size() ? t.tolerant : candidate;
            const bool startsOther =
                shorter.size() >= 3 && shorter.size() * 2 >= longer.size() && longer.startsWith(shorter);
            if (!startsOther &&
                similarity::keySimilarity(t.tolerant, candidate, minSimilarity) < minSimilarity)
                return;
            m_namePostings[d].forEach(key, [&](Slot s) { pairs.push_back(quint64(s) << 5 | quint64(i)); });
        });
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<NameCandidate> out;
    for (const quint64 p : pairs) {
        const Slot slot = Slot(p >> 5);
        if (out.empty() || out.back().slot != slot)
            out.push_back({slot, 0});
        out.back().tokenMask |= 1u << (p & 31);
    }
    return out;
}

// ---- Size -------------------------------------------------------------------------------------

std::size_t SearchIndex::memoryUsage() const
{
    std::size_t bytes =
        m_entries.capacity() * sizeof(Entry) +
        (m_freeSlots.capacity() + m_idTable.capacity() + m_tokens.capacity()) * sizeof(quint32) +
        m_keyDictionaries.capacity() + m_receiptOwners.capacity() * sizeof(QUuid) +
        (m_collationOrder.capacity() + m_collationRank.capacity()) * sizeof(quint32) +
        m_wordMarks.capacity() + m_queryMarks.capacity() + m_splitMarks.capacity();
    for (int d = 0; d < DictionaryCount; ++d)
        bytes += m_namePostings[d].memoryUsage() +
                 (m_sortedKeys[d].capacity() + m_unsortedKeys[d].capacity()) * sizeof(quint32);
    for (const StringPool* pool :
         {&m_nameKeys, &m_displayNames, &m_places, &m_documents, &m_phones, &m_memberNumbers, &m_receipts})
        bytes += pool->memoryUsage();
    bytes += m_documentPostings.memoryUsage() + m_phonePostings.memoryUsage() +
             m_memberNumberPostings.memoryUsage();
    return bytes;
}

} // namespace fe
