// SPDX-License-Identifier: MIT
#pragma once

#include "core/formatreader.h"

#include <QString>

#include <atomic>
#include <simdjson.h>
#include <string>

namespace Usage::HeliconeRequest {

/**
 * Reads one HeliconeRequest JSON object (Helicone's request record, as written by its export CLI) into record.
 * Only top-level fields are read: request and response bodies repeat the same key names. Returns an empty string,
 * or the reason the record was skipped. Sets *fellBack when the record needed simdjson.
 */
std::string parse(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& record, bool* fellBack = nullptr);

/** parse() without its fast path: every record through simdjson (for tests that compare the two). */
std::string parseWithSimdjson(simdjson::ondemand::parser& parser, const char* data, size_t size, size_t capacity,
    const ReaderOptions& options, RequestRecord& record);

/** The fast path of parse() (see FlatJson); false when the record needs simdjson, which then names any error. */
bool parseSimple(const char* data, size_t size, const ReaderOptions& options, RequestRecord& record);

/** Logs to ue.readers, once per reader, that some of its records needed simdjson. */
class FallbackLog
{
public:
    void note(const QString& format, bool fellBack) const;

private:
    mutable std::atomic<bool> m_logged { false };
};

/** True when the object has the keys of a HeliconeRequest (request_created_at and one of the request_* ids). */
bool looksLike(std::string_view json);

} // namespace Usage::HeliconeRequest
