#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace fe {

// For each key id, the member slots that carry that key. Most keys (a document number, a phone)
// belong to one member, so a key costs one 32-bit word until it has a second slot; only then it
// gets a list of its own.
class Postings
{
public:
    void add(quint32 key, quint32 slot);
    void remove(quint32 key, quint32 slot);
    std::size_t count(quint32 key) const;
    std::size_t memoryUsage() const;

    template <typename Visit> void forEach(quint32 key, Visit&& visit) const
    {
        if (key >= m_head.size() || m_head[key] == kEmpty)
            return;
        const quint32 head = m_head[key];
        if (!(head & kMany)) {
            visit(head);
            return;
        }
        for (const quint32 slot : m_many[head & ~kMany])
            visit(slot);
    }

private:
    static constexpr quint32 kEmpty = 0xFFFFFFFFu;
    static constexpr quint32 kMany = 0x80000000u;

    std::vector<quint32> m_head; // kEmpty, a slot, or kMany | index into m_many
    std::vector<std::vector<quint32>> m_many;
    std::vector<quint32> m_freeLists; // indexes into m_many that can be reused
};

} // namespace fe
