// SPDX-License-Identifier: MIT
#pragma once

namespace Usage {

/**
 * Copies the five token counts (prompt, completion, cache read and write, reasoning) from one record-like type to
 * another: a read record, a listed request, a request to price, a record's totals.
 */
template <typename To, typename From> void copyTokenCounts(To& to, const From& from)
{
    to.promptTokens = from.promptTokens;
    to.completionTokens = from.completionTokens;
    to.cacheReadTokens = from.cacheReadTokens;
    to.cacheWriteTokens = from.cacheWriteTokens;
    to.reasoningTokens = from.reasoningTokens;
}

} // namespace Usage
