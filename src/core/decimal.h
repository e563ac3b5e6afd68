// SPDX-License-Identifier: MIT
#pragma once

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

/** Parses a whole number ("123", "-4"; also "12.0" and "1e3" when the value is whole). */
std::optional<std::int64_t> parseInteger(std::string_view text);

/** The shortest decimal text that is exactly nanos / 1e9: no exponent, at most 9 decimals, "0" for zero. */
std::string formatNanos(std::int64_t nanos);
/** formatNanos() into out, which holds kMaxNanosText bytes; returns the length. */
constexpr size_t kMaxNanosText = 32;
size_t formatNanos(std::int64_t nanos, char* out);
QString formatNanosQString(std::int64_t nanos);

} // namespace Usage::Decimal
