// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <vector>

namespace Usage::Requests {

/**
 * Orders rows by sort (cost, tokens and latency descending, time ascending; rows without the value last either
 * way; ties by request id ascending) and keeps the first limit (0: all).
 */
void sortAndLimit(std::vector<RequestRow>& rows, RequestSort sort, int limit);

/** Keeps one row per request id (the newest updatedMs, then the later in rows); rows without an id all stay. */
void dedupeRows(std::vector<RequestRow>& rows);

} // namespace Usage::Requests
