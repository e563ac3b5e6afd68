// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestrecord.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace Usage::RecordBounds {

/** Largest token count a record may hold: 2^53, the largest a JSON number carries exactly. */
inline constexpr std::int64_t kMaxTokens = std::int64_t(1) << 53;
/** Largest cost a record may hold: 1,000,000 USD, in nano-USD. */
inline constexpr std::int64_t kMaxCostNanos = std::int64_t(1'000'000) * 1'000'000'000;

/** The reason a record that is not within() bounds is invalid: "field: reason". */
std::string describe(const RequestRecord& r);

/**
 * True when the record's figures are within bounds (0 to 2^53 tokens, 0 to 1,000,000 USD). A NUL in an id is kept
 * (ClickHouse keeps it too); the CSV export writes it as U+FFFD. Negative values read as huge unsigned ones, so the
 * common case is one OR and two compares.
 */
inline bool within(const RequestRecord& r)
{
    const std::uint64_t tokens = std::uint64_t(r.promptTokens) | std::uint64_t(r.completionTokens)
        | std::uint64_t(r.cacheReadTokens) | std::uint64_t(r.cacheWriteTokens) | std::uint64_t(r.reasoningTokens);
    return tokens <= std::uint64_t(kMaxTokens) && std::uint64_t(r.costNanos) <= std::uint64_t(kMaxCostNanos);
}

} // namespace Usage::RecordBounds
