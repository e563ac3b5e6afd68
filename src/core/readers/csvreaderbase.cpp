// SPDX-License-Identifier: MIT
#include "core/readers/csvreaderbase.h"

#include "core/csvparse.h"
#include "core/readers/recordbounds.h"

#include <algorithm>
#include <cstring>
#include <simdjson.h>

namespace Usage {

CsvReaderBase::Scratch::~Scratch()
{
    delete static_cast<simdjson::ondemand::parser*>(parser);
}

int CsvReaderBase::column(const std::vector<std::string_view>& header, std::string_view name)
{
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : int(it - header.begin());
}

SplitResult CsvReaderBase::split(std::string_view buffer, bool atEof)
{
    SplitResult r;
    if (!m_haveHeader) {
        const char* p = buffer.data();
        const char* end = p + buffer.size();
        const size_t boundary = Csv::lastRecordBoundary(buffer);
        if (boundary == 0 && !atEof)
            return r; // wait for the whole header
        std::vector<std::string_view> header;
        std::string scratch;
        std::string error;
        if (!Csv::parseRecord(p, end, header, scratch, &error)) {
            r.fatalOffset = 0;
            r.fatalReason = "malformed CSV header: " + error;
            return r;
        }
        if (std::string missing = mapHeader(header); !missing.empty()) {
            r.fatalOffset = 0;
            r.fatalReason = missing;
            return r;
        }
        m_columnCount = header.size();
        m_haveHeader = true;
        const size_t headerSize = size_t(p - buffer.data());
        SplitResult rest = split(buffer.substr(headerSize), atEof);
        rest.skip = headerSize;
        rest.consumed += headerSize;
        return rest;
    }
    r.consumed = atEof ? buffer.size() : Csv::lastRecordBoundary(buffer);
    return r;
}

void CsvReaderBase::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    std::vector<std::string_view> fields;
    std::string cells;
    std::string error;
    Scratch scratch;
    const char* p = chunk.data;
    const char* end = chunk.data + chunk.size;
    LineCounter lines(chunk.data); // lines counted only for the records that report something
    RequestRecord record;
    while (p < end) {
        const char* start = p;
        const bool ok = Csv::parseRecord(p, end, fields, cells, &error);
        auto recordLine = [&] { return lines.lineOf(start); };
        if (!ok) {
            report.skip(recordLine(), "malformed CSV: " + error);
            continue;
        }
        if (fields.size() == 1 && fields[0].empty())
            continue; // blank line
        if (fields.size() != m_columnCount) {
            report.skip(recordLine(),
                "expected " + std::to_string(m_columnCount) + " fields, found " + std::to_string(fields.size()));
            continue;
        }
        record = RequestRecord {};
        if (std::string reason = convert(fields, record, scratch); !reason.empty()) {
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

} // namespace Usage
