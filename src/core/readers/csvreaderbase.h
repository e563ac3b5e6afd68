// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"

#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/**
 * Common ground of the CSV formats: a header row that names the columns, RFC 4180 records (quoted fields may
 * span lines), CRLF or LF. Subclasses map the header to columns once and turn each record's fields into a request.
 */
class CsvReaderBase : public FormatReader
{
public:
    SplitResult split(std::string_view buffer, bool atEof) final;
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const final;

protected:
    /** Looks up the columns in the header; returns an error text when a required one is missing. */
    virtual std::string mapHeader(const std::vector<std::string_view>& header) = 0;

    /** Per-thread scratch space a subclass may use while converting a record. */
    struct Scratch
    {
        std::string text;
        std::string text2;
        void* parser = nullptr; ///< a simdjson parser, created on demand by JSON-cell readers
        ~Scratch();
    };
    /** Fills record from fields (as many as the header has); returns an error text to skip the record. */
    virtual std::string convert(
        const std::vector<std::string_view>& fields, RequestRecord& record, Scratch& scratch) const = 0;

    /** Index of a header name, or -1. */
    static int column(const std::vector<std::string_view>& header, std::string_view name);

private:
    bool m_haveHeader = false;
    size_t m_columnCount = 0;
};

} // namespace Usage
