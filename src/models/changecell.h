// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QColor>
#include <QVariant>

#include <optional>

/**
 * The cells of the comparison columns (previous requests and cost, cost change, change ratio, count change), shared
 * by the table and its totals line. Changes read without colour: a sign and an up or down arrow.
 */
namespace ChangeCell {

/** (cost − previous) ÷ previous as a fraction; nullopt when the previous cost is 0. */
std::optional<double> costChangeRatio(Usage::Sum costNanos, Usage::Sum previousNanos);
/** The ratio as a sort key: +inf for a cost that rose from 0, 0 for none before and none now. */
double ratioSortKey(Usage::Sum costNanos, Usage::Sum previousNanos);

/** qint64 for requests, nano-USD and changes (held at the bounds); double for the ratio (invalid when there is none).
 */
QVariant raw(int column, const Usage::Totals& current, const Usage::Totals& previous);
/** "▲ +$1.50", "▼ −25.0%", "new" for a ratio of a group that had no requests before; "" where there is none. */
QString display(int column, const Usage::Totals& current, const Usage::Totals& previous);
QString toolTip(int column, const Usage::Totals& current, const Usage::Totals& previous);
/** Red-ish for an increase, green-ish for a decrease, in shades readable on windowColor; invalid for none. */
QColor foreground(int column, const Usage::Totals& current, const Usage::Totals& previous, const QColor& windowColor);

} // namespace ChangeCell
