// SPDX-License-Identifier: MIT
#include "models/totalsvalue.h"

#include "models/usagecolumn.h"

namespace TotalsValue {

std::optional<qint64> of(int column, const Usage::Totals& t)
{
    switch (column) {
    case UsageColumn::Requests:
        return t.requests;
    case UsageColumn::PromptTokens:
        return t.promptTokens;
    case UsageColumn::CompletionTokens:
        return t.completionTokens;
    case UsageColumn::TotalTokens:
        return t.totalTokens();
    case UsageColumn::Cost:
        return t.costNanos;
    case UsageColumn::RequestsWithoutCost:
        return t.requestsWithoutCost;
    case UsageColumn::CacheReadTokens:
        return t.cacheReadTokens;
    case UsageColumn::CacheWriteTokens:
        return t.cacheWriteTokens;
    case UsageColumn::ReasoningTokens:
        return t.reasoningTokens;
    default:
        return std::nullopt;
    }
}

double costPerRequest(const Usage::Totals& t)
{
    return t.requests > 0 ? double(t.costNanos) / double(t.requests) : 0.0;
}

} // namespace TotalsValue
