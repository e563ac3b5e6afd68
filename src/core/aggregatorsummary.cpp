// SPDX-License-Identifier: MIT
#include "core/aggregator.h"

#include <algorithm>

namespace Usage {

void Aggregator::finishPricing(const std::vector<Aggregator*>& aggregators, UsageResult& result)
{
    std::shared_ptr<const PricingSetup> setup = result.query.pricing;
    if (!setup && !aggregators.empty())
        setup = aggregators.front()->m_spec->query.pricing;
    if (!setup)
        return;
    PricingSummary& summary = result.pricing;
    summary.enabled = true;
    summary.hasSources = setup->hasSources();
    summary.basis = setup->basis;
    summary.sources = setup->book ? setup->book->sources() : QList<PriceBook::SourceInfo> {};
    summary.priceDateMs = setup->whatIf.priceDateMs;
    summary.modelSwaps.clear();
    for (const auto& [from, to] : setup->whatIf.modelSwaps)
        summary.modelSwaps.append({ QString::fromStdString(from), QString::fromStdString(to) });
    for (const Aggregator* a : aggregators) {
        if (a->m_pricing)
            a->m_pricing->appendUnpriced(summary.unpricedModels);
    }
    std::sort(summary.unpricedModels.begin(), summary.unpricedModels.end(),
        [](const UnpricedModel& a, const UnpricedModel& b) {
            if (a.requests != b.requests)
                return a.requests > b.requests;
            if (a.provider != b.provider)
                return codePointLess(a.provider, b.provider);
            return codePointLess(a.model, b.model);
        });
    if (setup->book) {
        for (const QString& warning : setup->book->warnings()) {
            if (!result.warnings.contains(warning))
                result.warnings.append(warning);
        }
    }
}

} // namespace Usage
