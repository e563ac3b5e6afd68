// SPDX-License-Identifier: MIT
#include "core/readers/csvreaderbase.h"

#include "core/csvparse.h"

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
    Scratch scratch;
    forEachCsvRecord(chunk, m_columnCount, Csv::kAllFields, sink, report,
        [&](const std::vector<std::string_view>& fields, RequestRecord& record) {
            return convert(fields, record, scratch);
        });
}

} // namespace Usage
