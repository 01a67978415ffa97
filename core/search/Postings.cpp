#include "search/Postings.h"

#include <algorithm>

namespace fe {

void Postings::add(quint32 key, quint32 slot)
{
    Q_ASSERT(!(slot & kMany));
    if (key >= m_head.size())
        m_head.resize(std::max<std::size_t>(key + 1, m_head.size() + m_head.size() / 2), kEmpty);
    quint32& head = m_head[key];
    if (head == kEmpty) {
        head = slot;
        return;
    }
    if (head & kMany) {
        m_many[head & ~kMany].push_back(slot);
        return;
    }
    quint32 list;
    if (!m_freeLists.empty()) {
        list = m_freeLists.back();
        m_freeLists.pop_back();
    } else {
        list = quint32(m_many.size());
        m_many.emplace_back();
    }
    m_many[list] = {head, slot};
    head = kMany | list;
}

void Postings::remove(quint32 key, quint32 slot)
{
    if (key >= m_head.size())
        return;
    quint32& head = m_head[key];
    if (head == kEmpty)
        return;
    if (!(head & kMany)) {
        if (head == slot)
            head = kEmpty;
        return;
    }
    std::vector<quint32>& list = m_many[head & ~kMany];
    const auto it = std::find(list.begin(), list.end(), slot);
    if (it == list.end())
        return;
    *it = list.back();
    list.pop_back();
    if (list.size() == 1) {
        const quint32 remaining = list.front();
        std::vector<quint32>().swap(list);
        m_freeLists.push_back(head & ~kMany);
        head = remaining;
    }
}

std::size_t Postings::count(quint32 key) const
{
    if (key >= m_head.size() || m_head[key] == kEmpty)
        return 0;
    return (m_head[key] & kMany) ? m_many[m_head[key] & ~kMany].size() : 1;
}

std::size_t Postings::memoryUsage() const
{
    std::size_t bytes = (m_head.capacity() + m_freeLists.capacity()) * sizeof(quint32) +
                        m_many.capacity() * sizeof(std::vector<quint32>);
    for (const auto& list : m_many)
        bytes += list.capacity() * sizeof(quint32);
    return bytes;
}

} // namespace fe
