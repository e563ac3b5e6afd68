// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricesource.h"

#include <memory>
#include <unordered_map>

namespace Usage::Pricing {

/**
 * Prices from LiteLLM's model_prices_and_context_window.json: per-token prices keyed by model, no dates. Key K
 * matches when the model equals K, or when K is "P/M", the model equals M and the record's provider equals P or
 * the entry's litellm_provider; an exact key wins over a prefixed one, then the first in the file.
 */
class LiteLlmSource : public PriceSource
{
public:
    static std::unique_ptr<LiteLlmSource> read(const QString& file, const QByteArray& data, PriceError* error);

    const ModelPrices* find(std::string_view providerLower, std::string_view model) const override;
    size_t entryCount() const override { return m_entries.size(); }

private:
    struct Entry
    {
        std::string prefix; ///< P of a "P/M" key, lower-cased; empty for keys without a slash
        std::string provider; ///< litellm_provider, lower-cased
        ModelPrices prices;
    };
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, size_t> m_exact; ///< key -> first entry
    std::unordered_map<std::string, std::vector<size_t>> m_byModel; ///< M of "P/M" -> entries in file order
};

} // namespace Usage::Pricing
