// SPDX-License-Identifier: MIT
#pragma once

#include "core/readers/rowreaders.h"

#include <simdjson.h>

namespace Usage {

/**
 * The web dashboard's Requests-page export: MappedLLMRequest rows whose figures sit inside heliconeMetadata
 * (user, promptTokens, completionTokens, promptCacheReadTokens, promptCacheWriteTokens, reasoningTokens, cost in USD,
 * createdAt, provider, customProperties, requestId); the model is the row's own "model".
 */
namespace DashboardExport {

    /** Reads a heliconeMetadata object into record (all but the model). Returns a reason to skip, or empty. */
    std::string readMetadata(simdjson::ondemand::value metadata, const ReaderOptions& options, RequestRecord& record);

    /** True when the text names the heliconeMetadata key. */
    bool looksLike(std::string_view text);

    /** The Requests-page export as JSON Lines (one MappedLLMRequest per line, no trailing newline). */
    struct JsonRows
    {
        static QString formatName() { return QStringLiteral("dashboard-jsonl"); }
        static std::string readRow(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
            const ReaderOptions& options, RequestRecord& record);
    };

    /** The Requests-page export as CSV (Papa Parse: quotes only where needed, CRLF; heliconeMetadata one JSON cell). */
    class CsvColumns
    {
    public:
        static QString formatName() { return QStringLiteral("dashboard-csv"); }
        std::string mapHeader(const std::vector<std::string_view>& header);
        std::string convert(const std::vector<std::string_view>& fields, const ReaderOptions& options,
            RequestRecord& record, CsvReaderBase::Scratch& scratch) const;

    private:
        int m_model = -1;
        int m_metadata = -1;
    };

} // namespace DashboardExport

using DashboardJsonlReader = JsonLinesReader<DashboardExport::JsonRows>;
using DashboardCsvReader = CsvReader<DashboardExport::CsvColumns>;
extern template class JsonLinesReader<DashboardExport::JsonRows>;
extern template class CsvReader<DashboardExport::CsvColumns>;

} // namespace Usage
