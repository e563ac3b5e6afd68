// SPDX-License-Identifier: MIT
#include "core/readers/exportcsvreader.h"

#include "core/csvparse.h"
#include "core/decimal.h"
#include "core/readers/csvidentity.h"
#include "core/readers/csvreaderbase.h"
#include "core/readers/jsonfields.h"
#include "core/timeparse.h"

#include <algorithm>
#include <cstring>
#include <simdjson.h>
#include <tuple>

namespace Usage {

ExportCsvReader::ExportCsvReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

bool ExportCsvReader::looksLike(std::string_view head)
{
    const size_t nl = head.find('\n');
    const std::string_view header = head.substr(0, nl);
    return header.find("request_created_at") != std::string_view::npos
        && header.find("request_user_id") != std::string_view::npos && header.find('{') == std::string_view::npos;
}

SplitResult ExportCsvReader::split(std::string_view buffer, bool atEof)
{
    SplitResult r;
    if (!m_haveHeader) {
        const char* p = buffer.data();
        const char* end = p + buffer.size();
        const char* nl = static_cast<const char*>(memchr(p, '\n', buffer.size()));
        if (!nl && !atEof)
            return r; // wait for the whole header
        std::vector<std::string_view> fields;
        std::string scratch;
        std::string error;
        if (!Csv::parseRecord(p, end, fields, scratch, &error)) {
            r.fatalOffset = 0;
            r.fatalReason = "malformed CSV header: " + error;
            return r;
        }
        auto column = [&](std::string_view name) {
            for (size_t i = 0; i < fields.size(); ++i) {
                if (fields[i] == name)
                    return int(i);
            }
            return -1;
        };
        m_columnCount = fields.size();
        m_created = column("request_created_at");
        m_user = column("request_user_id");
        m_model = column("model");
        m_prompt = column("prompt_tokens");
        m_completion = column("completion_tokens");
        m_cost = column("cost");
        m_properties = column("request_properties");
        m_provider = column("provider");
        m_requestId = column("request_id");
        if (m_created < 0) {
            r.fatalOffset = 0;
            r.fatalReason = "the CSV header has no request_created_at column";
            return r;
        }
        m_wanted = 0;
        for (const int c : { m_created, m_user, m_model, m_prompt, m_completion, m_cost, m_provider, m_requestId })
            m_wanted |= c >= 0 && c < 64 ? std::uint64_t(1) << c : 0;
        if (!m_options.property.empty() && m_properties >= 0 && m_properties < 64)
            m_wanted |= std::uint64_t(1) << m_properties;
        if (m_columnCount > 64)
            m_wanted = Csv::kAllFields;
        m_haveHeader = true;
        r.skip = size_t(p - buffer.data());
        buffer.remove_prefix(r.skip);
        SplitResult rest = split(buffer, atEof);
        rest.skip = r.skip;
        rest.consumed += r.skip;
        return rest;
    }
    r.consumed = atEof ? buffer.size() : Csv::lastRecordBoundary(buffer);
    return r;
}

void ExportCsvReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    simdjson::ondemand::parser parser;
    std::string propertiesJson;
    const char* end = chunk.data + chunk.size;
    forEachCsvRecord(chunk, m_columnCount, m_wanted, sink, report,
        [&](const std::vector<std::string_view>& fields, RequestRecord& r) -> std::string {
            auto cell = [&](int index) { return index >= 0 ? fields[size_t(index)] : std::string_view(); };
            if (std::string error = readIdentityCells(cell, { m_created, m_user, m_model, m_provider, m_requestId }, r);
                !error.empty())
                return error;
            // views into the chunk (no undoubled quotes in them) last until its end: the aggregator may look ahead
            auto inChunk = [&](std::string_view v) { return v.empty() || (v.data() >= chunk.data && v.data() < end); };
            r.viewsLastForChunk = inChunk(r.userId) && inChunk(r.model) && inChunk(r.provider) && inChunk(r.requestId);
            auto integer = [&](int index, std::int64_t& out) {
                const std::string_view v = cell(index);
                const auto parsed = v.empty() ? std::optional<std::int64_t>() : Decimal::parseInteger(v);
                if (parsed)
                    out = *parsed;
                return v.empty() || parsed;
            };
            if (!integer(m_prompt, r.promptTokens))
                return JsonFields::fieldError("prompt_tokens", "not a number");
            if (!integer(m_completion, r.completionTokens))
                return JsonFields::fieldError("completion_tokens", "not a number");
            if (const std::string_view cost = cell(m_cost); !cost.empty()) {
                const auto nanos = Decimal::parseNanos(cost);
                if (!nanos)
                    return "cost: not a number";
                r.costNanos = *nanos;
                r.hasCost = true;
            }
            if (!m_options.property.empty() && m_properties >= 0 && !cell(m_properties).empty()) {
                // JSON with its quotes doubled once more than CSV needs (the export CLI's escaping)
                std::string_view json = cell(m_properties);
                if (json.find("\"\"") != std::string_view::npos) {
                    propertiesJson = Csv::undoubleQuotes(json);
                } else {
                    propertiesJson.assign(json);
                }
                propertiesJson.append(simdjson::SIMDJSON_PADDING, ' ');
                simdjson::ondemand::document doc;
                simdjson::ondemand::value value;
                bool error = true;
                std::optional<std::string_view> v;
                if (!parser
                         .iterate(propertiesJson.data(), propertiesJson.size() - simdjson::SIMDJSON_PADDING,
                             propertiesJson.size())
                         .get(doc)
                    && !doc.get_value().get(value)) {
                    v = JsonFields::property(value, m_options.property, error);
                }
                if (error)
                    return "request_properties: not a JSON object";
                r.property = v.value_or(std::string_view());
                r.viewsLastForChunk = false; // the value lives in the parser
            }
            return {};
        });
}

} // namespace Usage
