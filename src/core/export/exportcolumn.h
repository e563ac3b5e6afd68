// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Usage::Export {

/** A column an export can hold. The names are those of the header row and of --columns. */
enum class Column {
    Group, ///< the group's id; named after the group key (user_id, model, provider or the property name)
    BucketStart, ///< per-bucket exports only: the bucket's first instant, ISO 8601 with offset in the query's zone
    Count,
    PromptTokens,
    CompletionTokens,
    Cost, ///< exact USD, shortest decimal (Decimal::formatNanos)
    TotalTokens, ///< prompt + completion
    CacheReadTokens, ///< empty (JSON null) when the source does not report cache tokens
    CacheWriteTokens,
    ReasoningTokens, ///< empty (JSON null) when the source does not report reasoning tokens
    RequestsWithoutCost,
    FirstRequest, ///< ISO 8601 with milliseconds and offset in the query's zone; empty when not known
    LastRequest,
    CostShare, ///< cost / cost of all rows of the result, a fraction rounded half-to-even to 9 decimals
    CostPerRequest, ///< cost / count in USD, rounded half-to-even to the nano-USD (9 decimals)
    PreviousCount, ///< the comparison range's figures; 0 when the query has none
    PreviousPromptTokens,
    PreviousCompletionTokens,
    PreviousCost,
    CostChange, ///< cost − previous_cost, exact
    CostChangeRatio, ///< cost ÷ previous_cost − 1, rounded like cost_share; empty (null) when previous_cost is 0
    CountChange, ///< count − previous_count
    RecordedCost, ///< the records' own cost (pricing)
    ComputedCost, ///< the price book's cost of the priced requests; empty when no price source is loaded
    CostDifference, ///< computed_cost - the recorded cost of the priced requests
    UnpricedRequests,
    WhatIfCost, ///< the priced requests' cost at the what-if price date / models
};

/** True for the columns that need the records priced. */
bool isPricingColumn(Column column);

/** The API's five columns: <group>,count,prompt_tokens,completion_tokens,cost. */
QList<Column> defaultColumns();
/** With a comparison: <group>,count,cost,previous_count,previous_cost,cost_change. */
QList<Column> defaultComparisonColumns();

/** The header name of a column; the group column is named after the group key. */
QString columnName(Column column, const GroupBy& groupBy);

/** Every column name --columns accepts, in a stable order, "group" standing for the group column. */
QStringList knownColumnNames();

/**
 * Parses a comma-separated column list. The group column is "group" or the group key's column name
 * (user_id, model, provider, or the property's name). nullopt and an error text for an unknown, repeated or
 * empty name.
 */
std::optional<QList<Column>> parseColumns(const QString& list, const GroupBy& groupBy, QString* error);

/** True for the columns whose cells are numbers (never formula-guarded, unquoted in JSON). */
bool isNumeric(Column column);

} // namespace Usage::Export
