// SearchIndex to and from one byte blob, so a store can keep it sealed and load it in one piece.
// Only strings that live members refer to are written, so corrections and removals leave nothing
// behind in the blob. Postings, dictionaries and hash tables are rebuilt on reading.

#include "search/SearchIndex.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace fe {
namespace {

constexpr quint32 kMagic = 0x46455349; // "FESI"
constexpr quint16 kFormatVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr quint8 kKnownFlags = 7;
constexpr std::size_t kEntryFixedBytes = 16 + 1 + 1 + 4 + 8 * 4 + 2;

Error corrupt()
{
    return {QStringLiteral("search.index_corrupt"),
            SearchIndex::tr("The saved search index is damaged; it will be rebuilt from the records."),
            {}};
}

// Old id -> new id for the strings still in use, in order of first use.
struct Remap
{
    explicit Remap(quint32 size) : map(size, StringPool::kNone) {}
    void use(quint32 id)
    {
        if (id != StringPool::kNone && map[id] == StringPool::kNone) {
            map[id] = quint32(order.size());
            order.push_back(id);
        }
    }
    quint32 operator()(quint32 id) const { return id == StringPool::kNone ? id : map[id]; }

    std::vector<quint32> map;
    std::vector<quint32> order; // old ids by new id
};

void writePool(QDataStream& out, const StringPool& pool, const Remap& remap)
{
    out << quint32(remap.order.size());
    for (const quint32 id : remap.order) {
        const QByteArrayView s = pool.view(id);
        out.writeBytes(s.data(), s.size());
    }
}

// Reads what QDataStream (big-endian, Qt 6.4) wrote, straight from the blob's bytes: a quarter of a
// million entries through QDataStream's device cost as much again as building the index itself.
// Any read past the end sets `failed` and yields zeros.
class BlobReader
{
public:
    explicit BlobReader(QByteArrayView blob) : m_at(blob.data()), m_end(blob.data() + blob.size()) {}

    bool failed = false;
    qint64 remaining() const { return m_end - m_at; }
    bool atEnd() const { return m_at == m_end; }

    const char* take(qint64 n)
    {
        if (failed || n < 0 || n > remaining()) {
            failed = true;
            return nullptr;
        }
        const char* at = m_at;
        m_at += n;
        return at;
    }
    template <typename T> T number()
    {
        const char* at = take(sizeof(T));
        return at ? qFromBigEndian<T>(at) : T(0);
    }
    // QDataStream's QByteArray: a 32-bit length (0xFFFFFFFF: null), then the bytes.
    QByteArrayView bytes()
    {
        const quint32 length = number<quint32>();
        if (length == 0xFFFFFFFFu)
            return {};
        const char* at = take(length);
        return at ? QByteArrayView(at, length) : QByteArrayView();
    }
    // QDataStream's QString: a 32-bit length in bytes (0xFFFFFFFF: null), then UTF-16 big-endian.
    QString string()
    {
        const quint32 length = number<quint32>();
        if (length == 0xFFFFFFFFu)
            return {};
        const char* at = length % 2 == 0 ? take(length) : nullptr;
        if (!at) {
            failed = true;
            return {};
        }
        QString out(qsizetype(length / 2), Qt::Uninitialized);
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] = QChar(qFromBigEndian<quint16>(at + 2 * i));
        return out;
    }

private:
    const char* m_at;
    const char* m_end;
};

bool readPool(BlobReader& in, StringPool& pool)
{
    const quint32 count = in.number<quint32>();
    if (in.failed || count > in.remaining() / 4)
        return false;
    // Sized once: the strings' lengths are read ahead, without copying anything.
    BlobReader ahead = in;
    std::size_t bytes = 0;
    for (quint32 i = 0; i < count && !ahead.failed; ++i)
        bytes += std::size_t(ahead.bytes().size());
    if (ahead.failed)
        return false;
    pool.reserve(count, bytes);
    for (quint32 i = 0; i < count; ++i) {
        const QByteArrayView s = in.bytes();
        if (in.failed || pool.intern(s) != i)
            return false; // truncated, or a string twice
    }
    return true;
}

bool validId(quint32 id, const StringPool& pool)
{
    return id == StringPool::kNone || id < pool.size();
}

} // namespace

QByteArray SearchIndex::serialise() const
{
    Remap names(m_nameKeys.size()), displays(m_displayNames.size()), places(m_places.size()),
        documents(m_documents.size()), phones(m_phones.size()), numbers(m_memberNumbers.size());
    for (const Entry& e : m_entries) {
        if (!(e.flags & kAlive))
            continue;
        for (quint32 i = 0; i < e.tokenCount; ++i)
            names.use(m_tokens[e.tokenOffset + i] & kTokenKeyMask);
        displays.use(e.displayLocal);
        displays.use(e.displayLatin);
        places.use(e.district);
        places.use(e.ward);
        places.use(e.village);
        documents.use(e.document);
        phones.use(e.phone);
        numbers.use(e.memberNumber);
    }

    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormatVersion << quint8(m_country);
    writePool(out, m_nameKeys, names);
    writePool(out, m_displayNames, displays);
    writePool(out, m_places, places);
    writePool(out, m_documents, documents);
    writePool(out, m_phones, phones);
    writePool(out, m_memberNumbers, numbers);

    out << quint32(size());
    for (const Entry& e : m_entries) {
        if (!(e.flags & kAlive))
            continue;
        const QByteArray id = e.id.toRfc4122();
        out.writeRawData(id.constData(), int(id.size()));
        out << e.documentType << e.flags << e.birthDay << displays(e.displayLocal) << displays(e.displayLatin)
            << documents(e.document) << phones(e.phone) << numbers(e.memberNumber) << places(e.district)
            << places(e.ward) << places(e.village) << e.tokenCount;
        for (quint32 i = 0; i < e.tokenCount; ++i) {
            const quint32 word = m_tokens[e.tokenOffset + i];
            out << ((word & ~kTokenKeyMask) | names(word & kTokenKeyMask));
        }
    }

    quint32 receipts = 0;
    for (const QUuid& owner : m_receiptOwners)
        receipts += owner.isNull() ? 0 : 1;
    out << receipts;
    for (quint32 id = 0; id < m_receiptOwners.size(); ++id) {
        if (m_receiptOwners[id].isNull())
            continue;
        const QByteArrayView s = m_receipts.view(id);
        out.writeBytes(s.data(), s.size());
        const QByteArray owner = m_receiptOwners[id].toRfc4122();
        out.writeRawData(owner.constData(), int(owner.size()));
    }

    // The collation order of the names, so the first search after loading need not sort them.
    ensureCollationRanks();
    out << m_collator.locale().name() << quint32(displays.order.size());
    for (const quint32 id : m_collationOrder)
        if (displays.map[id] != StringPool::kNone)
            out << displays.map[id];
    return blob;
}

