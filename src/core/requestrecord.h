// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace Usage {

/**
 * The figures of a request, without its strings: what the stores that keep records for later copy (the parcels
 * between workers, the de-duplication store) as they are.
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
    bool hasCost = false; ///< false when the cost was null or absent: counted as "without cost"
};

/**
 * One request as a reader hands it to the aggregator: its figures and its strings. The views point into the
 * reader's buffers and are valid only during the call that receives the record, unless viewsLastForChunk says
 * they last longer.
 */
struct RequestRecord : RecordFigures
{
    std::string_view userId; ///< empty: no user
    std::string_view model;
    std::string_view provider;
    std::string_view property; ///< value of the query's group-by property, empty when absent
    std::string_view requestId;
    std::string_view updatedAt; ///< as written in the file (for de-duplication); empty when absent
    /// the views point into the chunk being read and stay valid until its end (not into a parser's scratch space)
    bool viewsLastForChunk = false;

    const RecordFigures& figures() const { return *this; }
    RecordFigures& figures() { return *this; }
};

/** Receives records from a reader. */
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void add(const RequestRecord& record) = 0;
};

} // namespace Usage
