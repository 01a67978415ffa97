#pragma once

#include "common/Result.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "search/MatchProfile.h"
#include "search/Postings.h"
#include "search/StringPool.h"

#include <QCollator>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QUuid>

#include <array>
#include <optional>
#include <vector>

namespace fe {

// How a search hit matched the query, best first.
enum class MatchTier : quint8 {
    Exact,    // every query word equals a name word (after case, accent and Lao spelling folding)
    Prefix,   // every query word starts a name word
    Tolerant, // only through spelling or romanisation variants (Xay / Say / Sai, ວິ / ວີ)
};

struct SearchHit
{
    QUuid id;
    MatchTier tier = MatchTier::Exact;
    QString displayName; // in the script of the query when the member has a name in it
};

struct SearchResult
{
    QList<SearchHit> hits; // best tier first, then in the operator's collation
    qsizetype totalMatches = 0;
};

// In-memory index over the members of one store (or, at the central office, of any set of
// members): name search in Lao and Latin script, exact look-ups by document number, phone,
// member number and receipt number, and fast candidate finding for duplicate detection. It holds
// keys and a few plain fields per member (see MatchProfile), never whole records, in interned
// pools and flat arrays, and can be written to and read from one byte blob.
//
// Not thread-safe, also not for concurrent reads: searches update lazily built orderings. Every
// save must be followed by upsert() (or remove()) so the index follows the store.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    using Slot = quint32;
    // A stored name word: role (2 bits), script (2 bits), then the id of its key (28 bits).
    static constexpr int kTokenKeyBits = 28;
    static constexpr quint32 kTokenKeyMask = (1u << kTokenKeyBits) - 1;

    explicit SearchIndex(Country country);

    Country country() const { return m_country; }
    qsizetype size() const { return qsizetype(m_entries.size() - m_freeSlots.size()); }
    bool contains(const QUuid& id) const { return slotOf(id).has_value(); }

    // Adds a member, or replaces what the index holds for it (a correction).
    void upsert(const Member& member);
    void upsert(const MatchProfile& profile);
    bool remove(const QUuid& id);

    // Receipts belong to contributions, so the store reports them separately.
    void addReceipt(const QString& receipt, const QUuid& memberId);
    void removeReceipt(const QString& receipt);

    // The operator's language decides the order of results ("lo", "en", "sw"); by default the
    // country's local language.
    void setCollationLocale(const QLocale& locale);
    QLocale collationLocale() const { return m_collator.locale(); }

    // Name search in either script: every word of the query must match a word of the member's
    // names (given, family, nickname; Lao or Latin), as a prefix or through its tolerant key; a
    // Lao query may run given and family name together without a space.
    SearchResult searchNames(const QString& query, int limit = 50) const;
    // Builds now what the first search would otherwise build (sorted name keys of every
    // dictionary, ranks in the collation's order, scratch space), so that an operator's first
    // keystroke is as quick as the next ones.
    void prepareForSearch() const;

    QList<QUuid> findByDocument(const QString& number) const;
    QList<QUuid> findByPhone(const QString& phone) const;
    QList<QUuid> findByMemberNumber(const QString& number) const;
    std::optional<QUuid> findByReceipt(const QString& receipt) const;

    std::optional<MatchProfile> profile(const QUuid& id) const;

    // For duplicate detection. A slot names a member until the index next changes.
    struct NameCandidate
    {
        Slot slot = 0;
        quint32 tokenMask = 0; // bit i: probe token i matched one of the member's own name words
    };
    // Members with a name word in the same script whose tolerant key is at least `minSimilarity`
    // similar to the tolerant key of probe token i (the first 32 tokens), or starts it or is
    // started by it (at least 3 characters and half the longer). Household words of the probe
    // are ignored. Only the index's key dictionary is scanned, never all members.
    std::vector<NameCandidate> similarNames(const QList<NameToken>& probe, double minSimilarity) const;
    std::optional<Slot> slotOf(const QUuid& id) const;
    QUuid idAt(Slot slot) const { return m_entries[slot].id; }
    int nameWords(Slot slot, NameRole role, matchkey::Script script) const;
    MatchProfile profileAt(Slot slot) const;
    // The plain facts of a slot, and the ids a profile's values have in the index (StringPool::kNone
    // when absent), so that places, phones and documents compare without building strings.
    struct SlotFacts
    {
        QDate birth;
        bool birthEstimated = false;
        Sex sex = Sex::Female;
        DocumentType documentType = DocumentType::None;
        quint32 document = StringPool::kNone, phone = StringPool::kNone;
        quint32 district = StringPool::kNone, ward = StringPool::kNone, village = StringPool::kNone;
        bool hasHousehold = false;
    };
    SlotFacts factsAt(Slot slot) const;
    SlotFacts factsOf(const MatchProfile& profile) const;

