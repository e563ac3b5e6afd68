// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"

#include <simdjson.h>
#include <string>

namespace Usage::HeliconeRequest {

/**
 * Reads one HeliconeRequest JSON object (Helicone's request record, as written by its export CLI) into record.
 * Only top-level fields are read: request and response bodies repeat the same key names. Returns an empty string,
 * or the reason the record was skipped.
 */
std::string parse(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& record);

/** parse() without its fast path: every record through simdjson (for tests that compare the two). */
std::string parseWithSimdjson(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& record);

/**
 * The fast path of parse(): reads the record straight from the text when it is a plain object (see FlatJson) and
 * every field it needs has a plain value; false otherwise, for parse() to read it with simdjson and name the
 * error. Never gives a record that parse() would read differently.
 */
bool parseSimple(const char* data, size_t size, const ReaderOptions& options, RequestRecord& record);

/** True when the object has the keys of a HeliconeRequest (request_created_at and one of the request_* ids). */
bool looksLike(std::string_view json);

} // namespace Usage::HeliconeRequest
