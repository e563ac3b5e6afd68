// SPDX-License-Identifier: MIT
#include "core/decimal.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace Usage::Decimal {
namespace {

    __extension__ typedef unsigned __int128 U128;

    struct DecimalParts
    {
        bool negative = false;
        std::string digits; ///< significant digits without leading zeros
        std::int64_t exponent = 0; ///< value = digits x 10^exponent
    };

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    std::optional<DecimalParts> split(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
            s.remove_suffix(1);
        DecimalParts p;
        size_t i = 0;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
            p.negative = s[i] == '-';
            ++i;
        }
        bool anyDigit = false;
        std::int64_t fractionDigits = 0;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            anyDigit = true;
            if (!p.digits.empty() || s[i] != '0')
                p.digits.push_back(s[i]);
        }
        if (i < s.size() && s[i] == '.') {
            ++i;
            for (; i < s.size() && isDigit(s[i]); ++i) {
                anyDigit = true;
                ++fractionDigits;
                if (!p.digits.empty() || s[i] != '0')
                    p.digits.push_back(s[i]);
            }
        }
        if (!anyDigit)
            return std::nullopt;
        std::int64_t exp = 0;
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            bool expNegative = false;
            if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
                expNegative = s[i] == '-';
                ++i;
            }
            if (i >= s.size() || !isDigit(s[i]))
                return std::nullopt;
            for (; i < s.size() && isDigit(s[i]); ++i) {
                if (exp < 100000)
                    exp = exp * 10 + (s[i] - '0');
            }
            if (expNegative)
                exp = -exp;
        }
        if (i != s.size() || p.digits.size() > 100000)
            return std::nullopt;
        // digits were collected without leading zeros; a fraction's trailing digits still count in fractionDigits
        p.exponent = exp - fractionDigits;
        return p;
    }

    // value = digits x 10^(exponent + shift), rounded half-to-even to an integer
    std::optional<std::int64_t> toScaledInteger(const DecimalParts& p, std::int64_t shift)
    {
        if (p.digits.empty())
            return 0;
        const std::int64_t e = p.exponent + shift;
        const std::int64_t nDigits = static_cast<std::int64_t>(p.digits.size());
        if (nDigits + e > 19) // more than 19 integer digits never fits
            return std::nullopt;
        std::int64_t keep = e >= 0 ? nDigits : nDigits + e; // digits that form the integer part
        U128 value = 0;
        for (std::int64_t k = 0; k < keep; ++k)
            value = value * 10 + unsigned(p.digits[size_t(k)] - '0');
        for (std::int64_t k = 0; k < e; ++k)
            value *= 10;
        if (keep < 0)
            keep = 0;
        if (e < 0 && keep < nDigits) {
            // rounding: first dropped digit and whether anything non-zero follows it
            const std::int64_t first = nDigits + e; // index of the first dropped digit (may be negative: all dropped)
            int dropped = 0;
            bool sticky = false;
            if (first >= 0) {
                dropped = p.digits[size_t(first)] - '0';
                for (std::int64_t k = first + 1; k < nDigits && !sticky; ++k)
                    sticky = p.digits[size_t(k)] != '0';
            } else {
                dropped = 0; // the first dropped digit is an implicit leading zero
                sticky = true; // digits is non-empty and has no leading zero
            }
            if (dropped > 5 || (dropped == 5 && (sticky || (value & 1))))
                ++value;
        }
        const U128 limit = p.negative ? U128(std::numeric_limits<std::int64_t>::max()) + 1
                                      : U128(std::numeric_limits<std::int64_t>::max());
        if (value > limit)
            return std::nullopt;
        if (p.negative)
            return value == limit ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(value);
        return static_cast<std::int64_t>(value);
    }

} // namespace

