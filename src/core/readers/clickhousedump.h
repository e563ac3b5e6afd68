// SPDX-License-Identifier: MIT
#pragma once

#include "core/readers/csvreaderbase.h"

#include <optional>

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
} // namespace ClickHouseDump

/** request_response_rmt as JSONEachRow. */
class ClickHouseJsonReader final : public FormatReader
{
public:
    explicit ClickHouseJsonReader(ReaderOptions options);
    QString formatName() const override { return QStringLiteral("clickhouse-jsoneachrow"); }
    SplitResult split(std::string_view buffer, bool atEof) override { return splitAtLastNewline(buffer, atEof); }
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override;

private:
    ReaderOptions m_options;
};

/** request_response_rmt as CSVWithNames (\N for NULL). */
class ClickHouseCsvReader final : public CsvReaderBase
{
public:
    explicit ClickHouseCsvReader(ReaderOptions options);
    QString formatName() const override { return QStringLiteral("clickhouse-csvwithnames"); }

protected:
    std::string mapHeader(const std::vector<std::string_view>& header) override;
    std::string convert(
        const std::vector<std::string_view>& fields, RequestRecord& record, Scratch& scratch) const override;

private:
    ReaderOptions m_options;
    int m_created = -1, m_user = -1, m_model = -1, m_provider = -1, m_prompt = -1, m_completion = -1, m_cacheRead = -1,
        m_cacheWrite = -1, m_reasoning = -1, m_cost = -1, m_requestId = -1, m_updated = -1, m_properties = -1;
};

} // namespace Usage
