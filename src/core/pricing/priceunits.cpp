// SPDX-License-Identifier: MIT
#include "core/pricing/priceunits.h"

#include <limits>
#include <string>

namespace Usage::Pricing {

namespace {
    __extension__ typedef unsigned __int128 U128;

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    std::string_view trimmed(std::string_view text)
    {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
            text.remove_suffix(1);
        return text;
    }

    std::optional<std::int64_t> fail(QString* error, const QString& reason)
    {
        if (error)
            *error = reason;
        return std::nullopt;
    }
} // namespace

std::optional<std::int64_t> parsePrice(std::string_view raw, PriceScale scale, QString* error, bool* tooPrecise)
{
    if (tooPrecise)
        *tooPrecise = false;
    const std::string_view text = trimmed(raw);
    const QString quoted = QLatin1Char('"') + QString::fromUtf8(text.data(), qsizetype(text.size())) + QLatin1Char('"');
    size_t i = 0;
    if (i < text.size() && text[i] == '+')
        ++i;
    if (i < text.size() && text[i] == '-')
        return fail(error, QStringLiteral("%1 is negative").arg(quoted));
    // The significant digits (leading zeros dropped), how many of them follow the point, and the exponent.
    std::string digits;
    int fractionDigits = 0;
    bool anyDigit = false;
    for (; i < text.size() && isDigit(text[i]); ++i) {
        anyDigit = true;
        if (!digits.empty() || text[i] != '0')
            digits += text[i];
    }
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && isDigit(text[i]); ++i) {
            anyDigit = true;
            ++fractionDigits;
            if (!digits.empty() || text[i] != '0')
                digits += text[i];
        }
    }
    long exponent = 0;
    if (anyDigit && i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        if (i == text.size())
            return fail(error, QStringLiteral("%1 is not a decimal number").arg(quoted));
        for (; i < text.size() && isDigit(text[i]); ++i)
            exponent = std::min(exponent * 10 + (text[i] - '0'), 100000L);
        exponent = negative ? -exponent : exponent;
    }
    if (!anyDigit || i != text.size())
        return fail(error, QStringLiteral("%1 is not a decimal number").arg(quoted));
    // value = digits x 10^shift in the target unit; a negative shift must only drop zeros.
    long shift = exponent - fractionDigits + static_cast<int>(scale);
    while (shift < 0 && !digits.empty()) {
        if (digits.back() != '0') {
            if (tooPrecise)
                *tooPrecise = true;
            return fail(error, QStringLiteral("%1 has more precision than 1e-18 USD").arg(quoted));
        }
        digits.pop_back();
        ++shift;
    }
    if (digits.empty())
        return 0;
    if (static_cast<long>(digits.size()) + shift > 19)
        return fail(error, QStringLiteral("%1 is too large").arg(quoted));
    U128 value = 0;
    for (char c : digits)
        value = value * 10 + U128(c - '0');
    for (; shift > 0; --shift)
        value *= 10;
    if (value > U128(std::numeric_limits<std::int64_t>::max()))
        return fail(error, QStringLiteral("%1 is too large").arg(quoted));
    return static_cast<std::int64_t>(value);
}

QString formatPrice(std::int64_t units, PriceScale scale)
{
    const int places = static_cast<int>(scale);
    const bool negative = units < 0;
    U128 magnitude = negative ? U128(-(units + 1)) + 1 : U128(units);
    U128 divisor = 1;
    for (int k = 0; k < places; ++k)
        divisor *= 10;
    std::string text = std::to_string(static_cast<std::uint64_t>(magnitude / divisor));
    std::string fraction(places, '0');
    U128 rest = magnitude % divisor;
    for (int k = places - 1; k >= 0; --k, rest /= 10)
        fraction[k] = char('0' + int(rest % 10));
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    if (!fraction.empty())
        text += '.' + fraction;
    return QString::fromLatin1((negative ? "-" : "") + text);
}

Atto roundToNanos(Atto amount)
{
    constexpr Atto kPerNano = 1'000'000'000;
    Atto quotient = amount / kPerNano;
    Atto remainder = amount % kPerNano; // same sign as amount
    const Atto twice = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twice > kPerNano || (twice == kPerNano && quotient % 2 != 0))
        quotient += amount < 0 ? -1 : 1;
    return quotient;
}

} // namespace Usage::Pricing
