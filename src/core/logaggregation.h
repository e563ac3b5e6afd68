// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace Usage {

struct AggregateOptions
{
    int threads = 0; ///< worker threads; 0: one per core
    const std::atomic<bool>* cancel = nullptr; ///< checked between chunks and by workers
    /** Called from the reading thread with bytes consumed and bytes in all (files' sizes on disk). */
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    size_t blockSize = size_t(1) << 21; ///< bytes read at a time
    /**
     * Plain (uncompressed) files of at least this many bytes are mapped into memory instead of copied by read().
     * SIZE_MAX (the default): always read, which bench/ measured faster (reused buffers stay in the caches, no page
     * faults): 1.25 s of CPU against 2.0 s on 1 GB of short records, 0.72 s against 1.15 s on long ones.
     */
    size_t mapThreshold = SIZE_MAX;
    /**
     * Count each request_id once (the copy with the newest updated_at, then the one read last). Needs memory for
     * every request (about 100 bytes each) until all files are read.
     */
    bool dedupe = false;
    /**
     * Called on the calling thread as a phase ends: "read" (every file read and the workers' figures merged), then
     * "rows" (the result's rows built). For the command line's --stats.
     */
    std::function<void(const char* phase)> phaseDone;
    /** Without dedupe: how many request ids repeat, counted on up to this many ids (8 bytes each); 0: never. */
    size_t maxTrackedIds = size_t(4) << 20;
    /** Longest record (line, CSV record or array element) in bytes; a longer one ends its file with an error. */
    size_t maxRecordSize = kDefaultMaxRecordSize;
    static constexpr size_t kDefaultMaxRecordSize = size_t(64) << 20;
};

struct AggregateOutcome
{
    UsageResult result;
    bool cancelled = false;
    /** True when at least one file could not be read or held no recognisable records. */
    bool failed() const { return !result.errors.isEmpty(); }
};

/**
 * Reads log files (any format detectFormat() knows) and aggregates them into one result, streaming with memory
 * that does not grow with the files, on several threads. The result is the same for any thread count.
 */
AggregateOutcome aggregateFiles(const QStringList& files, const UsageQuery& query, const AggregateOptions& options);

} // namespace Usage
