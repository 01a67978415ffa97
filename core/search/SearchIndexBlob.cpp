// SearchIndex to and from one byte blob, so a store can keep it sealed and load it in one piece.
// Only strings that live members refer to are written, so corrections and removals leave nothing
// behind in the blob. Postings, dictionaries and hash tables are rebuilt on reading.

#include "search/SearchIndex.h"

#include <QDataStream>
#include <QIODevice>

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

qint64 remaining(const QDataStream& in)
{
    return in.device()->size() - in.device()->pos();
}

bool readPool(QDataStream& in, StringPool& pool)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > remaining(in) / 4)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray s;
        in >> s;
        if (in.status() != QDataStream::Ok || pool.intern(QByteArrayView(s)) != i)
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
    QDataStream in(blob);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    quint8 country = 0;
    in >> magic >> version >> country;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion ||
        country > quint8(Country::Kenya))
        return corrupt();

    SearchIndex index{Country(country)};
    for (StringPool* pool : {&index.m_nameKeys, &index.m_displayNames, &index.m_places, &index.m_documents,
                             &index.m_phones, &index.m_memberNumbers})
        if (!readPool(in, *pool))
            return corrupt();

    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > remaining(in) / qint64(kEntryFixedBytes))
        return corrupt();
    index.m_entries.reserve(count);
    for (quint32 n = 0; n < count; ++n) {
        char raw[16];
        if (in.readRawData(raw, 16) != 16)
            return corrupt();
        Entry e;
        e.id = QUuid::fromRfc4122(QByteArrayView(raw, 16));
        in >> e.documentType >> e.flags >> e.birthDay >> e.displayLocal >> e.displayLatin >> e.document >>
            e.phone >> e.memberNumber >> e.district >> e.ward >> e.village >> e.tokenCount;
        const bool valid =
            in.status() == QDataStream::Ok && !e.id.isNull() && !index.slotOf(e.id) && (e.flags & kAlive) &&
            (e.flags & ~kKnownFlags) == 0 && e.documentType <= quint8(DocumentType::LaFamilyBook) &&
            (e.birthDay == 0 || QDate::fromJulianDay(e.birthDay).isValid()) && e.tokenCount % 2 == 0 &&
            qint64(e.tokenCount) * 4 <= remaining(in) && validId(e.displayLocal, index.m_displayNames) &&
            validId(e.displayLatin, index.m_displayNames) && validId(e.document, index.m_documents) &&
            validId(e.phone, index.m_phones) && validId(e.memberNumber, index.m_memberNumbers) &&
            validId(e.district, index.m_places) && validId(e.ward, index.m_places) &&
            validId(e.village, index.m_places);
        if (!valid)
            return corrupt();
        e.tokenOffset = quint32(index.m_tokens.size());
        for (quint32 i = 0; i < e.tokenCount; ++i) {
            quint32 word = 0;
            in >> word;
            if ((word & kTokenKeyMask) >= index.m_nameKeys.size())
                return corrupt();
            index.m_tokens.push_back(word);
        }
        index.m_entries.push_back(e);
        const Slot slot = Slot(index.m_entries.size() - 1);
        index.insertIdMapping(slot);
        index.indexEntry(slot);
    }

    quint32 receipts = 0;
    in >> receipts;
    if (in.status() != QDataStream::Ok || receipts > remaining(in) / 20)
        return corrupt();
    for (quint32 i = 0; i < receipts; ++i) {
        QByteArray receipt;
        in >> receipt;
        char raw[16];
        if (in.status() != QDataStream::Ok || in.readRawData(raw, 16) != 16 ||
            index.m_receipts.intern(QByteArrayView(receipt)) != i)
            return corrupt();
        const QUuid owner = QUuid::fromRfc4122(QByteArrayView(raw, 16));
        if (owner.isNull())
            return corrupt();
        index.m_receiptOwners.push_back(owner);
    }

    QString localeName;
    quint32 ordered = 0;
    in >> localeName >> ordered;
    const quint32 names = index.m_displayNames.size();
    if (in.status() != QDataStream::Ok || ordered != names || qint64(ordered) * 4 != remaining(in))
        return corrupt();
    std::vector<quint32> order(ordered);
    std::vector<bool> seen(ordered, false);
    for (quint32& id : order) {
        in >> id;
        if (id >= names || seen[id])
            return corrupt();
        seen[id] = true;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
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
