// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"

#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <utility>

namespace Usage {

/** Inclusive bounds in epoch milliseconds. */
using MsRange = std::pair<std::int64_t, std::int64_t>;

/** The range of the same length just before [startMs, endMs]: [start − L, start − 1] with L = end − start + 1. */
MsRange previousPeriod(std::int64_t startMs, std::int64_t endMs);

/**
 * [startMs, endMs] one calendar year earlier in zone (QDateTime::addYears); the end is end + 1 ms moved back,
 * minus 1 ms, so all of February 2025 maps to all of February 2024.
 */
MsRange previousYear(std::int64_t startMs, std::int64_t endMs, const QTimeZone& zone);

/**
 * Fills query's comparison bounds from its mode and range (Custom keeps its own bounds); false when the mode needs
 * both bounds of the range and the query lacks one, or when a custom range is incomplete or reversed.
 */
bool resolveComparison(UsageQuery& query);

/** query's comparison range as a query of its own, without a comparison; query must have one. */
UsageQuery comparisonQuery(const UsageQuery& query);

/**
 * Sets the previous figures (totals and series) of current's rows from previous's rows (by id), appends the groups
 * only previous has (with zero current figures) and sorts the rows again.
 */
void attachPrevious(UsageResult& current, const UsageResult& previous);

} // namespace Usage
