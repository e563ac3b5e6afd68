// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/matchrule.h"
#include "core/pricing/pricetypes.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Usage::Pricing {

/** The columns of an overrides CSV, in the header's order. */
enum class OverridesColumn : int {
    Provider,
    Model,
    Match,
    StartDate,
    Input,
    Output,
    CacheRead,
    CacheWrite,
    Reasoning,
};
inline constexpr int kOverridesColumnCount = 9;

/** "provider", "model", ... "reasoning_mtok": the header's name of column. */
const char* overridesColumnName(int column);

/** text without leading blanks and trailing blanks or CR, as the reader compares cells. */
std::string_view overridesTrimmed(std::string_view text);

/** One data row of an overrides CSV, parsed. */
struct OverridesRow
{
    std::string provider; ///< lower-cased; empty: any
    std::string model;
    std::string match; ///< "equals" when the cell is empty
    MatchRule rule;
    DatedPrice dated;
};

/**
 * Parses the kOverridesColumnCount fields of a data row (trimmed here); nullopt with the field's name and the
 * reader's message ("is empty", "\"x\" is not a YYYY-MM-DD date", ...) for the first bad field.
 */
std::optional<OverridesRow> parseOverridesRow(
    const std::vector<std::string_view>& fields, QString* field, QString* message);

/**
 * Why column of a data row is invalid, with the reader's message; empty when it is valid. The model cell also
 * fails when it is not a valid pattern for the row's match. Repeated start dates are a matter of several rows.
 */
QString overridesFieldError(const std::vector<std::string_view>& fields, int column);

/** The message for a start date that an earlier row of the same provider, model and match already has. */
QString overridesRepeatedDateMessage();

} // namespace Usage::Pricing
