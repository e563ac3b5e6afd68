// SPDX-License-Identifier: MIT
#include "core/readers/heliconejsonlreader.h"

#include "core/readers/heliconerequest.h"

#include <cstring>

namespace Usage {

HeliconeJsonlReader::HeliconeJsonlReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

void HeliconeJsonlReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    parseJsonLines(chunk, sink, report,
        [this](auto& parser, const char* begin, size_t length, size_t capacity, RequestRecord& record) {
            return HeliconeRequest::parse(parser, begin, length, capacity, m_options, record);
        });
}

} // namespace Usage
