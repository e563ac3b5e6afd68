// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace Usage {

/**
 * One request as a reader hands it to the aggregator. The views point into the reader's buffers and are valid
 * only during the call that receives the record, unless viewsLastForChunk says they last longer.
 */
struct RequestRecord
{
    std::string_view userId; ///< empty: no user
    std::string_view model;
    std::string_view provider;
    std::string_view property; ///< value of the query's group-by property, empty when absent
    std::string_view requestId;
    std::string_view updatedAt; ///< as written in the file (for de-duplication); empty when absent
    std::int64_t createdMs = 0;
    std::int64_t promptTokens = 0;
    std::int64_t completionTokens = 0;
    std::int64_t cacheReadTokens = 0;
    std::int64_t cacheWriteTokens = 0;
    std::int64_t reasoningTokens = 0;
    std::int64_t costNanos = 0;
    bool hasCost = false; ///< false when the cost was null or absent: counted as "without cost"
    /// the views point into the chunk being read and stay valid until its end (not into a parser's scratch space)
    bool viewsLastForChunk = false;
};

/**
 * The figures of a record without its strings: what the stores that keep records for later copy (the parcels
 * between workers, the de-duplication store).
 */
struct RecordFigures
{
    std::int64_t createdMs = 0;
    std::int64_t promptTokens = 0;
    std::int64_t completionTokens = 0;
    std::int64_t cacheReadTokens = 0;
    std::int64_t cacheWriteTokens = 0;
    std::int64_t reasoningTokens = 0;
    std::int64_t costNanos = 0;
    bool hasCost = false;

    static RecordFigures of(const RequestRecord& r)
    {
        return {r.createdMs,        r.promptTokens,    r.completionTokens, r.cacheReadTokens,
                r.cacheWriteTokens, r.reasoningTokens, r.costNanos,        r.hasCost};
    }
    void copyTo(RequestRecord& r) const
    {
        r.createdMs = createdMs;
        r.promptTokens = promptTokens;
        r.completionTokens = completionTokens;
        r.cacheReadTokens = cacheReadTokens;
        r.cacheWriteTokens = cacheWriteTokens;
        r.reasoningTokens = reasoningTokens;
        r.costNanos = costNanos;
        r.hasCost = hasCost;
    }
};

/** Receives records from a reader. */
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void add(const RequestRecord& record) = 0;
};

} // namespace Usage
