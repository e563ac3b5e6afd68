// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricetypes.h"

#include <QStringList>

namespace Usage::Pricing {

/** The columns of `usage-explorer-cli prices --model M`. */
inline constexpr const char* kPriceRowHeader = "source,provider,model_entry,match,start_date,input_mtok,output_mtok,"
                                               "cache_read_mtok,cache_write_mtok,reasoning_mtok";

/**
 * The fields of a price row for match, in kPriceRowHeader's order: prices in USD per million tokens as exact
 * decimal text (a tiered price as its base, then " (>START: PRICE)" per tier), empty when not set; start_date
 * YYYY-MM-DD, empty when the entry has none.
 */
QStringList priceRowFields(const PriceMatch& match);

} // namespace Usage::Pricing
