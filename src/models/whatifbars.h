// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"
#include "models/chartdata.h"

namespace ChartData {

/** One group of the what-if chart: the recorded, computed and what-if cost of a bar of the per-group charts. */
struct WhatIfBar
{
    QString id; ///< the row's full id; empty for Others (and for the row without a value)
    int resultRow = -1; ///< index into UsageResult::rows; -1 for Others
    int memberCount = 1; ///< rows summed into this bar
    Usage::Sum recordedNanos = 0; ///< the records' own cost, of every request
    Usage::Sum computedNanos = 0; ///< the price book's cost of the priced requests
    Usage::Sum whatIfNanos = 0; ///< the cost of the requests priced under the what-if options
    Usage::Sum unpriced = 0; ///< requests the price book could not price
    Usage::Sum whatIfUnpriced = 0; ///< requests the what-if options could not price

    bool isOthers() const { return resultRow < 0; }
    friend bool operator==(const WhatIfBar&, const WhatIfBar&) = default;
};

/**
 * The three costs of each of bars (topGroups() of rows[indices]), in the same order; Others sums the indexed rows
 * that no named bar shows. Sums are exact (1e-18 USD) and rounded to nano-USD once, half to even.
 */
QList<WhatIfBar> whatIfBars(
    const QList<GroupBar>& bars, const QList<Usage::GroupUsage>& rows, const QList<int>& indices);

} // namespace ChartData
