// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Cli {

/**
 * usage-explorer-cli requests (--user ID | --group-by KEY --group VALUE) [options] [FILE...]: the requests of one
 * group value, from dumps, the REST API or ClickHouse. Returns the exit code.
 */
int runRequests(const QStringList& arguments);

} // namespace Cli
