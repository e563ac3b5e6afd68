// SPDX-License-Identifier: MIT
#include "core/readers/heliconerequest.h"

#include "core/corelogging.h"
#include "core/decimal.h"
#include "core/readers/flatjson.h"
#include "core/readers/jsonfields.h"
#include "core/timeparse.h"

namespace Usage::HeliconeRequest {

using namespace simdjson;
using JsonFields::Read;

namespace {

    /** The top-level keys a record is read from. */
    enum class Field {
        Other,
        Cost,
        CostUsd,
        Model,
        RequestModel,
        ResponseModel,
        Provider,
        RequestId,
        UpdatedAt,
        UserId,
        CreatedAt,
        PromptTokens,
        CompletionTokens,
        ReasoningTokens,
        CacheReadTokens,
        CacheWriteTokens,
        Properties,
        RequestProperties,
    };

    Field fieldOf(std::string_view key)
    {
        switch (key.size()) {
        case 4:
            return key == "cost" ? Field::Cost : Field::Other;
        case 5:
            return key == "model" ? Field::Model : Field::Other;
        case 7:
            return key == "costUSD" ? Field::CostUsd : Field::Other;
        case 8:
            return key == "provider" ? Field::Provider : Field::Other;
        case 10:
            return key == "request_id" ? Field::RequestId
                : key == "updated_at"  ? Field::UpdatedAt
                : key == "properties"  ? Field::Properties
                                       : Field::Other;
        case 13:
            return key == "prompt_tokens" ? Field::PromptTokens
                : key == "request_model"  ? Field::RequestModel
                                          : Field::Other;
        case 14:
            return key == "response_model" ? Field::ResponseModel : Field::Other;
        case 15:
            return key == "request_user_id" ? Field::UserId : Field::Other;
        case 16:
            return key == "reasoning_tokens" ? Field::ReasoningTokens : Field::Other;
        case 17:
            return key == "completion_tokens" ? Field::CompletionTokens : Field::Other;
        case 18:
            return key == "request_created_at" ? Field::CreatedAt
                : key == "request_properties"  ? Field::RequestProperties
                                               : Field::Other;
        case 24:
            return key == "prompt_cache_read_tokens" ? Field::CacheReadTokens : Field::Other;
        case 25:
            return key == "prompt_cache_write_tokens" ? Field::CacheWriteTokens : Field::Other;
        default:
            return Field::Other;
        }
    }

    /** The record's model: "model", else "request_model", else "response_model" (the first that is not empty). */
    std::string_view modelOf(std::string_view model, std::string_view requestModel, std::string_view responseModel)
    {
        return !model.empty() ? model : !requestModel.empty() ? requestModel : responseModel;
    }

    /** An integer field on the fast path: a plain integer, a numeric string or null (left as it is). */
    bool fastInteger(const FlatJson::Value& v, std::int64_t& out)
    {
        using Kind = FlatJson::Value::Kind;
        if (v.kind == Kind::Number) {
            if (v.isInteger)
                out = v.integer;
            return v.isInteger;
        }
        if (v.kind == Kind::Null)
            return true;
        std::string_view text;
        if (!FlatJson::plainString(v, text))
            return false;
        const auto parsed = Decimal::parseInteger(text);
        if (parsed)
            out = *parsed;
        return parsed.has_value();
    }

    /** A string field on the fast path: a string without escapes, or null (left as it is). */
    bool fastString(const FlatJson::Value& v, std::string_view& out)
    {
        return v.kind == FlatJson::Value::Kind::Null || FlatJson::plainString(v, out);
    }

    /** The cost on the fast path: a number, a numeric string or null. */
    bool fastCost(const FlatJson::Value& v, RequestRecord& r)
    {
        using Kind = FlatJson::Value::Kind;
        if (v.kind == Kind::Null) {
            r.hasCost = false;
            return true;
        }
        if (v.isFixed) {
            r.costNanos = v.nanos;
            r.hasCost = true;
            return true;
        }
        std::string_view text;
        if (v.kind == Kind::Number)
            text = v.text;
        else if (!FlatJson::plainString(v, text))
            return false;
        const auto parsed = Decimal::parseNanos(text);
        if (!parsed)
            return false;
        r.costNanos = *parsed;
        r.hasCost = true;
        return true;
    }

} // namespace

bool parseSimple(const char* data, size_t size, const ReaderOptions& options, RequestRecord& r)
{
    if (!options.property.empty())
        return false; // properties are read by the full parser
    r = RequestRecord {};
    bool haveCreated = false;
    bool haveCostKey = false;
    std::string_view model, requestModel, responseModel;
    const auto field = [&](std::string_view key, const FlatJson::Value& v) __attribute__((always_inline))
    {
        switch (fieldOf(key)) {
        case Field::Cost:
            haveCostKey = true;
            return fastCost(v, r);
        case Field::CostUsd:
            return haveCostKey || fastCost(v, r);
        case Field::Model:
            return fastString(v, model);
        case Field::RequestModel:
            return fastString(v, requestModel);
        case Field::ResponseModel:
            return fastString(v, responseModel);
        case Field::Provider:
            return fastString(v, r.provider);
        case Field::RequestId:
            return fastString(v, r.requestId);
        case Field::UpdatedAt:
            return fastString(v, r.updatedAt);
        case Field::UserId:
            return fastString(v, r.userId);
        case Field::CreatedAt: {
            std::string_view text;
            if (!FlatJson::plainString(v, text))
                return false;
            const auto ms = Time::parseTimestampMs(text);
            if (!ms)
                return false;
            r.createdMs = *ms;
            haveCreated = true;
            return true;
        }
        case Field::PromptTokens:
            return fastInteger(v, r.promptTokens);
        case Field::CompletionTokens:
            return fastInteger(v, r.completionTokens);
        case Field::ReasoningTokens:
            return fastInteger(v, r.reasoningTokens);
        case Field::CacheReadTokens:
            return fastInteger(v, r.cacheReadTokens);
        case Field::CacheWriteTokens:
            return fastInteger(v, r.cacheWriteTokens);
        case Field::Properties:
        case Field::RequestProperties:
        case Field::Other:
            return true;
        }
        return true;
    };
    const bool ok = FlatJson::forEachField(data, size, field);
    if (!ok || !haveCreated)
        return false;
    r.model = modelOf(model, requestModel, responseModel);
    r.viewsLastForChunk = true; // all of them point into data
    return true;
}

std::string parse(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& record, bool* fellBack)
{
    if (parseSimple(data, size, options, record))
        return {};
    if (fellBack)
        *fellBack = true;
    return parseWithSimdjson(parser, data, size, capacity, options, record);
}

void FallbackLog::note(const QString& format, bool fellBack) const
{
    if (fellBack && !m_logged.exchange(true, std::memory_order_relaxed))
        qCDebug(lcReaders) << format << "records off the fast path are read with simdjson (logged once per file)";
}

namespace {

