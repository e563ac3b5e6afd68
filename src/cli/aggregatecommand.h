// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Cli {

/** usage-explorer-cli aggregate [options] FILE...: per-group totals of log files. Returns the exit code. */
int runAggregate(const QStringList& arguments);

} // namespace Cli
