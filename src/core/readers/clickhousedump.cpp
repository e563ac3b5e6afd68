// SPDX-License-Identifier: MIT
#include "core/readers/clickhousedump.h"

#include "core/decimal.h"
#include "core/readers/heliconejsonlreader.h"
#include "core/readers/jsonfields.h"
#include "core/timeparse.h"

#include <simdjson.h>

namespace Usage {

using namespace simdjson;
using JsonFields::Read;

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

    std::string readRow(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
        const ReaderOptions& options, RequestRecord& r)
    {
        r = RequestRecord {};
        bool haveCreated = false;
        const std::string error = JsonFields::eachDocumentField(
            parser, data, size, capacity, [&](std::string_view key, ondemand::value& value, std::string& fail) {
                Read res = Read::Ok;
                std::string_view name = key;
                if (key == "user_id") {
                    res = JsonFields::string(value, r.userId);
                } else if (key == "model") {
                    res = JsonFields::string(value, r.model);
                } else if (key == "provider") {
                    res = JsonFields::string(value, r.provider);
                } else if (key == "prompt_tokens") {
                    res = JsonFields::integer(value, r.promptTokens);
                } else if (key == "completion_tokens") {
                    res = JsonFields::integer(value, r.completionTokens);
                } else if (key == "prompt_cache_read_tokens") {
                    res = JsonFields::integer(value, r.cacheReadTokens);
                } else if (key == "prompt_cache_write_tokens") {
                    res = JsonFields::integer(value, r.cacheWriteTokens);
                } else if (key == "reasoning_tokens") {
                    res = JsonFields::integer(value, r.reasoningTokens);
                } else if (key == "cost") {
                    res = JsonFields::integerNanos(value, r.costNanos); // already nano-USD
                    r.hasCost = res == Read::Ok;
                } else if (key == "request_id") {
                    res = JsonFields::string(value, r.requestId);
                } else if (key == "updated_at") {
                    res = JsonFields::string(value, r.updatedAt);
                } else if (key == "request_created_at") {
                    bool invalid = false;
                    res = JsonFields::timestampMs(value, r.createdMs, invalid);
                    if (invalid) {
                        fail = JsonFields::fieldError(name, "not a valid timestamp");
                        return false;
                    }
                    haveCreated = haveCreated || res == Read::Ok;
                } else if (key == "properties" && !options.property.empty()) {
                    bool bad = false;
                    const auto v = JsonFields::property(value, options.property, bad);
                    if (bad) {
                        fail = "properties: not an object of strings";
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
            return "request_created_at: missing";
        return {};
    }

} // namespace

ClickHouseJsonReader::ClickHouseJsonReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

void ClickHouseJsonReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    parseJsonLines(chunk, sink, report,
        [this](auto& parser, const char* begin, size_t length, size_t capacity, RequestRecord& record) {
            return readRow(parser, begin, length, capacity, m_options, record);
        });
}

ClickHouseCsvReader::ClickHouseCsvReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

std::string ClickHouseCsvReader::mapHeader(const std::vector<std::string_view>& header)
{
    m_created = column(header, "request_created_at");
    m_user = column(header, "user_id");
    m_model = column(header, "model");
    m_provider = column(header, "provider");
    m_prompt = column(header, "prompt_tokens");
    m_completion = column(header, "completion_tokens");
    m_cacheRead = column(header, "prompt_cache_read_tokens");
    m_cacheWrite = column(header, "prompt_cache_write_tokens");
    m_reasoning = column(header, "reasoning_tokens");
    m_cost = column(header, "cost");
    m_requestId = column(header, "request_id");
    m_updated = column(header, "updated_at");
    m_properties = column(header, "properties");
    if (m_created < 0)
        return "the CSV header has no request_created_at column";
    return {};
}

std::string ClickHouseCsvReader::convert(
    const std::vector<std::string_view>& fields, RequestRecord& r, Scratch& scratch) const
{
    auto cell = [&](int index) -> std::string_view {
        if (index < 0)
            return {};
        const std::string_view v = fields[size_t(index)];
        return v == "\\N" ? std::string_view() : v;
    };
    const auto created = Time::parseTimestampMs(cell(m_created));
    if (!created)
        return "request_created_at: not a valid timestamp";
    r.createdMs = *created;
    r.userId = cell(m_user);
    r.model = cell(m_model);
    r.provider = cell(m_provider);
    r.requestId = cell(m_requestId);
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
    if (!m_options.property.empty() && !cell(m_properties).empty()) {
        bool error = false;
        const auto v = ClickHouseDump::mapValue(cell(m_properties), m_options.property, error);
        if (error)
            return "properties: not a map";
        scratch.text = v.value_or(std::string());
        r.property = scratch.text;
    }
    return {};
}

} // namespace Usage
