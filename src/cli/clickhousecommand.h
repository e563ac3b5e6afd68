// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Cli {

/**
 * usage-explorer-cli clickhouse --url URL [options]: per-group totals computed by a ClickHouse server from Helicone's
 * request table, written as aggregate writes them. Returns the exit code.
 */
int runClickHouse(const QStringList& arguments);

} // namespace Cli
