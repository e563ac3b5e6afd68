// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/** The columns of the usage table, shared by the table, its totals line, the filter and the sort. */
namespace UsageColumn {

enum Column {
    Id,
    Requests,
    PromptTokens,
    CompletionTokens,
    TotalTokens,
    Cost,
    CostShare,
    CostPerRequest,
    RequestsWithoutCost,
    CacheReadTokens,
    CacheWriteTokens,
    ReasoningTokens,
    FirstRequest,
    LastRequest,
    PreviousRequests, ///< the comparison columns: shown only when the result has a comparison
    PreviousCost,
    CostChange,
    CostChangeRatio,
    CountChange,
    RecordedCost, ///< the price book's columns, when the result's pricing is enabled
    ComputedCost,
    CostDifference,
    UnpricedRequests,
    WhatIfCost, ///< the priced requests' cost under the what-if options (a price date, model swaps)
    Count
};

/** True for columns whose raw value is money in nano-USD (costs, previous cost, change, the price book's). */
bool isMoney(int column);
/** True for the columns of the comparison range and the change (PreviousRequests to CountChange). */
bool isComparison(int column);

} // namespace UsageColumn
