// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Usage::Decimal {

/**
 * Parses a decimal number in USD ("0.0123", "1e-05", "-2.5E+3") exactly and returns it in integer nano-USD,
 * rounded half-to-even at the ninth decimal. nullopt when the text is not a number or does not fit 64 bits.
 */
std::optional<std::int64_t> parseNanos(std::string_view text);

/**
 * The fraction that the 1 to 9 digits at p (before end) write, in nanos ("25" after the point: 250000000), and
 * where they stop (after the ninth at most); p itself when there is no digit. The short path of parseNanos() and
 * of the JSON fast path's numbers.
 */
inline const char* fractionNanos(const char* p, const char* end, std::int64_t& nanos)
{
    static constexpr std::int64_t kScale[10] = { 1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000, 10'000,
        1'000, 100, 10, 1 };
    const char* q = p;
    std::int64_t fraction = 0;
    while (q < end && q - p < 9 && *q >= '0' && *q <= '9')
        fraction = fraction * 10 + (*q++ - '0');
    nanos = fraction * kScale[q - p];
    return q;
}

/** Parses a whole number ("123", "-4"; also "12.0" and "1e3" when the value is whole). */
std::optional<std::int64_t> parseInteger(std::string_view text);

/** The shortest decimal text that is exactly nanos / 1e9: no exponent, at most 9 decimals, "0" for zero. */
std::string formatNanos(Sum nanos);
/** formatNanos() into out, which holds kMaxNanosText bytes; returns the length. */
constexpr size_t kMaxNanosText = 48;
size_t formatNanos(Sum nanos, char* out);
QString formatNanosQString(Sum nanos);

/** Parses an optional '-' and decimal digits into a 128-bit total; nullopt when it is anything else or too large. */
std::optional<Sum> parseSum(std::string_view text);

/** The exact decimal text of a 128-bit total ("-12", "170141183460469231731687303715884105727"). */
constexpr size_t kMaxIntegerText = 48;
size_t formatInteger(Sum value, char* out);
QString formatIntegerQString(Sum value);

} // namespace Usage::Decimal
