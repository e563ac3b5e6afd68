// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/matchrule.h"
#include "core/pricing/pricesource.h"

#include <memory>

namespace Usage::Pricing {

/**
 * The project's own prices, a CSV with one row per price:
 * provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok.
 * Rows with the same provider, model and match form one price history; the first such group that matches wins.
 */
class OverridesSource : public PriceSource
{
public:
    static constexpr const char* kHeader =
        "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok";

    /** Reads data; any malformed row or cell is an error naming the row (its line, the header is row 1). */
    static std::unique_ptr<OverridesSource> read(const QString& file, const QByteArray& data, PriceError* error);

    const ModelPrices* find(std::string_view providerLower, std::string_view model) const override;
    size_t entryCount() const override { return m_groups.size(); }

private:
    struct Group
    {
        std::string provider; ///< lower-cased; empty: any
        std::string model;
        std::string match;
        MatchRule rule;
        ModelPrices prices;
    };
    std::vector<Group> m_groups;
};

} // namespace Usage::Pricing
