#include "common/Utf8.h"

#include <catch2/catch.hpp>

#include <QList>
#include <QString>

using namespace fe;

TEST_CASE("appendUtf8 writes exactly what QString::toUtf8 writes, after what the buffer holds")
{
    const char16_t loneHigh[] = {u'a', 0xD800, u'b', 0};
    const char16_t loneLow[] = {u'a', 0xDC00, 0};
    const char16_t highAtEnd[] = {u'x', 0xD800, 0};
    const char16_t pair[] = {0xD83D, 0xDE00, u'z', 0};
    const QList<QString> texts{QString(),
                               QStringLiteral(""),
                               QStringLiteral("member:ref:KE-000123"),
                               QStringLiteral("ສົມພອນ ວົງສາ"),
                               QStringLiteral("Wanjikũ"),
                               QString::fromUtf16(loneHigh),
                               QString::fromUtf16(loneLow),
                               QString::fromUtf16(highAtEnd),
                               QString::fromUtf16(pair)};
    for (const QString& text : texts) {
        INFO(text.toStdString());
        QByteArray out("prefix|");
        appendUtf8(out, text);
        CHECK(out == "prefix|" + text.toUtf8()); // a lone surrogate is '?', never U+FFFD
    }
}
