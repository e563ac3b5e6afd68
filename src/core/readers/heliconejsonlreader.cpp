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
    bool fellBack = false;
    parseJsonLines(chunk, sink, report,
        [this, &fellBack](auto& parser, const char* begin, size_t length, size_t capacity, RequestRecord& record) {
            return HeliconeRequest::parse(parser, begin, length, capacity, m_options, record, &fellBack);
        });
    m_fallbackLog.note(formatName(), fellBack);
}

} // namespace Usage
