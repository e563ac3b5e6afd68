// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestdetails.h"

#include <memory>
#include <string_view>

namespace Usage::Requests {

/**
 * Finds the details of wanted request ids in one dump, fed block by block: JSON lines, one JSON array of records,
 * or a CSV with a request_id column (the export CLI's request_body, response_body, request_properties, latency and
 * response_status columns, where present). Records that are no JSON object, or malformed CSV records, are passed over.
 */
class DetailsScanner
{
public:
    virtual ~DetailsScanner() = default;
    /**
     * Reads the complete records at the start of buffer (all of it when atEof) and returns the bytes read; the
     * caller passes the rest again with more data; Chunk::kPadding readable bytes follow buffer. Returns
     * std::string_view::npos when the file cannot be read further (a broken JSON array).
     */
    virtual size_t scan(std::string_view buffer, bool atEof) = 0;
};

/** The scanner for a dump that begins with head (after a byte-order mark); found collects what it finds. */
std::unique_ptr<DetailsScanner> detailsScanner(
    std::string_view head, const QSet<QString>& ids, QHash<QString, RequestDetails>& found);

} // namespace Usage::Requests
