// SPDX-License-Identifier: MIT
#pragma once

#include "core/csvparse.h"
#include "core/formatreader.h"

#include <optional>

namespace Usage {

/**
 * The CSV of Helicone's export CLI: a header row and the fixed columns response_id, response_created_at,
 * response_status, request_created_at, request_body, request_properties, request_user_id, model, prompt_tokens,
 * completion_tokens, latency, cost. Every value is quoted; JSON cells have their quotes doubled twice.
 * Columns are found by name, so their order does not matter.
 */
class ExportCsvReader final : public FormatReader
{
public:
    explicit ExportCsvReader(ReaderOptions options);

    QString formatName() const override { return QStringLiteral("helicone-export-csv"); }
    bool hasCacheTokens() const override { return false; }
    SplitResult split(std::string_view buffer, bool atEof) override;
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override;

    /** True when the header line names the export CLI's columns. */
    static bool looksLike(std::string_view head);

private:
    ReaderOptions m_options;
    bool m_haveHeader = false;
    size_t m_columnCount = 0;
    std::uint64_t m_wanted = Csv::kAllFields; ///< the columns read (request_properties only when grouped by one)
    int m_created = -1, m_user = -1, m_model = -1, m_prompt = -1, m_completion = -1, m_cost = -1, m_properties = -1,
        m_provider = -1, m_requestId = -1;
};

} // namespace Usage
