// SPDX-License-Identifier: MIT
#include "core/pricing/pricer.h"

#include "core/pricing/pricecalc.h"

namespace Usage {

Pricer::Pricer(std::shared_ptr<const PriceBook> book, PricingOptions options)
    : m_book(std::move(book))
    , m_options(std::move(options))
{
}

std::optional<Pricing::Atto> Pricer::price(const PricedRequest& request)
{
    m_key.assign(request.provider);
    m_key += '\x1f';
    m_key += request.model;
    auto hit = m_cache.find(m_key);
    if (hit == m_cache.end())
        hit = m_cache.emplace(m_key, m_book->resolve(request.provider, m_options.effectiveModel(request.model))).first;
    const ModelPrices* entry = hit->second;
    const DatedPrice* dated =
        entry ? Pricing::selectPrice(entry->history, m_options.effectiveTimeMs(request.timeMs)) : nullptr;
    if (!dated)
        return std::nullopt;
    return Pricing::costOf(dated->prices, request);
}

} // namespace Usage
