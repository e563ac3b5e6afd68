// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"
#include "core/usagequery.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace Usage::Requests {

/** One request of a group, as every source lists it. */
struct RequestRow
{
    QString requestId;
    std::int64_t createdMs = 0;
    QString userId; ///< empty: no user
    QString model;
    QString provider;
    std::int64_t promptTokens = 0;
    std::int64_t completionTokens = 0;
    std::int64_t cacheReadTokens = 0;
    std::int64_t cacheWriteTokens = 0;
    std::int64_t reasoningTokens = 0;
    std::optional<std::int64_t> recordedCostNanos; ///< nullopt: the source had no cost
    std::optional<std::int64_t> computedCostNanos; ///< from a price book, when one is in use; nullopt: unpriced
    QString priceSource; ///< the price entry of computedCostNanos, "unpriced"; empty without a price book
    CostBasis basis = CostBasis::Recorded; ///< which figure costNanos() is (the price book's setup)
    std::optional<std::int64_t> latencyMs;
    std::optional<int> status;
    QByteArray propertiesJson; ///< a JSON object, empty when the source has none
    std::int64_t updatedMs = 0; ///< for de-duplication; 0 when unknown

    /** The cost under basis, as the aggregation counts it (nullopt where it counts 0). */
    std::optional<std::int64_t> costNanos() const
    {
        switch (basis) {
        case CostBasis::Recorded:
            return recordedCostNanos;
        case CostBasis::Computed:
            return computedCostNanos;
        case CostBasis::Auto:
            return recordedCostNanos ? recordedCostNanos : computedCostNanos;
        }
        return recordedCostNanos;
    }
    std::int64_t totalTokens() const
    {
        return promptTokens + completionTokens + cacheReadTokens + cacheWriteTokens + reasoningTokens;
    }
};

enum class RequestSort { Cost, Time, Tokens, Latency };

/** "cost", "time", "tokens" or "latency"; nullopt otherwise. */
std::optional<RequestSort> requestSortFromString(const QString& text);

/** Which requests to list: those of one group value in the range. */
struct RequestsQuery
{
    std::optional<qint64> startMs; ///< inclusive, UTC epoch ms
    std::optional<qint64> endMs; ///< inclusive
    GroupBy groupBy; ///< user, model, provider or property
    QString groupValue; ///< empty: the records without a value (e.g. without a user id)
    RequestSort sort = RequestSort::Cost;
    int limit = 1000; ///< 0: all
    bool dedupe = false;
    std::shared_ptr<const PricingSetup> pricing; ///< prices each request when set (its book and basis)

    bool inRange(std::int64_t ms) const { return (!startMs || ms >= *startMs) && (!endMs || ms <= *endMs); }
};

} // namespace Usage::Requests
