// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricesource.h"

#include <QList>

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace Usage {

/**
 * The prices requests are recomputed at: price sources in priority order (overrides CSV files, then imported
 * genai-prices / LiteLLM files, the one named last first, then the built-in book). The highest-priority source
 * with a matching entry prices a request, with that entry whole. Immutable once loaded and safe to share between
 * threads; lookups are cached per (provider, model), so pricing a record is a hash lookup and integer math.
 */
class PriceBook
{
public:
    struct SourceInfo
    {
        Pricing::PriceSourceKind kind;
        QString file; ///< as named; "built-in" for the built-in book
        QByteArray sha256;
        QString dataDate; ///< the built-in book's data date; empty for files
        size_t entries = 0;
    };

    /**
     * Loads files (each file's kind detected from its content) and, when withBuiltIn, the built-in book. nullptr
     * with error set when a file cannot be read or is malformed.
     */
    static std::shared_ptr<const PriceBook> load(
        const QStringList& files, bool withBuiltIn, Pricing::PriceError* error);
    /** A book of sources given highest priority first (for tests and an editor's unsaved prices). */
    static std::shared_ptr<const PriceBook> fromSources(std::vector<std::unique_ptr<Pricing::PriceSource>> sources);
    /** Reads data as a price source named name, its kind detected from the content. */
    static std::unique_ptr<Pricing::PriceSource> readSource(
        const QString& name, const QByteArray& data, Pricing::PriceError* error);
    /** The built-in book alone (read once, then shared). */
    static std::shared_ptr<const PriceBook> builtIn();
    /** The date of the built-in book's data, "YYYY-MM-DD". */
    static QString builtInDataDate();

    /** The entry that prices model under provider and its prices in force at timeMs (UTC); nullopt: unpriced. */
    std::optional<PriceMatch> lookup(std::string_view provider, std::string_view model, std::int64_t timeMs) const;

    /**
     * The exact cost of request in 1e-18 USD; nullopt when unpriced (no model, no entry, or a needed price
     * missing). options price it at another date or as another model (what-if).
     */
    std::optional<Pricing::Atto> price(const PricedRequest& request, const PricingOptions& options = {}) const;

    /** The model entry for (provider as recorded, model), cached; nullptr when no source has one. */
    const ModelPrices* resolve(std::string_view provider, std::string_view model) const;

    QList<SourceInfo> sources() const;
    /** Entries left out while loading (unknown constraint, too precise a price), one line each. */
    QStringList warnings() const;

private:
    PriceBook() = default;
    const ModelPrices* resolveUncached(std::string_view provider, std::string_view model) const;

    std::vector<std::unique_ptr<Pricing::PriceSource>> m_sources; ///< highest priority first
    mutable std::shared_mutex m_cacheMutex;
    mutable std::unordered_map<std::string, const ModelPrices*> m_cache;
    mutable std::mutex m_resolveMutex; ///< one resolution at a time (regular expressions are matched there)
};

} // namespace Usage
