// SPDX-License-Identifier: MIT
#include "core/readers/clickhousedump.h"

#include "core/decimal.h"
#include "core/readers/csvidentity.h"
#include "core/readers/heliconejsonlreader.h"
#include "core/readers/jsonfields.h"
#include "core/readers/recordfields.h"
#include "core/timeparse.h"

#include <simdjson.h>

namespace Usage {

using namespace simdjson;

bool ClickHouseDump::looksLike(std::string_view text)
{
    return text.find("\"user_id\"") != std::string_view::npos || text.find(",user_id,") != std::string_view::npos
        || text.starts_with("user_id,") || text.find(",user_id\r") != std::string_view::npos
        || text.find(",user_id\n") != std::string_view::npos;
}

std::optional<std::string> ClickHouseDump::mapValue(std::string_view map, std::string_view key, bool& error)
{
    error = false;
    size_t i = 0;
    auto fail = [&] {
        error = true;
        return std::nullopt;
    };
    auto skipSpace = [&] {
        while (i < map.size() && map[i] == ' ')
            ++i;
    };
    auto quoted = [&](std::string& out) {
        if (i >= map.size() || map[i] != '\'')
            return false;
        ++i;
        out.clear();
        while (i < map.size() && map[i] != '\'') {
            if (map[i] == '\\' && i + 1 < map.size()) {
                ++i;
                const char c = map[i];
                out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '0' ? '\0' : c);
            } else {
                out.push_back(map[i]);
            }
            ++i;
        }
        if (i >= map.size())
            return false;
        ++i;
        return true;
    };
    skipSpace();
    if (i >= map.size() || map[i] != '{')
        return fail();
    ++i;
    std::string k, v;
    std::optional<std::string> found;
    skipSpace();
    if (i < map.size() && map[i] == '}')
        return std::nullopt;
    for (;;) {
        skipSpace();
        if (!quoted(k))
            return fail();
        skipSpace();
        if (i >= map.size() || map[i] != ':')
            return fail();
        ++i;
        skipSpace();
        if (!quoted(v))
            return fail();
        if (k == key)
            found = v;
        skipSpace();
        if (i < map.size() && map[i] == ',') {
            ++i;
            continue;
        }
        if (i < map.size() && map[i] == '}')
            return found;
        return fail();
    }
}

namespace {

    RecordFields::Field fieldOf(std::string_view key)
    {
        using RecordFields::Field;
        if (key == "user_id")
            return Field::UserId;
        if (key == "model")
            return Field::Model;
        if (key == "provider")
            return Field::Provider;
        if (key == "prompt_tokens")
            return Field::PromptTokens;
        if (key == "completion_tokens")
            return Field::CompletionTokens;
        if (key == "prompt_cache_read_tokens")
            return Field::CacheReadTokens;
        if (key == "prompt_cache_write_tokens")
            return Field::CacheWriteTokens;
        if (key == "reasoning_tokens")
            return Field::ReasoningTokens;
        if (key == "cost")
            return Field::CostNanos; // already nano-USD
        if (key == "request_id")
            return Field::RequestId;
        if (key == "updated_at")
            return Field::UpdatedAt;
        if (key == "request_created_at")
            return Field::CreatedAt;
        if (key == "properties")
            return Field::Properties;
        return Field::Other;
    }

} // namespace

std::string ClickHouseDump::JsonRows::readRow(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& r)
{
    r = RequestRecord {};
    bool haveCreated = false;
    const std::string error = JsonFields::eachDocumentField(
        parser, data, size, capacity, [&](std::string_view key, ondemand::value& value, std::string& fail) {
            return RecordFields::read(fieldOf(key), key, value, options, r, haveCreated, fail);
        });
    if (!error.empty())
        return error;
    if (!haveCreated)
        return "request_created_at: missing";
    return {};
}

std::string ClickHouseDump::CsvColumns::mapHeader(const std::vector<std::string_view>& header)
{
    m_created = CsvReaderBase::column(header, "request_created_at");
    m_user = CsvReaderBase::column(header, "user_id");
    m_model = CsvReaderBase::column(header, "model");
    m_provider = CsvReaderBase::column(header, "provider");
    m_prompt = CsvReaderBase::column(header, "prompt_tokens");
    m_completion = CsvReaderBase::column(header, "completion_tokens");
    m_cacheRead = CsvReaderBase::column(header, "prompt_cache_read_tokens");
    m_cacheWrite = CsvReaderBase::column(header, "prompt_cache_write_tokens");
    m_reasoning = CsvReaderBase::column(header, "reasoning_tokens");
    m_cost = CsvReaderBase::column(header, "cost");
    m_requestId = CsvReaderBase::column(header, "request_id");
    m_updated = CsvReaderBase::column(header, "updated_at");
    m_properties = CsvReaderBase::column(header, "properties");
    if (m_created < 0)
        return "the CSV header has no request_created_at column";
    return {};
}

std::string ClickHouseDump::CsvColumns::convert(const std::vector<std::string_view>& fields,
    const ReaderOptions& options, RequestRecord& r, CsvReaderBase::Scratch& scratch) const
{
    auto cell = [&](int index) -> std::string_view {
        if (index < 0)
            return {};
        const std::string_view v = fields[size_t(index)];
        return v == "\\N" ? std::string_view() : v;
    };
    if (std::string error = readIdentityCells(cell, { m_created, m_user, m_model, m_provider, m_requestId }, r);
        !error.empty())
        return error;
    r.updatedAt = cell(m_updated);
    struct IntColumn
    {
        int index;
        std::int64_t* out;
        const char* name;
    };
    const IntColumn ints[] = {
        { m_prompt, &r.promptTokens, "prompt_tokens" },
        { m_completion, &r.completionTokens, "completion_tokens" },
        { m_cacheRead, &r.cacheReadTokens, "prompt_cache_read_tokens" },
        { m_cacheWrite, &r.cacheWriteTokens, "prompt_cache_write_tokens" },
        { m_reasoning, &r.reasoningTokens, "reasoning_tokens" },
    };
    for (const IntColumn& c : ints) {
        const std::string_view v = cell(c.index);
        if (v.empty())
            continue;
        const auto parsed = Decimal::parseInteger(v);
        if (!parsed)
            return JsonFields::fieldError(c.name, "not a number");
        *c.out = *parsed;
    }
    if (const std::string_view cost = cell(m_cost); !cost.empty()) {
        const auto nanos = Decimal::parseInteger(cost);
        if (!nanos)
            return "cost: not a whole number of nano-USD";
        r.costNanos = *nanos;
        r.hasCost = true;
    }
    if (!options.property.empty() && !cell(m_properties).empty()) {
        bool error = false;
        const auto v = ClickHouseDump::mapValue(cell(m_properties), options.property, error);
        if (error)
            return "properties: not a map";
        scratch.text = v.value_or(std::string());
        r.property = scratch.text;
    }
    return {};
}

template class JsonLinesReader<ClickHouseDump::JsonRows>;
template class CsvReader<ClickHouseDump::CsvColumns>;

} // namespace Usage
