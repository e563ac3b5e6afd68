// SPDX-License-Identifier: MIT
#include "core/pricing/pricecalc.h"

namespace Usage::Pricing {

namespace {
    constexpr std::int64_t kDayMs = 86'400'000;

    bool inWindow(const DatedPrice& entry, std::int64_t timeMs)
    {
        if (!entry.hasTimeOfDay())
            return true;
        const std::int64_t ofDay = ((timeMs % kDayMs) + kDayMs) % kDayMs;
        if (entry.dayStartMs <= entry.dayEndMs)
            return ofDay >= entry.dayStartMs && ofDay < entry.dayEndMs;
        return ofDay >= entry.dayStartMs || ofDay < entry.dayEndMs; // a window across midnight
    }

    /** Whether a is preferred to b when both start at or before the request: later start, then time of day. */
    bool later(const DatedPrice& a, const DatedPrice& b)
    {
        if (a.startMs != b.startMs)
            return a.startMs > b.startMs;
        return a.hasTimeOfDay() && !b.hasTimeOfDay();
    }

    /** Adds tokens x price to sum; false when the price is missing for tokens that are there. */
    bool add(Atto& sum, std::int64_t tokens, const std::optional<TieredPrice>& own,
        const std::optional<TieredPrice>& fallback, std::int64_t inputTokens)
    {
        if (tokens == 0)
            return true;
        const std::optional<TieredPrice>& price = own ? own : fallback;
        if (!price)
            return false;
        sum += Atto(tokens) * Atto(price->at(inputTokens));
        return true;
    }
} // namespace

const DatedPrice* selectPrice(const std::vector<DatedPrice>& history, std::int64_t timeMs)
{
    const DatedPrice* best = nullptr;
    const DatedPrice* earliest = nullptr;
    for (const DatedPrice& entry : history) {
        if (!inWindow(entry, timeMs))
            continue;
        if (entry.startMs <= timeMs && (!best || later(entry, *best)))
            best = &entry;
        if (!earliest || entry.startMs < earliest->startMs
            || (entry.startMs == earliest->startMs && entry.hasTimeOfDay() && !earliest->hasTimeOfDay()))
            earliest = &entry;
    }
    return best ? best : earliest;
}

std::optional<Atto> costOf(const PriceSet& prices, const PricedRequest& request)
{
    const std::int64_t inputTokens = request.promptTokens + request.cacheReadTokens + request.cacheWriteTokens;
    Atto sum = prices.perRequest.value_or(0);
    const bool priced = add(sum, request.promptTokens, prices.input, std::nullopt, inputTokens)
        && add(sum, request.cacheReadTokens, prices.cacheRead, prices.input, inputTokens)
        && add(sum, request.cacheWriteTokens, prices.cacheWrite, prices.input, inputTokens)
        && add(sum, request.completionTokens, prices.output, std::nullopt, inputTokens)
        && add(sum, request.reasoningTokens, prices.reasoning, prices.output, inputTokens);
    if (!priced)
        return std::nullopt;
    return sum;
}

} // namespace Usage::Pricing
