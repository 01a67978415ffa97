#include "domain/Money.h"

namespace fe {

int Money::decimalsOf(const QString& currency)
{
    if (currency == QLatin1String("KES"))
        return 2;
    return 0; // LAK and anything unknown: whole units only
}

std::optional<Money> Money::parse(const QString& text, const QString& currency)
{
    const int decimals = decimalsOf(currency);
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    if (t.isEmpty() || t.size() > 24)
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    for (const QChar c : whole + frac)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > decimals || whole.size() > 15)
        return std::nullopt;
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < frac.size() ? frac.at(i).digitValue() : 0);
    return Money{negative ? -value : value, currency};
}

QString Money::toPlainString() const
{
    const int decimals = decimalsOf(currency);
    if (decimals == 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 absMinor = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(absMinor / scale)
        .arg(absMinor % scale, decimals, 10, QLatin1Char('0'));
}

} // namespace fe
