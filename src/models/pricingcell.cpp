// SPDX-License-Identifier: MIT
#include "models/pricingcell.h"

#include "models/displayformat.h"
#include "models/rawnumber.h"
#include "models/usagecolumn.h"

#include <QCoreApplication>

namespace PricingCell {

bool isPricingColumn(int column)
{
    return column == UsageColumn::RecordedCost || column == UsageColumn::ComputedCost
        || column == UsageColumn::CostDifference || column == UsageColumn::UnpricedRequests
        || column == UsageColumn::WhatIfCost;
}

Usage::Sum computedNanos(const Usage::PricingFigures& f)
{
    return Usage::Pricing::roundToNanos(f.computed);
}

Usage::Sum differenceNanos(const Usage::PricingFigures& f)
{
    return Usage::Pricing::roundToNanos(f.computed - Usage::Pricing::Atto(f.pricedRecordedNanos) * 1'000'000'000);
}

QVariant raw(int column, const Usage::PricingFigures& f, bool hasSources)
{
    switch (column) {
    case UsageColumn::RecordedCost:
        return rawNumber(f.recordedNanos);
    case UsageColumn::UnpricedRequests:
        return rawNumber(f.unpriced);
    case UsageColumn::ComputedCost:
        return hasSources ? rawNumber(computedNanos(f)) : QVariant();
    case UsageColumn::CostDifference:
        return hasSources ? rawNumber(differenceNanos(f)) : QVariant();
    case UsageColumn::WhatIfCost:
        return hasSources ? rawNumber(Usage::Pricing::roundToNanos(f.whatIf)) : QVariant();
    default:
        return {};
    }
}

QString display(int column, const Usage::PricingFigures& f, bool hasSources)
{
    const QVariant value = raw(column, f, hasSources);
    if (!value.isValid())
        return {};
    if (column == UsageColumn::UnpricedRequests)
        return DisplayFormat::count(value.toLongLong());
    return DisplayFormat::money(double(value.toLongLong()));
}

QString toolTip(int column, const Usage::PricingFigures& f, bool hasSources)
{
    const QVariant value = raw(column, f, hasSources);
    if (!value.isValid())
        return QCoreApplication::translate("PricingCell", "No price source was loaded");
    if (column == UsageColumn::UnpricedRequests)
        return DisplayFormat::count(value.toLongLong());
    return DisplayFormat::moneyExact(value.toLongLong());
}

QString title(int column)
{
    switch (column) {
    case UsageColumn::RecordedCost:
        return QCoreApplication::translate("PricingCell", "Recorded cost");
    case UsageColumn::ComputedCost:
        return QCoreApplication::translate("PricingCell", "Computed cost");
    case UsageColumn::CostDifference:
        return QCoreApplication::translate("PricingCell", "Cost difference");
    case UsageColumn::UnpricedRequests:
        return QCoreApplication::translate("PricingCell", "Unpriced");
    case UsageColumn::WhatIfCost:
        return QCoreApplication::translate("PricingCell", "What-if cost");
    default:
        return {};
    }
}

QString headerToolTip(int column)
{
    switch (column) {
    case UsageColumn::RecordedCost:
        return QCoreApplication::translate("PricingCell", "The cost the records carry, of every request");
    case UsageColumn::ComputedCost:
        return QCoreApplication::translate(
            "PricingCell", "The price book's cost of the priced requests, at the prices in force on each date");
    case UsageColumn::CostDifference:
        return QCoreApplication::translate(
            "PricingCell", "Computed minus recorded cost, of the requests the price book prices");
    case UsageColumn::UnpricedRequests:
        return QCoreApplication::translate("PricingCell", "Requests no price source prices");
    case UsageColumn::WhatIfCost:
        return QCoreApplication::translate(
            "PricingCell", "The priced requests' cost under the What if options: another price date and model swaps");
    default:
        return {};
    }
}

} // namespace PricingCell
