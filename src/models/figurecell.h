// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QTimeZone>
#include <QVariant>

/** The cells of the figure columns (every column but the id), shared by the table and its totals line. */
namespace FigureCell {

struct Figures
{
    Usage::Totals totals;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    bool hasTimes = false;
    Usage::PricingFigures pricing; ///< the price book columns' figures
    bool pricingSources = false; ///< a price source was loaded: the computed columns have values
};

/** Display text of a figure column; empty where there is nothing to show (no times, no requests). */
QString display(int column, const Figures& figures, qint64 allCostNanos, const QTimeZone& zone);
/** Exact text for the tooltip. */
QString toolTip(int column, const Figures& figures, qint64 allCostNanos, const QTimeZone& zone);
/** The raw value: qint64 for counts, nano-USD and times, double for share and cost per request. */
QVariant raw(int column, const Figures& figures, qint64 allCostNanos);

} // namespace FigureCell
