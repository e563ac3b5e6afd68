// SPDX-License-Identifier: MIT
#include "core/pricing/genaipricessource.h"

namespace Usage::Pricing {

void GenaiPricesSource::addProvider(Provider provider)
{
    m_byId.emplace(provider.id, m_providers.size());
    m_providers.push_back(std::move(provider));
}

const GenaiPricesSource::Provider* GenaiPricesSource::provider(
    std::string_view providerLower, std::string_view model) const
{
    if (!providerLower.empty()) {
        const auto byId = m_byId.find(std::string(providerLower));
        if (byId != m_byId.end())
            return &m_providers[byId->second];
        for (const Provider& candidate : m_providers)
            if (candidate.providerMatch && candidate.providerMatch->matches(providerLower))
                return &candidate;
    }
    for (const Provider& candidate : m_providers)
        if (candidate.modelMatch && candidate.modelMatch->matches(model))
            return &candidate;
    return nullptr;
}

const ModelPrices* GenaiPricesSource::find(std::string_view providerLower, std::string_view model) const
{
    const Provider* found = provider(providerLower, model);
    if (!found)
        return nullptr;
    for (const Model& candidate : found->models)
        if (candidate.match.matches(model))
            return &candidate.prices;
    return nullptr;
}

size_t GenaiPricesSource::entryCount() const
{
    size_t count = 0;
    for (const Provider& provider : m_providers)
        count += provider.models.size();
    return count;
}

} // namespace Usage::Pricing
