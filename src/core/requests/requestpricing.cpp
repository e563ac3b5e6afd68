// SPDX-License-Identifier: MIT
#include "core/requests/requestpricing.h"

#include "core/pricing/pricecalc.h"
#include "core/tokencounts.h"

#include <QDate>

#include <string>

namespace Usage::Requests {

QString unpricedText()
{
    return QStringLiteral("unpriced");
}

QString priceEntryName(const ModelPrices& entry, const DatedPrice& dated)
{
    QString name = entry.source + QLatin1Char(':');
    if (!entry.providerId.isEmpty())
        name += entry.providerId + QLatin1Char('/');
    name += entry.modelId;
    if (dated.hasStart()) {
        // floor division: a start before 1970 is still the day it names
        const std::int64_t day = dated.startMs / 86'400'000 - (dated.startMs % 86'400'000 < 0 ? 1 : 0);
        name += QLatin1Char('@') + QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
    }
    return name;
}

RequestPricer::RequestPricer(std::shared_ptr<const PricingSetup> setup)
    : m_setup(std::move(setup))
    , m_book(m_setup && m_setup->book ? m_setup->book : PriceBook::fromSources({}))
{
}

void RequestPricer::price(RequestRow& row)
{
    row.basis = m_setup ? m_setup->basis : CostBasis::Recorded;
    row.computedCostNanos.reset();
    row.priceSource = unpricedText();
    const std::string provider = row.provider.toStdString();
    const std::string model = row.model.toStdString();
    const ModelPrices* entry = m_book->resolve(provider, model);
    const DatedPrice* dated = entry ? Pricing::selectPrice(entry->history, row.createdMs) : nullptr;
    if (!dated)
        return;
    PricedRequest request;
    request.provider = provider;
    request.model = model;
    request.timeMs = row.createdMs;
    copyTokenCounts(request, row);
    const std::optional<Pricing::Atto> cost = Pricing::costOf(dated->prices, request);
    if (!cost)
        return;
    row.computedCostNanos = Pricing::roundToNanos(*cost);
    row.priceSource = priceEntryName(*entry, *dated);
}

void priceRows(std::vector<RequestRow>& rows, std::shared_ptr<const PricingSetup> setup)
{
    RequestPricer pricer(std::move(setup));
    for (RequestRow& row : rows)
        pricer.price(row);
}

} // namespace Usage::Requests
