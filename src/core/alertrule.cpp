// SPDX-License-Identifier: MIT
#include "core/alertrule.h"

namespace Usage {

bool AlertRule::crosses(const GroupUsage& row) const
{
    const Sum cost = row.totals.costNanos;
    const Sum previous = row.previous.costNanos;
    if (costAboveNanos && cost > *costAboveNanos)
        return true;
    if (!changeAboveNanos)
        return false;
    if (previous == 0)
        return cost > 0;
    // cost / previous - 1 > ratio, exactly: (cost - previous) * 1e9 > ratio * previous (previous > 0 here)
    if (previous < 0)
        return false;
    return (cost - previous) * 1'000'000'000 > Sum(*changeAboveNanos) * previous;
}

} // namespace Usage
