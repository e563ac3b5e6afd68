// SPDX-License-Identifier: MIT
#include "core/readers/recordbounds.h"

#include "core/decimal.h"

namespace Usage::RecordBounds {

std::string describe(const RequestRecord& r)
{
    const struct
    {
        const char* name;
        std::int64_t value;
    } tokens[] = { { "prompt_tokens", r.promptTokens }, { "completion_tokens", r.completionTokens },
        { "prompt_cache_read_tokens", r.cacheReadTokens }, { "prompt_cache_write_tokens", r.cacheWriteTokens },
        { "reasoning_tokens", r.reasoningTokens } };
    for (const auto& t : tokens) {
        if (t.value < 0)
            return std::string(t.name) + ": negative (" + std::to_string(t.value) + ")";
        if (t.value > kMaxTokens)
            return std::string(t.name) + ": " + std::to_string(t.value) + " exceeds 2^53";
    }
    if (r.costNanos < 0)
        return "cost: negative (" + Decimal::formatNanos(r.costNanos) + " USD)";
    if (r.costNanos > kMaxCostNanos)
        return "cost: " + Decimal::formatNanos(r.costNanos) + " USD exceeds 1,000,000 USD";
    return {};
}

} // namespace Usage::RecordBounds
