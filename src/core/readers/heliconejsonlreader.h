// SPDX-License-Identifier: MIT
#pragma once

#include "../formatreader.h"

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
};

/** Calls f(lineIndex, begin, length) for every line of a chunk that holds more than white space. */
template<typename F>
void forEachNonBlankLine(const Chunk& chunk, F&& f)
{
    const char* p = chunk.data;
    const char* end = chunk.data + chunk.size;
    std::int64_t line = 0;
    while (p < end) {
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

} // namespace Usage
