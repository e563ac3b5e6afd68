// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestrecord.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/** What a reader needs to know about the query while it reads. */
struct ReaderOptions
{
    std::string property; ///< custom property to extract into RequestRecord::property; empty: none
};

/** A skipped record, with its position relative to the chunk it was found in. */
struct ChunkDiagnostic
{
    std::int64_t line = 0; ///< 0-based, within the chunk
    std::int64_t column = 0; ///< 1-based, 0 when not known
    std::string reason;
};

/** What parsing one chunk reported. */
struct ChunkReport
{
    std::int64_t skipped = 0;
    std::vector<ChunkDiagnostic> diagnostics; ///< the first ones only (see kMaxDiagnostics)
    /** A syntax error that ends the file (JSON array); records after it were not read. */
    std::optional<ChunkDiagnostic> fatal;

    void skip(std::int64_t line, std::string reason, std::int64_t column = 0);
};

/** A run of complete records, handed to a worker thread. */
struct Chunk
{
    const char* data = nullptr;
    size_t size = 0; ///< at least kPadding readable bytes follow data + size
    /** Record spans relative to data, when the splitter found them. */
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;

    static constexpr size_t kPadding = 64; ///< >= SIMDJSON_PADDING
};

/** Where the complete records of a buffer end, as found by FormatReader::split. */
struct SplitResult
{
    size_t consumed = 0; ///< bytes of complete records at the start of the buffer
    size_t skip = 0; ///< consumed bytes that hold no records (a header)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
    /** A structural error at this byte offset of the buffer: the file ends there. */
    std::optional<size_t> fatalOffset;
    std::string fatalReason;
};

/**
 * One log format. split() runs sequentially over the file's bytes (it may keep state, such as a CSV header);
 * parse() runs concurrently on chunks and must not change the reader.
 */
class FormatReader
{
public:
    virtual ~FormatReader() = default;

    /** Short, stable name of the format, e.g. "helicone-jsonl". */
    virtual QString formatName() const = 0;
    /** Whether the records carry cache and reasoning token counts. */
    virtual bool hasCacheTokens() const { return true; }
    /**
     * Called with the bytes not yet consumed (an incomplete record carried over, then new data). Returns how many
     * bytes at the start form complete records. With atEof, everything left must be consumed or be an error.
     */
    virtual SplitResult split(std::string_view buffer, bool atEof) = 0;
    /** Parses the records of a chunk into sink; skipped records go to report. Thread-safe. */
    virtual void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const = 0;
};

/** The newlines in the n bytes at b, 16 bytes at a time. */
std::int64_t countNewlines(const char* b, size_t n);

/** The line of a position in a chunk, counted only when asked (for records that report something). */
class LineCounter
{
public:
    explicit LineCounter(const char* begin)
        : m_counted(begin)
    {
    }
    /** The 0-based line of at, which is not before any position asked earlier. */
    std::int64_t lineOf(const char* at)
    {
        m_line += countNewlines(m_counted, size_t(at - m_counted));
        m_counted = at;
        return m_line;
    }

private:
    const char* m_counted;
    std::int64_t m_line = 0;
};

/** Splits at the last newline: for formats with one record per line. */
SplitResult splitAtLastNewline(std::string_view buffer, bool atEof);

} // namespace Usage
