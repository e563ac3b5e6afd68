// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"

#include <QVariant>

/** The cells of the price book columns (recorded and computed cost, their difference, unpriced requests). */
namespace PricingCell {

bool isPricingColumn(int column);

/** Computed cost of the priced requests, in nano-USD rounded half to even. */
Usage::Sum computedNanos(const Usage::PricingFigures& f);
/** Computed minus recorded cost of the priced requests, in nano-USD. */
Usage::Sum differenceNanos(const Usage::PricingFigures& f);

/** qint64 nano-USD or count; invalid for the computed columns when no price source was loaded. */
QVariant raw(int column, const Usage::PricingFigures& f, bool hasSources);
QString display(int column, const Usage::PricingFigures& f, bool hasSources);
QString toolTip(int column, const Usage::PricingFigures& f, bool hasSources);
QString title(int column);
QString headerToolTip(int column);

} // namespace PricingCell
