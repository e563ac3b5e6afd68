// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace Usage::Pricing {

/** An exact amount in units of 1e-18 USD: a request's cost and sums of costs. 128 bits: sums never overflow. */
__extension__ typedef __int128 Atto;

/** Decimal places between a price as written and the 1e-18 USD unit it is held in. */
enum class PriceScale : int {
    PerMillionTokens = 12, ///< "input_mtok": USD per million tokens
    PerToken = 18, ///< LiteLLM's "input_cost_per_token": USD per token
    PerThousandRequests = 15, ///< "requests_kcount": USD per 1,000 requests
};

/**
 * Reads a price from its decimal text ("2.5", "1.25e-06"), never through binary floating point, into 1e-18 USD
 * (per token, or per request for PerThousandRequests). nullopt with a reason in error when the text is not a
 * plain non-negative decimal, has more precision than 1e-18 USD (then tooPrecise is set), or exceeds 64 bits.
 */
std::optional<std::int64_t> parsePrice(
    std::string_view text, PriceScale scale, QString* error, bool* tooPrecise = nullptr);

/** The shortest decimal text of units at scale (the inverse of parsePrice(): "2.5" for 2.5e12 per mtok). */
QString formatPrice(std::int64_t units, PriceScale scale);

/** Rounds an exact amount to nano-USD, half to even: done once, when a cell is written. */
Atto roundToNanos(Atto amount);

} // namespace Usage::Pricing