std::optional<std::int64_t> parseNanos(std::string_view text)
{
    // fast path, exact: up to 9 integer and 9 fraction digits, as costs are written ("0.0001842")
    if (!text.empty() && text.size() <= 19) {
        size_t i = 0;
        std::int64_t whole = 0;
        for (; i < text.size() && i < 9 && isDigit(text[i]); ++i)
            whole = whole * 10 + (text[i] - '0');
        if (i > 0 && (i == text.size() || text[i] == '.')) {
            if (i == text.size())
                return whole * 1'000'000'000;
            const char* begin = text.data() + i + 1;
            const char* end = text.data() + text.size();
            std::int64_t fraction = 0;
            const char* stop = fractionNanos(begin, end, fraction);
            if (stop > begin && stop == end)
                return whole * 1'000'000'000 + fraction;
        }
    }
    const auto parts = split(text);
    if (!parts)
        return std::nullopt;
    return toScaledInteger(*parts, 9);
}

std::optional<std::int64_t> parseInteger(std::string_view text)
{
    // fast path: plain digits
    if (!text.empty() && text.size() <= 18) {
        std::int64_t v = 0;
        bool plain = true;
        for (char c : text) {
            if (!isDigit(c)) {
                plain = false;
                break;
            }
            v = v * 10 + (c - '0');
        }
        if (plain)
            return v;
    }
    const auto parts = split(text);
    if (!parts)
        return std::nullopt;
    if (!parts->digits.empty()) {
        // whole numbers only: no significant digit may sit after the decimal point
        const std::int64_t nDigits = static_cast<std::int64_t>(parts->digits.size());
        for (std::int64_t k = nDigits + parts->exponent; k < nDigits; ++k) {
            if (k >= 0 && parts->digits[size_t(k)] != '0')
                return std::nullopt;
        }
        if (nDigits + parts->exponent <= 0)
            return std::nullopt;
    }
    return toScaledInteger(*parts, 0);
}

namespace {

    /** The decimal digits of v at p (without a sign); returns their end. */
    char* writeDigits(char* p, U128 v)
    {
        if (v <= std::numeric_limits<std::uint64_t>::max())
            return std::to_chars(p, p + 20, std::uint64_t(v)).ptr;
        char digits[40];
        int n = 0;
        while (v != 0) {
            digits[n++] = char('0' + int(v % 10));
            v /= 10;
        }
        while (n > 0)
            *p++ = digits[--n];
        return p;
    }

    U128 magnitude(Sum v)
    {
        return v < 0 ? U128(0) - U128(v) : U128(v);
    }

} // namespace

std::optional<Sum> parseSum(std::string_view text)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    U128 v = 0;
    for (char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        if (__builtin_mul_overflow(v, U128(10), &v) || __builtin_add_overflow(v, U128(c - '0'), &v))
            return std::nullopt;
    }
    const U128 limit = (U128(1) << 127) - (negative ? 0 : 1);
    if (v > limit)
        return std::nullopt;
    return negative ? Sum(U128(0) - v) : Sum(v);
}

size_t formatInteger(Sum value, char* out)
{
    char* p = out;
    if (value < 0)
        *p++ = '-';
    return size_t(writeDigits(p, magnitude(value)) - out);
}

QString formatIntegerQString(Sum value)
{
    char text[kMaxIntegerText];
    return QString::fromLatin1(text, qsizetype(formatInteger(value, text)));
}

size_t formatNanos(Sum nanos, char* out)
{
    if (nanos == 0) {
        out[0] = '0';
        return 1;
    }
    const U128 m = magnitude(nanos);
    char* p = out;
    if (nanos < 0)
        *p++ = '-';
    p = writeDigits(p, m / 1000000000U);
    auto fraction = std::uint64_t(m % 1000000000U);
    if (fraction != 0) {
        char digits[9];
        for (int i = 8; i >= 0; --i) {
            digits[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        int len = 9;
        while (len > 0 && digits[len - 1] == '0')
            --len;
        *p++ = '.';
        std::memcpy(p, digits, size_t(len));
        p += len;
    }
    return size_t(p - out);
}

std::string formatNanos(Sum nanos)
{
    char text[kMaxNanosText];
    return std::string(text, formatNanos(nanos, text));
}

QString formatNanosQString(Sum nanos)
{
    return QString::fromLatin1(formatNanos(nanos));
}

} // namespace Usage::Decimal