    /** The custom property options.property of a properties object into r; false with fail set when it is none. */
    bool readProperty(
        ondemand::value& value, const char* field, const ReaderOptions& options, RequestRecord& r, std::string& fail)
    {
        bool bad = false;
        const auto v = JsonFields::property(value, options.property, bad);
        if (bad) {
            fail = JsonFields::fieldError(field, "not an object of strings");
            return false;
        }
        r.property = v.value_or(std::string_view());
        return true;
    }

} // namespace

std::string parseWithSimdjson(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& r)
{
    r = RequestRecord {};
    bool haveCreated = false;
    bool haveCostKey = false; // "cost" wins over "costUSD" even when null
    bool havePropertyFromProperties = false;
    std::string_view model, requestModel, responseModel;
    const std::string error = JsonFields::eachDocumentField(
        parser, data, size, capacity, [&](std::string_view key, ondemand::value& value, std::string& fail) {
            Read res = Read::Ok;
            const char* name = nullptr;
            switch (fieldOf(key)) {
            case Field::Cost:
                haveCostKey = true;
                res = JsonFields::costNanos(value, r.costNanos);
                r.hasCost = res == Read::Ok;
                name = "cost";
                break;
            case Field::CostUsd:
                if (!haveCostKey) {
                    res = JsonFields::costNanos(value, r.costNanos);
                    r.hasCost = res == Read::Ok;
                    name = "costUSD";
                }
                break;
            case Field::Model:
                res = JsonFields::string(value, model);
                name = "model";
                break;
            case Field::RequestModel:
                res = JsonFields::string(value, requestModel);
                name = "request_model";
                break;
            case Field::ResponseModel:
                res = JsonFields::string(value, responseModel);
                name = "response_model";
                break;
            case Field::Provider:
                res = JsonFields::string(value, r.provider);
                name = "provider";
                break;
            case Field::RequestId:
                res = JsonFields::string(value, r.requestId);
                name = "request_id";
                break;
            case Field::UpdatedAt:
                res = JsonFields::string(value, r.updatedAt);
                name = "updated_at";
                break;
            case Field::UserId:
                res = JsonFields::string(value, r.userId);
                name = "request_user_id";
                break;
            case Field::CreatedAt: {
                bool invalid = false;
                res = JsonFields::timestampMs(value, r.createdMs, invalid);
                name = "request_created_at";
                if (invalid) {
                    fail = JsonFields::fieldError(name, "not a valid timestamp");
                    return false;
                }
                haveCreated = haveCreated || res == Read::Ok;
                break;
            }
            case Field::PromptTokens:
                res = JsonFields::integer(value, r.promptTokens);
                name = "prompt_tokens";
                break;
            case Field::CompletionTokens:
                res = JsonFields::integer(value, r.completionTokens);
                name = "completion_tokens";
                break;
            case Field::ReasoningTokens:
                res = JsonFields::integer(value, r.reasoningTokens);
                name = "reasoning_tokens";
                break;
            case Field::CacheReadTokens:
                res = JsonFields::integer(value, r.cacheReadTokens);
                name = "prompt_cache_read_tokens";
                break;
            case Field::CacheWriteTokens:
                res = JsonFields::integer(value, r.cacheWriteTokens);
                name = "prompt_cache_write_tokens";
                break;
            case Field::Properties:
                if (!options.property.empty() && !readProperty(value, "properties", options, r, fail))
                    return false;
                havePropertyFromProperties = havePropertyFromProperties || !options.property.empty();
                break;
            case Field::RequestProperties:
                if (!options.property.empty() && !havePropertyFromProperties
                    && !readProperty(value, "request_properties", options, r, fail))
                    return false;
                break;
            case Field::Other:
                break;
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
    r.model = modelOf(model, requestModel, responseModel);
    return {};
}

bool looksLike(std::string_view json)
{
    return json.find("\"request_created_at\"") != std::string_view::npos
        && (json.find("\"request_id\"") != std::string_view::npos
            || json.find("\"request_user_id\"") != std::string_view::npos);
}

} // namespace Usage::HeliconeRequest
