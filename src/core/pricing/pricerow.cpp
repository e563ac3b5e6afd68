// SPDX-License-Identifier: MIT
#include "core/pricing/pricerow.h"

#include <QDate>

namespace Usage::Pricing {

namespace {
    QString priceText(const std::optional<TieredPrice>& price)
    {
        if (!price)
            return {};
        QString text = formatPrice(price->base, PriceScale::PerMillionTokens);
        for (const TieredPrice::Tier& tier : price->tiers)
            text += QStringLiteral(" (>%1: %2)")
                        .arg(QString::number(tier.start), formatPrice(tier.price, PriceScale::PerMillionTokens));
        return text;
    }
} // namespace

QStringList priceRowFields(const PriceMatch& match)
{
    const QString startDate =
        match.startMs ? QDate(1970, 1, 1).addDays(*match.startMs / 86'400'000).toString(Qt::ISODate) : QString();
    return { match.source, match.providerId, match.modelId, match.matchText, startDate, priceText(match.prices.input),
        priceText(match.prices.output), priceText(match.prices.cacheRead), priceText(match.prices.cacheWrite),
        priceText(match.prices.reasoning) };
}

} // namespace Usage::Pricing
