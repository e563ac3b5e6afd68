// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

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

/** The text of a JSON number as written (never converted to binary floating point), or of a JSON string. */
inline bool jsonNumberText(simdjson::ondemand::value& value, std::string_view& text)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == simdjson::ondemand::json_type::string)
        return !value.get_string().get(text);
    if (type != simdjson::ondemand::json_type::number)
        return false;
    text = value.raw_json_token();
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return true;
}

} // namespace Usage::Pricing
