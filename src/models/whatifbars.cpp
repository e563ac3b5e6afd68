// SPDX-License-Identifier: MIT
#include "models/whatifbars.h"

#include <QSet>

namespace ChartData {

namespace {
    WhatIfBar fromFigures(const GroupBar& bar, const Usage::PricingFigures& figures)
    {
        WhatIfBar out;
        out.id = bar.id;
        out.resultRow = bar.resultRow;
        out.memberCount = bar.memberCount;
        out.recordedNanos = figures.recordedNanos;
        out.computedNanos = Usage::Pricing::roundToNanos(figures.computed);
        out.whatIfNanos = Usage::Pricing::roundToNanos(figures.whatIf);
        out.unpriced = figures.unpriced;
        out.whatIfUnpriced = figures.whatIfUnpriced;
        return out;
    }
} // namespace

QList<WhatIfBar> whatIfBars(
    const QList<GroupBar>& bars, const QList<Usage::GroupUsage>& rows, const QList<int>& indices)
{
    QSet<int> named;
    for (const GroupBar& bar : bars)
        if (!bar.isOthers())
            named.insert(bar.resultRow);
    QList<WhatIfBar> out;
    for (const GroupBar& bar : bars) {
        if (!bar.isOthers()) {
            out.append(fromFigures(bar, rows.at(bar.resultRow).pricing));
            continue;
        }
        Usage::PricingFigures rest;
        for (int index : indices)
            if (!named.contains(index))
                rest.add(rows.at(index).pricing);
        out.append(fromFigures(bar, rest));
    }
    return out;
}

} // namespace ChartData
