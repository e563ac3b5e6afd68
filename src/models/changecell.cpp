// SPDX-License-Identifier: MIT
#include "models/changecell.h"

#include "models/displayformat.h"
#include "models/rawnumber.h"
#include "models/usagecolumn.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace ChangeCell {

namespace {

    const QString kUp = QStringLiteral("▲ ");
    const QString kDown = QStringLiteral("▼ ");

    /** -1, 0 or 1: the direction of the column's change. */
    int direction(int column, const Usage::Totals& c, const Usage::Totals& p)
    {
        switch (column) {
        case UsageColumn::CostChange:
        case UsageColumn::CostChangeRatio:
            return c.costNanos > p.costNanos ? 1 : (c.costNanos < p.costNanos ? -1 : 0);
        case UsageColumn::CountChange:
            return c.requests > p.requests ? 1 : (c.requests < p.requests ? -1 : 0);
        default:
            return 0;
        }
    }

    /** Arrow and sign before an unsigned magnitude; no arrow for no change. */
    QString signedText(int sign, const QString& magnitude)
    {
        const QLocale locale;
        if (sign > 0)
            return kUp + locale.positiveSign() + magnitude;
        if (sign < 0)
            return kDown + locale.negativeSign() + magnitude;
        return magnitude;
    }

    bool isNew(const Usage::Totals& c, const Usage::Totals& p)
    {
        return c.requests > 0 && p.requests == 0;
    }

} // namespace

std::optional<double> costChangeRatio(Usage::Sum costNanos, Usage::Sum previousNanos)
{
    if (previousNanos == 0)
        return std::nullopt;
    return (double(costNanos) - double(previousNanos)) / double(previousNanos);
}

double ratioSortKey(Usage::Sum costNanos, Usage::Sum previousNanos)
{
    if (const auto ratio = costChangeRatio(costNanos, previousNanos))
        return *ratio;
    return costNanos > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

QVariant raw(int column, const Usage::Totals& c, const Usage::Totals& p)
{
    switch (column) {
    case UsageColumn::PreviousRequests:
        return rawNumber(p.requests);
    case UsageColumn::PreviousCost:
        return rawNumber(p.costNanos);
    case UsageColumn::CostChange:
        return rawNumber(c.costNanos - p.costNanos);
    case UsageColumn::CostChangeRatio:
        if (const auto ratio = costChangeRatio(c.costNanos, p.costNanos))
            return *ratio;
        return {};
    case UsageColumn::CountChange:
        return rawNumber(c.requests - p.requests);
    default:
        return {};
    }
}

QString display(int column, const Usage::Totals& c, const Usage::Totals& p)
{
    const int sign = direction(column, c, p);
    switch (column) {
    case UsageColumn::PreviousRequests:
        return DisplayFormat::count(p.requests);
    case UsageColumn::PreviousCost:
        return DisplayFormat::money(double(p.costNanos));
    case UsageColumn::CostChange:
        return signedText(sign, DisplayFormat::money(std::abs(double(c.costNanos) - double(p.costNanos))));
    case UsageColumn::CostChangeRatio: {
        const auto ratio = costChangeRatio(c.costNanos, p.costNanos);
        if (!ratio)
            return isNew(c, p) ? QCoreApplication::translate("ChangeCell", "new") : QString();
        return signedText(sign, DisplayFormat::percent(std::abs(*ratio)));
    }
    case UsageColumn::CountChange:
        return signedText(
            sign, DisplayFormat::count(c.requests >= p.requests ? c.requests - p.requests : p.requests - c.requests));
    default:
        return {};
    }
}

QString toolTip(int column, const Usage::Totals& c, const Usage::Totals& p)
{
    switch (column) {
    case UsageColumn::PreviousCost:
        return DisplayFormat::moneyExact(p.costNanos);
    case UsageColumn::CostChange:
        return QCoreApplication::translate("ChangeCell", "%1 now, %2 before")
            .arg(DisplayFormat::moneyExact(c.costNanos), DisplayFormat::moneyExact(p.costNanos));
    case UsageColumn::CostChangeRatio:
        if (p.costNanos == 0)
            return isNew(c, p) ? QCoreApplication::translate("ChangeCell", "No requests in the comparison range")
                               : QCoreApplication::translate("ChangeCell", "No cost in the comparison range");
        return display(column, c, p);
    case UsageColumn::CountChange:
        return QCoreApplication::translate("ChangeCell", "%1 now, %2 before")
            .arg(DisplayFormat::count(c.requests), DisplayFormat::count(p.requests));
    default:
        return display(column, c, p);
    }
}

QColor foreground(int column, const Usage::Totals& c, const Usage::Totals& p, const QColor& windowColor)
{
    const int sign = direction(column, c, p);
    if (sign == 0)
        return {};
    const bool dark = windowColor.lightnessF() < 0.5;
    if (sign > 0)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x7f, 0x3b);
}

} // namespace ChangeCell
