// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/priceunits.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/** One price of a token type in 1e-18 USD per token: a base, and tiers chosen by the request's input tokens. */
struct TieredPrice
{
    struct Tier
    {
        std::int64_t start = 0; ///< the tier applies when the request's input tokens exceed this
        std::int64_t price = 0;
    };
    std::int64_t base = 0;
    std::vector<Tier> tiers; ///< ascending start

    std::int64_t at(std::int64_t inputTokens) const
    {
        std::int64_t price = base;
        for (const Tier& tier : tiers)
            if (inputTokens > tier.start)
                price = tier.price;
        return price;
    }
};

/** The prices of one entry; an absent field is "not set" (see the fallbacks in PriceBook). */
struct PriceSet
{
    std::optional<TieredPrice> input, output, cacheRead, cacheWrite, reasoning;
    std::optional<std::int64_t> perRequest; ///< 1e-18 USD added to each request (requests_kcount / 1000)
};

/** A price set with the constraint that says when it applies. */
struct DatedPrice
{
    static constexpr std::int64_t kNoStart = std::numeric_limits<std::int64_t>::min();
    std::int64_t startMs = kNoStart; ///< UTC midnight of start_date; kNoStart: the earliest
    int dayStartMs = -1; ///< time-of-day window [dayStartMs, dayEndMs) in UTC; -1: all day
    int dayEndMs = -1;
    PriceSet prices;

    bool hasStart() const { return startMs != kNoStart; }
    bool hasTimeOfDay() const { return dayStartMs >= 0; }
};

/** A model entry of a price source: who it is and its price history. */
struct ModelPrices
{
    QString source; ///< "built-in" or the price file's name
    QString providerId; ///< empty when the entry applies to any provider
    QString modelId; ///< the entry's id (genai-prices), key (LiteLLM) or model text (overrides)
    QString matchText; ///< the match rule, e.g. "or(equals:o3,equals:o3-2025-04-16)"
    std::vector<DatedPrice> history;
};

/** What PriceBook::lookup() returns: the entry and the dated prices that apply at the asked time. */
struct PriceMatch
{
    QString source;
    QString providerId;
    QString modelId;
    QString matchText;
    std::optional<std::int64_t> startMs; ///< none: the entry has no start date
    PriceSet prices;
};

/** The figures a request is priced from (Helicone's semantics: prompt excludes cached, completion reasoning). */
struct PricedRequest
{
    std::string_view provider; ///< as recorded; compared lower-cased
    std::string_view model; ///< model, else request_model, else response_model; empty: unpriced
    std::int64_t timeMs = 0; ///< UTC
    std::int64_t promptTokens = 0;
    std::int64_t completionTokens = 0;
    std::int64_t cacheReadTokens = 0;
    std::int64_t cacheWriteTokens = 0;
    std::int64_t reasoningTokens = 0;
};

/** What-if parameters of a pricing call; default constructed: each request at its own date, its own model. */
struct PricingOptions
{
    std::optional<std::int64_t> priceDateMs; ///< price on this UTC day (the request's own time of day is kept)
    std::map<std::string, std::string, std::less<>> modelSwaps; ///< model (exact text) -> model to price it as

    bool isDefault() const { return !priceDateMs && modelSwaps.empty(); }
    std::string_view effectiveModel(std::string_view model) const
    {
        const auto swap = modelSwaps.find(model);
        return swap == modelSwaps.end() ? model : std::string_view(swap->second);
    }
    std::int64_t effectiveTimeMs(std::int64_t timeMs) const
    {
        constexpr std::int64_t kDayMs = 86'400'000;
        if (!priceDateMs)
            return timeMs;
        const auto floorDay = [](std::int64_t ms) { return ms - ((ms % kDayMs) + kDayMs) % kDayMs; };
        return floorDay(*priceDateMs) + (timeMs - floorDay(timeMs));
    }
};

} // namespace Usage
