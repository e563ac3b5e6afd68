// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace Usage::Pricing {

/** A price file's key for one price of a PriceSet. */
struct PriceField
{
    const char* name;
    std::optional<TieredPrice> PriceSet::*member;
};

/**
 * True for an error after which the lazy parser must not walk on: anything but an absent field or a value of
 * another type. The price readers stop at the first one and name the place.
 */
inline bool isSyntaxError(simdjson::error_code e)
{
    return e != simdjson::SUCCESS && e != simdjson::NO_SUCH_FIELD && e != simdjson::INCORRECT_TYPE;
}

/** "is not valid JSON (simdjson's reason)": the message of a syntax error met while walking. */
inline QString invalidJson(simdjson::error_code e)
{
    return QStringLiteral("is not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(e)));
}

/**
 * The text of a JSON number as written (never converted to binary floating point), or of a JSON string.
 * INCORRECT_TYPE when the value is neither; any other error is the syntax error met.
 */
inline simdjson::error_code jsonNumberText(simdjson::ondemand::value& value, std::string_view& text)
{
    simdjson::ondemand::json_type type;
    if (const auto e = value.type().get(type))
        return e;
    if (type == simdjson::ondemand::json_type::string)
        return value.get_string().get(text);
    if (type != simdjson::ondemand::json_type::number)
        return simdjson::INCORRECT_TYPE;
    text = value.raw_json_token();
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return simdjson::SUCCESS;
}

/** True when the document has nothing after the value just walked (OUT_OF_BOUNDS is the end, here). */
inline bool atDocumentEnd(simdjson::ondemand::document& document)
{
    return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

} // namespace Usage::Pricing
