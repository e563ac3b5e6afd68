// SPDX-License-Identifier: MIT
// The walk of a genai-prices data.json (simdjson On Demand: numbers stay text), shared by its two source files.
#pragma once

#include "core/pricing/genaipricessource.h"
#include "core/pricing/jsonprice.h"
#include "core/pricing/pricetext.h"

namespace Usage::Pricing::Genai {

/** Outcome of reading a part that may be left out: fine, left out with a warning, or a file error. */
enum class Outcome { Ok, Unusable, Error };

/** Reads the parts of one file; every object's fields in the order written, stopping at the first syntax error. */
struct Reader
{
    using Provider = GenaiPricesSource::Provider;

    QString file;
    PriceError* error;
    QStringList* warnings;
    QString unusable; ///< why the current price entry cannot be used

    bool fail(const QString& location, const QString& field, const QString& message)
    {
        if (error)
            *error = PriceError { file, location, field, message };
        return false;
    }

    std::optional<MatchRule> rule(simdjson::ondemand::value value, const QString& where, const QString& field);

    /** One price value in USD per million tokens: a number or {base, tiers: [{start, price}]}. */
    Outcome price(simdjson::ondemand::value value, const QString& where, const QString& field, TieredPrice& out);

    /** The tiers of a price: [{start, price}], ascending start. */
    Outcome tiers(simdjson::ondemand::value value, const QString& where, const QString& field, TieredPrice& out);

    /** Too precise a price makes the entry unusable; any other bad price is an error. */
    Outcome badPrice(bool tooPrecise, const QString& why, const QString& where, const QString& field);

    Outcome priceSet(simdjson::ondemand::value value, const QString& where, PriceSet& out);

    Outcome constraint(simdjson::ondemand::value value, const QString& where, DatedPrice& out);

    /** "prices": one price set, or a list of {constraint, prices}. */
    bool history(simdjson::ondemand::value value, const QString& where, std::vector<DatedPrice>& out);

    /** One provider, its fields in the order written (the lazy parser must not rewind over a malformed one). */
    bool provider(
        simdjson::simdjson_result<simdjson::ondemand::value> element, QString where, GenaiPricesSource::Provider& out);

    /** One model of a provider: id, match and prices, in the order written. */
    bool model(simdjson::simdjson_result<simdjson::ondemand::value> element, QString at,
        GenaiPricesSource::Provider& provider);
};

} // namespace Usage::Pricing::Genai
