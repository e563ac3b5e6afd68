// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"
#include "core/readers/jsonfields.h"
#include "core/requestrecord.h"

#include <simdjson.h>
#include <string>
#include <string_view>

/** The figures of a request as JSON formats name them: each format maps its keys, the reading is shared. */
namespace Usage::RecordFields {

/** What a JSON key of a request holds. */
enum class Field {
    Other,
    UserId,
    Model,
    Provider,
    RequestId,
    UpdatedAt,
    PromptTokens,
    CompletionTokens,
    CacheReadTokens,
    CacheWriteTokens,
    ReasoningTokens,
    CostNanos, ///< the cost as a whole number of nano-USD
    CostUsd, ///< the cost as a decimal number of USD
    CreatedAt,
    Properties, ///< the custom properties, read only when grouped by one
};

/**
 * Reads value into r as field; false, with the reason naming name in fail, when it is not what the field holds.
 * haveCreated is set once a creation time is read.
 */
inline bool read(Field field, std::string_view name, simdjson::ondemand::value& value, const ReaderOptions& options,
    RequestRecord& r, bool& haveCreated, std::string& fail)
{
    using JsonFields::Read;
    Read res = Read::Ok;
    switch (field) {
    case Field::Other:
        break;
    case Field::UserId:
        res = JsonFields::string(value, r.userId);
        break;
    case Field::Model:
        res = JsonFields::string(value, r.model);
        break;
    case Field::Provider:
        res = JsonFields::string(value, r.provider);
        break;
    case Field::RequestId:
        res = JsonFields::string(value, r.requestId);
        break;
    case Field::UpdatedAt:
        res = JsonFields::string(value, r.updatedAt);
        break;
    case Field::PromptTokens:
        res = JsonFields::integer(value, r.promptTokens);
        break;
    case Field::CompletionTokens:
        res = JsonFields::integer(value, r.completionTokens);
        break;
    case Field::CacheReadTokens:
        res = JsonFields::integer(value, r.cacheReadTokens);
        break;
    case Field::CacheWriteTokens:
        res = JsonFields::integer(value, r.cacheWriteTokens);
        break;
    case Field::ReasoningTokens:
        res = JsonFields::integer(value, r.reasoningTokens);
        break;
    case Field::CostNanos:
        res = JsonFields::integerNanos(value, r.costNanos);
        r.hasCost = res == Read::Ok;
        break;
    case Field::CostUsd:
        res = JsonFields::costNanos(value, r.costNanos);
        r.hasCost = res == Read::Ok;
        break;
    case Field::CreatedAt: {
        bool invalid = false;
        res = JsonFields::timestampMs(value, r.createdMs, invalid);
        if (invalid) {
            fail = JsonFields::fieldError(name, "not a valid timestamp");
            return false;
        }
        haveCreated = haveCreated || res == Read::Ok;
        break;
    }
    case Field::Properties: {
        if (options.property.empty())
            break;
        bool bad = false;
        const auto v = JsonFields::property(value, options.property, bad);
        if (bad) {
            fail = JsonFields::fieldError(name, "not an object of strings");
            return false;
        }
        r.property = v.value_or(std::string_view());
        break;
    }
    }
    if (res == Read::Error) {
        fail = JsonFields::valueError(name, value);
        return false;
    }
    return true;
}

} // namespace Usage::RecordFields
