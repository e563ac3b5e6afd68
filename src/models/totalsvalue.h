// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <optional>

/** The figures of one Totals by usage column, shared by the cells that show them and the sort that orders them. */
namespace TotalsValue {

/** The count or nano-USD of a column that reads one Totals field (Requests to ReasoningTokens but the ratios). */
std::optional<qint64> of(int column, const Usage::Totals& totals);
/** Cost per request in nano-USD; 0 without requests. */
double costPerRequest(const Usage::Totals& totals);

} // namespace TotalsValue
