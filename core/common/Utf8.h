#pragma once

#include <QByteArray>
#include <QStringView>

namespace fe {

// Appends text as UTF-8, byte for byte what QString::toUtf8 writes ('?' for a lone surrogate, which
// QStringEncoder would write as U+FFFD: stored text and audit hashes must not change), without a
// temporary for the ASCII of nearly every key, id and code. The hot paths of a bulk import.
inline void appendUtf8(QByteArray& out, QStringView text)
{
    const qsizetype used = out.size();
    out.resize(used + text.size()); // within the capacity when the buffer is reused
    char* const begin = out.data() + used;
    qsizetype i = 0;
    for (; i < text.size() && text[i].unicode() < 0x80; ++i)
        begin[i] = static_cast<char>(text[i].unicode());
    if (i == text.size())
        return;
    out.truncate(used + i);
    out += text.mid(i).toUtf8();
}

} // namespace fe
