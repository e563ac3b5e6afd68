// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestrecord.h"
#include "core/timeparse.h"

#include <string>

namespace Usage {

/** Where the cells that name a request stand in a CSV record; -1 for a column the file does not have. */
struct CsvIdentityColumns
{
    int created = -1;
    int user = -1;
    int model = -1;
    int provider = -1;
    int requestId = -1;
};

/**
 * Sets r's creation time, user, model, provider and request id from a record's cells (cell(index) gives a cell's
 * text, empty for -1); returns the error when the time is not one, else an empty text.
 */
template <typename Cell> std::string readIdentityCells(const Cell& cell, const CsvIdentityColumns& c, RequestRecord& r)
{
    const auto created = Time::parseTimestampMs(cell(c.created));
    if (!created)
        return "request_created_at: not a valid timestamp";
    r.createdMs = *created;
    r.userId = cell(c.user);
    r.model = cell(c.model);
    r.provider = cell(c.provider);
    r.requestId = cell(c.requestId);
    return {};
}

} // namespace Usage
