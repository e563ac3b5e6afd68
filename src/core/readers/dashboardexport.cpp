// SPDX-License-Identifier: MIT
#include "core/readers/dashboardexport.h"

#include "core/readers/heliconejsonlreader.h"
#include "core/readers/jsonfields.h"
#include "core/readers/recordfields.h"
#include "core/timeparse.h"

namespace Usage {

using namespace simdjson;
using JsonFields::Read;

namespace {

    /** A heliconeMetadata key's field and its name in messages. */
    std::pair<RecordFields::Field, const char*> fieldOf(std::string_view key)
    {
        using RecordFields::Field;
        if (key == "user")
            return { Field::UserId, "heliconeMetadata.user" };
        if (key == "promptTokens")
            return { Field::PromptTokens, "heliconeMetadata.promptTokens" };
        if (key == "completionTokens")
            return { Field::CompletionTokens, "heliconeMetadata.completionTokens" };
        if (key == "promptCacheReadTokens")
            return { Field::CacheReadTokens, "heliconeMetadata.promptCacheReadTokens" };
        if (key == "promptCacheWriteTokens")
            return { Field::CacheWriteTokens, "heliconeMetadata.promptCacheWriteTokens" };
        if (key == "reasoningTokens")
            return { Field::ReasoningTokens, "heliconeMetadata.reasoningTokens" };
        if (key == "cost")
            return { Field::CostUsd, "heliconeMetadata.cost" };
        if (key == "provider")
            return { Field::Provider, "heliconeMetadata.provider" };
        if (key == "requestId")
            return { Field::RequestId, "heliconeMetadata.requestId" };
        if (key == "createdAt")
            return { Field::CreatedAt, "heliconeMetadata.createdAt" };
        if (key == "customProperties")
            return { Field::Properties, "heliconeMetadata.customProperties" };
        return { Field::Other, "" };
    }

} // namespace

std::string DashboardExport::readMetadata(ondemand::value metadata, const ReaderOptions& options, RequestRecord& r)
{
    ondemand::object object;
    if (metadata.get_object().get(object))
        return "heliconeMetadata: not an object";
    bool haveCreated = false;
    const std::string error =
        JsonFields::eachField(object, [&](std::string_view key, ondemand::value& value, std::string& fail) {
            const auto [field, name] = fieldOf(key);
            return RecordFields::read(field, name, value, options, r, haveCreated, fail);
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

std::string DashboardExport::JsonRows::readRow(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
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

std::string DashboardExport::CsvColumns::mapHeader(const std::vector<std::string_view>& header)
{
    m_model = CsvReaderBase::column(header, "model");
    m_metadata = CsvReaderBase::column(header, "heliconeMetadata");
    if (m_metadata < 0)
        return "the CSV header has no heliconeMetadata column";
    return {};
}

std::string DashboardExport::CsvColumns::convert(const std::vector<std::string_view>& fields,
    const ReaderOptions& options, RequestRecord& r, CsvReaderBase::Scratch& scratch) const
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
    std::string error = DashboardExport::readMetadata(value, options, r);
    r.model = scratch.text2;
    return error;
}

template class JsonLinesReader<DashboardExport::JsonRows>;
template class CsvReader<DashboardExport::CsvColumns>;

} // namespace Usage
