// SPDX-License-Identifier: MIT
#pragma once

#include "core/readers/csvreaderbase.h"
#include "core/readers/heliconejsonlreader.h"

#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/**
 * A JSON Lines reader of one format, which says only how it reads a row: Format::formatName() and
 * Format::readRow(parser, begin, length, capacity, options, record), empty for a record or the reason to skip it.
 */
template <typename Format> class JsonLinesReader final : public FormatReader
{
public:
    explicit JsonLinesReader(ReaderOptions options)
        : m_options(std::move(options))
    {
    }
    QString formatName() const override { return Format::formatName(); }
    SplitResult split(std::string_view buffer, bool atEof) override { return splitAtLastNewline(buffer, atEof); }
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override
    {
        parseJsonLines(chunk, sink, report,
            [this](auto& parser, const char* begin, size_t length, size_t capacity, RequestRecord& record) {
                return Format::readRow(parser, begin, length, capacity, m_options, record);
            });
    }

private:
    ReaderOptions m_options;
};

/**
 * A CSV reader of one format, which says only how it finds its columns and reads a record: Format::formatName(),
 * format.mapHeader(header) (an error when a required column is missing) and
 * format.convert(fields, options, record, scratch) (empty for a record or the reason to skip it).
 */
template <typename Format> class CsvReader final : public CsvReaderBase
{
public:
    explicit CsvReader(ReaderOptions options)
        : m_options(std::move(options))
    {
    }
    QString formatName() const override { return Format::formatName(); }

protected:
    std::string mapHeader(const std::vector<std::string_view>& header) override { return m_format.mapHeader(header); }
    std::string convert(
        const std::vector<std::string_view>& fields, RequestRecord& record, Scratch& scratch) const override
    {
        return m_format.convert(fields, m_options, record, scratch);
    }

private:
    ReaderOptions m_options;
    Format m_format;
};

} // namespace Usage
