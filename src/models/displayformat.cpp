// SPDX-License-Identifier: MIT
#include "models/displayformat.h"

#include "core/decimal.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

namespace DisplayFormat {

std::pair<QString, QString> dollarAffixes(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return { QStringLiteral("$"), QString() };
    // where the locale puts the symbol, and with which space, read from a sample once per locale and thread (the
    // table asks for every visible cell)
    struct Pattern
    {
        QLocale locale = QLocale::c(); // compared without building its name
        QString before = QStringLiteral("$"), after;
    };
    thread_local Pattern pattern;
    if (pattern.locale != locale) {
        const QString sample = locale.toCurrencyString(1.0, QStringLiteral("$"), 0);
        const QString one = locale.toString(1);
        const qsizetype at = sample.indexOf(one);
        pattern = at < 0 ? Pattern { locale, QStringLiteral("$"), QString() }
                         : Pattern { locale, sample.left(at), sample.mid(at + one.size()) };
    }
    return { pattern.before, pattern.after };
}

QString moneyAxisFormat(double tickStep, const QLocale& locale)
{
    // the decimals that write the step exactly (up to six), at least two once there are any: $5, $0.25, $0.025
    int decimals = 0;
    for (double scaled = tickStep; decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * scaled;)
        scaled = tickStep * std::pow(10.0, ++decimals);
    if (decimals == 1)
        decimals = 2;
    const auto [before, after] = dollarAffixes(locale);
    return before + QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f') + after;
}

namespace {

    QString withDollar(const QString& amount, const QLocale& locale)
    {
        const auto [before, after] = dollarAffixes(locale);
        return before + amount + after;
    }

} // namespace

QString money(double nanos, const QLocale& locale)
{
    const double usd = std::abs(nanos) / 1e9;
    const QString sign = nanos < 0 ? locale.negativeSign() : QString();
    if (usd == 0)
        return withDollar(locale.toString(0.0, 'f', 2), locale);
    if (usd < 1) {
        // digits after the point so that three significant digits remain; a nano-dollar is the finest step
        int decimals = std::min(9, 2 - int(std::floor(std::log10(usd))));
        const double scale = std::pow(10.0, decimals);
        const double rounded = std::round(usd * scale) / scale;
        if (rounded < 1)
            return sign + withDollar(locale.toString(rounded, 'f', decimals), locale);
    }
    return sign + withDollar(locale.toString(usd, 'f', 2), locale);
}

QString moneyExact(Usage::Sum nanos, const QLocale& locale)
{
    QString digits = Usage::Decimal::formatNanosQString(nanos);
    if (nanos < 0)
        digits.remove(0, 1); // the '-'
    digits.replace(QLatin1Char('.'), locale.decimalPoint());
    return (nanos < 0 ? locale.negativeSign() : QString()) + withDollar(digits, locale);
}

QString count(Usage::Sum value, const QLocale& locale)
{
    if (value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max())
        return locale.toString(qint64(value));
    QString digits = Usage::Decimal::formatIntegerQString(value);
    if (value < 0)
        digits.remove(0, 1); // the '-'
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, locale.groupSeparator());
    return (value < 0 ? locale.negativeSign() : QString()) + digits;
}

QString percent(double fraction, const QLocale& locale)
{
    const double pct = fraction * 100;
    if (pct > 0 && pct < 0.05)
        return QLatin1Char('<') + locale.toString(0.1, 'f', 1) + locale.percent();
    return locale.toString(pct, 'f', 1) + locale.percent();
}

QString dateTime(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString zoneName(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    return QString::fromUtf8(zone.id());
}

} // namespace DisplayFormat
