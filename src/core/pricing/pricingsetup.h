// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricebook.h"
#include "core/sum.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Usage {

/** Which figure `cost` is everywhere: the records' own, the price book's, or the records' own filled in by it. */
enum class CostBasis { Recorded, Computed, Auto };

/** "recorded", "computed", "auto" */
QString costBasisName(CostBasis basis);
std::optional<CostBasis> costBasisFromString(const QString& text);

/** What an aggregation prices with: the book, the cost basis and the what-if options. */
struct PricingSetup
{
    std::shared_ptr<const PriceBook> book;
    CostBasis basis = CostBasis::Recorded;
    PricingOptions whatIf;

    bool hasSources() const { return book && !book->sources().isEmpty(); }
};

/** The pricing figures of a group or a model; exact sums, rounded only when written. */
struct PricingFigures
{
    Pricing::Atto computed = 0; ///< of the priced requests
    Sum recordedNanos = 0; ///< the records' own cost, of every request
    Sum pricedRecordedNanos = 0; ///< the records' own cost, of the priced requests
    Sum unpriced = 0;
    Pricing::Atto whatIf = 0; ///< of the requests priced under the what-if options
    Sum whatIfUnpriced = 0;
    Pricing::Atto computedWithoutCost = 0; ///< of the priced requests without a recorded cost (basis auto)

    void add(const PricingFigures& o)
    {
        computed += o.computed;
        recordedNanos += o.recordedNanos;
        pricedRecordedNanos += o.pricedRecordedNanos;
        unpriced += o.unpriced;
        whatIf += o.whatIf;
        whatIfUnpriced += o.whatIfUnpriced;
        computedWithoutCost += o.computedWithoutCost;
    }
    /** `cost` under basis, in nano-USD rounded half to even. */
    Sum costNanos(CostBasis basis) const;
    friend bool operator==(const PricingFigures&, const PricingFigures&) = default;
};

/** A model of the result that no price source prices. */
struct UnpricedModel
{
    QString provider;
    QString model;
    Sum requests = 0;
    Sum promptTokens = 0;
    Sum completionTokens = 0;
    friend bool operator==(const UnpricedModel&, const UnpricedModel&) = default;
};

/** The pricing part of a result; enabled is false when nothing was priced (the figures are then meaningless). */
struct PricingSummary
{
    bool enabled = false;
    bool hasSources = false; ///< false: computed figures are empty (no price source loaded)
    CostBasis basis = CostBasis::Recorded;
    QList<PriceBook::SourceInfo> sources;
    std::optional<qint64> priceDateMs;
    QList<QPair<QString, QString>> modelSwaps;
    QList<UnpricedModel> unpricedModels; ///< by requests descending, then provider and model
};

} // namespace Usage
