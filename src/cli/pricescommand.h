// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Cli {

/** `usage-explorer-cli prices`: the price entry that applies to a model, or the unpriced models of dumps. */
int runPrices(const QStringList& arguments);

} // namespace Cli
