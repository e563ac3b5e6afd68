// SPDX-License-Identifier: MIT
#include "models/figurecell.h"

#include "models/displayformat.h"
#include "models/pricingcell.h"
#include "models/totalsvalue.h"
#include "models/usagecolumn.h"

#include <QCoreApplication>

namespace FigureCell {

namespace {

    double share(const Figures& f, qint64 allCostNanos)
    {
        return allCostNanos != 0 ? double(f.totals.costNanos) / double(allCostNanos) : 0.0;
    }

} // namespace

QVariant raw(int column, const Figures& f, qint64 allCostNanos)
{
    if (PricingCell::isPricingColumn(column))
        return PricingCell::raw(column, f.pricing, f.pricingSources);
    if (const auto value = TotalsValue::of(column, f.totals))
        return *value;
    switch (column) {
    case UsageColumn::CostShare:
        return share(f, allCostNanos);
    case UsageColumn::CostPerRequest:
        return TotalsValue::costPerRequest(f.totals);
    case UsageColumn::FirstRequest:
        return f.hasTimes ? QVariant(f.firstMs) : QVariant();
    case UsageColumn::LastRequest:
        return f.hasTimes ? QVariant(f.lastMs) : QVariant();
    default:
        return {};
    }
}

QString display(int column, const Figures& f, qint64 allCostNanos, const QTimeZone& zone)
{
    if (PricingCell::isPricingColumn(column))
        return PricingCell::display(column, f.pricing, f.pricingSources);
    switch (column) {
    case UsageColumn::Cost:
        return DisplayFormat::money(double(f.totals.costNanos));
    case UsageColumn::CostShare:
        return DisplayFormat::percent(share(f, allCostNanos));
    case UsageColumn::CostPerRequest:
        return f.totals.requests > 0 ? DisplayFormat::money(TotalsValue::costPerRequest(f.totals)) : QString();
    case UsageColumn::FirstRequest:
        return f.hasTimes ? DisplayFormat::dateTime(f.firstMs, zone) : QString();
    case UsageColumn::LastRequest:
        return f.hasTimes ? DisplayFormat::dateTime(f.lastMs, zone) : QString();
    default: {
        const QVariant value = raw(column, f, allCostNanos);
        return value.isValid() ? DisplayFormat::count(value.toLongLong()) : QString();
    }
    }
}

QString toolTip(int column, const Figures& f, qint64 allCostNanos, const QTimeZone& zone)
{
    if (PricingCell::isPricingColumn(column))
        return PricingCell::toolTip(column, f.pricing, f.pricingSources);
    switch (column) {
    case UsageColumn::Cost:
        return DisplayFormat::moneyExact(f.totals.costNanos);
    case UsageColumn::CostShare:
        return QLocale().toString(share(f, allCostNanos) * 100, 'f', 4) + QLocale().percent();
    case UsageColumn::CostPerRequest:
        if (f.totals.requests == 0)
            return {};
        return QCoreApplication::translate("FigureCell", "%1 ÷ %2 requests")
            .arg(DisplayFormat::moneyExact(f.totals.costNanos), DisplayFormat::count(f.totals.requests));
    case UsageColumn::FirstRequest:
    case UsageColumn::LastRequest:
        if (!f.hasTimes)
            return {};
        return display(column, f, allCostNanos, zone) + QLatin1Char(' ') + DisplayFormat::zoneName(zone);
    default:
        return display(column, f, allCostNanos, zone);
    }
}

} // namespace FigureCell
