// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace Usage::Time {

/**
 * Parses the timestamps found in Helicone data, fast and without allocation:
 * ISO 8601 "2025-01-15T10:20:30.123Z" (fraction of any length, truncated to milliseconds; "Z", "+02:00", "+0200"
 * or no zone, which means UTC) and ClickHouse's "2025-01-15 10:20:30.123" (UTC). Returns Unix epoch milliseconds.
 */
std::optional<std::int64_t> parseTimestampMs(std::string_view text);

/** Days since 1970-01-01 of a proleptic Gregorian date. */
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d);

/** Formats epoch ms as "2025-01-15T10:20:30.123Z". */
QString formatIsoUtc(std::int64_t ms);

/**
 * Parses a command-line bound: ISO 8601 (without a zone: UTC) or Unix seconds. A date alone ("2025-01-31") means
 * the start of that day, or its last millisecond when endOfDay is true.
 */
std::optional<std::int64_t> parseBoundMs(const QString& text, bool endOfDay);

} // namespace Usage::Time
