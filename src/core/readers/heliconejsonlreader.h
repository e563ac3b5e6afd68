// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"
#include "core/readers/heliconerequest.h"
#include "core/readers/recordbounds.h"
#include "core/requestrecord.h"

#include <simdjson.h>
#include <string>

namespace Usage {

/** Helicone request records (HeliconeRequest), one JSON object per line. */
class HeliconeJsonlReader final : public FormatReader
{
public:
    explicit HeliconeJsonlReader(ReaderOptions options);

    QString formatName() const override { return QStringLiteral("helicone-jsonl"); }
    SplitResult split(std::string_view buffer, bool atEof) override { return splitAtLastNewline(buffer, atEof); }
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override;

private:
    ReaderOptions m_options;
    HeliconeRequest::FallbackLog m_fallbackLog;
};

/** Calls f(lineIndex, begin, length) for every line of a chunk that holds more than white space. */
template <typename F> void forEachNonBlankLine(const Chunk& chunk, F&& f)
{
    const char* p = chunk.data;
    const char* end = chunk.data + chunk.size;
    // the chunk is read once, front to back, from memory the hardware prefetcher does not follow across pages:
    // it is asked for a little ahead
    const char* prefetched = p;
    std::int64_t line = 0;
    while (p < end) {
        for (const char* ahead = p + 4096; prefetched < ahead; prefetched += 64)
            __builtin_prefetch(prefetched);
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* b = p;
        while (b < lineEnd && (*b == ' ' || *b == '\t' || *b == '\r'))
            ++b;
        if (b < lineEnd)
            f(line, b, size_t(lineEnd - b));
        ++line;
        p = nl ? nl + 1 : end;
    }
}

/**
 * The parse() of every JSON Lines reader: each non-blank line through readRow(parser, begin, length, capacity,
 * record), which returns an empty string for a record and the reason otherwise; records go to sink, reasons to
 * report with their line.
 */
template <typename ReadRow>
void parseJsonLines(const Chunk& chunk, RecordSink& sink, ChunkReport& report, ReadRow&& readRow)
{
    simdjson::ondemand::parser parser;
    RequestRecord record;
    const char* bufferEnd = chunk.data + chunk.size + Chunk::kPadding;
    forEachNonBlankLine(chunk, [&](std::int64_t line, const char* begin, size_t length) {
        std::string error = readRow(parser, begin, length, size_t(bufferEnd - begin), record);
        if (error.empty() && !RecordBounds::within(record))
            error = RecordBounds::describe(record);
        if (error.empty())
            sink.add(record);
        else
            report.skip(line, std::move(error));
    });
}

} // namespace Usage
