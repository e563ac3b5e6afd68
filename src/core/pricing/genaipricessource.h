// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/matchrule.h"
#include "core/pricing/pricesource.h"

#include <memory>
#include <unordered_map>

namespace Usage::Pricing {

/**
 * Prices in genai-prices' data.json layout (imported files and the built-in book): providers with match rules,
 * each with models in order.
 */
class GenaiPricesSource : public PriceSource
{
public:
    struct Model
    {
        MatchRule match;
        ModelPrices prices;
    };
    struct Provider
    {
        std::string id;
        std::optional<MatchRule> providerMatch;
        std::optional<MatchRule> modelMatch;
        std::vector<Model> models;
    };

    /**
     * Reads data (named file in errors). A malformed file is an error; an entry with an unknown constraint or a
     * price more precise than 1e-18 USD is left out with a warning.
     */
    static std::unique_ptr<GenaiPricesSource> read(
        const QString& file, const QByteArray& data, PriceSourceKind kind, PriceError* error);

    /**
     * The provider is the one whose id equals providerLower, else the first whose provider_match holds on it,
     * else (none given or none holds) the first whose model_match holds on model; then its first model that
     * matches.
     */
    const ModelPrices* find(std::string_view providerLower, std::string_view model) const override;
    size_t entryCount() const override;

    void addProvider(Provider provider);

private:
    const Provider* provider(std::string_view providerLower, std::string_view model) const;

    std::vector<Provider> m_providers;
    std::unordered_map<std::string, size_t> m_byId;
};

} // namespace Usage::Pricing
