// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace Usage::Pricing {

/** "2025-06-10" as its UTC midnight in epoch ms; nullopt when not a valid YYYY-MM-DD date. */
std::optional<std::int64_t> parseStartDate(std::string_view text);

/** "16:30:00Z", "00:30", "16:30:00.5" as ms since UTC midnight; nullopt when not a valid time of day. */
std::optional<int> parseTimeOfDay(std::string_view text);

} // namespace Usage::Pricing
