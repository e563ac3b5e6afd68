// SPDX-License-Identifier: MIT
#pragma once

#include "core/readers/rowreaders.h"

#include <optional>
#include <simdjson.h>

namespace Usage {

/**
 * Dumps of the ClickHouse table request_response_rmt: user_id ('' when unset), model, provider, token columns,
 * cost as integer nano-USD (the engine's own unit), request_created_at as 'YYYY-MM-DD HH:MM:SS.mmm' UTC,
 * updated_at, properties as a map. 64-bit integers may be JSON strings.
 */
namespace ClickHouseDump {
    /** True when the text names user_id and request_created_at but not request_user_id. */
    bool looksLike(std::string_view text);
    /** Looks up key in a ClickHouse Map as CSV writes it: {'k':'v','k2':'v2'} (backslash escapes). */
    std::optional<std::string> mapValue(std::string_view map, std::string_view key, bool& error);

    /** request_response_rmt as JSONEachRow: a row's fields by name. */
    struct JsonRows
    {
        static QString formatName() { return QStringLiteral("clickhouse-jsoneachrow"); }
        static std::string readRow(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
            const ReaderOptions& options, RequestRecord& record);
    };

    /** request_response_rmt as CSVWithNames (\N for NULL): the columns by the header's names. */
    class CsvColumns
    {
    public:
        static QString formatName() { return QStringLiteral("clickhouse-csvwithnames"); }
        std::string mapHeader(const std::vector<std::string_view>& header);
        std::string convert(const std::vector<std::string_view>& fields, const ReaderOptions& options,
            RequestRecord& record, CsvReaderBase::Scratch& scratch) const;

    private:
        int m_created = -1, m_user = -1, m_model = -1, m_provider = -1, m_prompt = -1, m_completion = -1,
            m_cacheRead = -1, m_cacheWrite = -1, m_reasoning = -1, m_cost = -1, m_requestId = -1, m_updated = -1,
            m_properties = -1;
    };
} // namespace ClickHouseDump

using ClickHouseJsonReader = JsonLinesReader<ClickHouseDump::JsonRows>;
using ClickHouseCsvReader = CsvReader<ClickHouseDump::CsvColumns>;
extern template class JsonLinesReader<ClickHouseDump::JsonRows>;
extern template class CsvReader<ClickHouseDump::CsvColumns>;

} // namespace Usage
