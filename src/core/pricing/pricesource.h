// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string_view>

namespace Usage::Pricing {

/** A malformed price file, row or key: which file, where in it, which field and what is wrong. */
struct PriceError
{
    QString file;
    QString location; ///< "row 3", "key \"gpt-4o\"", "[3] (openai).models[12] (o3).prices[1]"
    QString field; ///< "input_mtok", "match", ...
    QString message;

    /** "prices.csv: row 3: input_mtok: \"abc\" is not a decimal number" */
    QString text() const;
};

enum class PriceSourceKind { BuiltIn, GenaiPrices, LiteLlm, Overrides };

/** "built-in", "genai-prices", "litellm", "overrides" */
QString priceSourceKindName(PriceSourceKind kind);

/** One loaded price source: finds the model entry for a request's provider and model by its kind's rules. */
class PriceSource
{
public:
    virtual ~PriceSource();

    /** The entry for model under providerLower (the record's provider lower-cased, maybe empty); nullptr: none. */
    virtual const ModelPrices* find(std::string_view providerLower, std::string_view model) const = 0;
    virtual size_t entryCount() const = 0;

    PriceSourceKind kind = PriceSourceKind::GenaiPrices;
    QString file; ///< as named by the user; "built-in" for the built-in book
    QByteArray sha256; ///< of the file's bytes
    QStringList warnings; ///< entries that could not be used (unknown constraint, too precise a price)
};

} // namespace Usage::Pricing
