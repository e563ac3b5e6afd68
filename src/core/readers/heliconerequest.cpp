// SPDX-License-Identifier: MIT
#include "heliconerequest.h"

#include "../timeparse.h"
#include "jsonfields.h"

namespace Usage::HeliconeRequest {

using namespace simdjson;
using JsonFields::Read;

std::string parse(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
                  const ReaderOptions& options, RequestRecord& r)
{
    r = RequestRecord {};
    ondemand::document doc;
    if (auto err = parser.iterate(padded_string_view(data, size, capacity)).get(doc))
        return std::string("invalid JSON: ") + error_message(err);
    ondemand::object object;
    if (doc.get_object().get(object))
        return "not a JSON object";

    bool haveCreated = false;
    bool haveCostKey = false; // "cost" wins over "costUSD" even when null
    bool havePropertyFromProperties = false;
    std::string_view model, requestModel, responseModel;
    for (auto field : object) {
        std::string_view key;
        if (!JsonFields::key(field, key))
            return "invalid JSON: bad key";
        ondemand::value value;
        if (field.value().get(value))
            return "invalid JSON: bad value";
        Read res = Read::Ok;
        const char* name = nullptr;
        switch (key.size()) {
        case 4:
            if (key == "cost") {
                haveCostKey = true;
                res = JsonFields::costNanos(value, r.costNanos);
                r.hasCost = res == Read::Ok;
                name = "cost";
            }
            break;
        case 5:
            if (key == "model") {
                res = JsonFields::string(value, model);
                name = "model";
            }
            break;
        case 7:
            if (key == "costUSD" && !haveCostKey) {
                res = JsonFields::costNanos(value, r.costNanos);
                r.hasCost = res == Read::Ok;
                name = "costUSD";
            }
            break;
        case 8:
            if (key == "provider") {
                res = JsonFields::string(value, r.provider);
                name = "provider";
            }
            break;
        case 10:
            if (key == "request_id") {
                res = JsonFields::string(value, r.requestId);
                name = "request_id";
            } else if (key == "updated_at") {
                res = JsonFields::string(value, r.updatedAt);
                name = "updated_at";
            } else if (key == "properties" && !options.property.empty()) {
                bool error = false;
                const auto v = JsonFields::property(value, options.property, error);
                if (error)
                    return JsonFields::fieldError("properties", "not an object of strings");
                r.property = v.value_or(std::string_view());
                havePropertyFromProperties = true;
            }
            break;
        case 13:
            if (key == "prompt_tokens") {
                res = JsonFields::integer(value, r.promptTokens);
                name = "prompt_tokens";
            } else if (key == "request_model") {
                res = JsonFields::string(value, requestModel);
                name = "request_model";
            }
            break;
        case 14:
            if (key == "response_model") {
                res = JsonFields::string(value, responseModel);
                name = "response_model";
            }
            break;
        case 15:
            if (key == "request_user_id") {
                res = JsonFields::string(value, r.userId);
                name = "request_user_id";
            }
            break;
        case 16:
            if (key == "reasoning_tokens") {
                res = JsonFields::integer(value, r.reasoningTokens);
                name = "reasoning_tokens";
            }
            break;
        case 17:
            if (key == "completion_tokens") {
                res = JsonFields::integer(value, r.completionTokens);
                name = "completion_tokens";
            }
            break;
        case 18:
            if (key == "request_created_at") {
                std::string_view text;
                res = JsonFields::string(value, text);
                name = "request_created_at";
                if (res == Read::Ok) {
                    const auto ms = Time::parseTimestampMs(text);
                    if (!ms)
                        return JsonFields::fieldError(name, "not a valid timestamp");
                    r.createdMs = *ms;
                    haveCreated = true;
                }
            } else if (key == "request_properties" && !options.property.empty() && !havePropertyFromProperties) {
                bool error = false;
                const auto v = JsonFields::property(value, options.property, error);
                if (error)
                    return JsonFields::fieldError("request_properties", "not an object of strings");
                r.property = v.value_or(std::string_view());
            }
            break;
        case 24:
            if (key == "prompt_cache_read_tokens") {
                res = JsonFields::integer(value, r.cacheReadTokens);
                name = "prompt_cache_read_tokens";
            }
            break;
        case 25:
            if (key == "prompt_cache_write_tokens") {
                res = JsonFields::integer(value, r.cacheWriteTokens);
                name = "prompt_cache_write_tokens";
            }
            break;
        default:
            break;
        }
        if (res == Read::Error)
            return JsonFields::valueError(name, value);
    }
    if (!haveCreated)
        return "request_created_at: missing";
    r.model = !model.empty() ? model : !requestModel.empty() ? requestModel : responseModel;
    return {};
}

bool looksLike(std::string_view json)
{
    return json.find("\"request_created_at\"") != std::string_view::npos
        && (json.find("\"request_id\"") != std::string_view::npos
            || json.find("\"request_user_id\"") != std::string_view::npos);
}

} // namespace Usage::HeliconeRequest
