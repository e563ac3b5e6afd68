// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcell.h"

namespace Usage::Export {

/**
 * Appends the cell of a pricing column (recorded_cost, computed_cost, cost_difference, unpriced_requests,
 * whatif_cost) of row. Per bucket only recorded_cost is known, and only while the cost basis is recorded.
 */
Cell::Kind appendPricingCell(
    QByteArray& out, const UsageResult& result, const GroupUsage& row, const Totals& t, Column column, bool bucket);

/** The JSON meta members of pricing ("cost_basis", "price_sources", "unpriced_models", "what_if"), in order. */
QList<QPair<const char*, QByteArray>> pricingMeta(const UsageResult& result);

} // namespace Usage::Export
