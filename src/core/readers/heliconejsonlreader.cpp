// SPDX-License-Identifier: MIT
#include "heliconejsonlreader.h"

#include "heliconerequest.h"

#include <cstring>

namespace Usage {

HeliconeJsonlReader::HeliconeJsonlReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

void HeliconeJsonlReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    simdjson::ondemand::parser parser;
    RequestRecord record;
    const char* bufferEnd = chunk.data + chunk.size + Chunk::kPadding;
    forEachNonBlankLine(chunk, [&](std::int64_t line, const char* begin, size_t length) {
        std::string error = HeliconeRequest::parse(parser, begin, length, size_t(bufferEnd - begin), m_options, record);
        if (error.empty())
            sink.add(record);
        else
            report.skip(line, std::move(error));
    });
}

} // namespace Usage
