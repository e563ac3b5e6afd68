// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"

#include <QStringList>

#include <memory>

/**
 * How a run prices its requests, as the window's query panel chose it: the cost basis, the built-in book, price
 * files, and the what-if options (filled in by a what-if panel). The book is loaded on the run's worker thread.
 */
struct PricingChoices
{
    bool enabled = false; ///< false: no repricing, cost is the records' own
    Usage::CostBasis basis = Usage::CostBasis::Recorded;
    bool builtIn = true;
    QStringList files; ///< genai-prices data.json, LiteLLM JSON or overrides CSV, kind detected from content
    Usage::PricingOptions whatIf;
};

namespace PricingLoad {

/** Why the files cannot be read before a run starts (a missing file), naming it; empty when they can. */
QString checkFiles(const PricingChoices& choices);

/**
 * Loads the book the choices name (parsing the files: call it off the GUI thread). nullptr when pricing is off;
 * nullptr with error set, naming file, row or key and field, when a file is bad.
 */
std::shared_ptr<const Usage::PricingSetup> load(const PricingChoices& choices, QString* error);

} // namespace PricingLoad
