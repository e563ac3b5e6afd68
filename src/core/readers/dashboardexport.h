// SPDX-License-Identifier: MIT
#pragma once

#include "core/readers/csvreaderbase.h"

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

} // namespace DashboardExport

/** The Requests-page export as JSON Lines (one MappedLLMRequest per line, no trailing newline). */
class DashboardJsonlReader final : public FormatReader
{
public:
    explicit DashboardJsonlReader(ReaderOptions options);
    QString formatName() const override { return QStringLiteral("dashboard-jsonl"); }
    SplitResult split(std::string_view buffer, bool atEof) override { return splitAtLastNewline(buffer, atEof); }
    void parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const override;

private:
    ReaderOptions m_options;
};

/** The Requests-page export as CSV (Papa Parse: quotes only where needed, CRLF; heliconeMetadata one JSON cell). */
class DashboardCsvReader final : public CsvReaderBase
{
public:
    explicit DashboardCsvReader(ReaderOptions options);
    QString formatName() const override { return QStringLiteral("dashboard-csv"); }

protected:
    std::string mapHeader(const std::vector<std::string_view>& header) override;
    std::string convert(
        const std::vector<std::string_view>& fields, RequestRecord& record, Scratch& scratch) const override;

private:
    ReaderOptions m_options;
    int m_model = -1;
    int m_metadata = -1;
};

} // namespace Usage
