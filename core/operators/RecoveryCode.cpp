#include "operators/RecoveryCode.h"

#include "security/SecureBytes.h"

#include <QLatin1String>

namespace fe {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBitsPerSymbol = 5;
constexpr int kRandomBytes = RecoveryCode::kSymbols * kBitsPerSymbol / 8;
static_assert(RecoveryCode::kSymbols * kBitsPerSymbol % 8 == 0);

} // namespace

QString RecoveryCode::generate()
{
    const SecureBytes random = SecureBytes::random(kRandomBytes);
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < random.size(); ++i) {
        buffer = (buffer << 8) | random.data()[i];
        bits += 8;
        while (bits >= kBitsPerSymbol) {
            bits -= kBitsPerSymbol;
            if (code.size() % 5 == 4)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1F]));
        }
    }
    return code;
}

std::optional<QString> RecoveryCode::normalise(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        QChar u = c.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (u.unicode() > 127 || !QLatin1String(kAlphabet).contains(u))
            return std::nullopt;
        out.append(u);
    }
    if (out.size() != kSymbols)
        return std::nullopt;
    return out;
}

} // namespace fe
