// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricebook.h"

namespace Usage {

/**
 * Prices the records of one worker thread with fixed options: a cache of its own per (provider, model), without
 * locks, in front of the shared PriceBook. Not thread-safe: one per thread.
 */
class Pricer
{
public:
    explicit Pricer(std::shared_ptr<const PriceBook> book, PricingOptions options = {});

    /** As PriceBook::price(request, options()). */
    std::optional<Pricing::Atto> price(const PricedRequest& request);

    const PriceBook& book() const { return *m_book; }
    const PricingOptions& options() const { return m_options; }

private:
    std::shared_ptr<const PriceBook> m_book;
    PricingOptions m_options;
    std::unordered_map<std::string, const ModelPrices*> m_cache; ///< (provider, model as recorded) -> entry
    std::string m_key;
};

} // namespace Usage
