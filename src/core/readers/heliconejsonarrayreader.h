// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"
#include "core/readers/heliconerequest.h"

namespace Usage {

/**
 * Helicone request records as one JSON array (the export CLI's "json" format: pretty-printed, possibly with a
 * trailing comma before the closing bracket). Streamed: the splitter finds element boundaries, workers parse them.
 * A syntax error ends the file.
 */
class HeliconeJsonArrayReader final : public FormatReader
{
public:
    explicit HeliconeJsonArrayReader(ReaderOptions options);

    QString formatName() const override { return QStringLiteral("helicone-json"); }
    SplitResult split(std::string_view buffer, bool atEof) override;
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override;

private:
    enum class State { BeforeArray, ExpectElement, AfterElement, AfterArray };
    ReaderOptions m_options;
    HeliconeRequest::FallbackLog m_fallbackLog;
    State m_state = State::BeforeArray;
};

} // namespace Usage
