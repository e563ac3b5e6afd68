// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

namespace Usage::Pricing {

/**
 * The dated prices of history that apply at timeMs (UTC): among the entries whose time-of-day window holds, the
 * one with the latest start on or before timeMs (no start counts as the earliest; a time-of-day entry beats one
 * without at the same start); before every start, the earliest. nullptr when none applies.
 */
const DatedPrice* selectPrice(const std::vector<DatedPrice>& history, std::int64_t timeMs);

/**
 * The exact cost of request at prices, in 1e-18 USD: prompt x input + cache read x (cache read, else input) +
 * cache write x (cache write, else input) + completion x output + reasoning x (reasoning, else output) + the
 * per-request price; tiers are chosen by prompt + cache read + cache write. nullopt (unpriced) when tokens of a
 * type have neither their own nor the fallback price.
 */
std::optional<Atto> costOf(const PriceSet& prices, const PricedRequest& request);

} // namespace Usage::Pricing
