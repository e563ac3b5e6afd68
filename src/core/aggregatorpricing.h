// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricer.h"
#include "core/pricing/pricingsetup.h"
#include "core/requestrecord.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Usage {

/**
 * The pricing side of an Aggregator, present only when pricing is asked: prices each record (a Pricer of its own,
 * so a hash lookup and integer math) and keeps the figures per group and per (group, model) by their numbers, and
 * the unpriced (provider, model) pairs.
 */
class AggregatorPricing
{
public:
    explicit AggregatorPricing(std::shared_ptr<const PricingSetup> setup);

    /** Prices r into group's and model's figures; returns the record's cost under the basis, in nano-USD. */
    Sum add(const RequestRecord& r, std::uint32_t group, std::uint32_t model);
    /** Adds other's figures of its group from, whose models map to this one's by modelOf, to group to. */
    void mergeGroup(std::uint32_t to, AggregatorPricing& other, std::uint32_t from,
        const std::function<std::uint32_t(std::uint32_t)>& modelOf);
    /** Adds other's unpriced pairs. */
    void mergeUnpriced(const AggregatorPricing& other);

    const PricingFigures& group(std::uint32_t group) const;
    const PricingFigures* model(std::uint32_t group, std::uint32_t model) const;
    void appendUnpriced(QList<UnpricedModel>& out) const;
    const PricingSetup& setup() const { return *m_setup; }

private:
    struct GroupFigures
    {
        PricingFigures total;
        std::vector<std::pair<std::uint32_t, PricingFigures>> models;
        PricingFigures& model(std::uint32_t model);
    };
    GroupFigures& at(std::uint32_t group);

    std::shared_ptr<const PricingSetup> m_setup;
    Pricer m_pricer;
    std::optional<Pricer> m_whatIf; ///< only when the what-if options differ from the defaults
    std::vector<GroupFigures> m_groups;
    std::unordered_map<std::string, UnpricedModel> m_unpriced; ///< provider '\x1f' model -> figures
    std::string m_key;
};

} // namespace Usage
