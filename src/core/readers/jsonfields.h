// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

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

} // namespace Usage::JsonFields
