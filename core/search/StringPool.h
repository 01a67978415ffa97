#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace fe {

// Interned UTF-8 strings, each stored once and named by a dense 32-bit id: one byte array, one
// offset per string and an open-addressing hash table of ids. Strings are never removed: an
// index drops the ones no member refers to when it is written out.
class StringPool
{
public:
    static constexpr quint32 kNone = 0xFFFFFFFFu;

    quint32 intern(QByteArrayView utf8);
    quint32 intern(const QString& text) { return intern(QByteArrayView(text.toUtf8())); }
    quint32 find(QByteArrayView utf8) const;
    quint32 find(const QString& text) const { return find(QByteArrayView(text.toUtf8())); }

    QByteArrayView view(quint32 id) const
    {
        const quint32 begin = m_offsets[id], end = m_offsets[id + 1];
        return begin == end ? QByteArrayView()
                            : QByteArrayView(m_bytes.data() + begin, qsizetype(end - begin));
    }
    QString string(quint32 id) const { return id == kNone ? QString() : QString::fromUtf8(view(id)); }
    quint32 size() const { return quint32(m_offsets.size() - 1); }
    std::size_t memoryUsage() const;
    void reserve(std::size_t strings, std::size_t bytes);

private:
    void grow();
    void rehash(std::size_t capacity);
    static std::size_t hashOf(QByteArrayView utf8);

    std::vector<char> m_bytes;
    std::vector<quint32> m_offsets{0};
    std::vector<quint32> m_table; // id + 1, 0 = empty
};

} // namespace fe
