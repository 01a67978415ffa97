#include "search/StringPool.h"

#include <QHashFunctions>

namespace fe {

std::size_t StringPool::hashOf(QByteArrayView utf8)
{
    return qHash(utf8, 0x5eed);
}

quint32 StringPool::find(QByteArrayView utf8) const
{
    if (m_table.empty())
        return kNone;
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t i = hashOf(utf8) & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_table[i];
        if (slot == 0)
            return kNone;
        if (view(slot - 1) == utf8)
            return slot - 1;
    }
}

quint32 StringPool::intern(QByteArrayView utf8)
{
    if (const quint32 existing = find(utf8); existing != kNone)
        return existing;
    // Keep the table at most half full so probes stay short.
    if ((size() + 1) * 2 > m_table.size())
        grow();
    const quint32 id = size();
    m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
    m_offsets.push_back(quint32(m_bytes.size()));
    const std::size_t mask = m_table.size() - 1;
    std::size_t i = hashOf(utf8) & mask;
    while (m_table[i] != 0)
        i = (i + 1) & mask;
    m_table[i] = id + 1;
    return id;
}

void StringPool::grow()
{
    std::size_t capacity = m_table.empty() ? 64 : m_table.size() * 2;
    while (capacity < std::size_t(size() + 1) * 2)
        capacity *= 2;
    rehash(capacity);
}

void StringPool::rehash(std::size_t capacity)
{
    std::vector<quint32> table(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (quint32 id = 0; id < size(); ++id) {
        std::size_t i = hashOf(view(id)) & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = id + 1;
    }
    m_table.swap(table);
}

void StringPool::reserve(std::size_t strings, std::size_t bytes)
{
    m_bytes.reserve(bytes);
    m_offsets.reserve(strings + 1);
    // The table too, so that interning that many strings never rehashes them all on the way.
    std::size_t capacity = m_table.empty() ? 64 : m_table.size();
    while (capacity < (strings + 1) * 2)
        capacity *= 2;
    if (capacity > m_table.size())
        rehash(capacity);
}

std::size_t StringPool::memoryUsage() const
{
    return m_bytes.capacity() + (m_offsets.capacity() + m_table.capacity()) * sizeof(quint32);
}

} // namespace fe
