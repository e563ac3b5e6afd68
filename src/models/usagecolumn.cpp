// SPDX-License-Identifier: MIT
#include "usagecolumn.h"

namespace UsageColumn {

bool isMoney(int column)
{
    return column == Cost || column == CostPerRequest;
}

} // namespace UsageColumn
