// SPDX-License-Identifier: MIT
#include "models/usagecolumn.h"

namespace UsageColumn {

bool isMoney(int column)
{
    return column == Cost || column == CostPerRequest || column == RecordedCost || column == ComputedCost
        || column == CostDifference;
}

} // namespace UsageColumn
