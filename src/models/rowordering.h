// SPDX-License-Identifier: MIT
#pragma once

#include "models/rowfilter.h"

#include <QList>

#include <atomic>

namespace Usage {
struct GroupUsage;
}

/**
 * Filters and sorts a result's rows by typed keys (numbers as numbers, ids by text), producing the row order the
 * table shows. Pure and thread-safe on const input, so the table runs it off the GUI thread for big results.
 */
namespace RowOrdering {

struct Request
{
    RowFilter filter;
    int column = -1; ///< a UsageColumn::Column; -1 keeps the result's own order (cost descending)
    Qt::SortOrder order = Qt::DescendingOrder;
};

/**
 * Indices into rows that pass the filter, in display order. Ties keep the result's order, so the outcome is
 * deterministic. Returns an empty list early when cancel becomes true.
 */
QList<int> compute(
    const QList<Usage::GroupUsage>& rows, const Request& request, const std::atomic<bool>* cancel = nullptr);

} // namespace RowOrdering
