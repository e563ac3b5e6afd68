// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"
#include "core/usageresult.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace Usage::Export {

/** One value of an export, already in its locale-independent text form. */
struct Cell
{
    enum class Kind { Null, Number, Text };
    Kind kind = Kind::Null;
    QByteArray utf8; ///< a JSON number literal for Number, the text for Text, empty for Null
};

/** What every cell of one export shares: the result it comes from and the total cost that shares divide by. */
struct CellContext
{
    explicit CellContext(const UsageResult& result);

    const UsageResult& result;
    Sum totalCostNanos = 0; ///< of every row of the result, also when only some rows are exported
};

/**
 * The value of a column for a group's figures t: the whole row's totals, or one bucket's when bucketStartMs is set.
 * first_request/last_request come from the row.
 */
Cell cell(const CellContext& context, const GroupUsage& row, const Totals& t, Column column,
    std::optional<std::int64_t> bucketStartMs = std::nullopt);
/** cell()'s text appended to out (nothing for Null), without a QByteArray of its own; returns its kind. */
Cell::Kind appendCell(QByteArray& out, const CellContext& context, const GroupUsage& row, const Totals& t,
    Column column, std::optional<std::int64_t> bucketStartMs = std::nullopt);

/** "2025-03-30T00:00:00+01:00" (or with ".123" when withMs), the instant ms in zone; "+00:00" for UTC. */
QByteArray isoWithOffset(std::int64_t ms, const QTimeZone& zone, bool withMs);
/** isoWithOffset() appended to out, without a QByteArray of its own (for the cells of an export). */
void appendIsoWithOffset(QByteArray& out, std::int64_t ms, const QTimeZone& zone, bool withMs);

/** num x scale / den rounded half-to-even; nullopt when den is 0 or num x scale does not fit 128 bits. */
std::optional<Sum> divideRounded(Sum num, Sum den, std::int64_t scale = 1);

/** (cost − previous) ÷ previous in units of 1e-9, rounded half-to-even; nullopt when previous is 0. */
std::optional<Sum> costChangeRatio(Sum costNanos, Sum previousNanos);

} // namespace Usage::Export
