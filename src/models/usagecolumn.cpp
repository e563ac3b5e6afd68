// SPDX-License-Identifier: MIT
#include "models/usagecolumn.h"

namespace UsageColumn {

bool isMoney(int column)
{
    return column == Cost || column == CostPerRequest || column == PreviousCost || column == CostChange
        || column == RecordedCost || column == ComputedCost || column == CostDifference || column == WhatIfCost;
}

bool isComparison(int column)
{
    return column >= PreviousRequests && column <= CountChange;
}

} // namespace UsageColumn