    // The whole index as one blob (only what live members refer to), and back. A damaged or
    // foreign blob gives error "search.index_corrupt", never a crash.
    QByteArray serialise() const;
    static Result<SearchIndex> deserialise(const QByteArray& blob);

    // Heap bytes held by the index's own structures.
    std::size_t memoryUsage() const;

private:
    // Name keys live in one pool; each of these dictionaries posts members under some of them.
    enum Dictionary { LaoStrict, LaoTolerant, OtherStrict, OtherTolerant, DictionaryCount };

    struct Entry
    {
        QUuid id;
        quint32 tokenOffset = 0; // into m_tokens: two words (strict, tolerant) per name token
        quint16 tokenCount = 0;
        quint8 documentType = 0;
        quint8 flags = 0;
        qint32 birthDay = 0; // Julian day number; 0 = unknown
        quint32 displayLocal = StringPool::kNone;
        quint32 displayLatin = StringPool::kNone;
        quint32 document = StringPool::kNone;
        quint32 phone = StringPool::kNone;
        quint32 memberNumber = StringPool::kNone;
        quint32 district = StringPool::kNone;
        quint32 ward = StringPool::kNone;
        quint32 village = StringPool::kNone;
    };
    static constexpr quint8 kAlive = 1, kBirthEstimated = 2, kMale = 4;

    struct Hit
    {
        Slot slot;
        MatchTier tier;
    };

    Slot allocateSlot();
    void fillEntry(Entry& e, const MatchProfile& p);
    void indexEntry(Slot slot);
    void unindexEntry(Slot slot);
    void insertIdMapping(Slot slot);
    void eraseIdMapping(Slot slot);
    void rebuildIdTable(std::size_t capacity);
    void compactTokensIfWasteful();
    void noteKeyInDictionary(quint32 key, Dictionary d);

    QDate birthAt(Slot slot) const;
    void ensureScratch() const;
    std::vector<Hit> hitsForWord(const QString& word) const;
    template <typename Visit>
    void forEachKeyWithPrefix(Dictionary d, QByteArrayView prefix, Visit&& visit) const;
    void ensureSorted(Dictionary d) const;
    void ensureCollationRanks() const;
    QString displayFor(const Entry& e, matchkey::Script script) const;
    QList<QUuid> idsOf(const StringPool& pool, const Postings& postings, const QString& key) const;

    Country m_country;
    std::vector<Entry> m_entries;
    std::vector<Slot> m_freeSlots;
    std::vector<quint32> m_idTable; // slot + 1; 0 empty, kTombstone removed
    std::size_t m_idTableUsed = 0;  // live + tombstones
    std::vector<quint32> m_tokens;  // token words of all entries
    std::size_t m_tokensWasted = 0;

    StringPool m_nameKeys;
    std::vector<quint8> m_keyDictionaries; // per name key: bit d set once listed in dictionary d
    std::array<Postings, DictionaryCount> m_namePostings;
    mutable std::array<std::vector<quint32>, DictionaryCount> m_sortedKeys;
    mutable std::array<std::vector<quint32>, DictionaryCount> m_unsortedKeys;

    StringPool m_displayNames;
    StringPool m_places;
    StringPool m_documents;
    Postings m_documentPostings;
    StringPool m_phones;
    Postings m_phonePostings;
    StringPool m_memberNumbers;
    Postings m_memberNumberPostings;
    StringPool m_receipts;
    std::vector<QUuid> m_receiptOwners; // per receipt id; null once removed

    QCollator m_collator;
    mutable std::vector<quint32> m_collationOrder; // display-name ids in collation order
    mutable std::vector<quint32> m_collationRank;  // per display-name id
    mutable bool m_collationValid = false;
    mutable std::vector<quint8> m_wordMarks, m_queryMarks, m_splitMarks; // per slot, for one search
};

} // namespace fe
