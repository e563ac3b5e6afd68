// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <cstdint>
#include <optional>

namespace Usage {

/**
 * Alert thresholds on a result's rows, the same rule for the command line and the window: a row crosses when its
 * cost is above costAboveNanos, or (with a comparison) when cost ÷ previous cost − 1 is above changeAboveNanos ÷ 1e9,
 * or when it had no previous cost and has some now.
 */
struct AlertRule
{
    std::optional<std::int64_t> costAboveNanos; ///< nano-USD
    std::optional<std::int64_t> changeAboveNanos; ///< a ratio in units of 1e-9 (0.5 is 500,000,000)

    bool any() const { return costAboveNanos || changeAboveNanos; }
    /** Exact: integers only, no rounding of the ratio. */
    bool crosses(const GroupUsage& row) const;
    friend bool operator==(const AlertRule&, const AlertRule&) = default;
};

} // namespace Usage
