// SPDX-License-Identifier: MIT
#include "core/pricing/pricingsetup.h"

namespace Usage {

QString costBasisName(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Recorded:
        return QStringLiteral("recorded");
    case CostBasis::Computed:
        return QStringLiteral("computed");
    case CostBasis::Auto:
        return QStringLiteral("auto");
    }
    Q_UNREACHABLE();
}

std::optional<CostBasis> costBasisFromString(const QString& text)
{
    for (CostBasis basis : { CostBasis::Recorded, CostBasis::Computed, CostBasis::Auto }) {
        if (text == costBasisName(basis))
            return basis;
    }
    return std::nullopt;
}

Sum PricingFigures::costNanos(CostBasis basis) const
{
    switch (basis) {
    case CostBasis::Recorded:
        return recordedNanos;
    case CostBasis::Computed:
        return Pricing::roundToNanos(computed);
    case CostBasis::Auto:
        return Pricing::roundToNanos(Pricing::Atto(recordedNanos) * 1'000'000'000 + computedWithoutCost);
    }
    Q_UNREACHABLE();
}

} // namespace Usage
