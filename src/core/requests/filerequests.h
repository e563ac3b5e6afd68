// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"
#include "core/usageresult.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace Usage::Requests {

struct FileRequests
{
    std::vector<RequestRow> rows; ///< sorted and limited as the query says
    std::int64_t skippedRecords = 0;
    std::int64_t duplicatesDropped = 0;
    QList<Diagnostic> errors; ///< files that could not be read or hold no known format
    bool cancelled = false;
};

/** Bytes of the files read so far and in all (as stored, so compressed bytes for compressed dumps). */
using FileProgress = std::function<void(std::int64_t done, std::int64_t total)>;

/**
 * Reads the dumps one after the other with the readers detectFormat() picks, keeping only the records of the
 * query's group value in its range, then de-duplicates, sorts and limits them. progress, when set, is called on
 * the calling thread after each block read.
 */
FileRequests readFileRequests(const QStringList& files, const RequestsQuery& query,
    const std::atomic<bool>* cancel = nullptr, const FileProgress& progress = {});

} // namespace Usage::Requests
