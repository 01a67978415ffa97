#include "domain/Money.h"

#include <QRegularExpression>

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
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    // Group separators (',', space, no-break space) only between groups of three digits of the whole
    // part: "12,5" and "1 234,5" may mean a decimal comma, so they are refused rather than misread.
    static const QRegularExpression separator(QStringLiteral("[, \\x{00A0}]"));
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(?:[, \\x{00A0}][0-9]{3})+$"));
    if (whole.contains(separator)) {
        if (!grouped.match(whole).hasMatch())
            return std::nullopt;
        whole.remove(separator);
    }
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
    // Unsigned, so that the most negative qint64 has a magnitude too.
    const quint64 absMinor = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const auto unsignedScale = static_cast<quint64>(scale);
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(absMinor / unsignedScale)
        .arg(absMinor % unsignedScale, decimals, 10, QLatin1Char('0'));
}

} // namespace fe
