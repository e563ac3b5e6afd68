// SPDX-License-Identifier: MIT
#pragma once

#include "core/csvparse.h"
#include "core/formatreader.h"
#include "core/readers/recordbounds.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/**
 * The record loop of the CSV readers: parses each record of chunk (unquoting only the wanted fields), skips blank
 * lines, reports malformed records and those without columnCount fields, and passes the others to
 * convert(fields, record), which fills the cleared record or returns why it is skipped; records within bounds go
 * to sink.
 */
template <typename Convert>
void forEachCsvRecord(const Chunk& chunk, size_t columnCount, std::uint64_t wanted, RecordSink& sink,
    ChunkReport& report, Convert&& convert)
{
    std::vector<std::string_view> fields;
    std::string cells;
    std::string error;
    const char* p = chunk.data;
    const char* end = chunk.data + chunk.size;
    LineCounter lines(chunk.data); // lines counted only for the records that report something
    RequestRecord record;
    while (p < end) {
        const char* start = p;
        const bool ok = Csv::parseRecord(p, end, fields, cells, &error, wanted);
        auto recordLine = [&] { return lines.lineOf(start); };
        if (!ok) {
            report.skip(recordLine(), "malformed CSV: " + error);
            continue;
        }
        if (fields.size() == 1 && fields[0].empty())
            continue; // blank line
        if (fields.size() != columnCount) {
            report.skip(recordLine(),
                "expected " + std::to_string(columnCount) + " fields, found " + std::to_string(fields.size()));
            continue;
        }
        record = RequestRecord {};
        if (std::string reason = convert(fields, record); !reason.empty()) {
            report.skip(recordLine(), std::move(reason));
            continue;
        }
        if (!RecordBounds::within(record)) {
            report.skip(recordLine(), RecordBounds::describe(record));
            continue;
        }
        sink.add(record);
    }
}

/**
 * Common ground of the CSV formats: a header row that names the columns, RFC 4180 records (quoted fields may
 * span lines), CRLF or LF. Subclasses map the header to columns once and turn each record's fields into a request.
 */
class CsvReaderBase : public FormatReader
{
public:
    /** Per-thread scratch space a format may use while converting a record. */
    struct Scratch
    {
        std::string text;
        std::string text2;
        void* parser = nullptr; ///< a simdjson parser, created on demand by JSON-cell readers
        ~Scratch();
    };
    /** Index of a header name, or -1. */
    static int column(const std::vector<std::string_view>& header, std::string_view name);

    SplitResult split(std::string_view buffer, bool atEof) final;
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const final;

protected:
    /** Looks up the columns in the header; returns an error text when a required one is missing. */
    virtual std::string mapHeader(const std::vector<std::string_view>& header) = 0;

    /** Fills record from fields (as many as the header has); returns an error text to skip the record. */
    virtual std::string convert(
        const std::vector<std::string_view>& fields, RequestRecord& record, Scratch& scratch) const = 0;

private:
    bool m_haveHeader = false;
    size_t m_columnCount = 0;
};

} // namespace Usage
