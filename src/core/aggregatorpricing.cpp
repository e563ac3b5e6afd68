// SPDX-License-Identifier: MIT
#include "core/aggregatorpricing.h"

#include "core/tokencounts.h"

#include <algorithm>

namespace Usage {

namespace {

    const PricingFigures kNone;

    PricedRequest pricedRequest(const RequestRecord& r)
    {
        PricedRequest p;
        p.provider = r.provider;
        p.model = r.model;
        p.timeMs = r.createdMs;
        copyTokenCounts(p, r);
        return p;
    }

    std::shared_ptr<const PriceBook> bookOf(const PricingSetup& setup)
    {
        return setup.book ? setup.book : PriceBook::fromSources({});
    }

} // namespace

AggregatorPricing::AggregatorPricing(std::shared_ptr<const PricingSetup> setup)
    : m_setup(std::move(setup))
    , m_pricer(bookOf(*m_setup))
{
    if (!m_setup->whatIf.isDefault())
        m_whatIf.emplace(bookOf(*m_setup), m_setup->whatIf);
}

PricingFigures& AggregatorPricing::GroupFigures::model(std::uint32_t model)
{
    for (auto& [number, figures] : models) {
        if (number == model)
            return figures;
    }
    models.emplace_back(model, PricingFigures {});
    return models.back().second;
}

AggregatorPricing::GroupFigures& AggregatorPricing::at(std::uint32_t group)
{
    if (group >= m_groups.size())
        m_groups.resize(group + 1);
    return m_groups[group];
}

Sum AggregatorPricing::add(const RequestRecord& r, std::uint32_t group, std::uint32_t model)
{
    const PricedRequest request = pricedRequest(r);
    const std::optional<Pricing::Atto> cost = m_pricer.price(request);
    const std::optional<Pricing::Atto> whatIf = m_whatIf ? m_whatIf->price(request) : cost;
    PricingFigures f;
    f.recordedNanos = r.costNanos;
    if (cost) {
        f.computed = *cost;
        f.pricedRecordedNanos = r.costNanos;
        if (!r.hasCost)
            f.computedWithoutCost = *cost;
    } else {
        f.unpriced = 1;
        m_key.assign(r.provider);
        m_key += '\x1f';
        m_key += r.model;
        auto it = m_unpriced.find(m_key);
        if (it == m_unpriced.end()) {
            UnpricedModel u;
            u.provider = QString::fromUtf8(r.provider.data(), qsizetype(r.provider.size()));
            u.model = QString::fromUtf8(r.model.data(), qsizetype(r.model.size()));
            it = m_unpriced.emplace(m_key, u).first;
        }
        ++it->second.requests;
        it->second.promptTokens += r.promptTokens;
        it->second.completionTokens += r.completionTokens;
    }
    if (whatIf)
        f.whatIf = *whatIf;
    else
        f.whatIfUnpriced = 1;
    GroupFigures& g = at(group);
    g.total.add(f);
    g.model(model).add(f);
    switch (m_setup->basis) {
    case CostBasis::Recorded:
        return r.costNanos;
    case CostBasis::Computed:
        return cost ? Pricing::roundToNanos(*cost) : 0;
    case CostBasis::Auto:
        return r.hasCost ? r.costNanos : (cost ? Pricing::roundToNanos(*cost) : 0);
    }
    return r.costNanos;
}

void AggregatorPricing::mergeGroup(std::uint32_t to, AggregatorPricing& other, std::uint32_t from,
    const std::function<std::uint32_t(std::uint32_t)>& modelOf)
{
    if (from >= other.m_groups.size())
        return;
    GroupFigures& src = other.m_groups[from];
    GroupFigures& dst = at(to);
    dst.total.add(src.total);
    for (const auto& [number, figures] : src.models)
        dst.model(modelOf(number)).add(figures);
    src = {};
}

void AggregatorPricing::mergeUnpriced(const AggregatorPricing& other)
{
    for (const auto& [key, u] : other.m_unpriced) {
        auto [it, added] = m_unpriced.try_emplace(key, u);
        if (!added) {
            it->second.requests += u.requests;
            it->second.promptTokens += u.promptTokens;
            it->second.completionTokens += u.completionTokens;
        }
    }
}

const PricingFigures& AggregatorPricing::group(std::uint32_t group) const
{
    return group < m_groups.size() ? m_groups[group].total : kNone;
}

const PricingFigures* AggregatorPricing::model(std::uint32_t group, std::uint32_t model) const
{
    if (group >= m_groups.size())
        return nullptr;
    for (const auto& [number, figures] : m_groups[group].models) {
        if (number == model)
            return &figures;
    }
    return nullptr;
}

void AggregatorPricing::appendUnpriced(QList<UnpricedModel>& out) const
{
    for (const auto& entry : m_unpriced) {
        const UnpricedModel& u = entry.second;
        auto it = std::find_if(out.begin(), out.end(),
            [&u](const UnpricedModel& o) { return o.provider == u.provider && o.model == u.model; });
        if (it == out.end()) {
            out.append(u);
        } else {
            it->requests += u.requests;
            it->promptTokens += u.promptTokens;
            it->completionTokens += u.completionTokens;
        }
    }
}

} // namespace Usage
