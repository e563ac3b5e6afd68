// SPDX-License-Identifier: MIT
#pragma once

#include "core/aggregator.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Usage {

/** 64-bit hash of a request id, for counting duplicates cheaply. */
std::uint64_t requestIdHash(std::string_view id);

/**
 * Keeps every request with a request_id until all files are read, so that each id counts once (the newest
 * updated_at wins, then the copy read last); requests without an id all count. One store per worker and file.
 */
class DedupeStore final : public RecordSink
{
public:
    explicit DedupeStore(std::shared_ptr<const AggregationSpec> spec);

    /** The position of the records that follow: they are numbered in order from here. */
    void beginChunk(std::uint32_t fileIndex, std::uint64_t chunkOffset);
    void add(const RequestRecord& record) override;

    std::int64_t recordsSeen() const { return m_withoutId.recordsSeen() + std::int64_t(m_entries.size()); }

    /** Adds the winning copy of every id in stores, and the requests without an id, to out. */
    static void resolve(
        std::vector<std::unique_ptr<DedupeStore>>& stores, Aggregator& out, std::int64_t& duplicatesDropped);

private:
    struct Entry
    {
        std::uint64_t keyLo, keyHi;
        std::int64_t updatedMs;
        std::uint64_t chunkOffset;
        std::uint32_t fileIndex, index;
        std::uint32_t user, model, provider, property; // interned strings
        RecordFigures figures;
    };
    std::uint32_t intern(std::string_view s);

    std::shared_ptr<const AggregationSpec> m_spec;
    Aggregator m_withoutId;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_stringIndex;
    std::vector<std::string> m_strings;
    std::uint32_t m_fileIndex = 0;
    std::uint64_t m_chunkOffset = 0;
    std::uint32_t m_next = 0;
};

} // namespace Usage