Result<SearchIndex> SearchIndex::deserialise(const QByteArray& blob)
{
    BlobReader in(blob);
    const auto magic = in.number<quint32>();
    const auto version = in.number<quint16>();
    const auto country = in.number<quint8>();
    if (in.failed || magic != kMagic || version != kFormatVersion || country > quint8(Country::Kenya))
        return corrupt();

    SearchIndex index{Country(country)};
    for (StringPool* pool : {&index.m_nameKeys, &index.m_displayNames, &index.m_places, &index.m_documents,
                             &index.m_phones, &index.m_memberNumbers})
        if (!readPool(in, *pool))
            return corrupt();

    const auto count = in.number<quint32>();
    if (in.failed || count > in.remaining() / qint64(kEntryFixedBytes))
        return corrupt();
    index.m_entries.reserve(count);
    // At most what is left of the blob; pages never written to are never given memory.
    index.m_tokens.reserve(std::size_t(in.remaining() / 4));
    for (quint32 n = 0; n < count; ++n) {
        Entry e;
        if (const char* raw = in.take(16))
            e.id = QUuid::fromRfc4122(QByteArrayView(raw, 16));
        e.documentType = in.number<quint8>();
        e.flags = in.number<quint8>();
        e.birthDay = in.number<qint32>();
        for (quint32* id : {&e.displayLocal, &e.displayLatin, &e.document, &e.phone, &e.memberNumber,
                            &e.district, &e.ward, &e.village})
            *id = in.number<quint32>();
        e.tokenCount = in.number<quint16>();
        const bool valid =
            !in.failed && !e.id.isNull() && !index.slotOf(e.id) && (e.flags & kAlive) &&
            (e.flags & ~kKnownFlags) == 0 && e.documentType <= quint8(DocumentType::LaFamilyBook) &&
            (e.birthDay == 0 || QDate::fromJulianDay(e.birthDay).isValid()) && e.tokenCount % 2 == 0 &&
            qint64(e.tokenCount) * 4 <= in.remaining() && validId(e.displayLocal, index.m_displayNames) &&
            validId(e.displayLatin, index.m_displayNames) && validId(e.document, index.m_documents) &&
            validId(e.phone, index.m_phones) && validId(e.memberNumber, index.m_memberNumbers) &&
            validId(e.district, index.m_places) && validId(e.ward, index.m_places) &&
            validId(e.village, index.m_places);
        if (!valid)
            return corrupt();
        e.tokenOffset = quint32(index.m_tokens.size());
        for (quint32 i = 0; i < e.tokenCount; ++i) {
            const auto word = in.number<quint32>();
            if ((word & kTokenKeyMask) >= index.m_nameKeys.size())
                return corrupt();
            index.m_tokens.push_back(word);
        }
        index.m_entries.push_back(e);
        const Slot slot = Slot(index.m_entries.size() - 1);
        index.insertIdMapping(slot);
        index.indexEntry(slot);
    }

    const auto receipts = in.number<quint32>();
    if (in.failed || receipts > in.remaining() / 20)
        return corrupt();
    for (quint32 i = 0; i < receipts; ++i) {
        const QByteArrayView receipt = in.bytes();
        const char* raw = in.take(16);
        if (in.failed || index.m_receipts.intern(receipt) != i)
            return corrupt();
        const QUuid owner = QUuid::fromRfc4122(QByteArrayView(raw, 16));
        if (owner.isNull())
            return corrupt();
        index.m_receiptOwners.push_back(owner);
    }

    const QString localeName = in.string();
    const auto ordered = in.number<quint32>();
    const quint32 names = index.m_displayNames.size();
    if (in.failed || ordered != names || qint64(ordered) * 4 != in.remaining())
        return corrupt();
    std::vector<quint32> order(ordered);
    std::vector<bool> seen(ordered, false);
    for (quint32& id : order) {
        id = in.number<quint32>();
        if (id >= names || seen[id])
            return corrupt();
        seen[id] = true;
    }
    if (in.failed || !in.atEnd())
        return corrupt();
    index.setCollationLocale(QLocale(localeName));
    index.m_collationOrder = std::move(order);
    index.m_collationRank.assign(names, 0);
    for (quint32 rank = 0; rank < names; ++rank)
        index.m_collationRank[index.m_collationOrder[rank]] = rank;
    index.m_collationValid = true;
    return index;
}

} // namespace fe
