// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QStringList>

/**
 * The model names a result holds, sorted and without duplicates: every row's per-model breakdown, the rows
 * themselves when grouped by model, and the models no price source priced. What the what-if swaps offer.
 */
QStringList resultModels(const Usage::UsageResult& result);
