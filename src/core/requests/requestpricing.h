// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <memory>
#include <vector>

namespace Usage::Requests {

/** "unpriced": the price_source of a request no entry of the book prices. */
QString unpricedText();

/**
 * The name of the entry that priced a request: "SOURCE:PROVIDER/MODEL@START" (the provider and its slash left out
 * for an entry of any provider, "@START" (YYYY-MM-DD) for an entry without a start date).
 */
QString priceEntryName(const ModelPrices& entry, const DatedPrice& dated);

/**
 * Prices requests as an aggregation with the same setup does: at the prices in force at each request's time (the
 * what-if options play no part), rounded to nano-USD per request, so the costs of a group's requests add up to the
 * group's cost. Not thread-safe: one per thread.
 */
class RequestPricer
{
public:
    explicit RequestPricer(std::shared_ptr<const PricingSetup> setup);

    /** Sets row's computed cost, price source and cost basis. */
    void price(RequestRow& row);

private:
    std::shared_ptr<const PricingSetup> m_setup;
    std::shared_ptr<const PriceBook> m_book;
};

/** Prices every row with setup. */
void priceRows(std::vector<RequestRow>& rows, std::shared_ptr<const PricingSetup> setup);

} // namespace Usage::Requests
