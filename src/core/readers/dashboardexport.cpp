// SPDX-License-Identifier: MIT
#include "core/readers/dashboardexport.h"

#include "core/readers/heliconejsonlreader.h"
#include "core/readers/jsonfields.h"
#include "core/timeparse.h"

namespace Usage {

using namespace simdjson;
using JsonFields::Read;

std::string DashboardExport::readMetadata(ondemand::value metadata, const ReaderOptions& options, RequestRecord& r)
{
    ondemand::object object;
    if (metadata.get_object().get(object))
        return "heliconeMetadata: not an object";
    bool haveCreated = false;
    const std::string error =
        JsonFields::eachField(object, [&](std::string_view key, ondemand::value& value, std::string& fail) {
            Read res = Read::Ok;
            const char* name = nullptr;
            if (key == "user") {
                res = JsonFields::string(value, r.userId);
                name = "heliconeMetadata.user";
            } else if (key == "promptTokens") {
                res = JsonFields::integer(value, r.promptTokens);
                name = "heliconeMetadata.promptTokens";
            } else if (key == "completionTokens") {
                res = JsonFields::integer(value, r.completionTokens);
                name = "heliconeMetadata.completionTokens";
            } else if (key == "promptCacheReadTokens") {
                res = JsonFields::integer(value, r.cacheReadTokens);
                name = "heliconeMetadata.promptCacheReadTokens";
            } else if (key == "promptCacheWriteTokens") {
                res = JsonFields::integer(value, r.cacheWriteTokens);
                name = "heliconeMetadata.promptCacheWriteTokens";
            } else if (key == "reasoningTokens") {
                res = JsonFields::integer(value, r.reasoningTokens);
                name = "heliconeMetadata.reasoningTokens";
            } else if (key == "cost") {
                res = JsonFields::costNanos(value, r.costNanos);
                r.hasCost = res == Read::Ok;
                name = "heliconeMetadata.cost";
            } else if (key == "provider") {
                res = JsonFields::string(value, r.provider);
                name = "heliconeMetadata.provider";
            } else if (key == "requestId") {
                res = JsonFields::string(value, r.requestId);
                name = "heliconeMetadata.requestId";
            } else if (key == "createdAt") {
                bool invalid = false;
                res = JsonFields::timestampMs(value, r.createdMs, invalid);
                name = "heliconeMetadata.createdAt";
                if (invalid) {
                    fail = JsonFields::fieldError(name, "not a valid timestamp");
                    return false;
                }
                haveCreated = haveCreated || res == Read::Ok;
            } else if (key == "customProperties" && !options.property.empty()) {
                bool bad = false;
                const auto v = JsonFields::property(value, options.property, bad);
                if (bad) {
                    fail = "heliconeMetadata.customProperties: not an object of strings";
                    return false;
                }
                r.property = v.value_or(std::string_view());
            }
            if (res == Read::Error) {
                fail = JsonFields::valueError(name, value);
                return false;
            }
            return true;
        });
    if (!error.empty())
        return error;
    if (!haveCreated)
        return "heliconeMetadata.createdAt: missing";
    return {};
}

bool DashboardExport::looksLike(std::string_view text)
{
    return text.find("heliconeMetadata") != std::string_view::npos;
}

namespace {

    std::string readRow(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
        const ReaderOptions& options, RequestRecord& r)
    {
        r = RequestRecord {};
        bool haveMetadata = false;
        const std::string error = JsonFields::eachDocumentField(
            parser, data, size, capacity, [&](std::string_view key, ondemand::value& value, std::string& fail) {
                if (key == "model") {
                    if (JsonFields::string(value, r.model) == Read::Error) {
                        fail = JsonFields::fieldError("model", "not a string");
                        return false;
                    }
                } else if (key == "heliconeMetadata") {
                    fail = DashboardExport::readMetadata(value, options, r);
                    if (!fail.empty())
                        return false;
                    haveMetadata = true;
                }
                return true;
            });
        if (!error.empty())
            return error;
        if (!haveMetadata)
            return "heliconeMetadata: missing";
        return {};
    }

} // namespace

DashboardJsonlReader::DashboardJsonlReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

void DashboardJsonlReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    parseJsonLines(chunk, sink, report,
        [this](auto& parser, const char* begin, size_t length, size_t capacity, RequestRecord& record) {
            return readRow(parser, begin, length, capacity, m_options, record);
        });
}

DashboardCsvReader::DashboardCsvReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

std::string DashboardCsvReader::mapHeader(const std::vector<std::string_view>& header)
{
    m_model = column(header, "model");
    m_metadata = column(header, "heliconeMetadata");
    if (m_metadata < 0)
        return "the CSV header has no heliconeMetadata column";
    return {};
}

std::string DashboardCsvReader::convert(
    const std::vector<std::string_view>& fields, RequestRecord& r, Scratch& scratch) const
{
    if (!scratch.parser)
        scratch.parser = new ondemand::parser;
    auto& parser = *static_cast<ondemand::parser*>(scratch.parser);
    if (m_model >= 0)
        scratch.text2.assign(fields[size_t(m_model)]);
    else
        scratch.text2.clear();
    scratch.text.assign(fields[size_t(m_metadata)]);
    const size_t size = scratch.text.size();
    scratch.text.append(SIMDJSON_PADDING, ' ');
    ondemand::document doc;
    ondemand::value value;
    if (auto err = parser.iterate(scratch.text.data(), size, scratch.text.size()).get(doc))
        return std::string("heliconeMetadata: invalid JSON: ") + error_message(err);
    if (doc.get_value().get(value))
        return "heliconeMetadata: invalid JSON";
    std::string error = DashboardExport::readMetadata(value, m_options, r);
    r.model = scratch.text2;
    return error;
}

} // namespace Usage
