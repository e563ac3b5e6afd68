// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>

namespace Usage::JsonFields {

/** Outcome of reading one field; error holds a reason naming the field. */
enum class Read { Ok, Null, Error };

/** A whole number, or a numeric string (64-bit integers may be quoted). Null reads as Null. */
Read integer(simdjson::ondemand::value value, std::int64_t& out);
/** A cost in USD (number or numeric string), exactly, as nano-USD. */
Read costNanos(simdjson::ondemand::value value, std::int64_t& out);
/** A string; null reads as Null. */
Read string(simdjson::ondemand::value value, std::string_view& out);
/**
 * A timestamp string (ISO 8601, see Time::parseTimestampMs) as UTC epoch ms; null reads as Null. invalid is set
 * when the value is a string but no timestamp (Error then, too).
 */
Read timestampMs(simdjson::ondemand::value value, std::int64_t& out, bool& invalid);
/** An integer nano-USD cost (ClickHouse's own unit), number or string. */
Read integerNanos(simdjson::ondemand::value value, std::int64_t& out);

/** Looks up key in a flat {string: string} object (custom properties); absent or null: nullopt. */
std::optional<std::string_view> property(simdjson::ondemand::value object, std::string_view key, bool& error);

/** The key of field, unescaped only when it holds escapes; false on a malformed key. */
bool key(simdjson::simdjson_result<simdjson::ondemand::field>& field, std::string_view& out);

/** "field: reason" */
std::string fieldError(std::string_view field, std::string_view reason);

/**
 * Why value could not be read as field: "invalid JSON: …" when its token cannot start any JSON value (a syntax
 * error the lazy parser only meets here), otherwise "field: wrong type or not a number".
 */
std::string valueError(std::string_view field, simdjson::ondemand::value& value);

/**
 * Calls onField(key, value, error) for each field of object until it returns false (with error set); the error of a
 * malformed key or value otherwise. Empty when every field was read.
 */
template <typename OnField> std::string eachField(simdjson::ondemand::object& object, OnField&& onField)
{
    std::string error;
    for (auto field : object) {
        std::string_view name;
        if (!key(field, name))
            return "invalid JSON: bad key";
        simdjson::ondemand::value value;
        if (field.value().get(value))
            return "invalid JSON: bad value";
        if (!onField(name, value, error))
            return error;
    }
    return error;
}

/** eachField() over the JSON object [data, data + size) (padded to capacity); an error when it is none. */
template <typename OnField>
std::string eachDocumentField(
    simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity, OnField&& onField)
{
    simdjson::ondemand::document doc;
    if (auto err = parser.iterate(simdjson::padded_string_view(data, size, capacity)).get(doc))
        return std::string("invalid JSON: ") + simdjson::error_message(err);
    simdjson::ondemand::object object;
    if (doc.get_object().get(object))
        return "not a JSON object";
    return eachField(object, std::forward<OnField>(onField));
}

} // namespace Usage::JsonFields
