// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Cli {

/** usage-explorer-cli query [options]: per-user totals from Helicone's REST API. Returns the exit code. */
int runQuery(const QStringList& arguments);

} // namespace Cli
